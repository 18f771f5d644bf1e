import { OperationError } from '../../app/errors';
import { t, type LocalizedText } from '../../core/i18n';
import type { CliContext } from '../context';
import { acquireLock, LockTakenError, type HeldLock, type LockHolder } from './lock';
import { FileRefusedError, readSnapshot, replaceFile, resolveWritePath, writableStat } from './replace';

/** What a change to a file gives: its result, the new content (null: write nothing), and whether to keep FILE.bak. */
export interface FileChange<T> {
  readonly result: T;
  readonly bytes: Uint8Array | null;
  readonly backup: boolean;
}

/**
 * Read, change, write — one writer at a time. Takes the file's lock (refused, exit 2,
 * naming the run that holds it), reads the file (a symlink's target; refused when
 * read-only), lets `change` decide the new content, and replaces the file with it only
 * if nobody changed it meanwhile; mode, owner and group kept, FILE.bak kept. Whatever
 * fails, the file is the old one or the new one, never a mix, and the lock is released.
 * `bytes` given to `change` is null when the file does not exist yet.
 */
export async function updateFile<T>(
  cli: CliContext,
  file: string,
  shownAs: string,
  change: (bytes: Buffer | null) => Promise<FileChange<T>>,
): Promise<T> {
  const writePath = await resolveWritePath(file);
  // A read-only file is refused before anything is created beside it.
  await refusedAs(shownAs, 'read', () => writableStat(writePath));
  const lock = await take(cli, writePath, shownAs);
  try {
    const before = await refusedAs(shownAs, 'read', () => readSnapshot(writePath));
    const done = await change(before.bytes);
    if (done.bytes !== null) {
      const bytes = done.bytes;
      const replaced = await refusedAs(shownAs, 'write', () =>
        replaceFile(bytes, before, { backup: done.backup }),
      );
      if (replaced.ownerNotKept !== null)
        cli.io.err(t(cli.lang, 'file.ownerNotKept', { file: shownAs, owner: replaced.ownerNotKept }));
    }
    return done.result;
  } finally {
    await lock.release();
  }
}

async function take(cli: CliContext, writePath: string, shownAs: string): Promise<HeldLock> {
  let lock: HeldLock;
  try {
    lock = await acquireLock(writePath, cli.command);
  } catch (e) {
    if (e instanceof LockTakenError) {
      throw OperationError.of(
        e.holder === null
          ? { key: 'file.lockedUnknown', params: { file: shownAs, lock: e.file } }
          : { key: 'file.locked', params: { file: shownAs, lock: e.file, ...described(e.holder) } },
      );
    }
    throw OperationError.of({ key: 'cli.writeFailed', params: { file: shownAs, reason: reasonOf(e) } });
  }
  if (lock.cleared !== null)
    cli.io.err(t(cli.lang, 'file.staleLock', { lock: lock.file, ...described(lock.cleared) }));
  return lock;
}

function described(holder: LockHolder): { command: string; pid: number; host: string; started: string } {
  const started = new Date(holder.started);
  return {
    command: holder.command || 'kpi-tree',
    pid: holder.pid,
    host: holder.host,
    started: Number.isNaN(started.getTime()) ? holder.started : localTime(started),
  };
}

/** `2026-12-02 09:15:03`, in this machine's time zone. */
function localTime(d: Date): string {
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`;
}

/**
 * Runs a step on the file, turning a refusal, or any failure of the file system, into a
 * message that names the file.
 */
async function refusedAs<R>(shownAs: string, doing: 'read' | 'write', step: () => Promise<R>): Promise<R> {
  try {
    return await step();
  } catch (e) {
    if (e instanceof FileRefusedError)
      throw OperationError.of({ key: `file.${e.reason}`, params: { file: shownAs } });
    const reason = reasonOf(e);
    throw OperationError.of(
      doing === 'read'
        ? { key: 'plan.fileUnreadable', params: { file: shownAs, reason } }
        : { key: 'cli.writeFailed', params: { file: shownAs, reason } },
    );
  }
}

const REASONS: Readonly<Record<string, LocalizedText>> = {
  ENOENT: { key: 'file.reason.noFolder' },
  EACCES: { key: 'file.reason.denied' },
  EPERM: { key: 'file.reason.denied' },
  EROFS: { key: 'file.reason.readOnlyDisk' },
  ENOSPC: { key: 'file.reason.noSpace' },
};

/** Why the file system refused, in words a person uses (not the temporary file's path). */
function reasonOf(e: unknown): LocalizedText | string {
  const code = (e as NodeJS.ErrnoException).code;
  const known = code === undefined ? undefined : REASONS[code];
  if (known) return known;
  const message = e instanceof Error ? e.message : String(e);
  return message.replace(/, \w+ '[^']*'(?: -> '[^']*')?$/, '');
}
