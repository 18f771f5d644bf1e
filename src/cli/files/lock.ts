import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';

/**
 * One writer at a time: a lock file beside the workbook (FILE.kpi-tree.lock), held by a
 * kpi-tree run for the whole of its read, change and write. The lock says who holds it
 * (pid, host, user, command, start), so the run that finds it taken can name the other
 * run. A lock left by a run that no longer exists (its pid is gone on this host, or it
 * is older than any run takes) is removed, and that is said.
 *
 * The lock is cooperation between kpi-tree runs only; a spreadsheet program does not
 * take it. The check that the file did not change between read and write
 * (`replaceFile`) is what keeps their work.
 */

export interface LockHolder {
  readonly pid: number;
  readonly host: string;
  readonly user: string;
  readonly command: string;
  /** ISO time the run started. */
  readonly started: string;
  /** Tells this run's lock from another's with the same pid (a reused pid, another host). */
  readonly nonce: string;
}

export interface HeldLock {
  /** The lock file. */
  readonly file: string;
  /** A stale lock this run removed before taking its own, to be reported. */
  readonly cleared: LockHolder | null;
  release(): Promise<void>;
}

/** The lock is taken by another run: `holder` is null while that run is still writing its lock file. */
export class LockTakenError extends Error {
  override readonly name = 'LockTakenError';
  constructor(
    readonly file: string,
    readonly holder: LockHolder | null,
  ) {
    super(`${file} is held by ${holder === null ? 'another run' : `pid ${holder.pid} on ${holder.host}`}`);
  }
}

/** No kpi-tree run takes this long: an older lock is left over from a crash, wherever it ran. */
export const STALE_AFTER_MS = 10 * 60 * 1000;
/** A lock file still empty after this long was left by a run that died while taking it. */
const UNREADABLE_GRACE_MS = 10 * 1000;

export function lockFileOf(file: string): string {
  return `${file}.kpi-tree.lock`;
}

/** Takes the lock of `file` for `command`, or throws LockTakenError naming the run that holds it. */
export async function acquireLock(file: string, command: string): Promise<HeldLock> {
  const lockFile = lockFileOf(file);
  const mine: LockHolder = {
    pid: process.pid,
    host: os.hostname(),
    user: userName(),
    command,
    started: new Date().toISOString(),
    nonce: randomBytes(8).toString('hex'),
  };
  const content = `${JSON.stringify(mine)}\n`;
  let cleared: LockHolder | null = null;
  for (let attempt = 0; attempt < 5; attempt++) {
    if (await create(lockFile, content)) {
      return { file: lockFile, cleared, release: () => release(lockFile, mine.nonce) };
    }
    const found = await readHolder(lockFile);
    if (found === 'gone') continue;
    if (!isStale(found)) throw new LockTakenError(lockFile, found.holder);
    if (await breakStale(lockFile, found.text)) cleared = found.holder;
  }
  throw new LockTakenError(lockFile, null);
}

/**
 * Creates the lock with its content in one step: written to a temporary file, then
 * linked to the lock's name, which fails when the name is taken. On a file system
 * without hard links, an exclusive create and a write.
 */
async function create(lockFile: string, content: string): Promise<boolean> {
  const tmp = `${lockFile}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await fs.writeFile(tmp, content, { flag: 'wx' });
    try {
      await fs.link(tmp, lockFile);
      return true;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') return false;
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw e;
    }
    try {
      await fs.writeFile(lockFile, content, { flag: 'wx' });
      return true;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw e;
    }
  } finally {
    await fs.rm(tmp, { force: true });
  }
}

interface Found {
  readonly text: string;
  readonly holder: LockHolder | null;
  readonly ageMs: number;
}

async function readHolder(lockFile: string): Promise<Found | 'gone'> {
  try {
    const [text, stat] = await Promise.all([fs.readFile(lockFile, 'utf8'), fs.stat(lockFile)]);
    return { text, holder: parseHolder(text), ageMs: Date.now() - stat.mtimeMs };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 'gone';
    throw e;
  }
}

function parseHolder(text: string): LockHolder | null {
  try {
    const v = JSON.parse(text) as Partial<LockHolder>;
    if (typeof v.pid !== 'number' || typeof v.host !== 'string') return null;
    return {
      pid: v.pid,
      host: v.host,
      user: String(v.user ?? ''),
      command: String(v.command ?? ''),
      started: String(v.started ?? ''),
      nonce: String(v.nonce ?? ''),
    };
  } catch {
    return null;
  }
}

function isStale(found: Found): boolean {
  if (found.holder === null) return found.ageMs > UNREADABLE_GRACE_MS;
  if (found.ageMs > STALE_AFTER_MS) return true;
  return found.holder.host === os.hostname() && !isRunning(found.holder.pid);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it runs, as another user.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes a stale lock, and only that one: it is moved aside first, and put back when
 * what was moved is not what was judged stale (another run took the lock meanwhile).
 */
async function breakStale(lockFile: string, staleText: string): Promise<boolean> {
  const aside = `${lockFile}.${process.pid}.${randomBytes(4).toString('hex')}.stale`;
  try {
    await fs.rename(lockFile, aside);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw e;
  }
  try {
    const moved = await fs.readFile(aside, 'utf8');
    if (moved === staleText) return true;
    await fs.link(aside, lockFile).catch(() => undefined);
    return false;
  } finally {
    await fs.rm(aside, { force: true });
  }
}

/** Removes the lock if it is still this run's. */
async function release(lockFile: string, nonce: string): Promise<void> {
  try {
    const holder = parseHolder(await fs.readFile(lockFile, 'utf8'));
    if (holder?.nonce === nonce) await fs.rm(lockFile, { force: true });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
}

function userName(): string {
  try {
    return os.userInfo().username;
  } catch {
    return '';
  }
}
