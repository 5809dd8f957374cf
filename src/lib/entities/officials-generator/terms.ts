/** Terms of office (roles): their order in a record, when two are the same term, and adding one to a record. */
import { normaliseAlias } from '../registry.ts';
import type { Official, Role } from '../types.ts';

/** Roles in the order the records list them: by start, then by title. */
export function compareRoles(a: Role, b: Role): number {
  return a.start < b.start ? -1 : a.start > b.start ? 1 : a.title < b.title ? -1 : a.title > b.title ? 1 : 0;
}

/**
 * The same term in two sources: same country and start year, and the same measured office or the same title
 * (sources disagree on the start date within a year, and on the wording of a title).
 */
function sameTerm(a: Role, b: Role): boolean {
  if (a.country !== b.country) return false;
  const sameStartYear = a.start.slice(0, 4) === b.start.slice(0, 4);
  if (a.office !== undefined && a.office === b.office && sameStartYear) return true;
  return normaliseAlias(a.title) === normaliseAlias(b.title) && sameStartYear;
}

/**
 * Adds a term unless the record has it already; a matching term without an office takes the new one's. A curated
 * term (a CSV row read from a page) also dates the matching term: a more precise start, and an end unless the
 * matching term's end is the same date or a more precise form of it (the extracts end a term in the year a
 * successor was first seen, which can be years late).
 */
export function addTerm(target: Official, role: Role, { curated = false } = {}): void {
  const same = target.roles.find((r) => sameTerm(r, role));
  if (same === undefined) {
    target.roles.push(role);
    return;
  }
  if (same.office === undefined && role.office !== undefined) same.office = role.office;
  if (!curated) return;
  if (role.start.startsWith(same.start)) same.start = role.start;
  if (role.end !== undefined && !(same.end ?? '').startsWith(role.end)) same.end = role.end;
}
