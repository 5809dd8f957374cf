import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_ARTICLE_BYTES } from '../../src/lib/articles/article-files.ts';
import { checkSiteLinks } from '../../src/lib/checks/links.ts';
import { wellFormednessProblem } from '../../src/lib/checks/well-formed.ts';
import { buildSite, sharedBuild, type BuildResult } from '../support/build-site.ts';
import { fixtureArticle, writeArchive } from '../support/fixture-archive.ts';
import { htmlFiles, page } from '../support/html.ts';

const GOOD = fixtureArticle('2024/02/good.md', 'A good synthetic article', '2024-02-01', 'Filler text about Iraq.');

const ARTICLE_FIELDS = 'date: 2024-02-01\nsource: "S"';
const deep = (open: string, close = '') => `${open.repeat(1000)}text${close.repeat(1000)}`;

describe('broken articles stop the build, naming each file and what is wrong', () => {
  const dir = writeArchive([
    GOOD,
    { file: '2024/02/bad-yaml.md', frontmatter: 'title: [unclosed\ndate: 2024-02-01\nsource: "S"', body: 'Text.' },
    { file: '2024/02/no-title.md', frontmatter: 'date: 2024-02-01\nsource: "S"', body: 'Text.' },
    { file: '2024/02/no-date.md', frontmatter: 'title: "T"\nsource: "S"', body: 'Text.' },
    { file: '2024/02/bad-date.md', frontmatter: 'title: "T"\ndate: 2024-02-30\nsource: "S"', body: 'Text.' },
    { file: '2024/02/year-50.md', frontmatter: 'title: "T"\ndate: 0050-02-01\nsource: "S"', body: 'Text.' },
    { file: '2024/02/empty-body.md', frontmatter: 'title: "T"\ndate: 2024-02-01\nsource: "S"', body: '' },
    { file: '2024/02/Good.md', frontmatter: 'title: "Clash"\ndate: 2024-02-01\nsource: "S"', body: 'Text.' },
    { file: '2024/02/good.markdown', frontmatter: 'title: "Clash"\ndate: 2024-02-01\nsource: "S"', body: 'Text.' },
    { file: 'archive/2024.md', frontmatter: 'title: "Clash"\ndate: 2024-02-01\nsource: "S"', body: 'Text.' },
    ...['_headers', 'favicon.svg', 'search.js', '404.html', 'sitemap-index.xml', 'rss.xml', 'Robots.txt'].map(
      (name) => ({ file: `${name}.md`, frontmatter: `title: "Clash"\n${ARTICLE_FIELDS}`, body: 'Text.' }),
    ),
    {
      file: '2024/02/nested-typo.md',
      frontmatter: `title: "T"\n${ARTICLE_FIELDS}\nentities:\n  adds: [iraq]`,
      body: 'T.',
    },
    {
      file: '2024/02/unknown-id.md',
      frontmatter: `title: "T"\n${ARTICLE_FIELDS}\nentities:\n  add: [no-such-id]`,
      body: 'T.',
    },
    {
      file: '2024/02/escaped-control.md',
      frontmatter: `title: "Pasted \\e[1mheadline"\n${ARTICLE_FIELDS}`,
      body: 'T.',
    },
    { file: '2024/02/raw-control.md', frontmatter: `title: "T"\n${ARTICLE_FIELDS}\nsummary: "A \u001b b"`, body: 'T.' },
    { file: '2024/02/deep-list.md', frontmatter: `title: "T"\n${ARTICLE_FIELDS}`, body: deep('- ') },
    { file: '2024/02/deep-quote.md', frontmatter: `title: "T"\n${ARTICLE_FIELDS}`, body: deep('>') },
    { file: '2024/02/deep-div.md', frontmatter: `title: "T"\n${ARTICLE_FIELDS}`, body: deep('<div>', '</div>') },
    { file: '2024/02/notes.mdx', frontmatter: `title: "T"\n${ARTICLE_FIELDS}`, body: 'T.' },
  ]);
  // Latin-1 bytes: "Café" with é as 0xE9.
  writeFileSync(
    path.join(dir, '2024/02/latin1.md'),
    Buffer.concat([
      Buffer.from('---\ntitle: "Caf'),
      Buffer.from([0xe9]),
      Buffer.from('"\ndate: 2024-02-01\nsource: "S"\n---\n\nText.\n'),
    ]),
  );
  writeFileSync(path.join(dir, '2024/02/nul.md'), `---\ntitle: "T"\n${ARTICLE_FIELDS}\n---\n\nA\0B\n`);
  writeFileSync(path.join(dir, '2024/02/unclosed.md'), `---\ntitle: "T"\n${ARTICLE_FIELDS}\n\nText.\n`);
  writeFileSync(path.join(dir, '2024/02/huge.md'), `---\ntitle: "T"\n${ARTICLE_FIELDS}\n---\n\n`);
  truncateSync(path.join(dir, '2024/02/huge.md'), MAX_ARTICLE_BYTES + 1024 * 1024);
  const outside = mkdtempSync(path.join(tmpdir(), 'archive-outside-'));
  writeFileSync(path.join(outside, 'story.md'), `---\ntitle: "T"\n${ARTICLE_FIELDS}\n---\n\nText.\n`);
  symlinkSync(path.join(outside, 'story.md'), path.join(dir, '2024/02/link-out.md'));
  symlinkSync(outside, path.join(dir, '2024/02/folder-out'));
  symlinkSync('missing.md', path.join(dir, '2024/02/dangling.md'));
  execFileSync('mkfifo', [path.join(dir, '2024/02/pipe.md')]);
  let build: BuildResult;
  beforeAll(() => {
    build = buildSite({ articlesDir: dir });
  });

  it('fails the build, reporting the 32 broken files together', () => {
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('32 article file(s) cannot be built:');
  });

  it.each([
    ['bad-yaml.md', 'front matter is not valid YAML'],
    ['no-title.md', 'field "title": is required'],
    ['no-date.md', 'field "date": is required'],
    ['bad-date.md', 'field "date": must be a real calendar date'],
    ['year-50.md', 'field "date": is out of range'],
    ['empty-body.md', 'has an empty body'],
    ['latin1.md', 'is not valid UTF-8'],
    ['nul.md', 'looks like a binary file (it contains NUL bytes)'],
    ['unclosed.md', 'front matter is not closed'],
    ['Good.md', 'claims the same URL as'],
    ['good.markdown', 'claims the same URL as'],
    ['2024.md', 'clash with the site\'s own "archive"'],
    ['_headers.md', 'clash with the site\'s own "_headers"'],
    ['favicon.svg.md', 'clash with the site\'s own "favicon.svg"'],
    ['search.js.md', 'clash with the site\'s own "search.js"'],
    ['404.html.md', 'clash with the site\'s own "404.html"'],
    ['sitemap-index.xml.md', 'clash with the site\'s own "sitemap-index.xml"'],
    ['rss.xml.md', 'clash with the site\'s own "rss.xml"'],
    ['Robots.txt.md', 'clash with the site\'s own "Robots.txt"'],
    ['nested-typo.md', 'field "entities": unknown field(s) "adds"'],
    ['unknown-id.md', 'field "entities.add": unknown entity id(s) no-such-id'],
    ['escaped-control.md', 'field "title": contains the control character U+001B'],
    ['raw-control.md', 'line 5, column 13: contains the control character U+001B'],
    ['deep-list.md', 'nests lists, block quotes or HTML elements more than 100 levels deep'],
    ['deep-quote.md', 'nests lists, block quotes or HTML elements more than 100 levels deep'],
    ['deep-div.md', 'nests lists, block quotes or HTML elements more than 100 levels deep'],
    ['huge.md', `is 6.0 MB; an article file may be at most 5.0 MB`],
    ['notes.mdx', 'is not read as an article: articles end in .md or .markdown'],
    ['link-out.md', 'is a symbolic link to'],
    ['folder-out', 'outside the articles folder'],
    ['dangling.md', 'is a symbolic link to nothing'],
    ['pipe.md', 'is named like an article but is not a regular file'],
  ])('reports %s: %s', (file, problem) => {
    const line = build.output.split('\n').find((l) => l.includes(file) && l.includes(problem));
    expect(line, build.output).toBeDefined();
  });

  it('names the files without a stack trace or a crash that names nothing', () => {
    expect(build.output).not.toMatch(/Maximum call stack|EISDIR|ENOTDIR|URI malformed|^\s+at /m);
  });
});

describe('what the build checks catch without a build of its own', () => {
  it('a malformed percent-escape in a link is a broken link naming page and link', () => {
    const page = '<main><a href="#%zz">x</a> <a href="/2024/01/50%25/">y</a> <a href="/a%zz/">z</a></main>';
    const site = new Map([
      ['2024/01/x/index.html', page],
      ['2024/01/50%/index.html', '<main id="m"><a href="#m">self</a></main>'],
    ]);
    expect(checkSiteLinks(site, '/')).toEqual([
      { page: '/2024/01/x/', link: '#%zz', problem: expect.stringContaining('malformed percent-escape') },
      { page: '/2024/01/x/', link: '/a%zz/', problem: expect.stringContaining('malformed percent-escape') },
    ]);
  });

  it('a feed with a control character, or a broken JSON file, is malformed', () => {
    expect(wellFormednessProblem('rss.xml', '<rss><title>a \u001b b</title></rss>')).toContain('U+001B');
    expect(wellFormednessProblem('rss.xml', '<rss><title>a &#x1b; b</title></rss>')).toContain('&#x1b;');
    expect(wellFormednessProblem('rss.xml', '<rss><title>a</rss>')).toContain('not well-formed XML');
    expect(wellFormednessProblem('data/a.json', '{"a": 1')).toContain('not valid JSON');
    expect(wellFormednessProblem('data/m.jsonl', '{"a": 1}\n{"a": \n')).toContain('line 2');
    expect(wellFormednessProblem('rss.xml', '<rss><title>a &amp; b</title></rss>')).toBeUndefined();
  });
});

describe('unusual but valid input builds correctly', () => {
  const decomposed = 'Tu\u0308rkiye';
  const filler = 'Lorem ipsum filler sentence for the long synthetic article, mentioning nothing in particular. ';
  const longBody = Array.from({ length: 1200 }, (_, i) => `Paragraph ${i}. ${filler.repeat(9)}`).join('\n\n');
  const named = (file: string, title: string, extra = '') =>
    fixtureArticle(file, title, '2024-04-02', `Filler text for ${title}, naming Iraq once.`, extra);
  const dir = writeArchive([
    fixtureArticle(
      '2024/03/decomposed.md',
      `Synthetic note on ${decomposed}`,
      '2024-03-01',
      `Filler text: ${decomposed} is named here.`,
    ),
    fixtureArticle(
      '2024/03/long.md',
      'A very long synthetic article',
      '2024-03-02',
      `Hezbollah appears once at the start.\n\n${longBody}`,
    ),
    named('2024/04/upper.MD', 'Upper-case extension'),
    named('2024/04/mixed.Md', 'Mixed-case extension'),
    named('2024/04/long-extension.markdown', 'Long extension'),
    named('2024/04/café-é.md', 'Accented file name'),
    named('2024/04/with space.md', 'File name with a space'),
    named('2024/04/50%.md', 'File name with a percent sign'),
    named('sources/linked-original.md', 'Target of a file link'),
    named('sources/may/in-linked-folder.md', 'Article in a linked folder'),
    fixtureArticle('2024/04/arabic.md', 'مقال تجريبي', '2024-04-03', 'نص تجريبي للاختبار فقط.', 'lang: ar'),
    fixtureArticle(
      '2024/04/layout-headings.md',
      'Headings named like the page landmarks',
      '2024-04-04',
      '## Content\n\nFiller.\n\n## Site search\n\nFiller.\n\n## In this article\n\nFiller, [to the heading](#content-1).',
    ),
  ]);
  symlinkSync('../../sources/linked-original.md', path.join(dir, '2024/04/file-link.md'));
  mkdirSync(path.join(dir, '2024/05'), { recursive: true });
  symlinkSync('../../sources/may', path.join(dir, '2024/05/folder-link'));
  let build: BuildResult;
  beforeAll(() => {
    build = buildSite({ articlesDir: dir });
  });

  it('builds, with every article accounted for by the audit', () => {
    expect(build.status, build.output).toBe(0);
    expect(build.output).toMatch(/articles audited: 14, drafts left out: 0/);
  });

  it('reads decomposed Unicode as the composed name and tags the country', () => {
    const $ = page(build.outDir, '/2024/03/decomposed/');
    expect($('h1').text().normalize('NFC')).toBe('Synthetic note on Türkiye');
    expect($('aside a[href^="/countries/"]').length).toBe(1);
  });

  it('renders a 1 MB article in full', () => {
    expect(longBody.length).toBeGreaterThan(1_000_000);
    const html = readFileSync(path.join(build.outDir, '2024/03/long/index.html'), 'utf8');
    expect(html).toContain('Paragraph 1199.');
    expect(page(build.outDir, '/2024/03/long/')('.prose a.entity-link').text()).toBe('Hezbollah');
  });

  it.each([
    ['/2024/04/upper/', 'Upper-case extension'],
    ['/2024/04/mixed/', 'Mixed-case extension'],
    ['/2024/04/long-extension/', 'Long extension'],
    ['/2024/04/café-é/', 'Accented file name'],
    ['/2024/04/with space/', 'File name with a space'],
    ['/2024/04/50%/', 'File name with a percent sign'],
    ['/2024/04/file-link/', 'Target of a file link'],
    ['/sources/linked-original/', 'Target of a file link'],
    ['/2024/05/folder-link/in-linked-folder/', 'Article in a linked folder'],
  ])('publishes %s and lists it in its month archive', (url, title) => {
    expect(page(build.outDir, url)('h1').text()).toBe(title);
    // Every one of these articles is dated April 2024, wherever its file is.
    const hrefs = page(
      build.outDir,
      '/archive/2024/04/',
    )('main a')
      .map((_, a) => decodeURIComponent(a.attribs['href']!))
      .get();
    expect(hrefs).toContain(url);
  });

  it('sets the direction of a right-to-left article', () => {
    const $ = page(build.outDir, '/2024/04/arabic/');
    expect($('article').attr('lang')).toBe('ar');
    expect($('article').attr('dir')).toBe('rtl');
    expect($('html').attr('dir')).toBeUndefined();
  });

  it("renames body ids that the page's own elements use", () => {
    const $ = page(build.outDir, '/2024/04/layout-headings/');
    for (const id of ['content', 'site-search', 'in-this-article']) expect($(`[id="${id}"]`).length, id).toBe(1);
    expect(
      $('.prose h2')
        .map((_, h) => h.attribs['id'])
        .get(),
    ).toEqual(['content-1', 'site-search-1', 'in-this-article-1']);
  });

  it('writes well-formed feeds and data files', () => {
    const generated = (readdirSync(build.outDir, { recursive: true }) as string[]).filter((file) =>
      /\.(?:xml|json|jsonl)$/.test(file),
    );
    expect(generated).toContain('rss.xml');
    for (const file of generated) {
      expect(wellFormednessProblem(file, readFileSync(path.join(build.outDir, file), 'utf8')), file).toBeUndefined();
    }
  });
});

describe('an archive of one article', () => {
  let build: BuildResult;
  beforeAll(async () => {
    // The seed alone, as the feeds test builds it (shared, so no extra build).
    build = await sharedBuild('seed', { site: '' });
  });

  it('reads well: the article with its entities, who is in the news, and a map where each country has 1 article', () => {
    expect(build.status, build.output).toBe(0);
    const home = page(build.outDir, '/');
    expect(home('.article-list > li')).toHaveLength(1);
    expect(home('main').text()).toContain('1 article in the archive.');
    expect(home('.article-list .entity-chips a').length).toBeGreaterThan(3);
    const news = home('.news-list li');
    expect(news.length).toBeGreaterThan(3);
    news.each((_, li) => void expect(home(li).find('.news-name .muted').text()).toMatch(/, 1 article$/));
    const countries = page(build.outDir, '/countries/');
    expect(countries('.world-map svg a[href="/countries/iraq/"]').attr('aria-label')).toBe('Iraq, 1 article');
    expect(countries('.map-legend li').first().text().trim()).toBe('1 article');
  });
});

describe('an empty articles folder', () => {
  let build: BuildResult;
  beforeAll(() => {
    build = buildSite({ articlesDir: mkdtempSync(path.join(tmpdir(), 'archive-empty-')) });
  });

  it('builds a site that says the archive is empty', () => {
    expect(build.status, build.output).toBe(0);
    expect(page(build.outDir, '/')('main').text()).toContain('The archive is empty');
    expect(page(build.outDir, '/archive/')('main').text()).toContain('The archive is empty');
    expect(page(build.outDir, '/')('.in-the-news')).toHaveLength(0);
    expect(page(build.outDir, '/countries/')('.world-map')).toHaveLength(0);
    expect(htmlFiles(build.outDir)).toContain('404.html');
  });
});
