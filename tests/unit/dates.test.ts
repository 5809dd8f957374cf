import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/lib/articles/frontmatter.ts';
import { validateIsoDate } from '../../src/lib/articles/importer.ts';
import { formatDate, isCalendarDate } from '../../src/lib/dates.ts';
import { roleSchema } from '../../src/lib/entities/registry.ts';

describe('isCalendarDate: the one date check of front matter, importer and registry', () => {
  it('accepts real dates written YYYY-MM-DD, leap days included', () => {
    for (const ok of ['2024-02-29', '2000-02-29', '1999-12-31', '2024-04-30'])
      expect(isCalendarDate(ok), ok).toBe(true);
  });

  it('refuses impossible or badly written dates', () => {
    for (const bad of [
      '2024-02-30',
      '2023-02-29',
      '1900-02-29',
      '2024-13-01',
      '2024-00-10',
      '2024-04-31',
      '2024-01-00',
      '2024-1-4',
      '2024/01/04',
      '0099-01-01',
      ' 2024-01-04',
      '2024',
      '2024-02',
    ]) {
      expect(isCalendarDate(bad), bad).toBe(false);
    }
  });

  it('with partial, also accepts a bare year or year and month, as registry roles use', () => {
    for (const ok of ['2024', '2024-02', '2024-02-29']) expect(isCalendarDate(ok, { partial: true }), ok).toBe(true);
    for (const bad of ['24', '2024-00', '2024-13', '2023-02-29', '2024-1']) {
      expect(isCalendarDate(bad, { partial: true }), bad).toBe(false);
    }
  });

  it('is what the front matter schema, the importer and the registry schema apply', () => {
    expect(() => parseArticle('---\ntitle: T\ndate: 2023-02-29\nsource: S\n---\n\nText.\n', 'a.md')).toThrow(
      /real calendar date/,
    );
    expect(() => validateIsoDate('2023-02-29')).toThrow(/not a real calendar date/);
    expect(roleSchema.safeParse({ title: 'Test role', start: '2023-02' }).success).toBe(true);
    expect(roleSchema.safeParse({ title: 'Test role', start: '2023-02-29' }).error?.issues[0]?.message).toBe(
      'must be a real date written YYYY, YYYY-MM or YYYY-MM-DD',
    );
  });
});

describe('formatDate', () => {
  it('writes day, month and year as a reader expects', () => {
    expect(formatDate('2024-01-04')).toBe('4 January 2024');
    expect(formatDate('2024-01')).toBe('January 2024');
    expect(formatDate('2024')).toBe('2024');
  });
});
