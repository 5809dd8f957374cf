/**
 * Leaves the pages of the previous build in the output folder, so Astro's incremental build keeps them where they
 * are instead of copying every one back from its cache: by default Astro empties the output folder first (at
 * 10,000 articles, deleting and restoring about 20,000 files took 20 s of a one-article rebuild).
 *
 * Astro keeps a page when the page exists in the output folder and its cache key and code are unchanged; so the
 * output folder must hold exactly what the manifest says was written there. Before the build everything else is
 * removed, as Astro would; after it, every kept page that this build did not produce (an article deleted, a page
 * number gone) is removed too. The cache folder remembers which output folder its manifest describes, and only a
 * build that got as far as writing every page vouches for it: after a failed or interrupted build, or with another
 * output folder, the next build starts from an empty one.
 */
import type { Dirent } from 'node:fs';
import { readdir, readFile, rm, rmdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import type { AstroIntegration } from 'astro';
import { cachedPageFiles } from '../lib/cached-pages.ts';

/** In the cache folder: the output folder whose pages match Astro's manifest, written after a build's pages. */
const VOUCHER = 'kept-pages.json';
/** Astro's incremental build manifest, in the cache folder. */
const MANIFEST = 'incremental-build.json';
/** Where Astro's incremental build keeps a second copy of every page it writes, in the cache folder. */
const PAGE_COPIES = 'dist';

export function keepCachedPages(): AstroIntegration & { keptPages: () => number } {
  let outDir = '';
  let cacheDir = '';
  /** Absolute paths of the pages left in the output folder for this build. */
  let kept = new Set<string>();
  return {
    /** How many pages of the previous build were left in place (known once the build starts). */
    keptPages: () => kept.size,
    name: 'archive-keep-cached-pages',
    hooks: {
      'astro:config:setup': async ({ updateConfig, logger }) => {
        updateConfig({ vite: { build: { emptyOutDir: false } } });
        if (!(await withoutPageCopies())) {
          logger.warn("Astro's incremental build changed: it still copies every page into the cache folder.");
        }
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': async ({ logger }) => {
        const voucher = path.join(cacheDir, VOUCHER);
        const vouched = await readFile(voucher, 'utf8').catch(() => undefined);
        // Until this build has written its pages, the output folder matches no manifest.
        await rm(voucher, { force: true });
        kept = new Set();
        if (vouched !== undefined && parseVoucher(vouched) === outDir) {
          const manifest = await readFile(path.join(cacheDir, MANIFEST), 'utf8').catch(() => undefined);
          const base = pathToFileURL(outDir + path.sep);
          for (const file of cachedPageFiles(manifest)) {
            const absolute = fileURLToPath(new URL(file, base));
            if (isInside(outDir, absolute)) kept.add(absolute);
          }
        }
        // Copies an earlier build left; with none written any more, one could be older than its manifest entry.
        await rm(path.join(cacheDir, PAGE_COPIES), { recursive: true, force: true });
        const removed = await removeAllBut(outDir, kept);
        logger.info(`${kept.size} page(s) of the previous build left in place, ${removed} other file(s) removed`);
      },
      'astro:build:done': async ({ assets, logger }) => {
        const built = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
        let removed = 0;
        for (const file of kept) {
          if (built.has(file)) continue;
          await rm(file, { force: true });
          await removeEmptyFolders(path.dirname(file), outDir);
          removed += 1;
        }
        if (removed) logger.info(`${removed} page(s) this build no longer makes removed`);
        await writeFile(path.join(cacheDir, VOUCHER), JSON.stringify({ outDir }));
      },
    },
  };
}

/**
 * Astro's incremental build writes every page twice, to the output folder and a copy to the cache folder, so that
 * it can copy a page back when the output folder was emptied. The pages stay where they are here, so the copies
 * are never read: writing them cost a file, a folder and their system calls per page (17,000 at 10,000 articles)
 * and doubled the disk the build takes. A page whose copy is missing is rendered again, as Astro does when it finds
 * none. Astro offers no setting for it, so its cache's two methods are replaced; returns false when they are not
 * where Astro 7.3 has them.
 */
async function withoutPageCopies(): Promise<boolean> {
  const astroDist = new URL('./', pathToFileURL(createRequire(import.meta.url).resolve('astro')));
  const incremental = (await import(new URL('core/build/incremental.js', astroDist).href).catch(() => undefined)) as
    { IncrementalBuildCache?: { prototype: Record<string, unknown> } } | undefined;
  const cache = incremental?.IncrementalBuildCache?.prototype;
  if (typeof cache?.['writeOutputFile'] !== 'function' || typeof cache['restoreOutputFile'] !== 'function') {
    return false;
  }
  cache['writeOutputFile'] = async () => undefined;
  cache['restoreOutputFile'] = async () => false;
  return true;
}

function parseVoucher(text: string): string | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && 'outDir' in value && typeof value.outDir === 'string'
      ? value.outDir
      : undefined;
  } catch {
    return undefined;
  }
}

function isInside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/**
 * Removes every file of `folder` except `keep` (absolute paths), and every folder that holds none of them; a `.git`
 * at the top is left alone, as Astro leaves it. Returns how many files it removed.
 */
async function removeAllBut(folder: string, keep: ReadonlySet<string>): Promise<number> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => [] as Dirent[]);
  const git = path.join(folder, '.git');
  const files: string[] = [];
  const folders: string[] = [];
  for (const entry of entries) {
    const absolute = path.join(entry.parentPath, entry.name);
    if (absolute === git || absolute.startsWith(git + path.sep)) continue;
    if (entry.isDirectory()) folders.push(absolute);
    else if (!keep.has(absolute)) files.push(absolute);
  }
  // A few at a time: one by one takes seconds for tens of thousands of files, all at once holds as many handles.
  for (let i = 0; i < files.length; i += 64) {
    await Promise.all(files.slice(i, i + 64).map((file) => rm(file, { force: true })));
  }
  const holding = new Set<string>();
  for (const file of keep) {
    for (let dir = path.dirname(file); isInside(folder, dir) && !holding.has(dir); dir = path.dirname(dir)) {
      holding.add(dir);
    }
  }
  // Deepest first, so each folder is empty when its turn comes.
  const empty = folders.filter((dir) => !holding.has(dir)).sort((a, b) => b.length - a.length);
  for (const dir of empty) await rmdir(dir).catch(() => undefined);
  return files.length;
}

/** Removes `dir` and its parents up to (not including) `root` while they are empty. */
async function removeEmptyFolders(dir: string, root: string): Promise<void> {
  for (let current = dir; isInside(root, current); current = path.dirname(current)) {
    try {
      await rmdir(current);
    } catch {
      return;
    }
  }
}
