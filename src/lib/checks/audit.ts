import { ENTITY_KINDS } from '../entities/types.ts';
import type { Paths } from '../paths.ts';
import { decodeUrlPart } from './links.ts';
import type { PageSummary } from './page-summary.ts';

/** Pages are looked up by decoded path, and links compared decoded, so `/2024/01/caf%C3%A9/` is `/2024/01/café/`. */
const decoded = (href: string) => decodeUrlPart(href) ?? href;

export interface AuditedArticle {
  /** Article id: its path in the articles folder without `.md`. */
  id: string;
  /** The file, for messages. */
  file: string;
  /** YYYY-MM-DD */
  date: string;
}

/**
 * Nothing lost: every article file has its page, is listed in its month's archive, and is listed on the page of
 * every entity its page says it mentions (each link of its aside into an entity folder: /militias/…, /countries/…,
 * /officials/…; entity pages are followed through their `rel="next"` pages). `pageAtDecoded` gives the built page
 * at a decoded URL path. Returns one message per gap, naming the article and what is missing.
 */
export function auditArchive(
  articles: readonly AuditedArticle[],
  pageAtDecoded: (url: string) => PageSummary | undefined,
  paths: Paths,
): string[] {
  const pageAt = (url: string) => pageAtDecoded(decoded(url));
  const problems: string[] = [];
  const entityFolders = ENTITY_KINDS.map((kind) => paths.entityIndex(kind));
  const isEntityPage = (href: string) => entityFolders.some((folder) => href.startsWith(folder) && href !== folder);
  const listings = new Map<string, Set<string> | undefined>();
  /** Every article URL listed on an entity's pages, following its pagination. */
  const listedOn = (entityUrl: string) => {
    if (listings.has(entityUrl)) return listings.get(entityUrl);
    let listed: Set<string> | undefined;
    const seen = new Set<string>();
    for (let url: string | undefined = entityUrl; url && !seen.has(url);) {
      seen.add(url);
      const page = pageAt(url);
      if (!page) break;
      listed ??= new Set();
      for (const href of page.listed) listed.add(decoded(href));
      url = page.next;
    }
    listings.set(entityUrl, listed);
    return listed;
  };

  /** Each month archive's links, decoded, looked up once per article rather than decoded again for each. */
  const mainLinks = new Map<PageSummary, Set<string>>();
  const mainLinksOf = (page: PageSummary) => {
    let links = mainLinks.get(page);
    if (!links) mainLinks.set(page, (links = new Set(page.mainLinks.map(decoded))));
    return links;
  };

  for (const article of articles) {
    const url = paths.article(article.id);
    const page = pageAt(url);
    if (!page) {
      problems.push(`${article.file}: no page at ${url}`);
      continue;
    }
    const [year, month] = article.date.split('-').map(Number) as [number, number];
    const monthUrl = paths.archiveMonth(year, month);
    const archive = pageAt(monthUrl);
    if (!archive) problems.push(`${article.file}: its month archive ${monthUrl} is missing`);
    else if (!mainLinksOf(archive).has(decoded(url))) problems.push(`${article.file}: not listed on ${monthUrl}`);

    for (const tag of page.asideLinks.filter((link) => isEntityPage(link.href))) {
      const listed = listedOn(tag.href);
      if (!listed) problems.push(`${article.file}: mentions ${tag.text} but ${tag.href} does not exist`);
      else if (!listed.has(decoded(url))) problems.push(`${article.file}: not listed on ${tag.href}`);
    }
  }
  return problems;
}
