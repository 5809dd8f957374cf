import type { AstroMarkdownOptions, RehypePlugins } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';

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

/**
 * Raw HTML is parsed and sanitised first, so nothing later in the pipeline (or Astro's own rehype-raw at the end)
 * ever sees unsanitised markup; rehype-slug then gives every heading its id.
 */
export const rehypePlugins: RehypePlugins = [rehypeRaw, [rehypeSanitize, sanitizeSchema], rehypeSlug];

/** The one markdown configuration, used by astro.config.mjs, the article loader and the tests. */
export const markdownOptions = {
  gfm: true,
  // Quotes and typography stay exactly as the publication wrote them.
  smartypants: false,
  remarkPlugins: [],
  rehypePlugins,
} satisfies AstroMarkdownOptions;
