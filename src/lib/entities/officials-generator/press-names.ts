/**
 * How the press names a person, as generated for the records: the short name (a distinctive surname) and the
 * aliases (the press forms of a long name, a monarch's regnal name, "President <name>"). Where the family name sits
 * depends on the country's naming custom: family name first (East Asia), the father's surname first (Spanish),
 * both family names (Portuguese).
 */
import { normaliseAlias } from '../registry.ts';
import { foldString } from '../text.ts';
import type { Role } from '../types.ts';
import { NOT_SURNAMES } from './not-surnames.ts';

/**
 * Countries whose people carry two family names, the father's first: "Roberto Legrá Sotolongo" is "Legrá" and
 * "Roberto Legrá" in the press. Portuguese-speaking countries are not listed: there the main family name comes
 * last ("Pedro Passos Coelho" is "Passos Coelho", "Aníbal Cavaco Silva" is "Cavaco Silva").
 */
const FATHERS_SURNAME_FIRST_COUNTRIES: ReadonlySet<string> = new Set(
  `
  argentina bolivia chile colombia costa-rica cuba dominican-republic ecuador el-salvador
  guatemala honduras mexico nicaragua panama paraguay peru spain uruguay venezuela
  `
    .trim()
    .split(/\s+/),
);

/**
 * Countries of Portuguese naming: a name ends with the father's family name, the one the press uses alone, and the
 * press names a person by both family names ("Pedro Passos Coelho" is "Passos Coelho" and "Coelho", never "Pedro
 * Coelho"; "Carlos Gomes Júnior" is "Gomes Júnior"), or by given name and family name after a second given name
 * ("Carlos Alberto França" is "Carlos França"). Angola and Mozambique are not listed: there the press keeps the
 * first and the last word ("Georges Chikoti", "Joaquim Mangrasse").
 */
const PORTUGUESE_NAME_COUNTRIES: ReadonlySet<string> = new Set(
  'brazil cape-verde guinea-bissau portugal sao-tome-and-principe timor-leste'.split(' '),
);

/**
 * Countries whose names put the family name first, as the English-language press keeps them: "Xi Jinping" is
 * "Xi", "Hun Manet" is "Hun Manet"; the last word is a given name and never a short name.
 */
const FAMILY_NAME_FIRST_COUNTRIES: ReadonlySet<string> = new Set([
  'cambodia',
  'china',
  'north-korea',
  'south-korea',
  'taiwan',
]);

/**
 * Given names that come second in a compound given name ("José Raúl Mulino", "Rosa Icela Rodríguez"): a
 * three-word Spanish name with one of these in the middle has one family name, the last word.
 */
const SECOND_GIVEN_NAMES = new Set(
  `
  adolfo agustin alberto alejandra alejandro alfonso alfredo alicia ana andres angel angela
  antonio arturo augusto beatriz camilo carlo carlos carmen cesar cresencio cristina daniel david
  eduardo elena elias emilio enrique ernesto esteban eugenia federico felipe fernanda fernando
  francisco gabriel gerardo gilberto guadalupe guillermo gustavo hector holmes hugo icela ignacio
  isabel jaime javier jesus joaquin jorge jose josefina juan julio leonardo lorena lorenzo lucia
  luis luisa manuel marcelo maria mario martin mauricio mercedes miguel nicolas orlando oscar
  pablo patricia pedro pilar rafael ramiro ramon raul ricardo roberto rodrigo rosa salvador
  santiago sebastian sofia teresa tomas vicente victor victoria
  domingos henrique inacio joao manuela messias
  `
    .trim()
    .split(/\s+/)
    .map(foldString),
);

/**
 * The most frequent Spanish family names (and a few of Latin America). Where one comes first the press also names
 * the person by both family names ("Peña Nieto", "Pérez Molina") and that family name alone is never a short name;
 * the second family name is, unless it is frequent too ("Pérez Rubalcaba" is "Rubalcaba", "Peña Nieto" has none).
 */
const COMMON_SPANISH_SURNAMES = new Set(
  `
  aguilar alonso alvarez blanco caballero cabrera calvo campos cano carrasco castillo castro cortes cruz delgado
  diaz dominguez fernandez flores fuentes gallego garcia garrido gil gomez gonzalez guerrero gutierrez hernandez
  herrera hidalgo iglesias jimenez leon lopez lozano marin marquez martin martinez medina mendez molina morales
  moreno navarro nieto nunez ortega ortiz pena perez prieto ramirez ramos reyes rodriguez rojas romero rubio ruiz
  sanchez santana santos sanz serrano suarez torres vazquez vega vidal
  aguirre contreras mendoza palacios rivera salazar silva vargas
  `
    .trim()
    .split(/\s+/),
);

/** Capitalised words that join a compound family name ("Marcelo Dalle Nogare"): the name has one family name. */
const SURNAME_PARTICLES = new Set('bom da dal dalle das de del della di do dos la san santa'.split(' '));

/** A name of three plain capitalised words (no "bin", "al-", "de", regnal numbers or titles). */
function plainThreeWords(name: string): string[] | undefined {
  const words = name.split(' ');
  return words.length === 3 && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) ? words : undefined;
}

/**
 * Where the family name the press uses sits in a name: the first word where family names come first; else the
 * last word, except in a three-word name from a country that puts the father's surname first, unless the middle
 * word is a second given name; none when the family name is a compound one ("Dalle Nogare", "Bom Jesus"). Where
 * the father's surname is a very common one, the mother's is the short name when it is not common too ("Pérez
 * Rubalcaba" is "Rubalcaba"; "Peña Nieto" has none).
 */
function familyNameIndex(name: string, country: string | undefined): number | undefined {
  if (country !== undefined && FAMILY_NAME_FIRST_COUNTRIES.has(country)) return 0;
  const words = name.split(' ');
  const three = plainThreeWords(name);
  const fathersFirst = country !== undefined && FATHERS_SURNAME_FIRST_COUNTRIES.has(country);
  const portuguese = country !== undefined && PORTUGUESE_NAME_COUNTRIES.has(country);
  if (three === undefined || !(fathersFirst || portuguese)) return words.length - 1;
  const middle = foldString(three[1]!);
  if (SURNAME_PARTICLES.has(middle)) return undefined;
  if (portuguese) return 2;
  if (COMMON_SPANISH_SURNAMES.has(middle)) return COMMON_SPANISH_SURNAMES.has(foldString(three[2]!)) ? undefined : 2;
  return SECOND_GIVEN_NAMES.has(middle) ? 2 : 1;
}

/**
 * The surname as a short name when it can identify the person after an introduction: the family name of a plain
 * name (the last word, or the father's surname where it comes first; see familyNameIndex), five letters or more,
 * not a family name shared by several leaders nor an ordinary word.
 */
export function distinctiveSurname(name: string, country?: string): string | undefined {
  if (/[,()]| of /.test(name)) return undefined;
  const words = name.split(' ');
  if (words.length < 2) return undefined;
  const index = familyNameIndex(name, country);
  if (index === undefined) return undefined;
  const surname = words[index]!;
  if (!/^\p{Lu}[\p{L}'-]+$/u.test(surname) || [...surname].length < 5) return undefined;
  if (NOT_SURNAMES.has(normaliseAlias(surname))) return undefined;
  return surname;
}

/**
 * The given-name-and-family-name form the press uses for a plain three-word name: "Hage Gottfried Geingob" →
 * "Hage Geingob", and where the father's surname comes first "Roberto Legrá Sotolongo" → "Roberto Legrá", and also
 * both family names when the first is a very common one ("Santiago Peña Palacios" → "Santiago Peña", "Peña
 * Palacios"); none where the family name comes first. In Portuguese-speaking countries both family names ("Pedro
 * Passos Coelho" → "Passos Coelho"), unless the middle word is a second given name ("Carlos Alberto França" →
 * "Carlos França").
 */
export function pressForms(name: string, country?: string): string[] {
  const words = plainThreeWords(name);
  if (words !== undefined && bothFamilyNamesNeeded(words, country)) {
    return [`${words[0]} ${words[1]}`, `${words[1]} ${words[2]}`];
  }
  if (words !== undefined && country !== undefined && PORTUGUESE_NAME_COUNTRIES.has(country)) {
    return SECOND_GIVEN_NAMES.has(foldString(words[1]!)) ? [`${words[0]} ${words[2]}`] : [`${words[1]} ${words[2]}`];
  }
  const index = words === undefined ? undefined : familyNameIndex(name, country);
  // Where the family name comes first the whole name is already the press form ("Kim Jong Un").
  return words === undefined || index === undefined || index === 0 ? [] : [`${words[0]} ${words[index]}`];
}

function bothFamilyNamesNeeded(words: string[], country: string | undefined): boolean {
  return (
    country !== undefined &&
    FATHERS_SURNAME_FIRST_COUNTRIES.has(country) &&
    COMMON_SPANISH_SURNAMES.has(foldString(words[1]!))
  );
}

const REGNAL = /^(.+ (?:[IVX]+))(?: of .+|, .+)?$/;
const MONARCH_STYLE = /^(King|Queen|Emperor|Sultan|Emir|Prince|Grand Duke|Pope)\b/i;

/**
 * Forms the press uses for monarchs named "Felipe VI of Spain" or "Albert II, Prince of Monaco": the regnal name
 * ("Felipe VI", distinctive thanks to its numeral) and the styled one ("King Felipe VI").
 */
export function monarchForms(name: string, roles: Role[]): string[] {
  const regnal = REGNAL.exec(name)?.[1];
  if (regnal === undefined) return [];
  const style = roles.map((r) => MONARCH_STYLE.exec(r.title)?.[1]).find((t) => t !== undefined);
  const out = regnal === name ? [] : [regnal];
  if (style !== undefined) out.push(`${capitalise(style.toLowerCase())} ${regnal}`);
  return out;
}

/** "President Ruto"-style honorific aliases from the person's titles. */
function honorifics(name: string, roles: Role[]): string[] {
  const out: string[] = [];
  for (const r of roles) {
    if (r.office !== 'head-of-state' && r.office !== 'head-of-government') continue;
    const t = /^(President|Prime Minister|Premier|Chancellor|Federal Chancellor)\b/.exec(r.title)?.[1];
    if (t !== undefined) out.push(`${t.replace('Federal ', '')} ${name}`);
  }
  return [...new Set(out)];
}

/**
 * The aliases generated for a record: press forms of the name (by the naming custom of `home`, the person's home
 * country), a monarch's regnal forms, honorifics.
 */
export function generatedAliases(name: string, roles: Role[], home: string | undefined): string[] {
  return [...new Set([...pressForms(name, home), ...monarchForms(name, roles), ...honorifics(name, roles)])];
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
