/**
 * The pure half of the officials generator (`src/cli/generate-officials.ts` reads the inputs and writes the files):
 * turns the Wikidata extracts, the hand-curated records and terms, and the overrides into one record per person,
 * grouped into one output file per country. No file system, no clock.
 */
import { groupShortName } from './detection/names.ts';
import { junkReason, normaliseAlias, STATE_OFFICES } from './registry.ts';
import type { Country, Official, Role } from './types.ts';
import { foldString } from './text.ts';
import { asciiSlug } from '../slug.ts';

type Office = (typeof STATE_OFFICES)[number];

/** One row of an extract: who held which position in which country, with years. */
export interface HolderRow {
  /** Wikidata id of the country ('' for international offices). */
  countryItem: string;
  countryLabel: string;
  position: string;
  positionLabel: string;
  person: string;
  personLabel: string;
  start: string;
  end: string;
  /** Date of the last snapshot that listed the row, 'YYYY-MM-DD' or 'YYYY'; '' when the extract has no snapshots. */
  lastSeen: string;
}

export interface PersonOverride {
  id?: string;
  name?: string;
  aliases?: string[];
  shortNames?: string[];
  description?: string;
}

export interface Overrides {
  /** The date of the newest snapshot; a role open then but missing from it has ended. */
  newestSnapshot: string;
  /** Wikidata country item → registry country id, where the names differ. */
  countries: Record<string, string>;
  /** Country items that are not countries of the registry (breakaway states, subnational units). */
  skipCountries: string[];
  /** Persons (Wikidata ids) left out: wrong or undated statements. */
  exclude: string[];
  /** Rows left out, as "person position start". */
  excludeRows: string[];
  /** Position labels (normalised) → office, or null for positions that are no office we measure. */
  positions: Record<string, Office | null>;
  /** Position labels (normalised) left out entirely. */
  skipPositions: string[];
  people: Record<string, PersonOverride>;
}

export interface OutputFile {
  /** Path relative to the officials folder, such as "africa/kenya.yaml". */
  path: string;
  officials: Official[];
}

/** Registry region folder for each world-countries subregion. */
const REGION_OF_SUBREGION: Record<string, string> = {
  'Central America': 'north-america',
  'North America': 'north-america',
  'the Caribbean': 'north-america',
  'South America': 'south-america',
  'Central Asia': 'asia',
  'Eastern Asia': 'asia',
  'South-Eastern Asia': 'asia',
  'Southern Asia': 'asia',
  'Western Asia': 'middle-east',
  'Central Europe': 'europe',
  'Eastern Europe': 'europe',
  'Northern Europe': 'europe',
  'Southeast Europe': 'europe',
  'Southern Europe': 'europe',
  'Western Europe': 'europe',
  'Eastern Africa': 'africa',
  'Middle Africa': 'africa',
  'Northern Africa': 'africa',
  'Southern Africa': 'africa',
  'Western Africa': 'africa',
  Melanesia: 'oceania',
  Micronesia: 'oceania',
  Polynesia: 'oceania',
  Oceania: 'oceania',
};
/** Countries placed against their subregion, following the archive's own grouping. */
const REGION_EXCEPTIONS: Record<string, string> = {
  egypt: 'middle-east',
  armenia: 'europe',
  azerbaijan: 'europe',
  georgia: 'europe',
  cyprus: 'europe',
  afghanistan: 'asia',
  iran: 'middle-east',
};

export function regionOf(country: Country): string {
  const exception = REGION_EXCEPTIONS[country.id];
  if (exception !== undefined) return exception;
  const m = /\bin (?:the )?(\p{Lu}[^;.,]+?)(?:[;.,]| that | on | claiming |$)/u.exec(country.description);
  const sub = m?.[1] ?? '';
  return REGION_OF_SUBREGION[sub] ?? REGION_OF_SUBREGION[`the ${sub}`] ?? 'international';
}

const MONARCH_TITLE =
  /^(king|queen|monarch|emir|amir|sultan|prince|grand duke|emperor|pope|yang di-pertuan agong|co-prince|episcopal co-prince|french co-prince)\b/i;
// A chancellor heads the government in Germany and Austria; Britain's Chancellor of the Exchequer is its finance
// minister and the Chancellor of the Duchy of Lancaster a cabinet minister.
const HEAD_OF_GOVERNMENT =
  /^(prime minister|premier|federal chancellor|chancellor(?! of the (exchequer|duchy))|taoiseach|chief minister|minister of state of monaco|president of the government|president of the council of ministers|chairman of the council of ministers|president of the executive yuan)\b/i;
const HEAD_OF_STATE =
  /^(president|king|queen|monarch|emir|amir|sultan|prince|emperor|pope|supreme leader|yang di-pertuan agong|captain regent|co-prince|episcopal co-prince|french co-prince|chairman of the presidential council|head of state|o le ao o le malo)\b/i;

/** The measured office of a position, from the overrides or from its title. */
export function officeOf(positionLabel: string, overrides: Overrides): Office | undefined {
  const key = normaliseAlias(positionLabel);
  if (key in overrides.positions) return overrides.positions[key] ?? undefined;
  if (HEAD_OF_GOVERNMENT.test(positionLabel)) return 'head-of-government';
  if (HEAD_OF_STATE.test(positionLabel)) return 'head-of-state';
  return undefined;
}

const NOT_THE_OFFICE =
  /\b(Deputy|Vice|Acting|Spokes|Press|Crown Prince|Kurdistan|Supreme Political Council|of State for)\b/i;
const TITLE_OFFICES: [RegExp, Office][] = [
  [
    /^(Minister (of|for) (Europe and )?Foreign Affairs|Foreign (Minister|Secretary)|Secretary of State$|Minister of External (Affairs|Relations))/i,
    'foreign-minister',
  ],
  [
    /^(Minister (of|for) (National )?Defen[cs]e|Secretary of Defense|Defence Secretary|Secretary of State for Defence|Minister of the Armed Forces)/i,
    'defence-minister',
  ],
  [
    /^(Minister (of|for) (the )?(Interior|Internal Affairs|Home Affairs)|Minister of Interior|Home Secretary)/i,
    'interior-minister',
  ],
  [
    /^(Chief of (the )?(General|Defence|Army) Staff|Chief of Staff of the Armed Forces|Chairman of the Joint Chiefs of Staff|Commander of the [A-Z][\w ]* Armed Forces)/i,
    'armed-forces-chief',
  ],
  [/^Chairman of the Sovereignty Council/i, 'head-of-state'],
];

/**
 * The measured office of a hand-written role, read from its title when the record does not say it: heads of
 * state and government as for the data, and the usual titles of the four ministers and chiefs. Deputies, acting
 * holders, spokespeople and regional offices are never the office.
 */
export function officeFromTitle(title: string, overrides: Overrides): Office | undefined {
  if (NOT_THE_OFFICE.test(title)) return undefined;
  return TITLE_OFFICES.find(([re]) => re.test(title))?.[1] ?? officeOf(title, overrides);
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A year-precision date from the extract, or undefined for junk. */
function year(s: string): string | undefined {
  return /^\d{4}$/.test(s) ? s : undefined;
}

interface DatasetPerson {
  item: string;
  label: string;
  roles: Role[];
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

function compareRoles(a: Role, b: Role): number {
  return a.start < b.start ? -1 : a.start > b.start ? 1 : a.title < b.title ? -1 : a.title > b.title ? 1 : 0;
}

const NOT_SURNAMES = new Set(
  [
    'ii',
    'iii',
    'iv',
    'vi',
    'jr',
    'jr.',
    // Generational suffixes of Portuguese names ("Carlos Gomes Júnior"): not a family name on their own.
    'júnior',
    'junior',
    'filho',
    'sr',
    'sr.',
    'al',
    'el',
    'bin',
    'ibn',
    'de',
    'da',
    'van',
    'von',
    // Surnames that are ordinary words, places or very common names: never a mention on their own.
    'ali',
    'khan',
    'ahmed',
    'ahmad',
    'mohamed',
    'mohammed',
    'muhammad',
    'hassan',
    'hussein',
    'ibrahim',
    'abdullah',
    'said',
    'salem',
    'mitchell',
    'brown',
    'white',
    'green',
    'young',
    'king',
    'rose',
    'hope',
    'may',
    'rice',
    'lee',
    'kim',
    'park',
    'wong',
    'chan',
    'shah',
    'martin',
    'thomas',
    'james',
    'john',
    'paul',
    'george',
    'moses',
    'francis',
    'dan',
    'rama',
    'mina',
    'ramos',
    'santos',
    'silva',
    'costa',
    'ortega',
    'hernandez',
    'hernández',
    'garcia',
    'garcía',
    'lopez',
    'lópez',
    'sanchez',
    'sánchez',
    'gonzalez',
    'gonzález',
    'rodriguez',
    'rodríguez',
    'sharif',
    'aoun',
    'salam',
    'deby',
    'déby',
    'japarov',
    'mitsotakis',
    'berdimuhamedow',
    'rajapaksa',
    'bhutto',
    'kenyatta',
    'gandhi',
    'gnassingbé',
    'bongo',
    'kabila',
    'aliyev',
    'karimov',
    'nazarbayev',
    // given names that Arabic, Persian and South Asian names also use as family names
    'hamid',
    'karim',
    'rahman',
    'salih',
    'saleh',
    'yusuf',
    'omar',
    'khalid',
    'faisal',
    'nasser',
    'abbas',
    'aziz',
    'hussain',
    'rashid',
    'mansour',
    'salman',
    'sultan',
    'zayed',
    'hamad',
    'bashir',
    'ismail',
    'mahmoud',
    'mahmud',
    'jaafari',
    'othman',
    'hassan',
    'haidar',
    'haider',
    'qasim',
    'kamal',
    'jamal',
    'adel',
    'nabil',
    'walid',
    'sabah',
    'singh',
    'kumar',
    'islam',
    'uddin',
    // English words and very common English family names
    'bishop',
    'gates',
    'hague',
    'johnson',
    'smith',
    'jones',
    'williams',
    'taylor',
    'davis',
    'miller',
    'wilson',
    'moore',
    'clark',
    'lewis',
    'walker',
    'hall',
    'allen',
    'wright',
    'scott',
    'baker',
    'adams',
    'nelson',
    'carter',
    'roberts',
    'turner',
    'phillips',
    'campbell',
    'parker',
    'evans',
    'edwards',
    'collins',
    'stewart',
    'morris',
    'rogers',
    'reed',
    'cook',
    'morgan',
    'bell',
    'murphy',
    'bailey',
    'cooper',
    'richardson',
    'howard',
    'ward',
    'watson',
    'brooks',
    'kelly',
    'sanders',
    'price',
    'bennett',
    'wood',
    'barnes',
    'ross',
    'henderson',
    'coleman',
    'jenkins',
    'perry',
    'powell',
    'long',
    'patterson',
    'hughes',
    'flores',
    'washington',
    'butler',
    'simmons',
    'foster',
    'bryant',
    'alexander',
    'russell',
    'griffin',
    'hayes',
    'myers',
    'ford',
    'graham',
    'sullivan',
    'wallace',
    'woods',
    'west',
    'jordan',
    'owens',
    'reynolds',
    'fisher',
    'ellis',
    'harrison',
    'gibson',
    'mcdonald',
    'marshall',
    'crosby',
    'victoire',
    'grant',
    'chase',
    'noble',
    'english',
    'hunt',
    'cameron',
    'brown',
    'thompson',
    'anderson',
    'jackson',
    'harris',
    'martinez',
    'robinson',
    'peterson',
    'gray',
    'hill',
    'thomas',
    'stuart',
    'arthur',
    'golding',
    'manning',
    'spencer',
    'douglas',
    'anthony',
    'christie',
    'rowley',
    'bird',
    'king',
    'ridge',
    'caine',
    'patel',
    'morrison',
    'abbott',
    'major',
    'page',
    'little',
    'wells',
    'mills',
    'stone',
    'rivers',
    'banks',
    'holmes',
    'fields',
    'parks',
    'hart',
    'lane',
    'rose',
    'moreno',
    'morales',
    'torres',
    'ramírez',
    'ramirez',
    'díaz',
    'diaz',
    'pérez',
    'perez',
    'martín',
    'gómez',
    'gomez',
    'ruiz',
    'jiménez',
    'jimenez',
    'álvarez',
    'alvarez',
    'romero',
    'navarro',
    'vázquez',
    'vazquez',
    'castro',
    'ortiz',
    'medina',
    'herrera',
    'aguilar',
    'mendoza',
    'vargas',
    'rojas',
    'guzmán',
    'guzman',
    'mejía',
    'mejia',
    'gutiérrez',
    'gutierrez',
    'fernández',
    'fernandez',
    'sosa',
    'silva',
    'santos',
    'pereira',
    'ferreira',
    'oliveira',
    'souza',
    'lima',
    'carvalho',
    'gomes',
    'martins',
    'rocha',
    'almeida',
    'ribeiro',
    'alves',
    'barbosa',
    'cardoso',
    'teixeira',
    'monteiro',
    'mendes',
    'nunes',
    'soares',
    'vieira',
    'duarte',
    'araújo',
    'araujo',
    'correia',
    'lopes',
    'marques',
    'pinto',
    'cunha',
    'fonseca',
    'moura',
    'neves',
    'campos',
    'baptista',
    'bell',
    'young',
    'joseph',
    'charles',
    'george',
    'peter',
    'michel',
    'pierre',
    'louis',
    'jean',
    'marie',
    'simon',
    'andrew',
    'bruce',
    'grace',
    'faith',
    'noble',
    'sharp',
    'golden',
    'strong',
    'swift',
    'cross',
    'long',
    'short',
    'sterling',
  ].map(normaliseAlias),
);

/**
 * Countries whose people carry two family names, the father's first: "Roberto Legrá Sotolongo" is "Legrá" and
 * "Roberto Legrá" in the press. Portuguese-speaking countries are not listed: there the main family name comes
 * last ("Pedro Passos Coelho" is "Passos Coelho", "Aníbal Cavaco Silva" is "Cavaco Silva").
 */
export const FATHERS_SURNAME_FIRST_COUNTRIES: ReadonlySet<string> = new Set(
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
export const PORTUGUESE_NAME_COUNTRIES: ReadonlySet<string> = new Set(
  'brazil cape-verde guinea-bissau portugal sao-tome-and-principe timor-leste'.split(' '),
);

/**
 * Countries whose names put the family name first, as the English-language press keeps them: "Xi Jinping" is
 * "Xi", "Hun Manet" is "Hun Manet"; the last word is a given name and never a short name.
 */
export const FAMILY_NAME_FIRST_COUNTRIES: ReadonlySet<string> = new Set([
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

/** The country a person's record is filed under: that of the latest role with one. */
function countryOf(roles: Role[]): string | undefined {
  return [...roles].reverse().find((r) => r.country !== undefined)?.country;
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

/** A hand-curated term from `officials-curated/*.csv`: one person in one office, with the page it was read from. */
export interface CuratedTerm {
  country: string;
  title: string;
  /** The measured office; '' to read it from the title. */
  office: string;
  name: string;
  start: string;
  end: string;
  source: string;
}

interface Inputs {
  countries: Country[];
  heads: HolderRow[];
  international: HolderRow[];
  curated: { file: string; official: Official }[];
  /** Terms written by hand in CSV, for offices and years the extracts do not cover. */
  terms?: CuratedTerm[];
  /**
   * Officials kept in hand-written files this generator does not write (armed-group people): anyone of the same
   * name is left to that file, and reported.
   */
  external?: Official[];
  /**
   * Names and aliases of the registered armed groups: a generated short name equal to one of them, or to one
   * without its generic last word, is dropped, as the group owns it ("Wagner" is the Wagner Group, not a minister
   * whose surname is Wagner).
   */
  militiaNames?: string[];
  overrides: Overrides;
}

/** Builds the output files from the inputs. Pure: no file system. */
export function generateOfficials(inputs: Inputs): OutputFile[] {
  const { countries, overrides } = inputs;
  const countryById = new Map(countries.map((c) => [c.id, c]));
  const countryByName = new Map<string, Country>();
  for (const c of countries) for (const n of [c.name, ...c.aliases]) countryByName.set(normaliseAlias(n), c);
  const skipCountries = new Set(overrides.skipCountries);
  const countryIdOf = (row: HolderRow): string | undefined => {
    if (skipCountries.has(row.countryItem)) return undefined;
    const mapped = overrides.countries[row.countryItem];
    if (mapped !== undefined) return countryById.has(mapped) ? mapped : undefined;
    const byWikidata = countries.find((c) => c.wikidata === row.countryItem);
    return (byWikidata ?? countryByName.get(normaliseAlias(row.countryLabel)))?.id;
  };

  const dataset = peopleFromRows([...inputs.heads, ...inputs.international], overrides, countryIdOf);

  // Curated records, indexed for matching.
  const curatedByItem = new Map<string, Official>();
  const curatedByNameCountry = new Map<string, Official>();
  const curatedWithoutCountry = new Map<string, Official>(); // international and armed-group people, by name
  for (const { official } of inputs.curated) {
    if (official.wikidata !== undefined) curatedByItem.set(official.wikidata, official);
    for (const n of [official.name, ...official.aliases]) {
      if (!hasCountryRole(official)) curatedWithoutCountry.set(nameKey(n), official);
      for (const r of official.roles) {
        if (r.country !== undefined) curatedByNameCountry.set(`${nameKey(n)}|${r.country}`, official);
      }
    }
  }

  const merged = new Map<string, Official>(); // by id
  const fileOfId = new Map<string, string>();
  for (const { official, file } of inputs.curated) {
    merged.set(official.id, structuredClone(official));
    fileOfId.set(official.id, file);
  }

  const fixedAliases = new Set<string>(); // generated records whose aliases the overrides give
  const usedIds = new Set([...merged.keys(), ...(inputs.external ?? []).map((o) => o.id)]);
  const externalNames = new Set((inputs.external ?? []).flatMap((o) => [o.name, ...o.aliases].map(nameKey)));
  const generated: Official[] = [];
  for (const p of dataset) {
    const override = overrides.people[p.item] ?? {};
    const name = override.name ?? p.label;
    const curated =
      curatedByItem.get(p.item) ??
      (override.id === undefined ? undefined : merged.get(override.id)) ??
      p.roles
        .map((r) => curatedByNameCountry.get(`${nameKey(name)}|${r.country ?? ''}`))
        .find((o) => o !== undefined) ??
      curatedWithoutCountry.get(nameKey(name));
    if (curated !== undefined) {
      const target = merged.get(curated.id)!;
      target.wikidata ??= p.item;
      for (const role of p.roles) addTerm(target, role);
      const key = `wikidata:${p.item}`;
      if (!(target.sources ?? []).includes(key)) target.sources = [...(target.sources ?? []), key];
      continue;
    }
    if (/^Q\d+$/.test(name)) continue; // no label: cannot be named
    if (externalNames.has(nameKey(name))) continue;
    let id = override.id ?? asciiSlug(name);
    if (usedIds.has(id)) id = `${id}-${p.roles[0]?.country ?? 'intl'}`;
    if (usedIds.has(id)) id = `${id}-${p.item.toLowerCase()}`;
    usedIds.add(id);
    const surname = distinctiveSurname(name, countryOf(p.roles));
    if (override.aliases !== undefined) fixedAliases.add(id);
    const official: Official = {
      id,
      kind: 'official',
      name,
      aliases: override.aliases ?? [],
      shortNames: override.shortNames ?? (surname === undefined ? [] : [surname]),
      description: override.description ?? '',
      roles: p.roles,
      wikidata: p.item,
      sources: [`wikidata:${p.item}`],
    };
    generated.push(official);
    merged.set(id, official);
  }

  const terms = (inputs.terms ?? []).filter((t) => !externalNames.has(nameKey(t.name)));
  addCuratedTerms(terms, merged, usedIds, countryById, overrides);

  const handWritten = new Set(inputs.curated.map((c) => c.official.id));
  for (const id of handWritten) {
    for (const role of merged.get(id)?.roles ?? []) {
      if (role.office !== undefined || role.country === undefined) continue;
      const office = officeFromTitle(role.title, overrides);
      if (office !== undefined) role.office = office;
    }
  }
  for (const o of merged.values()) {
    if (handWritten.has(o.id)) continue;
    o.roles.sort(compareRoles);
    if (!fixedAliases.has(o.id)) {
      o.aliases = [
        ...new Set([
          ...pressForms(o.name, countryOf(o.roles)),
          ...monarchForms(o.name, o.roles),
          ...honorifics(o.name, o.roles),
        ]),
      ];
    }
    if (o.description === '') {
      const country = o.roles.find((r) => r.country !== undefined)?.country;
      o.description = `${personOf(country, kindOfPerson(o.roles), countryById)}; ${describeRoles(o.roles)}.`;
    }
  }
  dropClashingNames([...merged.values()], countries, inputs.militiaNames ?? [], (o) => !handWritten.has(o.id));

  const files = new Map<string, Official[]>();
  for (const official of merged.values()) {
    official.roles.sort(compareRoles);
    const path = fileOfId.get(official.id) ?? fileFor(official, countryById);
    const list = files.get(path) ?? [];
    list.push(official);
    files.set(path, list);
  }
  return [...files.entries()]
    .map(([path, officials]) => ({ path, officials: officials.sort((a, b) => (a.id < b.id ? -1 : 1)) }))
    .sort((a, b) => (a.path < b.path ? -1 : 1));
}

/**
 * Adds the hand-curated terms: to the record of the same name (or alias) and country when there is one, else as
 * a new record that names the terms' pages as its sources.
 */
function addCuratedTerms(
  terms: CuratedTerm[],
  merged: Map<string, Official>,
  usedIds: Set<string>,
  countryById: Map<string, Country>,
  overrides: Overrides,
): void {
  const byNameCountry = new Map<string, Official>();
  // International offices carry no country: their holders are found by name alone, when the name is unique.
  const byName = new Map<string, Official | null>();
  const index = (o: Official) => {
    for (const n of [o.name, ...o.aliases]) {
      const key = nameKey(n);
      const other = byName.get(key);
      byName.set(key, other === undefined || other === o ? o : null);
      for (const r of o.roles) byNameCountry.set(`${nameKey(n)}|${r.country ?? ''}`, o);
    }
  };
  for (const o of merged.values()) index(o);
  for (const t of terms) {
    if (t.country !== '' && !countryById.has(t.country)) {
      throw new Error(`curated term of ${t.name}: unknown country "${t.country}"`);
    }
    const role: Role = { title: t.title, start: t.start };
    const office = t.office === '' ? officeOf(t.title, overrides) : (t.office as Office);
    if (office !== undefined) role.office = office;
    if (t.country !== '') role.country = t.country;
    if (t.end !== '') role.end = t.end;
    const key = `${nameKey(t.name)}|${t.country}`;
    const sameName = byName.get(nameKey(t.name)) ?? undefined;
    let target =
      byNameCountry.get(key) ??
      (t.country === '' || (sameName !== undefined && !hasCountryRole(sameName)) ? sameName : undefined);
    if (target === undefined) {
      let id = asciiSlug(t.name);
      if (usedIds.has(id)) id = `${id}-${t.country === '' ? 'intl' : t.country}`;
      usedIds.add(id);
      const surname = distinctiveSurname(t.name, t.country === '' ? undefined : t.country);
      target = {
        id,
        kind: 'official',
        name: t.name,
        aliases: [],
        shortNames: surname === undefined ? [] : [surname],
        description: '',
        roles: [],
        sources: [],
      };
      merged.set(id, target);
    }
    addTerm(target, role, { curated: true });
    if (!(target.sources ?? []).includes(t.source)) target.sources = [...(target.sources ?? []), t.source];
    index(target);
  }
}

/** Names compared for "same person": case, diacritics and punctuation folded ("Nguyễn Xuân Phúc" = "Nguyen Xuan Phuc"). */
function nameKey(name: string): string {
  return asciiSlug(name);
}

/**
 * Adds a term unless the record has it already; a matching term without an office takes the new one's. A curated
 * term (a CSV row read from a page) also dates the matching term: a more precise start, and an end unless the
 * matching term's end is the same date or a more precise form of it (the extracts end a term in the year a
 * successor was first seen, which can be years late).
 */
function addTerm(target: Official, role: Role, { curated = false } = {}): void {
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

function hasCountryRole(o: Official): boolean {
  return o.roles.some((r) => r.country !== undefined);
}

function sameTerm(a: Role, b: Role): boolean {
  if (a.country !== b.country) return false;
  const sameStartYear = a.start.slice(0, 4) === b.start.slice(0, 4);
  if (a.office !== undefined && a.office === b.office && sameStartYear) return true;
  return normaliseAlias(a.title) === normaliseAlias(b.title) && sameStartYear;
}

/** Where an official's record goes: the country of the latest role, or the international file. */
function fileFor(official: Official, countryById: Map<string, Country>): string {
  const latest = countryOf(official.roles);
  const country = latest === undefined ? undefined : countryById.get(latest);
  if (country === undefined) return 'international/organisations.yaml';
  return `${regionOf(country)}/${country.id}.yaml`;
}

/**
 * Generated aliases and short names that another entity already claims are dropped (the curated record keeps
 * them): two people of the same name, or a surname that is a country's name.
 */
function dropClashingNames(
  officials: Official[],
  countries: Country[],
  militiaNames: string[],
  isGenerated: (o: Official) => boolean,
): void {
  const owner = new Map<string, string>();
  for (const c of countries) for (const n of [c.name, ...c.aliases, ...c.demonyms]) owner.set(normaliseAlias(n), c.id);
  const curatedFirst = [...officials].sort((a, b) => Number(isGenerated(a)) - Number(isGenerated(b)));
  for (const o of curatedFirst) {
    const keep = (n: string): boolean => {
      const key = normaliseAlias(n);
      const by = owner.get(key);
      if (by !== undefined && by !== o.id) return false;
      owner.set(key, o.id);
      return true;
    };
    if (!keep(o.name) && isGenerated(o)) {
      o.name = `${o.name} (${o.roles[0]?.country ?? 'international'})`;
      owner.set(normaliseAlias(o.name), o.id);
    }
    o.aliases = o.aliases.filter((a) => junkReason(a) === undefined && keep(a));
  }
  for (const o of officials) {
    o.shortNames = o.shortNames.filter((s) => {
      const by = owner.get(normaliseAlias(s));
      return by === undefined || by === o.id;
    });
  }
  // A surname two generated officials share is not distinctive. Compared folded, as the detector reads text:
  // "Orban" in a report is both Orbán and Orban.
  const surnameKey = (s: string) => foldString(normaliseAlias(s));
  const count = new Map<string, number>();
  for (const o of officials)
    for (const s of o.shortNames) count.set(surnameKey(s), (count.get(surnameKey(s)) ?? 0) + 1);
  // The detector reads a group's name without its generic last word as the group too ("Wagner").
  const groupNames = new Set(militiaNames.flatMap((n) => [n, groupShortName(n) ?? n]).map(surnameKey));
  for (const o of officials) {
    if (isGenerated(o))
      o.shortNames = o.shortNames.filter((s) => count.get(surnameKey(s)) === 1 && !groupNames.has(surnameKey(s)));
  }
}

// --- reading and writing -------------------------------------------------------------------------------------
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (c !== '\r') field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
