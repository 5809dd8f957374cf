import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { digestOf } from '../lib/page-keys.ts';

/** An article page to index: its file in the output folder and the digest of its bytes. */
export interface IndexedPage {
  file: string;
  digest: string;
}

/**
 * The search index: one Pagefind index per year of publication, in `pagefind/<year>/`, which the search page
 * queries together. A rebuild reindexes only the years whose article pages changed (an edit reindexes one year);
 * the others are copied from the cache. `pagefind/pagefind.js` is the loader the search page imports.
 */
export async function buildSearchIndexes(options: {
  outDir: string;
  cacheDir: string;
  /** Article pages by year of publication. */
  years: ReadonlyMap<number, readonly IndexedPage[]>;
}): Promise<{ indexed: number[]; reused: number[]; pages: number }> {
  const cacheRoot = path.join(options.cacheDir, 'search');
  const manifestFile = path.join(cacheRoot, 'manifest.json');
  let previous: Record<string, string> = {};
  try {
    previous = JSON.parse(await readFile(manifestFile, 'utf8')) as Record<string, string>;
  } catch {
    // No index cached yet: every year is indexed.
  }
  const next: Record<string, string> = {};
  const indexed: number[] = [];
  const reused: number[] = [];
  let pages = 0;
  const years = [...options.years.keys()].sort((a, b) => b - a);
  for (const year of years) {
    const yearPages = [...options.years.get(year)!].sort((a, b) => a.file.localeCompare(b.file));
    const key = digestOf(yearPages.map((page) => [page.file, page.digest]));
    const cached = path.join(cacheRoot, String(year));
    next[year] = key;
    if (previous[year] === key && (await exists(path.join(cached, 'pagefind-entry.json')))) {
      reused.push(year);
    } else {
      await rm(cached, { recursive: true, force: true });
      pages += await writeIndex(
        cached,
        yearPages.map((page) => page.file),
        options.outDir,
      );
      indexed.push(year);
    }
  }
  if (indexed.length) await pagefind.close();
  await mkdir(cacheRoot, { recursive: true });
  await writeFile(manifestFile, JSON.stringify(next));
  for (const entry of await readdir(cacheRoot)) {
    if (/^\d+$/.test(entry) && !(entry in next))
      await rm(path.join(cacheRoot, entry), { recursive: true, force: true });
  }

  const target = path.join(options.outDir, 'pagefind');
  for (const year of years)
    await cp(path.join(cacheRoot, String(year)), path.join(target, String(year)), { recursive: true });
  if (years.length) {
    await cp(path.join(cacheRoot, String(years[0]), 'pagefind.js'), path.join(target, 'pagefind.js'));
  } else {
    // An empty archive still gets a loader, so the search page works and says nothing was found.
    await writeIndex(target, [], options.outDir);
    await pagefind.close();
  }
  return { indexed, reused, pages };
}

async function writeIndex(outputPath: string, files: readonly string[], outDir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  // One at a time: Pagefind numbers pages in the order they arrive, and the index must be the same on every build.
  for (const file of files) {
    const added = await index.addHTMLFile({
      url: `/${file.replace(/index\.html$/, '')}`,
      content: await readFile(path.join(outDir, file), 'utf8'),
    });
    if (added.errors.length) throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  return files.length;
}

async function exists(file: string): Promise<boolean> {
  try {
    await readFile(file);
    return true;
  } catch {
    return false;
  }
}
