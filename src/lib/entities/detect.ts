/**
 * Mention detection: finds the registry's countries, militias and officials in an article's title, summary and
 * body blocks, plus officials who are not in the registry but are introduced with an office or rank.
 *
 * Pure: no file system, no Astro, no environment. Linear in the text. Each rule family is a module of
 * `detection/`, applied to a candidate in this order:
 *  1. trie.ts: longest match at word edges over every name, alias, demonym and short name ("Kataib Hezbollah" is
 *     not Hezbollah, "Islamic Resistance in Iraq" is not Iraq, "Irani" is nothing);
 *  2. case-rules.ts: acronyms as written, capitals where the registry has them, all-caps fields;
 *  3. place-rules.ts: a country that is a place, a first name, a US state or part of a family name; short names
 *     only after the full name;
 *  4. a name several entities of one kind share is tagged only with evidence in the article;
 *  5. official-discovery.ts: officials not in the registry, introduced with an office or rank, and their later
 *     mentions.
 */
import type { Entity, EntityKind } from './types.ts';
import { WORD, charClass, foldString } from './text.ts';
import { caseMatches, PARTICLES } from './detection/case-rules.ts';
import { FieldText, familyNameAfterAl, SpanSet, type MatchLocation, type MentionField } from './detection/field.ts';
import {
  discoverOfficials,
  findIntroducedPersons,
  type IntroducedPerson,
  type UnregisteredOfficial,
} from './detection/official-discovery.ts';
import { afterGivenName, readCountry } from './detection/place-rules.ts';
import { AliasTrie, type AliasEntry, type MentionVia, type WalkResult } from './detection/trie.ts';

export type { MatchLocation, MentionField } from './detection/field.ts';
export type { MentionVia } from './detection/trie.ts';
export type { UnregisteredOfficial } from './detection/official-discovery.ts';

export interface Mention extends MatchLocation {
  entityId: string;
  kind: EntityKind;
  via: MentionVia;
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

/** What one detect() call learns about the article as it reads it. */
interface ArticleState {
  /** Registered officials named in full so far: their short names count from here on. */
  introduced: Set<string>;
  /** Unregistered officials introduced so far. */
  persons: IntroducedPerson[];
  /** One "Georgia" read as the US state: then every "Georgia" of the article is. */
  georgiaState: boolean;
}

export function createDetector(entities: readonly Entity[]): Detector {
  return new MentionDetector(entities);
}

class MentionDetector implements Detector {
  readonly #trie: AliasTrie;

  constructor(entities: readonly Entity[]) {
    this.#trie = AliasTrie.fromRegistry(entities);
  }

  get aliasCount(): number {
    return this.#trie.aliasCount;
  }

  get nodeCount(): number {
    return this.#trie.nodeCount;
  }

  detect(doc: DetectInput): Detection {
    const fields: Array<{ text: string; field: MentionField; block: number }> = [
      { text: doc.title, field: 'title', block: -1 },
    ];
    if (doc.summary !== undefined && doc.summary !== '')
      fields.push({ text: doc.summary, field: 'summary', block: -1 });
    doc.blocks.forEach((text, block) => fields.push({ text, field: 'body', block }));

    const article: ArticleState = { introduced: new Set(), persons: [], georgiaState: false };
    const mentions: Mention[] = [];
    const unregistered: UnregisteredOfficial[] = [];
    fields.forEach(({ text, field, block }, order) => {
      if (text.length === 0) return;
      const f = new FieldText(text, field, block, order);
      const spans = new SpanSet();
      this.#scanRegistered(f, article, mentions, spans);
      const found: UnregisteredOfficial[] = [];
      discoverOfficials(f, spans, article.persons, found);
      findIntroducedPersons(f, spans, article.persons, found);
      found.sort((a, b) => a.start - b.start);
      unregistered.push(...found);
    });
    if (article.georgiaState) {
      // An article that names the US state of Georgia once in a way only the state fits ("Georgia Gov.", "Atlanta,
      // Georgia") means the state wherever else it says "Georgia", the title included.
      const kept = mentions.filter(
        (m) => m.kind !== 'country' || m.via === 'demonym' || foldString(m.text) !== 'georgia',
      );
      return { mentions: kept, unregistered };
    }
    return { mentions, unregistered };
  }

  /** Whether entry `e`, matched over the first `k` tokens of the walk, is the entity in this context. */
  #contextOk(e: AliasEntry, f: FieldText, walk: WalkResult, k: number, article: ArticleState): boolean {
    const n = f.text;
    if (e.via === 'short') return article.introduced.has(e.entityId) && !afterGivenName(n, walk.tokenStart(0));
    if (e.kind !== 'country') return true;
    const reading = readCountry(
      n,
      walk.tokenStart(0),
      walk.tokenEnd(k - 1),
      { oneWord: k === 1, acronym: e.acronym, demonym: e.via === 'demonym' },
      f,
      (word) => this.#trie.firstTokens.has(word),
    );
    if (reading === 'us-state-of-georgia') article.georgiaState = true;
    return reading === 'country';
  }

  #scanRegistered(f: FieldText, article: ArticleState, out: Mention[], spans: SpanSet): void {
    const n = f.text;
    const len = n.length;
    const trie = this.#trie;
    let i = 0;
    while (i < len) {
      if (charClass(n.charCodeAt(i)) !== WORD) {
        i++;
        continue;
      }
      const walk = trie.walk(n, i);
      let matchedEnd = -1;
      for (let c = walk.count - 1; c >= 0 && matchedEnd < 0; c--) {
        const k = walk.tokens(c);
        // "Mohammed Ali al-Houthi", "Ahmed al-Iraqi": a group's or country's name after al- and a given name is a
        // family name, unless the alias itself starts with the article ("al-Qaeda").
        const surname = familyNameAfterAl(n, i);
        const entries = walk.entries(c);
        const fits = (e: AliasEntry) => caseMatches(e, f, walk, k) && this.#contextOk(e, f, walk, k, article);
        for (const e of entries) {
          if (surname && e.kind !== 'official' && !PARTICLES.has(e.tokens[0]!.toLowerCase())) continue;
          if (!fits(e)) continue;
          let end = walk.tokenEnd(k - 1);
          if (e.trailingDot && n.charCodeAt(end) === 0x2e) end++;
          const start = walk.tokenStart(0);
          // A name several entities of one kind share ("National Liberation Army") is nobody's without evidence.
          const shared = entries.some((o) => o.entityId !== e.entityId && o.kind === e.kind && fits(o));
          if (!shared) out.push({ entityId: e.entityId, kind: e.kind, ...f.located(start, end), via: e.via });
          spans.push({ start, end });
          if (!shared && e.kind === 'official' && e.via !== 'short') article.introduced.add(e.entityId);
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
  }
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
