/**
 * The search index is split by date into shards, each its own Pagefind index, so that an edit reindexes only the
 * articles of one period. The search page merges them (Pagefind's `mergeIndex`) and orders the results newest
 * first across shards (`public/search-order.js`), which works because shards cover disjoint periods.
 */

/**
 * Most articles a shard holds before its year is split into quarters, and a quarter into months: an edit then
 * reindexes at most about this many pages, while the search page merges few indexes (one a year for most archives).
 */
export const SHARD_ARTICLES = 1000;

export interface ShardArticle {
  /** Publication date, `YYYY-MM-DD`. */
  date: string;
}

export interface Shard<T extends ShardArticle> {
  /** `2024`, `2024-q3` or `2024-07`. */
  period: string;
  /** The first day of the period: every article of the shard is on or after it, and before the newer shards'. */
  from: string;
  articles: T[];
}

/**
 * The shards of an archive, newest first: one per year, a year with more than `limit` articles one per quarter,
 * such a quarter one per month. Depends only on the articles' dates, so it is the same on every build of the same
 * archive, and one article more or less changes at most the shards of its own year.
 */
export function searchShards<T extends ShardArticle>(articles: readonly T[], limit = SHARD_ARTICLES): Shard<T>[] {
  const shards: Shard<T>[] = [];
  const split = (
    group: readonly T[],
    period: (article: T) => string,
    from: (period: string) => string,
    finer?: (group: T[]) => void,
  ) => {
    for (const [name, members] of groupBy(group, period)) {
      if (finer && members.length > limit) finer(members);
      else shards.push({ period: name, from: from(name), articles: members });
    }
  };
  const quarter = (article: T) =>
    `${article.date.slice(0, 4)}-q${Math.floor((Number(article.date.slice(5, 7)) - 1) / 3) + 1}`;
  split(
    articles,
    (article) => article.date.slice(0, 4),
    (year) => `${year}-01-01`,
    (year) =>
      split(
        year,
        quarter,
        (name) => `${name.slice(0, 4)}-${String((Number(name.slice(6)) - 1) * 3 + 1).padStart(2, '0')}-01`,
        (months) =>
          split(
            months,
            (article) => article.date.slice(0, 7),
            (month) => `${month}-01`,
          ),
      ),
  );
  return shards.sort((a, b) => b.from.localeCompare(a.from));
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const name = key(item);
    const group = groups.get(name);
    if (group) group.push(item);
    else groups.set(name, [item]);
  }
  return groups;
}
