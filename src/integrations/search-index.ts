import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { digestOf } from '../lib/page-keys.ts';
import { searchShards, type Shard } from '../lib/search-shards.ts';
import { fileDigest, listFiles } from './output-ledger.ts';

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

/** In each cached shard: the digest of each of its files, by path. */
const DIGESTS = 'digests.json';

/** The files of a Pagefind index proper; a merged shard needs only these (the script comes from the primary). */
const INDEX_FILES = /^(?:pagefind-entry\.json|pagefind\.[^/]+\.pf_meta|(?:index|filter|fragment)\/.*)$/;

/** Part of every shard's key: change it when what this module gives Pagefind changes, so every shard is rebuilt. */
const SHARD_FORMAT = 1;

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
}): Promise<{ shards: number; rebuilt: number; indexed: number; files: ReadonlyMap<string, string> }> {
  const cacheRoot = path.join(options.cacheDir, 'search-shards');
  const shards = searchShards(options.pages).map((shard) => keyed(shard));
  // An archive with no article yet still gets an (empty) index, so the search page loads.
  if (shards.length === 0) shards.push(keyed({ period: 'empty', from: '', articles: [] }));

  const missing = shards.filter((shard) => !existsSync(path.join(cacheRoot, shard.key, DIGESTS)));
  if (missing.length > 0) await writeShards(missing, options.outDir, cacheRoot);
  const inUse = new Set(shards.map((shard) => shard.key));
  for (const entry of await readdir(cacheRoot)) {
    if (!inUse.has(entry)) await rm(path.join(cacheRoot, entry), { recursive: true, force: true });
  }

  const target = path.join(options.outDir, 'pagefind');
  await rm(target, { recursive: true, force: true });
  const manifest: ShardManifest = { shards: [] };
  /** Every file written, by path in the output folder, with the digest of its bytes. */
  const files = new Map<string, string>();
  for (const [i, shard] of shards.entries()) {
    const relative = i === 0 ? '' : `shards/${shard.period}-${shard.key.slice(0, 16)}/`;
    const digests = JSON.parse(readFileSync(path.join(cacheRoot, shard.key, DIGESTS), 'utf8')) as Record<
      string,
      string
    >;
    const made = new Set<string>();
    for (const [file, digest] of Object.entries(digests)) {
      if (i > 0 && !INDEX_FILES.test(file)) continue;
      const destination = path.join(target, relative, file);
      if (!made.has(path.dirname(destination))) mkdirSync(path.dirname(destination), { recursive: true });
      made.add(path.dirname(destination));
      placeFile(path.join(cacheRoot, shard.key, file), destination);
      files.set(`pagefind/${relative}${file}`, digest);
    }
    manifest.shards.push({ path: relative, from: shard.from });
  }
  const manifestBytes = Buffer.from(JSON.stringify(manifest));
  await writeFile(path.join(target, SHARD_MANIFEST), manifestBytes);
  files.set(`pagefind/${SHARD_MANIFEST}`, fileDigest(manifestBytes));
  return {
    shards: shards.length,
    rebuilt: missing.length,
    indexed: missing.reduce((sum, shard) => sum + shard.articles.length, 0),
    files,
  };
}

/**
 * Puts a cached file into the output folder: a hard link where both are on one file system (the next build
 * removes the link, never writes through it), else a copy. Synchronously, file by file: `fs.cp` takes several
 * trips through libuv's thread pool for each of thousands of small files, and copying them costs seconds at 10,000
 * articles where linking costs a fraction.
 */
function placeFile(cached: string, destination: string): void {
  if (canLink) {
    try {
      linkSync(cached, destination);
      return;
    } catch {
      canLink = false;
    }
  }
  copyFileSync(cached, destination);
}
let canLink = true;

/**
 * The part of a page Pagefind reads: from the element marked `data-pagefind-body` to the end of the `<main>` that
 * holds it (Pagefind ignores everything outside that element once a page has one, and our pages keep their search
 * metadata and filters inside it). A third less to encode, send and parse; the index is byte for byte the same.
 */
function indexedPart(html: string): string {
  const start = html.search(/<[a-z][^>]*\sdata-pagefind-body[\s>=]/);
  if (start < 0 || html.lastIndexOf('<main', start) < 0) return html;
  const end = html.indexOf('</main>', start);
  return `<!DOCTYPE html><html lang="en"><head></head><body>${html.slice(start, end < 0 ? undefined : end)}</body></html>`;
}

interface KeyedShard extends Shard<IndexedPage> {
  key: string;
}

function keyed(shard: Shard<IndexedPage>): KeyedShard {
  // By path, so the index numbers its pages the same way on every build.
  const articles = [...shard.articles].sort((a, b) => a.file.localeCompare(b.file));
  const key = digestOf([
    SHARD_FORMAT,
    PAGEFIND_VERSION,
    shard.period,
    articles.map((page) => [page.file, page.digest]),
  ]);
  return { ...shard, articles, key };
}

/**
 * Shards indexed at once in the Pagefind service. Each open index holds its pages in the service's memory until it
 * is written; with every shard of a cold 100,000-article build open together the service grew past 4.5 GB.
 */
const SHARDS_AT_ONCE = 4;

/** Builds the given shards, a few side by side in one Pagefind service, each written to `cacheRoot/<key>`. */
async function writeShards(shards: readonly KeyedShard[], outDir: string, cacheRoot: string): Promise<void> {
  await mkdir(cacheRoot, { recursive: true });
  const queue = [...shards];
  const indexNext = async (): Promise<void> => {
    for (let shard = queue.shift(); shard !== undefined; shard = queue.shift()) {
      await writeShard(shard, outDir, cacheRoot);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(SHARDS_AT_ONCE, queue.length) }, indexNext));
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
      content: indexedPart(readFileSync(path.join(outDir, file), 'utf8')),
    });
    if (added.errors.length) throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
  }
  const partial = path.join(cacheRoot, `${shard.key}.partial`);
  await rm(partial, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: partial });
  if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  // Written last: a shard without it is incomplete. The output ledger takes these digests rather than read the files.
  const digests: Record<string, string> = {};
  for (const file of listFiles(partial)) digests[file] = fileDigest(readFileSync(path.join(partial, file)));
  await writeFile(path.join(partial, DIGESTS), JSON.stringify(digests));
  await rename(partial, path.join(cacheRoot, shard.key));
}
