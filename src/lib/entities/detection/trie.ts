/**
 * The alias trie and the walk that matches it. Every name, alias, demonym (with its plural) and short name is
 * folded (NFC, lower case, diacritics dropped, words joined by one space) into a character trie that is walked
 * only from word starts, so a word that starts no alias costs one or two map look-ups. Between the words of a
 * multi-word name the text may have up to three spaces, hyphens, apostrophes or dots ("Harakat al-Nujaba" =
 * "Harakat Al Nujaba"); the case and context rules decide later which of these loose matches count.
 */
import type { Entity, EntityKind } from '../types.ts';
import { GAP, WORD, charClass, foldCode, foldString, isUpperCode, normaliseText } from '../text.ts';
import { PARTICLES } from './case-rules.ts';
import { NOT_ENTITY_NAMES } from './place-rules.ts';
import { STATE_FORCE_NAMES } from './precision-rules.ts';
import { groupShortName } from './names.ts';

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
 * Most nodes of a trie of names have one child (the rest of a word), so a node keeps its first child in two fields
 * and makes a Map only for a second one: building the registry's trie then allocates a few thousand Maps instead of
 * tens of thousands.
 */
interface TrieNode {
  firstCode: number;
  first: TrieNode | null;
  more: Map<number, TrieNode> | null;
  entries: AliasEntry[] | null;
}

function newNode(): TrieNode {
  return { firstCode: -1, first: null, more: null, entries: null };
}

function child(node: TrieNode, code: number): TrieNode | undefined {
  if (node.firstCode === code) return node.first!;
  return node.more === null ? undefined : node.more.get(code);
}

/** Adds `entry` under `key` below `root`; returns the number of nodes made. */
function addEntry(root: TrieNode, key: string, entry: AliasEntry): number {
  let made = 0;
  let node = root;
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    let next = child(node, code);
    if (next === undefined) {
      next = newNode();
      if (node.first === null) {
        node.firstCode = code;
        node.first = next;
      } else {
        node.more ??= new Map();
        node.more.set(code, next);
      }
      made++;
    }
    node = next;
  }
  if (node.entries === null) node.entries = [entry];
  else {
    node.entries.push(entry);
    node.entries.sort((a, b) => a.rank - b.rank);
  }
  return made;
}

/**
 * The node after each pair of ASCII word characters from `root`, by (folded first << 7) | folded second: nearly
 * every word of a text starts a walk, and most walks end within their first two or three characters, so two
 * look-ups in the nodes nearest the root become one.
 */
function pairTable(root: TrieNode): Array<TrieNode | undefined> {
  const table = new Array<TrieNode | undefined>(128 * 128).fill(undefined);
  for (let a = 0; a < 128; a++) {
    const first = child(root, a);
    if (first !== undefined) for (let b = 0; b < 128; b++) table[(a << 7) | b] = child(first, b);
  }
  return table;
}

const VIA_RANK: Record<MentionVia, number> = { name: 0, alias: 1, demonym: 2, short: 3 };

/** Words of an alias and the gaps between them. */
export function tokenise(text: string): { tokens: string[]; gaps: string[]; lead: string; trail: string } {
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
export function aliasKey(tokens: string[]): string {
  return tokens.map(foldString).join(' ');
}

const HAS_LOWER = /\p{Ll}/u;
const HAS_UPPER = /\p{Lu}/u;
/** Demonyms whose plural is the same word ("Chinese", "Swiss"). */
const PLURAL_AS_IS = /(?:s|sh|ch|x|z|ese)$/i;

interface ParsedAlias {
  text: string;
  tokens: string[];
  gaps: string[];
  trail: string;
  key: string;
}

/** An alias read for the trie, or undefined when it can never match. */
function parseAlias(raw: string): ParsedAlias | undefined {
  const text = normaliseText(raw.trim()).text;
  const { tokens, gaps, trail } = tokenise(text);
  if (tokens.length === 0 || tokens.length > MAX_TOKENS) return undefined;
  // A gap the text walk could never cross (a comma, a closing bracket): the alias can never match, so leave it
  // out. An opening bracket ends a gap, after a space or not: "CPI (Maoist)", "NSCN (IM)", "NSCN(K)".
  for (const g of gaps) {
    if (g.length > 3) return undefined;
    for (let i = 0; i < g.length; i++)
      if (charClass(g.charCodeAt(i)) !== GAP && !(i === g.length - 1 && g[i] === '(')) return undefined;
  }
  const key = aliasKey(tokens);
  return key.length === 0 ? undefined : { text, tokens, gaps, trail, key };
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

export class AliasTrie implements WalkResult {
  readonly #root: TrieNode = newNode();
  /**
   * The same keys with only the entries that may match a word starting in lower case (the case rules want a capital
   * at the start of every other entry): most words of a text start in lower case, and in this small trie their walk
   * ends at once.
   */
  readonly #lowerRoot: TrieNode = newNode();
  readonly #seen = new Set<string>();
  #aliasCount = 0;
  #nodeCount = 1;
  /** Folded first tokens of every alias: a capitalised word after a country that starts another name. */
  readonly firstTokens = new Set<string>();

  // Scratch state of the last walk; one per trie, and detection is synchronous.
  readonly #tokenStarts = new Int32Array(MAX_TOKENS + 1);
  readonly #tokenEnds = new Int32Array(MAX_TOKENS + 1);
  readonly #candNodes: TrieNode[] = [];
  readonly #candTokens: number[] = [];
  count = 0;

  /** The pair tables of the two roots (see pairTable), built when first needed. */
  #afterTwo: Array<TrieNode | undefined> | null = null;
  #lowerAfterTwo: Array<TrieNode | undefined> | null = null;

  /** A trie of every name, alias, demonym (and its plural) and short name of the registry. */
  static fromRegistry(entities: readonly Entity[]): AliasTrie {
    const trie = new AliasTrie();
    entities.forEach((entity, order) => {
      if (entity.kind === 'official') {
        // An official's short names ("Putin") go in once, as short names, not also as names or aliases.
        const shorts = entity.shortNames.map(parseAlias);
        const shortKeys = new Set(shorts.map((s) => s?.key));
        for (const [raw, via] of [
          [entity.name, 'name'] as const,
          ...entity.aliases.map((a) => [a, 'alias'] as const),
        ]) {
          const parsed = parseAlias(raw);
          if (parsed !== undefined && !shortKeys.has(parsed.key)) trie.#add(parsed, entity, via, order);
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
        }
      }
      if (entity.kind === 'country') {
        for (const demonym of entity.demonyms) {
          trie.insert(demonym, entity, 'demonym', order);
          if (!PLURAL_AS_IS.test(demonym)) trie.insert(`${demonym}s`, entity, 'demonym', order);
        }
      }
    });
    for (const name of NOT_ENTITY_NAMES) trie.insert(name, { id: NO_ENTITY, kind: 'country' }, 'name', -1);
    for (const name of STATE_FORCE_NAMES) trie.insert(name, { id: NO_ENTITY, kind: 'militia' }, 'name', -1);
    return trie;
  }

  /** Number of alias forms in the trie. */
  get aliasCount(): number {
    return this.#aliasCount;
  }

  get nodeCount(): number {
    return this.#nodeCount;
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
    const { text, tokens, gaps, trail, key } = alias;
    const dedupe = `${entity.id}\u0000${via}\u0000${text}`;
    if (this.#seen.has(dedupe)) return;
    this.#seen.add(dedupe);
    const entry: AliasEntry = {
      entityId: entity.id,
      kind: entity.kind,
      via,
      tokens,
      gapDot: gaps.map((g) => g.includes('.')),
      capital: tokens.map((t) => isUpperCode(t.charCodeAt(0)) && !PARTICLES.has(t.toLowerCase())),
      exact: tokens.map((t) => HAS_LOWER.test(t) && HAS_UPPER.test(t.slice(1))),
      acronym: !HAS_LOWER.test(text) && HAS_UPPER.test(text),
      trailingDot: trail.startsWith('.'),
      closesBracket: trail.startsWith(')'),
      headOfState,
      rank: VIA_RANK[via] * 100000 + order,
    };
    this.#afterTwo = null;
    this.#nodeCount += addEntry(this.#root, key, entry);
    // (An acronym is compared as written, so it needs a capital start when it has one.)
    const capitalStart = entry.acronym ? isUpperCode(tokens[0]!.charCodeAt(0)) : entry.capital[0];
    if (!capitalStart) {
      this.#lowerAfterTwo = null;
      addEntry(this.#lowerRoot, key, entry);
    }
    if (startsName) this.firstTokens.add(key.slice(0, key.indexOf(' ') >>> 0));
    if (entity.id !== NO_ENTITY) this.#aliasCount++;
  }

  /**
   * Walks the trie from the word start `i` of the normalised text `n`. The trie itself then holds the result
   * (`count`, `entries(c)`, `tokens(c)`, `tokenStart(t)`), valid until the next walk.
   */
  walk(n: string, i: number): WalkResult {
    const starts = this.#tokenStarts;
    const ends = this.#tokenEnds;
    const c0 = n.charCodeAt(i);
    const upper = isUpperCode(c0);
    let node: TrieNode | undefined = upper ? this.#root : this.#lowerRoot;
    let j = i;
    let k = 0;
    this.count = 0;
    const len = n.length;
    const c1 = n.charCodeAt(i + 1);
    if (c0 < 128 && c1 < 128 && charClass(c0) === WORD && charClass(c1) === WORD) {
      const pairs = upper
        ? (this.#afterTwo ??= pairTable(this.#root))
        : (this.#lowerAfterTwo ??= pairTable(this.#lowerRoot));
      node = pairs[(foldCode(c0) << 7) | foldCode(c1)];
      if (node === undefined) return this;
      j = i + 2;
    }
    for (;;) {
      starts[k] = k === 0 ? i : j;
      while (j < len) {
        const code = n.charCodeAt(j);
        if (charClass(code) !== WORD) break;
        const f = foldCode(code);
        if (f !== 0) {
          node = child(node, f);
          if (node === undefined) return this;
        }
        j++;
      }
      ends[k] = j;
      k++;
      if (node.entries !== null) {
        this.#candNodes[this.count] = node;
        this.#candTokens[this.count] = k;
        this.count++;
      }
      if (k >= MAX_TOKENS || node.first === null) return this;
      const gapNode = child(node, 0x20);
      if (gapNode === undefined) return this;
      let g = j;
      while (g < len && g - j <= 3 && charClass(n.charCodeAt(g)) === GAP) g++;
      if (n.charCodeAt(g) === 0x28) g++;
      if (g === j || g - j > 3 || g >= len || charClass(n.charCodeAt(g)) !== WORD) return this;
      node = gapNode;
      j = g;
    }
  }

  entries(c: number): readonly AliasEntry[] {
    return this.#candNodes[c]!.entries!;
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

/** A group's name in the other English spelling of "Defence" ("Defense"), or undefined when it has none. */
function otherSpelling(name: string): string | undefined {
  if (/\bDefence\b/u.test(name)) return name.replace(/\bDefence\b/gu, 'Defense');
  if (/\bDefense\b/u.test(name)) return name.replace(/\bDefense\b/gu, 'Defence');
  return undefined;
}
