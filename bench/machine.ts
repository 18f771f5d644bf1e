/** Where and on what the figures were measured: the machine and the commit. */
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import type { Machine } from './results';

export function machine(): Machine {
  const cpus = os.cpus();
  return {
    cores: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    memoryGB: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAverage: Math.round(os.loadavg()[0] * 100) / 100,
  };
}

/**
 * Paths that may differ from the commit without making the measured code differ: the
 * bench's own outputs, and node_modules (a symlink in a worktree, untracked).
 */
const NOT_MEASURED = ['bench/results.json', 'bench/README.md', 'node_modules'];

/** HEAD, with `+dirty` when anything else differs from it. */
export function commit(cwd: string): string {
  const git = (...args: string[]): string => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();
  const head = git('rev-parse', 'HEAD');
  const changed = git('status', '--porcelain', '--', '.', ...NOT_MEASURED.map((f) => `:(exclude)${f}`));
  return changed === '' ? head : `${head}+dirty`;
}
