/**
 * Validation of the entity registry (countries, militias, officials). Pure: no file system, no Astro, no
 * environment. `load-registry.ts` reads the YAML files and hands the records here.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { isCalendarDate } from '../dates.ts';
import type { Entity } from './types.ts';

/** NFC, typographic apostrophes and primes to ', runs of whitespace to one space, trimmed, lower case. */
export function normaliseAlias(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[\u2019\u2018\u02BC`\u2032]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * Aliases rejected outright, compared after normalisation and with dots removed ("I.S." is "is"): ISO codes and
 * short acronyms that are English words, and generic words that can never name one entity. "us" and "is" are
 * deliberately absent: "US" is the commonest way news text names the United States and "IS" the Islamic State; the
 * detector matches short all-caps aliases case-sensitively (and ignores them in all-caps text).
 */
export const BLOCKED_ALIAS_WORDS: ReadonlySet<string> = new Set([
  // two-letter words, most of them ISO 3166-1 alpha-2 codes
  'ah',
  'am',
  'an',
  'as',
  'at',
  'ax',
  'be',
  'by',
  'do',
  'eh',
  'go',
  'ha',
  'he',
  'hi',
  'if',
  'in',
  'it',
  'lo',
  'ma',
  'me',
  'my',
  'no',
  'of',
  'oh',
  'ok',
  'on',
  'or',
  'ox',
  'pa',
  'so',
  'to',
  'up',
  'we',
  'ye',
  // three-letter ISO 3166-1 alpha-3 codes that are English words
  'are',
  'ben',
  'bra',
  'can',
  'cod',
  'com',
  'cub',
  'dom',
  'fin',
  'gab',
  'gin',
  'guy',
  'hun',
  'jam',
  'ken',
  'lie',
  'mac',
  'mar',
  'nor',
  'pan',
  'per',
  'pol',
  'pry',
  'sur',
  'ton',
  'tun',
  // other short words
  'all',
  'and',
  'any',
  'but',
  'for',
  'her',
  'him',
  'his',
  'its',
  'man',
  'may',
  'men',
  'new',
  'not',
  'now',
  'one',
  'our',
  'out',
  'the',
  'two',
  'war',
  'was',
  'who',
  'why',
  'yes',
  'you',
  // generic words
  'army',
  'country',
  'forces',
  'front',
  'government',
  'island',
  'kingdom',
  'movement',
  'party',
  'republic',
  'state',
  'states',
  'union',
]);

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const text = z
  .string()
  .min(1, 'must not be empty')
  .refine((s) => s === s.trim() && !/\s{2,}/.test(s), 'must not have leading, trailing or doubled whitespace');
const slug = z.string().regex(SLUG, 'must be a lowercase ASCII slug (a-z, 0-9, single hyphens)');
// Junk in names lists is reported by validateRegistry with the reason (junkReason), not by the schema.
const nameList = z.array(z.string()).default([]);
const idList = z.array(slug).default([]);
const isoDate = z
  .string({ error: "must be a date string; quote a bare year ('2020')" })
  .refine(
    (value) => isCalendarDate(value, { partial: true }),
    'must be a real date written YYYY, YYYY-MM or YYYY-MM-DD',
  );

const baseShape = {
  /** Stable ASCII slug, stored in the registry and used in URLs; never derived from article text. */
  id: slug,
  name: text,
  /** Spelling and transliteration variants, short forms, the Arabic-script name where known. */
  aliases: nameList,
  /** One or two factual, neutral sentences. */
  description: text.max(500, 'must be at most 500 characters'),
  wikidata: z
    .string()
    .regex(/^Q[1-9]\d*$/, 'must be a Wikidata item id such as Q796')
    .optional(),
  /** False for officials and armed groups found in article text but not (yet) curated into the registry. */
  reviewed: z.boolean().optional(),
  /**
   * Where the record's facts were read: page URLs, or a dataset named in ATTRIBUTION.md with the record's key in
   * it ("wikidata:Q1316", "ucdp:actor 5432").
   */
  sources: z.array(text).default([]),
};

/** The offices every country's coverage is measured by (`entities stats`). */
export const STATE_OFFICES = [
  'head-of-state',
  'head-of-government',
  'foreign-minister',
  'defence-minister',
  'interior-minister',
  'armed-forces-chief',
] as const;

export type StateOffice = (typeof STATE_OFFICES)[number];

/** How pages and reports name each measured office in running text. */
export const STATE_OFFICE_NAMES: Record<StateOffice, string> = {
  'head-of-state': 'head of state',
  'head-of-government': 'head of government',
  'foreign-minister': 'foreign minister',
  'defence-minister': 'defence minister',
  'interior-minister': 'interior minister',
  'armed-forces-chief': 'chief of the armed forces',
};
const stateOffice = z.enum(STATE_OFFICES);

/**
 * Where a country's constitution departs from the six measured offices, with the pages that say so. It describes
 * the state, not who holds its offices, so it applies on every date.
 */
export const stateOfficesSchema = z.strictObject({
  /** Offices held by whoever holds another: `head-of-government: head-of-state` where the president heads both. */
  heldBy: z.partialRecord(stateOffice, stateOffice).default({}),
  /** Offices the country does not have: no `armed-forces-chief` where there are no armed forces. */
  noSuchOffice: z.array(stateOffice).default([]),
  /** Offices more than one person holds at once: Andorra's two co-princes as `head-of-state`. */
  heldJointly: z.array(stateOffice).default([]),
  /**
   * Offices left empty by events, not by the constitution: from `since` nobody holds the office (Haiti's presidency
   * after the transitional council's mandate ended), and `note` says who exercises its powers meanwhile. A holder
   * on record on a date wins over the vacancy, so a later appointment needs no change here.
   */
  vacant: z.array(z.strictObject({ office: stateOffice, since: isoDate, note: text })).optional(),
  sources: z.array(text).min(1, 'must name the pages that say so'),
});

export const roleSchema = z.strictObject({
  title: text,
  /** Which of the measured offices this role is, when it is one of them. */
  office: z.enum(STATE_OFFICES).optional(),
  /** The organisation the role belongs to ("Pentagon", "Popular Mobilization Units"). */
  organisation: text.optional(),
  /** Country id, where the role belongs to a state. */
  country: slug.optional(),
  /** Date (YYYY, YYYY-MM or YYYY-MM-DD) the role began. */
  start: isoDate,
  /** Date the role ended; absent while it continues, or while it is not known to have ended (`lastAttested`). */
  end: isoDate.optional(),
  /**
   * For a role with no `end` from a source that stops at a date (a dataset's snapshot): the last date that source
   * shows the role held. Not an end: the holder may have left office any day since, or still hold it, so the role
   * counts as held up to this date and is "in office as of" it afterwards, never current.
   */
  lastAttested: isoDate.optional(),
});

export const countrySchema = z.strictObject({
  ...baseShape,
  kind: z.literal('country'),
  /** ISO 3166-1 alpha-2 code (or a user-assigned one such as XK for Kosovo). */
  iso2: z.string().regex(/^[A-Z]{2}$/, 'must be two capital letters'),
  iso3: z
    .string()
    .regex(/^[A-Z]{3}$/, 'must be three capital letters')
    .optional(),
  /** "Iraqi", "Iranian": adjectives and nouns for the people that map to this country. */
  demonyms: nameList,
  /** UN geoscheme subregion ("Western Asia", "Eastern Africa"), for coverage counts (`entities stats`). */
  region: text.optional(),
  stateOffices: stateOfficesSchema.optional(),
});

export const militiaSchema = z.strictObject({
  ...baseShape,
  kind: z.literal('militia'),
  /** Country ids where the group operates. */
  operatesIn: idList,
  /** Militia ids of parent or umbrella groups. */
  parents: idList,
  /** Official ids of the group's leaders. */
  leaders: idList,
});

export const officialSchema = z.strictObject({
  ...baseShape,
  kind: z.literal('official'),
  roles: z.array(roleSchema).default([]),
  /**
   * Surnames and nicknames ("Sudani", "Abu Taqwa") that count as a mention only after the person has been
   * introduced by full name or alias earlier in the same article.
   */
  shortNames: nameList,
});

export const entitySchema = z.discriminatedUnion('kind', [countrySchema, militiaSchema, officialSchema]);

export interface RegistryProblem {
  /** Where the record is: file or label and index ("militias.yaml #3"). */
  location: string;
  /** The record's id when it has one. */
  id: string | undefined;
  /** Dotted path of the offending field ("roles.0.end"), or "" for the whole record. */
  field: string;
  message: string;
}

export class RegistryError extends Error {
  readonly problems: RegistryProblem[];
  constructor(problems: RegistryProblem[]) {
    super(
      `Entity registry has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  - ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'RegistryError';
    this.problems = problems;
  }
}

export function formatProblem(p: RegistryProblem): string {
  const who = p.id === undefined ? p.location : `${p.location} (id "${p.id}")`;
  return p.field === '' ? `${who}: ${p.message}` : `${who}, field "${p.field}": ${p.message}`;
}

/** Where a record is, for messages: a label (index appended) or a function of the index. */
export type SourceLabel = string | ((index: number) => string);

/**
 * Validates raw records (parsed YAML) and returns them as entities, or throws a RegistryError listing every
 * problem found: schema violations, duplicate ids, a name or alias claimed by entities of different kinds (entities
 * of one kind may share one), junk aliases, malformed roles and references to unknown ids.
 */
export interface ValidationOptions {
  /**
   * Every record must name its sources (`entities check`). The build does not require it, so that an archive
   * with a record still being sourced builds.
   */
  requireSources?: boolean;
}

export function validateRegistry(
  records: unknown[],
  sourceLabel: SourceLabel,
  options: ValidationOptions = {},
): Entity[] {
  const where = typeof sourceLabel === 'string' ? (i: number) => `${sourceLabel} #${i}` : sourceLabel;
  const problems: RegistryProblem[] = [];
  const parsed: { entity: Entity; location: string }[] = [];
  const kindOfId = new Map<string, string>();
  const firstLocationOfId = new Map<string, string>();

  records.forEach((record, index) => {
    const location = where(index);
    const rawId = isRecord(record) && typeof record['id'] === 'string' ? record['id'] : undefined;
    const add = (field: string, message: string) => problems.push({ location, id: rawId, field, message });

    if (rawId !== undefined) {
      const earlier = firstLocationOfId.get(rawId);
      if (earlier !== undefined) add('id', `duplicate id, already used by ${earlier}`);
      else {
        firstLocationOfId.set(rawId, location);
        if (isRecord(record) && typeof record['kind'] === 'string') kindOfId.set(rawId, record['kind']);
      }
    }

    const result = entitySchema.safeParse(record);
    if (!result.success) {
      for (const issue of result.error.issues) add(issue.path.map(String).join('.'), issue.message);
      return;
    }
    parsed.push({ entity: result.data as Entity, location });
  });

  // Normalised name or alias -> the entities that claim it. Entities of one kind may share a name ("National
  // Liberation Army" is four groups, "RSF" two): detection resolves it by what the article says. Across kinds a
  // shared name could never be resolved that way, so it is an error.
  const owners = new Map<string, { kind: string; id: string; label: string }[]>();
  const ownerLabel = (key: string, exceptId: string) =>
    (owners.get(key) ?? [])
      .filter((o) => o.id !== exceptId)
      .map((o) => o.label)
      .join(', ');
  for (const { entity, location } of parsed) {
    const add = (field: string, message: string) => problems.push({ location, id: entity.id, field, message });
    const own = new Map<string, string>(); // normalised -> field, within this entity

    const claim = (value: string, field: string, checkJunk: boolean) => {
      if (checkJunk) {
        const junk = junkReason(value);
        if (junk !== undefined) {
          add(field, `"${value}" ${junk}`);
          return;
        }
      }
      const key = normaliseAlias(value);
      const sameEntity = own.get(key);
      if (sameEntity !== undefined) {
        add(field, `"${value}" repeats ${sameEntity}`);
        return;
      }
      own.set(key, field);
      const claimants = owners.get(key) ?? [];
      const otherKind = claimants.find((o) => o.kind !== entity.kind);
      if (otherKind !== undefined) {
        add(field, `"${value}" is already claimed by ${otherKind.label}, a ${otherKind.kind}`);
        return;
      }
      claimants.push({ kind: entity.kind, id: entity.id, label: `${location} (id "${entity.id}")` });
      owners.set(key, claimants);
    };

    if (options.requireSources === true && entity.sources.length === 0) {
      add('sources', 'is missing: name the pages or the dataset keys (see ATTRIBUTION.md) the record was read from');
    }
    claim(entity.name, 'name', false);
    entity.aliases.forEach((a, i) => claim(a, `aliases.${i}`, true));
    if (entity.kind === 'country') {
      entity.demonyms.forEach((d, i) => claim(d, `demonyms.${i}`, true));
      for (const [field, message] of stateOfficeProblems(entity.stateOffices)) add(field, message);
    }

    if (entity.kind === 'official') {
      const shorts = new Set<string>();
      entity.shortNames.forEach((s, i) => {
        const junk = junkReason(s);
        if (junk !== undefined) add(`shortNames.${i}`, `"${s}" ${junk}`);
        const key = normaliseAlias(s);
        if (shorts.has(key)) add(`shortNames.${i}`, `"${s}" is listed twice`);
        shorts.add(key);
      });
      entity.roles.forEach((role, i) => {
        if (role.end !== undefined && endsBeforeStart(role.start, role.end)) {
          add(`roles.${i}.end`, `end ${role.end} is before start ${role.start}`);
        }
        if (role.lastAttested !== undefined && role.end !== undefined) {
          add(`roles.${i}.lastAttested`, 'is for a role with no end: remove it or the end');
        }
        if (role.lastAttested !== undefined && endsBeforeStart(role.start, role.lastAttested)) {
          add(`roles.${i}.lastAttested`, `${role.lastAttested} is before start ${role.start}`);
        }
        if (role.country !== undefined) {
          const msg = referenceProblem(kindOfId, role.country, 'country');
          if (msg !== undefined) add(`roles.${i}.country`, msg);
        }
      });
    }

    if (entity.kind === 'militia') {
      const check = (list: string[], field: string, kind: string) =>
        list.forEach((ref, i) => {
          if (ref === entity.id) add(`${field}.${i}`, 'refers to the record itself');
          else {
            const msg = referenceProblem(kindOfId, ref, kind);
            if (msg !== undefined) add(`${field}.${i}`, msg);
          }
        });
      check(entity.operatesIn, 'operatesIn', 'country');
      check(entity.parents, 'parents', 'militia');
      check(entity.leaders, 'leaders', 'official');
    }
  }

  // A short name that is another entity's name or alias would tag that entity's mentions as this official.
  for (const { entity, location } of parsed) {
    if (entity.kind !== 'official') continue;
    entity.shortNames.forEach((s, i) => {
      const others = ownerLabel(normaliseAlias(s), entity.id);
      if (others !== '') {
        problems.push({
          location,
          id: entity.id,
          field: `shortNames.${i}`,
          message: `"${s}" is the name or an alias of ${others}`,
        });
      }
    });
  }

  const iso = new Map<string, string>();
  for (const { entity, location } of parsed) {
    if (entity.kind !== 'country') continue;
    for (const [field, code] of [
      ['iso2', entity.iso2],
      ['iso3', entity.iso3],
    ] as const) {
      if (code === undefined) continue;
      const other = iso.get(code);
      if (other !== undefined) problems.push({ location, id: entity.id, field, message: `${code} is also ${other}` });
      else iso.set(code, `${field} of "${entity.id}"`);
    }
  }

  if (problems.length > 0) throw new RegistryError(problems);
  return parsed.map((p) => p.entity);
}

/** Why a name is junk, or undefined when it is acceptable. */
export function junkReason(value: string): string | undefined {
  if (value.trim() === '') return 'is empty';
  if (value !== value.trim() || /\s{2,}/.test(value)) return 'has leading, trailing or doubled whitespace';
  if (!/[\p{L}\p{N}]/u.test(value)) return 'has no letters or digits';
  const letters = value.replace(/[^\p{L}\p{N}]/gu, '');
  if ([...letters].length < 2) return 'is a single character';
  const bare = normaliseAlias(value).replace(/\./g, '');
  if (BLOCKED_ALIAS_WORDS.has(bare)) return 'is a common English word or an ISO code that is one';
  return undefined;
}

/**
 * An office held by itself, by an office that is itself held by another or absent, both held and absent, or held
 * jointly by people, or vacant, while held by another office or absent.
 */
function stateOfficeProblems(offices: z.infer<typeof stateOfficesSchema> | undefined): [string, string][] {
  if (offices === undefined) return [];
  const problems: [string, string][] = [];
  for (const [office, holder] of Object.entries(offices.heldBy)) {
    const field = `stateOffices.heldBy.${office}`;
    if (holder === office) problems.push([field, 'an office cannot be held by itself']);
    else if (holder in offices.heldBy || offices.noSuchOffice.includes(holder))
      problems.push([field, `"${holder}" is itself held by another office or listed in noSuchOffice`]);
    if (offices.noSuchOffice.includes(office as StateOffice))
      problems.push([field, `"${office}" is also listed in noSuchOffice`]);
  }
  for (const office of offices.heldJointly) {
    if (office in offices.heldBy || offices.noSuchOffice.includes(office))
      problems.push(['stateOffices.heldJointly', `"${office}" is also listed in heldBy or noSuchOffice`]);
  }
  (offices.vacant ?? []).forEach(({ office }, i) => {
    if (office in offices.heldBy || offices.noSuchOffice.includes(office))
      problems.push([`stateOffices.vacant.${i}`, `"${office}" is also listed in heldBy or noSuchOffice`]);
  });
  return problems;
}

function referenceProblem(kindOfId: Map<string, string>, ref: string, kind: string): string | undefined {
  const actual = kindOfId.get(ref);
  if (actual === undefined) return `unknown ${kind} id "${ref}"`;
  if (actual !== kind) return `"${ref}" names a ${actual}; expected a ${kind} id`;
  return undefined;
}

/** Compares at the precision both dates share: 2024 vs 2024-01-05 is not "before". */
function endsBeforeStart(start: string, end: string): boolean {
  const n = Math.min(start.length, end.length);
  return end.slice(0, n) < start.slice(0, n);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Stable hash of the registry content, independent of record and key order; changes when any field does. */
export function registryDigest(entities: readonly Entity[]): string {
  const sorted = [...entities].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return createHash('sha256').update(stableStringify(sorted)).digest('hex').slice(0, 16);
}

function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (isRecord(value)) {
    const keys = Object.keys(value)
      .filter((k) => value[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${stableStringify(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
