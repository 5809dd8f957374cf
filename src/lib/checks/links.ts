import { summarisePage, type PageSummary } from './page-summary.ts';

export interface LinkProblem {
  /** The page holding the link, as a URL path. */
  page: string;
  link: string;
  problem: string;
}

/** `militias/x/index.html` → `/base/militias/x/`; `404.html` → `/base/404.html`. */
export function pageUrl(file: string, base: string): string {
  const path = file.replace(/\\/g, '/');
  return base + (path.endsWith('index.html') ? path.slice(0, -'index.html'.length) : path);
}

/** The file a page's URL path is written to, `pageUrl` the other way round (every page is a folder's `index.html`). */
export function pageFile(pathname: string, base: string): string | undefined {
  if (!pathname.startsWith(base) || !pathname.endsWith('/')) return undefined;
  try {
    return `${decodeURIComponent(pathname.slice(base.length))}index.html`;
  } catch {
    return undefined;
  }
}

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** The decoded form of a URL path or fragment, or undefined when it holds a malformed percent-escape (`%zz`). */
export function decodeUrlPart(part: string): string | undefined {
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined;
  }
}

/**
 * Checks every internal href, src and srcset of a built site, and every #fragment, against the files that exist.
 * `files` holds every file of the output folder (relative paths); external links are not followed.
 */
export function checkLinks(pages: readonly PageSummary[], files: ReadonlySet<string>, base: string): LinkProblem[] {
  const byUrl = new Map(pages.map((page) => [page.url, page]));
  const problems: LinkProblem[] = [];
  // A root-relative link (`/militias/x/#y`) means the same on every page, and pages share most of theirs
  // (navigation, entity and article links): each is resolved once.
  const rootRelative = new Map<string, string | undefined>();
  for (const page of pages) {
    for (const link of page.links) {
      let problem: string | undefined;
      if (link.startsWith('/') && !link.startsWith('//')) {
        if (rootRelative.has(link)) problem = rootRelative.get(link);
        else rootRelative.set(link, (problem = problemWith(link, page, base, files, byUrl)));
      } else {
        problem = problemWith(link, page, base, files, byUrl);
      }
      if (problem) problems.push({ page: page.url, link, problem });
    }
  }
  return problems;
}

/**
 * The same check from the built files themselves: `site` maps every file of the output folder (relative path) to
 * its text; the HTML files among them are the pages read. For small sites and tests; the build streams pages
 * through `summarisePage` and `checkLinks` instead, so it never holds every page's HTML at once.
 */
export function checkSiteLinks(site: ReadonlyMap<string, string>, base: string): LinkProblem[] {
  const pages = [...site]
    .filter(([file]) => file.endsWith('.html'))
    .map(([file, html]) => summarisePage(html, pageUrl(file, base)));
  return checkLinks(pages, new Set(site.keys()), base);
}

function problemWith(
  link: string,
  current: PageSummary,
  base: string,
  files: ReadonlySet<string>,
  byUrl: ReadonlyMap<string, PageSummary>,
): string | undefined {
  if (link.trim() === '') return 'empty link';
  if (EXTERNAL.test(link)) return undefined;
  // Page URLs are decoded paths (`/2024/01/50%/`); encode them again to resolve a link against one.
  const encodedPage = current.url.split('/').map(encodeURIComponent).join('/');
  const resolved = new URL(link, `http://site.invalid${encodedPage}`);
  const path = decodeUrlPart(resolved.pathname);
  const fragment = decodeUrlPart(resolved.hash.slice(1));
  if (path === undefined || fragment === undefined)
    return 'malformed percent-escape (a % not followed by two hex digits)';

  let target: PageSummary | undefined = current;
  if (!link.startsWith('#')) {
    if (!path.startsWith(base)) return `points outside the site's base ${base}`;
    const relative = path.slice(base.length);
    if (relative === '' || relative.endsWith('/')) {
      if (!files.has(`${relative}index.html`)) return 'no page at this address';
    } else if (!files.has(relative)) {
      return files.has(`${relative}/index.html`) ? 'missing trailing slash' : 'no file at this address';
    }
    target = byUrl.get(path);
  }
  if (fragment && target && !target.ids.has(fragment)) return `no element with id "${fragment}" on the target page`;
  return undefined;
}
