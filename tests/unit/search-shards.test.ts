import { describe, expect, it } from 'vitest';
import { searchShards } from '../../src/lib/search-shards.ts';

const dated = (...dates: string[]) => dates.map((date, i) => ({ id: `article-${i}`, date }));
const periods = (articles: { date: string }[], limit?: number) =>
  searchShards(articles, limit).map((shard) => [shard.period, shard.from, shard.articles.length]);

describe('search shards', () => {
  it('are one per year, newest first, each starting on its first day', () => {
    expect(periods(dated('2022-05-01', '2024-02-03', '2022-12-31', '2023-01-01'))).toEqual([
      ['2024', '2024-01-01', 1],
      ['2023', '2023-01-01', 1],
      ['2022', '2022-01-01', 2],
    ]);
  });

  it('split a year with more articles than the limit into quarters, and such a quarter into months', () => {
    const articles = dated(
      '2024-01-05',
      '2024-02-05',
      '2024-02-06',
      '2024-03-31',
      '2024-04-01',
      '2024-12-31',
      '2023-06-01',
      '2023-06-02',
      '2023-06-03',
    );
    expect(periods(articles, 3)).toEqual([
      ['2024-q4', '2024-10-01', 1],
      ['2024-q2', '2024-04-01', 1],
      ['2024-03', '2024-03-01', 1],
      ['2024-02', '2024-02-01', 2],
      ['2024-01', '2024-01-01', 1],
      ['2023', '2023-01-01', 3],
    ]);
  });

  it('keep every article, in its own period, so newest first holds across shards', () => {
    const articles = Array.from({ length: 500 }, (_, i) => ({
      date: `${2000 + (i % 7)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    }));
    const shards = searchShards(articles, 20);
    expect(shards.flatMap((shard) => shard.articles)).toHaveLength(articles.length);
    for (const [i, shard] of shards.entries()) {
      for (const article of shard.articles) {
        expect(article.date >= shard.from).toBe(true);
        if (i > 0) expect(article.date < shards[i - 1]!.from).toBe(true);
      }
    }
  });

  it('are none for an archive with no articles', () => {
    expect(searchShards([])).toEqual([]);
  });
});
