import { randomBytes } from 'node:crypto';
import { constants, promises as fs, type Stats } from 'node:fs';
import path from 'node:path';

/**
 * Writing a file so that it stays the file: the new content replaces the old in one
 * rename (never half-written), on the file a symlink points at (the link stays a link),
 * with the old file's mode, owner and group, the previous content kept as FILE.bak, and
 * only if nobody changed the file since it was read.
 */

/** A file as it was read: its content and identity, or nothing when it did not exist. */
export interface FileSnapshot {
  /** The path written: a symlink's target. */
  readonly path: string;
  readonly bytes: Buffer | null;
  readonly stat: Stats | null;
}

/** Why a file cannot be written; each becomes a message naming the file. */
export type RefusalReason = 'readOnly' | 'notAFile' | 'changedMeanwhile' | 'appeared';

export class FileRefusedError extends Error {
  override readonly name = 'FileRefusedError';
  constructor(
    readonly reason: RefusalReason,
    readonly file: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

/** Where writing `file` writes: the file itself, or the file its symlinks lead to. */
export async function resolveWritePath(file: string): Promise<string> {
  let current = path.resolve(file);
  for (let hops = 0; hops < 40; hops++) {
    let stat: Stats;
    try {
      stat = await fs.lstat(current);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return current;
      throw e;
    }
    if (!stat.isSymbolicLink()) return current;
    current = path.resolve(path.dirname(current), await fs.readlink(current));
  }
  return fs.realpath(file);
}

/**
 * Reads the file to be updated. Refused when it exists but is not a regular file, or is
 * read-only (no write permission for anyone, or none for this user): a read-only file
 * is never made writable behind its owner's back.
 */
export async function readSnapshot(writePath: string): Promise<FileSnapshot> {
  const stat = await writableStat(writePath);
  return { path: writePath, bytes: stat === null ? null : await fs.readFile(writePath), stat };
}

/** The file's identity when it may be written, null when it does not exist; refused otherwise. */
export async function writableStat(writePath: string): Promise<Stats | null> {
  let stat: Stats;
  try {
    stat = await fs.stat(writePath);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
  if (!stat.isFile()) throw new FileRefusedError('notAFile', writePath);
  if ((stat.mode & 0o222) === 0 || !(await canWrite(writePath)))
    throw new FileRefusedError('readOnly', writePath);
  return stat;
}

async function canWrite(file: string): Promise<boolean> {
  try {
    await fs.access(file, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

export interface ReplaceOptions {
  /** Keep the content read as FILE.bak (same mode and owner). */
  readonly backup: boolean;
}

export interface Replaced {
  /** The owner (uid) that could not be kept: the system lets only the owner or root give a file away. */
  readonly ownerNotKept: number | null;
}

/**
 * Replaces the file read as `before` with `bytes`: refused (FileRefusedError) when it
 * changed since it was read, or appeared when it did not exist. On any failure the file
 * is as it was and no temporary file is left.
 */
export async function replaceFile(
  bytes: Uint8Array,
  before: FileSnapshot,
  options: ReplaceOptions,
): Promise<Replaced> {
  await assertUnchanged(before, true);
  const temps: string[] = [];
  try {
    const written = await writeBeside(before, bytes, temps);
    if (options.backup && before.bytes !== null) {
      const backup = await writeBeside(before, before.bytes, temps);
      await fs.rename(backup.tmp, `${before.path}.bak`);
    }
    await assertUnchanged(before, false);
    await fs.rename(written.tmp, before.path);
    await syncFolder(path.dirname(before.path));
    return { ownerNotKept: written.ownerNotKept };
  } finally {
    for (const tmp of temps) await fs.rm(tmp, { force: true });
  }
}

/** Writes `bytes` to a new temporary file beside the target, with the target's mode and owner. */
async function writeBeside(
  before: FileSnapshot,
  bytes: Uint8Array,
  temps: string[],
): Promise<{ tmp: string; ownerNotKept: number | null }> {
  const tmp = path.join(
    path.dirname(before.path),
    `.${path.basename(before.path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  temps.push(tmp);
  const handle = await fs.open(tmp, 'wx', before.stat === null ? 0o666 : before.stat.mode & 0o7777);
  let ownerNotKept: number | null = null;
  try {
    await handle.writeFile(bytes);
    if (before.stat !== null) {
      // The umask narrowed the mode given at creation: set it exactly.
      await handle.chmod(before.stat.mode & 0o7777);
      const now = await handle.stat();
      if (now.uid !== before.stat.uid || now.gid !== before.stat.gid) {
        try {
          await handle.chown(before.stat.uid, before.stat.gid);
        } catch (e) {
          const code = (e as NodeJS.ErrnoException).code;
          if (code !== 'EPERM' && code !== 'EINVAL') throw e;
          // The group alone may still be kept (a group this user belongs to).
          await handle.chown(now.uid, before.stat.gid).catch(() => undefined);
          if (now.uid !== before.stat.uid) ownerNotKept = before.stat.uid;
        }
        // chown clears set-id bits: set the mode again.
        await handle.chmod(before.stat.mode & 0o7777);
      }
    }
    await handle.sync();
  } finally {
    await handle.close();
  }
  return { tmp, ownerNotKept };
}

/**
 * The file is still the one read: same identity, size and time, and (when those could
 * hide a change) the same bytes. `thorough` compares the bytes; the last check before
 * the rename compares identity only, to keep the window short.
 */
async function assertUnchanged(before: FileSnapshot, thorough: boolean): Promise<void> {
  let now: Stats;
  try {
    now = await fs.stat(before.path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    if (before.stat === null) return;
    throw new FileRefusedError('changedMeanwhile', before.path);
  }
  if (before.stat === null || before.bytes === null) throw new FileRefusedError('appeared', before.path);
  const same =
    now.ino === before.stat.ino &&
    now.dev === before.stat.dev &&
    now.size === before.stat.size &&
    now.mtimeMs === before.stat.mtimeMs &&
    now.ctimeMs === before.stat.ctimeMs;
  if (!same) throw new FileRefusedError('changedMeanwhile', before.path);
  if (thorough && !(await fs.readFile(before.path)).equals(before.bytes))
    throw new FileRefusedError('changedMeanwhile', before.path);
}

async function syncFolder(folder: string): Promise<void> {
  let handle;
  try {
    handle = await fs.open(folder, 'r');
    await handle.sync();
  } catch {
    // Not every system can sync a folder (Windows): the rename is still atomic.
  } finally {
    await handle?.close();
  }
}
