/**
 * Pure logic of the article importer (`npm run import`): raw news text or a saved web page in, the text of an
 * article markdown file out. No file system, environment or clock here; `src/cli/import.ts` does the I/O.
 *
 * Raw text rules:
 * - The first non-blank line is the headline. A trailing " – Publication" (en dash, em dash, " - " or " | ")
 *   names the source and is removed from the title; `--source` wins over it.
 * - A short line right after the headline of the form "By Jane Doe" becomes the byline.
 * - Paragraphs are separated by blank lines. Lines inside one paragraph are hard wraps and are joined with a
 *   single space (the seed text has one paragraph a line, so nothing is joined there).
 * - Paragraph text is otherwise kept verbatim: quotes, dashes and other typography are not changed.
 * - Paragraphs that are promotional or paywall lines (see `promo-lines.ts`) are dropped.
 */
import { calendarDateProblem, FIRST_YEAR } from '../dates.ts';
import { asciiSlug } from '../slug.ts';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes, Root } from 'hast';
import { Parser } from 'htmlparser2';
import { BINARY_FILE_PROBLEM, countControlCharacters, stripControlCharacters } from './control-characters.ts';
import { defaultPromoPatterns, isPromoLine, type PromoPattern } from './promo-lines.ts';

/** A refusal with a message meant for the person running the import. */
export class ImportError extends Error {
  override name = 'ImportError';
}

export interface ParseOptions {
  /** Publication name; overrides the one found in the headline or page. */
  source?: string | undefined;
  /** Original article URL; overrides the one found in the page. */
  url?: string | undefined;
  /** Promotional-line rules; defaults to the built-in list. */
  promoPatterns?: readonly PromoPattern[] | undefined;
}

export interface ImportedArticle {
  title: string;
  source: string;
  paragraphs: string[];
  byline?: string;
  url?: string;
  /** Language tag when it is not the site default (currently only "ar", detected from the script). */
  lang?: string;
  /** Publication date found in the page (`article:published_time`), YYYY-MM-DD; informational only. */
  publishedDate?: string;
  /** Paragraphs dropped as promotional lines, for the CLI to report. */
  removed: string[];
  /** How many control characters were removed (see control-characters.ts), for the CLI to report. */
  controlCharactersRemoved: number;
}

export interface ArticleFields {
  title: string;
  /** YYYY-MM-DD, already checked with {@link validateIsoDate}. */
  date: string;
  source: string;
  paragraphs: readonly string[];
  url?: string | undefined;
  byline?: string | undefined;
  lang?: string | undefined;
}

export interface IsoDate {
  iso: string;
  year: string;
  month: string;
  day: string;
}

// ---------------------------------------------------------------------------------------------------------------
// Input decoding

/**
 * Turns file bytes into text, refusing empty, binary (NUL bytes) and non-UTF-8 input. A leading byte order
 * mark is removed and line endings become `\n`.
 */
export function decodeInput(bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new ImportError(BINARY_FILE_PROBLEM);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError('is not valid UTF-8 text (binary file or another encoding?)');
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new ImportError('is empty');
  return text;
}

// ---------------------------------------------------------------------------------------------------------------
// Dates and slugs

/** Checks a `YYYY-MM-DD` date, rejecting impossible ones such as 2024-02-30 or 2023-02-29. */
export function validateIsoDate(value: string | undefined): IsoDate {
  if (value === undefined || value.trim() === '') {
    throw new ImportError('a publication date is required: pass --date YYYY-MM-DD');
  }
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) throw new ImportError(`--date must look like YYYY-MM-DD, got "${value}"`);
  const [iso, year = '', month = '', day = ''] = match;
  const problem = calendarDateProblem(iso);
  if (problem === 'not a date') throw new ImportError(`--date ${value} is not a real calendar date`);
  if (problem === 'out of range') {
    throw new ImportError(`--date ${value} is out of range: the archive takes years from ${FIRST_YEAR} on`);
  }
  return { iso, year, month, day };
}

/** Letters that NFKD does not split into an ASCII base plus marks. */
export const MAX_SLUG_LENGTH = 80;

/**
 * URL-safe file name from a headline: ASCII, lowercase, words joined by hyphens, accents removed (NFKD),
 * apostrophes dropped ("Iran's" → "irans"), at most 80 characters cut at a word boundary. A headline with no
 * Latin letters or digits (an Arabic-only title, say) gives "article-" plus a short hash of the title, so two
 * such articles on one day do not collide.
 */
export function slugify(title: string): string {
  const ascii = asciiSlug(title);
  if (ascii === '') return `article-${fnv1a(title.trim())}`;
  if (ascii.length <= MAX_SLUG_LENGTH) return ascii;
  const cut = ascii.slice(0, MAX_SLUG_LENGTH + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return lastHyphen > 0 ? cut.slice(0, lastHyphen) : ascii.slice(0, MAX_SLUG_LENGTH);
}

/** 32-bit FNV-1a hash as 8 hex digits: deterministic and dependency-free. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** Path of the article file relative to the articles folder: `2024/01/<slug>.md`. */
export function articleRelativePath(date: IsoDate, slug: string): string {
  return `${date.year}/${date.month}/${slug}.md`;
}

/** Checks an article URL given on the command line: it must be an absolute http(s) URL. */
export function validateArticleUrl(value: string): string {
  const url = pageUrl(value);
  if (url === undefined) throw new ImportError(`--url must be an absolute http(s) URL, got "${value}"`);
  return url;
}

/** The URL when it is an absolute http(s) URL, else undefined (a relative canonical link is ignored). */
function pageUrl(value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? value.trim() : undefined;
  } catch {
    return undefined;
  }
}

/** "ar" when most letters of the text are Arabic script; otherwise undefined (the site default applies). */
export function detectLang(texts: readonly string[]): string | undefined {
  let arabic = 0;
  let letters = 0;
  for (const text of texts) {
    letters += text.match(/\p{L}/gu)?.length ?? 0;
    arabic += text.match(/\p{Script=Arabic}/gu)?.length ?? 0;
  }
  return letters > 0 && arabic / letters > 0.5 ? 'ar' : undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Headline, source and byline

/** Separators before a trailing publication name in a headline, most specific first. */
const SOURCE_SEPARATORS = [' \u2013 ', ' \u2014 ', ' | ', ' - '];
/** A publication name is short; longer tails are part of the headline. */
const MAX_SOURCE_WORDS = 6;

/**
 * Splits "Headline – Publication" into its parts. With `knownSource` the tail is removed only when it is that
 * publication; without it, the last separator wins when its tail is a short name.
 */
export function splitHeadline(
  headline: string,
  knownSource?: string,
): { title: string; source: string | undefined } {
  const text = collapse(headline);
  let best: { index: number; separator: string } | undefined;
  for (const separator of SOURCE_SEPARATORS) {
    const index = text.lastIndexOf(separator);
    if (index > 0 && (best === undefined || index > best.index)) best = { index, separator };
  }
  if (best === undefined) return { title: text, source: undefined };
  const title = text.slice(0, best.index).trim();
  const tail = text.slice(best.index + best.separator.length).trim();
  if (title === '' || tail === '') return { title: text, source: undefined };
  if (knownSource !== undefined) {
    return sameName(tail, knownSource) ? { title, source: tail } : { title: text, source: undefined };
  }
  if (tail.split(' ').length > MAX_SOURCE_WORDS || /[.!?:;]$/.test(tail)) return { title: text, source: undefined };
  return { title, source: tail };
}

function sameName(a: string, b: string): boolean {
  const key = (s: string) => s.toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ').trim();
  return key(a) === key(b);
}

const BYLINE_PARTICLES = new Set(['and', 'in', 'de', 'da', 'del', 'van', 'von', 'der', 'den', 'al', 'bin', 'el', 'la', 'le', 'du']);

/** "By Jane Doe", "By Jane Doe and John Roe in Baghdad" → the names; anything longer is not a byline. */
export function parseByline(line: string): string | undefined {
  const match = /^[Bb][Yy]\s+(\p{Lu}[\p{L}\p{M}'’.\- ]*(?:,\s*\p{Lu}[\p{L}\p{M}'’.\- ]*)*)$/u.exec(collapse(line));
  const names = match?.[1]?.trim();
  if (names === undefined || names.length > 100) return undefined;
  const words = names.split(/[\s,]+/).filter((word) => word !== '');
  if (words.length > 12) return undefined;
  // Every word is capitalised except a few name particles, so "By Tuesday the council had voted" is not a byline.
  const lowercaseOk = words.every((word) => /^\p{Lu}/u.test(word) || BYLINE_PARTICLES.has(word));
  return lowercaseOk ? names : undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Raw text

/** Parses raw article text (see the rules at the top of this file). */
export function parseRawText(text: string, options: ParseOptions = {}): ImportedArticle {
  const promoPatterns = options.promoPatterns ?? defaultPromoPatterns();
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((block) =>
      block
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== ''),
    )
    .filter((lines) => lines.length > 0);

  const firstBlock = blocks.shift();
  const headline = firstBlock?.shift();
  if (firstBlock === undefined || headline === undefined || isPromoLine(headline, promoPatterns)) {
    throw new ImportError('has no headline: the first line must be the article title');
  }
  // Lines right under the headline without a blank line in between belong to the body.
  if (firstBlock.length > 0) blocks.unshift(firstBlock);

  let byline: string | undefined;
  const firstLines = blocks[0];
  if (firstLines?.length === 1 && firstLines[0] !== undefined) {
    byline = parseByline(firstLines[0]);
    if (byline !== undefined) blocks.shift();
  }

  const removed: string[] = [];
  const paragraphs: string[] = [];
  for (const lines of blocks) {
    const paragraph = lines.join(' ');
    if (isPromoLine(paragraph, promoPatterns)) removed.push(paragraph);
    else paragraphs.push(paragraph);
  }
  const split = splitHeadline(headline, options.source);
  return finish({
    title: split.title,
    source: options.source ?? split.source,
    byline,
    paragraphs,
    removed,
    url: options.url,
  });
}

// ---------------------------------------------------------------------------------------------------------------
// HTML pages

/** Elements whose content is never article text. */
const DROPPED_ELEMENTS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'footer',
  'aside',
  'form',
  'button',
  'svg',
  'iframe',
  'dialog',
]);

/**
 * Parses a saved article page: headline from the `<h1>` of `<article>`/`<main>`, else `og:title`, else
 * `<title>`; source from `--source`, `og:site_name`, or the title's trailing " – Publication"; URL from `--url`,
 * `<link rel=canonical>` or `og:url`; paragraphs from the `<p>` elements of `<article>`/`<main>` (the body when
 * neither exists), ignoring scripts, styles, navigation, footers, asides and forms.
 */
export function parseHtmlPage(html: string, options: ParseOptions = {}): ImportedArticle {
  const promoPatterns = options.promoPatterns ?? defaultPromoPatterns();
  if (htmlDepth(html) > MAX_PAGE_DEPTH) {
    throw new ImportError(`nests HTML elements more than ${MAX_PAGE_DEPTH} levels deep; no article page does`);
  }
  const tree = fromHtml(html);
  const meta = readMeta(tree);
  const root = findFirst(tree, (el) => el.tagName === 'article') ?? findFirst(tree, (el) => el.tagName === 'main');
  const body = root ?? findFirst(tree, (el) => el.tagName === 'body') ?? tree;

  const h1 = findFirst(body, (el) => el.tagName === 'h1');
  const h1Text = h1 ? collapse(textOf(h1)) : '';
  const pageTitle = meta.property['og:title'] ?? meta.title;
  const headlineFromPage = pageTitle === undefined ? undefined : collapse(pageTitle);
  const pageSource = options.source ?? meta.property['og:site_name'];
  const fromTitle = headlineFromPage === undefined ? undefined : splitHeadline(headlineFromPage, pageSource);

  const source = pageSource ?? fromTitle?.source;
  let title: string;
  if (h1Text !== '') {
    // An <h1> normally has no " – Publication" tail; strip one only when it names the known publication.
    title = source === undefined ? h1Text : splitHeadline(h1Text, source).title;
  } else if (fromTitle !== undefined && fromTitle.title !== '') {
    title = fromTitle.title;
  } else {
    throw new ImportError('has no headline: no <h1> in the article, og:title or <title>');
  }

  const paragraphs: string[] = [];
  const removed: string[] = [];
  let byline = meta.name['author'] !== undefined ? collapse(meta.name['author']) : undefined;
  for (const p of findAll(body, (el) => el.tagName === 'p')) {
    const text = collapseHtml(textOf(p));
    if (text === '') continue;
    if (paragraphs.length === 0 && byline === undefined && parseByline(text) !== undefined) {
      byline = parseByline(text);
      continue;
    }
    if (paragraphs.length === 0 && byline !== undefined && sameName(text.replace(/^by\s+/i, ''), byline)) continue;
    if (isPromoLine(text, promoPatterns)) removed.push(text);
    else paragraphs.push(text);
  }

  const published = meta.property['article:published_time'];
  const publishedDate = published !== undefined && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : undefined;
  return finish({
    title,
    source,
    byline: byline === '' ? undefined : byline,
    paragraphs,
    removed,
    url: options.url ?? pageUrl(meta.canonical) ?? pageUrl(meta.property['og:url']),
    publishedDate,
  });
}

/** How deep a saved page may nest its elements: parsing it into a tree recurses once per level. */
export const MAX_PAGE_DEPTH = 500;

/** The deepest element nesting of an HTML page, measured by a streaming parser that keeps no tree. */
function htmlDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  const parser = new Parser({
    onopentag() {
      depth += 1;
      deepest = Math.max(deepest, depth);
    },
    onclosetag() {
      depth -= 1;
    },
  });
  parser.write(html);
  parser.end();
  return deepest;
}

interface PageMeta {
  title: string | undefined;
  canonical: string | undefined;
  /** `<meta property=...>` values (Open Graph), first one wins. */
  property: Record<string, string>;
  /** `<meta name=...>` values, first one wins. */
  name: Record<string, string>;
}

function readMeta(tree: Root): PageMeta {
  const meta: PageMeta = { title: undefined, canonical: undefined, property: {}, name: {} };
  const titleEl = findFirst(tree, (el) => el.tagName === 'title');
  if (titleEl) meta.title = textOf(titleEl);
  for (const el of findAll(tree, (e) => e.tagName === 'meta' || e.tagName === 'link')) {
    const props = el.properties;
    if (el.tagName === 'link') {
      const rel: unknown = props['rel'];
      const rels = Array.isArray(rel) ? rel.map(String) : typeof rel === 'string' ? rel.split(/\s+/) : [];
      if (rels.includes('canonical') && typeof props['href'] === 'string' && meta.canonical === undefined) {
        meta.canonical = props['href'].trim();
      }
      continue;
    }
    const content = typeof props['content'] === 'string' ? props['content'].trim() : undefined;
    if (content === undefined || content === '') continue;
    if (typeof props['property'] === 'string') meta.property[props['property'].toLowerCase()] ??= content;
    if (typeof props['name'] === 'string') meta.name[props['name'].toLowerCase()] ??= content;
  }
  return meta;
}

function isElement(node: Nodes): node is Element {
  return node.type === 'element';
}

function findAll(node: Nodes, test: (el: Element) => boolean, found: Element[] = []): Element[] {
  if (isElement(node)) {
    if (DROPPED_ELEMENTS.has(node.tagName)) return found;
    if (test(node)) {
      found.push(node);
      return found;
    }
  }
  if ('children' in node) for (const child of node.children) findAll(child, test, found);
  return found;
}

function findFirst(node: Nodes, test: (el: Element) => boolean): Element | undefined {
  return findAll(node, test)[0];
}

/** Text content of an element; `<br>` counts as a space, dropped elements count as nothing. */
function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if (isElement(node)) {
    if (node.tagName === 'br') return ' ';
    if (DROPPED_ELEMENTS.has(node.tagName)) return '';
  }
  if ('children' in node) return node.children.map(textOf).join('');
  return '';
}

// ---------------------------------------------------------------------------------------------------------------
// Shared end of both parsers

function finish(input: {
  title: string;
  source: string | undefined;
  byline: string | undefined;
  paragraphs: string[];
  removed: string[];
  url: string | undefined;
  publishedDate?: string | undefined;
}): ImportedArticle {
  // Pasted text carries stray control characters (an ESC from a terminal, a form feed); they would break the
  // feeds, and they mean nothing, so they go.
  const controlCharactersRemoved = countControlCharacters(
    [input.title, input.source ?? '', input.byline ?? '', input.url ?? '', ...input.paragraphs].join(''),
  );
  const clean = (text: string) => stripControlCharacters(text);
  const title = collapse(clean(input.title));
  const source = collapse(clean(input.source ?? ''));
  const paragraphs = input.paragraphs.map((paragraph) => clean(paragraph).trim()).filter((p) => p !== '');
  if (title === '') throw new ImportError('has no headline: the first line must be the article title');
  if (source === '') {
    throw new ImportError(
      `has no source: the headline "${title}" does not end in " – Publication"; pass --source NAME`,
    );
  }
  if (paragraphs.length === 0) throw new ImportError('has no article text after the headline');
  const article: ImportedArticle = { title, source, paragraphs, removed: input.removed, controlCharactersRemoved };
  const byline = input.byline === undefined ? undefined : collapse(clean(input.byline));
  if (byline) article.byline = byline;
  const url = input.url === undefined ? undefined : clean(input.url).trim();
  if (url !== undefined && url !== '') article.url = url;
  if (input.publishedDate !== undefined) article.publishedDate = input.publishedDate;
  const lang = detectLang([title, ...paragraphs]);
  if (lang !== undefined) article.lang = lang;
  return article;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** HTML whitespace collapsing: only ASCII whitespace counts, so a non-breaking space (&nbsp;) is kept. */
function collapseHtml(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, ' ').trim();
}

// ---------------------------------------------------------------------------------------------------------------
// Markdown output

/**
 * The article file: YAML front matter (strings in JSON-style double quotes, which YAML reads unchanged), a blank
 * line, then the paragraphs separated by blank lines, ending in exactly one newline.
 */
export function renderArticleMarkdown(article: ArticleFields): string {
  const lines = ['---', `title: ${yamlString(article.title)}`, `date: ${article.date}`];
  lines.push(`source: ${yamlString(article.source)}`);
  if (article.url !== undefined && article.url !== '') lines.push(`url: ${yamlString(article.url)}`);
  if (article.byline !== undefined && article.byline !== '') lines.push(`byline: ${yamlString(article.byline)}`);
  if (article.lang !== undefined && article.lang !== '') lines.push(`lang: ${yamlString(article.lang)}`);
  lines.push('---');
  const body = article.paragraphs.map(escapeMarkdownParagraph).join('\n\n');
  return `${lines.join('\n')}\n\n${body}\n`;
}

/** Double-quoted YAML scalar. JSON escapes are a subset of YAML's; line and paragraph separators are escaped too. */
export function yamlString(value: string): string {
  return JSON.stringify(value).replace(/\u2028/g, '\\L').replace(/\u2029/g, '\\P');
}

/**
 * Escapes one paragraph of plain text so that markdown (CommonMark + GFM) renders exactly that text. Only what
 * would change meaning is escaped: emphasis, code, link, strikethrough and HTML characters anywhere, entity
 * references, and block markers (heading, quote, list, thematic break) at the start. Everyday punctuation,
 * quotes and dashes are left alone, so a typical news paragraph needs no escapes at all.
 */
export function escapeMarkdownParagraph(paragraph: string): string {
  let text = paragraph
    .replace(/\s*\n\s*/g, ' ')
    .trim()
    .replace(/[\\`*_[\]~]/g, '\\$&')
    .replace(/<(?=[A-Za-z/!?])/g, '\\<')
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
  if (/^(#{1,6}|[-+])(\s|$)/.test(text) || text.startsWith('>') || /^(-\s*){3,}$/.test(text)) {
    text = `\\${text}`;
  } else {
    text = text.replace(/^(\d{1,9})([.)])(\s|$)/, '$1\\$2$3');
  }
  return text;
}
