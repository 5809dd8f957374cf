/**
 * Renders and tags article bodies through the article pipeline, in the loader's thread or in a worker thread of
 * `render-articles.ts` (the default export takes a batch). The registry and the pipeline are built once per thread.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { threadId } from 'node:worker_threads';
import type { ArticleFrontmatter } from '../lib/articles/frontmatter.ts';
import { ArticleError } from '../lib/articles/frontmatter.ts';
import { createDetector } from '../lib/entities/detect.ts';
import { loadRegistry } from '../lib/entities/load-registry.ts';
import { createPaths } from '../lib/paths.ts';
import type { ArticleEntity } from '../lib/site-index.ts';
import { createArticlePipeline } from '../markdown/article-pipeline.ts';

export interface RenderTask {
  base: string;
  body: string;
  data: ArticleFrontmatter;
  file: string;
  /** Where the rendered HTML goes (written here, so it never travels back to the loader's thread). */
  htmlFile: string;
}

/** The article's entities (its HTML is in `htmlFile`), or the problem that stops the article (naming its file). */
export type RenderResult = { entities: ArticleEntity[] } | { problem: string };

let pipeline: { base: string; render: ReturnType<typeof createArticlePipeline>['render'] } | undefined;

export async function renderArticle(task: RenderTask): Promise<RenderResult> {
  try {
    if (pipeline?.base !== task.base) {
      const registry = loadRegistry();
      const { render } = createArticlePipeline({
        registry,
        detector: createDetector(registry),
        paths: createPaths(task.base),
      });
      pipeline = { base: task.base, render };
    }
    const article = await pipeline.render(task.body, task.data, task.file);
    // Whole or not at all: a build stopped halfway leaves no half-written file under the name a later build trusts.
    // Synchronously: this thread has nothing else to do meanwhile, and awaiting the file system between articles
    // left it idle (content sync of 10,000 articles took 2-8 s longer).
    const partial = `${task.htmlFile}.${process.pid}-${threadId}.partial`;
    writeFileSync(partial, article.html);
    renameSync(partial, task.htmlFile);
    return { entities: article.entities };
  } catch (error) {
    return { problem: error instanceof ArticleError ? error.message : `${task.file}: ${String(error)}` };
  }
}

/** A batch per message: one article per message spent more time passing messages than rendering. */
export default async function renderBatch(tasks: readonly RenderTask[]): Promise<RenderResult[]> {
  const results: RenderResult[] = [];
  for (const task of tasks) results.push(await renderArticle(task));
  return results;
}
