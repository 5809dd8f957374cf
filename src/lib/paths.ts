import type { EntityKind } from './entities/types.ts';

/** URL folder for each entity kind. */
export const KIND_SEGMENT: Record<EntityKind, string> = {
  militia: 'militias',
  country: 'countries',
  official: 'officials',
};

/**
 * The only place that builds site URLs. Every URL ends in a slash (or is a file such as rss.xml) and starts
 * with the configured base, so the whole site works under a sub-path.
 */
export function createPaths(base: string) {
  const root = base.endsWith('/') ? base : `${base}/`;
  const join = (...segments: (string | number)[]) =>
    root + segments.map((s) => encodeURIComponent(String(s))).join('/') + (segments.length ? '/' : '');
  const page = (url: string, pageNumber: number) => (pageNumber <= 1 ? url : `${url}page/${pageNumber}/`);
  return {
    home: () => root,
    /** An article's URL comes from its id, which is its file path without extension. */
    article: (articleId: string) => root + articleId.split('/').map(encodeURIComponent).join('/') + '/',
    /** The list of entities an article mentions, on the article's page. */
    articleEntities: (articleId: string) =>
      root + articleId.split('/').map(encodeURIComponent).join('/') + '/#in-this-article',
    archive: () => join('archive'),
    archiveYear: (year: number) => join('archive', year),
    archiveMonth: (year: number, month: number) => join('archive', year, String(month).padStart(2, '0')),
    entityIndex: (kind: EntityKind) => join(KIND_SEGMENT[kind]),
    entity: (kind: EntityKind, slug: string, pageNumber = 1) => page(join(KIND_SEGMENT[kind], slug), pageNumber),
    entityFeed: (kind: EntityKind, slug: string) => `${join(KIND_SEGMENT[kind], slug)}rss.xml`,
    /** The search page, optionally with filters applied: `{ militia: ['Hezbollah'], country: ['Iran'] }`. */
    search: (filters: Partial<Record<SearchFilter, readonly string[]>> = {}) => {
      const query = new URLSearchParams();
      for (const [key, values] of Object.entries(filters)) for (const value of values ?? []) query.append(key, value);
      return join('search') + (query.size ? `?${query}` : '');
    },
    /** An entity page's list of articles at the year's first article: `page` is the page that holds it. */
    entityYear: (kind: EntityKind, slug: string, pageNumber: number, year: number) =>
      `${page(join(KIND_SEGMENT[kind], slug), pageNumber)}#${yearAnchor(year)}`,
    /** The land of the world, the shared background of every locator map. */
    worldMap: () => `${root}maps/world-land.svg`,
    feed: () => `${root}rss.xml`,
    sitemap: () => `${root}sitemap-index.xml`,
    pagefind: (file: string) => `${root}pagefind/${file}`,
    data: (file: string) => `${root}data/${file}`,
    asset: (file: string) => `${root}${file}`,
  };
}

export type Paths = ReturnType<typeof createPaths>;

/** Article files end in `.md` or `.markdown`, in any case (`.MD`, `.Markdown`). */
export const ARTICLE_FILE_EXTENSION = /\.(?:md|markdown)$/i;

/** The search page's filters, as Pagefind names them and the search page reads them from its URL. */
export type SearchFilter = EntityKind | 'year';

/** The id of the first article of a year in an entity page's list. */
export function yearAnchor(year: number): string {
  return `year-${year}`;
}

/**
 * Article id from a path relative to the articles folder: `2024/01/us-airstrike.md` → `2024/01/us-airstrike`.
 * Backslashes are normalised so ids are the same on every platform.
 */
export function articleIdFromPath(relativePath: string): string {
  return relativePath.replace(/\\/g, '/').replace(ARTICLE_FILE_EXTENSION, '');
}

/**
 * Every name the build writes at the root of the site: its own page folders, generated files, and the files of
 * `public/`. An article at the root must not take one of these names (compared case-insensitively: a CDN or a
 * checkout on a case-insensitive disk would mix them up), and the build checks fail when the built site holds a
 * root name missing here, so the list cannot fall behind what the build writes.
 */
export const SITE_ROOT_NAMES: readonly (string | RegExp)[] = [
  ...Object.values(KIND_SEGMENT),
  'archive',
  'search',
  'data',
  'maps',
  'page',
  'pagefind',
  '_astro',
  'index.html',
  '404',
  '404.html',
  'rss.xml',
  'robots.txt',
  'sitemap-index.xml',
  /^sitemap-\d+\.xml$/,
  '_headers',
  'favicon.svg',
  'search.js',
  'search-excerpt.js',
  'search-order.js',
];

/** True when `name` is, or could be, written at the site's root by the build itself. */
export function isSiteRootName(name: string): boolean {
  const lower = name.toLowerCase();
  return SITE_ROOT_NAMES.some((reserved) => (typeof reserved === 'string' ? reserved === lower : reserved.test(lower)));
}
