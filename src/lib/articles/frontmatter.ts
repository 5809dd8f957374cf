import { parseDocument } from 'yaml';
import { z } from 'zod';
import { calendarDateProblem, FIRST_YEAR } from '../dates.ts';
import { BINARY_FILE_PROBLEM, findControlCharacter } from './control-characters.ts';

/** An article file that cannot be built. The message always names the file and, where there is one, the field. */
export class ArticleError extends Error {
  readonly file: string;
  readonly field: string | undefined;
  constructor(file: string, problem: string, field?: string) {
    super(field ? `${file}: field "${field}": ${problem}` : `${file}: ${problem}`);
    this.name = 'ArticleError';
    this.file = file;
    this.field = field;
  }
}

const calendarDate = z.string({ error: 'must be a date written YYYY-MM-DD' }).superRefine((value, context) => {
  const problem = calendarDateProblem(value);
  if (problem === 'not a date') context.addIssue('must be a real calendar date written YYYY-MM-DD');
  if (problem === 'out of range') context.addIssue(`is out of range: the archive takes years from ${FIRST_YEAR} on`);
});
const text = z.string({ error: 'must be text' }).trim().min(1, { message: 'must not be empty' });
const entityIds = z.array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'must be entity ids' }));

/** The article front matter. Unknown fields are errors, so a typo never silently loses data. */
export const articleSchema = z.strictObject({
  title: text,
  date: calendarDate,
  source: text,
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  byline: text.optional(),
  summary: text.optional(),
  updated: calendarDate.optional(),
  lang: z
    .string()
    .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { message: 'must be a language tag such as en or ar' })
    .optional(),
  draft: z.boolean({ error: 'must be true or false' }).optional(),
  /** Editors' corrections to what detection found: entity ids to add or to exclude. */
  entities: z.strictObject({ add: entityIds.optional(), exclude: entityIds.optional() }).optional(),
});

export type ArticleFrontmatter = z.infer<typeof articleSchema>;

export interface ParsedArticle {
  data: ArticleFrontmatter;
  body: string;
}

const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const FRONTMATTER_START = /^---[ \t]*\r?\n/;

/**
 * Decodes bytes as UTF-8, refusing anything else rather than showing replacement characters on the site, and
 * refusing NUL bytes as the importer does.
 */
export function decodeArticle(bytes: Uint8Array, file: string): string {
  if (bytes.includes(0)) throw new ArticleError(file, BINARY_FILE_PROBLEM);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new ArticleError(file, 'is not valid UTF-8 text; save it as UTF-8');
  }
}

/**
 * Splits an article into validated front matter and markdown body.
 * YAML is read with the core schema, so dates stay strings and an impossible date cannot roll over.
 */
export function parseArticle(source: string, file: string): ParsedArticle {
  const control = findControlCharacter(source);
  if (control) {
    const before = source.slice(0, control.index).split('\n');
    throw new ArticleError(
      file,
      `line ${before.length}, column ${before.at(-1)!.length + 1}: contains the control character ${control.codePoint}; remove it`,
    );
  }
  const match = FRONTMATTER.exec(source);
  if (!match) {
    throw new ArticleError(
      file,
      FRONTMATTER_START.test(source)
        ? 'front matter is not closed: add a "---" line after its last field'
        : 'has no front matter: it must start with a "---" line',
    );
  }
  const document = parseDocument(match[1] ?? '', { schema: 'core', uniqueKeys: true });
  const yamlError = document.errors[0];
  if (yamlError) {
    throw new ArticleError(file, `front matter is not valid YAML: ${yamlError.message.split('\n')[0]}`);
  }
  const raw: unknown = document.toJS() ?? {};
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ArticleError(file, 'front matter must be a set of "field: value" lines');
  }
  const result = articleSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const field = issue.path.length ? issue.path.join('.') : undefined;
    if (issue.code === 'unrecognized_keys') {
      throw new ArticleError(file, `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}`, field);
    }
    const missing = issue.code === 'invalid_type' && valueAt(raw, issue.path) === undefined;
    throw new ArticleError(file, missing ? 'is required' : issue.message, field);
  }
  for (const [name, value] of Object.entries(result.data)) {
    // YAML escapes ("\e", "\0") reach the values without showing in the file.
    const escaped = typeof value === 'string' ? findControlCharacter(value) : undefined;
    if (escaped) throw new ArticleError(file, `contains the control character ${escaped.codePoint}; remove it`, name);
  }
  const body = source.slice(match[0].length);
  if (body.trim() === '') throw new ArticleError(file, 'has an empty body: the article text is missing');
  if (result.data.updated && result.data.updated < result.data.date) {
    throw new ArticleError(file, `must not be before "date" (${result.data.date})`, 'updated');
  }
  return { data: result.data, body };
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
