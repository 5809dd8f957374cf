import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { auditArchive } from '../../src/lib/checks/audit.ts';
import { checkLinks, pageUrl, type BuiltPage } from '../../src/lib/checks/links.ts';
import { createPaths } from '../../src/lib/paths.ts';

const page = (file: string, body: string): BuiltPage => ({
  file,
  $: load(`<!doctype html><html><body>${body}</body></html>`),
});

describe('pageUrl', () => {
  it('maps built files to the URLs readers use', () => {
    expect(pageUrl('militias/hamas/index.html', '/')).toBe('/militias/hamas/');
    expect(pageUrl('index.html', '/news-archive/')).toBe('/news-archive/');
    expect(pageUrl('404.html', '/')).toBe('/404.html');
  });
});

describe('checkLinks', () => {
  const files = new Set(['index.html', 'a/index.html', 'style.css', 'rss.xml']);
  const site = [
    page(
      'index.html',
      '<a href="/a/">ok</a><a href="/a/#part">ok</a><link href="/style.css"><a href="/rss.xml">ok</a>',
    ),
    page('a/index.html', '<h2 id="part">Part</h2><a href="#part">ok</a><a href="https://example.org/x">external</a>'),
  ];

  it('accepts links and fragments that resolve, and ignores external links', () => {
    expect(checkLinks(site, files, '/')).toEqual([]);
  });

  it('names the page and the link for each broken one', () => {
    const broken = [
      page('index.html', '<a href="/missing/">x</a><a href="/a">x</a><img src="/gone.png"><a href="/a/#nope">x</a>'),
      page('a/index.html', '<a href="#absent">x</a><img srcset="/style.css 1x, /none.png 2x">'),
    ];
    expect(checkLinks(broken, files, '/')).toEqual([
      { page: '/', link: '/missing/', problem: 'no page at this address' },
      { page: '/', link: '/a', problem: 'missing trailing slash' },
      { page: '/', link: '/a/#nope', problem: 'no element with id "nope" on the target page' },
      { page: '/', link: '/gone.png', problem: 'no file at this address' },
      { page: '/a/', link: '#absent', problem: 'no element with id "absent" on the target page' },
      { page: '/a/', link: '/none.png', problem: 'no file at this address' },
    ]);
  });

  it('refuses links that escape a sub-path base', () => {
    const sub = [page('index.html', '<a href="/a/">root-relative without the base</a><a href="a/">relative</a>')];
    expect(checkLinks(sub, files, '/news-archive/')).toEqual([
      { page: '/news-archive/', link: '/a/', problem: "points outside the site's base /news-archive/" },
    ]);
  });
});

describe('auditArchive', () => {
  const paths = createPaths('/');
  const article = { id: '2024/01/story', file: '2024/01/story.md', date: '2024-01-04' };
  const pages = new Map([
    [
      '/2024/01/story/',
      load('<aside><ul class="entity-tags"><li><a href="/countries/iraq/">Iraq</a></li></ul></aside>'),
    ],
    ['/archive/2024/01/', load('<main><a href="/2024/01/story/">Story</a></main>')],
    ['/countries/iraq/', load('<ol class="article-list"></ol><a rel="next" href="/countries/iraq/page/2/">more</a>')],
    ['/countries/iraq/page/2/', load('<ol class="article-list"><li><a href="/2024/01/story/">Story</a></li></ol>')],
  ]);

  it('finds nothing lost when the article is on its page, its month and every entity page (following pagination)', () => {
    expect(auditArchive([article], (url) => pages.get(url), paths)).toEqual([]);
  });

  it('reports a missing page, a missing archive listing and a missing entity listing', () => {
    const gaps = new Map(pages);
    gaps.set('/countries/iraq/page/2/', load('<ol class="article-list"></ol>'));
    gaps.set('/archive/2024/01/', load('<main></main>'));
    expect(auditArchive([article], (url) => gaps.get(url), paths)).toEqual([
      '2024/01/story.md: not listed on /archive/2024/01/',
      '2024/01/story.md: not listed on /countries/iraq/',
    ]);
    expect(auditArchive([{ ...article, id: '2024/01/other' }], (url) => pages.get(url), paths)).toEqual([
      '2024/01/story.md: no page at /2024/01/other/',
    ]);
  });
});
