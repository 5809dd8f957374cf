import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { TargetExistsError, writeFileAtomic } from '../../src/lib/articles/atomic-write.ts';
import { parseArticle } from '../../src/lib/articles/frontmatter.ts';
import {
  ImportError,
  MAX_SLUG_LENGTH,
  decodeInput,
  escapeMarkdownParagraph,
  parseByline,
  parseHtmlPage,
  parseRawText,
  renderArticleMarkdown,
  slugify,
  splitHeadline,
  validateArticleUrl,
  validateIsoDate,
  type ImportedArticle,
} from '../../src/lib/articles/importer.ts';
import {
  defaultPromoPatterns,
  isPromoLine,
  parsePromoPatterns,
  type PromoPattern,
} from '../../src/lib/articles/promo-lines.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const fixturesDir = path.join(repoRoot, 'tests/fixtures/importer');
/** The raw text the first article was imported from, as the publisher's page gave it. */
const SEED = 'tests/fixtures/importer/seed/input.txt';
const SEED_ARTICLE = 'articles/2024/01/us-airstrike-kills-iranian-backed-militia-commander-in-baghdad.md';
const update = process.env['UPDATE_FIXTURES'] === '1';

/** The same rules the CLI uses: built-in defaults plus the editors' list. */
const promoPatterns: PromoPattern[] = [
  ...defaultPromoPatterns(),
  ...parsePromoPatterns(fs.readFileSync(path.join(repoRoot, 'src/data/promo-lines.txt'), 'utf8')),
];

interface FixtureOptions {
  date: string;
  source?: string;
  url?: string;
}

interface Fixture {
  name: string;
  dir: string;
  options: FixtureOptions;
  inputPath: string;
  isHtml: boolean;
}

function loadFixtures(): Fixture[] {
  return fs
    .readdirSync(fixturesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const dir = path.join(fixturesDir, name);
      const options = JSON.parse(fs.readFileSync(path.join(dir, 'options.json'), 'utf8')) as FixtureOptions;
      const html = path.join(dir, 'input.html');
      const inputPath = fs.existsSync(html) ? html : path.join(dir, 'input.txt');
      return { name, dir, options, inputPath, isHtml: inputPath.endsWith('.html') };
    });
}

function importFixture(fixture: Fixture): { article: ImportedArticle; markdown: string } {
  const text = decodeInput(fs.readFileSync(fixture.inputPath));
  const options = { source: fixture.options.source, url: fixture.options.url, promoPatterns };
  const article = fixture.isHtml ? parseHtmlPage(text, options) : parseRawText(text, options);
  const date = validateIsoDate(fixture.options.date).iso;
  return { article, markdown: renderArticleMarkdown({ ...article, date }) };
}

/** Renders the markdown body back to plain text with the same parser family the site uses (remark + GFM). */
function renderedParagraphs(markdown: string): { types: string[]; texts: string[] } {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
  const tree = unified().use(remarkParse).use(remarkGfm).parse(body) as Root;
  const processed = unified().use(remarkGfm).runSync(tree) as Root;
  return {
    types: processed.children.map((node) => node.type),
    texts: processed.children.map((node) => toString(node)),
  };
}

const fixtures = loadFixtures();

describe('golden fixtures (UPDATE_FIXTURES=1 regenerates output.md)', () => {
  it('found the fixture cases', () => {
    expect(fixtures.map((f) => f.name)).toEqual(
      expect.arrayContaining(['seed', 'html-page', 'headline-em-dash', 'promo-lines', 'typography']),
    );
  });

  for (const fixture of fixtures) {
    describe(fixture.name, () => {
      const expectedPath = path.join(fixture.dir, 'output.md');

      it('renders the expected article file', () => {
        const { markdown } = importFixture(fixture);
        if (update) fs.writeFileSync(expectedPath, markdown);
        expect(markdown).toBe(fs.readFileSync(expectedPath, 'utf8'));
        expect(markdown.endsWith('\n') && !markdown.endsWith('\n\n')).toBe(true);
      });

      it('has front matter the site schema accepts, with the parsed values', () => {
        const { article, markdown } = importFixture(fixture);
        const { data } = parseArticle(markdown, `${fixture.name}/output.md`);
        expect(data.title).toBe(article.title);
        expect(data.source).toBe(article.source);
        expect(data.date).toBe(fixture.options.date);
        const yaml = parseYaml(markdown.split('\n---\n')[0]!.replace(/^---\n/, '')) as Record<string, unknown>;
        expect(yaml['title']).toBe(article.title);
      });

      it('renders back to exactly the imported paragraphs (markdown escapes are lossless)', () => {
        const { article, markdown } = importFixture(fixture);
        const { types, texts } = renderedParagraphs(markdown);
        expect(types.every((type) => type === 'paragraph')).toBe(true);
        expect(texts).toEqual(article.paragraphs);
      });
    });
  }

  it('the seed fixture equals the committed seed article byte for byte', () => {
    expect(fs.readFileSync(path.join(fixturesDir, 'seed/output.md'), 'utf8')).toBe(
      fs.readFileSync(path.join(repoRoot, SEED_ARTICLE), 'utf8'),
    );
  });
});

describe('parseRawText', () => {
  it('keeps the seed paragraphs verbatim and drops only the promo line', () => {
    const raw = fs.readFileSync(path.join(repoRoot, SEED), 'utf8');
    const article = parseRawText(raw, { promoPatterns });
    expect(article.title).toBe('US airstrike kills Iranian-backed militia commander in Baghdad');
    expect(article.source).toBe('Financial Times');
    expect(article.removed).toEqual(["Unlock Editor's Digest for free"]);
    const lines = raw
      .split('\n')
      .slice(1)
      .filter((line) => line.trim() !== '' && line !== "Unlock Editor's Digest for free");
    expect(article.paragraphs).toEqual(lines.map((line) => line.trim()));
    // The seed needs no markdown escapes at all.
    expect(article.paragraphs.map(escapeMarkdownParagraph)).toEqual(article.paragraphs);
  });

  it('joins hard-wrapped lines with one space and reads a byline under the headline', () => {
    const article = parseRawText('Title – Example News\nBy Jane Doe\n\nOne\nparagraph\n\nTwo');
    expect(article.byline).toBe('Jane Doe');
    expect(article.paragraphs).toEqual(['One paragraph', 'Two']);
  });

  it('does not take an ordinary sentence starting with "By" for a byline', () => {
    const article = parseRawText('Title – Example News\n\nBy the end of the week, the rain had stopped.\n\nMore.');
    expect(article.byline).toBeUndefined();
    expect(article.paragraphs[0]).toBe('By the end of the week, the rain had stopped.');
  });

  it('refuses a headline without a source unless --source is given', () => {
    expect(() => parseRawText('Just a headline\n\nBody text.')).toThrow(/no source.*--source/);
    expect(parseRawText('Just a headline\n\nBody text.', { source: 'Example News' }).source).toBe('Example News');
  });

  it('refuses input without body text or without a headline', () => {
    expect(() => parseRawText('Headline – Example News\n\nAdvertisement')).toThrow(/no article text/);
    expect(() => parseRawText("Unlock Editor's Digest for free\n\nText – X")).toThrow(ImportError);
    expect(() => parseRawText("Unlock Editor's Digest for free\n\nText – X")).toThrow(/no headline/);
  });
});

describe('splitHeadline', () => {
  it.each([
    ['Headline – Financial Times', 'Headline', 'Financial Times'],
    ['Headline — Financial Times', 'Headline', 'Financial Times'],
    ['Headline - Financial Times', 'Headline', 'Financial Times'],
    ['Headline | Financial Times', 'Headline', 'Financial Times'],
    ['Left – right talks – Example Times', 'Left – right talks', 'Example Times'],
    ['Iran-backed group - Example Times', 'Iran-backed group', 'Example Times'],
  ])('%s', (headline, title, source) => {
    expect(splitHeadline(headline)).toEqual({ title, source });
  });

  it('leaves a headline alone when the tail is not a publication name', () => {
    expect(splitHeadline('Iran-backed militia commander killed')).toEqual({
      title: 'Iran-backed militia commander killed',
      source: undefined,
    });
    expect(splitHeadline('Talks resume – but officials warn that no agreement is expected this week').source).toBe(
      undefined,
    );
    expect(splitHeadline('Ferry changes – what you need to know', 'Lakeside Courier').title).toBe(
      'Ferry changes – what you need to know',
    );
    expect(splitHeadline('Ferry changes – The Lakeside Courier', 'Lakeside Courier').title).toBe('Ferry changes');
  });
});

describe('parseByline', () => {
  it.each([
    ['By Jane Doe', 'Jane Doe'],
    ['by Jane Doe and John Roe', 'Jane Doe and John Roe'],
    ['By Jane Doe, John Roe', 'Jane Doe, John Roe'],
    ['By Jane Doe in Baghdad', 'Jane Doe in Baghdad'],
    ['By Maria von der Example-Smith', 'Maria von der Example-Smith'],
    ['By the end of the week, it rained.', undefined],
    ['By Tuesday the council had voted', undefined],
    ['Byzantine art returns', undefined],
  ])('%s', (line, expected) => {
    expect(parseByline(line)).toBe(expected);
  });
});

describe('parseHtmlPage', () => {
  const page = (body: string, head = '') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

  it('falls back to og:title, then <title>, and takes the source from the title tail', () => {
    const fromTitle = parseHtmlPage(page('<main><p>Text.</p></main>', '<title>A headline – Example Post</title>'));
    expect(fromTitle).toMatchObject({ title: 'A headline', source: 'Example Post', paragraphs: ['Text.'] });
    const fromOg = parseHtmlPage(
      page(
        '<p>Text.</p>',
        '<title>Ignored | Example Post</title><meta property="og:title" content="OG headline"><meta property="og:site_name" content="Example Post">',
      ),
    );
    expect(fromOg).toMatchObject({ title: 'OG headline', source: 'Example Post' });
  });

  it('prefers --url and --source over the page, and ignores a relative canonical link', () => {
    const html = page(
      '<article><h1>Headline</h1><p>Text.</p></article>',
      '<link rel="canonical" href="/relative"><meta property="og:site_name" content="Page Name">',
    );
    expect(parseHtmlPage(html).url).toBeUndefined();
    const article = parseHtmlPage(html, { url: 'https://example.org/a', source: 'Given Name' });
    expect(article).toMatchObject({ url: 'https://example.org/a', source: 'Given Name' });
  });

  it('refuses a page with no headline at all', () => {
    expect(() => parseHtmlPage(page('<p>Text.</p>'), { source: 'X' })).toThrow(/no headline/);
  });

  it('reports the page date so the CLI can compare it with --date', () => {
    const html = fs.readFileSync(path.join(fixturesDir, 'html-page/input.html'), 'utf8');
    expect(parseHtmlPage(html).publishedDate).toBe('2024-03-13');
  });
});

describe('slugify', () => {
  it('makes lowercase ASCII with hyphens', () => {
    expect(slugify('US airstrike kills Iranian-backed militia commander in Baghdad')).toBe(
      'us-airstrike-kills-iranian-backed-militia-commander-in-baghdad',
    );
    expect(slugify('  Café au lait: Zürich’s “best” — Ærø & Łódź straße!  ')).toBe(
      'cafe-au-lait-zurichs-best-aero-and-lodz-strasse',
    );
    expect(slugify("Iraq's sovereignty")).toBe('iraqs-sovereignty');
  });

  it('cuts long titles at a word boundary', () => {
    const slug = slugify('word '.repeat(40) + 'end');
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug).toMatch(/^(word-)*word$/);
    expect(slugify('a'.repeat(100))).toHaveLength(MAX_SLUG_LENGTH);
  });

  it('gives a non-empty, stable slug for titles without Latin letters', () => {
    const slug = slugify('افتتاح مكتبة جديدة في المدينة');
    expect(slug).toMatch(/^article-[0-9a-f]{8}$/);
    expect(slugify('افتتاح مكتبة جديدة في المدينة')).toBe(slug);
    expect(slugify('عنوان آخر')).not.toBe(slug);
    expect(slugify('—')).toMatch(/^article-/);
  });
});

describe('validateIsoDate', () => {
  it('accepts real dates, including 29 February in leap years', () => {
    expect(validateIsoDate('2024-01-04')).toEqual({ iso: '2024-01-04', year: '2024', month: '01', day: '04' });
    expect(validateIsoDate('2024-02-29').iso).toBe('2024-02-29');
    expect(validateIsoDate('2000-02-29').iso).toBe('2000-02-29');
  });

  it.each(['2024-02-30', '2023-02-29', '1900-02-29', '2024-04-31', '2024-13-01', '2024-00-10', '2024-01-00'])(
    'rejects the impossible date %s',
    (value) => {
      expect(() => validateIsoDate(value)).toThrow(/not a real calendar date/);
    },
  );

  it.each(['2024-1-4', '04/01/2024', '2024-01-04T00:00', 'yesterday'])('rejects the format %s', (value) => {
    expect(() => validateIsoDate(value)).toThrow(/YYYY-MM-DD/);
  });

  it('refuses years before 1000 as out of range, not as impossible', () => {
    expect(() => validateIsoDate('0050-01-04')).toThrow('--date 0050-01-04 is out of range');
  });

  it('requires a date', () => {
    expect(() => validateIsoDate(undefined)).toThrow(/--date/);
  });
});

describe('validateArticleUrl', () => {
  it('accepts http(s) URLs and refuses others', () => {
    expect(validateArticleUrl('https://example.org/x')).toBe('https://example.org/x');
    expect(() => validateArticleUrl('example.org/x')).toThrow(/--url/);
    expect(() => validateArticleUrl('javascript:alert(1)')).toThrow(/--url/);
  });
});

describe('control characters', () => {
  it('removes them from pasted text and counts them, so the article builds and its feeds stay readable', () => {
    const article = parseRawText(
      'Pasted \u001b[1mheadline\u007f – Example News\n\nText \u0007with a bell.\n\n\u000c\n',
    );
    expect(article.title).toBe('Pasted [1mheadline');
    expect(article.paragraphs).toEqual(['Text with a bell.']);
    expect(article.controlCharactersRemoved).toBe(3);
    const markdown = renderArticleMarkdown({ ...article, date: '2024-01-04' });
    expect(parseArticle(markdown, 'imported.md').data.title).toBe('Pasted [1mheadline');
  });

  it('removes them from a saved page, written as character references too', () => {
    const article = parseHtmlPage(
      '<html><head><meta property="og:site_name" content="Example&#27; News"></head>' +
        '<body><article><h1>Head&#x1b;line</h1><p>Text&#127; here.</p></article></body></html>',
    );
    expect([article.title, article.source, article.paragraphs]).toEqual(['Headline', 'Example News', ['Text here.']]);
    expect(article.controlCharactersRemoved).toBe(3);
  });
});

describe('deeply nested pages', () => {
  it.each([1000, 20000])('refuses a page nested %i levels deep with a clear error, not a stack overflow', (depth) => {
    const html = `<html><body><article><h1>T</h1>${'<div>'.repeat(depth)}<p>x</p>${'</div>'.repeat(depth)}</article></body></html>`;
    expect(() => parseHtmlPage(html, { source: 'S' })).toThrow(
      new ImportError('nests HTML elements more than 500 levels deep; no article page does'),
    );
  });

  it('reads a page nested 400 levels deep', () => {
    const html = `<html><body><article><h1>T</h1>${'<div>'.repeat(400)}<p>x</p>${'</div>'.repeat(400)}</article></body></html>`;
    expect(parseHtmlPage(html, { source: 'S' }).paragraphs).toEqual(['x']);
  });
});

describe('decodeInput', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  it('refuses empty, binary and non-UTF-8 input', () => {
    expect(() => decodeInput(bytes(''))).toThrow(/is empty/);
    expect(() => decodeInput(bytes(' \n\t\n'))).toThrow(/is empty/);
    expect(() => decodeInput(new Uint8Array([0x48, 0x00, 0x49]))).toThrow(/binary/);
    expect(() => decodeInput(new Uint8Array([0x48, 0xe9, 0x6c, 0x6c, 0x6f]))).toThrow(/UTF-8/);
  });
  it('removes a byte order mark and normalises line endings', () => {
    expect(decodeInput(bytes('\uFEFFa\r\nb\rc'))).toBe('a\nb\nc');
  });
});

describe('promotional lines', () => {
  it.each([
    "Unlock Editor's Digest for free",
    'Unlock the Editor’s Digest for free',
    'UNLOCK EDITOR`S DIGEST FOR FREE',
    'Sign up to our newsletter',
    'Sign up for our newsletter',
    'Subscribe',
    'Subscribe now',
    'Subscribe to the morning briefing.',
    'Read more: An unrelated headline',
    'Advertisement',
    'Skip to main content',
  ])('drops "%s"', (line) => {
    expect(isPromoLine(line, defaultPromoPatterns())).toBe(true);
  });

  it.each([
    'Subscribers to the service said deliveries would resume.',
    'Sign up to the programme, the minister said, and you will receive funding for three years of study.',
    'Advertisements for the event appeared across the city.',
    'He said he would read more about it.',
    'The Editor’s Digest is a newsletter.',
  ])('keeps "%s"', (line) => {
    expect(isPromoLine(line, defaultPromoPatterns())).toBe(false);
  });

  it("parses the editors' list: comments, plain prefixes at a word boundary, and regexes", () => {
    const patterns = parsePromoPatterns('# comment\n\nFollow us on…\n/^listen( now)?$/\n', 'test.txt');
    expect(patterns.map((p) => p.origin)).toEqual(['test.txt:3', 'test.txt:4']);
    expect(isPromoLine('Follow us on Telegram.', patterns)).toBe(true);
    expect(isPromoLine('FOLLOW US ON', patterns)).toBe(true);
    expect(isPromoLine('Follow us only when asked', patterns)).toBe(false);
    expect(isPromoLine('Listen now', patterns)).toBe(true);
    expect(isPromoLine('Listen to them', patterns)).toBe(false);
    expect(() => parsePromoPatterns('/(unclosed/', 'test.txt')).toThrow(/test\.txt:1: invalid regular expression/);
  });

  it("the committed editors' list parses", () => {
    expect(promoPatterns.length).toBeGreaterThan(defaultPromoPatterns().length);
  });
});

describe('escapeMarkdownParagraph', () => {
  it.each([
    ['Plain “typography” – stays… as is.', 'Plain “typography” – stays… as is.'],
    ['# Not a heading', '\\# Not a heading'],
    ['#hashtag stays', '#hashtag stays'],
    ['> not a quote', '\\> not a quote'],
    ['- not a list', '\\- not a list'],
    ['+ not a list', '\\+ not a list'],
    ['---', '\\---'],
    ['1. not a list', '1\\. not a list'],
    ['2024. A year', '2024\\. A year'],
    ['3.5 percent', '3.5 percent'],
    ['a *b* _c_ [d] `e` \\f ~g~', 'a \\*b\\* \\_c\\_ \\[d\\] \\`e\\` \\\\f \\~g\\~'],
    ['<b>x</b> and 3 < 5', '\\<b>x\\</b> and 3 < 5'],
    ['AT&amp;T & co', 'AT\\&amp;T & co'],
  ])('%s', (input, expected) => {
    expect(escapeMarkdownParagraph(input)).toBe(expected);
    expect(renderedParagraphs(`${expected}\n`).texts).toEqual([input]);
  });
});

describe('renderArticleMarkdown', () => {
  it('quotes YAML strings safely and writes optional fields only when present', () => {
    const markdown = renderArticleMarkdown({
      title: 'Quote " backslash \\ colon: # hash',
      date: '2024-01-04',
      source: 'Example: News',
      paragraphs: ['One.', 'Two.'],
      url: 'https://example.org/a?b=c#d',
      byline: 'Jane Doe',
    });
    expect(markdown).toBe(
      [
        '---',
        'title: "Quote \\" backslash \\\\ colon: # hash"',
        'date: 2024-01-04',
        'source: "Example: News"',
        'url: "https://example.org/a?b=c#d"',
        'byline: "Jane Doe"',
        '---',
        '',
        'One.',
        '',
        'Two.',
        '',
      ].join('\n'),
    );
    const data = parseYaml(markdown.split('\n---\n')[0]!.replace(/^---\n/, '')) as Record<string, unknown>;
    expect(data['title']).toBe('Quote " backslash \\ colon: # hash');
    expect(data['source']).toBe('Example: News');
  });
});

describe('writeFileAtomic', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atomic-'));
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('creates folders and the file, leaving no temporary files', () => {
    const target = path.join(dir, 'a/b/file.md');
    writeFileAtomic(target, 'hello\n');
    expect(fs.readFileSync(target, 'utf8')).toBe('hello\n');
    expect(fs.readdirSync(path.dirname(target))).toEqual(['file.md']);
  });

  it('never replaces an existing file unless told to', () => {
    const target = path.join(dir, 'file.md');
    fs.writeFileSync(target, 'old');
    expect(() => writeFileAtomic(target, 'new')).toThrow(TargetExistsError);
    expect(fs.readFileSync(target, 'utf8')).toBe('old');
    writeFileAtomic(target, 'new', { overwrite: true });
    expect(fs.readFileSync(target, 'utf8')).toBe('new');
    expect(fs.readdirSync(dir)).toEqual(['file.md']);
  });
});
