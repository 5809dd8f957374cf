import { describe, expect, it } from 'vitest';
import { addDays, buildSiteIndex, lastMonths, yearStarts, type ArticleSummary } from '../../src/lib/site-index.ts';
import type { Entity } from '../../src/lib/entities/types.ts';

const country = (id: string): Entity => ({
  id,
  kind: 'country',
  name: id[0]!.toUpperCase() + id.slice(1),
  aliases: [],
  description: 'Synthetic.',
  sources: [],
  iso2: id.slice(0, 2).toUpperCase(),
  demonyms: [],
});
const registry = ['iraq', 'iran', 'syria'].map(country);
let n = 0;
const article = (date: string, ...ids: string[]): ArticleSummary => ({
  id: `synthetic/${(n += 1)}`,
  title: `Synthetic ${n}`,
  date,
  source: 'Synthetic Test Wire',
  entities: ids.map((id) => ({ id, kind: 'country', name: id, count: 1, sentence: `About ${id}.`, reviewed: true })),
});

describe('inTheNews', () => {
  it('counts the last 30 days of the archive by article date, not the clock', () => {
    const index = buildSiteIndex(
      [
        article('2021-03-31', 'syria', 'iran'),
        article('2021-03-02', 'syria'),
        article('2021-03-01', 'iraq'), // 31 days before the newest: outside the window
        article('2021-02-15', 'iraq'),
        article('2021-02-10', 'iraq'),
      ],
      registry,
    );
    const news = index.inTheNews({ days: 30, months: 3 });
    expect(news.since).toBe('2021-03-02');
    expect(news.until).toBe('2021-03-31');
    expect(news.entities.map((e) => [e.entity.id, e.count])).toEqual([
      ['syria', 2],
      ['iran', 1],
    ]);
    expect(news.entities[0]!.months).toEqual([
      { month: '2021-01', count: 0 },
      { month: '2021-02', count: 0 },
      { month: '2021-03', count: 2 },
    ]);
  });

  it('is empty for an empty archive', () => {
    expect(buildSiteIndex([], registry).inTheNews()).toEqual({ since: undefined, until: undefined, entities: [] });
  });

  it('limits the list, most mentioned first and ties A–Z', () => {
    const index = buildSiteIndex([article('2024-01-04', 'syria', 'iraq', 'iran')], registry);
    expect(index.inTheNews({ limit: 2 }).entities.map((e) => e.entity.id)).toEqual(['iran', 'iraq']);
  });
});

describe('yearStarts', () => {
  it('gives each year of a newest-first list the page of its newest article', () => {
    const dates = [
      ...Array.from({ length: 3 }, () => '2024-05-01'),
      ...Array.from({ length: 20 }, () => '2023-06-01'),
      '2021-01-01',
    ];
    expect(yearStarts(dates, 20)).toEqual([
      { year: 2024, page: 1, index: 0, count: 3 },
      { year: 2023, page: 1, index: 3, count: 20 },
      { year: 2021, page: 2, index: 23, count: 1 },
    ]);
  });
});

describe('calendar helpers', () => {
  it('adds days across months and leap years', () => {
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2024-01-04', -29)).toBe('2023-12-06');
  });

  it('lists the last months across a year boundary', () => {
    expect(lastMonths('2024-01-04', 3)).toEqual(['2023-11', '2023-12', '2024-01']);
  });
});

describe('related', () => {
  it('ranks the articles sharing the rarest entities first, then the newer, and leaves the article itself out', () => {
    const subject = article('2022-06-01', 'iraq', 'iran', 'syria');
    // Iran is in 3 articles and Syria in 4, so sharing Iran weighs more than sharing Syria; Iraq (5) weighs least.
    const sharesIran = article('2022-01-01', 'iran');
    const sharesIranAndIraq = article('2021-01-01', 'iran', 'iraq');
    const sharesSyriaOld = article('2020-01-01', 'syria');
    const sharesSyriaNew = article('2022-05-01', 'syria');
    const sharesSyriaAndIraq = article('2019-01-01', 'syria', 'iraq');
    const sharesIraq = [article('2023-01-01', 'iraq'), article('2018-01-01', 'iraq')];
    const index = buildSiteIndex(
      [sharesSyriaOld, subject, sharesIran, sharesIranAndIraq, sharesSyriaNew, sharesSyriaAndIraq, ...sharesIraq],
      registry,
    );
    expect(index.related(subject.id, 10).map((a) => a.id)).toEqual(
      [sharesIranAndIraq, sharesSyriaAndIraq, sharesIran, sharesSyriaNew, sharesSyriaOld, ...sharesIraq].map(
        (a) => a.id,
      ),
    );
    expect(index.related(subject.id, 2).map((a) => a.id)).toEqual([sharesIranAndIraq.id, sharesSyriaAndIraq.id]);
    expect(index.related('synthetic/unknown')).toEqual([]);
  });

  it('gives the same answer when asked twice', () => {
    const a = article('2020-01-01', 'iraq');
    const b = article('2020-01-02', 'iraq');
    const index = buildSiteIndex([a, b], registry);
    expect(index.related(a.id).map((x) => x.id)).toEqual([b.id]);
    expect(index.related(a.id).map((x) => x.id)).toEqual([b.id]);
  });
});
