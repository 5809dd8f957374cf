/**
 * The words official discovery reads: a sentence split into words with their punctuation set apart, the shape of
 * a name inside it (initials, particles, a nickname in quotes), and the vocabulary of offices that every rule
 * family shares (office nouns, their modifiers, plural offices, verbs of saying).
 */
import { PARTICLES } from './case-rules.ts';
import { isNameWord } from './names.ts';
import { isUpperCode, isWhiteSpaceCode } from '../text.ts';

/**
 * Hands a one-word or listed name to the article's introduced officials (it checks spans, places, duplicates); the
 * name is written from `start` to `end` (by default its own length).
 */
export type AddName = (name: string, start: number, office: string, forms?: string[], end?: number) => void;

/** Lower-case office nouns that introduce a following name ("Hamas deputy leader Saleh al-Arouri"). */
export const OFFICE_BEFORE_NAME: ReadonlySet<string> = new Set(
  'spokesman spokeswoman spokesperson leader commander chief minister envoy ambassador president secretary governor director chairman official adviser advisor general diplomat lawmaker legislator senator mayor judge negotiator warlord colonel brigadier lieutenant boss kingpin chieftain ruler strongman dictator administrator commissioner prefect prosecutor ombudsman ombudswoman ombudsperson congressman congresswoman councillor councilor councilman magistrate superintendent inspector sub-inspector'.split(
    ' ',
  ),
);
/**
 * The office lexicon of the general cue (official-context.ts), in lower case: the office nouns above and the heads
 * of local, police and judicial offices.
 */
export const OFFICE_HEADS: ReadonlySet<string> = new Set([
  ...OFFICE_BEFORE_NAME,
  ...(
    'chairwoman chairperson chair commandant inspector-general director-general secretary-general sub-prefect ' +
    'premier deputy captain major admiral sheriff warden sultan emir coordinator representative speaker ' +
    'officer-in-charge mp mla mna'
  ).split(' '),
]);
/** Hyphenated lower-case office nouns: "sub-leader", "sub-commander", "co-leader". */
export const SUB_OFFICE = /^[a-z]+-(?:leader|commander|chief)$/;
/** Verbs of saying after "<office phrase>, <Name>": "Inspector General of Police Kashmir, Vijay Kumar said". */
export const SPEECH_VERB =
  /^(?:said|says|told|added|stated|confirmed|announced|noted|disclosed|explained|revealed|warned|claimed|insisted|declared|denied|stressed|urged|tweeted|wrote|affirmed|admitted|assured)$/;
/** Words that may precede a lower-case office noun in its phrase ("Hamas deputy leader"). */
export const OFFICE_MODIFIERS = new Set(
  'deputy senior military top former chief press foreign defense defence interior army security acting interim political'.split(
    ' ',
  ),
);
export const OFFICE_NOUN =
  /\b(?:spokes(?:man|woman|person)|diplomat|mastermind|boss|kingpin|ringleader|second[- ]in[- ]command|member of (?:[\w'-]+ ){0,5}(?:council|bureau|politburo|parliament|cabinet|committee|assembly|senate|congress|knesset|(?:government|administration)(?![\w-]))|minister|president|premier|commander|chief|general|secretary|ambassador|envoy|governor|leader|head|director|chair(?:man|woman)?|mayor|senator|lawmaker|deputy|official|advis[eo]r|emir|king|prince|sheikh|commissioner|coordinator|representative|speaker|admiral|colonel|lieutenant|officer|administrator|prefect|prosecutor|ombuds(?:man|woman|person)|congress(?:man|woman)|council(?:l)?or|councilman|magistrate|superintendent|(?:sub-)?inspector)s?\b(?!'s)/i;
/** One word that is a singular office noun, for "<office phrase>, <Name>". */
export const OFFICE_WORD =
  /^(?:ex-)?(?:spokes(?:man|woman|person)|diplomat|minister|president|premier|commander|chief|general|secretary|ambassador|envoy|governor|leader|head|director|chair(?:man|woman)?|mayor|senator|lawmaker|deputy|official|advis[eo]r|emir|commissioner|coordinator|representative|speaker|admiral|colonel|administrator|prefect|prosecutor|ombuds(?:man|woman|person)|congress(?:man|woman)|council(?:l)?or|magistrate|superintendent|(?:sub-)?inspector)$|^[a-z]+-(?:general|chief)$/i;
/** Plural office nouns that introduce a list of names ("commanders A and B"). */
export const PLURAL_OFFICE =
  /^(?:commanders|leaders|ringleaders|sub-leaders|chiefs|spokesmen|spokespersons|ministers|generals|emirs|kingpins)$/;
/** Prepositions that may follow the office noun in "<office phrase>, <Name>" ("envoy for Afghanistan"). */
export const OFFICE_TAIL_START = new Set(['of', 'for', 'to', 'at', 'in', 'on']);
/** Lower-case words that qualify an office noun ("information minister", "media office chief"). */
export const OFFICE_ADJECTIVE =
  /^(?:special|national|information|government|media|office|ministry|foreign|security|military|army|police|intelligence|presidential|prime|state|regional|provincial|navy|naval|[a-z]+(?:al|ary|ic|ian|ese|ish|led|based))$/;
/** Lower-case words for the unit a place name stands for: "the West Shoa zone", "Borno state". */
export const PLACE_UNIT = /^(?:zone|district|region|state|county|province|division|area|sector|territory)$/;

/** One whitespace-separated word of a sentence, with its punctuation set apart. */
export interface RawWord {
  start: number;
  end: number;
  /** The word without surrounding quotes and punctuation, and without a possessive 's. */
  core: string;
  coreStart: number;
  coreEnd: number;
  /** Punctuation after the core ("," or "."). */
  trail: string;
  lead: string;
  possessive: boolean;
}

/** Two lower-case letters and a full stop right before a capitalised word: a sentence end with no space after it. */
const GLUED_FULL_STOP = /\p{Ll}{2}\.(?=\p{Lu}\p{Ll})/u;

/** "a senior army officer", "the commanding officer": a rank word up to three words before an "officer". */
export function seniorBefore(words: readonly RawWord[], at: number): boolean {
  // ("the station house officer (SHO) of Katoria police station": the head of a police station.)
  if (/^house$/i.test(words[at - 1]?.core ?? '') && /^station$/i.test(words[at - 2]?.core ?? '')) return true;
  for (let k = at - 1; k >= 0 && k >= at - 3; k--) {
    if (words[k]!.trail !== '') return false;
    if (/^(?:senior|commanding|high-ranking|top-ranking|top)$/i.test(words[k]!.core)) return true;
  }
  return false;
}

/** Quotes and brackets before a word's core, and punctuation after it (as character codes: splitWords runs per word). */
const LEADING_MARKS = marks(`"'([\u201C\u2018`);
const TRAILING_MARKS = marks(`,.;:!?"')]\u201D\u2019`);

/** Characters as a table by code (ASCII and general punctuation), for a look-up per word without hashing. */
function marks(chars: string): { has(code: number): boolean } {
  const table = new Uint8Array(0x2020);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return { has: (code) => table[code] === 1 };
}

/** The first em or en dash at or after `from`, or -1. */
function nextDash(n: string, from: number): number {
  const em = n.indexOf('\u2014', from);
  const en = n.indexOf('\u2013', from);
  return em < 0 ? en : en < 0 ? em : Math.min(em, en);
}

/** Words of n[from, to), appended to `words`. */
export function splitWords(n: string, from: number, to: number, words: RawWord[]): void {
  // (The runs of non-space characters, /\S+/g, read by hand: this runs for every sentence that could introduce an
  // official.)
  let at = from;
  /** The next full stop at or after the word, -1 for none (looked up again only once passed). */
  let dot = -2;
  /** The next em or en dash at or after the word, -1 for none (looked up like `dot`). */
  let dash = -2;
  for (;;) {
    while (at < n.length && isWhiteSpaceCode(n.charCodeAt(at))) at++;
    if (at >= n.length || at >= to) return;
    let end = at + 1;
    while (end < n.length && !isWhiteSpaceCode(n.charCodeAt(end))) end++;
    const start = at;
    // ("led by Corporal Roman Clago—were on a truck": a dash between two words ends the first.)
    if (dash !== -1 && dash < start) dash = nextDash(n, start);
    const dashed = dash > start && dash < end - 1;
    if (dashed) end = dash + 1;
    // A full stop with its space lost ("with the police.Jehind Baloch, a spokesperson") still ends the word.
    if (dot !== -1 && dot < start) dot = n.indexOf('.', start);
    const glued = dot >= 0 && dot < end ? GLUED_FULL_STOP.exec(n.slice(start, end)) : null;
    if (glued) end = start + glued.index + glued[0].length;
    at = end;
    // (Offsets into n rather than a copy of the word: this runs for every word of a sentence that could introduce
    // an official.)
    let a = start;
    let b = end;
    while (a < b && LEADING_MARKS.has(n.charCodeAt(a))) a++;
    if (dashed && end === dash + 1) b--;
    while (b > a && TRAILING_MARKS.has(n.charCodeAt(b - 1))) b--;
    // Keep the dot of an abbreviation such as "Gen." out of the core but remember it in the trail.
    let core = n.slice(a, b);
    let possessive = false;
    // ("Rajnandgaon’s": a typographic apostrophe makes a possessive too.)
    if (core.length > 2 && core.endsWith('s') && (core.at(-2) === "'" || core.at(-2) === '’')) {
      core = core.slice(0, -2);
      b -= 2;
      possessive = true;
    }
    words.push({
      start,
      end,
      core,
      coreStart: a,
      coreEnd: b,
      trail: n.slice(possessive ? b + 2 : b, end),
      lead: n.slice(start, a),
      possessive,
    });
  }
}

/** A capital initial inside a name: "S P Vaid", "George W. Bush". */
export const isInitial = (w: string): boolean =>
  // (An ASCII letter is most initials; the regex for the rest, and only for one character, which takes at most two
  // units: this is asked of most words of a sentence.)
  w.length === 1 && w.charCodeAt(0) < 128 ? isUpperCode(w.charCodeAt(0)) : w.length <= 2 && /^\p{Lu}$/u.test(w);
/**
 * Initials written together before a surname: "SK" of "SK Sharma", "N.N." of "N.N. Pandey" (its last dot is in the
 * trail). Two capitals undotted, or two or three dotted; not the abbreviations of offices and bodies that stand
 * before names the same way ("PM Modi", "UN envoy"), nor a Roman numeral after a name ("Cuerpo II, the commander").
 */
export const isJoinedInitials = (w: string): boolean =>
  // (Asked of most words that follow a capitalised word: the length and the first letter before any regex.)
  w.length >= 2 &&
  w.length <= 5 &&
  isUpperCode(w.charCodeAt(0)) &&
  (w.length === 2
    ? isUpperCode(w.charCodeAt(1)) && !OFFICE_ABBREVIATIONS.has(w)
    : w.charCodeAt(1) === 0x2e && /^(?:[A-Z]\.){1,2}[A-Z]$/.test(w));
const OFFICE_ABBREVIATIONS: ReadonlySet<string> = new Set(
  'PM CM HM DM FM DG IG AG SP CP MP DC UN US UK EU AU TV II IV VI IX XI'.split(' '),
);
/**
 * (Of the alias particles, "the", "in", "and", "on" and "for" join no person's name: "<Name> on Monday" ends at "on".
 * Portuguese "do" joins one, though no registered name has it: "Carlos Agostinho do Rosário".)
 */
export const isParticle = (w: string): boolean =>
  (PARTICLES.has(w) && w !== 'the' && w !== 'in' && w !== 'and' && w !== 'on' && w !== 'for') || w === 'do';
/**
 * Whether words[at] is a particle that, with at most one more, leads to a name word: the "la" of "Billy de la
 * Rosa", the "der" of "Ursula van der Leyen".
 */
export function particleChainBeforeName(words: readonly RawWord[], at: number): boolean {
  const particle = words[at];
  const after = words[at + 1];
  return (
    particle !== undefined &&
    after !== undefined &&
    words[at - 1]!.trail === '' &&
    particle.trail === '' &&
    particle.lead === '' &&
    after.lead === '' &&
    isParticle(particle.core) &&
    isNameWord(after.core)
  );
}
/** A quote opening a nickname: double, or single ('Hemedti', ‘The Chef’), which must then close with its pair. */
export const OPENING_QUOTE = /^["\u201C'\u2018]$/;

/** Whether `trail` closes the quote `open` opened ("…" or '…', straight or typographic). */
export function closesQuote(open: string, trail: string): boolean {
  return open === '"' || open === '\u201C' ? /^["\u201D]$/.test(trail) : /^['\u2019]$/.test(trail);
}

/**
 * The index of the last word of a nickname of two or three name words in double quotes that starts at words[at]
 * and is followed by a name word ('"Abu Bakr" al-Saadi'), or -1.
 */
export function quotedNicknameEnd(words: readonly RawWord[], at: number): number {
  const open = words[at]?.lead ?? '';
  if (!OPENING_QUOTE.test(open) || words[at]!.trail !== '') return -1;
  for (let k = at + 1; k < words.length && k <= at + 2; k++) {
    const w = words[k]!;
    if (w.lead !== '' || !isNameWord(w.core)) return -1;
    if (w.trail === '') continue;
    const after = words[k + 1];
    const closes = closesQuote(open, w.trail);
    return closes && after !== undefined && after.lead === '' && isNameWord(after.core) ? k : -1;
  }
  return -1;
}
