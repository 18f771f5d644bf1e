/**
 * LibreOffice as the colleague's spreadsheet program, driven through Python-UNO
 * (tests/support/uno/peoplesParts.py): it adds to a workbook what people add and the
 * tool does not own (a chart, an image, a pivot table, a protected sheet, a hidden sheet,
 * a defined name, a comment), and reports what it sees in a workbook, to prove a file
 * the tool wrote is still whole.
 *
 * Needs soffice and Python-UNO (Debian: libreoffice-calc-nogui python3-uno). The python
 * is KPI_TREE_PYTHON, else /usr/bin/python3 (Debian's, which has the uno module), else
 * python3 on PATH.
 */
import { spawnSync } from 'child_process';
import { existsSync } from 'fs';
import { writeFile } from 'fs/promises';
import { join } from 'path';
import { findSoffice } from './libreoffice';
import { engineRequired } from './engines';

const SCRIPT = join(__dirname, 'uno', 'peoplesParts.py');

/** A 4×4 PNG: the picture a person pastes onto their dashboard. */
const PICTURE = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAALElEQVR4nAXBgQAAAAzDsOIc4hDDGdghivUEwcFgQdZZs3aROjW1Rc45c/Ye+ZMV4b5tD+4AAAAASUVORK5CYII=',
  'base64',
);

function pythonWithUno(): string | null {
  const candidates = [process.env.KPI_TREE_PYTHON, '/usr/bin/python3', 'python3'].filter(
    (p): p is string => p !== undefined && p !== '' && (p === 'python3' || existsSync(p)),
  );
  for (const python of candidates) {
    const probe = spawnSync(python, ['-c', 'import uno'], { encoding: 'utf8' });
    if (probe.status === 0) return python;
  }
  return null;
}

export interface UnoSuite {
  readonly python: string | null;
  describe(name: string, body: () => void): void;
}

/** `describe` when soffice and Python-UNO are there; a failing suite when required (CI); a skip with the reason otherwise. */
export function unoSuite(): UnoSuite {
  const python = findSoffice() === null ? null : pythonWithUno();
  const required = engineRequired(process.env, 'KPI_TREE_REQUIRE_LIBREOFFICE');
  return {
    python,
    describe(name, body) {
      if (python !== null) describe(name, body);
      else if (required)
        describe(name, () => {
          it('requires LibreOffice with Python-UNO (apt-get install libreoffice-calc-nogui python3-uno)', () => {
            throw new Error(
              'soffice or the python uno module is missing, and KPI_TREE_REQUIRE_LIBREOFFICE=1 forbids skipping',
            );
          });
        });
      else {
        console.warn(`${name} [skipped: LibreOffice with Python-UNO not installed]`);
        describe.skip(name, body);
      }
    },
  };
}

function run(python: string, args: readonly string[]): string {
  const result = spawnSync(python, [SCRIPT, ...args], { encoding: 'utf8', timeout: 180_000 });
  if (result.status !== 0)
    throw new Error(
      `peoplesParts.py ${args[0]} failed (${result.status ?? result.signal}):\n${result.stderr}`,
    );
  return result.stdout;
}

export interface PeoplesPartsOptions {
  /** Protect this sheet of the tool's (with a password). */
  readonly protect?: string;
  /** Put a chart on this sheet of the tool's too. */
  readonly chartOn?: string;
}

/** Opens `input` in LibreOffice, adds people's parts, saves the result as `output` (.xlsx). */
export async function addPeoplesParts(
  python: string,
  input: string,
  output: string,
  options: PeoplesPartsOptions = {},
): Promise<void> {
  const picture = `${output}.png`;
  await writeFile(picture, PICTURE);
  const extra = [
    ...(options.protect ? ['--protect', options.protect] : []),
    ...(options.chartOn ? ['--chart-on', options.chartOn] : []),
  ];
  run(python, ['add', input, output, picture, ...extra]);
}

export interface SeenSheet {
  readonly name: string;
  readonly visible: boolean;
  readonly protected: boolean;
  readonly charts: string[];
  readonly images: number;
  readonly pivots: string[];
  readonly comments: number;
}

export interface Seen {
  readonly sheets: SeenSheet[];
  readonly names: string[];
}

/** What LibreOffice sees in a workbook: it opens it (or the call fails) and lists its parts. */
export function inspectInLibreOffice(python: string, file: string): Seen {
  return JSON.parse(run(python, ['inspect', file])) as Seen;
}
