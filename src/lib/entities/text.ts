/**
 * Text helpers for mention detection: normalisation with an offset map back to the original string, character
 * classes for word edges, case-folding of single characters, sentence splitting that knows news abbreviations,
 * and ASCII slugs. Pure: no file system, no Astro, no environment.
 */

/** A string prepared for matching, with the way back to offsets in the string it came from. */
export interface NormalisedText {
  /**
   * NFC, typographic apostrophes as ', non-breaking hyphens (and en dashes between two words) as -, non-breaking
   * spaces as a plain space.
   */
  text: string;
  /**
   * Offset in the original string of each UTF-16 unit of `text`, plus one entry for the end; null when the two
   * strings have the same length and every offset is the same.
   */
  offsets: Int32Array | null;
}

// Characters rewritten one UTF-16 unit for one, so offsets are unchanged by this step.
const ONE_FOR_ONE = /[\u2018\u2019\u02BC\u02BB\u0060\u00B4\u2032\u2010\u2011\u00A0\u2007\u2009\u202F]/g;
const HAS_ONE_FOR_ONE = new RegExp(ONE_FOR_ONE.source);
const ONE_FOR_ONE_MAP: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u02BC': "'",
  '\u02BB': "'",
  '\u0060': "'",
  '\u00B4': "'",
  '\u2032': "'",
  '\u2010': '-',
  '\u2011': '-',
  '\u00A0': ' ',
  '\u2007': ' ',
  '\u2009': ' ',
  '\u202F': ' ',
};
// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\u0000-\u007f]/;

/**
 * Normalises `original` for matching. NFC is applied per base character and its combining marks, so each unit
 * of the result can be traced to the segment of the original it came from (exact for every script news text
 * uses; Hangul jamo sequences are composed per syllable by NFC anyway).
 */
export function normaliseText(original: string): NormalisedText {
  let text = original;
  let offsets: Int32Array | null = null;
  const nonAscii = NON_ASCII.test(original);
  if (nonAscii && !isNfcByItsCharacters(original) && original.normalize('NFC') !== original) {
    const parts: string[] = [];
    const offs: number[] = [];
    for (const m of original.matchAll(/\P{M}\p{M}*|\p{M}+/gu)) {
      const segment = m[0].normalize('NFC');
      parts.push(segment);
      for (let k = 0; k < segment.length; k++) offs.push(m.index);
    }
    offs.push(original.length);
    text = parts.join('');
    offsets = Int32Array.from(offs);
  }
  // (Of the characters rewritten one for one only the backtick is ASCII: an ASCII text needs no search for the rest.)
  if ((nonAscii || text.includes('`')) && HAS_ONE_FOR_ONE.test(text))
    text = text.replace(ONE_FOR_ONE, (ch) => ONE_FOR_ONE_MAP[ch] ?? ch);
  // An en dash between two words joins them like a hyphen ("Sudan People's Liberation Movement–North").
  if (text.includes('\u2013')) text = text.replace(/(?<=[\p{L}\p{N}])\u2013(?=[\p{L}\p{N}])/gu, '-');
  return { text, offsets };
}

/**
 * Whether `s` is in NFC because of the characters it is made of: every one below U+0300 (before the combining
 * marks) or general punctuation, the quotes and dashes of news text, or the euro and trade mark signs. Each of these
 * is its own NFC and none composes with the character before it (checked over every BMP character), so the
 * normalisation, which copies the whole text, can be skipped for nearly every paragraph.
 */
function isNfcByItsCharacters(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 0x300 || (code >= 0x2010 && code <= 0x203a) || code === 0x20ac || code === 0x2122) continue;
    return false;
  }
  return true;
}

/** Offset in the original string of offset `i` of the normalised text (`i` may be the end). */
export function toOriginal(norm: NormalisedText, i: number): number {
  return norm.offsets === null ? i : (norm.offsets[i] ?? i);
}

// Character classes, computed lazily per UTF-16 unit: 1 word (letter, digit, mark), 2 gap inside a multi-word
// name (space, hyphen, apostrophe, dot), 3 anything else. Surrogates count as "anything else".
const CLASS = new Uint8Array(65536);
const WORD_RE = /^[\p{L}\p{N}\p{M}]$/u;
export const WORD = 1;
export const GAP = 2;
export const OTHER = 3;

export function charClass(code: number): number {
  // (The look-up alone, small enough to be inlined into every loop over a text; a unit met for the first time is
  // classified apart.)
  const c = CLASS[code]!;
  return c !== 0 ? c : classify(code);
}

function classify(code: number): number {
  let c = CLASS[code]!;
  if (c === 0) {
    if (code >= 0xd800 && code <= 0xdfff) c = OTHER;
    else if (WORD_RE.test(String.fromCharCode(code))) c = WORD;
    else if (code === 0x20 || code === 0x2d || code === 0x27 || code === 0x2e || code === 0x09 || code === 0x0a)
      c = GAP;
    else c = OTHER;
    CLASS[code] = c;
  }
  return c;
}

export function isWordCode(code: number): boolean {
  return charClass(code) === WORD;
}

// Folding of one unit for comparison: lower case, diacritics removed; 0 for a combining mark (ignored).
const FOLD = new Int32Array(65536).fill(-1);

export function foldCode(code: number): number {
  // (Inlined like charClass; a unit met for the first time is folded apart.)
  const f = FOLD[code]!;
  return f !== -1 ? f : fold(code);
}

function fold(code: number): number {
  let f = FOLD[code]!;
  if (f === -1) {
    if (code < 128) f = code >= 65 && code <= 90 ? code + 32 : code;
    else {
      const ch = String.fromCharCode(code);
      const stripped = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
      if (stripped.length === 0) f = /\p{M}/u.test(ch) ? 0 : code;
      else if (stripped.length === 1) f = stripped.charCodeAt(0);
      else f = ch.toLowerCase().length === 1 ? ch.toLowerCase().charCodeAt(0) : code;
    }
    FOLD[code] = f;
  }
  return f;
}

/** Whether a string is all ASCII. */
export function isAscii(s: string): boolean {
  return !NON_ASCII.test(s);
}

/** Folds a whole string the way the detector compares text: per unit, marks dropped. */
export function foldString(s: string): string {
  // (ASCII folds to its lower case; the built-in does it many times faster than the loop below.)
  if (!NON_ASCII.test(s)) return s.toLowerCase();
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const f = foldCode(s.charCodeAt(i));
    if (f !== 0) out += String.fromCharCode(f);
  }
  return out;
}

// Letters (\p{L}) by code point, computed lazily per UTF-16 unit; a lone surrogate is none.
const LETTER = new Uint8Array(65536);
const LETTER_RE = /^\p{L}$/u;
const IS_LETTER = 1;
const NOT_LETTER = 2;

/** Whether code point `code` is a letter (\p{L}); false for a negative code (no character). */
export function isLetterCode(code: number): boolean {
  // (ASCII and the look-up inline; the rest apart. Read for every character of a field, for its title case.)
  if (code < 0x80) return code >= 0x41 && (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
  const known = LETTER[code];
  return known !== undefined && known !== 0 ? known === IS_LETTER : letterOf(code);
}

function letterOf(code: number): boolean {
  if (code < 0) return false;
  if (code > 0xffff) return LETTER_RE.test(String.fromCodePoint(code));
  let c = LETTER[code]!;
  if (c === 0) {
    c =
      code < 0xd800 || code > 0xdfff
        ? LETTER_RE.test(String.fromCharCode(code))
          ? IS_LETTER
          : NOT_LETTER
        : NOT_LETTER;
    LETTER[code] = c;
  }
  return c === IS_LETTER;
}

export function isUpperCode(code: number): boolean {
  if (code < 128) return code >= 65 && code <= 90;
  // (Other units from a table filled as they are met: rules ask this of most characters of a text.)
  const known = UPPER[code];
  return known !== undefined && known !== 0 ? known === IS_UPPER : upperOf(code);
}

// Capitals (a change under toLowerCase and none under toUpperCase) per UTF-16 unit, computed lazily.
const UPPER = new Uint8Array(65536);
const IS_UPPER = 1;
const NOT_UPPER = 2;

function upperOf(code: number): boolean {
  const ch = String.fromCharCode(code);
  const upper = ch.toLowerCase() !== ch && ch.toUpperCase() === ch;
  if (code >= 0 && code <= 0xffff) UPPER[code] = upper ? IS_UPPER : NOT_UPPER;
  return upper;
}

/** Whether `w` has a lower-case letter (\p{Ll}): read by hand for ASCII, the regex only for a word with more. */
export function hasLowerCase(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const code = w.charCodeAt(i);
    if (code >= 0x61 && code <= 0x7a) return true;
    if (code >= 0x80) return /\p{Ll}/u.test(w);
  }
  return false;
}

export function isLowerCode(code: number): boolean {
  if (code < 128) return code >= 97 && code <= 122;
  const ch = String.fromCharCode(code);
  return ch.toUpperCase() !== ch && ch.toLowerCase() === ch;
}

/**
 * Abbreviations after which a full stop does not end a sentence: ranks and titles, months, and a few others.
 * Initials ("J. Smith") and dotted abbreviations ("U.S.", "a.m.") are handled by shape.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Prof',
  'Rev',
  'Hon',
  'St',
  'Mt',
  'Ft',
  'Gen',
  'Maj',
  'Lt',
  'Col',
  'Brig',
  'Adm',
  'Capt',
  'Supt',
  // police ranks in capitals ("ASP. Ramhan Nansel")
  'ASP',
  'ACP',
  'DSP',
  'SSP',
  'AIG',
  'DIG',
  'Cmdr',
  'Cdr',
  'Sgt',
  'Cpl',
  'Pvt',
  'Gov',
  'Sen',
  'Rep',
  'Amb',
  'Pres',
  'Jr',
  'Sr',
  'Jan',
  'Feb',
  'Apr',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
  'No',
  'Nos',
  'vs',
  'Inc',
  'Corp',
  'Ltd',
  'Co',
  'approx',
]);

const CLOSER_CODES: ReadonlySet<number> = new Set(
  ['"', "'", '\u201D', '\u2019', ')', ']', '\u00BB'].map((c) => c.charCodeAt(0)),
);

/** Whether a UTF-16 unit is white space as \s reads it (white space and line terminators). */
export function isWhiteSpaceCode(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** True when the full stop at `dot` belongs to an abbreviation rather than ending a sentence. */
export function isAbbreviationDot(s: string, dot: number): boolean {
  let a = dot;
  while (a > 0) {
    const code = s.charCodeAt(a - 1);
    if (isWordCode(code) || code === 0x2e) a--;
    else break;
  }
  const word = s.slice(a, dot);
  if (word.length === 0) return false;
  if (ABBREVIATIONS.has(word)) return true;
  if (word.length === 1 && isUpperCode(word.charCodeAt(0))) return true; // an initial
  return word.includes('.'); // U.S., U.N., a.m.
}

/**
 * Sentence boundaries of `s` as [start, end) pairs covering the whole string. A sentence ends at . ! ? or …
 * (plus closing quotes and brackets) followed by white space and a character that is not a lower-case letter,
 * unless the full stop belongs to an abbreviation.
 */
export function splitSentences(s: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  const len = s.length;
  // test() and lastIndex rather than exec(): the same search without a match object per terminator, which was
  // most of what splitting allocated.
  const terminators = /[.!?\u2026]/g;
  while (terminators.test(s)) {
    const i = terminators.lastIndex - 1;
    let k = i + 1;
    while (k < len && CLOSER_CODES.has(s.charCodeAt(k))) k++;
    if (k >= len) break;
    if (!isWhiteSpaceCode(s.charCodeAt(k))) continue;
    let m = k;
    while (m < len && isWhiteSpaceCode(s.charCodeAt(m))) m++;
    if (m >= len) break;
    if (isLowerCode(s.charCodeAt(m))) continue;
    if (s.charCodeAt(i) === 0x2e && isAbbreviationDot(s, i)) continue;
    out.push([start, k]);
    start = m;
    terminators.lastIndex = m;
  }
  out.push([start, len]);
  return out;
}

/**
 * Every match of the global regex `re` in `s`, the matches `s.matchAll(re)` gives, found without the copy of the
 * regex that matchAll makes on every call (detection runs dozens of these per paragraph, most finding nothing).
 * `re` is left with lastIndex 0, as it must start.
 */
export function allMatches(re: RegExp, s: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    found.push(m);
    // An empty match moves on by one character (a code point under the u flag), as matchAll does.
    if (m[0] === '') {
      const at = re.lastIndex;
      const wide = re.unicode && at + 1 < s.length && (s.codePointAt(at) ?? 0) > 0xffff;
      re.lastIndex = at + (wide ? 2 : 1);
    }
  }
  re.lastIndex = 0;
  return found;
}

/** The trimmed sentence of `s` that contains offset `at`, given its boundaries from splitSentences. */
export function sentenceAt(s: string, bounds: Array<[number, number]>, at: number): string {
  const i = sentenceIndex(bounds, at);
  const b = bounds[i];
  return b === undefined ? s.trim() : s.slice(b[0], b[1]).trim();
}

/** Index of the sentence containing offset `at` (binary search; the last sentence for offsets past the end). */
export function sentenceIndex(bounds: Array<[number, number]>, at: number): number {
  let lo = 0;
  let hi = bounds.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at < bounds[mid]![1]) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** ASCII slug of a name, the id an unregistered official's page gets. */
export { asciiSlug as slugify } from '../slug.ts';
