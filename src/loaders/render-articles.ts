import Tinypool from 'tinypool';
import renderBatch, { type RenderResult, type RenderTask } from './render-worker.ts';

/**
 * Below this many articles to render, worker threads cost more to start (each loads the registry) than they save.
 */
const RENDER_IN_WORKERS_FROM = 1000;

/** Articles per message to a worker: enough that passing messages costs little, few enough to share the work evenly. */
const BATCH_SIZE = 25;

/**
 * Renders and tags the articles, in worker threads (one per core, from tinypool) when there are many, in this
 * thread otherwise. Results come in the order of the tasks, whichever thread finished first.
 */
export async function renderArticles(
  tasks: readonly RenderTask[],
  inWorkers = tasks.length >= RENDER_IN_WORKERS_FROM,
): Promise<RenderResult[]> {
  if (!inWorkers) return renderBatch(tasks);
  const pool = new Tinypool({ filename: new URL('./render-worker.ts', import.meta.url).href });
  try {
    const batches: RenderTask[][] = [];
    for (let i = 0; i < tasks.length; i += BATCH_SIZE) batches.push(tasks.slice(i, i + BATCH_SIZE));
    const results = await Promise.all(batches.map((batch) => pool.run(batch) as Promise<RenderResult[]>));
    return results.flat();
  } finally {
    await pool.destroy();
  }
}
