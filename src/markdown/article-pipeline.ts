import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { tagArticle } from '../lib/articles/article-entities.ts';
import { ArticleError, type ArticleFrontmatter } from '../lib/articles/frontmatter.ts';
import type { Detection, Detector } from '../lib/entities/detect.ts';
import type { Entity } from '../lib/entities/types.ts';
import { PAGE_IDS } from '../lib/page-ids.ts';
import type { Paths } from '../lib/paths.ts';
import type { ArticleEntity } from '../lib/site-index.ts';
import { MAX_NESTING_DEPTH, rehypeLimitNesting, remarkLimitNesting } from './nesting-limit.ts';
import { rehypeEntityLinks, type LinkRequest } from './rehype-entity-links.ts';
import { rehypeReservedIds } from './rehype-reserved-ids.ts';

/** A heading of the rendered body, as Astro's `render()` reports headings. */
export interface ArticleHeading {
  depth: number;
  slug: string;
  text: string;
}

declare module 'vfile' {
  interface DataMap {
    /** Set by the caller: what detection reads besides the body, and the editor's exclusions. */
    article: { title: string; summary?: string | undefined; exclude: readonly string[] };
    /** Set by the pipeline: the body's blocks of visible text, as detection read them. */
    blocks: string[];
    /** Set by the pipeline: every mention in title, summary and body, before the editor's corrections. */
    detection: Detection;
    /** Set by the pipeline: the body's headings with their ids. */
    headings: ArticleHeading[];
  }
}

/**
 * What markup an article may contain. GitHub's rules (no script, iframe, form, object, event handlers, style, or
 * javascript:/data: URLs), without id clobbering: our pages run no script that ids could confuse, and the
 * prefix would break GFM footnote links.
 */
export const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  clobber: [],
  clobberPrefix: '',
};

export interface RenderedArticle {
  html: string;
  headings: ArticleHeading[];
  entities: ArticleEntity[];
  /** The raw detection, before the editor's corrections: what `entities detect` explains. */
  detection: Detection;
  /** Plain text of the body's blocks, as detection read them. */
  blocks: string[];
}

/** Records the body's headings (after rehype-slug gave them ids) in `file.data.headings`. */
function rehypeCollectHeadings() {
  return (tree: Root, file: VFile) => {
    const headings: ArticleHeading[] = [];
    const visit = (node: Root | Root['children'][number]) => {
      if (node.type === 'element') {
        const depth = /^h([1-6])$/.exec(node.tagName)?.[1];
        if (depth && typeof node.properties['id'] === 'string') {
          headings.push({ depth: Number(depth), slug: node.properties['id'], text: toString(node) });
        }
      }
      if ('children' in node) for (const child of node.children) visit(child);
    };
    visit(tree);
    file.data.headings = headings;
  };
}

/**
 * Elements the HTML parser gives back exactly as markdown made them, when they carry no boolean attribute: what
 * most articles are made of. Others change on the way through it (a footnote's `data-footnote-ref` gains `=""`,
 * a code block loses its first line feed), so a tree with any of them goes through the parser as always.
 */
const PARSER_STABLE_ELEMENTS = new Set([
  ...['p', 'a', 'strong', 'em', 'del', 'code', 'br', 'hr', 'img', 'blockquote', 'ul', 'ol', 'li'],
  ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'thead', 'tbody', 'tr', 'th', 'td'],
]);

/**
 * Whether the HTML tree needs the HTML parser: it holds raw HTML, an element the parser may change, a boolean
 * attribute, or a carriage return (which the parser turns into a line feed). Searched without recursion.
 */
function needsHtmlParser(tree: Root): boolean {
  const stack: (Root | Root['children'][number])[] = [tree];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.type === 'raw') return true;
    if (node.type === 'text' && node.value.includes('\r')) return true;
    if (node.type === 'element') {
      if (!PARSER_STABLE_ELEMENTS.has(node.tagName)) return true;
      for (const value of Object.values(node.properties)) if (typeof value === 'boolean') return true;
    }
    if ('children' in node) for (const child of node.children) stack.push(child);
  }
  return false;
}

/**
 * rehype-raw where it has work to do. It parses the whole tree again with an HTML parser, which takes a tenth of
 * the time of rendering an article; a tree of plain prose without raw HTML comes out of it as it went in.
 */
function rehypeRawWhereNeeded(options: { always: boolean }) {
  const parseRaw = rehypeRaw();
  return (tree: Root, file: VFile): Root => (options.always || needsHtmlParser(tree) ? parseRaw(tree, file) : tree);
}

/**
 * The one article pipeline, used by the content loader, the `entities` CLI and the benchmark: markdown (GitHub
 * flavoured, typography untouched) to sanitised HTML with heading ids, detecting the article's entities in the
 * same pass over the parsed body and linking the first linkable mention of each to its page. Results travel in
 * typed `file.data`, never in the front matter.
 *
 * Markdown nested too deeply is cut before remark-rehype, raw HTML right after it is parsed, so no recursive step
 * overflows the stack (the article is then refused). Raw HTML is sanitised before any other step, so nothing later
 * sees unsanitised markup; rehype-slug then gives every heading its id, ids the page itself uses are renamed, and
 * entity links never land in a heading.
 */
export function createArticlePipeline(options: {
  registry: readonly Entity[];
  detector: Detector;
  paths: Paths;
  /** Runs the HTML parser over every article, as the pipeline did before it skipped plain prose (for tests). */
  parseEveryTree?: boolean;
}) {
  const { detector, paths } = options;
  const registryById = new Map(options.registry.map((entity) => [entity.id, entity]));

  /** Detects the article's entities from its blocks and plans the links, best candidate first per entity. */
  const plan = (blocks: string[], file: VFile): LinkRequest[][] => {
    const article = file.data.article;
    if (!article) throw new Error('the article pipeline needs file.data.article');
    const detection = detector.detect({
      title: article.title,
      ...(article.summary ? { summary: article.summary } : {}),
      blocks,
    });
    file.data.detection = detection;
    file.data.blocks = blocks;
    const excluded = new Set(article.exclude);
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
    for (const group of detection.groups) {
      const registered = registryById.get(group.slug);
      if (group.field !== 'body' || excluded.has(group.slug)) continue;
      if (registered !== undefined && registered.kind !== 'militia') continue;
      add(group.slug, {
        block: group.block,
        start: group.start,
        end: group.end,
        href: paths.entity('militia', group.slug),
        title: `${registered?.name ?? group.name} (militia)`,
      });
    }
    return [...candidates.values()];
  };

  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkLimitNesting)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRawWhereNeeded, { always: options.parseEveryTree === true })
    .use(rehypeLimitNesting)
    .use(rehypeSanitize, sanitizeSchema)
    .use(rehypeSlug)
    .use(rehypeReservedIds, { reserved: Object.values(PAGE_IDS) })
    .use(rehypeCollectHeadings)
    .use(rehypeEntityLinks, { plan })
    .use(rehypeStringify);

  return {
    /** Renders one article body; `file` names it in error messages. */
    async render(body: string, data: ArticleFrontmatter, file: string): Promise<RenderedArticle> {
      const vfile = new VFile({
        value: body,
        path: file,
        data: { article: { title: data.title, summary: data.summary, exclude: data.entities?.exclude ?? [] } },
      });
      await processor.process(vfile);
      if (vfile.data.nestingTooDeep) {
        throw new ArticleError(
          file,
          `nests lists, block quotes or HTML elements more than ${MAX_NESTING_DEPTH} levels deep; flatten them`,
        );
      }
      const detection = vfile.data.detection ?? { mentions: [], unregistered: [], groups: [], unresolved: [] };
      return {
        html: String(vfile.value),
        headings: vfile.data.headings ?? [],
        entities: tagArticle(detection, registryById, data.entities ?? {}, file),
        detection,
        blocks: vfile.data.blocks ?? [],
      };
    },
  };
}
