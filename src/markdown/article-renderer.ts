import { createMarkdownProcessor, type MarkdownHeading } from '@astrojs/markdown-remark';
import { tagArticle } from '../lib/articles/article-entities.ts';
import type { ArticleFrontmatter } from '../lib/articles/frontmatter.ts';
import type { Detection, Detector } from '../lib/entities/detect.ts';
import type { Entity } from '../lib/entities/types.ts';
import type { Paths } from '../lib/paths.ts';
import type { ArticleEntity } from '../lib/site-index.ts';
import { markdownOptions } from './pipeline.ts';
import { rehypeEntityLinks, type LinkRequest } from './rehype-entity-links.ts';

/** Passed through the pipeline as the article's front matter; the linking plugin leaves its detection here. */
interface RenderContext {
  title: string;
  summary?: string | undefined;
  exclude: string[];
  detection?: Detection;
  blocks?: string[];
}

export interface RenderedArticle {
  html: string;
  headings: MarkdownHeading[];
  entities: ArticleEntity[];
  /** The raw detection, before the editor's corrections: what `entities detect` explains. */
  detection: Detection;
  /** Plain text of the body's blocks, as detection read them. */
  blocks: string[];
}

/**
 * Renders article markdown and detects its entities in the same pass over the parsed document, so remark runs
 * once per article.
 */
export async function createArticleRenderer(options: {
  registry: readonly Entity[];
  detector: Detector;
  paths: Paths;
}) {
  const { detector, paths } = options;
  const registryById = new Map(options.registry.map((entity) => [entity.id, entity]));

  const plan = ({ blocks, frontmatter }: { blocks: string[]; frontmatter: Record<string, unknown> }) => {
    const context = frontmatter as unknown as RenderContext;
    const detection = detector.detect({
      title: context.title,
      ...(context.summary ? { summary: context.summary } : {}),
      blocks,
    });
    context.detection = detection;
    context.blocks = blocks;
    const excluded = new Set(context.exclude);
    const candidates = new Map<string, LinkRequest[]>();
    const add = (key: string, request: LinkRequest) => {
      const list = candidates.get(key);
      if (list) list.push(request);
      else candidates.set(key, [request]);
    };
    for (const mention of detection.mentions) {
      const entity = registryById.get(mention.entityId);
      if (mention.field !== 'body' || !entity || excluded.has(entity.id)) continue;
      add(entity.id, {
        block: mention.block,
        start: mention.start,
        end: mention.end,
        href: paths.entity(entity.kind, entity.id),
        title: `${entity.name} (${entity.kind})`,
      });
    }
    for (const official of detection.unregistered) {
      if (official.field !== 'body' || excluded.has(official.slug)) continue;
      add(official.slug, {
        block: official.block,
        start: official.start,
        end: official.end,
        href: paths.entity('official', official.slug),
        title: `${registryById.get(official.slug)?.name ?? official.name} (official)`,
      });
    }
    return [...candidates.values()];
  };

  const processor = await createMarkdownProcessor({
    ...markdownOptions,
    syntaxHighlight: false,
    rehypePlugins: [...markdownOptions.rehypePlugins, [rehypeEntityLinks, { plan }]],
  });

  return {
    async render(body: string, data: ArticleFrontmatter, file: string): Promise<RenderedArticle> {
      const context: RenderContext = {
        title: data.title,
        summary: data.summary,
        exclude: data.entities?.exclude ?? [],
      };
      const result = await processor.render(body, { frontmatter: context as unknown as Record<string, unknown> });
      const detection = context.detection ?? { mentions: [], unregistered: [] };
      return {
        html: result.code,
        headings: result.metadata.headings,
        entities: tagArticle(detection, registryById, data.entities ?? {}, file),
        detection,
        blocks: context.blocks ?? [],
      };
    },
  };
}
