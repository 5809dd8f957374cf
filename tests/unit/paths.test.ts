import { describe, expect, it } from 'vitest';
import { articleIdFromPath, createPaths, isSiteRootName } from '../../src/lib/paths.ts';
import { textDirection } from '../../src/lib/text-direction.ts';
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
    expect(paths.articleEntities('2024/01/x')).toBe('/2024/01/x/#in-this-article');
    expect(paths.entityYear('militia', 'hamas', 2, 2023)).toBe('/militias/hamas/page/2/#year-2023');
    expect(paths.worldMap()).toBe('/maps/world-land.svg');
  });
  it('builds search URLs with filters, one parameter per value', () => {
    expect(paths.search()).toBe('/search/');
    expect(paths.search({ militia: ['Hezbollah', 'Kataib Hezbollah'], country: ['Iran'] })).toBe(
      '/search/?militia=Hezbollah&militia=Kataib+Hezbollah&country=Iran',
    );
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
    expect(articleIdFromPath('2024/01/a.MD')).toBe('2024/01/a');
    expect(articleIdFromPath('2024/01/a.Markdown')).toBe('2024/01/a');
    expect(articleIdFromPath('2024/01/a.md.txt')).toBe('2024/01/a.md.txt');
  });
});

describe('isSiteRootName', () => {
  it('reserves every name the build writes at the root, in any case, and nothing else', () => {
    for (const name of ['archive', 'Search', '_headers', 'favicon.svg', 'search.js', '404.html', 'rss.xml']) {
      expect(isSiteRootName(name), name).toBe(true);
    }
    expect(isSiteRootName('sitemap-index.xml')).toBe(true);
    expect(isSiteRootName('sitemap-12.xml')).toBe(true);
    expect(isSiteRootName('2024')).toBe(false);
    expect(isSiteRootName('sitemap-news')).toBe(false);
  });
});

describe('textDirection', () => {
  it('is rtl for right-to-left languages and scripts, ltr otherwise', () => {
    expect(['ar', 'fa-IR', 'he', 'ur', 'ku-Arab', 'ckb'].map(textDirection)).toEqual(Array(6).fill('rtl'));
    expect(['en', 'fr', undefined, 'az-Latn', 'ar-Latn'].map(textDirection)).toEqual(Array(5).fill('ltr'));
  });
});

describe('readArchiveConfig', () => {
  it('has defaults', () => {
    expect(readArchiveConfig({})).toStrictEqual({
      articlesDir: 'articles',
      outDir: 'dist',
      site: undefined,
      base: '/',
      renderThreads: undefined,
    });
  });
  it('reads how many worker threads render the pages, and refuses what is not a count', () => {
    expect(readArchiveConfig({ ARCHIVE_RENDER_THREADS: '0' }).renderThreads).toBe(0);
    expect(readArchiveConfig({ ARCHIVE_RENDER_THREADS: ' 2 ' }).renderThreads).toBe(2);
    expect(() => readArchiveConfig({ ARCHIVE_RENDER_THREADS: 'two' })).toThrow(/ARCHIVE_RENDER_THREADS.*"two"/);
    expect(() => readArchiveConfig({ ARCHIVE_RENDER_THREADS: '-1' })).toThrow(/ARCHIVE_RENDER_THREADS/);
  });
  it('normalises the base and validates the site', () => {
    expect(normaliseBase('news-archive')).toBe('/news-archive/');
    expect(normaliseBase('/news-archive/')).toBe('/news-archive/');
    expect(readArchiveConfig({ ARCHIVE_SITE: 'https://example.org/x' }).site).toBe('https://example.org');
    expect(() => readArchiveConfig({ ARCHIVE_SITE: 'example.org' })).toThrow(/ARCHIVE_SITE/);
  });
});
