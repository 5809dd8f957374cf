import { existsSync, readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getHeapStatistics } from 'node:v8';
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { cdnHeadersFile, MAX_RULES, type OutputEntry } from '../lib/cdn-headers.ts';
import {
  checkBuiltSite,
  readArticles,
  summarisePages,
  summariseRenderedPage,
  type RenderedSummary,
} from './build-checks.ts';
import { pageFile } from '../lib/checks/links.ts';
import { digestOf } from '../lib/page-keys.ts';
import { fileDigest, listFiles, readOutputLedger, type OutputFile } from './output-ledger.ts';
import { articlePageFile, createSearchIndex, type IndexedPage } from './search-index.ts';
import {
  observePrerenderBundle,
  parallelPrerenderer,
  renderThreadsFor,
  type PrerenderBundle,
} from './parallel-prerenderer.ts';

/**
 * While the pages are generated, the search index of each period whose article pages are all rendered (again only
 * if one of them changed); after they are written, the rest of the index and, at the same time, the build checks'
 * reading of the pages that changed; then the checks over the whole output, the `_headers` file for the CDN, and
 * the modification times of unchanged files put back so a sync uploads only what changed. Prints each step's time
 * and how many pages were written and kept.
 */
export function staticHost(options: {
  articlesDir: string;
  renderThreads?: number | undefined;
  /** How many pages of the previous build were kept (see `keepCachedPages`). */
  keptPages: () => number;
}): AstroIntegration {
  let base = '/';
  const prerenderBundle: PrerenderBundle = {};
  let root = '';
  let outDirUrl = new URL('file:///');
  let cacheDir = '';
  let searchIndex: ReturnType<typeof createSearchIndex> | undefined;
  /** The archive's articles, read once the content is synced, for the search index and then the audit. */
  let archiveRead: ReturnType<typeof readArticles> | undefined;
  /** The build checks' summary of each page this build rendered, made from its bytes as they went to be written. */
  const renderedSummaries = new Map<string, RenderedSummary>();
  /** When each stage began, in ms since the process started, so the build can say where its time went. */
  const marks = { configured: 0, built: 0, generated: 0 };
  /** CPU time of this process (its worker threads included, Pagefind's process not) as each stage began. */
  const cpuMarks = { configured: zeroCpu, built: zeroCpu, pages: zeroCpu, generated: zeroCpu };
  /** Memory in use (MB, resident and JavaScript heap) as each stage ends, so the build can say what holds it. */
  const memory: string[] = [];
  const noteMemory = (stage: string) => {
    const { rss, heapUsed } = process.memoryUsage();
    const peak = process.resourceUsage().maxRSS / 1024;
    memory.push(`${stage} ${Math.round(rss / 2 ** 20)}/${Math.round(heapUsed / 2 ** 20)} (peak ${Math.round(peak)})`);
  };
  return {
    name: 'archive-static-host',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [observePrerenderBundle(prerenderBundle)] } });
      },
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        root = fileURLToPath(config.root);
        outDirUrl = config.outDir;
        cacheDir = fileURLToPath(config.cacheDir);
        marks.configured = performance.now();
        cpuMarks.configured = process.cpuUsage();
      },
      'astro:build:start': ({ setPrerenderer, logger }) => {
        marks.built = performance.now();
        cpuMarks.built = process.cpuUsage();
        noteMemory('synced');
        const index = createSearchIndex({ outDir: fileURLToPath(outDirUrl), cacheDir });
        searchIndex = index;
        const archive = readArticles(
          path.resolve(root, options.articlesDir),
          path.join(cacheDir, 'audited-articles.json'),
        );
        archiveRead = archive;
        // Awaited when the pages start, or after them: never left to fail unheard.
        archive.catch(() => undefined);
        setPrerenderer((astroDefault) =>
          observingPrerenderer(
            parallelPrerenderer(
              astroDefault,
              prerenderBundle,
              async () => renderThreadsFor((await archive).articles.length, options.keptPages(), options.renderThreads),
              (message) => logger.info(message),
            ),
            base,
            {
              setup: async () => {
                // The bundle is done: from here on, page generation.
                cpuMarks.pages = process.cpuUsage();
                index.expect((await archive).articles);
              },
              // Article pages first: Pagefind indexes them while the other pages are made (Astro puts them last).
              first: (file) => index.wants(file),
              // Here rather than in a render worker, which has the most work of the build's threads.
              rendered: (file, bytes) => {
                const rendered = summariseRenderedPage(file, bytes, base);
                renderedSummaries.set(file, rendered);
                if (index.wants(file)) index.pageRendered(file, bytes, rendered.digest);
              },
            },
          ),
        );
      },
      'astro:build:generated': () => {
        marks.generated = performance.now();
        cpuMarks.generated = process.cpuUsage();
        noteMemory('generated');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const done = performance.now();
        const doneCpu = process.cpuUsage();
        const comparing = performance.now();
        const ledger = await readOutputLedger(path.join(cacheDir, 'output-ledger.json'));
        // What Astro and the integrations before this one wrote (Astro empties the folder first); the search
        // index and `_headers` are added below, each knowing what it wrote, so the folder is listed only once.
        const astroFiles = listFiles(outDir).filter((file) => !file.startsWith('pagefind/') && file !== '_headers');
        // A page this build rendered is known by the digest of the bytes Astro wrote; only the others are read.
        const renderedDigests = new Map([...renderedSummaries].map(([file, rendered]) => [file, rendered.digest]));
        const pages = ledger.compare(
          outDir,
          astroFiles.filter((file) => file.endsWith('.html')),
          renderedDigests,
        );

        let comparedFor = performance.now() - comparing;
        if (!searchIndex || !archiveRead) throw new Error('The build did not start: no search index to finish.');
        const archive = await archiveRead;
        const started = performance.now();
        const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);
        noteMemory('compared');
        // The checks' inputs: when they are those the last build checked, links and the audit are not redone.
        const checksFile = path.join(cacheDir, 'checks-key.json');
        const lastChecked = (await readFile(checksFile, 'utf8').then(JSON.parse, () => ({}))) as ChecksKey;
        const checksKey: ChecksKey = {
          pages: digestOf([
            sourceDigest(root),
            base,
            archive,
            pages.map((page) => [page.file, page.digest]),
            astroFiles,
          ]),
        };
        const summarise = () =>
          summarisePages(outDir, pages, base, path.join(cacheDir, 'page-summaries.bin'), renderedSummaries).then(
            (result) => {
              logger.info(`build checks read ${result.read} changed of ${pages.length} pages in ${seconds(started)} s`);
              return result;
            },
          );
        const indexing = searchIndex.finish(articlePages(archive.articles, pages)).then((result) => {
          logger.info(
            result.rebuilt === 0
              ? `search index: no article page changed, the previous ${result.shards} shard(s) kept; in ${seconds(started)} s`
              : `search index: ${result.indexed} article pages indexed in ${result.rebuilt} of ${result.shards} shard(s) ` +
                  `(${result.indexedWhileRendering} while the pages were generated); built in ${seconds(started)} s`,
          );
          return result;
        });
        // Read the pages while Pagefind indexes, unless the checks may turn out not to need them.
        const [search, read] =
          checksKey.pages === lastChecked.pages
            ? [await indexing, undefined]
            : await Promise.all([indexing, summarise()]);
        checksKey.files = digestOf([checksKey.pages, [...search.files.keys()]]);
        const asLastChecked = checksKey.files === lastChecked.files;
        if (asLastChecked) logger.info(`build checks read 0 changed of ${pages.length} pages in 0.0 s`);
        const summarised = asLastChecked ? undefined : (read ?? (await summarise()));

        noteMemory('indexed and read');
        const written = [...astroFiles, ...search.files.keys()].sort();
        const headers = cdnHeadersFile(base, outputTree(written));
        const rules = headers.split('\n\n').length;
        if (rules > MAX_RULES) logger.warn(`_headers has ${rules} rules; Cloudflare Pages reads only ${MAX_RULES}.`);
        await writeFile(path.join(outDir, '_headers'), headers);

        const checking = performance.now();
        const files = [...written, '_headers'].sort();
        const pageFiles = new Set(pages.map((page) => page.file));
        const others = ledger.compare(
          outDir,
          files.filter((file) => !pageFiles.has(file)),
          search.files,
        );
        comparedFor += performance.now() - checking;
        const checksStart = performance.now();
        const checked = await checkBuiltSite({
          outDir,
          pages: summarised?.summaries,
          files,
          base,
          archive,
          // They passed the checks of the last build, which recorded them.
          unchanged: new Set(others.flatMap((file) => (file.unchanged ? [file.file] : []))),
        });
        if (checked.problems.length) {
          throw new Error(
            `Build checks found ${checked.problems.length} problem(s) (${checked.scope}):\n  ${checked.problems.join('\n  ')}`,
          );
        }
        logger.info(
          `links resolve and every article is accounted for, feeds and data files are well-formed (${checked.scope}) in ${seconds(checksStart)} s`,
        );

        noteMemory('checked');
        const keeping = performance.now();
        const counts = await ledger.keepUnchanged(outDir, [...pages, ...others]);
        await writeFile(checksFile, JSON.stringify(checksKey));
        logger.info(
          `pages written: ${counts.pagesWritten}, kept: ${counts.pagesKept}; ` +
            `other files written: ${counts.filesWritten}, kept: ${counts.filesKept} (compared in ${((comparedFor + performance.now() - keeping) / 1000).toFixed(1)} s)`,
        );
        const span = (from: number, to: number) => `${((to - from) / 1000).toFixed(1)} s`;
        logger.info(
          `timings: startup ${span(0, marks.configured)}, content sync ${span(marks.configured, marks.built)}, ` +
            `bundle and pages ${span(marks.built, marks.generated)}, after the pages ${span(done, performance.now())} ` +
            // Pagefind's own process is not counted.
            `(CPU in this process ${cpuSeconds(process.cpuUsage(doneCpu))} s)`,
        );
        const cpuSpan = (from: NodeJS.CpuUsage, to: NodeJS.CpuUsage) =>
          `${cpuSeconds({ user: to.user - from.user, system: to.system - from.system })} s`;
        logger.info(
          `CPU time of this process (worker threads included, Pagefind's process not): startup ${cpuSpan(zeroCpu, cpuMarks.configured)}, ` +
            `content sync ${cpuSpan(cpuMarks.configured, cpuMarks.built)}, bundle and pages ${cpuSpan(cpuMarks.built, cpuMarks.generated)} ` +
            `(page generation ${cpuSpan(cpuMarks.pages, cpuMarks.generated)}), ` +
            `after the pages ${cpuSpan(cpuMarks.generated, process.cpuUsage())}, total ${cpuSpan(zeroCpu, process.cpuUsage())}`,
        );
        logger.info(
          `memory in MB (resident/heap, peak so far) after each stage: ${memory.join(', ')}; ` +
            `heap limit ${Math.round(getHeapStatistics().heap_size_limit / 2 ** 20)}`,
        );
      },
    },
  };
}

/** The inputs of the build checks: the pages and the archive, then the output's files too. */
interface ChecksKey {
  pages?: string;
  files?: string;
}

/**
 * A digest of the project's code (`src/`) and its locked dependencies: a check changed or added there must run over
 * the whole site again, even when no page changed.
 */
function sourceDigest(root: string): string {
  const files = [...listFiles(path.join(root, 'src')).map((file) => `src/${file}`), 'package-lock.json'];
  return digestOf(
    files.map((file) => [file, existsSync(path.join(root, file)) && fileDigest(readFileSync(path.join(root, file)))]),
  );
}

const zeroCpu: NodeJS.CpuUsage = { user: 0, system: 0 };

const cpuSeconds = ({ user, system }: NodeJS.CpuUsage) => ((user + system) / 1e6).toFixed(1);

/** Each article's page, as the output folder holds it (its id is its folder), with its date, for the search index. */
function articlePages(articles: readonly { id: string; date: string }[], pages: readonly OutputFile[]): IndexedPage[] {
  const pageByFile = new Map(pages.map((page) => [page.file, page]));
  return articles.flatMap((article) => {
    const page = pageByFile.get(articlePageFile(article.id));
    // A missing page is reported by the build checks, naming the article.
    return page ? [{ file: page.file, digest: page.digest, date: article.date }] : [];
  });
}

/** What wants to see pages as Astro renders them. */
interface PageObserver {
  /** Before the first page is rendered. */
  setup: () => Promise<void>;
  /** Whether the page written to `file` should be rendered before the others (their order is kept otherwise). */
  first: (file: string) => boolean;
  /** The page's bytes, exactly as Astro writes them. */
  rendered: (file: string, bytes: Uint8Array) => void;
}

/**
 * Astro's own prerenderer, showing each page to the observer as it is rendered. The response's body is
 * read once here and handed back to Astro as the same bytes, which it writes as it would have.
 */
function observingPrerenderer(astroDefault: AstroPrerenderer, base: string, observer: PageObserver): AstroPrerenderer {
  return {
    name: 'archive-observing',
    setup: async () => {
      await astroDefault.setup?.();
      await observer.setup();
    },
    getStaticPaths: async () => {
      const paths = await astroDefault.getStaticPaths();
      // Listed paths leave out the base; rendering requests include it.
      const isFirst = (pathname: string) => {
        const file = pageFile(pathname, '/');
        return file !== undefined && observer.first(file);
      };
      return [...paths.filter((page) => isFirst(page.pathname)), ...paths.filter((page) => !isFirst(page.pathname))];
    },
    render: async (request, options) => {
      const result = await astroDefault.render(request, options);
      const response = result instanceof Response ? result : result.response;
      const file = pageFile(new URL(request.url).pathname, base);
      if (response.status !== 200 || !response.body || file === undefined) return result;
      const bytes = new Uint8Array(await response.arrayBuffer());
      observer.rendered(file, bytes);
      const copy = new Response(bytes, { status: response.status, headers: response.headers });
      return result instanceof Response ? copy : { ...result, response: copy };
    },
    ...(astroDefault.collectStaticImages ? { collectStaticImages: () => astroDefault.collectStaticImages!() } : {}),
    teardown: async () => astroDefault.teardown?.(),
  };
}

/** The files and folders of the built site, from its list of files, each folder's entries sorted by name. */
function outputTree(files: readonly string[]): OutputEntry[] {
  const root: OutputEntry[] = [];
  const folders = new Map<string, OutputEntry[]>([['', root]]);
  for (const file of files) {
    const names = file.split('/');
    let folder = '';
    let entries = root;
    for (const name of names.slice(0, -1)) {
      folder += `${name}/`;
      let children = folders.get(folder);
      if (!children) {
        children = [];
        entries.push({ name, children });
        folders.set(folder, children);
      }
      entries = children;
    }
    entries.push({ name: names.at(-1)! });
  }
  for (const entries of folders.values()) entries.sort((a, b) => a.name.localeCompare(b.name));
  return root;
}
