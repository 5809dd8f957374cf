import { describe, expect, it } from 'vitest';
import { ArticleError, decodeArticle, parseArticle } from '../../src/lib/articles/frontmatter.ts';
import { calendarDateProblem } from '../../src/lib/dates.ts';

const FILE = 'articles/2024/01/example.md';
const article = (frontmatter: string, body = 'Body text.') => `---\n${frontmatter}\n---\n\n${body}\n`;
const valid = 'title: "A headline"\ndate: 2024-01-04\nsource: "Synthetic Test Wire"';

function errorOf(source: string): ArticleError {
  try {
    parseArticle(source, FILE);
  } catch (error) {
    if (error instanceof ArticleError) return error;
    throw error;
  }
  throw new Error('expected an ArticleError');
}

describe('parseArticle', () => {
  it('returns the front matter with the date as written, and the body', () => {
    const parsed = parseArticle(article(`${valid}\nbyline: "Jane Doe"\nentities:\n  exclude: [iraq]`), FILE);
    expect(parsed.data).toEqual({
      title: 'A headline',
      date: '2024-01-04',
      source: 'Synthetic Test Wire',
      byline: 'Jane Doe',
      entities: { exclude: ['iraq'] },
    });
    expect(parsed.body.trim()).toBe('Body text.');
  });

  it.each([
    ['a missing title', 'date: 2024-01-04\nsource: "S"', 'title', 'is required'],
    ['a missing date', 'title: "T"\nsource: "S"', 'date', 'is required'],
    ['an impossible date', 'title: "T"\ndate: 2024-02-30\nsource: "S"', 'date', 'real calendar date'],
    ['an empty title', 'title: ""\ndate: 2024-01-04\nsource: "S"', 'title', 'must not be empty'],
    ['a javascript: url', `${valid}\nurl: "javascript:alert(1)"`, 'url', 'http(s) URL'],
    ['a non-boolean draft', `${valid}\ndraft: "yes"`, 'draft', 'true or false'],
    ['an update before the date', `${valid}\nupdated: 2023-12-01`, 'updated', 'must not be before'],
  ])('names the file and the field for %s', (_, frontmatter, field, problem) => {
    const error = errorOf(article(frontmatter));
    expect(error.file).toBe(FILE);
    expect(error.field).toBe(field);
    expect(error.message).toContain(FILE);
    expect(error.message).toContain(`"${field}"`);
    expect(error.message).toContain(problem);
  });

  it('refuses unknown fields, so a typo never silently loses data', () => {
    expect(errorOf(article(`${valid}\ntilte: "x"`)).message).toMatch(/unknown field.*"tilte"/);
  });

  it('refuses invalid YAML, a missing front matter block and an empty body', () => {
    expect(errorOf(article('title: [unclosed\ndate: 2024-01-04')).message).toMatch(/not valid YAML/);
    expect(errorOf('Just text, no front matter.').message).toMatch(/no front matter/);
    expect(errorOf(article(valid, '   ')).message).toMatch(/empty body/);
  });

  it('says an unclosed front matter block is not closed, not missing', () => {
    expect(errorOf(`---\n${valid}\n\nBody text.\n`).message).toBe(
      `${FILE}: front matter is not closed: add a "---" line after its last field`,
    );
  });

  it('names the parent field of an unknown nested key', () => {
    const error = errorOf(article(`${valid}\nentities:\n  adds: [iraq]`));
    expect(error.message).toBe(`${FILE}: field "entities": unknown field(s) "adds"`);
  });

  it('reads the years 1 to 99 as themselves, and refuses years before 1000 as out of range', () => {
    expect(calendarDateProblem('0050-02-28')).toBe('out of range');
    expect(calendarDateProblem('0001-01-01')).toBe('out of range');
    expect(calendarDateProblem('0100-02-29')).toBe('not a date');
    expect(calendarDateProblem('0104-02-29')).toBe('out of range');
    expect(calendarDateProblem('2024-02-29')).toBeUndefined();
    const error = errorOf(article('title: "T"\ndate: 0050-02-28\nsource: "S"'));
    expect(error.message).toBe(`${FILE}: field "date": is out of range: the archive takes years from 1000 on`);
  });

  it.each([
    [
      'an ESC byte pasted into the title',
      article(`${valid}\nsummary: "A \u001b[1mline"`),
      'line 5, column 13',
      'U+001B',
    ],
    ['a DEL in the body', article(valid, 'Body\u007f text.'), 'line 7, column 5', 'U+007F'],
    ['a C1 control in the summary', article(`${valid}\nsummary: "x\u0085"`), 'line 5, column 12', 'U+0085'],
  ])('refuses %s, naming line and column', (_, source, where, codePoint) => {
    expect(errorOf(source).message).toBe(`${FILE}: ${where}: contains the control character ${codePoint}; remove it`);
  });

  it.each([
    ['title', '"\\e[1mHeadline"', 'U+001B'],
    ['summary', '"Zero \\0 byte"', 'U+0000'],
    ['source', '"Wire \\x85"', 'U+0085'],
    ['byline', '"Jane \\uD800 Doe"', 'U+D800'],
  ])('refuses a control character written as a YAML escape in %s', (field, value, codePoint) => {
    const frontmatter = valid.replace(new RegExp(`^${field}: .*$`, 'm'), '') + `\n${field}: ${value}`;
    const error = errorOf(article(frontmatter.replace(/\n+/g, '\n').trim()));
    expect(error.message).toBe(`${FILE}: field "${field}": contains the control character ${codePoint}; remove it`);
  });
});

describe('decodeArticle', () => {
  it('refuses bytes that are not UTF-8, naming the file', () => {
    expect(() => decodeArticle(new Uint8Array([0x74, 0xe9, 0x74, 0x65]), FILE)).toThrow(`${FILE}: is not valid UTF-8`);
  });
  it('refuses NUL bytes with the same words as the importer', () => {
    expect(() => decodeArticle(new TextEncoder().encode('---\ntitle: "A\0"'), FILE)).toThrow(
      `${FILE}: looks like a binary file (it contains NUL bytes)`,
    );
  });
  it('drops a byte-order mark', () => {
    expect(decodeArticle(new TextEncoder().encode('\uFEFF---'), FILE)).toBe('---');
  });
});
