import { z } from 'zod';
import { ENTITY_KINDS, type Entity, type EntityKind } from './entities/types.ts';

/** What the article loader stores for each entity an article mentions (the content collection's schema). */
export const articleEntitySchema = z.object({
  id: z.string(),
  kind: z.enum(ENTITY_KINDS),
  name: z.string(),
  /** How many times the article mentions it (0 when an editor added it by hand). */
  count: z.number(),
  /** The sentence of the first mention, shown on the entity page as evidence. */
  sentence: z.string(),
  /** False for officials and armed groups found in the text but not in the registry. */
  reviewed: z.boolean(),
  /** For unreviewed officials: the office the article introduced them with. */
  office: z.string().optional(),
});
export type ArticleEntity = z.infer<typeof articleEntitySchema>;

export interface ArticleSummary {
  id: string;
  title: string;
  /** YYYY-MM-DD */
  date: string;
  source: string;
  summary?: string | undefined;
  entities: ArticleEntity[];
}

export interface EntityArticle<A extends ArticleSummary> {
  article: A;
  count: number;
  sentence: string;
}

export interface EntityPageData<A extends ArticleSummary> {
  entity: Entity;
  /** Newest first. */
  articles: EntityArticle<A>[];
  firstMention: string;
  lastMention: string;
  /** Every month from the first mention to the last, with the number of articles that month. */
  timeline: { month: string; count: number }[];
  /** Entities most often mentioned in the same articles, most first. */
  coMentioned: { entity: Entity; count: number }[];
}

/** An entity among those "in the news": mentioned in the most articles of the archive's last days. */
export interface NewsEntity {
  entity: Entity;
  /** Articles mentioning it in the window. */
  count: number;
  /** Articles per month over the archive's last months, oldest first, zero-filled. */
  months: { month: string; count: number }[];
}

/** Where an entity page's list of articles reaches a new year: the page that holds the year's newest article. */
export interface YearStart {
  year: number;
  page: number;
  /** Position of the year's newest article in the whole list. */
  index: number;
  /** Articles of that year mentioning the entity. */
  count: number;
}

export interface MonthArchive<A> {
  year: number;
  month: number;
  articles: A[];
}

/** Newest first; ties broken by id so builds are deterministic. */
export function compareNewestFirst(a: ArticleSummary, b: ArticleSummary): number {
  return b.date.localeCompare(a.date) || a.id.localeCompare(b.id);
}

/** An official or armed group the registry does not know yet, as a page can show them. */
export function unreviewedEntity(mention: ArticleEntity): Entity {
  if (mention.kind === 'militia') {
    return {
      id: mention.id,
      kind: 'militia',
      name: mention.name,
      aliases: [],
      description: "Named in the archive as an armed group. Not yet reviewed by the archive's curators.",
      operatesIn: [],
      parents: [],
      leaders: [],
      sources: [],
      reviewed: false,
    };
  }
  return {
    id: mention.id,
    kind: 'official',
    name: mention.name,
    aliases: [],
    description: mention.office
      ? `Introduced in the archive as ${mention.office}. Not yet reviewed by the archive's curators.`
      : "Not yet reviewed by the archive's curators.",
    roles: [],
    shortNames: [],
    sources: [],
    reviewed: false,
  };
}

const MAX_CO_MENTIONED = 12;
/** Entities in more articles than this say little about how two articles relate. */
const RELATED_MAX_ENTITY_ARTICLES = 500;

/**
 * Builds every index the pages need in one pass over the articles' mentions: month archives, entity pages
 * with their articles, timelines and co-mentions, and related articles.
 */
export function buildSiteIndex<A extends ArticleSummary>(articleList: readonly A[], registry: readonly Entity[]) {
  const articles = [...articleList].sort(compareNewestFirst);
  const registryById = new Map(registry.map((entity) => [entity.id, entity]));
  const months = new Map<string, MonthArchive<A>>();
  const entityArticles = new Map<string, EntityArticle<A>[]>();
  const entityById = new Map<string, Entity>();
  const coCounts = new Map<string, Map<string, number>>();

  for (const article of articles) {
    const [year, month] = article.date.split('-').map(Number) as [number, number];
    const key = article.date.slice(0, 7);
    let archive = months.get(key);
    if (!archive) months.set(key, (archive = { year, month, articles: [] }));
    archive.articles.push(article);

    for (const mention of article.entities) {
      if (!entityById.has(mention.id)) {
        entityById.set(mention.id, registryById.get(mention.id) ?? unreviewedEntity(mention));
      }
      let list = entityArticles.get(mention.id);
      if (!list) entityArticles.set(mention.id, (list = []));
      list.push({ article, count: mention.count, sentence: mention.sentence });
      let co = coCounts.get(mention.id);
      if (!co) coCounts.set(mention.id, (co = new Map()));
      for (const other of article.entities) {
        if (other.id !== mention.id) co.set(other.id, (co.get(other.id) ?? 0) + 1);
      }
    }
  }

  const entities = new Map<string, EntityPageData<A>>();
  for (const [id, list] of entityArticles) {
    const coMentioned = [...(coCounts.get(id) ?? [])]
      .map(([otherId, count]) => ({ entity: entityById.get(otherId)!, count }))
      .sort((a, b) => b.count - a.count || a.entity.name.localeCompare(b.entity.name))
      .slice(0, MAX_CO_MENTIONED);
    const lastMention = list[0]!.article.date;
    const firstMention = list[list.length - 1]!.article.date;
    entities.set(id, {
      entity: entityById.get(id)!,
      articles: list,
      firstMention,
      lastMention,
      timeline: monthlyTimeline(
        list.map((entry) => entry.article.date),
        firstMention,
        lastMention,
      ),
      coMentioned,
    });
  }

  const byId = new Map(articles.map((article) => [article.id, article]));
  /** Each article's place in `articles` (newest first), so related articles are scored in an array. */
  const position = new Map(articles.map((article, i) => [article.id, i]));
  /** For each entity specific enough to relate articles: its articles' positions and the weight of sharing it. */
  const relatedLists = new Map<string, { positions: Int32Array; weight: number }>();
  for (const [id, list] of entityArticles) {
    if (list.length > RELATED_MAX_ENTITY_ARTICLES) continue;
    relatedLists.set(id, {
      positions: Int32Array.from(list, (entry) => position.get(entry.article.id)!),
      weight: 1 / Math.log2(1 + list.length),
    });
  }
  const scores = new Float64Array(articles.length);

  return {
    /** Newest first. */
    articles,
    byId,
    /** Month archives, newest first. */
    months: [...months.values()],
    years: [...new Set([...months.values()].map((m) => m.year))],
    entities,
    /** Entity pages of one kind, A–Z. */
    entitiesOfKind(kind: EntityKind) {
      return [...entities.values()]
        .filter((data) => data.entity.kind === kind)
        .sort((a, b) => a.entity.name.localeCompare(b.entity.name, 'en'));
    },
    /**
     * The entities in the most articles over the archive's last `days` days, counted back from the newest
     * article's date (never the build's clock, so the front page tells the archive's own present), with each
     * one's articles per month over the last `months` months.
     */
    inTheNews({ days = 30, limit = 10, months = 6 }: { days?: number; limit?: number; months?: number } = {}) {
      const latest = articles[0]?.date;
      if (!latest) return { since: undefined, until: undefined, entities: [] as NewsEntity[] };
      const since = addDays(latest, -(days - 1));
      const monthKeys = lastMonths(latest, months);
      const ranked: NewsEntity[] = [];
      for (const data of entities.values()) {
        let count = 0;
        for (const entry of data.articles) {
          if (entry.article.date < since) break;
          count += 1;
        }
        if (count === 0) continue;
        const perMonth = new Map(data.timeline.map((m) => [m.month, m.count]));
        ranked.push({
          entity: data.entity,
          count,
          months: monthKeys.map((month) => ({ month, count: perMonth.get(month) ?? 0 })),
        });
      }
      ranked.sort((a, b) => b.count - a.count || a.entity.name.localeCompare(b.entity.name, 'en'));
      return { since, until: latest, entities: ranked.slice(0, limit) };
    },
    /** Articles that share the most specific entities with this one. */
    related(articleId: string, limit = 5): A[] {
      const self = position.get(articleId);
      if (self === undefined) return [];
      const touched: number[] = [];
      for (const mention of articles[self]!.entities) {
        const list = relatedLists.get(mention.id);
        if (!list) continue;
        for (const other of list.positions) {
          if (other === self) continue;
          if (scores[other] === 0) touched.push(other);
          scores[other]! += list.weight;
        }
      }
      // The best `limit` by score, ties to the newer article (the lower position): one pass, not a sort of every
      // article that shares an entity, since every article page asks.
      const best: number[] = [];
      for (const candidate of touched) {
        const score = scores[candidate]!;
        let at = best.length;
        while (
          at > 0 &&
          (scores[best[at - 1]!]! < score || (scores[best[at - 1]!] === score && best[at - 1]! > candidate))
        ) {
          at -= 1;
        }
        if (at < limit) {
          best.splice(at, 0, candidate);
          if (best.length > limit) best.pop();
        }
      }
      for (const candidate of touched) scores[candidate] = 0;
      return best.map((i) => articles[i]!);
    },
  };
}

export type SiteIndex<A extends ArticleSummary> = ReturnType<typeof buildSiteIndex<A>>;

/** Counts per month (YYYY-MM) for every month between first and last, zero-filled. */
export function monthlyTimeline(dates: readonly string[], first: string, last: string) {
  const counts = new Map<string, number>();
  for (const date of dates) counts.set(date.slice(0, 7), (counts.get(date.slice(0, 7)) ?? 0) + 1);
  const timeline: { month: string; count: number }[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  const end = last.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    timeline.push({ month: key, count: counts.get(key) ?? 0 });
    if (key >= end) break;
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return timeline;
}

/** "2024-01-04" plus `days` (may be negative), as YYYY-MM-DD; calendar arithmetic in UTC, not the clock. */
export function addDays(isoDate: string, days: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** The `count` months (YYYY-MM) ending with the month of `isoDate`, oldest first. */
export function lastMonths(isoDate: string, count: number): string[] {
  const [year, month] = isoDate.split('-').map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) => {
    const date = new Date(Date.UTC(year, month - 1 - (count - 1 - i), 1));
    return date.toISOString().slice(0, 7);
  });
}

/**
 * For an entity's articles (newest first) split into pages of `perPage`: each year they span, newest first, with
 * the page holding that year's newest article.
 */
export function yearStarts(dates: readonly string[], perPage: number): YearStart[] {
  const starts: YearStart[] = [];
  dates.forEach((date, i) => {
    const year = Number(date.slice(0, 4));
    const last = starts[starts.length - 1];
    if (last?.year === year) last.count += 1;
    else starts.push({ year, page: Math.floor(i / perPage) + 1, index: i, count: 1 });
  });
  return starts;
}
