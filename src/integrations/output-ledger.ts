import { hash } from 'node:crypto';
import { readdirSync, readFileSync, utimesSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** What the previous build wrote at each path of the output folder: a digest of its bytes and when they changed. */
type Ledger = Record<string, { digest: string; mtimeMs: number }>;

export interface OutputFile {
  /** Path relative to the output folder, with forward slashes. */
  file: string;
  digest: string;
  /** True when the previous build wrote the same bytes at this path. */
  unchanged: boolean;
}

/** The digest the ledger keeps of a file's bytes. */
export function fileDigest(bytes: Uint8Array): string {
  return hash('sha1', bytes, 'base64url');
}

/** Every file of a folder, as paths relative to it with forward slashes, sorted. */
export function listFiles(dir: string): string[] {
  const files: string[] = [];
  // Folder by folder: `readdirSync(dir, { recursive: true })` takes five times as long over 16,000 page folders.
  const walk = (folder: string, prefix: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(folder, entry.name), `${prefix}${entry.name}/`);
      else if (entry.isFile()) files.push(`${prefix}${entry.name}`);
    }
  };
  walk(dir, '');
  // By code unit: the order of the ledger and of the checks' reading.
  return files.sort();
}

/**
 * Compares the output folder with what the previous build wrote there. Astro rewrites or restores every file on
 * each build, so a page that did not change would get a new modification time; `keepUnchanged` puts the previous
 * one back on every file whose bytes are the same, so `rsync` or `aws s3 sync` upload only what changed.
 *
 * File by file it uses the synchronous calls: `fs/promises` takes several trips through libuv's thread pool for
 * each small file, ten times the cost of reading and hashing it (1.5 s against 0.15 s for 10,000 files).
 */
export async function readOutputLedger(ledgerFile: string) {
  let previous: Ledger = {};
  try {
    previous = JSON.parse(await readFile(ledgerFile, 'utf8')) as Ledger;
  } catch {
    // No ledger yet (a cold build): every file counts as written.
  }

  return {
    /** Digests the given files and says which of them the previous build wrote with the same bytes. */
    compare(outDir: string, files: readonly string[], known?: ReadonlyMap<string, string>): OutputFile[] {
      return files.map((file) => {
        const digest = known?.get(file) ?? fileDigest(readFileSync(path.join(outDir, file)));
        return { file, digest, unchanged: previous[file]?.digest === digest };
      });
    },
    /**
     * Gives every unchanged file its previous modification time back and records this build's output for the
     * next one. Returns how many files were written (new or changed) and kept, pages (HTML) apart.
     */
    async keepUnchanged(outDir: string, files: readonly OutputFile[]) {
      const next: Ledger = {};
      const counts = { pagesWritten: 0, pagesKept: 0, filesWritten: 0, filesKept: 0 };
      // Whole milliseconds, so the time a later build puts back is exactly the one written now. The time of this
      // build rather than the file's own: a search file is a link to the cache, as old as the shard it belongs to,
      // and `aws s3 sync` uploads a file of the same size only when it is newer than the uploaded one.
      const now = Math.floor(Date.now());
      for (const { file, digest, unchanged } of files) {
        const page = file.endsWith('.html');
        if (unchanged) {
          const mtime = new Date(previous[file]!.mtimeMs);
          utimesSync(path.join(outDir, file), mtime, mtime);
          next[file] = previous[file]!;
          counts[page ? 'pagesKept' : 'filesKept'] += 1;
        } else {
          utimesSync(path.join(outDir, file), new Date(now), new Date(now));
          next[file] = { digest, mtimeMs: now };
          counts[page ? 'pagesWritten' : 'filesWritten'] += 1;
        }
      }
      await writeFile(ledgerFile, JSON.stringify(next));
      return counts;
    },
  };
}
