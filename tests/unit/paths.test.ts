import { describe, expect, it } from 'vitest';
import { articleIdFromPath, createPaths } from '../../src/lib/paths.ts';
import { normaliseBase, readArchiveConfig } from '../../src/lib/config.ts';

describe('createPaths', () => {
  const paths = createPaths('/');
  it('derives article URLs from the file path, not the title', () => {
    expect(paths.article('2024/01/us-airstrike-kills-militia-commander')).toBe(
      '/2024/01/us-airstrike-kills-militia-commander/',
    );
  });
  it('builds archive and entity URLs with one trailing-slash convention', () => {
    expect(paths.archiveYear(2024)).toBe('/archive/2024/');
    expect(paths.archiveMonth(2024, 1)).toBe('/archive/2024/01/');
    expect(paths.entity('militia', 'harakat-al-nujaba')).toBe('/militias/harakat-al-nujaba/');
    expect(paths.entity('country', 'iraq', 1)).toBe('/countries/iraq/');
    expect(paths.entity('official', 'pat-ryder', 2)).toBe('/officials/pat-ryder/page/2/');
    expect(paths.entityFeed('country', 'iraq')).toBe('/countries/iraq/rss.xml');
  });
  it('prefixes every URL with a sub-path base', () => {
    const sub = createPaths('/news-archive/');
    expect(sub.home()).toBe('/news-archive/');
    expect(sub.article('2024/01/x')).toBe('/news-archive/2024/01/x/');
    expect(sub.feed()).toBe('/news-archive/rss.xml');
  });
});

describe('articleIdFromPath', () => {
  it('strips the extension and normalises separators', () => {
    expect(articleIdFromPath('2024/01/a.md')).toBe('2024/01/a');
    expect(articleIdFromPath('2024\\01\\a.md')).toBe('2024/01/a');
  });
});

describe('readArchiveConfig', () => {
  it('has defaults', () => {
    expect(readArchiveConfig({})).toEqual({ articlesDir: 'articles', outDir: 'dist', site: undefined, base: '/' });
  });
  it('normalises the base and validates the site', () => {
    expect(normaliseBase('news-archive')).toBe('/news-archive/');
    expect(normaliseBase('/news-archive/')).toBe('/news-archive/');
    expect(readArchiveConfig({ ARCHIVE_SITE: 'https://example.org/x' }).site).toBe('https://example.org');
    expect(() => readArchiveConfig({ ARCHIVE_SITE: 'example.org' })).toThrow(/ARCHIVE_SITE/);
  });
});
