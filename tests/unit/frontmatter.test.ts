import { describe, expect, it } from 'vitest';
import { ArticleError, decodeArticle, parseArticle } from '../../src/lib/articles/frontmatter.ts';

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
});

describe('decodeArticle', () => {
  it('refuses bytes that are not UTF-8, naming the file', () => {
    expect(() => decodeArticle(new Uint8Array([0x74, 0xe9, 0x74, 0x65]), FILE)).toThrow(`${FILE}: is not valid UTF-8`);
  });
  it('drops a byte-order mark', () => {
    expect(decodeArticle(new TextEncoder().encode('\uFEFF---'), FILE)).toBe('---');
  });
});
