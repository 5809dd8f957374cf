/** Build settings read from the environment, so hosting and big archives kept elsewhere need no code change. */
export interface ArchiveConfig {
  /** Folder holding the article markdown files, relative to the project root or absolute. */
  articlesDir: string;
  /** Folder the static site is written to. */
  outDir: string;
  /** Public origin of the site, such as https://news.example.org; undefined when not deployed yet. */
  site: string | undefined;
  /** Sub-path the site is served under, always with leading and trailing slash ("/" or "/news-archive/"). */
  base: string;
  /**
   * Worker threads that render the pages: 0 renders them on the build's own thread; undefined lets the build decide
   * (one per core for a large archive).
   */
  renderThreads: number | undefined;
}

type Env = Record<string, string | undefined>;

/**
 * The origin used when `ARCHIVE_SITE` is not set: feeds and the sitemap need an absolute one. Pages then carry no
 * canonical URL or og:url, which would point search engines at this placeholder.
 */
export const PLACEHOLDER_SITE = 'http://localhost:4321';

/**
 * Reads `ARCHIVE_ARTICLES_DIR`, `ARCHIVE_OUT_DIR`, `ARCHIVE_SITE`, `ARCHIVE_BASE` and `ARCHIVE_RENDER_THREADS`, with
 * their defaults.
 */
export function readArchiveConfig(env: Env): ArchiveConfig {
  return {
    articlesDir: nonEmpty(env['ARCHIVE_ARTICLES_DIR']) ?? 'articles',
    outDir: nonEmpty(env['ARCHIVE_OUT_DIR']) ?? 'dist',
    site: parseSite(nonEmpty(env['ARCHIVE_SITE'])),
    base: normaliseBase(nonEmpty(env['ARCHIVE_BASE']) ?? '/'),
    renderThreads: parseThreads(nonEmpty(env['ARCHIVE_RENDER_THREADS'])),
  };
}

/** "news-archive", "/news-archive" and "/news-archive/" all become "/news-archive/". */
export function normaliseBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

function parseSite(site: string | undefined): string | undefined {
  if (site === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(site);
  } catch {
    throw new Error(`ARCHIVE_SITE must be an absolute URL such as https://news.example.org, got "${site}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`ARCHIVE_SITE must use http or https, got "${site}"`);
  }
  return url.origin;
}

function parseThreads(threads: string | undefined): number | undefined {
  if (threads === undefined) return undefined;
  if (!/^\d+$/.test(threads) || Number(threads) > 64) {
    throw new Error(`ARCHIVE_RENDER_THREADS must be a whole number from 0 to 64, got "${threads}"`);
  }
  return Number(threads);
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}
