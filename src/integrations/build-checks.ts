import { readFileSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { setImmediate } from 'node:timers/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { isArticleFileName, readArticleFile } from '../lib/articles/article-files.ts';
import { parseArticle } from '../lib/articles/frontmatter.ts';
import { auditArchive, type AuditedArticle } from '../lib/checks/audit.ts';
import { listFolderFiles } from '../lib/checks/folder-files.ts';
import { checkLinks, pageUrl } from '../lib/checks/links.ts';
import { summarisePage, type PageSummary } from '../lib/checks/page-summary.ts';
import { unreservedRootNames } from '../lib/checks/root-names.ts';
import { wellFormednessProblem } from '../lib/checks/well-formed.ts';
import { articleIdFromPath, createPaths } from '../lib/paths.ts';
import { fileDigest, listFiles, type OutputFile } from './output-ledger.ts';

/** What the audit needs of an article file, cached under its size and modification and change times. */
type ArticleStamps = Record<string, [stamp: string, date: string, draft: boolean]>;

/**
 * The articles of the archive (drafts counted apart), as the build checks and the search index need them. With a
 * `cacheFile`, an article file whose size and times are those of the last build is not read and parsed again.
 */
export async function readArticles(
  dir: string,
  cacheFile?: string,
): Promise<{ articles: AuditedArticle[]; drafts: number }> {
  const articles: AuditedArticle[] = [];
  let drafts = 0;
  let previous: ArticleStamps = {};
  if (cacheFile) {
    try {
      previous = JSON.parse(await readFile(cacheFile, 'utf8')) as ArticleStamps;
    } catch {
      // No cache yet: every article is read.
    }
  }
  const next: ArticleStamps = {};
  // A listing of the folder made apart from the build's (see folder-files.ts).
  for (const relative of listFolderFiles(dir)) {
    if (!isArticleFileName(path.basename(relative))) continue;
    const file = path.join(dir, relative);
    const stats = statSync(file);
    const stamp = `${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}`;
    let [date, draft] = previous[relative]?.[0] === stamp ? previous[relative].slice(1) : [];
    if (typeof date !== 'string' || typeof draft !== 'boolean') {
      // The build has already refused any file that does not parse.
      const { data } = parseArticle(await readArticleFile(file, file), file);
      [date, draft] = [data.date, data.draft === true];
    }
    next[relative] = [stamp, date, draft];
    if (draft) drafts += 1;
    else articles.push({ id: articleIdFromPath(relative), file: relative, date });
  }
  if (cacheFile) await writeFile(cacheFile, JSON.stringify(next));
  return { articles, drafts };
}

/**
 * Page summaries as the cache keeps them: every string once, in `strings`, and each summary as indices into it.
 * Pages repeat most of their links (navigation, entity and article URLs), so this is a fraction of the size of the
 * summaries themselves, on disk and in memory.
 */
interface SummaryCache {
  strings: string[];
  /** How many strings the table held when it was last built from scratch. */
  compacted: number;
  pages: [file: string, digest: string, summary: number[][]][];
}

/** `value` in memory of its own, never a view into a longer string. */
const flatCopy = (value: string) => JSON.parse(JSON.stringify(value)) as string;

/** Shares one copy of each string between all summaries, and numbers them for the cache. */
function createStringTable(strings: string[] = []) {
  const index = new Map(strings.map((value, i) => [value, i]));
  const id = (value: string) => {
    let found = index.get(value);
    if (found === undefined) {
      found = strings.length;
      // A copy of its own: a string read out of a page may be a slice of the page's whole text, which the table
      // would then keep in memory for the rest of the build (245 MB at 6,000 articles).
      const own = flatCopy(value);
      strings.push(own);
      index.set(own, found);
    }
    return found;
  };
  const ids = (values: Iterable<string>) => Array.from(values, id);
  return {
    strings,
    encode: (page: PageSummary): number[][] => [
      [id(page.url), page.next === undefined ? -1 : id(page.next)],
      ids(page.links),
      ids(page.ids),
      page.asideLinks.flatMap((link) => [id(link.href), id(link.text)]),
      ids(page.listed),
      ids(page.mainLinks),
    ],
    decode: (encoded: number[][]): PageSummary => {
      const [head, links, pageIds, aside, listed, mainLinks] = encoded as [
        [number, number],
        number[],
        number[],
        number[],
        number[],
        number[],
      ];
      const [url, next] = head;
      const text = (i: number) => strings[i]!;
      const asideLinks: PageSummary['asideLinks'] = [];
      for (let i = 0; i < aside.length; i += 2) asideLinks.push({ href: text(aside[i]!), text: text(aside[i + 1]!) });
      return {
        url: text(url),
        links: links.map(text),
        ids: new Set(pageIds.map(text)),
        asideLinks,
        listed: listed.map(text),
        mainLinks: mainLinks.map(text),
        ...(next >= 0 ? { next: text(next) } : {}),
      };
    },
  };
}

/** A page's summary made from the bytes Astro wrote, so the checks need not read the page back. */
export interface RenderedSummary {
  digest: string;
  summary: PageSummary;
}

/** Summarises a page as it is rendered, from the very bytes the build writes. */
export function summariseRenderedPage(file: string, bytes: Uint8Array, base: string): RenderedSummary {
  const html = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return { digest: fileDigest(bytes), summary: summarisePage(html, pageUrl(file, base)) };
}

/**
 * What the build checks need from every page, reading only pages whose bytes changed since the last build and that
 * were not summarised as they were rendered (`rendered`): the summaries of the others come from `cacheFile`, keyed
 * by the digest of their bytes.
 */
export async function summarisePages(
  outDir: string,
  pages: readonly OutputFile[],
  base: string,
  cacheFile: string,
  /** Pages summarised from their bytes as they were rendered, each with the digest of those bytes. */
  rendered: ReadonlyMap<string, RenderedSummary> = new Map(),
) {
  let cache: SummaryCache = { strings: [], compacted: 0, pages: [] };
  try {
    cache = deserialize(await readFile(cacheFile)) as SummaryCache;
  } catch {
    // No summaries yet: every page is read.
  }
  const cached = new Map(cache.pages.map(([file, digest, summary]) => [file, { digest, summary }]));
  // This build's table goes on from the last one, so a kept page's summary keeps its encoding as it is.
  const table = createStringTable(cache.strings);
  const encodedPages: SummaryCache['pages'] = [];
  const summaries: PageSummary[] = [];
  let read = 0;
  for (const { file, digest } of pages) {
    const hit = cached.get(file);
    let encoded: number[][];
    const fresh = rendered.get(file);
    if (hit?.digest === digest) {
      encoded = hit.summary;
    } else if (fresh?.digest === digest) {
      encoded = table.encode(fresh.summary);
      read += 1;
    } else {
      // Read synchronously (fs/promises costs more than the parse for a small file), then let the search index,
      // which runs meanwhile, take its turn.
      encoded = table.encode(summarisePage(readFileSync(path.join(outDir, file), 'utf8'), pageUrl(file, base)));
      await setImmediate();
      read += 1;
    }
    encodedPages.push([file, digest, encoded]);
    // Decoded from the shared table, so the summaries kept for the checks share their strings.
    summaries.push(table.decode(encoded));
  }
  let next: SummaryCache = {
    strings: table.strings,
    compacted: cache.compacted || table.strings.length,
    pages: encodedPages,
  };
  // The strings of changed and removed pages stay in the table: build it again once they make it half as large again.
  if (next.strings.length > 1.5 * next.compacted) {
    const fresh = createStringTable();
    next = {
      strings: fresh.strings,
      compacted: 0,
      pages: encodedPages.map(([file, digest], i) => [file, digest, fresh.encode(summaries[i]!)]),
    };
    next.compacted = next.strings.length;
  }
  await writeFile(cacheFile, serialize(next));
  return { summaries, read };
}

/**
 * Checks run on every build, after the pages are written: every internal link and #fragment resolves against the
 * whole output, nothing is lost (each article has its page, its month archive and its place on every entity page
 * it mentions), every generated XML and JSON file is well-formed, and every name at the site's root is reserved
 * for the build (so no future article can take it). Returns one line per problem, and what was checked.
 */
export async function checkBuiltSite(options: {
  outDir: string;
  /**
   * What every page links to and lists; `undefined` when the pages, the files and the articles are exactly those
   * the last build checked, with the same code: links and the audit would find what they found then, nothing.
   */
  pages: readonly PageSummary[] | undefined;
  /** Every file of the output folder. */
  files: readonly string[];
  base: string;
  archive: { articles: readonly AuditedArticle[]; drafts: number };
  /** Files whose bytes are those of the last build's, which passed these checks: not parsed again. */
  unchanged?: ReadonlySet<string>;
}): Promise<{ problems: string[]; scope: string }> {
  const { articles, drafts } = options.archive;
  const pages = options.pages ?? [];
  const byUrl = new Map(pages.map((page) => [page.url, page]));
  const linkProblems = options.pages ? checkLinks(pages, new Set(options.files), options.base) : [];
  const lost = options.pages ? auditArchive(articles, (url) => byUrl.get(url), createPaths(options.base)) : [];
  const malformed: string[] = [];
  for (const file of options.files.filter((f) => /\.(?:xml|json|jsonl)$/.test(f) && !options.unchanged?.has(f))) {
    const problem = wellFormednessProblem(file, await readFile(path.join(options.outDir, file), 'utf8'));
    if (problem) malformed.push(`${file} ${problem}`);
  }
  const unreserved = unreservedRootNames(
    options.files,
    articles.map((article) => article.id),
  );
  return {
    problems: [
      ...linkProblems.map((p) => `broken link on ${p.page}: ${p.link} (${p.problem})`),
      ...lost.map((problem) => `lost: ${problem}`),
      ...malformed.map((problem) => `malformed: ${problem}`),
      ...unreserved.map(
        (name) =>
          `unreserved: the build wrote "${name}" at the site's root; add it to SITE_ROOT_NAMES in src/lib/paths.ts so no article can take its name`,
      ),
    ],
    scope: options.pages
      ? `pages link-checked: ${pages.length}, articles audited: ${articles.length}, drafts left out: ${drafts}`
      : `pages, files and articles as the last build checked them: links and audit not redone; drafts left out: ${drafts}`,
  };
}

/** The build checks over a built output folder, reading every page: for tests and one-off runs. */
export async function checkOutputFolder(outDir: string, options: { base: string; articlesDir: string }) {
  const files = listFiles(outDir);
  const pages: PageSummary[] = [];
  for (const file of files.filter((f) => f.endsWith('.html'))) {
    pages.push(summarisePage(await readFile(path.join(outDir, file), 'utf8'), pageUrl(file, options.base)));
  }
  return checkBuiltSite({
    outDir,
    pages,
    files,
    base: options.base,
    archive: await readArticles(options.articlesDir),
  });
}
