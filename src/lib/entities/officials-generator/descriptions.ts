/**
 * The description of a generated record: "Kenyan politician; President of Kenya since 2022." The opening words
 * name the kind of person by the country's demonym, then come the two latest terms.
 */
import type { Country, Role } from '../types.ts';

/** "Kenyan politician; President of Kenya since 2022." for a record written without a description. */
export function generatedDescription(roles: Role[], countryById: Map<string, Country>): string {
  const country = roles.find((r) => r.country !== undefined)?.country;
  return `${personOf(country, kindOfPerson(roles), countryById)}; ${describeRoles(roles)}.`;
}

/** The two terms that ended last, current ones first, with their years. */
function describeRoles(roles: Role[]): string {
  const main = [...roles].sort((a, b) => (a.end ?? '9999').localeCompare(b.end ?? '9999')).reverse();
  const parts = main.slice(0, 2).map((r) => {
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

const MONARCH_TITLE =
  /^(king|queen|monarch|emir|amir|sultan|prince|grand duke|emperor|pope|yang di-pertuan agong|co-prince|episcopal co-prince|french co-prince)\b/i;

/** Monarch, politician, military officer or official: from any title or office the person held. */
function kindOfPerson(roles: Role[]): string {
  if (roles.some((r) => MONARCH_TITLE.test(r.title))) return 'monarch';
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
