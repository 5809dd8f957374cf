/**
 * Official identity: a person found by official discovery may be a registered official written another way. Read
 * once the whole article has been scanned, with the registered mentions it made.
 */
import type { Entity, EntityKind } from '../types.ts';
import type { UnregisteredOfficial } from './official-discovery.ts';
import { namesOneOfRoles } from './official-clauses.ts';
import { byPosition, registeredMention, type AmbiguousMatch, type Mention } from './context.ts';
import { addId, isTitleWord, spellingIndex, spellingKey, withinOneEdit } from './names.ts';

/**
 * Which discovered officials are registered ones under another spelling, and their mentions as the registered ones':
 * another transliteration ("Volodymyr Zelenskiy"), a misprint beside the registered name, the name with a further
 * word and one of the person's offices, a surname alone, or a nickname given with "alias" right after the name.
 * The spelling index is built when first needed and kept by the detector.
 */
export class RegisteredOfficialSpellings {
  readonly #entityById: ReadonlyMap<string, Entity>;

  constructor(entityById: ReadonlyMap<string, Entity>) {
    this.#entityById = entityById;
  }

  /** Registered officials by the spelling key of their names and aliases, built when first needed. */
  #officialBySpelling: Map<string, string[]> | undefined;

  /**
   * An official found by discovery whose name is a registered official's in another transliteration ("Volodymyr
   * Zelenskiy" for Volodymyr Zelenskyy) is that official: every occurrence becomes a mention of the registered one.
   */
  resolve(
    mentions: Mention[],
    unregistered: UnregisteredOfficial[],
    ambiguous: readonly AmbiguousMatch[],
  ): { mentions: Mention[]; unregistered: UnregisteredOfficial[] } {
    this.#officialBySpelling ??= spellingIndex(this.#entityById.values(), 'official', (name) =>
      // One word, or a title and a name, says too little to be someone else's spelling.
      name.split(' ').length < 2 || isTitleWord(name.split(' ')[0]!) ? '' : spellingKey(name),
    );
    const registeredAs = new Map<string, string | undefined>();
    const kept: UnregisteredOfficial[] = [];
    let converted = false;
    for (const u of unregistered) {
      if (!registeredAs.has(u.slug)) {
        let ids: string[] | undefined;
        if (u.name.includes(' ')) {
          const key = spellingKey(u.name);
          ids =
            this.#officialBySpelling.get(key) ??
            this.#officialBySpelling.get(leadingNameKey(u.name)) ??
            this.#misprintOfMentioned(key, mentions, ambiguous) ??
            this.#sameOfficeLongerName(u) ??
            this.#sameOfficeShorterName(u) ??
            this.#particleSurnameOfMentioned(u.name, mentions);
        }
        // ("... will replace Charles as chief" after "Police Chief Leon Charles": a registered official's surname.)
        else ids = this.#surnameOfMentioned(u.name, mentions);
        registeredAs.set(u.slug, ids?.length === 1 ? ids[0] : undefined);
      }
      let id = registeredAs.get(u.slug);
      if (id === undefined && u.introduction) {
        // (Later mentions of the nickname are the same official's.)
        id = nicknamedOfficial(u, mentions);
        registeredAs.set(u.slug, id);
      }
      if (id === undefined) {
        if (u.onlyIfRegistered !== true) kept.push(u);
        continue;
      }
      mentions.push(registeredMention(u, id, 'official'));
      converted = true;
    }
    if (converted) mentions.sort(byPosition);
    return { mentions, unregistered: kept };
  }

  /**
   * The registered official whose name is `u`'s but for its last word, or but for one or all of its middle words,
   * and who holds the office `u` was introduced with ("Home Minister Asaduzzaman Khan Kamal" is the registered
   * Asaduzzaman Khan, Minister of Home Affairs; "President John Dramani Mahama" the registered John Mahama), or
   * undefined. (Without the office the longer name is someone else's: "Joaquín Guzmán López".)
   */
  #sameOfficeLongerName(u: UnregisteredOfficial): string[] | undefined {
    const words = u.name.split(' ');
    if (words.length < 3 || u.office === '') return undefined;
    const last = words.length - 1;
    const shorter = [words.slice(0, -1), [words[0]!, words[last]!]];
    if (words.length > 3) for (let i = 1; i < last; i++) shorter.push(words.filter((_, j) => j !== i));
    for (const name of shorter) {
      const ids = this.#officialBySpelling!.get(spellingKey(name.join(' ')));
      if (ids?.length !== 1) continue;
      const entity = this.#entityById.get(ids[0]!);
      if (entity?.kind !== 'official') continue;
      if (
        namesOneOfRoles(
          u.office,
          entity.roles.map((r) => r.title),
        )
      )
        return ids;
    }
    return undefined;
  }

  /** Registered officials by the spelling keys of their names shortened as the press shortens them (below). */
  #officialByShortening: Map<string, string[]> | undefined;

  /**
   * The registered official whose name `u`'s is with one middle word left out, or with its given names written as
   * initials, and who holds the office `u` was introduced with ("Prime Minister Khadga Prasad Oli" and "Prime
   * Minister KP Sharma Oli" are the registered Khadga Prasad Sharma Oli), or undefined. (Without the office the
   * shorter name may be a relative's: a brother shares all but one of the names.)
   */
  #sameOfficeShorterName(u: UnregisteredOfficial): string[] | undefined {
    if (u.office === '') return undefined;
    this.#officialByShortening ??= shortenedNameIndex(this.#entityById.values());
    const ids = this.#officialByShortening.get(spellingKey(u.name));
    if (ids?.length !== 1) return undefined;
    const entity = this.#entityById.get(ids[0]!);
    if (entity?.kind !== 'official') return undefined;
    return namesOneOfRoles(
      u.office,
      entity.roles.map((r) => r.title),
    )
      ? ids
      : undefined;
  }

  /**
   * The one registered official the article names (`mentions`) whose surname, after its article, is `name` ("led
   * by El Hilu" after "Abdelaziz al-Hilu"), or undefined. Only a name of the article and one word is asked.
   */
  #particleSurnameOfMentioned(name: string, mentions: readonly Mention[]): string[] | undefined {
    const words = name.split(' ');
    if (words.length !== 2 || !/^[AaEe]l$/.test(words[0]!)) return undefined;
    const key = spellingKey(words[1]!);
    const found = new Set<string>();
    for (const m of mentions) {
      if (m.kind !== 'official' || found.has(m.entityId)) continue;
      const entity = this.#entityById.get(m.entityId);
      if (entity === undefined) continue;
      for (const full of [entity.name, ...entity.aliases]) {
        const last = full.slice(full.lastIndexOf(' ') + 1);
        if (last !== full && spellingKey(last) === key) {
          found.add(m.entityId);
          break;
        }
      }
    }
    return found.size === 1 ? [...found] : undefined;
  }

  /**
   * The registered officials the article names (`mentions`, or a candidate of a name it left for the evidence,
   * `ambiguous`) of whom a name with spelling key `key` is a misprint, one letter off the spelling of a name or
   * alias ("Yevgeny Progozhin" beside "Prigozhin"), or undefined.
   */
  #misprintOfMentioned(
    key: string,
    mentions: readonly Mention[],
    ambiguous: readonly AmbiguousMatch[],
  ): string[] | undefined {
    const ids = new Set<string>();
    // (Each official once, however often the article names it: a long article names some dozens of times.)
    const checked = new Set<string>();
    const check = (m: { kind: EntityKind; entityId: string }) => {
      if (m.kind !== 'official' || checked.has(m.entityId)) return;
      checked.add(m.entityId);
      const keys = this.#spellingKeysOf(m.entityId);
      if (keys !== undefined && keys.some((x) => withinOneEdit(key, x))) ids.add(m.entityId);
    };
    // (The mentions, then the candidates of names left for the evidence, read in place rather than copied into one
    // list for each name.)
    for (const m of mentions) check(m);
    for (const a of ambiguous) for (const c of a.candidates) check(c);
    return ids.size > 0 ? [...ids] : undefined;
  }

  /** The registered officials the article named whose surname (the last word of a name it used) is `surname`. */
  #surnameOfMentioned(surname: string, mentions: readonly Mention[]): string[] | undefined {
    const ids = new Set<string>();
    for (const m of mentions) {
      if (m.kind !== 'official' || ids.has(m.entityId) || !m.text.endsWith(surname)) continue;
      if (m.text.length > surname.length && m.text[m.text.length - surname.length - 1] === ' ') ids.add(m.entityId);
    }
    return ids.size > 0 ? [...ids] : undefined;
  }

  /** The spelling keys of an official's name and aliases, computed once per detector. */
  readonly #spellingKeys = new Map<string, readonly string[]>();

  #spellingKeysOf(id: string): readonly string[] | undefined {
    const known = this.#spellingKeys.get(id);
    if (known !== undefined) return known;
    const e = this.#entityById.get(id);
    if (e === undefined) return undefined;
    const keys = [e.name, ...e.aliases].map(spellingKey);
    this.#spellingKeys.set(id, keys);
    return keys;
  }
}

/**
 * The spelling key of a name of four or more words without its last word: "Mohammed Hamdan Daglo Mousa" is
 * Mohamed Hamdan Dagalo with a further family name. Shorter names give no key ("Joaquín Guzmán López" is not
 * Joaquín Guzmán but his son).
 */
function leadingNameKey(name: string): string {
  const words = name.split(' ');
  return words.length >= 4 ? spellingKey(words.slice(0, -1).join(' ')) : '';
}

/**
 * Registered officials by the spelling keys of their names of three or more words shortened: without one middle
 * word ("Khadga Prasad Oli"), or with the leading given names as initials, leaving two words ("KP Sharma Oli",
 * "K. P. Sharma Oli": the key keeps letters only).
 */
function shortenedNameIndex(entities: Iterable<Entity>): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const e of entities) {
    if (e.kind !== 'official') continue;
    for (const name of [e.name, ...e.aliases]) {
      const words = name.split(' ');
      if (words.length < 3 || isTitleWord(words[0]!)) continue;
      for (let i = 1; i < words.length - 1; i++)
        addId(index, spellingKey(words.filter((_, j) => j !== i).join(' ')), e.id);
      for (let k = 1; k <= words.length - 2; k++) {
        const initials = words
          .slice(0, k)
          .map((w) => w[0])
          .join('');
        addId(index, spellingKey([initials, ...words.slice(k)].join(' ')), e.id);
      }
    }
  }
  return index;
}

/** What comes between a name and the nickname the article gives it: ", alias ", " aka ", ", also known as “". */
const ALIAS_GAP = /^,? (?:alias|aka|a\.k\.a\.?|also known as) [“"']?$/u;

/**
 * The registered official whose name the article gives right before "alias <u>" ("José Adolfo Macías Villamar,
 * alias Fito, leader of ..."): the nickname is that official, not a new one. Or undefined.
 */
function nicknamedOfficial(u: UnregisteredOfficial, mentions: readonly Mention[]): string | undefined {
  const at = u.sentence.indexOf(u.text);
  if (at < 0 || !/(?:alias|aka|a\.k\.a\.?|known as) [“"']?$/u.test(u.sentence.slice(Math.max(0, at - 20), at)))
    return undefined;
  for (const m of mentions) {
    if (m.kind !== 'official' || m.field !== u.field || m.block !== u.block) continue;
    if (m.end >= u.start || u.start - m.end > 24) continue;
    if (ALIAS_GAP.test(u.sentence.slice(at - (u.start - m.end), at))) return m.entityId;
  }
  return undefined;
}
