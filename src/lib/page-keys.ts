/**
 * Cache keys for incremental builds. A page whose key and template code are unchanged since the last build keeps
 * its previous output, so each key must cover exactly the data its page renders: anything the page shows that is
 * missing here would leave a stale page behind; anything extra only costs a needless re-render.
 */
import { createHash } from 'node:crypto';
import type { Entity, EntityKind } from './entities/types.ts';
import type { ArticleEntity, ArticleSummary, EntityPageData, MonthArchive } from './site-index.ts';

/** The fields of an article that lists, feeds and cards show. */
interface ListedArticle extends ArticleSummary {
  url: string;
}

/** An article as its own page shows it. */
interface PageArticle extends ListedArticle {
  originalUrl?: string | undefined;
  byline?: string | undefined;
  updated?: string | undefined;
  lang?: string | undefined;
  /** Digest of the article file as the content layer stored it (body, front matter, pipeline and registry). */
  digest: string | number | undefined;
}

/** A short, stable digest of any JSON-serialisable value. */
export function digestOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('base64url').slice(0, 32);
}

const listed = (article: ListedArticle) => [
  article.id,
  article.url,
  article.title,
  article.date,
  article.source,
  article.summary ?? null,
];

/** Everything an entity record contributes to a page, plus the names and pages of the entities it refers to. */
function entityFacts(entity: Entity, lookup: EntityLookup) {
  const referenced =
    entity.kind === 'militia'
      ? [...entity.operatesIn, ...entity.parents, ...entity.leaders]
      : entity.kind === 'official'
        ? entity.roles.flatMap((role) => (role.country ? [role.country] : []))
        : [];
  return { entity, referenced: referenced.map((id) => [id, lookup.name(id) ?? null, lookup.url(id) ?? null]) };
}

/** What pages may look up about other entities: the registry name and the page URL, if the archive has one. */
export interface EntityLookup {
  name: (id: string) => string | undefined;
  url: (id: string) => string | undefined;
  record: (id: string) => Entity | undefined;
}

/** Registry records by digest, each taken once: officials' records are long, and every article page names some. */
const recordDigests = new WeakMap<Entity, string>();
function recordDigest(record: Entity | undefined): string | null {
  if (!record) return null;
  let digest = recordDigests.get(record);
  if (digest === undefined) recordDigests.set(record, (digest = digestOf(record)));
  return digest;
}

const mention = (entity: ArticleEntity, lookup: EntityLookup) => [
  entity,
  lookup.url(entity.id) ?? null,
  recordDigest(lookup.record(entity.id)),
];

/** An article page: the article and its rendered body, its entities (with their registry records) and related articles. */
export function articlePageKey(article: PageArticle, related: readonly ListedArticle[], lookup: EntityLookup): string {
  return digestOf({
    article: [...listed(article), article.originalUrl, article.byline, article.updated, article.lang, article.digest],
    entities: article.entities.map((entity) => mention(entity, lookup)),
    related: related.map(listed),
  });
}

/**
 * One page of an entity's articles: the entity's record, its counts, dates, timeline and co-mentions (which
 * change whenever an article mentioning it changes), and the articles shown on this page.
 */
export function entityPageKey<A extends ListedArticle>(
  data: EntityPageData<A>,
  shown: EntityPageData<A>['articles'],
  pageNumber: number,
  pageCount: number,
  lookup: EntityLookup,
  /** What else the page shows, prepared by the site data (the years its articles span, a country's registry facts). */
  extras: unknown = null,
): string {
  return digestOf({
    extras,
    facts: entityFacts(data.entity, lookup),
    count: data.articles.length,
    pageNumber,
    pageCount,
    firstMention: data.firstMention,
    lastMention: data.lastMention,
    timeline: data.timeline,
    coMentioned: data.coMentioned.map((co) => [co.entity.id, co.entity.kind, co.entity.name, co.count]),
    articles: shown.map((entry) => [...listed(entry.article), entry.count, entry.sentence]),
  });
}

/** An entity's feed: the entity and the articles the feed lists. */
export function entityFeedKey<A extends ListedArticle>(
  data: EntityPageData<A>,
  items: EntityPageData<A>['articles'],
): string {
  const { id, kind, name, description } = data.entity;
  return digestOf({
    entity: [id, kind, name, description],
    items: items.map((e) => [...listed(e.article), e.sentence]),
  });
}

/** The list of one kind's entities: names, review state and article counts. */
export function entityIndexKey<A extends ListedArticle>(
  kind: EntityKind,
  entities: readonly EntityPageData<A>[],
): string {
  return digestOf({
    kind,
    entities: entities.map((data) => [
      data.entity.id,
      data.entity.name,
      data.entity.reviewed ?? null,
      data.articles.length,
    ]),
  });
}

/** A month archive: its articles and the neighbouring months it links to. */
export function monthArchiveKey<A extends ListedArticle>(
  archive: MonthArchive<A>,
  newer: MonthArchive<A> | undefined,
  older: MonthArchive<A> | undefined,
): string {
  const month = (m: MonthArchive<A> | undefined) => (m ? [m.year, m.month] : null);
  return digestOf({
    month: month(archive),
    newer: month(newer),
    older: month(older),
    articles: archive.articles.map(listed),
  });
}

/** A year archive: its months and their articles. */
export function yearArchiveKey<A extends ListedArticle>(year: number, months: readonly MonthArchive<A>[]): string {
  return digestOf({ year, months: months.map((m) => [m.month, m.articles.map(listed)]) });
}
