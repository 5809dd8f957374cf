/**
 * Promotional, paywall and page-chrome lines that news sites mix into copied article text ("Unlock Editor's
 * Digest for free", "Advertisement", ...). The importer drops a paragraph only when the WHOLE paragraph matches
 * one of these patterns, so a real sentence that merely starts with "Subscribers ..." is kept.
 *
 * Editors extend the list in `src/data/promo-lines.txt` (format documented at the top of that file); the CLI
 * reads it with {@link parsePromoPatterns} and passes the result to the importer next to these defaults.
 *
 * Before matching, a line is normalised by {@link normalisePromoLine}: curly and other apostrophe variants
 * become `'`, runs of whitespace become one space, and the ends are trimmed. Every pattern is case-insensitive.
 */

/** One promotional-line rule: a regular expression tested against the normalised paragraph. */
export interface PromoPattern {
  regex: RegExp;
  /** Where the rule came from, for messages: "default" or "src/data/promo-lines.txt:12". */
  origin: string;
}

/** Built-in rules. Each is anchored at both ends and bounded in length so it cannot swallow real prose. */
export const DEFAULT_PROMO_REGEXES: readonly RegExp[] = [
  // Financial Times
  /^unlock (the )?editor's digest( for free)?\.?$/i,
  /^stay informed with free updates\.?$/i,
  // Newsletter and subscription calls to action
  /^sign up (to|for) [^.!?]{0,80}[.!]?$/i,
  /^sign up( now| today| here)?[.!]?$/i,
  /^subscribe( now| today| here)?( to [^.!?]{0,80})?[.!:]?$/i,
  /^(already a subscriber|already subscribed)\??( sign in| log in)?[.!]?$/i,
  // Cross-links and page chrome
  /^read more\s*:.{0,200}$/i,
  /^read more[.!]?$/i,
  /^advertisement$/i,
  /^skip to (main )?(content|navigation)$/i,
  /^share (this|the) (article|story)$/i,
];

/** Apostrophe look-alikes turned into a plain `'` before matching. */
const APOSTROPHES = /[\u2018\u2019\u02BC\u02BB\u2032\u0060\u00B4\uFF07]/g;

/** Lower-risk comparison form of a line: straight apostrophes, single spaces, trimmed. Case is kept. */
export function normalisePromoLine(line: string): string {
  return line.replace(APOSTROPHES, "'").replace(/\s+/g, ' ').trim();
}

/** The built-in rules as {@link PromoPattern}s. */
export function defaultPromoPatterns(): PromoPattern[] {
  return DEFAULT_PROMO_REGEXES.map((regex) => ({ regex, origin: 'default' }));
}

/**
 * Parses the editors' list (`src/data/promo-lines.txt`): one rule a line; blank lines and lines starting with
 * `#` are ignored; a line wrapped in slashes (`/^advert(isement)?$/`) is a regular expression; any other line is
 * plain text that matches a paragraph which equals it or starts with it followed by a non-letter (whole-line
 * prefix). Matching is case-insensitive and apostrophe variants are equal. Throws on an invalid regex, naming
 * the line.
 */
export function parsePromoPatterns(text: string, fileName = 'promo-lines.txt'): PromoPattern[] {
  const patterns: PromoPattern[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const origin = `${fileName}:${index + 1}`;
    const regexMatch = /^\/(.+)\/([a-z]*)$/.exec(line);
    if (regexMatch) {
      const [, source = '', flags = ''] = regexMatch;
      try {
        patterns.push({ regex: new RegExp(source, flags.includes('i') ? flags : `${flags}i`), origin });
      } catch (error) {
        throw new Error(`${origin}: invalid regular expression ${line}: ${(error as Error).message}`, { cause: error });
      }
      return;
    }
    const plain = normalisePromoLine(line).replace(/[.\u2026]+$/, '');
    if (plain === '') return;
    patterns.push({ regex: new RegExp(`^${escapeRegExp(plain)}(?![\\p{L}\\p{N}]).*$`, 'iu'), origin });
  });
  return patterns;
}

/** True when the whole paragraph is a promotional line according to one of the patterns. */
export function isPromoLine(paragraph: string, patterns: readonly PromoPattern[]): boolean {
  const line = normalisePromoLine(paragraph);
  return patterns.some(({ regex }) => {
    regex.lastIndex = 0;
    return regex.test(line);
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
