import type { Entity } from './entities/types.ts';
import type { ArticleSummary } from './site-index.ts';

const SCHEMA_TYPE = { militia: 'Organization', country: 'Country', official: 'Person' } as const;

/** Entities mentioned at least this often are what an article is about; the rest are mentions. */
const ABOUT_MIN_MENTIONS = 2;

/**
 * schema.org NewsArticle for an article page: headline, dates, the source as publisher, and the entities it is
 * about (mentioned repeatedly) and mentions, each linked to its page here and to Wikidata where known.
 */
export function newsArticleJsonLd(
  article: ArticleSummary & { url: string; updated?: string | undefined; byline?: string | undefined },
  context: {
    url: (path: string) => string;
    entityUrl: (id: string) => string | undefined;
    registry: ReadonlyMap<string, Entity>;
  },
) {
  const thing = (entity: ArticleSummary['entities'][number]) => {
    const registered = context.registry.get(entity.id);
    const href = context.entityUrl(entity.id);
    return {
      '@type': SCHEMA_TYPE[entity.kind],
      name: entity.name,
      ...(href ? { url: context.url(href) } : {}),
      ...(registered?.wikidata ? { sameAs: `https://www.wikidata.org/wiki/${registered.wikidata}` } : {}),
    };
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    datePublished: article.date,
    dateModified: article.updated ?? article.date,
    url: context.url(article.url),
    mainEntityOfPage: context.url(article.url),
    publisher: { '@type': 'Organization', name: article.source },
    ...(article.byline ? { author: { '@type': 'Person', name: article.byline.replace(/^By\s+/i, '') } } : {}),
    ...(article.summary ? { description: article.summary } : {}),
    about: article.entities.filter((e) => e.count >= ABOUT_MIN_MENTIONS).map(thing),
    mentions: article.entities.filter((e) => e.count < ABOUT_MIN_MENTIONS).map(thing),
  };
}
