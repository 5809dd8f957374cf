import Tinypool from 'tinypool';
import renderBatch, { type RenderResult, type RenderTask } from './render-worker.ts';

/**
 * Below this many articles to render, worker threads cost more to start (each loads the registry) than they save.
 */
const RENDER_IN_WORKERS_FROM = 1000;

/** Articles per message to a worker: enough that passing messages costs little, few enough to share the work evenly. */
const BATCH_SIZE = 25;

/**
 * Renders and tags articles as the loader hands them over, so rendering starts while the loader still reads the
 * other files: in worker threads (one per core, from tinypool) once `inWorkersFrom` articles are waiting, in this
 * thread at `close()` if fewer ever come. Each article's result arrives with its own promise, which never rejects.
 */
export function createArticleRenderer(inWorkersFrom = RENDER_IN_WORKERS_FROM) {
  let pool: Tinypool | undefined;
  /** Articles not sent to a worker yet, each with what settles its promise. */
  let waiting: { task: RenderTask; done: (result: RenderResult) => void }[] = [];
  const sent: Promise<void>[] = [];
  const send = (batch: typeof waiting) => {
    const run = pool!.run(batch.map((article) => article.task)) as Promise<RenderResult[]>;
    sent.push(
      run.then(
        (results) => batch.forEach((article, i) => article.done(results[i]!)),
        // A worker that died fails its batch: each article says so, naming its file, with the others' problems.
        (error: unknown) =>
          batch.forEach((article) => article.done({ problem: `${article.task.file}: not rendered: ${String(error)}` })),
      ),
    );
  };
  const sendFullBatches = () => {
    while (waiting.length >= BATCH_SIZE) send(waiting.splice(0, BATCH_SIZE));
  };
  return {
    render(task: RenderTask): Promise<RenderResult> {
      return new Promise<RenderResult>((done) => {
        waiting.push({ task, done });
        if (!pool && waiting.length >= inWorkersFrom) {
          pool = new Tinypool({ filename: new URL('./render-worker.ts', import.meta.url).href });
        }
        if (pool) sendFullBatches();
      });
    },
    /** Renders what is still waiting and stops the workers; every promise `render` gave is settled after it. */
    async close(): Promise<void> {
      const rest = waiting;
      waiting = [];
      if (!pool) {
        const results = await renderBatch(rest.map((article) => article.task));
        rest.forEach((article, i) => article.done(results[i]!));
        return;
      }
      for (let i = 0; i < rest.length; i += BATCH_SIZE) send(rest.slice(i, i + BATCH_SIZE));
      try {
        await Promise.all(sent);
      } finally {
        await pool.destroy();
      }
    },
  };
}
