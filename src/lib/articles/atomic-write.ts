/**
 * Crash-safe file creation for the importer. The content goes to a temporary file in the target's folder, is
 * flushed to disk with fsync, and only then appears under its real name:
 * - without `overwrite`, by `link(temp, target)`, which fails atomically with EEXIST when the target exists, so
 *   a file created meanwhile by someone else is never replaced;
 * - with `overwrite`, by `rename(temp, target)`, which atomically replaces the old file.
 * Readers therefore see either no file, the old file, or the complete new file, never a half-written one. The
 * temporary file is removed on every path; after a hard crash at most a stray `.<name>.<pid>.<random>.tmp` file
 * can remain, never a partial article.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** The target already exists and `overwrite` was not set. */
export class TargetExistsError extends Error {
  override name = 'TargetExistsError';
  readonly path: string;
  constructor(target: string) {
    super(`${target} already exists (use --force to replace it)`);
    this.path = target;
  }
}

export interface AtomicWriteOptions {
  /** Replace an existing file instead of refusing. */
  overwrite?: boolean;
}

/** Writes `content` (UTF-8) to `target` atomically, creating parent folders; see the file comment. */
export function writeFileAtomic(target: string, content: string, options: AtomicWriteOptions = {}): void {
  const dir = path.dirname(target);
  fs.mkdirSync(dir, { recursive: true });
  if (!options.overwrite && fs.existsSync(target)) throw new TargetExistsError(target);

  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const fd = fs.openSync(temp, 'wx', 0o644);
    try {
      fs.writeFileSync(fd, content, 'utf8');
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    if (options.overwrite) {
      fs.renameSync(temp, target);
    } else {
      try {
        fs.linkSync(temp, target);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new TargetExistsError(target);
        throw error;
      }
    }
  } finally {
    fs.rmSync(temp, { force: true });
  }
  syncDirectory(dir);
}

/** Makes the new directory entry durable; not supported on every platform, so failures are ignored. */
function syncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Windows and some file systems cannot fsync a directory.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
