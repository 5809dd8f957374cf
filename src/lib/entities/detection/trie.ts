/**
 * The alias trie and the walk that matches it. Every name, alias, demonym (with its plural) and short name is
 * folded (NFC, lower case, diacritics dropped, words joined by one space) into a character trie that is walked
 * only from word starts, so a word that starts no alias costs one or two look-ups. Between the words of a
 * multi-word name the text may have up to three spaces, hyphens, apostrophes or dots ("Harakat al-Nujaba" =
 * "Harakat Al Nujaba"); the case and context rules decide later which of these loose matches count.
 */
import type { Entity, EntityKind } from '../types.ts';
import { GAP, WORD, charClass, foldCode, foldString, isAscii, isUpperCode, normaliseText } from '../text.ts';
import { PARTICLES } from './case-rules.ts';
import { FORMER_STATE_NAMES, NOT_ENTITY_NAMES } from './place-rules.ts';
import { STATE_FORCE_NAMES } from './precision-rules.ts';
import { groupShortName, unitShortName } from './names.ts';

/** The entity id of names that claim their words for nothing ("Agence France-Presse"). */
export const NO_ENTITY = '';

/** How a mention was found: the entity's name, an alias, a demonym, or a short name after an introduction. */
export type MentionVia = 'name' | 'alias' | 'demonym' | 'short';

export const MAX_TOKENS = 16;

export interface AliasEntry {
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
  /** The alias ends in a closing bracket ('CPI (Maoist)'), which the match then takes in. */
  closesBracket: boolean;
  /**
   * A short name ("Putin") of a head of state or government: before the full name it may stand alone, with the
   * article's evidence (see the detector).
   */
  headOfState: boolean;
  /** Lower sorts first among entries with the same folded key. */
  rank: number;
}

/**
 * A trie frozen into flat arrays. Its nodes are numbered breadth-first, so the children of a node are neighbours,
 * sorted by code; it is built in one pass over the sorted keys, with no object per node (the registry's trie has
 * over a hundred thousand nodes, and making them one by one was most of the cost of building the matcher).
 */
class FrozenTrie {
  /** Per node: the code of the edge into it (0 for the root, node 0). */
  readonly #codes: Uint16Array;
  /** Per node: its first child and its number of children. */
  readonly #firstChild: Int32Array;
  readonly #childCount: Int32Array;
  /** Per node: the index of the key that ends there, or -1 (most nodes). */
  readonly keyAt: Int32Array;
  /** Per node: 1 where the first word of a key that may start a name ends. */
  readonly #endsFirstWord: Uint8Array;
  /**
   * The node after each pair of ASCII characters from the root, by (folded first << 7) | folded second, else -1:
   * nearly every word of a text starts a walk, and most walks end within their first two or three characters, so
   * two look-ups in the nodes nearest the root become one.
   */
  readonly afterTwo: Int32Array;
  readonly nodeCount: number;

  /**
   * `keys` distinct and sorted by UTF-16 unit; the node where `keys[i]` ends gets `keyIndex[i]`, and `startsName[i]`
   * says whether the first word of `keys[i]` starts a name.
   */
  constructor(keys: readonly string[], keyIndex: readonly number[], startsName: readonly boolean[]) {
    // A key of length L makes at most L nodes.
    let capacity = 1;
    for (const key of keys) capacity += key.length;
    const codes = new Uint16Array(capacity);
    const firstChild = new Int32Array(capacity);
    const childCount = new Int32Array(capacity);
    const endsFirstWord = new Uint8Array(capacity);
    const keyAt = new Int32Array(capacity).fill(-1);
    // The keys below a node at depth d are a range of the sorted keys that share their first d units.
    const rangeStart = new Int32Array(capacity);
    const rangeEnd = new Int32Array(capacity);
    const depthOf = new Int32Array(capacity);
    // Per key: where its first word ends, when that word starts a name (else -1).
    const firstWordEnd = new Int32Array(keys.length);
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k]!;
      const space = firstWordEndOf(key);
      firstWordEnd[k] = startsName[k] ? (space < 0 ? key.length : space) : -1;
      if (firstWordEnd[k] === 0) endsFirstWord[0] = 1;
    }
    rangeEnd[0] = keys.length;
    let made = 1;
    for (let node = 0; node < made; node++) {
      const depth = depthOf[node]!;
      const end = rangeEnd[node]!;
      let k = rangeStart[node]!;
      // The keys are distinct, so at most one ends here, and it sorts first.
      if (k < end && keys[k]!.length === depth) keyAt[node] = keyIndex[k++]!;
      firstChild[node] = made;
      while (k < end) {
        const code = keys[k]!.charCodeAt(depth);
        const child = made++;
        codes[child] = code;
        rangeStart[child] = k;
        depthOf[child] = depth + 1;
        for (; k < end && keys[k]!.charCodeAt(depth) === code; k++)
          if (firstWordEnd[k] === depth + 1) endsFirstWord[child] = 1;
        rangeEnd[child] = k;
      }
      childCount[node] = made - firstChild[node]!;
    }
    this.nodeCount = made;
    this.#codes = codes.slice(0, made);
    this.#firstChild = firstChild.slice(0, made);
    this.#childCount = childCount.slice(0, made);
    this.#endsFirstWord = endsFirstWord.slice(0, made);
    this.keyAt = keyAt.slice(0, made);

    this.afterTwo = new Int32Array(128 * 128).fill(-1);
    for (let a = 0; a < 128; a++) {
      const first = this.child(0, a);
      if (first >= 0) for (let b = 0; b < 128; b++) this.afterTwo[(a << 7) | b] = this.child(first, b);
    }
  }

  /** The child of `node` along `code`, or -1. */
  child(node: number, code: number): number {
    const count = this.#childCount[node]!;
    let low = this.#firstChild[node]!;
    // (Most nodes, the rest of a word, have one child.)
    if (count === 1) return this.#codes[low] === code ? low : -1;
    if (count <= 8) {
      for (const end = low + count; low < end; low++) if (this.#codes[low] === code) return low;
      return -1;
    }
    let high = low + count - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const c = this.#codes[mid]!;
      if (c === code) return mid;
      if (c < code) low = mid + 1;
      else high = mid - 1;
    }
    return -1;
  }

  hasChildren(node: number): boolean {
    return this.#childCount[node]! > 0;
  }

  /** Whether `foldedWord` is the folded first word of a key that may start a name. */
  endsFirstWord(foldedWord: string): boolean {
    let node = 0;
    for (let i = 0; i < foldedWord.length && node >= 0; i++) node = this.child(node, foldedWord.charCodeAt(i));
    return node >= 0 && this.#endsFirstWord[node] === 1;
  }
}

const VIA_RANK: Record<MentionVia, number> = { name: 0, alias: 1, demonym: 2, short: 3 };

/** The non-word runs of an ASCII text (its word characters are its letters and digits). */
const ASCII_NON_WORD = /([^A-Za-z0-9]+)/;

/** Words of an alias and the gaps between them. */
export function tokenise(text: string): { tokens: string[]; gaps: string[]; lead: string; trail: string } {
  if (isAscii(text)) {
    // Split with its separators kept: words at even indices (the first and last empty when the text starts or ends
    // with a gap), gaps at odd ones; built-ins are many times faster than the loop below while a build starts.
    const parts = text.split(ASCII_NON_WORD);
    const last = parts.length - 1;
    if (last === 0) return { tokens: text === '' ? [] : [text], gaps: [], lead: '', trail: '' };
    if (last === 2 && parts[0] === '' && parts[2] === '') return { tokens: [], gaps: [], lead: text, trail: '' };
    const first = parts[0] === '' ? 2 : 0;
    const end = parts[last] === '' ? last - 1 : last + 1;
    const tokens: string[] = [];
    const gaps: string[] = [];
    for (let i = first; i < end; i += 2) {
      tokens.push(parts[i]!);
      if (i + 1 < end - 1) gaps.push(parts[i + 1]!);
    }
    return { tokens, gaps, lead: first === 2 ? parts[1]! : '', trail: end === last - 1 ? parts[last - 1]! : '' };
  }
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
export function aliasKey(tokens: string[], gaps: readonly string[] = []): string {
  const joined = joinTokens(tokens, gaps);
  return isAscii(joined) ? joined.toLowerCase() : joinTokens(tokens.map(foldString), gaps);
}

/**
 * A name's words as a trie key: joined by a space, or by a comma where the name has one ("Return, Reclamation and
 * Rehabilitation"), so that a comma in a text matches only a name written with it.
 */
function joinTokens(tokens: readonly string[], gaps: readonly string[]): string {
  let key = tokens[0] ?? '';
  for (let t = 1; t < tokens.length; t++) key += (gaps[t - 1] === COMMA_GAP ? ',' : ' ') + tokens[t];
  return key;
}

/** The one gap with a comma a name may have between two words. */
const COMMA_GAP = ', ';

/** Where the first word of a trie key ends. */
function firstWordEndOf(key: string): number {
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c === 0x20 || c === 0x2c) return i;
  }
  return -1;
}

const HAS_LOWER = /\p{Ll}/u;
const HAS_UPPER = /\p{Lu}/u;
/** Demonyms whose plural is the same word ("Chinese", "Swiss"). */
const PLURAL_AS_IS = /(?:s|sh|ch|x|z|ese)$/i;

interface ParsedAlias {
  /** The alias as written, normalised. */
  text: string;
  key: string;
  /** Whether its first word starts with a capital, and that word in lower case. */
  firstUpper: boolean;
  firstLower: string;
}

/**
 * An ASCII alias the walk can match: words of letters and digits, at most MAX_TOKENS, between gaps of at most three
 * spaces, hyphens, apostrophes or dots, the last of which may be an opening bracket, or of a comma and a space (as
 * parseAlias checks below).
 */
const MATCHABLE_ASCII = new RegExp(
  `^[^A-Za-z0-9]*[A-Za-z0-9]+(?:(?:[ \\t\\n'.-]{1,3}|[ \\t\\n'.-]{0,2}\\(|, )[A-Za-z0-9]+){0,${MAX_TOKENS - 1}}[^A-Za-z0-9]*$`,
);

/** Lower-case ASCII words between single spaces: an alias that is its own trie key. */
const SPACED_WORDS = /^[a-z0-9]+(?: [a-z0-9]+)*$/;

/** A character normalising may change: anything not ASCII, and the backtick (read as an apostrophe). */
// eslint-disable-next-line no-control-regex
const NOT_PLAIN_ASCII = /[^\x00-\x5f\x61-\x7f]/;

/** An alias read for the trie, or undefined when it can never match. */
function parseAlias(raw: string): ParsedAlias | undefined {
  const trimmed = raw.trim();
  if (!NOT_PLAIN_ASCII.test(trimmed)) {
    // The common case, with built-ins only (the loops below cost more while a build starts): normalising changes
    // nothing, and the key is the words in lower case joined by one space.
    if (!MATCHABLE_ASCII.test(trimmed)) return undefined;
    const lower = trimmed.toLowerCase();
    // (Most aliases are words between single spaces, their own key: no replace with a function per gap.)
    const key = SPACED_WORDS.test(lower)
      ? lower
      : lower.replace(/[^a-z0-9]+/g, (gap, at: number) => (gap === COMMA_GAP && at > 0 ? ',' : ' ')).trim();
    const space = firstWordEndOf(key);
    return {
      text: trimmed,
      key,
      firstUpper: isUpperCode(trimmed.charCodeAt(trimmed.search(/[A-Za-z0-9]/))),
      firstLower: space < 0 ? key : key.slice(0, space),
    };
  }
  const text = normaliseText(trimmed).text;
  const { tokens, gaps } = tokenise(text);
  if (tokens.length === 0 || tokens.length > MAX_TOKENS) return undefined;
  // A gap the text walk could never cross (a closing bracket): the alias can never match, so leave it out. An
  // opening bracket ends a gap, after a space or not: "CPI (Maoist)", "NSCN (IM)", "NSCN(K)".
  for (const g of gaps) {
    if (g === COMMA_GAP) continue;
    if (g.length > 3) return undefined;
    for (let i = 0; i < g.length; i++)
      if (charClass(g.charCodeAt(i)) !== GAP && !(i === g.length - 1 && g[i] === '(')) return undefined;
  }
  const key = aliasKey(tokens, gaps);
  const first = tokens[0]!;
  return key.length === 0
    ? undefined
    : { text, key, firstUpper: isUpperCode(first.charCodeAt(0)), firstLower: first.toLowerCase() };
}

/** Candidates of one walk: trie nodes with entries, and how many tokens each covers. */
export interface WalkResult {
  /** Number of candidates, shortest first. */
  count: number;
  /** Entries of candidate `c` (0 ≤ c < count), sorted by rank. */
  entries(c: number): readonly AliasEntry[];
  /** Number of tokens candidate `c` covers. */
  tokens(c: number): number;
  /** Normalised offsets where token `t` of the walk starts and ends. */
  tokenStart(t: number): number;
  tokenEnd(t: number): number;
}

/**
 * An alias as inserted. Its AliasEntry is made when a walk first reaches its key: an article reaches a handful of
 * the registry's fifteen thousand aliases, and making every entry (with its arrays) while a build starts was about
 * a third of the cost of inserting them.
 */
interface AliasSource {
  /** The alias as written (normalised): an entity's alias and `via` go in once. */
  text: string;
  entity: Pick<Entity, 'id' | 'kind'>;
  via: MentionVia;
  rank: number;
  headOfState: boolean;
  /** Whether the first word of the alias starts a name (see AliasTrie.startsName). */
  startsName: boolean;
  /** Whether the alias may match a word that starts in lower case (see mayStartLower). */
  lower: boolean;
}

export class AliasTrie implements WalkResult {
  /** Every key inserted, with its aliases in insertion order; the walk freezes them into a trie when they change. */
  readonly #pending = new Map<string, AliasSource[]>();
  #frozen: FrozenTrie | null = null;
  /**
   * The same keys with only the entries that may match a word starting in lower case (the case rules want a capital
   * at the start of every other entry): most words of a text start in lower case, and in this small trie their walk
   * ends at once.
   */
  #lower: FrozenTrie | null = null;
  /** The aliases of each key of the frozen trie, and their entries (sorted by rank) once a walk has needed them. */
  #sources: AliasSource[][] = [];
  #entries: (readonly AliasEntry[] | undefined)[] = [];
  #lowerEntries: (readonly AliasEntry[] | undefined)[] = [];
  #aliasCount = 0;

  // Scratch state of the last walk; one per trie, and detection is synchronous.
  readonly #tokenStarts = new Int32Array(MAX_TOKENS + 1);
  readonly #tokenEnds = new Int32Array(MAX_TOKENS + 1);
  readonly #candEntries: (readonly AliasEntry[])[] = [];
  readonly #candTokens: number[] = [];
  count = 0;

  /** A trie of every name, alias, demonym (and its plural) and short name of the registry. */
  static fromRegistry(entities: readonly Entity[]): AliasTrie {
    const trie = new AliasTrie();
    entities.forEach((entity, order) => {
      if (entity.kind === 'official') {
        // An official's short names ("Putin") go in once, as short names, not also as names or aliases.
        // (Plain loops: this runs for thousands of officials while a build starts.)
        const shorts = entity.shortNames.map(parseAlias);
        const isShort = (parsed: ParsedAlias) => shorts.some((s) => s?.key === parsed.key);
        const name = parseAlias(entity.name);
        if (name !== undefined && !isShort(name)) trie.#add(name, entity, 'name', order);
        for (const alias of entity.aliases) {
          const parsed = parseAlias(alias);
          if (parsed !== undefined && !isShort(parsed)) trie.#add(parsed, entity, 'alias', order);
        }
        const head = entity.roles.some((r) => r.office === 'head-of-state' || r.office === 'head-of-government');
        for (const s of shorts) if (s !== undefined) trie.#add(s, entity, 'short', order, head);
        return;
      }
      trie.insert(entity.name, entity, 'name', order);
      for (const alias of entity.aliases) trie.insert(alias, entity, 'alias', order);
      if (entity.kind === 'militia') {
        // British and American spellings name the same group ("Nduma Defense of Congo-Renovated").
        for (const name of [entity.name, ...entity.aliases]) {
          const other = otherSpelling(name);
          if (other !== undefined) trie.insert(other, entity, name === entity.name ? 'name' : 'alias', order);
        }
        // "Wagner" of "Wagner Group": marked where it occurs, for group discovery ("Wagner forces"); no mention by
        // itself, and no first word of a name for the place rules.
        for (const name of [entity.name, ...entity.aliases]) {
          const short = groupShortName(name);
          const parsed = short === undefined || short.includes(' ') ? undefined : parseAlias(short);
          if (parsed !== undefined) trie.#add(parsed, entity, 'short', order, false, false);
          const unitShort = unitShortName(name);
          const unitParsed = unitShort === undefined ? undefined : parseAlias(unitShort);
          if (unitParsed !== undefined) trie.#add(unitParsed, entity, 'short', order, false, false);
        }
      }
      if (entity.kind === 'country') {
        for (const demonym of entity.demonyms) {
          trie.insert(demonym, entity, 'demonym', order);
          if (!PLURAL_AS_IS.test(demonym)) trie.insert(`${demonym}s`, entity, 'demonym', order);
        }
      }
    });
    for (const name of [...NOT_ENTITY_NAMES, ...FORMER_STATE_NAMES])
      trie.insert(name, { id: NO_ENTITY, kind: 'country' }, 'name', -1);
    for (const name of STATE_FORCE_NAMES) trie.insert(name, { id: NO_ENTITY, kind: 'militia' }, 'name', -1);
    trie.#freeze();
    return trie;
  }

  /** Number of alias forms in the trie. */
  get aliasCount(): number {
    return this.#aliasCount;
  }

  get nodeCount(): number {
    return this.#freeze().nodeCount;
  }

  /** Whether a folded word is the first word of a name (a capitalised word after a country that starts another). */
  startsName(foldedWord: string): boolean {
    return this.#freeze().endsFirstWord(foldedWord);
  }

  insert(raw: string, entity: Pick<Entity, 'id' | 'kind'>, via: MentionVia, order: number): void {
    const parsed = parseAlias(raw);
    if (parsed !== undefined) this.#add(parsed, entity, via, order);
  }

  #add(
    alias: ParsedAlias,
    entity: Pick<Entity, 'id' | 'kind'>,
    via: MentionVia,
    order: number,
    headOfState = false,
    startsName = true,
  ): void {
    const { text, key, firstUpper, firstLower } = alias;
    let sources = this.#pending.get(key);
    if (sources === undefined) {
      sources = [];
      this.#pending.set(key, sources);
    }
    for (const other of sources) if (other.entity.id === entity.id && other.via === via && other.text === text) return;
    // As mayStartLower decides for the entry: a first word in lower case, or a particle ("al") that is no acronym's.
    const lower = !firstUpper || (PARTICLES.has(firstLower) && !isAcronym(text));
    sources.push({ text, entity, via, rank: VIA_RANK[via] * 100000 + order, headOfState, startsName, lower });
    if (entity.id !== NO_ENTITY) this.#aliasCount++;
    this.#frozen = null;
  }

  /** The trie of the keys inserted so far, and the lower-case trie beside it. */
  #freeze(): FrozenTrie {
    if (this.#frozen !== null) return this.#frozen;
    // (The default sort compares by UTF-16 unit, as the trie's arrays need, and calls no function per comparison.)
    const keys = [...this.#pending.keys()].sort();
    this.#sources = keys.map((key) => this.#pending.get(key)!);
    this.#entries = new Array<undefined>(keys.length);
    this.#lowerEntries = new Array<undefined>(keys.length);
    const indices = keys.map((_, i) => i);
    const startsName = this.#sources.map((sources) => sources.some((s) => s.startsName));
    const lower = indices.filter((i) => this.#sources[i]!.some((s) => s.lower));
    this.#lower = new FrozenTrie(
      lower.map((i) => keys[i]!),
      lower,
      lower.map(() => false),
    );
    return (this.#frozen = new FrozenTrie(keys, indices, startsName));
  }

  /** The entries of key `k` of the frozen trie, sorted by rank (entries of one rank in insertion order). */
  #entriesOf(k: number): readonly AliasEntry[] {
    let entries = this.#entries[k];
    if (entries === undefined) {
      const sources = this.#sources[k]!;
      entries = (sources.length === 1 ? sources : sources.toSorted((a, b) => a.rank - b.rank)).map(makeEntry);
      this.#entries[k] = entries;
    }
    return entries;
  }

  /** The entries of key `k` that may match a word starting in lower case. */
  #lowerEntriesOf(k: number): readonly AliasEntry[] {
    return (this.#lowerEntries[k] ??= this.#entriesOf(k).filter(mayStartLower));
  }

  /**
   * Walks the trie from the word start `i` of the normalised text `n`. The trie itself then holds the result
   * (`count`, `entries(c)`, `tokens(c)`, `tokenStart(t)`), valid until the next walk.
   */
  walk(n: string, i: number): WalkResult {
    const main = this.#freeze();
    const starts = this.#tokenStarts;
    const ends = this.#tokenEnds;
    const c0 = n.charCodeAt(i);
    const upper = isUpperCode(c0);
    const trie = upper ? main : this.#lower!;
    let node = 0;
    let j = i;
    let k = 0;
    this.count = 0;
    const len = n.length;
    const c1 = n.charCodeAt(i + 1);
    if (c0 < 128 && c1 < 128 && charClass(c0) === WORD && charClass(c1) === WORD) {
      node = trie.afterTwo[(foldCode(c0) << 7) | foldCode(c1)]!;
      if (node < 0) return this;
      j = i + 2;
    }
    for (;;) {
      starts[k] = k === 0 ? i : j;
      while (j < len) {
        const code = n.charCodeAt(j);
        if (charClass(code) !== WORD) break;
        const f = foldCode(code);
        if (f !== 0) {
          node = trie.child(node, f);
          if (node < 0) return this;
        }
        j++;
      }
      ends[k] = j;
      k++;
      const key = trie.keyAt[node]!;
      if (key >= 0) {
        this.#candEntries[this.count] = upper ? this.#entriesOf(key) : this.#lowerEntriesOf(key);
        this.#candTokens[this.count] = k;
        this.count++;
      }
      if (k >= MAX_TOKENS || !trie.hasChildren(node)) return this;
      const gapNode = trie.child(node, 0x20);
      let g = j;
      if (gapNode >= 0) {
        while (g < len && g - j <= 3 && charClass(n.charCodeAt(g)) === GAP) g++;
        if (n.charCodeAt(g) === 0x28) g++;
      }
      if (g === j) {
        // ("Return, Reclamation and Rehabilitation": a comma and a space only where the name has them. Asked only
        // where no other gap goes on, since the walk runs from nearly every word.)
        if (n.charCodeAt(j) !== 0x2c || n.charCodeAt(j + 1) !== 0x20) return this;
        const commaNode = trie.child(node, 0x2c);
        if (commaNode < 0 || charClass(n.charCodeAt(j + 2)) !== WORD) return this;
        node = commaNode;
        j += 2;
        continue;
      }
      if (g - j > 3 || g >= len || charClass(n.charCodeAt(g)) !== WORD) return this;
      node = gapNode;
      j = g;
    }
  }

  entries(c: number): readonly AliasEntry[] {
    return this.#candEntries[c]!;
  }

  tokens(c: number): number {
    return this.#candTokens[c]!;
  }

  tokenStart(t: number): number {
    return this.#tokenStarts[t]!;
  }

  tokenEnd(t: number): number {
    return this.#tokenEnds[t]!;
  }
}

/** No lower-case letters ("US", "U.S.", "ISIS"). */
function isAcronym(text: string): boolean {
  return !HAS_LOWER.test(text) && HAS_UPPER.test(text);
}

function makeEntry({ text, entity, via, rank, headOfState }: AliasSource): AliasEntry {
  const { tokens, gaps, trail } = tokenise(text);
  return {
    entityId: entity.id,
    kind: entity.kind,
    via,
    tokens,
    gapDot: gaps.map((g) => g.includes('.')),
    capital: tokens.map((t) => isUpperCode(t.charCodeAt(0)) && !PARTICLES.has(t.toLowerCase())),
    exact: tokens.map((t) => HAS_LOWER.test(t) && HAS_UPPER.test(t.slice(1))),
    acronym: isAcronym(text),
    trailingDot: trail.startsWith('.'),
    closesBracket: trail.startsWith(')'),
    headOfState,
    rank,
  };
}

/**
 * Whether an entry may match a word that starts in lower case (the case rules want a capital first letter for the
 * rest). An acronym is compared as written, so it needs a capital start when it has one.
 */
function mayStartLower(entry: AliasEntry): boolean {
  return entry.acronym ? !isUpperCode(entry.tokens[0]!.charCodeAt(0)) : !entry.capital[0];
}

/** A group's name in the other English spelling of "Defence" ("Defense"), or undefined when it has none. */
function otherSpelling(name: string): string | undefined {
  if (/\bDefence\b/u.test(name)) return name.replace(/\bDefence\b/gu, 'Defense');
  if (/\bDefense\b/u.test(name)) return name.replace(/\bDefense\b/gu, 'Defence');
  return undefined;
}
