import type { CheerioAPI } from 'cheerio';

/** One built page: its path inside the output folder and its parsed HTML. */
export interface BuiltPage {
  file: string;
  $: CheerioAPI;
}

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

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;
const LINK_ATTRIBUTES = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['link[href]', 'href'],
  ['img[src]', 'src'],
  ['script[src]', 'src'],
  ['source[src]', 'src'],
  ['video[src]', 'src'],
  ['audio[src]', 'src'],
  ['iframe[src]', 'src'],
] as const;

/** The ids a fragment can point at on a page: every id, and the names of anchors. */
export function fragmentTargets($: CheerioAPI): Set<string> {
  const ids = new Set<string>();
  $('[id]').each((_, el) => void ids.add($(el).attr('id')!));
  $('a[name]').each((_, el) => void ids.add($(el).attr('name')!));
  return ids;
}

/**
 * Checks every internal href, src and srcset of a built site, and every #fragment, against the files that exist.
 * `files` holds every file of the output folder (relative paths); external links are not followed.
 */
export function checkLinks(pages: readonly BuiltPage[], files: ReadonlySet<string>, base: string): LinkProblem[] {
  const problems: LinkProblem[] = [];
  const byUrl = new Map(pages.map((page) => [pageUrl(page.file, base), page]));
  const targets = new Map<string, Set<string>>();
  const idsOf = (page: BuiltPage) => {
    let ids = targets.get(page.file);
    if (!ids) targets.set(page.file, (ids = fragmentTargets(page.$)));
    return ids;
  };

  for (const page of pages) {
    const url = pageUrl(page.file, base);
    const links: string[] = [];
    for (const [selector, attribute] of LINK_ATTRIBUTES) {
      page.$(selector).each((_, el) => void links.push(page.$(el).attr(attribute)!));
    }
    page.$('img[srcset], source[srcset]').each((_, el) => {
      for (const candidate of page.$(el).attr('srcset')!.split(',')) {
        const src = candidate.trim().split(/\s+/)[0];
        if (src) links.push(src);
      }
    });

    for (const link of links) {
      const problem = problemWith(link, url, base, files, byUrl, idsOf, page);
      if (problem) problems.push({ page: url, link, problem });
    }
  }
  return problems;
}

function problemWith(
  link: string,
  from: string,
  base: string,
  files: ReadonlySet<string>,
  byUrl: ReadonlyMap<string, BuiltPage>,
  idsOf: (page: BuiltPage) => Set<string>,
  current: BuiltPage,
): string | undefined {
  if (link.trim() === '') return 'empty link';
  if (EXTERNAL.test(link)) return undefined;
  const resolved = new URL(link, `http://site.invalid${from}`);
  const path = decodeURIComponent(resolved.pathname);
  const fragment = decodeURIComponent(resolved.hash.slice(1));
  const samePage = link.startsWith('#');

  let target: BuiltPage | undefined;
  if (samePage) {
    target = current;
  } else {
    if (!path.startsWith(base)) return `points outside the site's base ${base}`;
    const relative = path.slice(base.length);
    if (relative === '' || relative.endsWith('/')) {
      if (!files.has(`${relative}index.html`)) return 'no page at this address';
    } else if (!files.has(relative)) {
      return files.has(`${relative}/index.html`) ? 'missing trailing slash' : 'no file at this address';
    }
    target = byUrl.get(path);
  }
  if (fragment && target && !idsOf(target).has(fragment)) return `no element with id "${fragment}" on the target page`;
  return undefined;
}
