import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { digestOf } from '../lib/page-keys.ts';

/** An article page to index: its file in the output folder and the digest of its bytes. */
export interface IndexedPage {
  file: string;
  digest: string;
}

/**
 * The Pagefind search index over the article pages, kept in the cache folder and copied into `pagefind/`. It is
 * built again only when an article page changed (or appeared, or went); otherwise the cached one is used as it is.
 *
 * One index per year, merged in the browser, would let an edit reindex a single year, but Pagefind ranks merged
 * results by relevance only (losing newest-first), and several full instances on one page fail intermittently
 * (WebAssembly "unreachable"), so the archive keeps one index.
 */
export async function buildSearchIndex(options: {
  outDir: string;
  cacheDir: string;
  pages: readonly IndexedPage[];
}): Promise<{ indexed: number; reused: boolean }> {
  const cacheRoot = path.join(options.cacheDir, 'search');
  const cached = path.join(cacheRoot, 'index');
  const keyFile = path.join(cacheRoot, 'key.txt');
  // By path, so the index numbers its pages the same way on every build.
  const pages = [...options.pages].sort((a, b) => a.file.localeCompare(b.file));
  const key = digestOf(pages.map((page) => [page.file, page.digest]));
  const previousKey = await readFile(keyFile, 'utf8').catch(() => undefined);
  const reused = previousKey === key && (await exists(path.join(cached, 'pagefind-entry.json')));
  if (!reused) {
    await rm(cached, { recursive: true, force: true });
    await writeIndex(
      cached,
      pages.map((page) => page.file),
      options.outDir,
    );
    await mkdir(cacheRoot, { recursive: true });
    await writeFile(keyFile, key);
  }
  await cp(cached, path.join(options.outDir, 'pagefind'), { recursive: true });
  return { indexed: reused ? 0 : pages.length, reused };
}

async function writeIndex(outputPath: string, files: readonly string[], outDir: string): Promise<void> {
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
  await pagefind.close();
}

async function exists(file: string): Promise<boolean> {
  return readFile(file).then(
    () => true,
    () => false,
  );
}
