import { availableParallelism } from 'node:os';
import type { AstroPrerenderer, PrerenderRenderMetadata, RouteData } from 'astro';
import Tinypool from 'tinypool';
import type { Plugin } from 'vite';
import type { ListedPath, PageResult, PageTask, RenderedPage, WorkerSetup } from './prerender-worker.ts';
import { routeKey } from './prerender-worker.ts';

/**
 * Below this many articles, starting a worker thread (which loads the prerender bundle and the archive before its
 * first page) costs more than it saves.
 */
const RENDER_IN_WORKERS_FROM = 1000;

/** Pages per message to a worker: each message costs the pool a memory reading on the worker's side. */
const BATCH_SIZE = 16;

/**
 * How many worker threads render the pages: as configured, else, for a cold build of a large archive, one per core
 * but one, which the build's thread (writing every page) and Pagefind's process share. On two cores one worker: two
 * rendered 10,000 articles' pages faster (41.7 against 45.1 s) but each holds the whole archive, and the build's
 * peak memory went from 1.7 to 2.6 GB. A build that starts from the previous build's pages renders few of them:
 * starting a worker (which loads the archive and lists every page again) would cost it more than it saves.
 */
export function renderThreadsFor(articles: number, keptPages: number, configured: number | undefined): number {
  if (configured !== undefined) return configured;
  return articles >= RENDER_IN_WORKERS_FROM && keptPages === 0 ? Math.max(1, availableParallelism() - 1) : 0;
}

/** The build's facts a worker needs and Astro does not pass to a prerenderer: see `observePrerenderBundle`. */
export interface PrerenderBundle {
  entry?: string;
}

/**
 * Notes where the prerender bundle's entry module is written, so that worker threads can load the same bundle.
 */
export function observePrerenderBundle(bundle: PrerenderBundle): Plugin {
  return {
    name: 'archive:prerender-bundle',
    writeBundle(output, chunks) {
      if (this.environment?.name !== 'prerender' || !output.dir) return;
      for (const chunk of Object.values(chunks)) {
        if (chunk.type === 'chunk' && chunk.isEntry && chunk.fileName.startsWith('prerender-entry')) {
          bundle.entry = new URL(chunk.fileName, `file://${output.dir}/`).href;
        }
      }
    },
  };
}

/** What the default prerenderer's app (Astro's `BuildApp`) offers once set up. */
interface AstroBuildApp {
  manifest: { routes: { routeData: RouteData }[] };
  getOptions(): {
    allPages: Record<string, { styles: unknown[] }>;
    settings: { scripts: { stage: string }[] };
  };
}

/**
 * Astro lists and renders every page on the build's one thread; this prerenderer has worker threads (how many:
 * `renderThreadsFor`), each with the prerender bundle Astro built, list the pages (one of them) and render them, while the
 * build's thread writes what they return and Pagefind, in its own process, indexes it. The build's thread then never
 * loads the articles or works out the site's data. Astro still decides which pages to skip and writes every file; a
 * page rendered in a worker is byte for byte the page Astro renders, with the same incremental-build metadata.
 * `threads()` says how many workers; 0 leaves everything to Astro's own prerenderer.
 */
export function parallelPrerenderer(
  astroDefault: AstroPrerenderer,
  bundle: PrerenderBundle,
  threads: () => Promise<number>,
  log: (message: string) => void,
): AstroPrerenderer {
  let pool: Tinypool | undefined;
  let workers = 0;
  const waiting: { task: PageTask; done: (result: PageResult) => void; failed: (error: unknown) => void }[] = [];
  let batchesAtWork = 0;
  let flushing = false;
  // Two batches per worker at most: one rendering and one waiting for it, while the pages Astro asks for meanwhile
  // gather into the next batch.
  const flush = () => {
    flushing = false;
    while (waiting.length > 0 && batchesAtWork < 2 * workers) {
      const batch = waiting.splice(0, BATCH_SIZE);
      batchesAtWork++;
      (pool!.run(batch.map((page) => page.task)) as Promise<PageResult[]>)
        .then(
          (results) => batch.forEach((page, i) => page.done(results[i]!)),
          (error: unknown) => batch.forEach((page) => page.failed(error)),
        )
        .finally(() => {
          batchesAtWork--;
          flush();
        });
    }
  };
  /** Pages asked for in the same turn of the event loop go to a worker together. */
  const renderInWorker = (task: PageTask) =>
    new Promise<PageResult>((done, failed) => {
      waiting.push({ task, done, failed });
      if (!flushing) {
        flushing = true;
        setImmediate(flush);
      }
    });

  return {
    name: 'archive-parallel',
    setup: async () => {
      // Loads the bundle's entry, not the pages or their data: those load when a page is listed or rendered.
      await astroDefault.setup?.();
      workers = await threads();
      if (workers > 0) pool = startWorkers(astroDefault, bundle, workers);
    },
    getStaticPaths: async () => {
      if (!pool) return astroDefault.getStaticPaths();
      const listed = (await pool.run('paths')) as ListedPath[];
      const routes = new Map<string, RouteData>();
      for (const { routeData } of astroApp(astroDefault).manifest.routes) {
        for (const route of [routeData, ...routeData.fallbackRoutes]) routes.set(routeKey(route), route);
      }
      log(`rendering ${listed.length} routes in ${workers} worker thread(s)`);
      return listed.map(({ pathname, cacheKey, ...route }) => {
        const routeData = routes.get(routeKey(route));
        if (!routeData) throw new Error(`A worker listed ${pathname} for a route the build does not have.`);
        return cacheKey === undefined ? { pathname, route: routeData } : { pathname, route: routeData, cacheKey };
      });
    },
    render: async (request, options) => {
      if (!pool) return astroDefault.render(request, options);
      const result = await renderInWorker({
        url: request.url,
        route: options.routeData.route,
        component: options.routeData.component,
        collectMetadata: options.collectMetadata === true,
      });
      if ('error' in result) throw new Error(`Rendering ${request.url} in a worker thread failed: ${result.error}`);
      const page: RenderedPage = result;
      const response = new Response(page.body, {
        status: page.status,
        statusText: page.statusText,
        headers: page.headers,
      });
      return page.metadata === undefined ? response : { response, metadata: page.metadata as PrerenderRenderMetadata };
    },
    ...(astroDefault.collectStaticImages ? { collectStaticImages: () => astroDefault.collectStaticImages!() } : {}),
    teardown: async () => {
      await pool?.destroy();
      pool = undefined;
      await astroDefault.teardown?.();
    },
  };
}

function astroApp(astroDefault: AstroPrerenderer): AstroBuildApp {
  const app = (astroDefault as AstroPrerenderer & { app?: AstroBuildApp }).app;
  if (!app) throw new Error("Astro's prerenderer has no app after its setup: cannot render in workers.");
  return app;
}

function startWorkers(astroDefault: AstroPrerenderer, bundle: PrerenderBundle, threads: number): Tinypool {
  if (!bundle.entry) throw new Error('The prerender bundle was not seen being written: cannot render in workers.');
  const { allPages, settings } = astroApp(astroDefault).getOptions();
  // A `page` script is bundled per build and named in build state a worker does not have.
  if (settings.scripts.some((script) => script.stage === 'page')) {
    throw new Error('An integration injects a page script: pages cannot be rendered in workers.');
  }
  const setup: WorkerSetup = {
    entry: bundle.entry,
    pageStyles: Object.entries(allPages).map(([key, page]) => [key, page.styles]),
    scripts: settings.scripts,
  };
  return new Tinypool({
    filename: new URL('./prerender-worker.ts', import.meta.url).href,
    workerData: setup,
    minThreads: threads,
    maxThreads: threads,
  });
}
