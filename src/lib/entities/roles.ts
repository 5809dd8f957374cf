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

/** The roles an official held on a given date (YYYY-MM-DD). */
export function rolesOn(official: Official, date: string): Role[] {
  return official.roles.filter((role) => onOrAfter(date, role.start) && (!role.end || onOrBefore(date, role.end)));
}

/** The vacancies a country's record declares that have begun by a date, compared like role dates. */
export function vacanciesOn(
  country: Country,
  date: string,
): NonNullable<NonNullable<Country['stateOffices']>['vacant']> {
  return (country.stateOffices?.vacant ?? []).filter((vacancy) => onOrAfter(date, vacancy.since));
}

/** "Prime Minister of Iraq" style label for a role; the country name is looked up by the caller. */
export function describeRole(role: Role, countryName?: (id: string) => string | undefined): string {
  const place = role.organisation ?? (role.country ? countryName?.(role.country) : undefined);
  return place && !role.title.includes(place) ? `${role.title}, ${place}` : role.title;
}
