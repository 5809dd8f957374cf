import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../support/build-site.ts';
import { fixtureArticle, writeArchive } from '../support/fixture-archive.ts';
import { htmlFiles, page } from '../support/html.ts';

const GOOD = fixtureArticle('2024/02/good.md', 'A good synthetic article', '2024-02-01', 'Filler text about Iraq.');

describe('broken articles stop the build, naming each file and what is wrong', () => {
  const dir = writeArchive([
    GOOD,
    { file: '2024/02/bad-yaml.md', frontmatter: 'title: [unclosed\ndate: 2024-02-01\nsource: "S"', body: 'Text.' },
    { file: '2024/02/no-title.md', frontmatter: 'date: 2024-02-01\nsource: "S"', body: 'Text.' },
    { file: '2024/02/no-date.md', frontmatter: 'title: "T"\nsource: "S"', body: 'Text.' },
    { file: '2024/02/bad-date.md', frontmatter: 'title: "T"\ndate: 2024-02-30\nsource: "S"', body: 'Text.' },
    { file: '2024/02/empty-body.md', frontmatter: 'title: "T"\ndate: 2024-02-01\nsource: "S"', body: '' },
    { file: '2024/02/Good.md', frontmatter: 'title: "Clash"\ndate: 2024-02-01\nsource: "S"', body: 'Text.' },
    { file: 'archive/2024.md', frontmatter: 'title: "Clash"\ndate: 2024-02-01\nsource: "S"', body: 'Text.' },
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
  let build: BuildResult;
  beforeAll(() => {
    build = buildSite({ articlesDir: dir });
  });

  it('fails the build, reporting the eight broken files together', () => {
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('8 article file(s) cannot be built:');
  });

  it.each([
    ['bad-yaml.md', 'front matter is not valid YAML'],
    ['no-title.md', 'field "title": is required'],
    ['no-date.md', 'field "date": is required'],
    ['bad-date.md', 'field "date": must be a real calendar date'],
    ['empty-body.md', 'has an empty body'],
    ['latin1.md', 'is not valid UTF-8'],
    ['Good.md', 'claims the same URL as'],
    ['2024.md', "clash with the site's own /archive/ pages"],
  ])('reports %s: %s', (file, problem) => {
    const line = build.output.split('\n').find((l) => l.includes(file) && l.includes(problem));
    expect(line, build.output).toBeDefined();
  });
});

describe('unusual but valid input builds correctly', () => {
  const decomposed = 'Tu\u0308rkiye';
  const filler = 'Lorem ipsum filler sentence for the long synthetic article, mentioning nothing in particular. ';
  const longBody = Array.from({ length: 1200 }, (_, i) => `Paragraph ${i}. ${filler.repeat(9)}`).join('\n\n');
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
  ]);
  let build: BuildResult;
  beforeAll(() => {
    build = buildSite({ articlesDir: dir });
  });

  it('builds', () => {
    expect(build.status, build.output).toBe(0);
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
    expect(htmlFiles(build.outDir)).toContain('404.html');
  });
});
