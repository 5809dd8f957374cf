import { describe, expect, it } from 'vitest';
import { auditArchive } from '../../src/lib/checks/audit.ts';
import { checkLinks, checkSiteLinks, pageUrl } from '../../src/lib/checks/links.ts';
import { summarisePage, summarisePageWithParser, type PageSummary } from '../../src/lib/checks/page-summary.ts';
import { unreservedRootNames } from '../../src/lib/checks/root-names.ts';
import { createPaths } from '../../src/lib/paths.ts';

const html = (body: string) => `<!doctype html><html><body>${body}</body></html>`;
const page = (file: string, body: string, base = '/'): PageSummary => summarisePage(html(body), pageUrl(file, base));

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
      { page: '/', link: '/gone.png', problem: 'no file at this address' },
      { page: '/', link: '/a/#nope', problem: 'no element with id "nope" on the target page' },
      { page: '/a/', link: '#absent', problem: 'no element with id "absent" on the target page' },
      { page: '/a/', link: '/none.png', problem: 'no file at this address' },
    ]);
  });

  it('refuses links that escape a sub-path base', () => {
    const sub = [
      page('index.html', '<a href="/a/">root-relative without the base</a><a href="a/">relative</a>', '/news-archive/'),
    ];
    expect(checkLinks(sub, files, '/news-archive/')).toEqual([
      { page: '/news-archive/', link: '/a/', problem: "points outside the site's base /news-archive/" },
    ]);
  });
});

describe('checkSiteLinks', () => {
  it('reads a map of built files to their text and names the page and link of each broken one', () => {
    const site = new Map([
      ['index.html', html('<a href="/news/a/">ok</a><a href="/news/no-such-page/">x</a><img src="/news/logo.svg">')],
      ['a/index.html', html('<h2 id="top">Top</h2><a href="#top">ok</a><a href="#no-such-id">x</a>')],
      ['a/data.json', '{}'],
      ['logo.svg', '<svg/>'],
      [
        'b/index.html',
        html('<a href="../a/data.json">ok</a><a href="../a/#top">ok</a><a href="mailto:x@example.org">m</a>'),
      ],
    ]);
    expect(checkSiteLinks(site, '/news/')).toEqual([
      { page: '/news/', link: '/news/no-such-page/', problem: 'no page at this address' },
      { page: '/news/a/', link: '#no-such-id', problem: 'no element with id "no-such-id" on the target page' },
    ]);
  });
});

describe('summarisePage', () => {
  it('reads links, ids and the listing contexts in one pass', () => {
    const summary = summarisePage(
      html(
        '<main id="content"><a name="top"></a><aside><ul><li><a href="/countries/iraq/">Ir&amp;aq</a></li></ul></aside>' +
          '<ol class="article-list"><li><h3><a href="/x/">X</a></h3></li></ol><a rel="next" href="/p/2/">next</a></main>' +
          '<img srcset="/a.png 1x, /b.png 2x"><footer><a href="/f/">f</a></footer>',
      ),
      '/',
    );
    expect([...summary.ids]).toEqual(['content', 'top']);
    expect(summary.asideLinks).toEqual([{ href: '/countries/iraq/', text: 'Ir&aq' }]);
    expect(summary.listed).toEqual(['/x/']);
    expect(summary.next).toBe('/p/2/');
    expect(summary.mainLinks).toEqual(['/countries/iraq/', '/x/', '/p/2/']);
    expect(summary.links).toEqual(['/countries/iraq/', '/x/', '/p/2/', '/a.png', '/b.png', '/f/']);
  });
});

describe('summarisePage on markup the build does not write', () => {
  // Pages as the build writes them are read by a scanner of tags; each case here is read as htmlparser2 reads it.
  const cases = {
    'elements closed by the opening of others':
      '<main><ul><li><a href="/a/">a<li><a href="/b/">b</a></ul><p>x<div id="d">y</div></main>',
    'a listing class on an element the parser may close':
      '<main><p class="article-list"><a href="/a/">a<div><a href="/b/">b</a></div></main>',
    'links inside an aside left open': '<aside><a href="/a/">one <b>two</b>',
    'a closing tag with nothing open': '</p><aside></span><a href="/a/">a</a></aside></br>',
    'self-closing tags in SVG and HTML':
      '<main><svg><a href="/in/"/><title/>t</svg><div/><a href="/after/">x</a></main>',
    'unquoted, valueless, duplicate and upper-case attributes':
      '<A HREF=/a/ id=x>a</A><a href id="y" id="z">b</a><IMG SRC="/i.png" SRCSET="/i.png 1x,/j.png 2x">',
    'references the scanner decodes':
      '<aside><a href="/a?b=1&amp;c=2&#x27;">AT&amp;T &#x1F600; &#39;&quot;&lt;&gt;</a></aside>',
    'a named reference': '<aside><a href="/a/">AT&nbsp;T</a></aside>',
    'a reference without its semicolon': '<aside><a href="/a?x=1&copy=2">&copy 2024</a></aside>',
    'a reference to a C1 control': '<aside><a href="/a/">1&#150;2</a></aside>',
    'a reference to nothing': '<aside><a href="/a/">&#0;&#xD800;&#x110000;</a></aside>',
    'markup inside raw text': '<main><script>"<b></b><a href="/s/"></a>"</script><a href="/m/">m</a></main>',
    'markup inside CDATA': '<main><![CDATA[ x > <a href="/c/">y</a> ]]><a href="/m/">m</a></main>',
    'a self-closed link in SVG': '<aside><svg><a href="/x/"/>text</a></svg></aside>',
    'a closing tag that closes nothing open': '<main><aside><a href="/a/">x</span></aside></main><a href="/b/">y</a>',
    'comments, declarations, CDATA and processing instructions':
      '<!-- <a href="/no/"> --><!----><!---><![CDATA[<a href="/cdata/">]]><?pi <a href="/pi/"> ?><a href="/yes/">y</a>',
    'raw text elements':
      '<aside><a href="/a/">x<script>"<a href=/s/>"</script></a><title><a href="/t/"></title></aside>',
    'a less-than sign that starts no tag': '<aside><a href="/a/">1 < 2 <3 </ 4</a></aside>',
  };
  it.each(Object.entries(cases))('reads %s as an HTML parser does', (_name, body) => {
    const summary = summarisePage(html(body), '/');
    const parsed = summarisePageWithParser(html(body), '/');
    expect({ ...summary, ids: [...summary.ids] }).toEqual({ ...parsed, ids: [...parsed.ids] });
  });
});

describe('auditArchive', () => {
  const paths = createPaths('/');
  const article = { id: '2024/01/story', file: '2024/01/story.md', date: '2024-01-04' };
  const at = (url: string, body: string): [string, PageSummary] => [url, summarisePage(html(body), url)];
  const pages = new Map([
    at('/2024/01/story/', '<aside><ul class="entity-tags"><li><a href="/countries/iraq/">Iraq</a></li></ul></aside>'),
    at('/archive/2024/01/', '<main><a href="/2024/01/story/">Story</a></main>'),
    at('/countries/iraq/', '<ol class="article-list"></ol><a rel="next" href="/countries/iraq/page/2/">more</a>'),
    at('/countries/iraq/page/2/', '<ol class="article-list"><li><a href="/2024/01/story/">Story</a></li></ol>'),
  ]);

  it('finds nothing lost when the article is on its page, its month and every entity page (following pagination)', () => {
    expect(auditArchive([article], (url) => pages.get(url), paths)).toEqual([]);
  });

  it('audits every entity link of the aside, whatever its markup, and only those', () => {
    const more = new Map(pages);
    more.set(
      ...at(
        '/2024/01/story/',
        '<aside><h2>In this article</h2><ul><li><a href="/countries/iraq/">Iraq</a></li>' +
          '<li><a href="/militias/kataib-hezbollah/">Kataib\n  Hezbollah</a></li></ul>' +
          '<a href="/militias/">All militias</a><ul class="article-list"><li><a href="/2023/05/other/">Related</a></li></ul></aside>' +
          '<main><a href="/officials/not-in-aside/">a body link</a></main>',
      ),
    );
    more.set(
      ...at('/militias/kataib-hezbollah/', '<ol class="article-list"><li><a href="/elsewhere/">x</a></li></ol>'),
    );
    expect(auditArchive([article], (url) => more.get(url), paths)).toEqual([
      '2024/01/story.md: not listed on /militias/kataib-hezbollah/',
    ]);
    more.delete('/militias/kataib-hezbollah/');
    expect(auditArchive([article], (url) => more.get(url), paths)).toEqual([
      '2024/01/story.md: mentions Kataib Hezbollah but /militias/kataib-hezbollah/ does not exist',
    ]);
  });

  it('reports a missing page, a missing archive listing and a missing entity listing', () => {
    const gaps = new Map(pages);
    gaps.set(...at('/countries/iraq/page/2/', '<ol class="article-list"></ol>'));
    gaps.set(
      ...at('/archive/2024/01/', '<main><a href="/elsewhere/">x</a></main><a href="/2024/01/story/">outside main</a>'),
    );
    expect(auditArchive([article], (url) => gaps.get(url), paths)).toEqual([
      '2024/01/story.md: not listed on /archive/2024/01/',
      '2024/01/story.md: not listed on /countries/iraq/',
    ]);
    expect(auditArchive([{ ...article, id: '2024/01/other' }], (url) => pages.get(url), paths)).toEqual([
      '2024/01/story.md: no page at /2024/01/other/',
    ]);
  });
});

describe('auditArchive with file names that URLs percent-encode', () => {
  it('finds the pages of café-é.md and "with space.md" by their decoded paths', () => {
    const paths = createPaths('/');
    const articles = [
      { id: '2024/01/café-é', file: '2024/01/café-é.md', date: '2024-01-04' },
      { id: '2024/01/with space', file: '2024/01/with space.md', date: '2024-01-04' },
    ];
    const pages = new Map(
      [
        page('2024/01/café-é/index.html', '<aside></aside>'),
        page('2024/01/with space/index.html', '<aside></aside>'),
        page(
          'archive/2024/01/index.html',
          `<main><a href="${paths.article('2024/01/café-é')}">a</a><a href="/2024/01/with%20space/">b</a></main>`,
        ),
      ].map((summary) => [summary.url, summary]),
    );
    expect(auditArchive(articles, (url) => pages.get(url), paths)).toEqual([]);
    pages.delete('/2024/01/café-é/');
    expect(auditArchive(articles, (url) => pages.get(url), paths)).toEqual([
      '2024/01/café-é.md: no page at /2024/01/caf%C3%A9-%C3%A9/',
    ]);
  });
});

describe('unreservedRootNames', () => {
  it('names a root entry of the built site that neither an article nor the reserved list accounts for', () => {
    const files = ['index.html', 'rss.xml', '_headers', 'archive/index.html', '2024/01/a/index.html', 'new.txt'];
    expect(unreservedRootNames(files, ['2024/01/a'])).toEqual(['new.txt']);
    expect(unreservedRootNames(files.slice(0, -1), ['2024/01/a'])).toEqual([]);
  });
});
