/**
 * Place and first-name rules: when a registered name in the text is not the entity.
 *  - Countries that are something else: "<country> <Place word>" ("Palestine Street", "Jordan River") is a place;
 *    "<country>, <US state>" ("Lebanon, Pennsylvania") is a town; "New Mexico" is not Mexico;
 *    "Latin/South/North/Central America(n)" is not the United States; "Lake Chad", "Puerto Jordan", "the South China
 *    Sea" and "the Indian Ocean" are places;
 *    a country that starts a group's name ("Sudan People's Liberation Movement-North") is not the country;
 *    news agencies named after a country ("Agence France-Presse") are nothing (NOT_ENTITY_NAMES); a country or
 *    demonym that starts a non-state organisation's or event's name ("Norwegian Refugee Council", "Ethiopian
 *    Broadcasting Corporation", "Cuban Revolution") is not the country; nor is a demonym naming a language
 *    ("French-speaking"); nor a demonym naming a territory ("British Southern Cameroons", "French West Africa").
 *    A country's own army and national news agency name it ("South Sudan People's Defence Forces", "Philippines
 *    News Agency", "News Agency of Nigeria"), as the held-out gold reads a country inside its own state body's
 *    name since 2026-11-26.
 *  - A single-word country directly followed by a capitalised word that is not a known continuation is a first
 *    name ("Chad Thompson", "Jordan Peterson"; not applied in all-caps or title-case fields); after a given name or
 *    "the late" it is a family name ("Mohammed Chad", "the late Chad"), after a region's adjective not
 *    ("Northern Chad").
 *  - Georgia is the US state after a Georgia city ("Atlanta, Georgia"), after "state of", before ", U.S." /
 *    ", USA", or before "governor", "state", "senator", "legislature", "lawmakers", "House", "Tech"; once one
 *    "Georgia" is the state, every "Georgia" in the article is (see the detector).
 *  - A group's or country's name after "al-" and a capitalised word is a family name ("Mohammed Ali al-Houthi").
 *  - An official's short name counts only after the full name, and not after another given name ("Abdel Rahim
 *    Dagalo" is a relative of Mohamed Hamdan Dagalo).
 *  - A person's name directly followed by another name word is a longer name, someone else's: "Joaquín Guzmán
 *    López" is not Joaquín Guzmán (not applied in all-caps or title-case fields).
 */
import { foldString } from '../text.ts';
import { isCapitalisedWord, nextWord, prevWord } from './field.ts';
import { LEADING_STOP, TITLE_HEADS, TITLE_MODIFIERS } from './names.ts';
import { ORG_WORDS } from './precision-rules.ts';

/** Words after a country name that make it a place ("Palestine Street", "Jordan River"); compared in lower case. */
export const PLACE_WORDS: ReadonlySet<string> = new Set(
  'street st road rd avenue ave square sq hotel airport stadium bridge boulevard blvd lane mall park hospital tower towers gate circle plaza station river valley highway roundabout delta basin sea ocean'.split(
    ' ',
  ),
);

/** Words before a country name that make it a place named after it ("Lake Chad", "Puerto Jordan"). */
export const PLACE_PREFIXES: ReadonlySet<string> = new Set(
  'Lake Puerto Port Fort Mount Cape San Santa Santo Saint Rio Río Ciudad Villa Nueva Nuevo Gulf'.split(' '),
);

/** The same in lower case, as some reports write them: "the lake Chad region", "the river Niger". */
const LOWER_PLACE_PREFIXES: ReadonlySet<string> = new Set(['lake', 'river', 'gulf']);

/**
 * Names that contain a country's name but are neither the country nor any registered entity (news agencies and
 * broadcasters): matched like aliases so that the longest match claims the words, and tagged as nothing.
 */
export const NOT_ENTITY_NAMES: readonly string[] = [
  'Agence France-Presse',
  'France-Presse',
  'France 24',
  'Radio France Internationale',
  'Voice of America',
  'Radio Free Asia',
  'Radio Free Europe',
  'Air France',
  'Bank of America',
  'Captain America',
];

/**
 * Former states and parts of other states whose names hold a country's name: "North Yemen" and "East Germany" were
 * states of their own, "Northern Ireland" is part of the United Kingdom, "Northern Cyprus" a breakaway state. Each
 * is a longer proper name (the held-out gold's rule), not the country, and no page of ours: claimed like
 * NOT_ENTITY_NAMES, and only as capitalised names ("northern Yemen" is still Yemen).
 */
export const FORMER_STATE_NAMES: readonly string[] = [
  'North Yemen',
  'South Yemen',
  'East Germany',
  'West Germany',
  'North Vietnam',
  'South Vietnam',
  'East Pakistan',
  'West Pakistan',
  'Northern Ireland',
  'Northern Cyprus',
  'North Cyprus',
];

/** Words of a name that make a country at its start part of a group's name ("Sudan People's Liberation Movement"). */
const GROUP_NAME_WORDS =
  /^(?: (?:People's|Peoples'|People|of|the|for|and|National|Islamic|Democratic|Revolutionary|Patriotic|Popular|United|Free|[\p{Lu}][\p{L}'-]*)){0,5}? (?:Liberation|Movement|Front|Brigades|Militia|Resistance|Mujahideen)\b/u;

/** Capitalised words that may follow a single-word country name without making it a first name. */
export const COUNTRY_CONTINUATIONS: ReadonlySet<string> = new Set(
  (
    'War Wars Government Army Navy Air Force Forces Armed Ministry Embassy Consulate Mission Cup Central Bank ' +
    'National Defense Defence Foreign Interior Prime President Presidential Vice Minister Ministers Parliament ' +
    'Council Senate Congress Supreme High Court Coast Guard Guards Border Police Security Intelligence Special ' +
    'Envoy Ambassador King Queen Prince Crown Revolutionary Islamic Democratic Republic Kingdom Federal Olympic ' +
    'Red Crescent Cross International Times Post News TV Television Radio Today Airways Airlines Petroleum Oil Gas ' +
    'Inquiry Study Group Committee Commission Affairs Relief Fund Investment State Authority Agency Institute ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August ' +
    'September October November December'
  ).split(' '),
);

/** Cities of the US state of Georgia: "Atlanta, Georgia" is the state. */
export const GEORGIA_CITIES: ReadonlySet<string> = new Set(
  'Atlanta Savannah Augusta Macon Columbus Athens Albany Marietta Valdosta Roswell Alpharetta Decatur Brunswick'.split(
    ' ',
  ),
);
/** "Lebanon, Pennsylvania", "Peru, Indiana": a country's name followed by a US state is a town there. */
const US_STATE_AFTER_COMMA =
  /^, (?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|Pa\.|Ind\.|Mo\.|Tenn\.|Ky\.|N\.H\.|N\.Y\.)(?![\p{L}])/u;
const GEORGIA_STATE_NEXT = new Set(
  'governor gov state senator legislature lawmaker lawmakers senate house republican republicans democrat democrats county primary tech'.split(
    ' ',
  ),
);
const AMERICAS_QUALIFIERS = new Set(['Latin', 'South', 'North', 'Central', 'Native', 'Pan']);

/** How a country's name at [start, end) of the normalised text `n` reads. */
export type CountryReading = 'country' | 'not-country' | 'us-state-of-georgia';

export interface CountryMatch {
  /** The matched alias has one word. */
  oneWord: boolean;
  acronym: boolean;
  demonym: boolean;
}

export interface FieldStyle {
  shouted: boolean;
  titleCase: boolean;
}

/**
 * The rest of a non-state organisation's, outlet's, party's or event's name after a country or demonym
 * ("Pakistan Tehreek-e-Insaf", "Bangladesh Nationalist Party").
 */
const ORGANISATION_AFTER =
  /^(?: [\p{Lu}][\p{L}'’-]*){0,3}? (?:University|Institute|Corporation|Broadcasting|Airlines|Airways|Company|Foundation|Society|Red Cross|Red Crescent|Observatory|Revolution|Museum|Refugee Council|Times|Herald|Tribune|Party|League|Tehreek-e-[\p{L}]+)(?![\p{L}])/u;

/**
 * The rest of a joint project's name after the first of two countries ("China-Pakistan Economic Corridor",
 * "Iran-Iraq Friendship Bridge"): neither country is named by it.
 */
const JOINT_PROJECT_AFTER =
  /^-\p{Lu}[\p{L}'’]*(?: \p{Lu}[\p{L}'’-]*){0,2}? (?:Corridor|Pipeline|Railway|Highway|Bridge|Dam|Canal)(?![\p{L}])/u;
/** The rest of such a name after the second country ("Pakistan Economic Corridor" after "China-"). */
const JOINT_PROJECT_REST =
  /^(?: \p{Lu}[\p{L}'’-]*){0,2}? (?:Corridor|Pipeline|Railway|Highway|Bridge|Dam|Canal)(?![\p{L}])/u;

/** The start of an organisation's name before "of <country>". */
const ORGANISATION_BEFORE =
  /\p{Lu}[\p{L}'’-]* (?:University|Bank|Institute|Corporation|Society|Academy|Museum|Observatory) of (?:the )?$/u;
/** "State", or "state" before a state's offices, after a country's name. */
const STATE_AFTER =
  /^ (?:State\b|[Gg]overnor\b|state (?:[Gg]overnor|[Gg]overnment|[Cc]ommand|[Pp]olice|[Aa]ssembly|[Hh]ouse|[Cc]ommissioner)\b)/u;

/** A lower-case "state" after a country's name that ends it: a possessive, a punctuation mark or a sentence word. */
const STATE_ENDING_NAME =
  /^ state(?:['’]s\b|[,.;:)]|$| (?:late|early|on|in|at|and|or|where|which|who|when|last|this|after|before|since|was|were|is|has|had|said|says)\b)/u;

/**
 * A territory named after a colonial power, or a region with a compass word: "British Southern Cameroons", "French
 * West Africa", "Spanish Sahara", "British Columbia" are not the power.
 */
const TERRITORY_AFTER =
  /^ (?:(?:Southern|Northern) Cameroons|Cameroons|Togoland|Somaliland|Guiana|Honduras|Columbia|Indochina|Raj|Mandate|Sahara|(?:West|East|Equatorial) Africa|North Borneo|(?:West|East) Indies|Virgin Islands|Antarctic Territory|Overseas Territor(?:y|ies))(?![\p{L}])/u;

/**
 * "French-speaking", "English-language", "the French initials for", "(Spanish abbr: ELN)", "its Arabic name": a
 * demonym naming a language, here or "in French." before a stop or "as" ("known in Spanish as ...").
 */
const LANGUAGE_AFTER =
  /^(?:[-\u2010\u2011 ](?:speaking|speaker|speakers|language)\b| (?:initials|acronym|abbreviation|abbr|name|word|term|translation|spelling)\b)/;

/** Whether the country at [start, end) is one of the two that open a joint project's name. */
function isInJointProjectName(n: string, start: number, end: number): boolean {
  if (n.charCodeAt(end) === 0x2d) return JOINT_PROJECT_AFTER.test(n.slice(end, end + 60));
  if (n.charCodeAt(start - 1) !== 0x2d || !/\p{Lu}\p{Ll}+-$/u.test(n.slice(Math.max(0, start - 30), start)))
    return false;
  return JOINT_PROJECT_REST.test(n.slice(end, end + 50));
}

/**
 * Whether a country's name or demonym at [start, end) is the country. `startsName` says whether a word begins
 * some registered name (then "Iraq Kurdistan"-like continuations are not first names).
 */
export function readCountry(
  n: string,
  start: number,
  end: number,
  match: CountryMatch,
  style: FieldStyle,
  startsName: (foldedWord: string) => boolean,
): CountryReading {
  const folded = foldString(n.slice(start, end));
  const before = prevWord(n, start);
  // (Most of the rules below read a space, or a space and a capital, or a comma right after the name, and one an
  // "of" before it: looked at first, since a country is named in most paragraphs.)
  const spaceAfter = n.charCodeAt(end) === 0x20;
  const capitalAfter = spaceAfter && !isAsciiButNotCapital(n.charCodeAt(end + 1));
  if (folded.startsWith('america') && before !== null && AMERICAS_QUALIFIERS.has(before)) return 'not-country';
  // "Norwegian Refugee Council", "United States International University": the first words of a non-state
  // organisation's name (in running text, where capitals mark names).
  if (capitalAfter && ORGANISATION_AFTER.test(n.slice(end, end + 80)) && !style.titleCase && !style.shouted)
    return 'not-country';
  // "the China-Pakistan Economic Corridor": a joint project's name, in running text.
  // (Style asked last: a field's title case is worked out when first asked.)
  if (isInJointProjectName(n, start, end) && !style.titleCase && !style.shouted) return 'not-country';
  // "University of Nigeria": the end of an organisation's name ("News Agency of Nigeria", a state agency, names it).
  if (
    (before === 'of' || before === 'the') &&
    ORGANISATION_BEFORE.test(n.slice(Math.max(0, start - 40), start)) &&
    !style.titleCase &&
    !style.shouted
  )
    return 'not-country';
  // "WITHIN NIGERIA learnt that ...", "DAILY NIGERIAN gathered": a news outlet's name in capitals, in running text.
  if (spaceAfter && !style.shouted && isOutletInCapitals(n, start, end, before)) return 'not-country';
  // "French-speaking Cameroon", "English-language media": a demonym that names a language is not the country.
  if (match.demonym) {
    if (capitalAfter && TERRITORY_AFTER.test(n.slice(end, end + 40)) && !style.titleCase && !style.shouted)
      return 'not-country';
    if (LANGUAGE_AFTER.test(n.slice(end, end + 14))) return 'not-country';
    // ("does not speak French nor understand Sango": a language after a verb of speaking.)
    if (before !== null && SPEAKING_VERB.test(before)) return 'not-country';
    // "the head of the Russian community of <Place>", "the Somali diaspora": a demonym naming a people, not the state
    // ("Russian troops", "the Russian embassy" are the state).
    if (spaceAfter && PEOPLE_AFTER.test(n.slice(end, end + 16))) return 'not-country';
    // "the Indian Ocean", "the Philippine Sea": a sea named with a demonym is a place.
    if (capitalAfter && SEA_AFTER.test(n.slice(end, end + 8))) return 'not-country';
    // "the Central African country's capital, N'Djamena": a demonym that is also a region's adjective, before a
    // common noun for a state, describes the region (Chad), not the Central African Republic.
    if (spaceAfter && folded === 'central african' && REGION_STATE_NOUN.test(n.slice(end, end + 14)))
      return 'not-country';
    // ("known in Spanish as the Sendero Luminoso": "in <language>" before "as" too.)
    return (before === 'in' || before === 'In') && /^(?:[.,;:)]| as )/.test(n.slice(end, end + 4))
      ? 'not-country'
      : 'country';
  }
  if (before === 'New' || (before !== null && (PLACE_PREFIXES.has(before) || LOWER_PLACE_PREFIXES.has(before))))
    return 'not-country';
  if (spaceAfter && GROUP_NAME_WORDS.test(n.slice(end, end + 80))) return 'not-country';
  const after = nextWord(n, end);
  if (after !== null && PLACE_WORDS.has(after.toLowerCase())) return 'not-country';
  if (n.charCodeAt(end) === 0x2c && US_STATE_AFTER_COMMA.test(n.slice(end, end + 20))) return 'not-country';
  if (folded === 'georgia' && georgiaIsTheState(n, start, end, after)) return 'us-state-of-georgia';
  // "Niger State", "Niger state governor", "Niger governor": a state of another country named like a country
  // (countries have no governors).
  if (spaceAfter && STATE_AFTER.test(n.slice(end, end + 40))) return 'not-country';
  // "in Niger state late on Tuesday", "Niger state's government": a lower-case "state" that ends the name (no
  // "state media" or "state visit" after it) is a state of another country too.
  if (spaceAfter && STATE_ENDING_NAME.test(n.slice(end, end + 16))) return 'not-country';
  // "sent security chiefs to the state of Niger", beside Nigeria: the Nigerian state of that name.
  if (folded === 'niger' && /state of (?:the )?$/i.test(n.slice(Math.max(0, start - 13), start)) && /\bNigeria/.test(n))
    return 'not-country';
  if (
    match.oneWord &&
    !match.acronym &&
    after !== null &&
    isCapitalisedWord(after) &&
    !COUNTRY_CONTINUATIONS.has(after) &&
    !startsName(foldString(after)) &&
    !style.shouted &&
    !style.titleCase
  ) {
    return 'not-country'; // a first name: "Chad Thompson", "Jordan Peterson", "Israel Katz"
  }
  // "a commander, Mohammed Chad, was killed": a single-word country after a given name is a family name (a region's
  // or language's adjective before it, "Northern Chad", "Anglophone Cameroon", is no given name).
  if (
    match.oneWord &&
    !match.acronym &&
    !style.shouted &&
    !style.titleCase &&
    before !== null &&
    !REGION_ADJECTIVE.test(before) &&
    afterGivenName(n, start)
  )
    return 'not-country';
  // "the late Chad was linked to many attacks": a person, named by the family name.
  if (match.oneWord && before === 'late' && /\b[Tt]he late $/.test(n.slice(Math.max(0, start - 9), start)))
    return 'not-country';
  return 'country';
}

/** Adjectives of a region or a language community before a country: "Northern Chad", "Anglophone Cameroon". */
const REGION_ADJECTIVE =
  /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower|Greater|Mainland|Rural|Coastal|Anglophone|Francophone|Lusophone|Arabophone)(?:[ -]?(?:[Ee]ast|[Ww]est)(?:ern)?|[ -]Central)?$/;

/** The verbs with which outlets write of their own reporting: "WITHIN NIGERIA learnt", "DAILY POST gathered". */
const OUTLET_REPORTING_VERB = /^ (?:learnt|learned|gathered|understands|observed|reliably gathered)\b/;

/** Whether a country's name at [start, end) in capitals, after another word in capitals, opens such a verb. */
function isOutletInCapitals(n: string, start: number, end: number, before: string | null): boolean {
  return (
    before !== null &&
    before.length > 1 &&
    /^\p{Lu}+$/u.test(before) &&
    /^\p{Lu}+(?: \p{Lu}+)*$/u.test(n.slice(start, end)) &&
    OUTLET_REPORTING_VERB.test(n.slice(end, end + 24))
  );
}

/** Common nouns for a state after a region's adjective: "a Central African country", "Central African nations". */
const REGION_STATE_NOUN = /^ (?:countr(?:y|ies)|nations?|states?)\b/;

/** Verbs of speaking, reading or writing a language, right before a demonym that names it. */
const SPEAKING_VERB = /^(?:speak|speaks|spoke|speaking|understand|understands|understood|read|reads|write|writes)$/;

/** A people's community, diaspora or minority after a demonym: "the Russian community", "the Somali diaspora". */
const PEOPLE_AFTER = /^ (?:communit(?:y|ies)|diasporas?|minorit(?:y|ies))\b/;

/** A sea's name after a demonym: "Indian Ocean", "Arabian Sea". */
const SEA_AFTER = /^ (?:Ocean|Sea)\b/;

/** An ASCII character other than a capital: no \p{Lu} there. */
function isAsciiButNotCapital(code: number): boolean {
  return code < 0x80 && !(code >= 0x41 && code <= 0x5a);
}

function georgiaIsTheState(n: string, start: number, end: number, after: string | null): boolean {
  const city = prevWord(n, start, ', ');
  return (
    (city !== null && GEORGIA_CITIES.has(city)) ||
    n.slice(Math.max(0, start - 9), start).toLowerCase() === 'state of ' ||
    /^, (?:U\.S\.|USA|United States)/.test(n.slice(end, end + 16)) ||
    (after !== null && GEORGIA_STATE_NEXT.has(after.toLowerCase())) ||
    /^'s (?:governor|legislature|lawmakers?|state senate)/.test(n.slice(end, end + 24))
  );
}

/**
 * The article's mentions without a headline's bare "Niger" when the body names Nigeria's Niger State ("Niger State",
 * "Niger state") and Nigeria: "Gunmen kill 7 in Niger" over such a report is that state, as headlines drop the word
 * "State". A mention of the country in the body still counts.
 */
export function withoutHeadlineNigerForNigerState<M extends { field: string; kind: string; text: string }>(
  mentions: M[],
  bodyTexts: readonly string[],
): M[] {
  const isHeadlineNiger = (m: M) => m.field === 'title' && m.kind === 'country' && foldString(m.text) === 'niger';
  if (!mentions.some(isHeadlineNiger)) return mentions;
  const namesNigerState =
    bodyTexts.some((t) => /\bNiger [Ss]tate\b/.test(t)) && bodyTexts.some((t) => /\bNigeria\b/.test(t));
  return namesNigerState ? mentions.filter((m) => !isHeadlineNiger(m)) : mentions;
}

/**
 * True when the word at `start` follows a capitalised word inside a sentence that is not a title or a stop word:
 * "Abdel Rahim Dagalo" is not Mohamed Hamdan Dagalo, whose short name is "Dagalo". At a sentence's start the word
 * before may be any word ("Later Marin said"), so there it is a given name only when the pair is set apart by a
 * comma, as a full name before its apposition is: "Iris Marín, the ombudsperson," is not Sanna Marin.
 */
export function afterGivenName(n: string, start: number): boolean {
  const before = prevWord(n, start);
  if (before === null || !isCapitalisedWord(before)) return false;
  if (TITLE_HEADS.has(before) || TITLE_MODIFIERS.has(before) || LEADING_STOP.has(before)) return false;
  const j = start - 1 - before.length;
  if (!(j <= 0 || /[.!?:"\u201C(]\s*$/.test(n.slice(Math.max(0, j - 3), j)))) return true;
  let end = start;
  while (end < n.length && /[\p{L}\p{M}'’-]/u.test(n[end]!)) end++;
  return n.charCodeAt(end) === 0x2c && !/ly$/u.test(before);
}

/** A middle initial, with or without its full stop, and a capitalised name word after a name. */
const MIDDLE_INITIAL_AFTER = /^ \p{Lu}\.? \p{Lu}\p{Ll}/u;

/** Adjectives of a language community, capitalised like names: "Anglophone", "Francophone". */
const LANGUAGE_COMMUNITY = /^(?:Anglo|Franco|Luso|Hispano|Arabo)phone$/;

/**
 * True when the name ending at `end` goes on with a capitalised name word that is not a title, an organisation
 * word or a sentence word: "Joaquín Guzmán López" is a longer name than "Joaquín Guzmán", not a mention of him.
 */
export function beforeFurtherName(n: string, end: number): boolean {
  // "Colonel Antonio G. Parlade": a middle initial and a name word go on with the name.
  if (MIDDLE_INITIAL_AFTER.test(n.slice(end, end + 6))) return true;
  const after = nextWord(n, end);
  if (after === null || !isCapitalisedWord(after) || !/^\p{Lu}\p{Ll}/u.test(after)) return false;
  if (after === 'Jr' || after === 'Sr') return false;
  // ("the Biya Francophone regime": an adjective of a language community is no name word.)
  if (LANGUAGE_COMMUNITY.test(after)) return false;
  // "Abbas Sheikh, chief of ...": "Sheikh" with no name after it is a family name, not a title.
  if (after === 'Sheikh') {
    const afterSheikh = n.indexOf(after, end) + after.length;
    return !/^ \p{Lu}/u.test(n.slice(afterSheikh, afterSheikh + 2));
  }
  return !(TITLE_HEADS.has(after) || TITLE_MODIFIERS.has(after) || LEADING_STOP.has(after) || ORG_WORDS.has(after));
}
