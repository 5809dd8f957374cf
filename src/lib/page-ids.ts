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
  /** Where an article's text starts and where its entity list starts: search excerpts tell them apart by these. */
  articleText: 'article-text',
  articleTags: 'article-tags',
} as const;

/**
 * The id of an entity in an article's entity list, which search excerpts read. The capital letter keeps it apart
 * from every heading id of the body, which rehype-slug writes in lower case.
 */
export function entityTagId(entityId: string): string {
  return `Entity-${entityId}`;
}
