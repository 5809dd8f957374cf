import type { Entity } from './entities/types.ts';
import type { ArticleSummary, EntityPageData } from './site-index.ts';

/** `/data/entities.json`: the registry entries that appear in the archive, with article counts. */
export function entitiesData<A extends ArticleSummary>(
  pages: Iterable<EntityPageData<A>>,
  urlOf: (e: Entity) => string,
) {
  return [...pages]
    .map(({ entity, articles, firstMention, lastMention }) => ({
      ...entity,
      reviewed: entity.reviewed !== false,
      url: urlOf(entity),
      articleCount: articles.length,
      firstMention,
      lastMention,
    }))
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id));
}

/** `/data/articles.json`: one record per article. */
export function articlesData<A extends ArticleSummary>(articles: readonly A[], urlOf: (a: A) => string) {
  return articles.map((article) => ({
    id: article.id,
    url: urlOf(article),
    headline: article.title,
    date: article.date,
    source: article.source,
    entities: article.entities.map((e) => e.id),
  }));
}

/** `/data/mentions.jsonl`: one JSON line per article and entity. */
export function mentionsJsonl(articles: readonly ArticleSummary[]): string {
  const lines: string[] = [];
  for (const article of articles) {
    for (const entity of article.entities) {
      lines.push(
        JSON.stringify({
          article: article.id,
          entity: entity.id,
          kind: entity.kind,
          date: article.date,
          count: entity.count,
          sentence: entity.sentence,
        }),
      );
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}
