/**
 * The Wikidata extracts (`sources/`) as people with dated roles: rows filtered by the overrides, matched to the
 * registry's countries, and terms the newest snapshot no longer lists ended.
 */
import { normaliseAlias } from '../registry.ts';
import type { Country, Role } from '../types.ts';
import type { HolderRow, Overrides } from './inputs.ts';
import { officeOf } from './offices.ts';
import { compareRoles } from './terms.ts';

export interface DatasetPerson {
  /** Wikidata id. */
  item: string;
  label: string;
  roles: Role[];
}

/**
 * The registry country of a row: the overrides' mapping, else the country with the row's Wikidata id, else the one
 * named by the row's label; undefined for countries the overrides skip or the registry lacks.
 */
export function countryResolver(countries: Country[], overrides: Overrides): (row: HolderRow) => string | undefined {
  const countryById = new Map(countries.map((c) => [c.id, c]));
  const countryByName = new Map<string, Country>();
  for (const c of countries) for (const n of [c.name, ...c.aliases]) countryByName.set(normaliseAlias(n), c);
  const skipCountries = new Set(overrides.skipCountries);
  return (row) => {
    if (skipCountries.has(row.countryItem)) return undefined;
    const mapped = overrides.countries[row.countryItem];
    if (mapped !== undefined) return countryById.has(mapped) ? mapped : undefined;
    const byWikidata = countries.find((c) => c.wikidata === row.countryItem);
    return (byWikidata ?? countryByName.get(normaliseAlias(row.countryLabel)))?.id;
  };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A year-precision date from the extract, or undefined for junk. */
function year(s: string): string | undefined {
  return /^\d{4}$/.test(s) ? s : undefined;
}

/**
 * Turns extract rows into people with dated roles. A row open (no end) in an older snapshot but missing from the
 * newest one has ended: its end is the start year of the next holder of the same position, or, with no such
 * holder on record, the role is dropped (we do not know when it ended). Roles that ended before 2000 are dropped.
 */
export function peopleFromRows(
  rows: HolderRow[],
  overrides: Overrides,
  countryIdOf: (row: HolderRow) => string | undefined,
): DatasetPerson[] {
  const skipPositions = new Set(overrides.skipPositions.map(normaliseAlias));
  const exclude = new Set(overrides.exclude);
  const excludeRows = new Set(overrides.excludeRows);
  const usable = rows.filter(
    (r) =>
      !exclude.has(r.person) &&
      !excludeRows.has(`${r.person} ${r.position} ${r.start}`) &&
      !skipPositions.has(normaliseAlias(r.positionLabel)) &&
      year(r.start) !== undefined &&
      !/^Q\d+$/.test(r.positionLabel),
  );
  const byPosition = new Map<string, HolderRow[]>();
  for (const r of usable) {
    const list = byPosition.get(r.position) ?? [];
    list.push(r);
    byPosition.set(r.position, list);
  }

  const people = new Map<string, DatasetPerson>();
  for (const r of usable) {
    const country = r.countryItem === '' ? undefined : countryIdOf(r);
    if (r.countryItem !== '' && country === undefined) continue;
    let end = year(r.end);
    if (end === undefined && r.lastSeen !== '' && r.lastSeen < overrides.newestSnapshot) {
      const later = (byPosition.get(r.position) ?? [])
        .filter((o) => o.person !== r.person && o.start >= r.start && o.lastSeen >= r.lastSeen)
        .map((o) => o.start)
        .sort();
      end = later[0];
      if (end === undefined) continue;
    }
    if (end !== undefined && end < '2000') continue;
    const role: Role = { title: capitalise(r.positionLabel), start: r.start };
    const office = officeOf(r.positionLabel, overrides);
    if (office !== undefined) role.office = office;
    if (country !== undefined) role.country = country;
    if (end !== undefined) role.end = end;
    const person = people.get(r.person) ?? { item: r.person, label: r.personLabel, roles: [] };
    if (/^Q\d+$/.test(person.label)) person.label = r.personLabel;
    // Two snapshots can carry the same term with and without its end: keep the dated one.
    const same = person.roles.find(
      (o) => o.title === role.title && o.country === role.country && o.start === role.start,
    );
    if (same === undefined) person.roles.push(role);
    else if (same.end === undefined && role.end !== undefined) same.end = role.end;
    people.set(r.person, person);
  }
  for (const p of people.values()) p.roles.sort(compareRoles);
  return [...people.values()].filter((p) => p.roles.length > 0);
}
