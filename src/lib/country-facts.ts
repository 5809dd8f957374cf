import { formatDate } from './dates.ts';
import { STATE_OFFICE_NAMES, STATE_OFFICES } from './entities/registry.ts';
import { addOfficeTerms, lastAttestedTerms, rolesOn, vacanciesOn, type Term } from './entities/roles.ts';
import type { Country, Entity, Militia, Official, Role } from './entities/types.ts';

export interface OfficeHolder {
  official: Official;
  /** The roles in this country the official held on the reference date. */
  roles: Role[];
}

export interface CountryFacts {
  /** Registered armed groups whose `operatesIn` names the country, A–Z. */
  armedGroups: Militia[];
  /** Officials holding one of the country's roles on the reference date: state offices first, then A–Z. */
  officeHolders: OfficeHolder[];
  /**
   * For each measured office (STATE_OFFICES order) nobody holds on the reference date: its last holder on record in
   * a term a source knows only up to a date before it (`lastAttested`), unless someone is on record as having
   * taken the office over since. "In office as of" that date, not on the reference date.
   */
  lastOnRecord: Term[];
  /**
   * What the country's constitution says of the offices, and which are vacant on the reference date, so the list is
   * read right: "The head of state is also…".
   */
  officeNotes: string[];
}

const OFFICE_ORDER = new Map<string, number>(STATE_OFFICES.map((office, i) => [office, i]));
const rank = (holder: OfficeHolder) =>
  Math.min(...holder.roles.map((role) => (role.office ? OFFICE_ORDER.get(role.office)! : STATE_OFFICES.length)));

/**
 * What a country page shows of the registry, for every country at once in one pass over the registry: the armed
 * groups that operate there and the officials in office on `asOf` (YYYY-MM-DD). The date is an argument, never
 * the clock, so a build is reproducible: the site passes the date of the archive's latest article.
 */
export function countryFacts(registry: readonly Entity[], asOf: string): Map<string, CountryFacts> {
  const facts = new Map<string, CountryFacts>();
  const of = (countryId: string) => {
    let entry = facts.get(countryId);
    if (!entry)
      facts.set(countryId, (entry = { armedGroups: [], officeHolders: [], lastOnRecord: [], officeNotes: [] }));
    return entry;
  };
  const countries: Country[] = [];
  /** "country|office" → the terms of a measured office on record. */
  const terms = new Map<string, Term[]>();
  for (const entity of registry) {
    if (entity.kind === 'country') {
      countries.push(entity);
      const notes = stateOfficeNotes(entity);
      if (notes.length > 0) of(entity.id).officeNotes = notes;
    } else if (entity.kind === 'militia') {
      for (const countryId of new Set(entity.operatesIn)) of(countryId).armedGroups.push(entity);
    } else if (entity.kind === 'official') {
      addOfficeTerms(terms, entity);
      const byCountry = new Map<string, Role[]>();
      for (const role of rolesOn(entity, asOf)) {
        if (role.country) byCountry.set(role.country, [...(byCountry.get(role.country) ?? []), role]);
      }
      for (const [countryId, roles] of byCountry) of(countryId).officeHolders.push({ official: entity, roles });
    }
  }
  for (const officeTerms of terms.values()) {
    const { country: countryId = '', office } = officeTerms[0]!.role;
    if (facts.get(countryId)?.officeHolders.some((h) => h.roles.some((r) => r.office === office))) continue;
    const [last] = lastAttestedTerms(officeTerms, asOf);
    if (last !== undefined) of(countryId).lastOnRecord.push(last);
  }
  // A vacancy is told only from its first day, and only while nobody on record holds the office.
  for (const country of countries) {
    for (const { office, since, note } of vacanciesOn(country, asOf)) {
      if (facts.get(country.id)?.officeHolders.some((h) => h.roles.some((r) => r.office === office))) continue;
      of(country.id).officeNotes.push(
        `The office of ${STATE_OFFICE_NAMES[office]} has been vacant since ${formatDate(since)}: ${note}`,
      );
    }
  }
  for (const entry of facts.values()) {
    entry.lastOnRecord.sort((a, b) => OFFICE_ORDER.get(a.role.office!)! - OFFICE_ORDER.get(b.role.office!)!);
    entry.armedGroups.sort((a, b) => a.name.localeCompare(b.name, 'en'));
    entry.officeHolders.sort((a, b) => rank(a) - rank(b) || a.official.name.localeCompare(b.official.name, 'en'));
  }
  return facts;
}

/**
 * Sentences for a country page from the country's `stateOffices`: offices another holds, offices several people
 * hold at once, offices it lacks.
 */
function stateOfficeNotes(country: Country): string[] {
  const offices = country.stateOffices;
  if (offices === undefined) return [];
  const name = (office: keyof typeof STATE_OFFICE_NAMES) => STATE_OFFICE_NAMES[office];
  const held = STATE_OFFICES.flatMap((office) => {
    const by = offices.heldBy[office];
    return by === undefined ? [] : [`The ${name(by)} is also the ${name(office)}.`];
  });
  const joint = STATE_OFFICES.filter((office) => offices.heldJointly.includes(office)).map(
    (office) => `More than one person holds the office of ${name(office)} at once.`,
  );
  const absent = STATE_OFFICES.filter((office) => offices.noSuchOffice.includes(office));
  const lacks = absent.length === 0 ? [] : [`${country.name} has no ${absent.map(name).join(' and no ')}.`];
  return [...held, ...joint, ...lacks];
}
