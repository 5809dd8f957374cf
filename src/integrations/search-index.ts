import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { digestOf } from '../lib/page-keys.ts';
import { searchShards, type Shard } from '../lib/search-shards.ts';

/** An article page to index: its file in the output folder, the digest of its bytes and the article's date. */
export interface IndexedPage {
  file: string;
  digest: string;
  date: string;
}

/** What the search page reads to merge the shards: `pagefind/search-shards.json`. */
export interface ShardManifest {
  /** Newest first; the first is the primary index, in `pagefind/` itself, the others in `pagefind/shards/`. */
  shards: { path: string; from: string }[];
}

export const SHARD_MANIFEST = 'search-shards.json';

/** The files of a Pagefind index proper; a merged shard needs only these (the script comes from the primary). */
const INDEX_FILES = /^(?:pagefind-entry\.json|pagefind\.[^/]+\.pf_meta|(?:index|filter|fragment)\/.*)$/;

/** Changes with Pagefind itself, so an upgrade rebuilds every shard. */
const PAGEFIND_VERSION = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')) as { version: string }
).version;

/**
 * The Pagefind search index over the article pages, one index per period (`src/lib/search-shards.ts`). Each shard
 * is kept in the cache folder under a key made of its pages' paths and digests, and built again only when one of
 * them changed, appeared or went. The newest shard goes into `pagefind/` with Pagefind's script; the others into
 * `pagefind/shards/<period>-<key>/`, a name that changes with their content (so hosts may cache them for good).
 */
export async function buildSearchIndex(options: {
  outDir: string;
  cacheDir: string;
  pages: readonly IndexedPage[];
}): Promise<{ shards: number; rebuilt: number; indexed: number }> {
  const cacheRoot = path.join(options.cacheDir, 'search-shards');
  const shards = searchShards(options.pages).map((shard) => keyed(shard));
  // An archive with no article yet still gets an (empty) index, so the search page loads.
  if (shards.length === 0) shards.push(keyed({ period: 'empty', from: '', articles: [] }));

  const missing = shards.filter((shard) => !existsSync(path.join(cacheRoot, shard.key, 'pagefind-entry.json')));
  if (missing.length > 0) await writeShards(missing, options.outDir, cacheRoot);
  const inUse = new Set(shards.map((shard) => shard.key));
  for (const entry of await readdir(cacheRoot)) {
    if (!inUse.has(entry)) await rm(path.join(cacheRoot, entry), { recursive: true, force: true });
  }

  const target = path.join(options.outDir, 'pagefind');
  await rm(target, { recursive: true, force: true });
  const manifest: ShardManifest = { shards: [] };
  for (const [i, shard] of shards.entries()) {
    const relative = i === 0 ? '' : `shards/${shard.period}-${shard.key.slice(0, 16)}/`;
    copyFiles(
      path.join(cacheRoot, shard.key),
      path.join(target, relative),
      (file) => i === 0 || INDEX_FILES.test(file),
    );
    manifest.shards.push({ path: relative, from: shard.from });
  }
  await writeFile(path.join(target, SHARD_MANIFEST), JSON.stringify(manifest));
  return {
    shards: shards.length,
    rebuilt: missing.length,
    indexed: missing.reduce((sum, shard) => sum + shard.articles.length, 0),
  };
}

/**
 * Copies the files of a folder that `wanted` accepts (by path relative to it, with forward slashes). Synchronously,
 * file by file: `fs.cp` takes several trips through libuv's thread pool for each of thousands of small files.
 */
function copyFiles(from: string, to: string, wanted: (file: string) => boolean): void {
  const made = new Set<string>();
  for (const entry of readdirSync(from, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const source = path.join(entry.parentPath, entry.name);
    const file = path.relative(from, source).replace(/\\/g, '/');
    if (!wanted(file)) continue;
    const folder = path.dirname(path.join(to, file));
    if (!made.has(folder)) mkdirSync(folder, { recursive: true });
    made.add(folder);
    copyFileSync(source, path.join(to, file));
  }
}

interface KeyedShard extends Shard<IndexedPage> {
  key: string;
}

function keyed(shard: Shard<IndexedPage>): KeyedShard {
  // By path, so the index numbers its pages the same way on every build.
  const articles = [...shard.articles].sort((a, b) => a.file.localeCompare(b.file));
  const key = digestOf([PAGEFIND_VERSION, shard.period, articles.map((page) => [page.file, page.digest])]);
  return { ...shard, articles, key };
}

/** Builds the given shards side by side in one Pagefind service, each written to `cacheRoot/<key>`. */
async function writeShards(shards: readonly KeyedShard[], outDir: string, cacheRoot: string): Promise<void> {
  await mkdir(cacheRoot, { recursive: true });
  try {
    await Promise.all(shards.map((shard) => writeShard(shard, outDir, cacheRoot)));
  } finally {
    await pagefind.close();
  }
}

async function writeShard(shard: KeyedShard, outDir: string, cacheRoot: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  // One at a time: Pagefind numbers pages in the order they arrive, and the index must be the same on every build.
  for (const { file } of shard.articles) {
    const added = await index.addHTMLFile({
      url: `/${file.replace(/index\.html$/, '')}`,
      // Synchronously: the promise API costs more than the read for a page this size.
      content: readFileSync(path.join(outDir, file), 'utf8'),
    });
    if (added.errors.length) throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
  }
  const partial = path.join(cacheRoot, `${shard.key}.partial`);
  await rm(partial, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: partial });
  if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  await rename(partial, path.join(cacheRoot, shard.key));
}
