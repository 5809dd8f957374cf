import { Parser } from 'htmlparser2';

/** What the build checks need from one built page, read in one streaming pass so no page's DOM is kept. */
export interface PageSummary {
  /** The page's URL path. */
  url: string;
  /** Every href, src and srcset URL on the page. */
  links: string[];
  /** Every id, and the names of anchors: what a #fragment can point at. */
  ids: Set<string>;
  /** Links inside `<aside>` elements, with their text: on an article page, its "In this article" entities. */
  asideLinks: { href: string; text: string }[];
  /** Links inside `.article-list` lists: the articles a listing page shows. */
  listed: string[];
  /** Links inside `<main>`. */
  mainLinks: string[];
  /** The `rel="next"` link of a paginated listing. */
  next?: string;
}

const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src', 'srcset'],
  script: ['src'],
  source: ['src', 'srcset'],
  video: ['src'],
  audio: ['src'],
  iframe: ['src'],
};

const hasClass = (attribs: Record<string, string>, name: string) =>
  (attribs['class'] ?? '').split(/\s+/).includes(name);

/**
 * What the build checks need from a page. Pages as the build writes them (every element closed where it was
 * opened, attributes quoted, only the common character references) are read by a scanner that looks at the tags
 * alone, about four times as fast as a full HTML parser; anything else in a page (an element left open, a
 * misnested or unquoted tag, SVG, CDATA, a named character reference) has it read by htmlparser2, with the same
 * result.
 */
export function summarisePage(html: string, url: string): PageSummary {
  // A copy: the summary's strings are slices of the page, each of which would keep the whole page's text alive for
  // as long as the build keeps the summary (at 10,000 articles, 400 MB more heap at the end of page generation).
  return structuredClone(scanBuiltPage(html, url) ?? summarisePageWithParser(html, url));
}

/** {@link summarisePage} through htmlparser2 for every page: what the scanner must agree with. */
export function summarisePageWithParser(html: string, url: string): PageSummary {
  const summary: PageSummary = { url, links: [], ids: new Set(), asideLinks: [], listed: [], mainLinks: [] };
  /** Open elements, each with the contexts it starts, so closing restores the enclosing ones. */
  const stack: { name: string; main: boolean; aside: boolean; list: boolean }[] = [];
  let main = 0;
  let aside = 0;
  let list = 0;
  let openLink: { href: string; text: string } | undefined;

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const entry = {
          name,
          main: name === 'main',
          aside: name === 'aside',
          list: hasClass(attribs, 'article-list'),
        };
        stack.push(entry);
        if (entry.main) main++;
        if (entry.aside) aside++;
        if (entry.list) list++;
        recordTargetsAndLinks(summary, name, attribs);
        const href = attribs['href'];
        if (name === 'a' && href !== undefined) {
          if (main) summary.mainLinks.push(href);
          if (list) summary.listed.push(href);
          if (aside) openLink = { href, text: '' };
          if (attribs['rel'] === 'next') summary.next = href;
        }
      },
      ontext(text) {
        if (openLink) openLink.text += text;
      },
      onclosetag(name) {
        if (name === 'a' && openLink) {
          summary.asideLinks.push({ href: openLink.href, text: openLink.text.trim().replace(/\s+/g, ' ') });
          openLink = undefined;
        }
        const entry = stack.pop();
        if (!entry) return;
        if (entry.main) main--;
        if (entry.aside) aside--;
        if (entry.list) list--;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return summary;
}

const VOID_ELEMENTS = new Set(
  'area base basefont br col command embed frame hr img input isindex keygen link meta param source track wbr'.split(
    ' ',
  ),
);
/** Elements whose content the HTML parser reads as text up to their closing tag. */
const RAW_TEXT_ELEMENTS = new Set(['script', 'style', 'title', 'textarea', 'xmp']);
const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 12 || c === 13;
const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
/** The attributes the summary reads; the first of a name counts, as in the HTML parser. */
const READ_ATTRIBUTES = new Set(['id', 'name', 'class', 'href', 'src', 'srcset', 'rel']);
const NAMED_REFERENCES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * `text` with its character references decoded, or undefined for one the scanner leaves to the parser: a named
 * one other than the five above, one without its semicolon, or a number the parser would replace.
 */
function decodeReferences(text: string): string | undefined {
  if (!text.includes('&')) return text;
  let out = '';
  let from = 0;
  for (let at = text.indexOf('&'); at >= 0; at = text.indexOf('&', from)) {
    const end = text.indexOf(';', at);
    if (end < 0) return undefined;
    const name = text.slice(at + 1, end);
    let decoded = NAMED_REFERENCES[name];
    if (decoded === undefined) {
      const match = /^#(?:([0-9]{1,7})|[xX]([0-9a-fA-F]{1,6}))$/.exec(name);
      if (!match) return undefined;
      const code = match[1] !== undefined ? Number(match[1]) : parseInt(match[2]!, 16);
      if (code === 0 || (code >= 0x80 && code <= 0x9f) || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) {
        return undefined;
      }
      decoded = String.fromCodePoint(code);
    }
    out += text.slice(from, at) + decoded;
    from = end + 1;
  }
  return out + text.slice(from);
}

/** Where the raw text of a `name` element opened before `from` ends: its closing tag, in any case; or -1. */
function rawTextEnd(html: string, name: string, from: number): number {
  for (let at = html.indexOf('</', from); at >= 0; at = html.indexOf('</', at + 2)) {
    const after = html.charCodeAt(at + 2 + name.length);
    if (
      html.slice(at + 2, at + 2 + name.length).toLowerCase() === name &&
      (isSpace(after) || after === 62 || after === 47)
    ) {
      return at;
    }
  }
  return -1;
}

/** Summary entries kept per open element: which contexts it opened. */
interface OpenElement {
  name: string;
  main: boolean;
  aside: boolean;
  list: boolean;
}

/**
 * The summary of a page whose every element is closed, in order, where it was opened: then the parser's rules for
 * elements closed by the opening of others never change what the summary reads, so the tags alone say it. Returns
 * undefined at the first thing the scanner does not read as the parser would (the caller then parses the page).
 */
function scanBuiltPage(html: string, url: string): PageSummary | undefined {
  const summary: PageSummary = { url, links: [], ids: new Set(), asideLinks: [], listed: [], mainLinks: [] };
  const stack: OpenElement[] = [];
  let main = 0;
  let aside = 0;
  let list = 0;
  let openLink: { href: string; text: string } | undefined;
  /** How many `svg` and `math` elements are open. */
  let foreign = 0;
  let at = 0;
  const length = html.length;
  while (at < length) {
    const lt = html.indexOf('<', at);
    const textEnd = lt < 0 ? length : lt;
    if (openLink && textEnd > at) {
      const text = decodeReferences(html.slice(at, textEnd));
      if (text === undefined) return undefined;
      openLink.text += text;
    }
    if (lt < 0) break;
    const next = html.charCodeAt(lt + 1);
    if (next === 33 /* ! */) {
      if (html.startsWith('<!--', lt)) {
        const close = html.indexOf('-->', lt + 4);
        // `<!-->` and `<!--->` end where the parser ends them, not here.
        if (close < 0 || close < lt + 5) return undefined;
        at = close + 3;
      } else {
        if (html.startsWith('<![', lt)) return undefined;
        const close = html.indexOf('>', lt);
        if (close < 0) return undefined;
        at = close + 1;
      }
      continue;
    }
    if (next === 63 /* ? */) return undefined;
    if (next === 47 /* / */) {
      if (!isAsciiLetter(html.charCodeAt(lt + 2))) return undefined;
      let end = lt + 2;
      while (end < length && !isSpace(html.charCodeAt(end)) && html.charCodeAt(end) !== 62) end++;
      const name = html.slice(lt + 2, end).toLowerCase();
      const close = html.indexOf('>', end);
      const top = stack.pop();
      if (close < 0 || top?.name !== name) return undefined;
      if (name === 'a' && openLink) {
        summary.asideLinks.push({ href: openLink.href, text: openLink.text.trim().replace(/\s+/g, ' ') });
        openLink = undefined;
      }
      if (top.main) main--;
      if (top.aside) aside--;
      if (top.list) list--;
      if (name === 'svg' || name === 'math') foreign--;
      at = close + 1;
      continue;
    }
    if (!isAsciiLetter(next)) {
      // A `<` that starts no tag is text.
      if (openLink) openLink.text += '<';
      at = lt + 1;
      continue;
    }
    // An opening tag: its name, then its attributes.
    let i = lt + 1;
    while (i < length && !isSpace(html.charCodeAt(i)) && html.charCodeAt(i) !== 62 && html.charCodeAt(i) !== 47) i++;
    const name = html.slice(lt + 1, i).toLowerCase();
    const attribs: Record<string, string> = {};
    for (;;) {
      while (i < length && isSpace(html.charCodeAt(i))) i++;
      if (i >= length) return undefined;
      const c = html.charCodeAt(i);
      if (c === 62) break;
      if (c === 47) {
        // In SVG and MathML the parser closes an element at `/>`.
        if (html.charCodeAt(i + 1) !== 62 || foreign > 0 || name === 'svg' || name === 'math') return undefined;
        i++;
        break;
      }
      const nameStart = i;
      while (i < length) {
        const d = html.charCodeAt(i);
        if (isSpace(d) || d === 61 || d === 62 || d === 47) break;
        i++;
      }
      // Only the attributes the summary reads are taken out of the page (most are not).
      const attribute = i - nameStart <= 6 ? html.slice(nameStart, i).toLowerCase() : '';
      const read = READ_ATTRIBUTES.has(attribute) && !(attribute in attribs);
      while (i < length && isSpace(html.charCodeAt(i))) i++;
      let value = '';
      if (html.charCodeAt(i) === 61 /* = */) {
        i++;
        while (i < length && isSpace(html.charCodeAt(i))) i++;
        const quote = html.charCodeAt(i);
        if (quote !== 34 && quote !== 39) return undefined;
        const close = html.indexOf(quote === 34 ? '"' : "'", i + 1);
        if (close < 0) return undefined;
        if (read) {
          const decoded = decodeReferences(html.slice(i + 1, close));
          if (decoded === undefined) return undefined;
          value = decoded;
        }
        i = close + 1;
        // The parser starts the next attribute right after a closing quote too.
      }
      if (read) attribs[attribute] = value;
    }
    at = i + 1;
    const entry: OpenElement = {
      name,
      main: name === 'main',
      aside: name === 'aside',
      list: hasClass(attribs, 'article-list'),
    };
    // A list context on an element the parser may close unasked would end where the tags do not say.
    if (entry.list && name !== 'ul' && name !== 'ol' && name !== 'div' && name !== 'section') return undefined;
    recordTargetsAndLinks(summary, name, attribs);
    const href = attribs['href'];
    if (name === 'a' && href !== undefined) {
      if (main || entry.main) summary.mainLinks.push(href);
      if (list || entry.list) summary.listed.push(href);
      if (aside || entry.aside) openLink = { href, text: '' };
      if (attribs['rel'] === 'next') summary.next = href;
    }
    if (VOID_ELEMENTS.has(name)) continue;
    // The parser ignores the slash of `<div/>` in HTML: the element stays open.
    stack.push(entry);
    if (entry.main) main++;
    if (entry.aside) aside++;
    if (entry.list) list++;
    if (name === 'svg' || name === 'math') foreign++;
    if (RAW_TEXT_ELEMENTS.has(name)) {
      if (openLink) return undefined;
      const close = rawTextEnd(html, name, at);
      if (close < 0) return undefined;
      at = close;
    }
  }
  return stack.length === 0 && openLink === undefined ? summary : undefined;
}

/** The anchors an element offers (`id`, `<a name>`) and the URLs it points at, whichever reader saw it. */
function recordTargetsAndLinks(summary: PageSummary, name: string, attribs: Record<string, string>): void {
  if (attribs['id']) summary.ids.add(attribs['id']);
  if (name === 'a' && attribs['name']) summary.ids.add(attribs['name']);
  for (const attribute of URL_ATTRIBUTES[name] ?? []) {
    const value = attribs[attribute];
    if (value === undefined) continue;
    if (attribute === 'srcset') {
      for (const candidate of value.split(',')) {
        const src = candidate.trim().split(/\s+/)[0];
        if (src) summary.links.push(src);
      }
    } else {
      summary.links.push(value);
    }
  }
}
