/**
 * A worker thread of `parallel-prerenderer.ts`: loads the prerender bundle Astro built, as Astro's own prerenderer
 * does in the build's thread, and lists the pages to generate or renders a batch of them (the default export).
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import Tinypool from 'tinypool';

/** What the build's thread knows after bundling that a page's rendering reads (see `startWorkers`). */
export interface WorkerSetup {
  /** The prerender bundle's entry module, a file URL. */
  entry: string;
  /** Each page's stylesheets by Astro's page key, which the bundle does not hold: Astro adds them to each page. */
  pageStyles: [string, unknown[]][];
  /** Scripts integrations inject into every page's head (none of them `page` scripts: see the prerenderer). */
  scripts: unknown[];
}

export interface PageTask {
  url: string;
  /** The route's pattern and component, which name one route of the bundle's manifest. */
  route: string;
  component: string;
  collectMetadata: boolean;
}

/** A rendered page, or why it could not be rendered (the build's thread throws it for that page). */
export type PageResult = RenderedPage | { error: string };

export interface RenderedPage {
  status: number;
  statusText: string;
  headers: [string, string][];
  body: ArrayBuffer | null;
  metadata?: unknown;
}

/** What the worker calls of Astro's `BuildApp` itself (rendering goes through `renderForPrerender`). */
interface BuildApp {
  setInternals(internals: unknown): void;
  setOptions(options: unknown): void;
}

/** A page Astro is to generate, as `getStaticPaths()` of its route lists it. */
export interface ListedPath {
  pathname: string;
  route: string;
  component: string;
  cacheKey: string | undefined;
}

interface Renderer {
  listPaths(): Promise<ListedPath[]>;
  render(task: PageTask): Promise<RenderedPage>;
}

let renderer: Promise<Renderer> | undefined;

/**
 * Lists every page to generate (`'paths'`), or renders a batch of pages: one message each way per batch, since each
 * message costs the pool a memory reading.
 */
export default async function prerenderTask(task: 'paths'): Promise<ListedPath[]>;
export default async function prerenderTask(task: PageTask[]): Promise<PageResult[]>;
export default async function prerenderTask(task: 'paths' | PageTask[]): Promise<ListedPath[] | PageResult[]> {
  renderer ??= createRenderer(Tinypool.workerData as WorkerSetup);
  const ready = await renderer;
  if (task === 'paths') return ready.listPaths();
  const results: PageResult[] = [];
  for (const page of task) {
    try {
      results.push(await ready.render(page));
    } catch (error) {
      results.push({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  }
  return results;
}

async function createRenderer(setup: WorkerSetup): Promise<Renderer> {
  // Astro's rendering entry points, from the installed package (its exports map does not list them).
  const astroDist = new URL('./', pathToFileURL(createRequire(setup.entry).resolve('astro')));
  const { renderForPrerender } = (await import(new URL('core/app/prerender.js', astroDist).href)) as {
    renderForPrerender: (
      app: BuildApp,
      request: Request,
      options: { routeData: unknown; collectMetadata?: boolean },
    ) => Promise<{ response: Response; metadata?: unknown }>;
  };
  const { ensureAsyncRenderScope } = (await import(new URL('core/render-scope/node-scope.js', astroDist).href)) as {
    ensureAsyncRenderScope: () => void;
  };
  const { StaticPaths } = (await import(new URL('runtime/prerender/static-paths.js', astroDist).href)) as {
    StaticPaths: new (app: BuildApp) => {
      getAll(): Promise<{ pathname: string; route: { route: string; component: string }; cacheKey?: string }[]>;
    };
  };
  const { app, manifest } = (await import(setup.entry)) as {
    app: BuildApp;
    manifest: { routes: { routeData: { route: string; component: string } }[] };
  };
  // The parts of Astro's build state that rendering reads: page styles (head elements) and the injected scripts.
  app.setInternals({
    pagesByKeys: new Map(setup.pageStyles.map(([key, styles]) => [key, { styles }])),
    entrySpecifierToBundleMap: new Map(),
  });
  app.setOptions({ settings: { scripts: setup.scripts }, logger: { options: { destination: stderrLog } } });
  const routes = new Map(manifest.routes.map(({ routeData }) => [routeKey(routeData), routeData]));

  return {
    async listPaths() {
      const paths = await new StaticPaths(app).getAll();
      return paths.map(({ pathname, route, cacheKey }) => ({
        pathname,
        route: route.route,
        component: route.component,
        cacheKey,
      }));
    },
    async render(task) {
      const routeData = routes.get(routeKey(task));
      if (!routeData) throw new Error(`The prerender bundle has no route ${task.route} (${task.component}).`);
      if (task.collectMetadata) ensureAsyncRenderScope();
      const { response, metadata } = await renderForPrerender(app, new Request(task.url), {
        routeData,
        collectMetadata: task.collectMetadata,
      });
      // Copied to the build's thread with the message: a page is small, and moving a buffer needs it at the top.
      const body = response.body === null ? null : await response.arrayBuffer();
      return {
        status: response.status,
        statusText: response.statusText,
        headers: [...response.headers],
        body,
        metadata,
      };
    },
  };
}

/** Where a page's warnings go in a worker: the build's log, as Astro's own messages (level filtering stays Astro's). */
const stderrLog = {
  write(event: { label: string | null; message: string }): boolean {
    process.stderr.write(`${event.label ? `[${event.label}] ` : ''}${event.message}\n`);
    return true;
  },
};

export function routeKey(route: { route: string; component: string }): string {
  return `${route.route}\u0000${route.component}`;
}
