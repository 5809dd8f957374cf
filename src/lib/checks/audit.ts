import type { CheerioAPI } from 'cheerio';
import type { Paths } from '../paths.ts';

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
 * every entity its page says it mentions. Returns one message per gap, naming the article and what is missing.
 */
export function auditArchive(
  articles: readonly AuditedArticle[],
  pageAt: (url: string) => CheerioAPI | undefined,
  paths: Paths,
): string[] {
  const problems: string[] = [];
  const listings = new Map<string, Set<string> | undefined>();
  /** Every article URL listed on an entity's pages, following its pagination. */
  const listedOn = (entityUrl: string) => {
    if (listings.has(entityUrl)) return listings.get(entityUrl);
    let listed: Set<string> | undefined;
    const seen = new Set<string>();
    for (let url: string | undefined = entityUrl; url && !seen.has(url);) {
      seen.add(url);
      const $ = pageAt(url);
      if (!$) break;
      listed ??= new Set();
      $('.article-list a[href]').each((_, a) => void listed!.add($(a).attr('href')!));
      url = $('a[rel="next"]').attr('href');
    }
    listings.set(entityUrl, listed);
    return listed;
  };

  for (const article of articles) {
    const url = paths.article(article.id);
    const $ = pageAt(url);
    if (!$) {
      problems.push(`${article.file}: no page at ${url}`);
      continue;
    }
    const [year, month] = article.date.split('-').map(Number) as [number, number];
    const monthUrl = paths.archiveMonth(year, month);
    const archive = pageAt(monthUrl);
    if (!archive) problems.push(`${article.file}: its month archive ${monthUrl} is missing`);
    else if (archive(`main a[href="${url}"]`).length === 0) problems.push(`${article.file}: not listed on ${monthUrl}`);

    $('.entity-tags a[href]').each((_, a) => {
      const entityUrl = $(a).attr('href')!;
      const listed = listedOn(entityUrl);
      if (!listed) problems.push(`${article.file}: mentions ${$(a).text()} but ${entityUrl} does not exist`);
      else if (!listed.has(url)) problems.push(`${article.file}: not listed on ${entityUrl}`);
    });
  }
  return problems;
}
