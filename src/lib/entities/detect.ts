/**
 * Mention detection: finds the registry's countries, militias and officials in an article's title, summary and
 * body blocks, plus officials who are not in the registry but are introduced with an office or rank.
 *
 * Pure: no file system, no Astro, no environment. Linear in the text: every alias is folded (NFC, lower case,
 * diacritics dropped, words joined by one space) into a character trie that is walked only from word starts, so
 * a word that starts no alias costs one or two map look-ups.
 *
 * Rules, in the order they apply to a candidate match:
 *  1. Longest match at word edges: "Kataib Hezbollah" is not Hezbollah, "Islamic Resistance in Iraq" is not
 *     Iraq, "Irani" is nothing; between the words of a multi-word name only spaces, hyphens and apostrophes (and
 *     dots where the alias has them) are allowed, so "Harakat al-Nujaba" = "Harakat Al Nujaba". A group's or
 *     country's name after "al-" and a capitalised word is a family name ("Mohammed Ali al-Houthi").
 *  2. Case: aliases without lower-case letters ("US", "U.S.", "PMU", "ISIS") match exactly as written, except
 *     that a one-word acronym of four or more letters also matches in title case ("Isis", "Nato"); words with
 *     inner capitals ("LeT") match exactly; other aliases need a capital wherever the registry has one (except
 *     particles such as al-, bin, of, in), so "turkey" and "chad" are not countries but "IRAQ" and "Iraq" are.
 *     In an all-caps field, acronyms that are English words ("IS", "IT") are ignored. The generic last word of a
 *     longer name may be lower case ("the Haqqani network", "the Wagner group").
 *  3. Demonyms map to their country, with an optional plural s ("Iraqis").
 *  4. Official short names (surnames, nicknames) count only after the person was named in full earlier in the
 *     article (the title comes first), and not after another given name ("Abdel Rahim Dagalo" is a relative).
 *  5. Countries that are something else: "<country> <Place word>" ("Palestine Street", "Jordan River") is a place;
 *     a single-word country directly followed by a capitalised word that is not a known continuation is a first
 *     name ("Chad Thompson", "Jordan Peterson"; not applied in all-caps or title-case fields); "New Mexico" is not
 *     Mexico; "Latin/South/North/Central America(n)" is not the United States; Georgia is the US state after a
 *     Georgia city ("Atlanta, Georgia"), after "state of", before ", U.S." / ", USA", or before "governor",
 *     "state", "senator", "legislature", "lawmakers", "House", "Tech"; once one "Georgia" is the state, every
 *     "Georgia" in the article is.
 *  6. Officials not in the registry: "<Title> <Name>" (Maj. Gen., President, Prime Minister, Secretary-General, ...,
 *     also after a place or organisation: "Ohio Gov. Dana Whitcombe"), "<lower-case office noun> <Name>"
 *     ("spokesman", "lawmaker", "judge", "top diplomat", "<registered group> founder"), "<Name>, <office
 *     phrase>" where the phrase names an office, and "<office phrase>, <Name>," where the clause before the comma
 *     ends in a singular office noun, perhaps with a short prepositional phrase ("Norway's foreign minister, Espen
 *     Barth Eide, said"; "the minister for refugees, ..."). They count again later by full name or surname. Names
 *     with organisation words ("Human Rights Watch") are never officials.
 */
import type { Entity, EntityKind } from './types.ts';
import {
  GAP,
  WORD,
  charClass,
  foldCode,
  foldString,
  isAbbreviationDot,
  isUpperCode,
  normaliseText,
  sentenceAt,
  sentenceIndex,
  slugify,
  splitSentences,
  toOriginal,
  type NormalisedText,
} from './text.ts';

export type MentionField = 'title' | 'summary' | 'body';
/** How a mention was found: the entity's name, an alias, a demonym, or a short name after an introduction. */
export type MentionVia = 'name' | 'alias' | 'demonym' | 'short';

/** Where a match stands in the article, as written. */
export interface MatchLocation {
  field: MentionField;
  /** Index into the body blocks; -1 for the title and the summary. */
  block: number;
  /** UTF-16 offsets into the original string of that block (or title, summary). */
  start: number;
  end: number;
  /** The matched text as written. */
  text: string;
  /** The whole sentence containing the match, trimmed. */
  sentence: string;
}

export interface Mention extends MatchLocation {
  entityId: string;
  kind: EntityKind;
  via: MentionVia;
}

/**
 * One occurrence of an official who is not in the registry: the introduction ("Maj. Gen. Pat Ryder, the Pentagon
 * press secretary") and every later mention by full name or surname.
 */
export interface UnregisteredOfficial extends MatchLocation {
  name: string;
  /** ASCII slug of the name, the id the official's page would get. */
  slug: string;
  /** The office phrase or rank the official was introduced with. */
  office: string;
  /** True for the occurrence that introduced the official. */
  introduction: boolean;
}

export interface Detection {
  mentions: Mention[];
  unregistered: UnregisteredOfficial[];
}

export interface DetectInput {
  title: string;
  summary?: string | undefined;
  /** Plain text of the body's block elements, in order. */
  blocks: string[];
}

export interface Detector {
  detect(doc: DetectInput): Detection;
  /** Number of alias forms in the trie (names, aliases, demonyms and their plurals, short names). */
  readonly aliasCount: number;
  /** Number of trie nodes. */
  readonly nodeCount: number;
}

export interface EntityMentionSummary {
  entityId: string;
  kind: EntityKind;
  count: number;
  firstText: string;
  /** The first body sentence mentioning the entity, else the first title or summary sentence. */
  sentence: string;
  /** False for officials not in the registry (entityId is then their slug). */
  registered: boolean;
}

// ---------------------------------------------------------------------------------------------------------------
// Word lists

/** Alias words compared without regard to case: Arabic articles and name particles, short function words. */
const PARTICLES = new Set(
  'al el ad an ar as ash at az ath bin ibn bint ben abd de del della der den di du da dos das la le van von of the in and for on y et'.split(
    ' ',
  ),
);

/** Acronym aliases that are also English words: ignored in an all-caps field ("WHAT IS NEXT"). */
const SHOUTED_WORDS = new Set(
  'IS IT AN AS AT BE BY DO GO HE IF IN ME MY NO OF ON OR SO TO UP WE AM ARE CAN HAS WAS OUR ALL ONE NOW NEW OUT AND THE FOR NOT BUT WHO HOW WAR MAN MEN SET AID ANY HIS HER'.split(
    ' ',
  ),
);

/** Last words of group names that newspapers often write in lower case ("Haqqani network", "Wagner group"). */
const GENERIC_NAME_ENDS = new Set(
  'Network Group Movement Brigade Brigades Battalion Division Organization Organisation Front Army Forces Force Units Corps Party Council Committees'.split(
    ' ',
  ),
);

/** Words after a country name that make it a place ("Palestine Street", "Jordan River"); compared in lower case. */
export const PLACE_WORDS: ReadonlySet<string> = new Set(
  'street st road rd avenue ave square sq hotel airport stadium bridge boulevard blvd lane mall park hospital tower towers gate circle plaza station river valley highway roundabout'.split(
    ' ',
  ),
);

/** Capitalised words that may follow a single-word country name without making it a first name. */
export const COUNTRY_CONTINUATIONS: ReadonlySet<string> = new Set(
  (
    'War Wars Government Army Navy Air Force Forces Armed Ministry Embassy Consulate Mission Cup Central Bank ' +
    'National Defense Defence Foreign Interior Prime President Presidential Vice Minister Ministers Parliament ' +
    'Council Senate Congress Supreme High Court Coast Guard Guards Border Police Security Intelligence Special ' +
    'Envoy Ambassador King Queen Prince Crown Revolutionary Islamic Democratic Republic Kingdom Federal Olympic ' +
    'Red Crescent Cross International Times Post News TV Television Radio Today Airways Airlines Petroleum Oil Gas ' +
    'Inquiry Study Group Committee Commission Affairs Relief Fund Investment State Authority Agency Institute ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August ' +
    'September October November December'
  ).split(' '),
);

/** Cities of the US state of Georgia: "Atlanta, Georgia" is the state. */
export const GEORGIA_CITIES: ReadonlySet<string> = new Set(
  'Atlanta Savannah Augusta Macon Columbus Athens Albany Marietta Valdosta Roswell Alpharetta Decatur Brunswick'.split(
    ' ',
  ),
);
/** "Lebanon, Pennsylvania", "Peru, Indiana": a country's name followed by a US state is a town there. */
const US_STATE_AFTER_COMMA =
  /^, (?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|Pa\.|Ind\.|Mo\.|Tenn\.|Ky\.|N\.H\.|N\.Y\.)(?![\p{L}])/u;
const GEORGIA_STATE_NEXT = new Set(
  'governor gov state senator legislature lawmaker lawmakers senate house republican republicans democrat democrats county primary tech'.split(
    ' ',
  ),
);
const AMERICAS_QUALIFIERS = new Set(['Latin', 'South', 'North', 'Central', 'Native', 'Pan']);

/** Capitalised words of a title before a name; some are only modifiers and do not make a title by themselves. */
const TITLE_HEADS = new Set(
  (
    'President Minister Secretary Maj Gen General Lt Col Colonel Brig Adm Admiral Capt Captain Sgt Cmdr Commander ' +
    'Sheikh Ambassador Envoy Governor Gov Sen Senator Rep Speaker Chief King Queen Prince Emir Spokesman ' +
    'Spokeswoman Spokesperson Ayatollah Leader Chairman Director Mayor Lieutenant Brigadier Sergeant Marshal ' +
    'Commissioner Chancellor Premier'
  ).split(' '),
);
const TITLE_MODIFIERS = new Set(
  (
    'Vice Prime Foreign Defense Defence Interior Finance Oil Health Justice State Rear Deputy Staff Crown Grand ' +
    'Supreme Press Attorney Field Acting Interim Former Mr Mrs Ms Dr of'
  ).split(' '),
);
/** Lower-case office nouns that introduce a following name ("Hamas deputy leader Saleh al-Arouri"). */
const OFFICE_BEFORE_NAME = new Set(
  'spokesman spokeswoman spokesperson leader commander chief minister envoy ambassador president secretary governor director chairman official adviser advisor general diplomat lawmaker legislator senator mayor judge negotiator'.split(
    ' ',
  ),
);
/** Words that may precede a lower-case office noun in its phrase ("Hamas deputy leader"). */
const OFFICE_MODIFIERS = new Set(
  'deputy senior military top former chief press foreign defense defence interior army security acting interim political'.split(
    ' ',
  ),
);
const OFFICE_NOUN =
  /\b(?:spokes(?:man|woman|person)|diplomat|member of (?:[\w'-]+ ){0,5}(?:council|bureau|politburo|parliament|cabinet|committee|assembly|senate|congress|knesset)|minister|president|premier|commander|chief|general|secretary|ambassador|envoy|governor|leader|head|director|chair(?:man|woman)?|mayor|senator|lawmaker|deputy|official|advis[eo]r|emir|king|prince|sheikh|commissioner|coordinator|representative|speaker|admiral|colonel|lieutenant|officer)s?\b(?!'s)/i;
/** One word that is a singular office noun, for "<office phrase>, <Name>". */
const OFFICE_WORD =
  /^(?:spokes(?:man|woman|person)|diplomat|minister|president|premier|commander|chief|general|secretary|ambassador|envoy|governor|leader|head|director|chair(?:man|woman)?|mayor|senator|lawmaker|deputy|official|advis[eo]r|emir|commissioner|coordinator|representative|speaker|admiral|colonel)$|^[a-z]+-(?:general|chief)$/i;
/** Prepositions that may follow the office noun in "<office phrase>, <Name>" ("envoy for Afghanistan"). */
const OFFICE_TAIL_START = new Set(['of', 'for', 'to', 'at', 'in', 'on']);
/** Lower-case words that qualify an office noun ("information minister", "media office chief"). */
const OFFICE_ADJECTIVE =
  /^(?:special|national|information|government|media|office|ministry|foreign|security|military|army|police|intelligence|presidential|prime|state|regional|provincial|navy|naval|[a-z]+(?:al|ary|ic|ian|ese|ish|led|based))$/;
/** Quick test whether a field can introduce an official at all. */
const OFFICIAL_TRIGGER =
  /\b(?:Maj|Gen|Lt|Col|Brig|Adm|Capt|Sgt|Cmdr|Gov|Sen|Rep)\.|\b(?:spokes(?:man|woman|person)|diplomat|founder|member|minister|president|premier|commander|chief|general|secretary|ambassador|envoy|governor|leader|head|director|chair(?:man|woman)?|mayor|senator|lawmaker|deputy|official|advis[eo]r|emir|king|prince|sheikh|commissioner|coordinator|representative|speaker|admiral|colonel|lieutenant|officer|ayatollah|captain|brigadier|sergeant|marshal)/i;
/** Two adjacent capitalised words (optionally with a particle between): a sentence without them names nobody. */
const TWO_NAME_WORDS = /\p{Lu}[\p{L}\p{M}'-]*\.? (?:(?:al|bin|ibn|bint|el|de|van|von) )?(?:al-|el-)?\p{Lu}/u;
/** Office phrases starting with these words describe, they do not name an office ("who runs ..."). */
const NOT_OFFICE_START = new Set(
  'who which that whose where when said says and but or as while after before because'.split(' '),
);
/** Capitalised words that start sentences or qualify, never the first word of a name. */
const LEADING_STOP = new Set(
  (
    'The A An In On At By For From With Without As And But Or If When While After Before Since Until Then ' +
    'Yesterday Today Tomorrow Meanwhile However Also Last Next This That These Those His Her Their Its Our Both ' +
    'Several Many Some According Former Late Acting Interim New Top Senior Monday Tuesday Wednesday Thursday ' +
    'Friday Saturday Sunday January February March April May June July August September October November December'
  ).split(' '),
);
/** Words that make a capitalised run an organisation or place rather than a person. */
const ORG_WORDS = new Set(
  (
    'Coalition Forces Ministry Council Army Party Movement Group Brigades Brigade Units Front Organization ' +
    'Organisation Agency Times News Street University Committee Government Office Department House Corps Guard ' +
    'Guards Command Republic Kingdom State States Union Nations Bank Company Corporation Institute Center Centre ' +
    'Resistance Revolutionary Islamic Mobilization Mobilisation Popular Liberation Democratic Alliance Federation ' +
    'International Watch Rights Foundation Association Society Network Fund Programme Program Initiative Project ' +
    'Service Services Authority Administration Commission Assembly Parliament Senate Congress Court Police Navy ' +
    'Embassy Mission Crescent Cross College School Academy Hospital Airways Airlines Media Post Journal Tribune ' +
    'Herald Telegraph Daily Press Club Tech Province Governorate District Region City County'
  ).split(' '),
);

// ---------------------------------------------------------------------------------------------------------------
// The trie

const MAX_TOKENS = 16;

interface AliasEntry {
  entityId: string;
  kind: EntityKind;
  via: MentionVia;
  /** Tokens as written in the registry (normalised), used for the case rules. */
  tokens: string[];
  /** Per gap between tokens: whether the alias has a dot there ("U.S."). */
  gapDot: boolean[];
  /** Per token: whether the text must have a capital first letter. */
  capital: boolean[];
  /** Per token: mixed case inside the word ("LeT"), compared exactly. */
  exact: boolean[];
  /** No lower-case letters ("US", "U.S.", "ISIS"): compared exactly (a one-word acronym of 4+ letters also in
   * title case, "Isis", "Nato", the way many newspapers write them). */
  acronym: boolean;
  trailingDot: boolean;
  /** Lower sorts first among entries with the same folded key. */
  rank: number;
}

interface TrieNode {
  next: Map<number, TrieNode> | null;
  entries: AliasEntry[] | null;
}

const VIA_RANK: Record<MentionVia, number> = { name: 0, alias: 1, demonym: 2, short: 3 };

function tokenise(text: string): { tokens: string[]; gaps: string[]; lead: string; trail: string } {
  const tokens: string[] = [];
  const gaps: string[] = [];
  let i = 0;
  while (i < text.length && charClass(text.charCodeAt(i)) !== WORD) i++;
  const lead = text.slice(0, i);
  let trail = '';
  while (i < text.length) {
    const a = i;
    while (i < text.length && charClass(text.charCodeAt(i)) === WORD) i++;
    tokens.push(text.slice(a, i));
    const g = i;
    while (i < text.length && charClass(text.charCodeAt(i)) !== WORD) i++;
    if (i < text.length) gaps.push(text.slice(g, i));
    else trail = text.slice(g);
  }
  return { tokens, gaps, lead, trail };
}

/** Folded trie key of an alias: tokens folded and joined by one space. */
function aliasKey(tokens: string[]): string {
  return tokens.map(foldString).join(' ');
}

// Scratch buffers for one walk of the trie (detection is synchronous, so one set per module suffices).
const TS = new Int32Array(MAX_TOKENS + 1);
const TE = new Int32Array(MAX_TOKENS + 1);
const candNodes: TrieNode[] = [];
const candTokens: number[] = [];

interface FieldState {
  original: string;
  norm: NormalisedText;
  field: MentionField;
  block: number;
  bounds: Array<[number, number]> | null;
  shouted: boolean | null;
  titleCase: boolean | null;
}

interface PersonState {
  name: string;
  slug: string;
  office: string;
  /** The full name as normalised text, and surnames to look for, longest first. */
  forms: string[];
  /** Where the introduction ended: field order index and offset in that field's normalised text. */
  order: number;
  after: number;
}

function isShouted(f: FieldState): boolean {
  if (f.shouted === null) {
    f.shouted = !/\p{Ll}/u.test(f.norm.text) && /\p{Lu}{2}/u.test(f.norm.text);
  }
  return f.shouted;
}

function isTitleCase(f: FieldState): boolean {
  if (f.titleCase === null) {
    const words = f.norm.text.match(/\p{L}{4,}/gu) ?? [];
    const caps = words.filter((w) => isUpperCode(w.charCodeAt(0))).length;
    f.titleCase = words.length >= 3 && caps / words.length >= 0.7;
  }
  return f.titleCase;
}

function sentenceOf(f: FieldState, originalOffset: number): string {
  if (f.bounds === null) f.bounds = splitSentences(f.original);
  return sentenceAt(f.original, f.bounds, originalOffset);
}

/** The word directly after `end` when separated by exactly one space, else null. */
function nextWord(n: string, end: number): string | null {
  if (n.charCodeAt(end) !== 0x20 || charClass(n.charCodeAt(end + 1)) !== WORD) return null;
  let j = end + 1;
  while (j < n.length && charClass(n.charCodeAt(j)) === WORD) j++;
  return n.slice(end + 1, j);
}

/**
 * True when the word at `start` follows a capitalised word inside a sentence that is not a title or a stop word:
 * "Abdel Rahim Dagalo" is not Mohamed Hamdan Dagalo, whose short name is "Dagalo".
 */
function afterGivenName(n: string, start: number): boolean {
  const before = prevWord(n, start);
  if (before === null || !isCapitalisedWord(before)) return false;
  if (TITLE_HEADS.has(before) || TITLE_MODIFIERS.has(before) || LEADING_STOP.has(before)) return false;
  const j = start - 1 - before.length;
  return !(j <= 0 || /[.!?:"\u201C(]\s*$/.test(n.slice(Math.max(0, j - 3), j)));
}

/** True when the word at `i` follows "al-" (or "el-", "Al ") that follows a capitalised word: "Ali al-Houthi". */
function familyNameAfterAl(n: string, i: number): boolean {
  if (i < 5) return false;
  const art = n.slice(i - 3, i);
  if (!/^[aAeE]l[- ]$/.test(art) || charClass(n.charCodeAt(i - 4)) !== GAP) return false;
  const before = prevWord(n, i - 3);
  return before !== null && isCapitalisedWord(before);
}

/** The word directly before `start` when separated by exactly `sep`, else null. */
function prevWord(n: string, start: number, sep = ' '): string | null {
  const a = start - sep.length;
  if (a < 1 || n.slice(a, start) !== sep || charClass(n.charCodeAt(a - 1)) !== WORD) return null;
  let j = a;
  while (j > 0 && charClass(n.charCodeAt(j - 1)) === WORD) j--;
  return n.slice(j, a);
}

/** Where a match of normalised offsets [a, b) stands in the original text, with its sentence. */
function located(f: FieldState, a: number, b: number): MatchLocation {
  const start = toOriginal(f.norm, a);
  const end = toOriginal(f.norm, b);
  return {
    field: f.field,
    block: f.block,
    start,
    end,
    text: f.original.slice(start, end),
    sentence: sentenceOf(f, start),
  };
}

/** The original text of normalised offsets [a, b). */
function originalSlice(f: FieldState, a: number, b: number): string {
  return f.original.slice(toOriginal(f.norm, a), toOriginal(f.norm, b));
}

function isCapitalisedWord(w: string): boolean {
  return isUpperCode(w.charCodeAt(0)) && /\p{Ll}/u.test(w);
}

export function createDetector(entities: readonly Entity[]): Detector {
  const root: TrieNode = { next: null, entries: null };
  let aliasCount = 0;
  let nodeCount = 1;
  /** Folded first tokens of every alias: a capitalised word after a country that starts another name. */
  const firstTokens = new Set<string>();
  const seen = new Set<string>();
  /** Set during one detect() call when "Georgia" was read as the US state. */
  let georgiaState = false;

  const insert = (raw: string, entity: Entity, via: MentionVia, order: number) => {
    const text = normaliseText(raw.trim()).text;
    const { tokens, gaps, trail } = tokenise(text);
    if (tokens.length === 0 || tokens.length > MAX_TOKENS) return;
    // A gap the text walk could never cross (a comma, brackets): the alias can never match, so leave it out.
    if (gaps.some((g) => g.length > 3 || [...g].some((ch) => charClass(ch.charCodeAt(0)) !== GAP))) return;
    const dedupe = `${entity.id}\u0000${via}\u0000${text}`;
    if (seen.has(dedupe)) return;
    seen.add(dedupe);
    const key = aliasKey(tokens);
    if (key.length === 0) return;
    const entry: AliasEntry = {
      entityId: entity.id,
      kind: entity.kind,
      via,
      tokens,
      gapDot: gaps.map((g) => g.includes('.')),
      capital: tokens.map((t) => isUpperCode(t.charCodeAt(0)) && !PARTICLES.has(t.toLowerCase())),
      exact: tokens.map((t) => /\p{Ll}/u.test(t) && /\p{Lu}/u.test(t.slice(1))),
      acronym: !/\p{Ll}/u.test(text) && /\p{Lu}/u.test(text),
      trailingDot: trail.startsWith('.'),
      rank: VIA_RANK[via] * 100000 + order,
    };
    let node = root;
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i);
      if (node.next === null) node.next = new Map();
      let child = node.next.get(code);
      if (child === undefined) {
        child = { next: null, entries: null };
        node.next.set(code, child);
        nodeCount++;
      }
      node = child;
    }
    if (node.entries === null) node.entries = [];
    node.entries.push(entry);
    node.entries.sort((a, b) => a.rank - b.rank);
    firstTokens.add(foldString(tokens[0]!));
    aliasCount++;
  };

  entities.forEach((entity, order) => {
    const shortKeys = new Set(
      entity.kind === 'official' ? entity.shortNames.map((s) => aliasKey(tokenise(normaliseText(s).text).tokens)) : [],
    );
    const unlessShort = (s: string) => !shortKeys.has(aliasKey(tokenise(normaliseText(s).text).tokens));
    if (unlessShort(entity.name)) insert(entity.name, entity, 'name', order);
    for (const alias of entity.aliases) if (unlessShort(alias)) insert(alias, entity, 'alias', order);
    if (entity.kind === 'country') {
      for (const demonym of entity.demonyms) {
        insert(demonym, entity, 'demonym', order);
        if (!/(?:s|sh|ch|x|z|ese)$/i.test(demonym)) insert(`${demonym}s`, entity, 'demonym', order);
      }
    }
    if (entity.kind === 'official') for (const s of entity.shortNames) insert(s, entity, 'short', order);
  });

  /** Walks the trie from word start `i`; fills the candidate buffers and returns how many candidates there are. */
  const walk = (n: string, i: number): number => {
    let node: TrieNode | undefined = root;
    let j = i;
    let k = 0;
    let nc = 0;
    const len = n.length;
    for (;;) {
      TS[k] = j;
      while (j < len) {
        const code = n.charCodeAt(j);
        if (charClass(code) !== WORD) break;
        const f = foldCode(code);
        if (f !== 0) {
          node = node.next === null ? undefined : node.next.get(f);
          if (node === undefined) return nc;
        }
        j++;
      }
      TE[k] = j;
      k++;
      if (node.entries !== null) {
        candNodes[nc] = node;
        candTokens[nc] = k;
        nc++;
      }
      if (k >= MAX_TOKENS || node.next === null) return nc;
      const gapNode = node.next.get(0x20);
      if (gapNode === undefined) return nc;
      let g = j;
      while (g < len && g - j <= 3 && charClass(n.charCodeAt(g)) === GAP) g++;
      if (g === j || g - j > 3 || g >= len || charClass(n.charCodeAt(g)) !== WORD) return nc;
      node = gapNode;
      j = g;
    }
  };

  const caseOk = (e: AliasEntry, f: FieldState, k: number): boolean => {
    const n = f.norm.text;
    for (let t = 0; t < k - 1; t++) {
      const gapHasDot = n.slice(TE[t]!, TS[t + 1]!).includes('.');
      if (e.acronym ? gapHasDot !== e.gapDot[t] : gapHasDot && !e.gapDot[t]) return false;
    }
    if (e.acronym) {
      if (k === 1 && SHOUTED_WORDS.has(e.tokens[0]!) && isShouted(f)) return false;
      for (let t = 0; t < k; t++) {
        const word = n.slice(TS[t]!, TE[t]!);
        const alias = e.tokens[t]!;
        if (word === alias) continue;
        if (k === 1 && alias.length >= 4 && word === alias[0] + alias.slice(1).toLowerCase()) continue;
        return false;
      }
      return true;
    }
    for (let t = 0; t < k; t++) {
      if (e.capital[t] && !isUpperCode(n.charCodeAt(TS[t]!))) {
        // "the Haqqani network", "the Wagner group": a generic last word of a longer name may be lower case.
        if (!(t === k - 1 && t > 0 && GENERIC_NAME_ENDS.has(e.tokens[t]!))) return false;
      }
      if (e.exact[t] && n.slice(TS[t]!, TE[t]!) !== e.tokens[t]) return false;
    }
    return true;
  };

  const contextOk = (e: AliasEntry, f: FieldState, k: number, introduced: Set<string>): boolean => {
    if (e.via === 'short') return introduced.has(e.entityId) && !afterGivenName(f.norm.text, TS[0]!);
    if (e.kind !== 'country') return true;
    const n = f.norm.text;
    const start = TS[0]!;
    const end = TE[k - 1]!;
    const folded = foldString(n.slice(start, end));
    const before = prevWord(n, start);
    if (folded.startsWith('america') && before !== null && AMERICAS_QUALIFIERS.has(before)) return false;
    if (e.via === 'demonym') return true;
    if (before === 'New') return false;
    const after = nextWord(n, end);
    if (after !== null && PLACE_WORDS.has(after.toLowerCase())) return false;
    if (US_STATE_AFTER_COMMA.test(n.slice(end, end + 20))) return false;
    if (folded === 'georgia') {
      const city = prevWord(n, start, ', ');
      if (
        (city !== null && GEORGIA_CITIES.has(city)) ||
        n.slice(Math.max(0, start - 9), start).toLowerCase() === 'state of ' ||
        /^, (?:U\.S\.|USA|United States)/.test(n.slice(end, end + 16)) ||
        (after !== null && GEORGIA_STATE_NEXT.has(after.toLowerCase())) ||
        /^'s (?:governor|legislature|lawmakers?|state senate)/.test(n.slice(end, end + 24))
      ) {
        georgiaState = true; // the whole article is then about the US state (see detect)
        return false;
      }
    }
    if (
      k === 1 &&
      !e.acronym &&
      after !== null &&
      isCapitalisedWord(after) &&
      !COUNTRY_CONTINUATIONS.has(after) &&
      !firstTokens.has(foldString(after)) &&
      !isShouted(f) &&
      !isTitleCase(f)
    ) {
      return false; // a first name: "Chad Thompson", "Jordan Peterson", "Israel Katz"
    }
    return true;
  };

  interface Span {
    start: number;
    end: number;
  }

  /** Whether [a, b) overlaps a span of `spans`, which is sorted by start and non-overlapping. */
  const overlaps = (spans: Span[], a: number, b: number): boolean => {
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid]!.end <= a) lo = mid + 1;
      else hi = mid;
    }
    const s = spans[lo];
    return s !== undefined && s.start < b;
  };
  const addSpan = (spans: Span[], span: Span) => {
    let i = spans.length;
    while (i > 0 && spans[i - 1]!.start > span.start) i--;
    spans.splice(i, 0, span);
  };

  const scanRegistered = (f: FieldState, introduced: Set<string>, out: Mention[], spans: Span[]) => {
    const n = f.norm.text;
    const len = n.length;
    let i = 0;
    while (i < len) {
      if (charClass(n.charCodeAt(i)) !== WORD) {
        i++;
        continue;
      }
      const nc = walk(n, i);
      let matchedEnd = -1;
      for (let c = nc - 1; c >= 0 && matchedEnd < 0; c--) {
        const k = candTokens[c]!;
        // "Mohammed Ali al-Houthi", "Ahmed al-Iraqi": a group's or country's name after al- and a given name is a
        // family name, unless the alias itself starts with the article ("al-Qaeda").
        const surname = familyNameAfterAl(n, i);
        const entries = candNodes[c]!.entries!;
        for (const e of entries) {
          if (surname && e.kind !== 'official' && !PARTICLES.has(e.tokens[0]!.toLowerCase())) continue;
          if (!caseOk(e, f, k) || !contextOk(e, f, k, introduced)) continue;
          let end = TE[k - 1]!;
          if (e.trailingDot && n.charCodeAt(end) === 0x2e) end++;
          const start = TS[0]!;
          // A name several entities of one kind share ("National Liberation Army") is nobody's without evidence.
          const shared = entries.some(
            (o) => o.entityId !== e.entityId && o.kind === e.kind && caseOk(o, f, k) && contextOk(o, f, k, introduced),
          );
          if (!shared) out.push({ entityId: e.entityId, kind: e.kind, ...located(f, start, end), via: e.via });
          spans.push({ start, end });
          if (!shared && e.kind === 'official' && e.via !== 'short') introduced.add(e.entityId);
          matchedEnd = end;
          break;
        }
      }
      if (matchedEnd > 0) {
        i = matchedEnd;
        continue;
      }
      i++;
      while (i < len && charClass(n.charCodeAt(i)) === WORD) i++;
    }
  };

  interface RawWord {
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

  /** Words of n[from, to), appended to `words`. */
  const splitWords = (n: string, from: number, to: number, words: RawWord[]) => {
    const re = /\S+/g;
    re.lastIndex = from;
    for (let m = re.exec(n); m !== null && m.index < to; m = re.exec(n)) {
      const raw = m[0];
      let a = 0;
      let b = raw.length;
      while (a < b && /["'([\u201C\u2018]/.test(raw[a]!)) a++;
      while (b > a && /[,.;:!?"')\]\u201D\u2019]/.test(raw[b - 1]!)) b--;
      // Keep the dot of an abbreviation such as "Gen." out of the core but remember it in the trail.
      let core = raw.slice(a, b);
      let possessive = false;
      if (/'s$/.test(core) && core.length > 2) {
        core = core.slice(0, -2);
        b -= 2;
        possessive = true;
      }
      words.push({
        start: m.index,
        end: m.index + raw.length,
        core,
        coreStart: m.index + a,
        coreEnd: m.index + b,
        trail: raw.slice(possessive ? b + 2 : b),
        lead: raw.slice(0, a),
        possessive,
      });
    }
  };

  const isNameWord = (w: string): boolean =>
    (isCapitalisedWord(w) && /^[\p{L}\p{M}'-]+$/u.test(w)) || /^(?:al|el|ad|ar|as|ash|at|az)-\p{Lu}/u.test(w);
  const isParticle = (w: string): boolean => PARTICLES.has(w) && w !== 'the' && w !== 'in' && w !== 'and';
  /** A title head, also hyphenated ("Secretary-General", "Commissioner-General", "Commander-in-Chief"). */
  const isTitleHead = (w: string): boolean =>
    TITLE_HEADS.has(w) ||
    (w.includes('-') &&
      w.split('-').every((p) => TITLE_HEADS.has(p) || TITLE_MODIFIERS.has(p) || p === 'in') &&
      w.split('-').some((p) => TITLE_HEADS.has(p)));
  const isTitleWord = (w: string): boolean => isTitleHead(w) || TITLE_MODIFIERS.has(w);

  const scanUnregistered = (
    f: FieldState,
    spans: Span[],
    persons: PersonState[],
    order: number,
    out: UnregisteredOfficial[],
  ) => {
    const n = f.norm.text;
    if (!OFFICIAL_TRIGGER.test(n) || isShouted(f)) return;
    const covered = (a: number, b: number) => overlaps(spans, a, b);
    const sentenceBounds = splitSentences(n);
    const sentenceEndAfter = (at: number) => sentenceBounds[sentenceIndex(sentenceBounds, at)]?.[1] ?? n.length;
    /**
     * The office phrase of "<office phrase>, <Name>" ending at the comma before words[idx], or '': the clause
     * before the comma must end in a singular office noun, optionally followed by a short prepositional phrase
     * ("China's special envoy for Afghanistan, Yue Xiaoyong"); "the minister arrived in New York, New Jersey" is
     * not one.
     */
    const officeBefore = (words: RawWord[], idx: number): string => {
      const before = words[idx - 1];
      if (before === undefined || before.trail !== ',' || before.possessive) return '';
      let a = idx - 1;
      while (a > 0 && idx - a < 12 && words[a - 1]!.trail === '' && words[a]!.lead === '') a--;
      let noun = -1;
      for (let k = idx - 1; k >= a && k >= idx - 7; k--) {
        const core = words[k]!.core;
        const m = OFFICE_WORD.exec(core);
        if (m && m[0].length === core.length && !words[k]!.possessive) {
          noun = k;
          break;
        }
      }
      if (noun < 0) return '';
      if (words[noun]!.core.toLowerCase() === 'general' && noun > a && /^in$/i.test(words[noun - 1]!.core)) return '';
      // After the noun only a short prepositional phrase: "minister for refugees", "envoy for Afghanistan".
      if (noun < idx - 1 && (!OFFICE_TAIL_START.has(words[noun + 1]!.core) || idx - 1 - noun > 5)) return '';
      let from = noun;
      while (from > a && noun - from < 5) {
        const x = words[from - 1]!;
        if (/^(?:the|a|an|his|her|its|their)$/i.test(x.core)) {
          from--;
          break;
        }
        if (!(
          OFFICE_MODIFIERS.has(x.core) ||
          isCapitalisedWord(x.core) ||
          x.possessive ||
          OFFICE_ADJECTIVE.test(x.core)
        ))
          break;
        from--;
      }
      return originalSlice(f, words[from]!.coreStart, before.coreEnd);
    };
    const processSentence = (words: RawWord[]) => {
      let w = 0;
      while (w < words.length) {
        // Build a run of capitalised words (titles included), allowing particles and "of" inside.
        const first = words[w]!;
        if (!(isNameWord(first.core) || isTitleWord(first.core))) {
          w++;
          continue;
        }
        const runStart = w;
        const run: RawWord[] = [first];
        let r = w;
        const breaks = (x: RawWord) =>
          x.possessive ||
          /[,;:!?"\u201D)]/.test(x.trail) ||
          (x.trail.includes('.') && !isAbbreviationDot(n, x.coreEnd));
        while (!breaks(words[r]!) && r + 1 < words.length) {
          const next = words[r + 1]!;
          if (next.lead !== '') break;
          const ok =
            isNameWord(next.core) ||
            isTitleWord(next.core) ||
            (isParticle(next.core) && r + 2 < words.length && isNameWord(words[r + 2]!.core));
          if (!ok) break;
          run.push(next);
          r++;
        }
        w = r + 1;
        // A trailing "of" ("Col. Sofiya Qureshi of the army") belongs to what follows, not to the name.
        while (run.length > 1 && (run[run.length - 1]!.core === 'of' || isParticle(run[run.length - 1]!.core)))
          run.pop();
        // Strip leading stop words, registered mentions and title words.
        let s = 0;
        let officeFrom = -1;
        let lastTitle = -1;
        let hasHead = false;
        while (s < run.length) {
          const x = run[s]!;
          const isTitle = isTitleWord(x.core);
          if (isTitle) {
            if (isTitleHead(x.core)) hasHead = true;
            if (!['Mr', 'Mrs', 'Ms', 'Dr', 'Former'].includes(x.core)) {
              if (officeFrom < 0) officeFrom = s;
              lastTitle = s;
            }
          } else if (covered(x.coreStart, x.coreEnd)) {
            if (officeFrom < 0) officeFrom = s;
          } else if (!LEADING_STOP.has(x.core)) break;
          else if (officeFrom >= 0) break;
          s++;
        }
        // Capitalised words before a title are the office's place or organisation: "Georgia Gov. Brian Kemp",
        // "Balochistan Chief Minister Sarfraz Bugti", "UNRWA Commissioner-General Philippe Lazzarini".
        let lastInRun = -1;
        for (let t = s; t < run.length; t++) if (isTitleWord(run[t]!.core) && run[t]!.core !== 'of') lastInRun = t;
        if (lastInRun >= s && run.slice(s, lastInRun + 1).some((x) => isTitleHead(x.core))) {
          if (officeFrom < 0) officeFrom = s;
          hasHead = true;
          lastTitle = lastInRun;
          s = lastInRun + 1;
        }
        const nameWords = run.slice(s);
        if (nameWords.length < 2 || nameWords.length > 5) continue;
        const firstName = nameWords[0]!;
        const lastName = nameWords[nameWords.length - 1]!;
        if (!isNameWord(firstName.core) || !isNameWord(lastName.core)) continue;
        if (nameWords.some((x) => ORG_WORDS.has(x.core) || isTitleHead(x.core) || LEADING_STOP.has(x.core))) continue;
        if (nameWords.some((x) => x.core.length > 1 && !/\p{Ll}/u.test(x.core))) continue;
        const nameStart = firstName.coreStart;
        const nameEnd = lastName.coreEnd;
        if (covered(nameStart, nameEnd)) continue;

        let office = '';
        // "<Name>, <office phrase>"
        if (!lastName.possessive && lastName.trail.startsWith(',')) {
          const from = lastName.end;
          let to = sentenceEndAfter(from);
          const stop = /[,;:()"\u201C\u201D]/.exec(n.slice(from, to));
          if (stop) to = from + stop.index;
          const raw = n.slice(from, to);
          const phrase = raw.trim().replace(/[.!?]+$/, '');
          const firstWord = phrase.split(/\s+/)[0]?.toLowerCase() ?? '';
          if (
            phrase.length > 0 &&
            !NOT_OFFICE_START.has(firstWord) &&
            phrase.split(/\s+/).length <= 10 &&
            OFFICE_NOUN.test(phrase)
          ) {
            const a = from + raw.indexOf(phrase);
            office = originalSlice(f, a, a + phrase.length);
          }
        }
        // "<Title> <Name>"
        if (office === '' && hasHead && lastTitle >= 0) {
          const last = run[lastTitle]!;
          office = originalSlice(f, run[officeFrom]!.coreStart, last.coreEnd + (last.trail.startsWith('.') ? 1 : 0));
        }
        const idx = runStart + s;
        // "<office phrase>, <Name>,": "Norway's foreign minister, Espen Barth Eide, said"
        const lastOfSentence = idx + nameWords.length >= words.length;
        if (office === '' && s === 0 && (/^[,.;)]/.test(lastName.trail) || lastOfSentence))
          office = officeBefore(words, idx);
        // "<lower-case office noun> <Name>": "Pentagon spokesman Pat Ryder", "Hamas deputy leader Saleh al-Arouri",
        // and "<registered group> founder <Name>"
        if (office === '' && s === 0) {
          const before = words[idx - 1];
          const founder =
            before !== undefined &&
            (before.core === 'founder' || before.core === 'co-founder') &&
            idx >= 2 &&
            words[idx - 2]!.trail === '' &&
            covered(words[idx - 2]!.coreStart, words[idx - 2]!.coreEnd);
          if (before && before.trail === '' && !before.possessive && (OFFICE_BEFORE_NAME.has(before.core) || founder)) {
            let a = idx - 1;
            while (a - 1 >= 0 && a - 1 >= idx - 4) {
              const p = words[a - 1]!;
              if (p.trail !== '' || !(OFFICE_MODIFIERS.has(p.core) || isCapitalisedWord(p.core) || p.possessive)) break;
              a--;
            }
            office = originalSlice(f, words[a]!.coreStart, before.coreEnd);
          }
        }
        if (office === '') continue;

        const name = n.slice(nameStart, nameEnd).replace(/\s+/g, ' ');
        const slug = slugify(name);
        if (slug === '') continue;
        const known = persons.find((p) => p.slug === slug);
        out.push({
          name: known?.name ?? name,
          slug,
          office: known?.office ?? office,
          ...located(f, nameStart, nameEnd),
          introduction: known === undefined,
        });
        addSpan(spans, { start: nameStart, end: nameEnd });
        if (!known) {
          const lastCore = lastName.core;
          const forms = [name, lastCore];
          const bare = /^(?:al|el|ad|ar|as|ash|at|az)-(.+)$/i.exec(lastCore);
          if (bare) forms.push(bare[1]!);
          persons.push({
            name,
            slug,
            office,
            forms: forms.filter((x, i, all) => x.length >= 3 && all.indexOf(x) === i),
            order,
            after: nameEnd,
          });
        }
      }
    };
    // Only sentences with a title or office word and two adjacent capitalised words can introduce an official.
    const trigger = new RegExp(OFFICIAL_TRIGGER.source, 'gi');
    for (let m = trigger.exec(n); m !== null; m = trigger.exec(n)) {
      const [a, b] = sentenceBounds[sentenceIndex(sentenceBounds, m.index)]!;
      if (TWO_NAME_WORDS.test(n.slice(a, b))) {
        const words: RawWord[] = [];
        splitWords(n, a, b, words);
        processSentence(words);
      }
      trigger.lastIndex = Math.max(b, m.index + 1);
    }
  };

  /** Later mentions of unregistered officials by full name or surname. */
  const scanPersons = (
    f: FieldState,
    spans: Span[],
    persons: PersonState[],
    order: number,
    out: UnregisteredOfficial[],
  ) => {
    if (persons.length === 0) return;
    const n = f.norm.text;
    const len = n.length;
    for (let i = 0; i < len; i++) {
      if (charClass(n.charCodeAt(i)) !== WORD || (i > 0 && charClass(n.charCodeAt(i - 1)) === WORD)) continue;
      if (!isUpperCode(n.charCodeAt(i))) continue;
      if (overlaps(spans, i, i + 1)) continue;
      for (const p of persons) {
        if (p.order === order && p.after > i) continue;
        const form = p.forms.find(
          (x) => n.startsWith(x, i) && (i + x.length >= len || charClass(n.charCodeAt(i + x.length)) !== WORD),
        );
        if (form === undefined) continue;
        const end = i + form.length;
        out.push({ name: p.name, slug: p.slug, office: p.office, ...located(f, i, end), introduction: false });
        addSpan(spans, { start: i, end });
        i = end - 1;
        break;
      }
    }
  };

  const detect = (doc: DetectInput): Detection => {
    const fields: Array<{ text: string; field: MentionField; block: number }> = [
      { text: doc.title, field: 'title', block: -1 },
    ];
    if (doc.summary !== undefined && doc.summary !== '')
      fields.push({ text: doc.summary, field: 'summary', block: -1 });
    doc.blocks.forEach((text, block) => fields.push({ text, field: 'body', block }));

    georgiaState = false;
    const introduced = new Set<string>();
    const persons: PersonState[] = [];
    const mentions: Mention[] = [];
    const unregistered: UnregisteredOfficial[] = [];
    fields.forEach(({ text, field, block }, order) => {
      if (text.length === 0) return;
      const f: FieldState = {
        original: text,
        norm: normaliseText(text),
        field,
        block,
        bounds: null,
        shouted: null,
        titleCase: null,
      };
      const spans: Span[] = [];
      scanRegistered(f, introduced, mentions, spans);
      const found: UnregisteredOfficial[] = [];
      scanUnregistered(f, spans, persons, order, found);
      scanPersons(f, spans, persons, order, found);
      found.sort((a, b) => a.start - b.start);
      unregistered.push(...found);
    });
    if (georgiaState) {
      // An article that names the US state of Georgia once in a way only the state fits ("Georgia Gov.", "Atlanta,
      // Georgia") means the state wherever else it says "Georgia", the title included.
      const kept = mentions.filter(
        (m) => m.kind !== 'country' || m.via === 'demonym' || foldString(m.text) !== 'georgia',
      );
      return { mentions: kept, unregistered };
    }
    return { mentions, unregistered };
  };

  return { detect, aliasCount, nodeCount };
}

/**
 * Per entity, in order of first mention: how often it is mentioned, the text of the first mention, and the first
 * body sentence mentioning it (else the first title or summary sentence). Unregistered officials are included
 * under their slug.
 */
export function summarise(detection: Detection): EntityMentionSummary[] {
  const byId = new Map<string, EntityMentionSummary & { inBody: boolean }>();
  const add = (
    id: string,
    kind: EntityKind,
    registered: boolean,
    m: { field: MentionField; text: string; sentence: string },
  ) => {
    const existing = byId.get(id);
    if (existing) {
      existing.count++;
      if (!existing.inBody && m.field === 'body') {
        existing.sentence = m.sentence;
        existing.inBody = true;
      }
      return;
    }
    byId.set(id, {
      entityId: id,
      kind,
      count: 1,
      firstText: m.text,
      sentence: m.sentence,
      registered,
      inBody: m.field === 'body',
    });
  };
  const order = (field: MentionField) => (field === 'title' ? 0 : field === 'summary' ? 1 : 2);
  const all = [
    ...detection.mentions.map((m) => ({ m, id: m.entityId, kind: m.kind, registered: true })),
    ...detection.unregistered.map((m) => ({ m, id: m.slug, kind: 'official' as const, registered: false })),
  ].sort((a, b) => order(a.m.field) - order(b.m.field) || a.m.block - b.m.block || a.m.start - b.m.start);
  for (const { m, id, kind, registered } of all) add(id, kind, registered, m);
  return [...byId.values()].map(({ inBody: _inBody, ...rest }) => rest);
}
