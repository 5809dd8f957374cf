import { availableParallelism } from 'node:os';
import type { AstroPrerenderer, PrerenderRenderMetadata } from 'astro';
import Tinypool from 'tinypool';
import type { Plugin } from 'vite';
import type { PageResult, PageTask, RenderedPage, WorkerSetup } from './prerender-worker.ts';

/**
 * Below this many pages, starting worker threads (each loads the prerender bundle and works out the site's data
 * again) costs more than it saves.
 */
export const RENDER_IN_WORKERS_FROM = 2000;

/** Pages per message to a worker: each message costs the pool about a millisecond on each side. */
const BATCH_SIZE = 8;

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

interface AstroBuildApp {
  getOptions(): {
    allPages: Record<string, { styles: unknown[] }>;
    settings: { scripts: { stage: string }[] };
  };
}

/**
 * Astro renders every page on the build's one thread; this prerenderer renders them in worker threads, one per core,
 * each with the prerender bundle Astro built, while the build's thread writes what they return (and Pagefind, in its
 * own process, indexes it). Astro still lists the pages and decides which to skip; a page rendered in a worker is
 * byte for byte the page Astro would have rendered, and reports the same incremental-build metadata.
 * `threads` 0 renders on the build's thread, as Astro does; undefined decides by the number of pages.
 */
export function parallelPrerenderer(
  astroDefault: AstroPrerenderer,
  bundle: PrerenderBundle,
  threads: number | undefined,
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
      await astroDefault.setup?.();
    },
    getStaticPaths: async () => {
      const paths = await astroDefault.getStaticPaths();
      const wanted = threads ?? (paths.length >= RENDER_IN_WORKERS_FROM ? availableParallelism() : 0);
      if (wanted > 0) {
        pool = startWorkers(astroDefault, bundle, wanted);
        workers = wanted;
        log(`rendering ${paths.length} routes in ${wanted} worker thread(s)`);
      }
      return paths;
    },
    render: async (request, options) => {
      if (!pool) return astroDefault.render(request, options);
      const task: PageTask = {
        url: request.url,
        route: options.routeData.route,
        component: options.routeData.component,
        collectMetadata: options.collectMetadata === true,
      };
      const result = await renderInWorker(task);
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

function startWorkers(astroDefault: AstroPrerenderer, bundle: PrerenderBundle, threads: number): Tinypool {
  if (!bundle.entry) throw new Error('The prerender bundle was not seen being written: cannot render in workers.');
  const app = (astroDefault as AstroPrerenderer & { app?: AstroBuildApp }).app;
  if (!app) throw new Error("Astro's prerenderer has no app after its setup: cannot render in workers.");
  const { allPages, settings } = app.getOptions();
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
