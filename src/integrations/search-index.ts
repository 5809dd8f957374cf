import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { digestOf } from '../lib/page-keys.ts';
import { SHARD_ARTICLES, searchShards, type Shard } from '../lib/search-shards.ts';
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

/** What the search index needs of an article before its page is made: where the page goes, and its date. */
export interface ExpectedArticle {
  id: string;
  date: string;
}

/**
 * The Pagefind search index over the article pages, one index per period (`src/lib/search-shards.ts`). Each shard
 * is kept in the cache folder under a key made of its pages' paths and digests, and built again only when one of
 * them changed, appeared or went. The newest shard goes into `pagefind/` with Pagefind's script; the others into
 * `pagefind/shards/<period>-<key>/`, a name that changes with their content (so hosts may cache them for good).
 *
 * A shard is indexed as soon as the last of its pages is rendered, from the bytes Astro is about to write, while
 * Astro goes on with the other pages: Pagefind indexes in its own process, on another core. Article pages are
 * rendered before the others and newest first, so shards complete one after another and Pagefind catches up while
 * the other pages are made. Only a few shards' pages wait in memory; when Pagefind falls further behind, their
 * shards read them back from the output folder. A shard with a page that this build did not render (kept from the
 * last build) is indexed after the pages, from the output folder.
 */
export function createSearchIndex(options: {
  outDir: string;
  cacheDir: string;
  /** Most pages whose indexed part waits in memory (`HELD_PAGES` unless set). */
  heldPages?: number;
}) {
  const heldPages = options.heldPages ?? HELD_PAGES;
  const cacheRoot = path.join(options.cacheDir, 'search-shards');
  /** The shard each expected article page belongs to, with the pages of it rendered so far. */
  const shardOfPage = new Map<string, RenderingShard>();
  const queue = createShardQueue(cacheRoot);
  let indexedWhileRendering = 0;
  /** Article pages whose indexed part waits in memory: in shards not complete yet, or complete and not sent yet. */
  let held = 0;

  return {
    /** The articles whose pages this build makes; called before the first page is rendered. */
    expect(articles: readonly ExpectedArticle[]): void {
      const pages = articles.map((article) => ({ file: articlePageFile(article.id), date: article.date }));
      for (const { period, articles: members } of searchShards(pages)) {
        const shard: RenderingShard = { period, files: members.map((page) => page.file), rendered: new Map() };
        for (const file of shard.files) shardOfPage.set(file, shard);
      }
    },

    /** Whether `file` (relative to the output folder) is an article page still to be rendered. */
    wants: (file: string): boolean => shardOfPage.has(file),

    /** A page Astro rendered, as the bytes it writes to `file` (relative to the output folder), and their digest. */
    pageRendered(file: string, bytes: Uint8Array, digest: string): void {
      const shard = shardOfPage.get(file);
      if (!shard) return;
      // Past the limit Pagefind has fallen behind (or the pages come in an order that completes no shard): the page
      // is not held, and its shard, once complete, reads it back from the output folder.
      if (held < heldPages) {
        held += 1;
        shard.rendered.set(file, { digest, content: indexedPart(Buffer.from(bytes).toString('utf8')) });
      } else {
        shard.rendered.set(file, { digest });
      }
      if (shard.rendered.size < shard.files.length) return;
      for (const member of shard.files) shardOfPage.delete(member);
      const rendered = shard.rendered;
      const inMemory = [...rendered.values()].filter((page) => page.content !== undefined).length;
      const complete = keyed({
        period: shard.period,
        from: '',
        articles: shard.files.map((member) => ({ file: member, digest: rendered.get(member)!.digest, date: '' })),
      });
      if (existsSync(path.join(cacheRoot, complete.key, DIGESTS))) {
        held -= inMemory;
        return;
      }
      indexedWhileRendering += complete.articles.length;
      queue.add(
        complete,
        (member) => {
          const page = rendered.get(member)!;
          return page.content ?? readWhenWritten(path.join(options.outDir, member), page.digest);
        },
        () => (held -= inMemory),
      );
    },

    /**
     * After the pages are written: indexes the shards not indexed yet, from the output folder, and puts every
     * shard in its place in `pagefind/`. Returns every file written, with its digest, for the output ledger.
     */
    async finish(pages: readonly IndexedPage[]) {
      try {
        await queue.drained();
        const shards = searchShards(pages).map((shard) => keyed(shard));
        // An archive with no article yet still gets an (empty) index, so the search page loads.
        if (shards.length === 0) shards.push(keyed({ period: 'empty', from: '', articles: [] }));
        const missing = shards.filter((shard) => !existsSync(path.join(cacheRoot, shard.key, DIGESTS)));
        for (const shard of missing) {
          // Synchronously: the promise API costs more than the read for a page this size.
          queue.add(shard, (file) => indexedPart(readFileSync(path.join(options.outDir, file), 'utf8')));
        }
        await queue.drained();
        const files = await placeShards(shards, options.outDir, cacheRoot);
        return {
          shards: shards.length,
          rebuilt: queue.indexedShards(),
          indexed: indexedWhileRendering + missing.reduce((sum, shard) => sum + shard.articles.length, 0),
          indexedWhileRendering,
          files,
        };
      } finally {
        await pagefind.close();
      }
    },
  };
}

/** An article's page in the output folder: its id is its folder. */
export const articlePageFile = (id: string) => `${id}/index.html`;

interface RenderingShard {
  period: string;
  /** The shard's article pages, as files in the output folder. */
  files: string[];
  /** Each page rendered so far: the digest of its bytes and, unless too many wait, the part Pagefind reads. */
  rendered: Map<string, { digest: string; content?: string }>;
}

/** Removes the shards no longer in use from the cache, and puts the others into `pagefind/` with their manifest. */
async function placeShards(
  shards: readonly KeyedShard[],
  outDir: string,
  cacheRoot: string,
): Promise<ReadonlyMap<string, string>> {
  await mkdir(cacheRoot, { recursive: true });
  const inUse = new Set(shards.map((shard) => shard.key));
  for (const entry of await readdir(cacheRoot)) {
    if (!inUse.has(entry)) await rm(path.join(cacheRoot, entry), { recursive: true, force: true });
  }

  const target = path.join(outDir, 'pagefind');
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
  return files;
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
 * A page's indexed part, read from the output folder once Astro has written the page this build rendered (`digest`
 * is of its bytes): the file may still be on its way there, or hold the previous build's page.
 */
async function readWhenWritten(file: string, digest: string): Promise<string> {
  for (let waited = 0; ; waited += WRITE_POLL_MS) {
    const bytes = await readFile(file).catch(() => undefined);
    if (bytes !== undefined && fileDigest(bytes) === digest) return indexedPart(bytes.toString('utf8'));
    if (waited >= WRITE_WAIT_MS)
      throw new Error(`${file} was rendered but not written within ${WRITE_WAIT_MS / 1000} s.`);
    await sleep(WRITE_POLL_MS);
  }
}
const WRITE_POLL_MS = 20;
const WRITE_WAIT_MS = 120_000;

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

/** A shard page's indexed part, by its file in the output folder. */
type PageContent = (file: string) => string | Promise<string>;

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
 * Most article pages whose indexed part waits in memory for its shard to be indexed, a few shards' worth (some
 * tens of MB); past it, a page's shard reads it back from the output folder when its turn comes.
 */
const HELD_PAGES = 3 * SHARD_ARTICLES;

/**
 * Shards open at once in the Pagefind service: one being written while the next one's pages wait in line. The
 * service works on one message at a time, so more would not index faster; and each open index holds its pages in
 * the service's memory until it is written (with every shard of a cold 100,000-article build open together the
 * service grew past 4.5 GB).
 */
const SHARDS_AT_ONCE = 2;

/**
 * Shards waiting to be indexed, a few side by side in one Pagefind service, each written to `cacheRoot/<key>`.
 * An error is kept and thrown by `drained`, so the build fails with it.
 */
function createShardQueue(cacheRoot: string) {
  const waiting: { shard: KeyedShard; content: PageContent; sent?: () => void }[] = [];
  const running = new Set<Promise<void>>();
  let failure: unknown;
  let indexed = 0;
  const indexNext = async (): Promise<void> => {
    await mkdir(cacheRoot, { recursive: true });
    for (let next = waiting.shift(); next !== undefined; next = waiting.shift()) {
      await writeShard(next.shard, next.content, cacheRoot, next.sent);
      indexed += 1;
    }
  };
  return {
    /** Queues `shard`, whose pages' indexed parts `content` gives; `sent` is called once they have been sent. */
    add(shard: KeyedShard, content: PageContent, sent?: () => void): void {
      waiting.push({ shard, content, ...(sent ? { sent } : {}) });
      if (running.size >= SHARDS_AT_ONCE) return;
      const worker: Promise<void> = indexNext()
        .catch((error: unknown) => {
          failure ??= error;
          waiting.length = 0;
        })
        .finally(() => running.delete(worker));
      running.add(worker);
    },
    async drained(): Promise<void> {
      while (running.size > 0) await Promise.all(running);
      if (failure !== undefined) throw failure;
    },
    indexedShards: () => indexed,
  };
}

/** Indexes `shard` into `cacheRoot/<key>`; `sent` is called once every page is on its way to Pagefind. */
async function writeShard(
  shard: KeyedShard,
  content: PageContent,
  cacheRoot: string,
  sent?: () => void,
): Promise<void> {
  const contents = await Promise.all(shard.articles.map(({ file }) => content(file)));
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  // Pagefind numbers pages in the order they arrive, and the index must be the same on every build. Its service
  // handles one message at a time, in the order sent: so every page is sent at once, in path order, and the service
  // never waits for this process, busy rendering pages, to answer one page with the next.
  const adding = shard.articles.map(({ file }, i) =>
    index.addHTMLFile({ url: `/${file.replace(/index\.html$/, '')}`, content: contents[i]! }),
  );
  sent?.();
  const added = await Promise.all(adding);
  for (const [i, { errors }] of added.entries()) {
    if (errors.length) throw new Error(`Pagefind could not index ${shard.articles[i]!.file}: ${errors.join('; ')}`);
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
