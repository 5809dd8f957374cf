/**
 * Ids the layout and the article page give their own elements. Article bodies share the page with them, so the
 * article pipeline renames any body id that would take one of these (`rehype-reserved-ids.ts`).
 */
export const PAGE_IDS = {
  /** The main landmark, target of the skip link. */
  content: 'content',
  /** The header's search box. */
  siteSearch: 'site-search',
  /** The heading of an article's entity list. */
  inThisArticle: 'in-this-article',
} as const;
