/**
 * A worker thread of the articles loader: renders and tags one article body at a time through the article
 * pipeline, so both cores render while the loader waits. The registry and the pipeline are built once per thread.
 */
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
}

/** The rendered body and its entities, or the problem that stops the article (naming its file). */
export type RenderResult = { html: string; entities: ArticleEntity[] } | { problem: string };

let pipeline: { base: string; render: ReturnType<typeof createArticlePipeline>['render'] } | undefined;

export default async function render(task: RenderTask): Promise<RenderResult> {
  if (pipeline?.base !== task.base) {
    const registry = loadRegistry();
    const { render } = createArticlePipeline({
      registry,
      detector: createDetector(registry),
      paths: createPaths(task.base),
    });
    pipeline = { base: task.base, render };
  }
  try {
    const article = await pipeline.render(task.body, task.data, task.file);
    return { html: article.html, entities: article.entities };
  } catch (error) {
    if (error instanceof ArticleError) return { problem: error.message };
    throw error;
  }
}
