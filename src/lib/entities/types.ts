/** The three kinds of entity the archive tags articles with. */
export const ENTITY_KINDS = ['militia', 'country', 'official'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** How pages name each kind. */
export const KIND_NAMES: Record<EntityKind, { one: string; many: string }> = {
  militia: { one: 'Militia', many: 'Militias' },
  country: { one: 'Country', many: 'Countries' },
  official: { one: 'Official', many: 'Officials' },
};

interface EntityBase {
  /** Stable ASCII slug, stored in the registry and used in URLs; never derived from article text. */
  id: string;
  kind: EntityKind;
  name: string;
  /** Spelling and transliteration variants, short forms, the Arabic-script name where known. */
  aliases: string[];
  /** One or two factual, neutral sentences. */
  description: string;
  wikidata?: string;
  /** False for officials found in article text but not (yet) curated into the registry. */
  reviewed?: boolean;
  /** Where the facts were read: page URLs or dataset keys named in ATTRIBUTION.md. */
  sources?: string[];
}

export interface Country extends EntityBase {
  kind: 'country';
  /** ISO 3166-1 alpha-2 code (or a user-assigned one such as XK for Kosovo). */
  iso2: string;
  iso3?: string;
  /** "Iraqi", "Iranian": adjectives and nouns for the people that map to this country. */
  demonyms: string[];
}

export interface Militia extends EntityBase {
  kind: 'militia';
  /** Country ids where the group operates. */
  operatesIn: string[];
  /** Militia ids of parent or umbrella groups. */
  parents: string[];
  /** Official ids of the group's leaders. */
  leaders: string[];
}

export interface Role {
  title: string;
  office?:
    | 'head-of-state'
    | 'head-of-government'
    | 'foreign-minister'
    | 'defence-minister'
    | 'interior-minister'
    | 'armed-forces-chief';
  /** The organisation the role belongs to ("Pentagon", "Popular Mobilization Units"). */
  organisation?: string;
  /** Country id, where the role belongs to a state. */
  country?: string;
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD) the role began. */
  start: string;
  /** ISO date the role ended; absent while it continues. */
  end?: string;
}

export interface Official extends EntityBase {
  kind: 'official';
  roles: Role[];
  /**
   * Surnames and nicknames ("Sudani", "Abu Taqwa") that count as a mention only after the person has been
   * introduced by full name or alias earlier in the same article.
   */
  shortNames: string[];
}

export type Entity = Country | Militia | Official;
