/**
 * Context resolution: what a name means in this article, decided after the whole article has been read.
 *  - An acronym the article defines ("the Rwanda Security Forces (RSF)") means that for the whole article: the
 *    registered entity the definition names, or nothing in the registry when it names something else; a definition
 *    in lower case counts only when it is a registered name ("the national resistance front (NRF)").
 *  - A name several registry entities of one kind share ("National Liberation Army", "RSF") goes to the one the
 *    article names unambiguously elsewhere, else to the one whose countries the article mentions (a group's
 *    `operatesIn`, an official's role countries and those of the groups the official leads), and among several
 *    such to the only one whose home country (its first) the article names; with no evidence either way, or
 *    evidence for several, none.
 *  - A group named only in the headline (or summary) by the last words of another group's name that the body uses
 *    ("Hezbollah" over a report on Kataib Hezbollah) is the headline's short form of that group.
 * Every name left untagged this way is reported with the reason, for `entities detect`.
 */
import type { Entity, EntityKind } from '../types.ts';
import { foldString } from '../text.ts';
import { STATE_FORCE_NAMESAKES } from './precision-rules.ts';
import type { MatchLocation, MentionField } from './field.ts';
import type { MentionVia } from './trie.ts';

export interface Mention extends MatchLocation {
  entityId: string;
  kind: EntityKind;
  via: MentionVia;
}

/** A name several entities could be, waiting for the article's evidence. */
export interface AmbiguousMatch extends MatchLocation {
  candidates: { entityId: string; kind: EntityKind; via: MentionVia }[];
}

/** What an acronym in parentheses stands for in this article. */
export type AcronymDefinition =
  | { kind: 'entity'; entityId: string; name: string }
  | { kind: 'ambiguous'; match: AmbiguousMatch }
  | { kind: 'other'; name: string };

/** A registered name the article uses but that was tagged as nothing, and why. */
export interface UnresolvedName extends MatchLocation {
  candidates: string[];
  reason: string;
}

export interface ResolutionInput {
  mentions: Mention[];
  ambiguous: AmbiguousMatch[];
  /** Acronym as written → what the article defined it as. */
  definitions: ReadonlyMap<string, AcronymDefinition>;
  entityById: ReadonlyMap<string, Entity>;
  /** Countries where the armed groups an official leads operate, by official id: evidence for the official. */
  ledCountries?: ReadonlyMap<string, readonly string[]>;
  /** The article's text (its fields joined), read only when a name has no country evidence. */
  articleText?: () => string;
}

/** A local office and its place: "Governor of Zamfara State", "Mayor of Mogadishu", "Chief Minister of Punjab". */
const LOCAL_OFFICE_PLACE =
  /^(?:Deputy |Lieutenant )?(?:Governor|Mayor|Chief Minister|Premier) of (?:the )?(\p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*)*)/u;
/** Words that say what kind of place it is, not which. */
const PLACE_KIND = /(?: (?:State|Province|Region|County|District|City|Governorate|Department))+$/u;

/** The places of an official's local offices, as written in its role titles ("Zamfara" for Zamfara State). */
function localOfficePlaces(entity: Entity | undefined): string[] {
  if (entity?.kind !== 'official') return [];
  const places: string[] = [];
  for (const role of entity.roles) {
    const place = LOCAL_OFFICE_PLACE.exec(role.title)?.[1]?.replace(PLACE_KIND, '');
    if (place !== undefined && place.length > 2) places.push(place);
  }
  return places;
}

/** An acronym in brackets right after a name: " (JAS)". */
const BRACKETED_ACRONYM = /^ \((\p{Lu}[\p{Lu}\p{N}-]{1,9})\)/u;

/**
 * Acronyms the registry does not know that the article gives a registered group it names: "Jamā’at Ahl as-Sunna
 * lid-Da‘wa wa’l-Jihād (JAS)" defines JAS as Boko Haram, so "JAS fighters" later in the article are Boko Haram's.
 * Adds them to `definitions` (`original`: the field as written; `mentions` and `ambiguous`: what the registered
 * scan found in it, in original offsets). An acronym the registry knows was defined by the scan already.
 */
export function defineAcronymsOfNamedGroups(
  original: string,
  mentions: readonly Mention[],
  ambiguous: readonly AmbiguousMatch[],
  definitions: Map<string, AcronymDefinition>,
  nameOf: (id: string) => string,
): void {
  // (A bracket looked for, not a space and a bracket: searching for a space stops at every word.)
  if (!original.includes('(')) return;
  for (const m of mentions) {
    if (m.kind !== 'militia' || original.charCodeAt(m.end) !== 0x20 || original.charCodeAt(m.end + 1) !== 0x28)
      continue;
    const acronym = BRACKETED_ACRONYM.exec(original.slice(m.end, m.end + 14))?.[1];
    if (acronym === undefined || definitions.has(acronym)) continue;
    const at = m.end + 2;
    if (mentions.some((o) => o.start === at) || ambiguous.some((o) => o.start === at)) continue;
    definitions.set(acronym, { kind: 'entity', entityId: m.entityId, name: nameOf(m.entityId) });
  }
}

/**
 * The words before an acronym in brackets (`before` ends right before " (") when they are in lower case and their
 * initials spell it, "national resistance front" before "(NRF)"; or undefined.
 */
export function lowerCaseNameSpelling(before: string, acronym: string): string | undefined {
  if (acronym.length < 2 || acronym.length > 6 || !/^\p{Lu}+$/u.test(acronym)) return undefined;
  const words = before.split(' ').slice(-acronym.length);
  if (words.length !== acronym.length) return undefined;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (!/^\p{Ll}[\p{Ll}'’-]*$/u.test(word) || word[0]!.toUpperCase() !== acronym[i]) return undefined;
  }
  return words.join(' ');
}

/** Countries an entity belongs to, the evidence for choosing it. */
export function countriesOf(entity: Entity | undefined): string[] {
  if (entity === undefined) return [];
  if (entity.kind === 'militia') return entity.operatesIn;
  if (entity.kind === 'official') return entity.roles.flatMap((r) => (r.country === undefined ? [] : [r.country]));
  return [entity.id];
}

/** Whether `text` has `words` between word edges. */
function namesWord(text: string, words: string): boolean {
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
    const before = text.charAt(at - 1);
    const after = text.charAt(at + words.length);
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}

/** Applies definitions to the mentions and resolves the ambiguous matches; returns every mention, in order. */
export function resolveInContext(input: ResolutionInput): { mentions: Mention[]; unresolved: UnresolvedName[] } {
  const { definitions, entityById } = input;
  const countriesFor = (id: string): string[] => [
    ...new Set([...countriesOf(entityById.get(id)), ...(input.ledCountries?.get(id) ?? [])]),
  ];
  const nameOf = (id: string) => entityById.get(id)?.name ?? id;
  const unresolved: UnresolvedName[] = [];
  const kept: Mention[] = [];

  const certain = new Set(input.mentions.map((m) => m.entityId));
  const articleCountries = new Set(input.mentions.filter((m) => m.kind === 'country').map((m) => m.entityId));

  const locationOf = (m: MatchLocation): MatchLocation => ({
    field: m.field,
    block: m.block,
    start: m.start,
    end: m.end,
    text: m.text,
    sentence: m.sentence,
  });

  /** The candidate the article's evidence points to, or the reason there is none. */
  const choose = (match: AmbiguousMatch): { entityId: string; kind: EntityKind; via: MentionVia } | string => {
    const ids = match.candidates.map((c) => c.entityId);
    const state = STATE_FORCE_NAMESAKES.get(match.text.replace(/’/gu, "'"));
    if (state !== undefined && articleCountries.has(state))
      return `"${match.text}" is also the name of ${nameOf(state)}'s own force, and the article names ${nameOf(state)}`;
    const named = match.candidates.filter((c) => certain.has(c.entityId));
    if (named.length === 1) return named[0]!;
    const byCountry = match.candidates.filter((c) =>
      countriesFor(c.entityId).some((country) => articleCountries.has(country)),
    );
    if (byCountry.length === 1) return byCountry[0]!;
    // Countries of several: the one whose home country (its first) the article names ("al-Shabaab" in a report
    // on Somalia that also names Tanzania is Somalia's, not Mozambique's).
    const byHome = byCountry.filter((c) => articleCountries.has(countriesFor(c.entityId)[0] ?? ''));
    if (byHome.length === 1) return byHome[0]!;
    // No country named, but the place of one candidate's local office is: "Governor Matawalle" in a report on
    // Zamfara State that never says Nigeria is Zamfara's governor.
    if (byCountry.length === 0 && input.articleText !== undefined) {
      const byPlace = match.candidates.filter((c) =>
        localOfficePlaces(entityById.get(c.entityId)).some((place) => namesWord(input.articleText!(), place)),
      );
      if (byPlace.length === 1) return byPlace[0]!;
    }
    const list = ids
      .map((id) => {
        const countries = countriesFor(id).map(nameOf);
        return countries.length > 0 ? `${nameOf(id)} [${id}] (${countries.join(', ')})` : `${nameOf(id)} [${id}]`;
      })
      .join('; ');
    return byCountry.length > 1
      ? `"${match.text}" could be ${list}; the article names countries of more than one`
      : `"${match.text}" could be ${list}; the article names none of their countries`;
  };

  const resolveAmbiguous = (match: AmbiguousMatch, as: MatchLocation) => {
    const choice = choose(match);
    if (typeof choice === 'string') {
      unresolved.push({ ...locationOf(as), candidates: match.candidates.map((c) => c.entityId), reason: choice });
    } else {
      kept.push({ ...locationOf(as), entityId: choice.entityId, kind: choice.kind, via: choice.via });
    }
  };

  for (const m of input.mentions) {
    const definition = definitions.get(m.text);
    if (definition === undefined) kept.push(m);
    else applyDefinition(definition, m, [m.entityId]);
  }
  for (const match of input.ambiguous) {
    const definition = definitions.get(match.text);
    if (definition === undefined) resolveAmbiguous(match, match);
    else
      applyDefinition(
        definition,
        match,
        match.candidates.map((c) => c.entityId),
      );
  }

  function applyDefinition(definition: AcronymDefinition, at: MatchLocation & { via?: MentionVia }, ids: string[]) {
    if (definition.kind === 'entity') {
      const entity = entityById.get(definition.entityId);
      if (entity !== undefined) kept.push({ ...locationOf(at), entityId: entity.id, kind: entity.kind, via: 'alias' });
    } else if (definition.kind === 'ambiguous') {
      resolveAmbiguous(definition.match, at);
    } else {
      unresolved.push({
        ...locationOf(at),
        candidates: ids,
        reason: `"${at.text}" is defined in the article as "${definition.name}", not ${ids.map((id) => `${nameOf(id)} [${id}]`).join(' or ')}`,
      });
    }
  }

  const order = (m: MatchLocation) => (m.field === 'title' ? 0 : m.field === 'summary' ? 1 : 2);
  const byPosition = (a: MatchLocation, b: MatchLocation) =>
    order(a) - order(b) || a.block - b.block || a.start - b.start;
  return { mentions: kept.sort(byPosition), unresolved: unresolved.sort(byPosition) };
}

/**
 * "US strikes Hezbollah in Iraq" over a body that names Kataib Hezbollah and never Hezbollah alone: a headline
 * shortens the longer name, as the held-out gold reads it. A registered group named in the title or summary but
 * nowhere in the body, whose matched words end the name (or an alias) of exactly one other group the body names,
 * becomes that group there. Returns `mentions` itself when nothing changes.
 */
export function withHeadlineShortForms(
  mentions: readonly Mention[],
  entityById: ReadonlyMap<string, Entity>,
): readonly Mention[] {
  const inBody = new Set<string>();
  for (const m of mentions) if (m.kind === 'militia' && m.field === 'body') inBody.add(m.entityId);
  const headline = mentions.filter((m) => m.kind === 'militia' && m.field !== 'body' && !inBody.has(m.entityId));
  if (headline.length === 0 || inBody.size === 0) return mentions;
  const longer = new Map<Mention, string>();
  for (const m of headline) {
    const short = ` ${foldString(m.text).replace(/['’]/gu, "'")}`;
    const ids = [...inBody].filter((id) => {
      const e = entityById.get(id);
      if (e === undefined) return false;
      return [e.name, ...e.aliases].some((name) => {
        const folded = ` ${foldString(name).replace(/['’]/gu, "'")}`;
        return folded.length > short.length && folded.endsWith(short);
      });
    });
    if (ids.length === 1) longer.set(m, ids[0]!);
  }
  if (longer.size === 0) return mentions;
  return mentions.map((m) => {
    const id = longer.get(m);
    return id === undefined ? m : { ...m, entityId: id, via: 'alias' as const };
  });
}

const FIELD_ORDER: Record<MentionField, number> = { title: 0, summary: 1, body: 2 };

/** Document order: title, summary, then the body's blocks. */
export function byPosition(a: Mention, b: Mention): number {
  return FIELD_ORDER[a.field] - FIELD_ORDER[b.field] || a.block - b.block || a.start - b.start;
}

/** A name found by a discovery rule that turned out to be a registered entity: its place in the text, as a mention. */
export function registeredMention(found: MatchLocation, entityId: string, kind: EntityKind): Mention {
  const { field, block, start, end, text, sentence } = found;
  return { field, block, start, end, text, sentence, entityId, kind, via: 'alias' };
}
