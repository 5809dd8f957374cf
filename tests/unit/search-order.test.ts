import { describe, expect, it } from 'vitest';
import { matchingEveryWord, newestFirst, shardPlace, shardWeight } from '../../public/search-order.js';

/**
 * Merged results as Pagefind gives them for a search sorted by date, descending: in each index, a page scores its
 * place in that index's date order (0 for the oldest), times the index's weight; all indexes' results are then
 * ranked by score together.
 */
function pagefindMerged(shards: { dates: string[] }[], matches: (date: string) => boolean) {
  const results = shards.flatMap((shard, index) =>
    [...shard.dates].sort().flatMap((date, place) =>
      matches(date)
        ? [
            {
              date,
              score: place * shardWeight(index),
              data: async () => ({ meta: { date } as Record<string, string> }),
            },
          ]
        : [],
    ),
  );
  return results.sort((a, b) => b.score - a.score);
}

describe('search results newest first across shards', () => {
  const manifest = [{ from: '2024-01-01' }, { from: '2023-01-01' }, { from: '2020-01-01' }];
  const shards = [
    { dates: ['2024-01-02', '2024-03-04', '2024-11-30'] },
    { dates: ['2023-02-01', '2023-05-06', '2023-05-07', '2023-12-31'] },
    { dates: Array.from({ length: 40 }, (_, i) => `202${i % 3}-0${(i % 9) + 1}-1${i % 10}`) },
  ];
  const newestToOldest = (dates: string[]) => [...dates].sort().reverse();

  it('orders by date, newest first, where Pagefind ranks by score', async () => {
    const merged = pagefindMerged(shards, () => true);
    const dates = merged.map((result) => result.date);
    expect(dates).not.toEqual(newestToOldest(dates));
    const ordered = (await newestFirst(merged, manifest)).map((result) => result.date);
    expect(ordered).toEqual(newestToOldest(shards.flatMap((shard) => shard.dates)));
  });

  it('places each shard’s oldest page (a score of 0) by its date', async () => {
    const merged = pagefindMerged(shards, (date) => date.endsWith('2') || date.startsWith('2023-02'));
    expect(merged.filter((result) => result.score === 0).map((result) => result.date)).toEqual([
      '2024-01-02',
      '2023-02-01',
    ]);
    const ordered = (await newestFirst(merged, manifest)).map((result) => result.date);
    expect(ordered).toEqual(newestToOldest(merged.map((result) => result.date)));
  });

  it('reads the shard and place back from a score, for large shards too', () => {
    for (const [shard, place] of [
      [0, 1],
      [3, 12_345],
      [59, 120_000],
    ] as const) {
      expect(shardPlace(place * shardWeight(shard))).toEqual({ shard, place });
    }
    expect(shardPlace(0)).toBeUndefined();
  });
});

describe('a search of several words across shards matches as one index would', () => {
  /** Two shards of articles, each a date and its words; a shard answers Pagefind's way. */
  const shards = [
    [
      { date: '2024-01-04', words: ['abu', 'taqwa', 'baghdad'] },
      { date: '2024-02-01', words: ['abu', 'baghdad'] },
    ],
    [
      { date: '2023-05-01', words: ['abu', 'ubaida'] },
      { date: '2023-06-01', words: ['baghdad'] },
      { date: '2023-07-01', words: ['abu', 'baghdad'] },
    ],
  ];
  const manifest = [{ from: '2024-01-01' }, { from: '2023-01-01' }];
  /** Pagefind leaves out of the query each word that matches nothing in the shard it searches. */
  function search(query: string) {
    const asked = query.split(' ');
    return shards.flatMap((articles, index) => {
      const known = asked.filter((word) => articles.some((article) => article.words.includes(word)));
      if (known.length === 0) return [];
      const dates = articles.map((article) => article.date).sort();
      return articles
        .filter((article) => known.every((word) => article.words.includes(word)))
        .map((article) => ({
          date: article.date,
          score: dates.indexOf(article.date) * shardWeight(index),
          data: async () => ({ meta: { date: article.date } as Record<string, string> }),
        }));
    });
  }
  const dates = async (query: string) =>
    (await matchingEveryWord(search(query), query, async (word) => search(word), manifest)).map((r) => r.date).sort();

  it('keeps no result from a shard where one of the words matches nothing', async () => {
    expect(search('abu taqwa').map((result) => result.date)).toContain('2023-05-01');
    expect(await dates('abu taqwa')).toEqual(['2024-01-04']);
  });

  it('leaves out a word that matches nothing anywhere, as a single index does', async () => {
    expect(await dates('abu baghdad zzz')).toEqual(['2023-07-01', '2024-01-04', '2024-02-01']);
  });

  it('leaves one word, and words every shard knows, as Pagefind found them', async () => {
    expect(await dates('abu')).toEqual(['2023-05-01', '2023-07-01', '2024-01-04', '2024-02-01']);
    expect(await dates('abu baghdad')).toEqual(['2023-07-01', '2024-01-04', '2024-02-01']);
  });
});
