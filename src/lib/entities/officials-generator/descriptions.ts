/**
 * The description of a generated record: "Kenyan politician; President of Kenya since 2022." The opening words
 * name the kind of person by the demonym of the home country (see home-country.ts), then come the two latest terms.
 */
import type { Country, Role } from '../types.ts';
import { isMonarchTitle } from './offices.ts';

/**
 * "Kenyan politician; President of Kenya since 2022." for a record written without a description; `home` is the
 * person's home country (undefined: international).
 */
export function generatedDescription(
  roles: Role[],
  home: string | undefined,
  countryById: Map<string, Country>,
): string {
  return `${personOf(home, kindOfPerson(roles), countryById)}; ${describeRoles(roles, home)}.`;
}

/**
 * Terms of one office in several countries that ended together (or are current together) are one office held in
 * personal union, such as a monarch's realms: the home country's stands for them all.
 */
function heldInUnionWith(role: Role, listed: Role): boolean {
  return (
    role.office !== undefined &&
    role.office === listed.office &&
    role.country !== listed.country &&
    role.country !== undefined &&
    listed.country !== undefined &&
    role.end === listed.end &&
    role.lastAttested === listed.lastAttested
  );
}

/** The last day a term is known to have lasted, for ordering: '9999' while current. */
function lastDay(r: Role): string {
  return r.end ?? r.lastAttested ?? '9999';
}

/**
 * The two terms that ended last, current ones first and the home country's first among those that ended together,
 * with their years.
 */
function describeRoles(roles: Role[], home: string | undefined): string {
  const main = [...roles]
    .reverse()
    .sort((a, b) => lastDay(b).localeCompare(lastDay(a)) || Number(b.country === home) - Number(a.country === home));
  const listed: Role[] = [];
  for (const r of main) if (listed.length < 2 && !listed.some((l) => heldInUnionWith(r, l))) listed.push(r);
  const parts = listed.map((r) => {
    // A term known only up to a date is neither current nor ended: say when it was last on record.
    if (r.lastAttested !== undefined) {
      return `${r.title} from ${r.start.slice(0, 4)}, in office as of ${r.lastAttested.slice(0, 4)}`;
    }
    if (r.end === undefined) return `${r.title} since ${r.start.slice(0, 4)}`;
    const s = r.start.slice(0, 4);
    const e = r.end.slice(0, 4);
    return s === e ? `${r.title} in ${s}` : `${r.title} from ${s} to ${e}`;
  });
  return parts.join('; ');
}

/**
 * How a description names a person of a country that has no demonym in the country data. The registry keeps a
 * demonym only where it names one country, because demonyms are detection aliases ("Congolese" is the DR Congo's,
 * "Dominican" the Dominican Republic's); in a description the rest of the sentence names the country.
 */
const PERSON_OF_COUNTRY: Record<string, (kind: string) => string> = {
  'republic-of-the-congo': (kind) => `Congolese ${kind}`,
  dominica: (kind) => `Dominican ${kind}`,
  // The Holy See's officers are clergy of the papal curia, not politicians of a city-state.
  'vatican-city': (kind) => (kind === 'monarch' ? 'Head of the Holy See' : 'Holy See official'),
};

/** "Kenyan politician", "Holy See official", "International official": the opening words of a description. */
function personOf(country: string | undefined, kind: string, countryById: Map<string, Country>): string {
  if (country === undefined) return `International ${kind}`;
  const special = PERSON_OF_COUNTRY[country];
  if (special !== undefined) return special(kind);
  return `${countryById.get(country)?.demonyms[0] ?? 'International'} ${kind}`;
}

/** Monarch, politician, military officer or official: from any title or office the person held. */
function kindOfPerson(roles: Role[]): string {
  if (roles.some((r) => isMonarchTitle(r.title))) return 'monarch';
  const political = roles.some(
    (r) =>
      (r.office !== undefined && r.office !== 'armed-forces-chief') ||
      /\b(President|Minister|Secretary|Premier|Chancellor|Taoiseach|Chairman of the)\b/.test(r.title),
  );
  if (political) return 'politician';
  if (roles.some((r) => r.office === 'armed-forces-chief' || /\b(Commander|Chief of)\b/.test(r.title))) {
    return 'military officer';
  }
  return 'official';
}
