/**
 * A workbook edited in LibreOffice Calc, the way a colleague without the add-in edits the
 * team's file in their own spreadsheet program: columns inserted, moved or hidden, a tab
 * renamed, cells typed; then saved as .xlsx (recalculated, as Calc does when it saves).
 * Through LibreOffice's own UNO bridge (`libreoffice/edit.py`), run by the Python that
 * ships it (Debian: python3-uno).
 */
import { spawn } from 'child_process';
import { existsSync, realpathSync } from 'fs';
import { mkdir, mkdtemp, rename, rm, writeFile } from 'fs/promises';
import { tmpdir } from 'os';
import { dirname, join, resolve } from 'path';
import { REGISTRY_MODIFICATIONS, requireLibreOffice } from './libreoffice';

export type CalcEdit =
  | {
      readonly sheet: string;
      readonly op: 'insertColumn' | 'deleteColumn' | 'hideColumn' | 'insertRow';
      readonly at: number;
    }
  | { readonly sheet: string; readonly op: 'moveColumn'; readonly from: number; readonly to: number }
  | {
      readonly sheet: string;
      readonly op: 'set';
      readonly row: number;
      readonly col: number;
      readonly value: string | number;
    }
  | { readonly sheet: string; readonly op: 'rename'; readonly name: string };

const SCRIPT = join(__dirname, 'libreoffice', 'edit.py');

/** The Python that can import LibreOffice's `uno` (KPI_TREE_PYTHON overrides). */
function python(): string {
  return process.env.KPI_TREE_PYTHON ?? (existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3');
}

/** Applies `edits` to `file` in LibreOffice and saves it in place. */
export async function editInCalc(
  file: string,
  edits: readonly CalcEdit[],
  timeoutMs = 120_000,
): Promise<void> {
  const program = dirname(realpathSync(requireLibreOffice()));
  const work = await mkdtemp(join(tmpdir(), 'kpi-tree-calc-'));
  try {
    const profile = join(work, 'profile');
    await mkdir(join(profile, 'user'), { recursive: true });
    await writeFile(join(profile, 'user', 'registrymodifications.xcu'), REGISTRY_MODIFICATIONS, 'utf8');
    const ops = join(work, 'ops.json');
    await writeFile(ops, JSON.stringify(edits), 'utf8');
    const out = join(work, 'out.xlsx');
    await run(python(), [SCRIPT, program, profile, resolve(file), out, ops], timeoutMs);
    await rename(out, file).catch(async () => {
      // Another file system: copy through a write.
      const { readFile } = await import('fs/promises');
      await writeFile(file, await readFile(out));
    });
  } finally {
    await rm(work, { recursive: true, force: true, maxRetries: 3 });
  }
}

function run(file: string, args: readonly string[], timeoutMs: number): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(file, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const output: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => output.push(c));
    child.stderr.on('data', (c: Buffer) => output.push(c));
    const timer = setTimeout(() => {
      try {
        process.kill(-(child.pid as number), 'SIGKILL');
      } catch {
        // gone already
      }
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      fail(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) done();
      else fail(new Error(`LibreOffice edit failed (${code}): ${Buffer.concat(output).toString('utf8')}`));
    });
  });
}
