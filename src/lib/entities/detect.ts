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
 *     mentions (the cues by family in official-titles, -clauses, -ranks, -group-roles and -lists).
 */
import type { Entity, EntityKind } from './types.ts';
import { WORD, charClass, foldString, isLowerCode } from './text.ts';
import { caseMatches, PARTICLES } from './detection/case-rules.ts';
import {
  FieldText,
  familyNameAfterAl,
  prevWord,
  SpanSet,
  type MatchLocation,
  type MentionField,
} from './detection/field.ts';
import {
  discoverOfficials,
  findIntroducedPersons,
  HONORIFIC,
  type IntroducedPerson,
  type UnregisteredOfficial,
} from './detection/official-discovery.ts';
import {
  isCivilBodyByInitials,
  namesByInitials,
  isNearbyCivilBodysOffice,
  namesOneOfRoles,
  officeInAppositionAfter,
} from './detection/official-clauses.ts';
import {
  afterGivenName,
  beforeFurtherName,
  readCountry,
  withoutHeadlineNigerForNigerState,
} from './detection/place-rules.ts';
import {
  factionCodeAfter,
  insideDefinedLongerName,
  isOrdinaryAbbreviationAt,
  NAMES_NEEDING_EVIDENCE,
  namesAPlaceAfter,
  placesBeforeUnitsIn,
  placesNamedIn,
  startsBranchName,
  startsDefinedLongerName,
  withBracketedOtherNames,
  withoutPossessiveQualifiers,
  withoutRankedVictims,
  isPartyOrgansOffice,
  isInfinitiveBodysOffice,
} from './detection/precision-rules.ts';
import {
  defineAcronymsOfNamedGroups,
  registeredMention,
  lowerCaseNameSpelling,
  resolveInContext,
  withHeadlineShortForms,
  type AcronymDefinition,
  type AmbiguousMatch,
  type Mention,
  type UnresolvedName,
} from './detection/context.ts';
import {
  discoverGroups,
  namedAsParty,
  namedAsPoliticalParty,
  findIntroducedGroups,
  usedAsPlace,
  type IntroducedGroup,
  type UnregisteredGroup,
} from './detection/group-discovery.ts';
import { withOnePerPlace, withoutOtherNames, withoutParentsNamingABranch } from './detection/group-dedup.ts';
import { withBranchesAfterParents, withGroupsOfTheirLeaders } from './detection/group-context.ts';
import { AliasTrie, NO_ENTITY, tokenise, type AliasEntry, type WalkResult } from './detection/trie.ts';
import { RegisteredOfficialSpellings } from './detection/official-identity.ts';
import {
  addId,
  groupShortName,
  isTitleHead,
  spellingIndex,
  spellingKey,
  unitShortName,
  withinOneEdit,
} from './detection/names.ts';

export type { MatchLocation, MentionField } from './detection/field.ts';
export type { MentionVia } from './detection/trie.ts';
export type { UnregisteredOfficial } from './detection/official-discovery.ts';
export type { UnregisteredGroup } from './detection/group-discovery.ts';
export type { Mention, UnresolvedName } from './detection/context.ts';

export interface Detection {
  mentions: Mention[];
  /** Officials not in the registry, introduced with an office or rank. */
  unregistered: UnregisteredOfficial[];
  /** Armed groups not in the registry, introduced with a cue ("<Name> rebels"). */
  groups: UnregisteredGroup[];
  /** Registered names the article uses that were tagged as nothing, with the reason. */
  unresolved: UnresolvedName[];
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
  /** Full names the article has given with no office so far, by surname (official discovery reads them). */
  untitled: Map<string, string>;
  /** One "Georgia" read as the US state: then every "Georgia" of the article is. */
  georgiaState: boolean;
  /** Names several entities share, resolved when the whole article has been read. */
  ambiguous: AmbiguousMatch[];
  /** Acronyms the article defines in parentheses. */
  definitions: Map<string, AcronymDefinition>;
  /** Armed groups not in the registry, introduced so far. */
  groups: IntroducedGroup[];
  /** Registered armed groups named so far: their leaders' short names may stand alone. */
  groupsNamed: Set<string>;
  /**
   * The registered groups a found group's name is another spelling of, by that name (looked up once per article: a
   * group is named in many of its paragraphs).
   */
  groupsBySpelling: Map<string, string[] | undefined>;
}

export function createDetector(entities: readonly Entity[]): Detector {
  return new MentionDetector(entities);
}

/** NAMES_NEEDING_EVIDENCE as the trie's entries spell them ("People's" is two tokens). */
const NEEDING_EVIDENCE_KEYS: ReadonlySet<string> = new Set(
  [...NAMES_NEEDING_EVIDENCE].map((name) => tokenise(name).tokens.join(' ')),
);

class MentionDetector implements Detector {
  readonly #trie: AliasTrie;
  readonly #entityById: ReadonlyMap<string, Entity>;
  readonly #officialSpellings: RegisteredOfficialSpellings;
  readonly #startsName = (foldedWord: string) => this.#trie.startsName(foldedWord);

  /** Registered armed groups by their name without its generic last word ("Wagner" for "Wagner Group"). */
  readonly #militiaByShortName = new Map<string, string[]>();
  readonly #isGroupShortName = (word: string) => this.#militiaByShortName.get(foldString(word))?.length === 1;

  /** Countries by their folded names of one or two words, for "<Country> <group name>". */
  readonly #countryByName = new Map<string, string>();

  /** Countries where the groups an official leads operate (evidence for the official's short name). */
  readonly #ledCountries = new Map<string, string[]>();

  /** The officials each registered armed group lists as its leaders. */
  readonly #leadersOf = new Map<string, ReadonlySet<string>>();

  /** A registered armed group's parent groups (none for anything else). */
  readonly #parentsOf = (id: string): readonly string[] => {
    const entity = this.#entityById.get(id);
    return entity?.kind === 'militia' ? entity.parents : [];
  };

  /**
   * The armed group (or the groups a shared name may be) the scan of the current field matched last, and where the
   * match ends in the field's original text (scratch state of one detect call).
   */
  #previousGroupInField: { ids: readonly string[]; end: number } | undefined;

  /** Where the scan of the current field met a registered group's short name ("Wagner"), for group discovery. */
  #groupShortNames: { start: number; end: number }[] = [];

  /** Where the last demonym the scan of the current field matched ends (normalised text), or -1. */
  #demonymEnd = -1;

  constructor(entities: readonly Entity[]) {
    this.#trie = AliasTrie.fromRegistry(entities);
    this.#entityById = new Map(entities.map((e) => [e.id, e]));
    this.#officialSpellings = new RegisteredOfficialSpellings(this.#entityById);
    for (const e of entities) {
      if (e.kind === 'country')
        for (const name of [e.name, ...e.aliases])
          if (name.split(' ').length <= 2) this.#countryByName.set(foldString(name), e.id);
      if (e.kind !== 'militia') continue;
      for (const leader of e.leaders)
        this.#ledCountries.set(leader, [...(this.#ledCountries.get(leader) ?? []), ...e.operatesIn]);
      if (e.leaders.length > 0) this.#leadersOf.set(e.id, new Set(e.leaders));
      for (const name of [e.name, ...e.aliases])
        for (const short of [groupShortName(name), unitShortName(name)])
          if (short !== undefined) addId(this.#militiaByShortName, foldString(short), e.id);
    }
  }

  /**
   * A group found by its cue whose name is a registered group's name without its generic last word ("Wagner
   * fighters" and the Wagner Group) is that group: its occurrences become mentions.
   */
  #registeredGroups(
    groups: UnregisteredGroup[],
    mentions: Mention[],
    definitions: ReadonlyMap<string, AcronymDefinition>,
    earlier: readonly Mention[],
    bySpelling: Map<string, string[] | undefined>,
  ): UnregisteredGroup[] {
    const kept: UnregisteredGroup[] = [];
    let named: Map<string, string[]> | undefined;
    for (const g of groups) {
      // "MMC fighters" after "the Manbij Military Council": the initials of a group the article names are that group.
      if (g.acronym === undefined && /^\p{Lu}{2,6}$/u.test(g.name)) {
        named ??= this.#initialsOfNamedGroups([...earlier, ...mentions]);
        const ids = named.get(g.name);
        if (ids !== undefined && ids.length === 1) {
          mentions.push(registeredMention(g, ids[0]!, 'militia'));
          continue;
        }
      }
      // "JAS fighters" after "Jamā’at Ahl as-Sunna lid-Da‘wa wa’l-Jihād (JAS)": the acronym as the article defined it.
      const acronym = g.acronym ?? (/^\p{Lu}[\p{Lu}\p{N}-]+$/u.test(g.name) ? g.name : undefined);
      const defined = acronym === undefined ? undefined : definitions.get(acronym);
      if (defined?.kind === 'entity' && this.#entityById.get(defined.entityId)?.kind === 'militia') {
        mentions.push(registeredMention(g, defined.entityId, 'militia'));
        continue;
      }
      let ids = this.#militiaByShortName.get(foldString(g.name));
      if (ids === undefined) {
        // (A group found several times in the article is looked up by its spelling once.)
        if (!bySpelling.has(g.name)) bySpelling.set(g.name, this.#militiaBySpelling(g.name));
        ids = bySpelling.get(g.name);
      }
      ids ??= this.#militiaByMixedAliases(g.name);
      if (ids === undefined || ids.length !== 1) {
        kept.push(g);
        continue;
      }
      mentions.push(registeredMention(g, ids[0]!, 'militia'));
    }
    return kept;
  }

  /** Registered armed groups by the folded words of their names and aliases, built when first needed. */
  #militiasByNameWord: Map<string, string[]> | undefined;

  /**
   * The registered group whose name `name` writes with words of two of its aliases in two languages, one word
   * swapped ("Jalisco Nueva Generation Cartel" from "Jalisco New Generation Cartel" and "Cártel de Jalisco Nueva
   * Generación"): every word is one of its names' words, and one of its names has the same words but one. Names of
   * three or more words only; undefined when none, or several, fit.
   */
  #militiaByMixedAliases(name: string): string[] | undefined {
    const words = contentWords(name);
    if (words.length < 3) return undefined;
    if (this.#militiasByNameWord === undefined) {
      this.#militiasByNameWord = new Map();
      for (const e of this.#entityById.values()) {
        if (e.kind !== 'militia') continue;
        for (const alias of [e.name, ...e.aliases])
          for (const w of contentWords(alias)) addId(this.#militiasByNameWord, w, e.id);
      }
    }
    let candidates: string[] | undefined;
    for (const w of words) {
      const ids = this.#militiasByNameWord.get(w);
      candidates = candidates === undefined ? ids : candidates.filter((id) => ids?.includes(id));
      if (candidates === undefined || candidates.length === 0) return undefined;
    }
    const fits = candidates!.filter((id) => {
      const e = this.#entityById.get(id)!;
      return [e.name, ...e.aliases].some((alias) => {
        const other = contentWords(alias);
        return other.length === words.length && words.filter((w) => other.includes(w)).length === words.length - 1;
      });
    });
    return fits.length === 1 ? fits : undefined;
  }

  /** Registered armed groups by the spelling key of their names and aliases, built when first needed. */
  #militiaSpellings: Map<string, string[]> | undefined;

  /**
   * The registered groups whose name or alias `name` is in another transliteration or without its article ("Harakat
   * al-Nujabah" for Harakat al-Nujaba, "the Viagras" for Los Viagras): a found group under such a name is that group,
   * not a second one.
   */
  #militiaBySpelling(name: string): string[] | undefined {
    this.#militiaSpellings ??= spellingIndex(this.#entityById.values(), 'militia', groupSpellingKey);
    const key = groupSpellingKey(name);
    return key === '' ? undefined : this.#militiaSpellings.get(key);
  }

  /** Initials ("MMC") of the names of the armed groups among `mentions` → their ids. */
  #initialsOfNamedGroups(mentions: readonly Mention[]): Map<string, string[]> {
    const byInitials = new Map<string, string[]>();
    for (const id of new Set(mentions.filter((m) => m.kind === 'militia').map((m) => m.entityId))) {
      const e = this.#entityById.get(id);
      if (e === undefined) continue;
      for (const name of [e.name, ...e.aliases]) {
        const words = name.split(/[\s-]+/u).filter((w) => /^\p{Lu}/u.test(w));
        if (words.length < 2) continue;
        addId(byInitials, words.map((w) => w[0]).join(''), id);
      }
    }
    return byInitials;
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

    const article: ArticleState = {
      introduced: new Set(),
      persons: [],
      untitled: new Map(),
      georgiaState: false,
      ambiguous: [],
      definitions: new Map(),
      groups: [],
      groupsNamed: new Set(),
      groupsBySpelling: new Map(),
    };
    let mentions: Mention[] = [];
    /** How many of `mentions` have been read for the groups they name. */
    let groupsSeen = 0;
    let unregistered: UnregisteredOfficial[] = [];
    const groups: UnregisteredGroup[] = [];
    let placeNames: ReadonlySet<string> | undefined;
    let unitPlaceNames: ReadonlySet<string> | undefined;
    const unitPlaces = () => (unitPlaceNames ??= placesBeforeUnitsIn(fields.map((x) => x.text)));
    const places = () =>
      (placeNames ??= placesNamedIn(
        fields.map((x) => x.text),
        unitPlaces(),
      ));
    const isPlace = (name: string) =>
      usedAsPlace(
        name,
        places(),
        fields.map((x) => x.text),
      );
    // (Asked for each candidate group name: the fields that say "party" or "parties", the one place a match can be,
    // are gathered once, and each name is looked for once; an article that never says it is asked nothing more.)
    let partyTexts: string[] | null | undefined;
    let partyNames: Map<string, boolean> | undefined;
    const isParty = (name: string) => {
      if (partyTexts === undefined) {
        const texts = textsSayingParty(fields);
        partyTexts = texts.length > 0 ? texts : null;
      }
      if (partyTexts === null) return false;
      let party = partyNames?.get(name);
      if (party === undefined) {
        party = namedAsParty(name, partyTexts);
        (partyNames ??= new Map()).set(name, party);
      }
      return party;
    };
    const isPerson = (name: string) => namedAsPerson(name, fields);
    // "the SNA's ...": the initials of a registered group the article names, before its later mentions are tagged.
    const isGroupAcronym = (word: string, fieldMentions: readonly Mention[]) =>
      this.#initialsOfNamedGroups([...mentions, ...fieldMentions]).get(word)?.length === 1;
    fields.forEach(({ text, field, block }, order) => {
      if (text.length === 0) return;
      const f = new FieldText(text, field, block, order);
      const spans = new SpanSet();
      let fieldMentions: Mention[] = [];
      const fieldAmbiguous: AmbiguousMatch[] = [];
      this.#scanRegistered(f, article, fieldMentions, fieldAmbiguous, spans);
      fieldMentions = withBracketedOtherNames(withoutPossessiveQualifiers(fieldMentions, f.original), f.original);
      if (fieldMentions.some((m) => m.kind === 'militia'))
        fieldMentions = withBranchesAfterParents(fieldMentions, f.original, this.#parentsOf, (name) =>
          this.#militiaBySpelling(name),
        );
      defineAcronymsOfNamedGroups(
        f.original,
        fieldMentions,
        fieldAmbiguous,
        article.definitions,
        (id) => this.#entityById.get(id)?.name ?? id,
      );

      const foundGroups: UnregisteredGroup[] = [];
      const replaced = discoverGroupsIn(
        f,
        spans,
        fieldMentions,
        fieldAmbiguous,
        article.groups,
        foundGroups,
        isPlace,
        this.#isGroupShortName,
        isGroupAcronym,
        this.#groupShortNames,
        isParty,
        isPerson,
      );
      findIntroducedGroups(f, spans, article.groups, foundGroups);
      if (foundGroups.length === 0) {
        for (const m of fieldMentions) mentions.push(m);
      } else {
        foundGroups.sort((a, b) => a.start - b.start);
        const kept = fieldMentions.filter((m) => !replaced.has(m));
        groups.push(
          ...this.#registeredGroups(foundGroups, kept, article.definitions, mentions, article.groupsBySpelling),
        );
        kept.sort((a, b) => a.start - b.start);
        mentions.push(...kept);
      }
      for (const m of fieldAmbiguous) article.ambiguous.push(m);
      for (; groupsSeen < mentions.length; groupsSeen++)
        if (mentions[groupsSeen]!.kind === 'militia') article.groupsNamed.add(mentions[groupsSeen]!.entityId);

      const found: UnregisteredOfficial[] = [];
      const paragraphBefore = field === 'body' && fields[order - 1]?.field === 'body' ? fields[order - 1]!.text : '';
      if (!(field === 'title' && f.titleCase))
        discoverOfficials(
          f,
          spans,
          article.persons,
          found,
          places,
          paragraphBefore,
          article.untitled,
          unitPlaces,
          field === 'body' && order <= 3 && fields[0]?.field === 'title' ? fields[0].text : '',
        );
      findIntroducedPersons(f, spans, article.persons, found);
      found.sort((a, b) => a.start - b.start);
      unregistered.push(...found);
    });
    if (unregistered.length > 1) unregistered = withBracketedNicknamesMerged(unregistered);
    if (unregistered.length > 0) unregistered = withoutCivilBodiesPeople(unregistered, fields);
    if (unregistered.length > 0) unregistered = withoutRankedVictims(unregistered);
    if (unregistered.length > 0)
      ({ mentions, unregistered } = this.#officialSpellings.resolve(mentions, unregistered, article.ambiguous));
    let unresolved: UnresolvedName[] = [];
    let articleText: string | undefined;
    if (article.ambiguous.length > 0 || article.definitions.size > 0) {
      ({ mentions, unresolved } = resolveInContext({
        mentions,
        ambiguous: article.ambiguous,
        definitions: article.definitions,
        entityById: this.#entityById,
        ledCountries: this.#ledCountries,
        articleText: () => (articleText ??= fields.map((x) => x.text).join('\n')),
      }));
    }
    if (mentions.some((m) => m.kind === 'militia'))
      mentions = withGroupsOfTheirLeaders(
        mentions,
        this.#leadersOf,
        this.#entityById,
        (m) => fields.find((x) => x.field === m.field && x.block === m.block)?.text ?? '',
      );
    if (mentions.some((m) => m.field !== 'body' && m.kind === 'militia'))
      mentions = [...withHeadlineShortForms(mentions, this.#entityById)];
    if (mentions.some((m) => m.kind === 'militia')) {
      const fieldText = (m: MatchLocation) => fields.find((x) => x.field === m.field && x.block === m.block)!.text;
      mentions = withoutOtherNames(withOnePerPlace(mentions), groups, fieldText);
      mentions = withoutParentsNamingABranch(mentions, this.#parentsOf, fieldText);
    }
    // "CNDD-FDD, the ruling party", "FARC party candidates": a group the article calls a party is that party there,
    // not an armed group. (Asked only of an article that says "party".)
    // (Each name is looked for in the fields that say "party" or "parties" only: a match has one of them.)
    const texts = mentions.some((m) => m.kind === 'militia') ? textsSayingParty(fields) : [];
    if (texts.length > 0) {
      const parties = new Set<string>();
      const asked = new Set<string>();
      for (const m of mentions) {
        if (m.kind !== 'militia' || parties.has(m.entityId) || asked.has(m.text)) continue;
        asked.add(m.text);
        if (namedAsPoliticalParty(m.text, texts)) parties.add(m.entityId);
      }
      if (parties.size > 0) mentions = mentions.filter((m) => !parties.has(m.entityId));
    }
    if (article.georgiaState) {
      // An article that names the US state of Georgia once in a way only the state fits ("Georgia Gov.", "Atlanta,
      // Georgia") means the state wherever else it says "Georgia", the title included.
      mentions = mentions.filter(
        (m) => m.kind !== 'country' || m.via === 'demonym' || foldString(m.text) !== 'georgia',
      );
    }
    mentions = withoutHeadlineNigerForNigerState(
      mentions,
      fields.filter((x) => x.field === 'body').map((x) => x.text),
    );
    return { mentions, unregistered, groups, unresolved };
  }

  /** Per alias entry met so far, whether its name is one of NAMES_NEEDING_EVIDENCE (asked for every match). */
  readonly #needingEvidence = new Map<AliasEntry, boolean>();

  #needsEvidence(e: AliasEntry): boolean {
    let needs = this.#needingEvidence.get(e);
    if (needs === undefined) {
      needs = NEEDING_EVIDENCE_KEYS.has(e.tokens.join(' '));
      this.#needingEvidence.set(e, needs);
    }
    return needs;
  }

  /** Folded words of each official's names and aliases, read when a capitalised word comes before a match. */
  readonly #nameWords = new Map<string, ReadonlySet<string>>();

  /**
   * Whether the word before `start` is a given name of someone other than official `id`: capitalised, not a title,
   * a sentence word, a possessive, a demonym or initials, and none of the words of the official's names, description
   * and offices (spelt within one letter: "Abd-Rabbu" of "Abdrabbuh Mansur Hadi").
   */
  #givenNameOfAnother(id: string, n: string, start: number): boolean {
    if (!afterGivenName(n, start) || this.#demonymEnd === start - 1) return false;
    const before = prevWord(n, start)!;
    if (/['’]|^\p{Lu}+$/u.test(before)) return false;
    let words = this.#nameWords.get(id);
    if (words === undefined) {
      const entity = this.#entityById.get(id);
      // (The places of the official's offices too: "Governor Khyber Pakhtunkhwa Faisal Karim Kundi".)
      const names = entity === undefined ? [] : [entity.name, ...entity.aliases, entity.description];
      if (entity?.kind === 'official') for (const role of entity.roles) names.push(role.title);
      words = new Set(names.flatMap((x) => foldString(x).replace(/[-'’]/gu, '').split(/\s+/u)));
      this.#nameWords.set(id, words);
    }
    const word = foldString(before).replace(/[-'’]/gu, '');
    for (const w of words) if (w === word || (word.length >= 5 && withinOneEdit(w, word))) return false;
    return true;
  }

  /** Whether the name ending at `end` goes on with "of <Country>" for a country group `e` does not operate in. */
  #goesOnWithOtherCountry(e: AliasEntry, n: string, end: number): boolean {
    const country = COUNTRY_AFTER_OF.exec(n.slice(end, end + 48))?.[1];
    if (country === undefined) return false;
    const id =
      this.#countryByName.get(foldString(country)) ?? this.#countryByName.get(foldString(country.split(' ')[0]!));
    const entity = this.#entityById.get(e.entityId);
    return id !== undefined && entity?.kind === 'militia' && !entity.operatesIn.includes(id);
  }

  /** Whether entry `e`, matched over the first `k` tokens of the walk, is the entity in this context. */
  #contextOk(e: AliasEntry, f: FieldText, walk: WalkResult, k: number, article: ArticleState): boolean {
    const n = f.text;
    if (e.kind === 'militia' && e.via === 'short') {
      const start = walk.tokenStart(0);
      if (this.#groupShortNames.at(-1)?.start !== start)
        this.#groupShortNames.push({ start, end: walk.tokenEnd(k - 1) });
      return false;
    }
    // "the National Resistance Forces of Afghanistan": a group's name going on with a country it does not operate in
    // is the start of another group's name.
    if (
      e.kind === 'militia' &&
      n.startsWith(' of ', walk.tokenEnd(k - 1)) &&
      this.#goesOnWithOtherCountry(e, n, walk.tokenEnd(k - 1))
    )
      return false;
    // (The field's style last: title case reads the whole field.)
    if (e.kind === 'official' && beforeFurtherName(n, walk.tokenEnd(k - 1)) && !f.shouted && !f.titleCase) return false;
    if (e.kind === 'official' && namesAPlaceAfter(n, walk.tokenEnd(k - 1))) return false;
    // "North Eastern regional coordinator Mohamud Ali Saleh": a given name before a registered person's shorter name
    // ("Ali Saleh") makes it someone else's name, unless it is one of the person's own names, a demonym or a
    // possessive ("Kenyan", "Iraq's").
    if (
      e.kind === 'official' &&
      e.via !== 'short' &&
      this.#givenNameOfAnother(e.entityId, n, walk.tokenStart(0)) &&
      !f.shouted &&
      !f.titleCase
    )
      return false;
    if (e.kind === 'militia' && e.acronym && factionCodeAfter(n, walk.tokenEnd(k - 1))) return false;
    // "Pulo Aceh", "Moses Etim", "Mr Etim": an acronym written as a word ("Isis", "Farc") inside a longer proper name
    // or after a title is a word of a name. (In a title-case or all-caps field every word is capitalised, so nothing
    // is learnt there.)
    if (
      e.kind === 'militia' &&
      e.acronym &&
      isLowerCode(n.charCodeAt(walk.tokenStart(0) + 1)) &&
      !f.titleCase &&
      !f.shouted &&
      (beforeFurtherName(n, walk.tokenEnd(k - 1)) ||
        afterGivenName(n, walk.tokenStart(0)) ||
        afterTitle(n, walk.tokenStart(0)) ||
        HONORIFIC.test(prevWord(n, walk.tokenStart(0)) ?? ''))
    )
      return false;
    if (e.kind === 'militia' && !e.acronym) {
      if (startsBranchName(n, walk.tokenEnd(k - 1))) return false;
      if (startsDefinedLongerName(n, walk.tokenStart(0), walk.tokenEnd(k - 1))) return false;
      if (this.#afterForeignCountry(n, walk.tokenStart(0), e.entityId)) return false;
    }
    if (e.via === 'short') {
      // ("the Russian Putin regime": a country's demonym before a surname is no given name.)
      const start = walk.tokenStart(0);
      if (afterGivenName(n, start) && !(this.#demonymEnd === start - 1 && n.charCodeAt(start - 1) === 0x20))
        return false;
      // Before the full name, a short name counts after a title ("Defense Minister Shoigu"), before an apposition
      // naming one of the person's offices ("Shoigu, the defense minister,"), as a head of state's name ("Putin
      // said") or as the name of a leader of a group the article has named ("Wagner chief ... Prigozhin said"), and
      // then only with the article's evidence (its country, or the full name elsewhere); or right after the
      // possessive of a group the person leads ("the ELN's Antonio García").
      return (
        article.introduced.has(e.entityId) ||
        e.headOfState ||
        this.#leadsNamedGroup(e.entityId, article) ||
        afterTitle(n, walk.tokenStart(0)) ||
        this.#afterOwnGroup(e, f, walk.tokenStart(0)) ||
        this.#ownOfficeAfter(e, f, walk.tokenEnd(k - 1))
      );
    }
    if (e.kind === 'militia' && this.#needsEvidence(e)) {
      const [start, end] = [walk.tokenStart(0), walk.tokenEnd(k - 1)];
      if (e.acronym) return !isOrdinaryAbbreviationAt(n, start, end);
      // "Amal Clooney", "Richard Wagner": a given name before or a surname after makes it a person's name.
      return (!beforeFurtherName(n, end) && !afterGivenName(n, start)) || f.titleCase;
    }
    // "the Karenni National Defence Forces (KNDF)": part of a longer name the article defines, another body.
    if (e.kind === 'militia' && !e.acronym && insideDefinedLongerName(n, walk.tokenStart(0), walk.tokenEnd(k - 1)))
      return false;
    // "to establish an Islamic State", "what they call Islamic State": the idea of an Islamic state, not the group.
    if (e.kind === 'militia' && e.tokens.length === 2 && /^islamic state$/i.test(e.tokens.join(' '))) {
      return !ISLAMIC_STATE_AS_IDEA.test(n.slice(Math.max(0, walk.tokenStart(0) - 60), walk.tokenStart(0)));
    }
    if (e.kind !== 'country') return true;
    const reading = readCountry(
      n,
      walk.tokenStart(0),
      walk.tokenEnd(k - 1),
      { oneWord: k === 1, acronym: e.acronym, demonym: e.via === 'demonym' },
      f,
      this.#startsName,
    );
    if (reading === 'us-state-of-georgia') article.georgiaState = true;
    return reading === 'country';
  }

  /** Whether official `id` leads a registered group the article has named so far. */
  #leadsNamedGroup(id: string, article: ArticleState): boolean {
    for (const group of article.groupsNamed) if (this.#leadersOf.get(group)?.has(id) === true) return true;
    return false;
  }

  /** Whether the short name of official `e` ending at `end` has an apposition naming one of its roles after it. */
  #ownOfficeAfter(e: AliasEntry, f: FieldText, end: number): boolean {
    const entity = this.#entityById.get(e.entityId);
    if (entity?.kind !== 'official') return false;
    const office = officeInAppositionAfter(f, end);
    return (
      office !== '' &&
      namesOneOfRoles(
        office,
        entity.roles.map((r) => r.title),
      )
    );
  }

  /** Whether the short name of official `e` at `start` follows "<a group it leads>'s " in the same field. */
  #afterOwnGroup(e: AliasEntry, f: FieldText, start: number): boolean {
    const group = this.#previousGroupInField;
    if (group === undefined || !group.ids.some((id) => this.#leadersOf.get(id)?.has(e.entityId) === true)) return false;
    return /^['’]s $/u.test(f.original.slice(group.end, f.originalOffset(start)));
  }

  /**
   * Whether the group's name at `start` follows the name of a country the group does not operate in: "Uganda
   * People's Defence Force" is Uganda's army, not Myanmar's People's Defence Force.
   */
  #afterForeignCountry(n: string, start: number, groupId: string): boolean {
    const one = prevWord(n, start);
    if (one === null || n.charCodeAt(start - 1) !== 0x20) return false;
    const two = prevWord(n, start - 1 - one.length);
    const country =
      this.#countryByName.get(foldString(one)) ??
      (two === null ? undefined : this.#countryByName.get(foldString(`${two} ${one}`)));
    if (country === undefined) return false;
    const group = this.#entityById.get(groupId);
    return group?.kind === 'militia' && !group.operatesIn.includes(country);
  }

  /**
   * Whether entry `e` is written and placed the way it must be. "Mohammed Ali al-Houthi", "Ahmed al-Iraqi": a
   * group's or country's name after al- and a given name is a family name, unless the alias itself starts with the
   * article ("al-Qaeda").
   */
  #fits(e: AliasEntry, f: FieldText, walk: WalkResult, k: number, article: ArticleState, surname: boolean): boolean {
    if (surname && e.kind !== 'official' && !PARTICLES.has(e.tokens[0]!.toLowerCase())) return false;
    return caseMatches(e, f, walk, k) && this.#contextOk(e, f, walk, k, article);
  }

  #scanRegistered(
    f: FieldText,
    article: ArticleState,
    out: Mention[],
    ambiguous: AmbiguousMatch[],
    spans: SpanSet,
  ): void {
    const n = f.text;
    const len = n.length;
    const trie = this.#trie;
    this.#previousGroupInField = undefined;
    this.#groupShortNames = [];
    this.#demonymEnd = -1;
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
        const surname = familyNameAfterAl(n, i);
        const entries = walk.entries(c);
        let e: AliasEntry | undefined;
        for (const x of entries) {
          if (this.#fits(x, f, walk, k, article, surname)) {
            e = x;
            break;
          }
        }
        if (e === undefined) continue;
        let end = walk.tokenEnd(k - 1);
        if (e.trailingDot && n.charCodeAt(end) === 0x2e) end++;
        if (e.closesBracket && n.charCodeAt(end) === 0x29) end++;
        const start = walk.tokenStart(0);
        // A name several entities of one kind share ("National Liberation Army") waits for the whole article.
        // (A loop, not a filter: this runs for every match, and most names belong to one entity.)
        let others: AliasEntry[] = NO_OTHERS;
        for (let x = 0; entries.length > 1 && x < entries.length; x++) {
          const o = entries[x]!;
          if (o.entityId === e.entityId || o.kind !== e.kind || !this.#fits(o, f, walk, k, article, surname)) continue;
          if (others === NO_OTHERS) others = [];
          others.push(o);
        }
        // A group's name that is also an ordinary abbreviation or a given name ("KIA", "Amal") waits for evidence too.
        // ("President Museveni": a head of state's surname after the title of that office is evidence enough, and so is
        // a group the person leads named earlier in the article.)
        const needsEvidence =
          (e.kind === 'militia' && this.#needsEvidence(e)) ||
          (e.via === 'short' &&
            !article.introduced.has(e.entityId) &&
            !this.#afterOwnGroup(e, f, start) &&
            !this.#leadsNamedGroup(e.entityId, article) &&
            !(e.headOfState && afterHeadTitle(n, start)));
        if (e.entityId === NO_ENTITY) {
          // claimed for nothing
        } else if (others.length > 0 || needsEvidence) {
          const candidates = [e, ...others]
            .filter((x, idx, all) => all.findIndex((y) => y.entityId === x.entityId) === idx)
            .map((x) => ({ entityId: x.entityId, kind: x.kind, via: x.via }));
          ambiguous.push({ ...f.located(start, end), candidates });
        } else {
          out.push({ entityId: e.entityId, kind: e.kind, ...f.located(start, end), via: e.via });
          if (e.kind === 'official' && e.via !== 'short') article.introduced.add(e.entityId);
          if (e.kind === 'militia') article.groupsNamed.add(e.entityId);
          if (e.via === 'demonym') this.#demonymEnd = end;
        }
        if (e.acronym) {
          const ids = [e, ...others].map((x) => x.entityId);
          this.#noteDefinition(f, start, end, out, ambiguous, article.definitions, ids);
        }
        if (e.kind === 'militia' && e.entityId !== NO_ENTITY)
          this.#previousGroupInField = { ids: [e, ...others].map((x) => x.entityId), end: f.originalOffset(end) };
        spans.push({ start, end });
        matchedEnd = end;
      }
      if (matchedEnd > 0) {
        i = matchedEnd;
        continue;
      }
      i++;
      while (i < len && charClass(n.charCodeAt(i)) === WORD) i++;
    }
  }

  /**
   * An acronym in parentheses right after a name, "the Rwanda Security Forces (RSF)", is what the article means
   * by it: the registered entity named just before, or something the registry does not know.
   */
  #noteDefinition(
    f: FieldText,
    start: number,
    end: number,
    out: readonly Mention[],
    ambiguous: readonly AmbiguousMatch[],
    definitions: Map<string, AcronymDefinition>,
    candidates: readonly string[],
  ): void {
    const n = f.text;
    if (n.charCodeAt(start - 1) !== 0x28 || n.charCodeAt(end) !== 0x29 || n.charCodeAt(start - 2) !== 0x20) return;
    const acronym = f.originalSlice(start, end);
    if (definitions.has(acronym)) return;
    const nameEnd = f.originalOffset(start - 2);
    const before = out.length > 0 ? out[out.length - 1] : undefined;
    const beforeAmbiguous = ambiguous.length > 0 ? ambiguous[ambiguous.length - 1] : undefined;
    // A country right before the bracket is the end of a longer name ("the Unit for Peace in the Central African
    // Republic (UPC)") unless the acronym is the country's own.
    const countryEndsName = before?.kind === 'country' && !candidates.includes(before.entityId);
    if (
      before !== undefined &&
      !countryEndsName &&
      before.end === nameEnd &&
      before.field === f.field &&
      before.block === f.block
    ) {
      const entity = this.#entityById.get(before.entityId);
      definitions.set(acronym, { kind: 'entity', entityId: before.entityId, name: entity?.name ?? before.text });
      return;
    }
    if (beforeAmbiguous !== undefined && beforeAmbiguous.end === nameEnd && beforeAmbiguous.block === f.block) {
      if (beforeAmbiguous.field === f.field) definitions.set(acronym, { kind: 'ambiguous', match: beforeAmbiguous });
      return;
    }
    // "the national resistance front (NRF)": a name in lower case defines the acronym only as a registered name.
    const lower = lowerCaseNameSpelling(n.slice(Math.max(0, start - 80), start - 2), acronym);
    if (lower !== undefined) {
      const named = candidates.filter((id) => {
        const entity = this.#entityById.get(id);
        return entity !== undefined && [entity.name, ...entity.aliases].some((x) => x.toLowerCase() === lower);
      });
      if (named.length === 1) {
        const entity = this.#entityById.get(named[0]!)!;
        definitions.set(acronym, { kind: 'entity', entityId: entity.id, name: entity.name });
      }
      return;
    }
    const name = DEFINED_NAME.exec(n.slice(Math.max(0, start - 150), start - 2))?.[1];
    const trimmed = name?.replace(/^(?:(?:of|the|for|and|de|du|des|del|la|le|al|el|wa|in|on|The|A|An) )+/u, '');
    if (trimmed === undefined || !/\p{Lu}/u.test(trimmed) || trimmed.split(' ').length < 2) return;
    // "the ... Movement led by Amani Baraka (KLM-AB)": a leader's name is not what the acronym stands for.
    if (LEADER_BEFORE.test(n.slice(Math.max(0, start - 2 - name!.length - 40), start - 2 - name!.length))) return;
    // Another spelling of a registered entity that has this acronym ("Jama'a Nusrat ul-Islam wa al-Muslimin
    // (JNIM)") is that entity; anything else is something the registry does not know.
    const same = candidates.filter((id) => {
      const entity = this.#entityById.get(id);
      return entity !== undefined && [entity.name, ...entity.aliases].some((x) => sameName(x, trimmed));
    });
    if (same.length === 1) {
      const entity = this.#entityById.get(same[0]!)!;
      definitions.set(acronym, { kind: 'entity', entityId: entity.id, name: entity.name });
    } else if (same.length === 0) {
      definitions.set(acronym, { kind: 'other', name: trimmed });
    }
  }
}

/**
 * The discovered officials without those whose office is a civil body's that the article names in full elsewhere
 * and here by its initials ("the NRC's Sudan director" beside "the Norwegian Refugee Council"), or by a common noun
 * right after naming it ("the mission's head" after "Doctors Without Borders"), or whose office starts inside a name
 * with "to <verb>" in it ("Committee to Protect Journalists Regional Director").
 */
function withoutCivilBodiesPeople(
  found: UnregisteredOfficial[],
  fields: readonly { text: string; field: MentionField; block: number }[],
): UnregisteredOfficial[] {
  const civil = new Set<string>();
  const texts = fields.map((x) => x.text);
  // (Read from the whole article once, not once per official: an article may introduce dozens.)
  let names: Map<string, string[]> | undefined;
  const byInitials = () => (names ??= namesByInitials(texts));
  for (const u of found) {
    if (!u.introduction) continue;
    const at = fields.findIndex((x) => x.field === u.field && x.block === u.block);
    const nearby = `${texts[at - 1] ?? ''}\n${texts[at] ?? ''}`;
    if (
      isCivilBodyByInitials(u.office, byInitials) ||
      isNearbyCivilBodysOffice(u.office, nearby) ||
      isPartyOrgansOffice(u.office, texts) ||
      isInfinitiveBodysOffice(u.office, u.sentence)
    )
      civil.add(u.slug);
  }
  return civil.size === 0 ? found : found.filter((u) => !civil.has(u.slug));
}

/**
 * The name after "<Name> alias" / "aka" / "a.k.a." / "also known as" / ", 41, better known by his nom de guerre", as
 * written.
 */
const ALIAS_AFTER_NAME =
  /^,? (?:\d{2}, )?(?:alias|aka|a\.k\.a\.?|(?:(?:also|better|popularly|commonly|widely) )?known (?:as|by (?:his|her|the) (?:nom de guerre|alias|nickname))) [“"']?(\p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*){0,3})/u;

/**
 * "Commander Ahmed Najm Abdul Zahra (Abu Hassan)": a discovered name in brackets right after another is the same
 * person's nickname, and so is a discovered name the article gives after another with "alias" or "aka" ("Najib
 * Laguindab alias Abu Jihad", then "the death of Abu Jihad, a key leader"); its mentions, earlier ones too, take
 * the full name, and only the first mention introduces.
 */
function withBracketedNicknamesMerged(found: UnregisteredOfficial[]): UnregisteredOfficial[] {
  const fullNameOf = new Map<string, UnregisteredOfficial>();
  found.forEach((u, i) => {
    if (fullNameOf.has(u.slug)) return;
    const at = u.sentence.indexOf(u.text);
    const alias =
      at < 0 ? undefined : ALIAS_AFTER_NAME.exec(u.sentence.slice(at + u.text.length, at + u.text.length + 80));
    if (alias !== undefined && alias !== null) {
      for (const other of found)
        // ("better known by his nom de guerre Commander Uriel": the nickname found without its title.)
        if (
          other.slug !== u.slug &&
          (other.text === alias[1] || alias[1]!.endsWith(` ${other.text}`)) &&
          !fullNameOf.has(other.slug)
        )
          fullNameOf.set(other.slug, u);
    }
    const next = found[i + 1];
    if (next === undefined || next.slug === u.slug) return;
    const bracketed = next.start === u.end + 2 && u.sentence.includes(`${u.text} (${next.text})`);
    if (next.field === u.field && next.block === u.block && bracketed && next.text.length < u.text.length)
      fullNameOf.set(next.slug, u);
  });
  if (fullNameOf.size === 0) return found;
  const mergedSlugs = new Set([...fullNameOf.values()].map((u) => u.slug));
  const introduced = new Set<string>();
  return found.map((u) => {
    const full = fullNameOf.get(u.slug);
    const merged = full === undefined ? u : { ...u, name: full.name, slug: full.slug, office: full.office };
    if (!mergedSlugs.has(merged.slug)) return merged;
    const introduction = !introduced.has(merged.slug);
    introduced.add(merged.slug);
    return { ...merged, introduction };
  });
}

const NAME_TOKEN =
  "(?:\\p{Lu}[\\p{L}\\p{M}'’.-]*|(?:al|el|ul|wal|ad|ar|as|ash)-\\p{Lu}[\\p{L}\\p{M}'’.-]*|of|the|for|and|de|du|des|del|la|le|al|el|ul|wa|wal|in|on)";
/** The capitalised name at the end of a slice, before an acronym in brackets. */
const DEFINED_NAME = new RegExp(`(${NAME_TOKEN}(?: ${NAME_TOKEN}){0,8})$`, 'u');
/** "of <Country>" right after a name: one or two capitalised words. */
const COUNTRY_AFTER_OF = /^ of (?:the )?(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?)/u;
/** Words before a person's name as a group's leader: "led by", "under the leadership of". */
const LEADER_BEFORE = /(?:\b(?:led|headed|commanded|founded) by|\bleadership of|\bcommand of) $/u;
const NAME_PARTICLES = new Set('al el ul wa wal ad ar as ash the of for and de du des del la le in on'.split(' '));

/** Content words of a name, folded, with Arabic particles split off ("ul-Islam" → "islam"). */
function contentWords(name: string): string[] {
  return foldString(name)
    .replace(/['’`]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '' && !NAME_PARTICLES.has(w));
}

/**
 * Whether `defined`, a name the article gives an acronym, is another spelling of `registered`: at least half the
 * content words of the shorter one occur in the other, and so do at least half of the words of `defined` that
 * distinguish a group from others (not "National", "Liberation", "Army"...): "Kuki National Liberation Army" is
 * not the Karen National Liberation Army. A long word one letter off counts as the same word ("The Resistence Front
 * (TRF)" defines the registered TRF, misspelt).
 */
export function sameName(registered: string, defined: string): boolean {
  const wa = contentWords(registered);
  const wb = new Set(contentWords(defined));
  if (wa.length === 0 || wb.size === 0) return false;
  const isIn = (w: string, words: Iterable<string>) => {
    for (const x of words) if (x === w || (w.length >= 6 && oneLetterOff(w, x))) return true;
    return false;
  };
  const shared = wa.filter((w) => isIn(w, wb)).length;
  if (!(shared / Math.min(wa.length, wb.size) >= 0.5 && shared >= Math.min(2, wa.length, wb.size))) return false;
  const distinctive = [...wb].filter((w) => !GENERIC_NAME_WORDS.has(w));
  return distinctive.filter((w) => isIn(w, wa)).length * 2 >= distinctive.length;
}

/** Words many groups' names share, which tell no group from another (folded, as contentWords gives them). */
const GENERIC_NAME_WORDS = new Set(
  (
    'national liberation army front movement people peoples popular force forces islamic democratic revolutionary ' +
    'united union council resistance defence defense patriotic alliance group brigade brigades organisation ' +
    'organization party freedom fighters independence republic state socialist communist armed new free federal ' +
    'salvation unity coalition militia progressive'
  ).split(' '),
);

/** Whether two words differ by one letter changed, added or dropped. */
function oneLetterOff(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

const NOTHING_REPLACED: ReadonlySet<Mention> = new Set();
/** The shared empty list of a match's other entities (never added to). */
const NO_OTHERS: AliasEntry[] = [];
const ACRONYM_AT_END = /(?<![\p{L}\p{N}-])(\p{Lu}[\p{Lu}\p{N}-]{1,9})$/u;

/**
 * Words before "Islamic State" that make it the idea of a state: "to establish an", "what they refer to as" (but
 * "the group known as Islamic State" is the group).
 */
const ISLAMIC_STATE_AS_IDEA =
  /\b(?:(?:establish|establishing|create|creating|build|building|found|founding|impose|imposing|declare|declaring)(?: (?:an?|their|its|the))?|(?:refer|refers|referred) to as|what (?:they|it|he) calls?) $/i;

/** Whether the word at `start` follows a title: "Defense Minister Shoigu", "Gen. Gerasimov", "president Putin". */
function afterTitle(n: string, start: number): boolean {
  if (/\b(?:Gen|Lt|Col|Maj|Adm|Brig|Gov|Sen)\. $/.test(n.slice(Math.max(0, start - 6), start))) return true;
  const before = prevWord(n, start);
  return before !== null && (isTitleHead(before) || isTitleHead(before.charAt(0).toUpperCase() + before.slice(1)));
}

/** Whether the word at `start` follows the title of a head of state or government: "President", "Prime Minister". */
function afterHeadTitle(n: string, start: number): boolean {
  return /(?:\bPresident|\bPrime Minister|\bPremier|\bPM) $/.test(n.slice(Math.max(0, start - 16), start));
}

/** A person's office in apposition: ", the general operations commander for ...", ", a leader of ...". */
const PERSON_OFFICE_AFTER =
  /^, (?:the |an? )?(?:[\p{L}'’-]+ ){0,4}(?:commander|leader|chief|founder|head|spokes(?:man|woman|person))\b/u;

/** The texts of the fields that say "party" or "parties" ("Party" too). */
function textsSayingParty(fields: readonly { text: string }[]): string[] {
  const texts: string[] = [];
  for (const { text } of fields) if (text.includes('arty') || text.includes('arties')) texts.push(text);
  return texts;
}

/** Whether some field gives `name` a person's office in apposition ("<Name>, the rebels' commander"). */
function namedAsPerson(name: string, fields: readonly { text: string }[]): boolean {
  const key = `${name}, `;
  for (const { text } of fields) {
    for (let at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) {
      const end = at + name.length;
      if (PERSON_OFFICE_AFTER.test(text.slice(end, end + 80))) return true;
    }
  }
  return false;
}

/**
 * Group discovery in one field, with what the registered scan found: a discovered name that only starts with a
 * registered group ("Islamic State of the West African Province") replaces that mention, and one with a country
 * inside ("Freedom of Russian Legion") that country's. Returns the mentions replaced.
 */
function discoverGroupsIn(
  f: FieldText,
  spans: SpanSet,
  mentions: readonly Mention[],
  ambiguous: readonly AmbiguousMatch[],
  groups: IntroducedGroup[],
  out: UnregisteredGroup[],
  isPlace: (name: string) => boolean,
  isGroupShortName: (word: string) => boolean,
  isGroupAcronym: (word: string, fieldMentions: readonly Mention[]) => boolean,
  groupShortNames: readonly { start: number; end: number }[],
  isParty: (name: string) => boolean,
  isPerson: (name: string) => boolean,
): ReadonlySet<Mention> {
  const toOriginal = (a: number) => f.originalOffset(a);
  const countryAt = (a: number, b: number) => {
    const [oa, ob] = [toOriginal(a), toOriginal(b)];
    return mentions.some((m) => m.kind === 'country' && m.start < ob && oa < m.end);
  };
  const registeredAt = (a: number, b: number): 'none' | 'whole' | 'prefix' => {
    const [oa, ob] = [toOriginal(a), toOriginal(b)];
    // A country inside a group's name ("Freedom of Russian Legion") was judged by countryAt already.
    // (Collected in a loop: this runs for every name a cue points at.)
    const inside: (Mention | AmbiguousMatch)[] = [];
    for (const m of mentions) if (m.kind !== 'country' && m.start < ob && oa < m.end) inside.push(m);
    for (const m of ambiguous) if (m.start < ob && oa < m.end) inside.push(m);
    if (inside.length === 0) return 'none';
    if (inside.some((m) => m.start <= oa && m.end >= ob)) return 'whole';
    return inside.every((m) => m.start >= oa && m.end <= ob) && inside[0]!.start === oa ? 'prefix' : 'whole';
  };
  const isGroup = (m: Mention | AmbiguousMatch) => !('kind' in m) || m.kind === 'militia';
  const groupEndsAt = (end: number) => {
    const at = toOriginal(end);
    if (mentions.some((m) => m.end === at && isGroup(m)) || ambiguous.some((m) => m.end === at)) return true;
    const acronym = ACRONYM_AT_END.exec(f.text.slice(Math.max(0, end - 12), end))?.[1];
    return acronym !== undefined && isGroupAcronym(acronym, mentions);
  };
  const groupStartsAt = (start: number) => {
    const at = toOriginal(start);
    return mentions.some((m) => m.start === at && isGroup(m)) || ambiguous.some((m) => m.start === at);
  };
  const before = out.length;
  discoverGroups(
    f,
    spans,
    { countryAt, isPlace, isGroupShortName, groupEndsAt, groupStartsAt, groupShortNames, isParty, isPerson },
    registeredAt,
    groups,
    out,
  );
  if (out.length === before) return NOTHING_REPLACED;
  const replaced = new Set<Mention>();
  for (const g of out.slice(before)) {
    // A group or country named inside the group's name ("Freedom of Russian Legion") is part of that name, at every
    // occurrence: the parent of "the TTP-Gandapur group" is not named by it.
    for (const m of mentions) if (m.kind !== 'official' && m.start >= g.start && m.end <= g.end) replaced.add(m);
  }
  return replaced;
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

/**
 * A group name's spelling key without a leading article ("Los Viagras", "the Viagras" → "viagras"); none ('') under
 * five letters, too short to tell one group from another.
 */
function groupSpellingKey(name: string): string {
  const key = spellingKey(name.replace(/^(?:the|los|las|la|el|al|le|les)[ -]+/iu, ''));
  return key.length >= 5 ? key : '';
}
