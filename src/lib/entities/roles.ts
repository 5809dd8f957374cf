import { formatDate } from '../dates.ts';
import type { Country, Official, Role } from './types.ts';

/**
 * Compares partial ISO dates by their common precision, so a role that started in "2022-10" counts as held on
 * "2022-10-27"; an article date inside the start month or end month is given the benefit of the doubt.
 */
function onOrAfter(date: string, bound: string): boolean {
  return date.slice(0, bound.length) >= bound;
}
function onOrBefore(date: string, bound: string): boolean {
  return date.slice(0, bound.length) <= bound;
}
/** Whether a start is certainly after a day: later at the precision both have ("2023" after "2022-08-02"). */
function startsAfter(start: string, day: string): boolean {
  const n = Math.min(start.length, day.length);
  return start.slice(0, n) > day.slice(0, n);
}

/**
 * Whether the record shows the role held on a date: from its start to its end, or, for a role its source knows only
 * up to a date (`lastAttested`), to that date; a role with neither continues.
 */
function heldOn(role: Role, date: string): boolean {
  if (!onOrAfter(date, role.start)) return false;
  const last = role.end ?? role.lastAttested;
  return last === undefined || onOrBefore(date, last);
}

/** The roles an official held on a given date (YYYY-MM-DD), as far as the record shows. */
export function rolesOn(official: Official, date: string): Role[] {
  return official.roles.filter((role) => heldOn(role, date));
}

/** A term of an office: who held it, and the role. */
export interface Term {
  official: Official;
  role: Role;
}

/** Adds an official's terms of measured state offices to `terms`, keyed "country|office" (see `officeTermsKey`). */
export function addOfficeTerms(terms: Map<string, Term[]>, official: Official): void {
  for (const role of official.roles) {
    if (role.office === undefined || role.country === undefined) continue;
    const key = officeTermsKey(role.country, role.office);
    const list = terms.get(key);
    if (list === undefined) terms.set(key, [{ official, role }]);
    else list.push({ official, role });
  }
}

/** The key of one country's measured office in a map of terms. */
export function officeTermsKey(country: string, office: string): string {
  return `${country}|${office}`;
}

/**
 * Of the terms of one office (one country's), those last attested before `date` that nothing on record shows
 * over: no other person's term of the office starts after the attestation and on or before the date (that person
 * took the office over). Latest attestation first. Who holds an office with several holders at once is the
 * caller's question: it passes only offices nobody on record holds on the date.
 */
export function lastAttestedTerms(terms: readonly Term[], date: string): Term[] {
  return terms
    .filter(({ official, role }) => {
      const attested = role.lastAttested;
      if (role.end !== undefined || attested === undefined) return false;
      if (!onOrAfter(date, role.start) || onOrBefore(date, attested)) return false;
      return !terms.some(
        (other) =>
          other.official !== official && startsAfter(other.role.start, attested) && onOrAfter(date, other.role.start),
      );
    })
    .sort((a, b) => (b.role.lastAttested ?? '').localeCompare(a.role.lastAttested ?? ''));
}

/** The vacancies a country's record declares that have begun by a date, compared like role dates. */
export function vacanciesOn(
  country: Country,
  date: string,
): NonNullable<NonNullable<Country['stateOffices']>['vacant']> {
  return (country.stateOffices?.vacant ?? []).filter((vacancy) => onOrAfter(date, vacancy.since));
}

/**
 * The name of the source that last saw a record's attested terms: "Wikidata" for a record read from its item
 * (`sources: [wikidata:Q…]`, the only dataset whose terms stop at a snapshot), "its sources" otherwise.
 */
export function attestationSource(official: Official): string {
  return official.wikidata !== undefined && official.sources.includes(`wikidata:${official.wikidata}`)
    ? 'Wikidata'
    : 'its sources';
}

/**
 * A role's dates as a page shows them: "1 May 2019–2 August 2022", "1 May 2019–present" while it continues, and for a
 * term its source knows only up to a date, "from 1 May 2019, in office as of 2 August 2022 (Wikidata)", neither
 * ended nor current.
 */
export function roleDates(role: Role, official: Official): string {
  const start = formatDate(role.start);
  if (role.end !== undefined) return `${start}–${formatDate(role.end)}`;
  if (role.lastAttested === undefined) return `${start}–present`;
  return `from ${start}, in office as of ${formatDate(role.lastAttested)} (${attestationSource(official)})`;
}

/** "Prime Minister of Iraq" style label for a role; the country name is looked up by the caller. */
export function describeRole(role: Role, countryName?: (id: string) => string | undefined): string {
  const place = role.organisation ?? (role.country ? countryName?.(role.country) : undefined);
  return place && !role.title.includes(place) ? `${role.title}, ${place}` : role.title;
}
