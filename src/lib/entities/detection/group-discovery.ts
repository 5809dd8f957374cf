/**
 * Armed-group discovery: groups that are not in the registry but that the article introduces with a clear cue,
 * the way officials are introduced with an office:
 *  - "<Name> rebels", "<Name> militia", "<Name> (<ACRONYM>) terrorists", "<Name> cartel";
 *  - "the armed group <Name>", "the rebel group <Name>", "the drug trafficking group known as <Name>", "a combat
 *    unit known as <Name>", "a militia in <Place> called "<Name>"" (a quoted name may have "and" in it);
 *  - "<Name> (<ACRONYM>), a jihadist group", and without an acronym "<Name>, an anti-government militia group",
 *    "<Name>, a little-known cartel"; such a description outweighs a state-sounding word in the name ("Baloch
 *    National Army (BNA), a shadowy militant group");
 *  - a plural group noun and a list: "two criminal organisations called the Familia Michoacan and the Tequileros";
 *  - a name ending in a fighting-group word ("Arakan Army", "Resistance Brigades", "Restoration Forces") in a
 *    sentence about fighting, when the name ends there ("Chief of Army Staff" is an office), also "Front" and
 *    "Movement" after two words or more ("Kivu Patriotic Front"), unless a registered group's acronym follows in
 *    brackets ("The Resistence Front (TRF)" is that group misspelt); the group's people before "of" ("Fighters of
 *    the ...") are no part of the name;
 *  - a faction named after its registered parent: "the SNA's Fajr al-Hurriya group", "the TTP-Gandapur group";
 *  - a registered group's short name before a group noun: "Wagner forces", "the Wagner chief";
 *  - a numbered base command, the Moro Islamic Liberation Front's units: "the 105th Base Command".
 * Later mentions by the full name or the acronym count too. Precision comes first: national armies and their
 * units (numbered ones too: "the 2nd Marine Brigade"), police, ministries, parties, companies, places and peoples
 * ("Tuareg rebels") are not groups; one word the article also uses as a place ("Mon State", "in Sagaing") names
 * the place or its people, not a group; a name joined by a slash to a registered group's ("URDPC/CODECO") is that
 * group's other name; an opening description ("Notorious Zaire militants", "Another Darfur-based rebel group") is no
 * part of a name.
 */
import { WORD, charClass, isUpperCode, sentenceIndex, slugify, allMatches } from '../text.ts';
import { prevWord, type FieldText, type MatchLocation, type SpanSet } from './field.ts';
import { LEADING_STOP } from './names.ts';

/** One occurrence of an armed group that is not in the registry. */
export interface UnregisteredGroup extends MatchLocation {
  name: string;
  /** ASCII slug of the name, the id the group's page would get. */
  slug: string;
  /** The words that said it is an armed group ("rebels", "the armed group"). */
  cue: string;
  /** The acronym the article gives it, if any. */
  acronym?: string;
  /** True for the occurrence that introduced the group. */
  introduction: boolean;
}

/** A group introduced earlier in the article, looked for again by name and acronym. */
export interface IntroducedGroup {
  name: string;
  slug: string;
  cue: string;
  acronym?: string;
  forms: string[];
  order: number;
  after: number;
}

/** What the detector knows about names, for the precision rules. */
export interface KnownNames {
  /** Whether [a, b) of the field overlaps a registered country mention (or demonym). */
  countryAt(a: number, b: number): boolean;
  /** Whether the article uses a one-word name as a place ("in Sagaing", "Mon State"). */
  isPlace(name: string): boolean;
  /** Whether a word is a registered group's name without its generic last word ("Wagner" of "Wagner Group"). */
  isGroupShortName(word: string): boolean;
  /** Whether a registered group's name ends at offset `end` of the field ("the SNA|'s ..."). */
  groupEndsAt(end: number): boolean;
  /** Whether a registered group's name starts at offset `start` of the field ("URDPC/|CODECO"). */
  groupStartsAt(start: number): boolean;
  /** Where the field has a registered group's short name ("Wagner" of "Wagner Group"), in text order. */
  groupShortNames: readonly { start: number; end: number }[];
  /** Whether the article calls a name a party elsewhere ("CNL party members"); read for each candidate name. */
  isParty?(name: string): boolean;
  /** Whether the article gives a name a person's office elsewhere ("<Name>, the group's commander"). */
  isPerson?(name: string): boolean;
}

/** Words after a name that make it a region's name: "Mon State", "Sagaing Region". */
const REGION_WORDS = 'State|Region|Province|Division|District|Oblast|Governorate|County|Township|Department|Prefecture';

/** Lower-case words after a place's name: "Cabo Delgado province", "the Niger Delta region". */
const REGION_NOUNS =
  'province|state|region|district|county|department|division|governorate|township|territory|valley|area|delta|basin|forest|mountains|hills';

/**
 * Whether the texts use `name` as a place: after a place preposition ("in Sagaing", "in the Niger Delta"), or before
 * a region word ("Mon State", "Cabo Delgado province").
 */
export function usedAsPlace(name: string, places: ReadonlySet<string>, texts: readonly string[]): boolean {
  if (places.has(name)) return true;
  // (The name is looked for first: a regex that starts with the prepositions would try every position of every text.)
  for (const t of texts) {
    for (let i = t.indexOf(name); i >= 0; i = t.indexOf(name, i + 1)) {
      const end = i + name.length;
      if ((i > 0 && WORD_CHAR.test(t[i - 1]!)) || (end < t.length && WORD_CHAR.test(t[end]!))) continue;
      if (REGION_AFTER.test(t.slice(end, end + 16)) || PLACE_THE_BEFORE.test(t.slice(Math.max(0, i - 16), i)))
        return true;
    }
  }
  return false;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** A party right after a name: " party members", ") party", ", an opposition party", " (CNL) party". */
const PARTY_AFTER =
  /^(?:\)|\s\([^)]{1,12}\))?,?\s(?:an?\s|the\s)?(?:(?:ruling|opposition|main|largest|political)\s)*[Pp]art(?:y|ies)\b/u;

/**
 * Whether the texts call `name` a party anywhere ("CNL party members", "the Kwa Na Kwa (KNK) party"): its people
 * are then party activists ("CNL militants returning from a rally"), not an armed group.
 */
export function namedAsParty(name: string, texts: readonly string[]): boolean {
  return followedAnywhereBy(name, texts, PARTY_AFTER);
}

/** Whether `name`, as a whole word in any of `texts`, is followed by what `after` matches (in 48 characters). */
function followedAnywhereBy(name: string, texts: readonly string[], after: RegExp): boolean {
  for (const t of texts) {
    for (let i = t.indexOf(name); i >= 0; i = t.indexOf(name, i + 1)) {
      const end = i + name.length;
      if ((i > 0 && WORD_CHAR.test(t[i - 1]!)) || (end < t.length && WORD_CHAR.test(t[end]!))) continue;
      if (after.test(t.slice(end, end + 48))) return true;
    }
  }
  return false;
}
/**
 * A party in the political sense right after a name: ", the ruling party", " party members", " party," (not a squad:
 * "the Naxal party near the forest", as South Asian reports call a patrol).
 */
const POLITICAL_PARTY_AFTER =
  /^(?:\)|\s\([^)]{1,12}\))?,?\s(?:(?:an?\s|the\s)?(?:(?:ruling|opposition|main|largest|political)\s)+[Pp]art(?:y|ies)\b|[Pp]arty(?:['’]s|[,.;]|\s(?:members?|candidates?|leaders?|leadership|officials?|supporters|activists|chair(?:man|woman|person)?|president|secretary|congress|lists?|ticket|headquarters|offices?)\b))/u;

/**
 * Whether the texts call a registered group's name `name` a party in the political sense ("CNDD-FDD, the ruling
 * party", "FARC party candidates"); never a name that has "Party" in it ("Kurdistan Workers' Party").
 */
export function namedAsPoliticalParty(name: string, texts: readonly string[]): boolean {
  return !/\b[Pp]arty\b/u.test(name) && followedAnywhereBy(name, texts, POLITICAL_PARTY_AFTER);
}
const REGION_AFTER = new RegExp(`^ (?:${REGION_WORDS}|${REGION_NOUNS})\\b`, 'u');
const PLACE_THE_BEFORE = /\b(?:in|at|near|outside|around|across|into|towards?|through|inside|from) the $/u;

/** Words of direction that open places' names: "North Waziristan", "Lower Shabelle". */
const PLACE_OPENING =
  /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower|Greater|Middle|Far) /u;

const CONNECTOR = '(?:of|the|for|al|el|ul|wa|wal|de|del|des|du|la|le|los|las|in|on|ash|as|ad|ar)';
const CAP_WORD = "(?:\\p{Lu}[\\p{L}\\p{N}\\p{M}'’-]*)";
/** A capitalised name of one to eight words, with lower-case particles inside; it may start with a lower-case
 * Arabic article ("al-Shahida Sabriya"). */
const NAME = `(?:(?:al|el)-)?${CAP_WORD}(?:[ -](?:${CONNECTOR}[ -])*${CAP_WORD}){0,7}`;
const ACRONYM = '[\\p{Lu}][\\p{Lu}\\p{N}-]{1,9}';
/** Plural or group nouns after a name that make it an armed group. */
const CUE_AFTER =
  'rebels|rebel group|rebel movement|rebel coalition|rebel alliance|rebel forces|militia|militias|militiamen|armed group|insurgents|insurgent group|jihadists|jihadist group|terrorists|terrorist group|terror group|militants|militant group|paramilitaries|paramilitary group|guerrillas|guerrilla group|guerrilla movement|fighters|gang|cartel|militant outfit|terror outfit|terrorist outfit|insurgent outfit|rebel outfit|jihadist outfit|vigilante group|vigilantes|self-defen[cs]e group|self-defen[cs]e militia|separatists|separatist group|separatist movement|criminal gang|criminal group|crime group|criminal organi[sz]ation';
/** Nouns before a name that make it an armed group. */
const CUE_BEFORE =
  '(?:armed|rebel|militant|insurgent|jihadist|terrorist|paramilitary|guerrilla|separatist|criminal|drug[- ]trafficking|Islamist|Salafist|Salafi|extremist|(?:Islamic State|ISIS|IS|[Aa]l[- ]Qa(?:e|.?i)da)-(?:affiliated|linked|aligned|inspired))(?: group| movement| coalition| alliance| organi[sz]ation| militia| faction| outfit)|(?:banned|proscribed|outlawed|underground|terror) outfit|resistance (?:group|force)|vigilante group|self-defen[cs]e group|combat unit|militia|gang|cartel';
/** Words that, in the description after "<Name> (<ACRONYM>), a ...", make it an armed group. */
const DESCRIPTION =
  /^,? (?:a|an|the) (?:[\w'-]+ ){0,4}?(?:jihadist|rebel|armed|militant|insurgent|paramilitary|terrorist|separatist|guerrilla|Islamist|extremist)[\w-]* (?:[\w'-]+ )?(?:group|movement|militia|organi[sz]ation|coalition|alliance|faction|outfit)\b/;

/** Plural cues that follow descriptions as often as names ("Tuareg rebels", "Misrata militias": a people, a town). */
const WEAK_CUE =
  /^(?:rebels|militants|fighters|insurgents|terrorists|jihadists|guerrillas|militiamen|paramilitaries|militias|vigilantes|separatists)$/;
const CUE_PRECHECK =
  /(?:^|[ (])(?:rebel|militia|militant|insurgent|jihadist|terror|combat|paramilitar|guerrilla|gang|cartel|fighters|armed|separatist|criminal|crime|drug|Islamist|Salafi|extremist|outfit|vigilante|self-defen|resistance (?:group|force))|-(?:affiliated|linked|aligned|inspired) /iu;
// (The space first and the look-behind after it: the same matches, but the engine can skip to each space rather than
// try the look-behind at every character, three times faster on news text.)
const CUE_AFTER_RE = new RegExp(` (?<=[\\p{L}\\p{N})] )(${CUE_AFTER})\\b`, 'gu');
/** A name (and its acronym in brackets) ending where a slice ends. */
const NAME_AT_END = new RegExp(`(?<![\\p{L}\\p{N}'’-])(${NAME})(?: \\((${ACRONYM})\\))?$`, 'u');
const NAME_ONLY_AT_END = new RegExp(`(?<![\\p{L}\\p{N}'’-])(${NAME})$`, 'u');
const ACRONYM_RE = new RegExp(` \\((${ACRONYM})\\)`, 'gu');
const BEFORE_RE = new RegExp(
  `\\b(${CUE_BEFORE}) (?:known as |called |named |calling itself |which calls itself |dubbed )?(?:the )?(${NAME})(?: \\((${ACRONYM})\\))?`,
  'gu',
);

/**
 * "a militia in Deir al-Zour called the "Sons of the Jazira and Euphrates Movement"": a group noun, perhaps its
 * place, and a name in quotes after "called" or "known as"; the quotes mark where the name ends, so its words may
 * include "and".
 */
const QUOTED_CALLED_RE = new RegExp(
  `\\b(${CUE_BEFORE})(?: (?:in|from|based in) (?:the )?\\p{Lu}[\\p{L}'’-]*(?:[ -][\\p{L}'’-]+){0,3})? (?:known as|called|named|calling itself|dubbed) (?:the )?["\u201C](${CAP_WORD}(?:[ -](?:(?:${CONNECTOR}|and)[ -])*${CAP_WORD}){0,7})["\u201D]`,
  'gu',
);

/** What every QUOTED_CALLED_RE match has, looked for first (that regex starts at every word of a cued text). */
const QUOTED_NAME_CUE = /(?:known as|called|named|calling itself|dubbed) (?:the )?["\u201C]\p{Lu}/u;

/**
 * 'the "Red Kite" militia', 'the “Cyclones” faction of the splintered Gulf Cartel': "the", a name in quotes and a
 * singular group noun after it ("faction" only as a faction of something); and "the gang of ‘Los Gallegos’", a gang
 * or cartel of a quoted name with a plural article (a person's nickname has "El": "the gang of ‘El Chapo’").
 */
const QUOTED_THEN_CUE_RE = new RegExp(
  `\\b[Tt]he ["\u201C\u2018](${CAP_WORD}(?:[ -]${CAP_WORD}){0,3})["\u201D\u2019] (militia|armed group|rebel group|gang|cartel|faction(?= of ))|\\b[Tt]he (gang|cartel|criminal group) of ["'\u201C\u2018]((?:Los|Las) ${CAP_WORD}(?: ${CAP_WORD}){0,2})["'\u201D\u2019]`,
  'gu',
);

/**
 * "<Name>, an anti-government militia group", "<Name>, a little-known cartel", "<Name>, which is made up of rebel
 * fighters": a description after a comma that says the name before it is an armed group. Not a person described
 * by the group ("<Name>, a militia leader").
 */
const APPOSITIVE_RE =
  /, (?:(?:which|that) (?:is|was|are|were) (?:made up|composed|formed) of (?:(?!and )[\w'-]+ ){0,3}?(?:fighters|guerrillas|militants|rebels|insurgents|militiamen|combatants)\b|an? (?:(?!(?:of|and|or|who|which|by|in|with|for|from|to|on|at|against|an?|the|its|their) )[\w'-]+ ){0,3}?(?:(?:jihadist|rebel|armed|militant|insurgent|paramilitary|terrorist|separatist|guerrilla|Islamist|extremist)[\w-]* (?:[\w'-]+ )?(?:group|movement|militia|organi[sz]ation|coalition|alliance|faction|outfit|unit)|militia|cartel|gang)(?![\w'-]| (?:leaders?|commanders?|chiefs?|members?|spokes\w+|fighters?|officials?|founders?|heads?|bosses|boss|figures?|veterans?|territory|stronghold|area|attacks?|violence|activity|activities|presence|threats?|hideouts?|camps?|bases?)\b))/gu;

/**
 * A plural group noun and the word that introduces their names: "two criminal organisations called", or a count or
 * "rival" and a comma: "two rival gangs, the Red Herons and the Blue Wolves".
 */
const PLURAL_CUE_LIST_RE =
  /\b((?:armed|rebel|militant|insurgent|jihadist|terrorist|paramilitary|guerrilla|separatist|criminal|drug[- ]trafficking|Islamist) (?:groups|movements|organi[sz]ations|militias|factions|gangs|cartels)|gangs|cartels|militias) (?:called|named|known as)(?= )|(?<=\b(?:two|three|four|rival|both) )((?:(?:armed|rebel|militant|jihadist|criminal) )?(?:groups|organi[sz]ations|militias|factions|gangs|cartels))(?=, the \p{Lu})/giu;
/** The next name of such a list: " the Tequileros", ", the Familia Michoacan", " and Los Zetas". */
const LIST_ITEM_RE = new RegExp(`^(?:,? and|,)? (?:the )?(${NAME})(?![\\p{L}\\p{N}'’-])`, 'u');

/**
 * Armed people and the group they belong to: "fighters from the Front of Patriots for Peace/People’s Army
 * (FPP/AP)", "militants of the Salamat Front", "Rebels of the Forces for the Defence of Upper Kivu (FDHK)".
 */
const ARMED_PEOPLE_RE =
  /(?<![\p{L}\p{N}])(?:[Rr]ebels|[Ff]ighters|[Mm]ilitants|[Ii]nsurgents|[Mm]ilitiamen|[Gg]unmen|[Cc]ombatants|[Jj]ihadists|[Gg]uerrillas) (?:of|from|belonging to|loyal to) (?:the )?(?=\p{Lu})/gu;
/** What every ARMED_PEOPLE_RE match has, looked for first (the look-behind would be tried at every position). */
const ARMED_PEOPLE_CUE =
  /(?:[Rr]ebels|[Ff]ighters|[Mm]ilitants|[Ii]nsurgents|[Mm]ilitiamen|[Gg]unmen|[Cc]ombatants|[Jj]ihadists|[Gg]uerrillas) (?:of|from|belonging to|loyal to) /;
/** A name that may join two names with a slash ("Front of Patriots for Peace/People’s Army") and its acronym. */
const LISTED_NAME_RE = new RegExp(
  `^(${NAME}(?:/${NAME})?)(?: \\(([\\p{Lu}][\\p{Lu}\\p{N}/-]{1,11})\\))?(?![\\p{L}\\p{N}'’-])`,
  'u',
);
/** Words that make a name a group's when armed people belong to it. */
const GROUP_HEAD =
  /(?:^| )(?:Army|Brigades?|Battalions?|Front|Movement|Forces?|Militias?|Legion|Mujahideen|Mujahidin|Cartel|Gang|Council|Committees?|Resistance|Alliance|Coalition|Union|Group|Fighters)(?: |$)/u;
/** Between two items of a list of groups: ", led by General X, the ...", " and the ...". */
const LIST_JOIN_RE = /^(?:,? (?:led|headed|commanded) by [^,.;()]+)?(?:,? and|,) (?:the )?(?=\p{Lu})/u;

/**
 * A faction named after its parent: "the SNA's Fajr al-Hurriya group", "Abu Sayyaf's "Lucky 9" group" (the parent
 * is a registered group named right before, in the possessive).
 */
const FACTION_WORDS = 'group|faction|wing|unit|cell|brigade|battalion|front|column|bloc';
/** Unit words that are part of the unit's name: "the ELN's Dario Martinez front" is the Dario Martinez Front. */
const NAMED_UNIT_WORD = /^(?:front|column|bloc)$/;
const FACTION_NAME = `(?:(?:al|el)-)?${CAP_WORD}(?:[ -](?:${CONNECTOR}[ -])*(?:${CAP_WORD}|\\p{N}+)){0,4}`;
const POSSESSIVE_FACTION_RE = new RegExp(`'s ["“]?(${FACTION_NAME})["”]? (${FACTION_WORDS})\\b`, 'gu');
/**
 * "the ELN's Northeastern War Front", "the KNLA's Brigade 6": a unit of a registered group named in the possessive,
 * by its own group word, or by a unit word and its number.
 */
const POSSESSIVE_UNIT_RE = new RegExp(`'s ["“]?(${FACTION_NAME})["”]?(?![\\p{L}\\p{N}'’-])`, 'gu');
/**
 * "the ELN's central command ..., and led its "Western War Front"": a unit named in quotes after "its" or "their",
 * in a sentence that names a registered group before it.
 */
const PRONOUN_UNIT_RE = new RegExp(`\\b(?:its|their) ["“](${FACTION_NAME})["”]`, 'gu');
const UNIT_NAME_END =
  /(?:^| )(?:Front|Brigades?|Battalions?|Column|Bloc|Force|Army|Squad|Regiment)$|^(?:Brigade|Battalion|Column|Regiment) \p{N}+$/u;
/** "the TTP-Gandapur group": a registered group's acronym joined by a hyphen to a commander's or place's name. */
const FACTION_NOUN_RE = / (group|faction)\b/gu;

/**
 * Nouns after a registered group's short name that make it the group: "Wagner forces", "the Wagner chief", "his Wagner
 * mercenary force". (Only
 * for a registered group's short name: after another word they describe as often as they name.)
 */
const SHORT_NAME_CUE =
  /^ (forces|troops|mercenaries|mercenary|fighters|paramilitaries|chief|leader|founder|commanders?|boss|members?|units?|convoy|positions|factions?)\b/u;

/**
 * Last words of a name that are themselves a fighting group. "Forces" alone ends states' forces too ("Armed
 * Forces", "Defence Forces"); only the causes rebels fight for make it a group's ("Ambazonia Restoration Forces").
 */
const GROUP_NAME_END =
  /(?:^| )(?:Army|Brigades|Brigade|Militia|Militias|Legion|Battalions|Mujahideen|Mujahidin|Cartel|Gang|Freedom Fighters|Liberation Front|Liberation Movement|Resistance Movement|Alliance|(?:Restoration|Liberation|Resistance|Self-Defen[cs]e) Forces)$/;
const GROUP_WORD =
  /(?:Army|Brigades?|Militias?|Legion|Battalions|Mujahid(?:een|in)|Cartel|Gang|Fighters|Front|Movement|Alliance|Forces)\b/u;
const GROUP_END_RE =
  /(?<![\p{L}])(?:Army|Brigades|Brigade|Militias?|Legion|Battalions|Mujahideen|Mujahidin|Cartel|Gang|Fighters|Front|Movement|Alliance|Forces)(?![\p{L}])/gu;
/**
 * "Front" and "Movement" end parties' names too ("Patriotic Front"): they end a group's name of three words or
 * more ("Kivu Patriotic Front") in a sentence about fighting.
 */
const FRONT_OR_MOVEMENT_NAME = /^\S+(?: \S+)+ (?:Front|Movement)$/u;
/** The words before "Forces" that make it a group's name (GROUP_NAME_END), checked before reading the name. */
const FORCES_OF_A_CAUSE = /(?:Restoration|Liberation|Resistance|Self-Defen[cs]e) $/u;
/**
 * A capitalised word right after a group word: the name goes on ("Army Public Relations", "Chief of Army Staff",
 * "Self-Defense Forces of Colombia").
 */
const NAME_GOES_ON = /^ (?:of (?:the )?)?\p{Lu}\p{Ll}/u;
/** A facility after "<Place> Army": "the Susungpara Army camp" is the army's camp at a place, not a group. */
const ARMY_FACILITY_AFTER = /^ (?:camp|base|post|outpost|garrison|cantonment|barracks)\b/u;
/** A unit's number before its name: "the 2nd Marine Brigade", "101st Airborne". */
const ORDINAL_BEFORE = /\b\d+(?:st|nd|rd|th) $/u;
/** A province of the Islamic State named by its place: "Islamic State in Anbar Province", "IS of Raqqa Province". */
const STATE_PROVINCE_RE =
  /\b(?:Islamic State|IS|ISIS|ISIL|Daesh) (?:in|of) (?:the )?\p{Lu}[\p{L}\p{M}'’-]+(?: \p{Lu}[\p{L}\p{M}'’-]+){0,2} Province\b/gu;
/** A word that makes the name after it a place: "a downtown Port-au-Prince gang", "an uptown Kingston gang". */
const PLACE_ADJECTIVE_BEFORE = /\b(?:downtown|uptown|midtown|suburban|inner-city|rural) $/u;
/** A multinational body before a force's name: "a new U.N. Intervention Brigade", "the African Union Standby Force". */
const MULTINATIONAL_BEFORE = /(?:\bU\.N\.|\bUN|United Nations|African Union|\bAU|NATO|ECOWAS|SADC) $/u;
/** Words of the sentence that make a name ending in a group word an armed group. */
const FIGHTING =
  /\b(?:attack|attacks|attacked|fighting|fought|clash|clashes|clashed|offensive|ambush|seized|captured|killed|rebels?|insurgen|militant|armed|jihad|troops|fighters|commanders?\b|shelling|conflict|drones?|shot down|raid|bomb|blast|kidnap|abduct|hostage|battle|weapons|claim|gangs?\b|cartels?\b|factions?\b)/i;

/** Words that make a name a state body, a unit, a place, a party or a company, never an armed group. */
const NOT_GROUP_WORDS = new Set(
  (
    'Police Ministry Government Navy Air Coast Gendarmerie Command Division Regiment Corps Company Corporation ' +
    'Inc Ltd Bank University Party Council Agency Commission Court Parliament Assembly Office Department ' +
    'Directorate Headquarters Relations Embassy Cross Crescent Watch Nations News Times Press Post Radio TV ' +
    'Foundation Fund Programme Program Committee Institute Centre Center Hospital School Academy Church Club ' +
    'Airlines Republic Kingdom Federal National Royal Presidential Guard Guards Special Rifles Infantry ' +
    'Artillery Marine Marines Military Security Intelligence Task Joint State Province Region District County City ' +
    'Assault Mechanized Mechanised Airborne Motorized Motorised Tank Armoured Armored Territorial Defence ' +
    'Defense Operational Separate Naval Border Frontier Coastal Reserve Republican First Second Third Fourth ' +
    'Fifth Sixth Seventh Eighth Ninth Tenth Eleventh Twelfth Interior Ministry Regiment Squadron Wing Fleet ' +
    'Governorate Area Village Town Street Valley River Lake Mountains Hills Forest Islands ' +
    // Police and gendarmeries by other names, and prisons and customs.
    'Rangers Ranger Commando Commandos Constabulary Carabinieri Gendarmes Prison Prisons Customs ' +
    // Peoples and tribes: "the Hema community", "the Amhara ethnic group", "Shammar Tribe".
    'Community Communities Tribe Tribes Tribesmen Ethnic ' +
    // Events: "the Battle of Kursk Front", "the Tet Offensive".
    'Battle Siege Operation Offensive Campaign Uprising ' +
    // Sports clubs and competitions: "Al-Shabab FC", "Rangers", "Premier League".
    'FC SC AFC CF League Cup Stadium Football Olympic Athletic Sporting'
  ).split(' '),
);
/** Descriptions made with a hyphen: "Islamist-inspired", "IS-linked", "Iran-backed", "Saudi-led". */
const DESCRIPTIVE_COMPOUND =
  /-(?:inspired|linked|backed|aligned|affiliated|allied|led|based|leaning|oriented|sponsored|funded|supported)$/iu;
/**
 * Exceptions: "Islamic State ... Province" is a group, not a place or a state; "the 105th Base Command" is a
 * numbered unit of the Moro Islamic Liberation Front's army (no state's forces number their base commands).
 */
const GROUP_DESPITE = /^(?:Islamic State\b|\d+(?:st|nd|rd|th) Base Command$)/u;
/** A numbered base command: "the 118th Base Command". */
const BASE_COMMAND_RE = /(?<![\p{L}\p{N}])\d+(?:st|nd|rd|th) Base Command(?![\p{L}\p{N}])/gu;
/** Peoples, faiths and doctrines: "Tuareg rebels", "Maoist rebels" describe, they do not name a group. */
const DESCRIPTIVE = new Set(
  (
    'Tuareg Fulani Hutu Tutsi Pashtun Baloch Druze Shia Shiite Sunni Islamist Jihadist Christian Muslim Arab ' +
    'Kurdish Rohingya Tamil Maoist Naxal Naxalite Marxist Leftist Communist Separatist Armed Rebel Local Tribal ' +
    'Ethnic Foreign Government Allied Opposition Rival Islamic Militant Unidentified Suspected Gunmen Bandit ' +
    'Bandits Anglophone Amhara Oromo Tigrayan Somali Hausa Yoruba Igbo Dinka Nuer Masalit Zaghawa Lendu Hema ' +
    'Naga Kuki Meitei Bodo Karen Kachin Shan Chin Mon Uyghur Berber Nuba Afar Darfuri Kashmiri Baluch Balochi ' +
    'Pro-Russian Pro-Government Pro-Ukrainian Pro-Kremlin Russian-Backed Iran-Backed Ukrainian-Backed ' +
    // Peoples of the Caucasus and of Russia's republics: "Chechen fighters", "Rival Chechen militias".
    'Chechen Chechens Ingush Dagestani Avar Circassian Kabardian Ossetian Abkhaz Tatar Tatars Bashkir Buryat ' +
    'Cossack Cossacks Yakut Kalmyk ' +
    // Peoples and faiths of the Levant and Iraq: "Bedouin fighters", "Alawite militias".
    'Bedouin Bedouins Alawite Alawites Yazidi Yezidi Assyrian Turkmen Ismaili ' +
    // Peoples of Myanmar, the Philippines and Indonesia: "Kokang militias", "Lumad militias".
    'Kokang Wa Rakhine Bamar Burman Karenni Kayin Kayah Shanni Palaung Lisu Akha Moro Lumad Papuan Acehnese ' +
    // Peoples of the Sahel: "Dogon militias", "Peul villages".
    'Dogon Peul Bambara Songhai Mossi Daoussahak Imghad Toubou Tebu ' +
    // The cue's own adjectives, capitalised at a sentence's start: "Criminal gang violence rose ...".
    'Criminal Terrorist Insurgent Paramilitary Guerrilla Extremist Radical Salafist Salafi Jihadi Drug'
  ).split(' '),
);
/** Words that name no group by themselves: "Army", "Rebels", "Two". */
const GENERIC_WORDS = new Set(
  (
    'Army Armies Rebels Rebel Group Groups Forces Force Militia Militias Fighters Militants Troops Soldiers ' +
    'Movement Front Alliance Brigade Brigades Legion Battalion Battalions Cartel Gang Mujahideen Two Three Four ' +
    'Five Six Seven Eight Nine Ten Dozens Hundreds Thousands Several Many Some Other Both Various'
  ).split(' '),
);
/** A group's people before "of" and its name: "Fighters of the ...", "Members of the ...". */
const PEOPLE_OF =
  /^(?:Fighters|Members|Militants|Rebels|Insurgents|Militiamen|Guerrillas|Combatants|Jihadists|Loyalists|Leaders|Commanders|Supporters|Remnants|Elements|Gunmen)$/u;
/** Numbers before a name: "Two Hizbul militants", "Dozens of ...". */
const COUNT_WORDS = new Set(
  'Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Dozens Scores Hundreds Thousands'.split(' '),
);
/**
 * Words that open a sentence about a group without being part of its name: "Notorious Zaire militants attacked",
 * "Another Darfur-based rebel group".
 */
const LEADING_DESCRIPTION = new Set(
  (
    'Another Other Such Any Each Every Most Notorious Infamous Dreaded Feared Powerful Shadowy Little-known ' +
    'Well-known Ruthless Deadly Brutal Violent Banned Outlawed Proscribed Alleged So-called Self-styled ' +
    'Self-proclaimed Breakaway Splinter Heavily-armed'
  ).split(' '),
);

/** A word without the full stops and apostrophes at its end ("Inc." → "Inc"). */
function withoutFinalMarks(w: string): string {
  let end = w.length;
  while (end > 0 && (w[end - 1] === '.' || w[end - 1] === "'" || w[end - 1] === '’')) end--;
  return end === w.length ? w : w.slice(0, end);
}

/** "ELN", "M23": an acronym or a name with a digit, which names a group even before a plural cue. */
function isAcronymOrCode(word: string): boolean {
  return /^[\p{Lu}\p{N}-]+$/u.test(word) || /\p{N}/u.test(word);
}

/**
 * Capitalised words that start sentences, never a group's first word: also the determiners and negations that a
 * cue follows at a sentence's start ("No militant group has claimed ...", "Which armed group ...").
 */
const SENTENCE_STARTS = new Set(
  'The A An But And In On At As No Neither Nor Not Only Which What Whose Whichever Whatever'.split(' '),
);

/** Leading words that are not part of a name: sentence starts, dates, "the". */
function isLeadingNonName(word: string): boolean {
  return LEADING_STOP.has(word) || SENTENCE_STARTS.has(word) || /^(?:of|the|for|and)$/.test(word);
}

/** Splits a candidate into words with their offsets in `raw`. */
function wordsOf(raw: string): { word: string; at: number }[] {
  const words: { word: string; at: number }[] = [];
  for (let i = 0; i < raw.length;) {
    if (raw.charCodeAt(i) === 0x20) {
      i++;
      continue;
    }
    const at = i;
    while (i < raw.length && raw.charCodeAt(i) !== 0x20) i++;
    words.push({ word: raw.slice(at, i), at });
  }
  return words;
}

/**
 * The capitalised name that ends at offset `end` of `n` (with an acronym in brackets after it when `acronym`),
 * as [start, name, acronym], or null.
 */
function nameBefore(n: string, end: number, acronym: boolean): [number, string, string | undefined] | null {
  const from = nameCanStartAfter(n, Math.max(0, end - 160), end);
  const m = (acronym ? NAME_AT_END : NAME_ONLY_AT_END).exec(n.slice(from, end));
  if (m === null) return null;
  return [from + m.index, m[1]!, m[2]];
}

/**
 * Where in n[from, end) a name ending at `end` can start at the earliest: after the last character that no name
 * (nor its acronym in brackets) has, a comma or a full stop. An end-anchored regex tries every start position, so
 * it is given only this tail; its matches are the same, since the character before the tail fails the regex's
 * look-behind as the start of the slice does.
 */
function nameCanStartAfter(n: string, from: number, end: number): number {
  for (let i = end - 1; i >= from; i--) {
    const code = n.charCodeAt(i);
    const inName =
      charClass(code) === WORD ||
      (code >= 0xd800 && code <= 0xdfff) ||
      code === 0x20 ||
      code === 0x27 ||
      code === 0x2019 ||
      code === 0x2d ||
      code === 0x28 ||
      code === 0x29;
    if (!inName) return i + 1;
  }
  return from;
}

/**
 * Words that sound like a state's but that rebels' names use as often ("Baloch National Army", "Republican
 * Movement"): they rule a name out only when nothing describes it as an armed group.
 */
const STATE_SOUNDING = new Set(
  'National Republican Federal Popular Defence Defense Security Special Council Committee Committees Commando Commandos'.split(
    ' ',
  ),
);
/** Singular cues after a name, before which a number cannot be a count ("the 400 Mawozo gang"). */
const SINGULAR_CUE = /^(?:gang|cartel|militia|armed group|criminal gang|criminal group|crime group)$/u;
const NUMERAL_BEFORE = /(?<![\p{L}\p{N},.])\p{N}{1,3} $/u;
const PLURAL_NOUN_AFTER =
  /^ (?:fighters|members|men|militants|gunmen|leaders|elements|commanders|bosses|suspects|recruits|soldiers|positions|camps|attacks)\b/u;
/** Cues before a name that say in so many words that it is an armed group ("the armed group", "a rebel movement"). */
const EXPLICIT_GROUP_CUE = / (?:group|movement|coalition|alliance|organi[sz]ation|force)$/u;
/** Place words inside a name ("Wind Valley Army"): a place's name unless the name ends in a fighting-group word. */
const PLACE_WORDS = new Set(
  'State Province Region District County City Governorate Area Village Town Street Valley River Lake Mountains Hills Forest Islands'.split(
    ' ',
  ),
);
/** Last words only armed groups' names end in ("... Defence Militia", "... Liberation Army", "... Cartel"). */
const NON_STATE_HEAD =
  /(?:^| )(?:Militias?|Mujahideen|Mujahidin|Cartel|Gang|Freedom Fighters|Liberation (?:Front|Movement|Army)|Resistance (?:Movement|Front)|(?:Restoration|Liberation|Resistance|Self-Defen[cs]e) Forces)$/u;
/** A name that starts with its group word and says what it fights for: "Forces for the Defence of Upper Kivu". */
const HEAD_FIRST = /^(?:Brigades?|Battalions?|Army|Front|Movement|Forces|Legion|Alliance|Coalition) (?:of|for) /u;
/**
 * Acronyms of states' armed forces, police and multinational forces that the press puts before "fighters" as it
 * does a group's ("SAF fighters", "KDF fighters"): never a group found by its cue. (The registered groups' acronyms
 * are matched before discovery: "SNA fighters" in a report on Syria are the Syrian National Army's.)
 */
const STATE_FORCE_ACRONYMS = new Set(
  (
    'SAF FARDC ENDF UPDF RDF KDF SNA SSPDF FADM FAMa FDS FANCI FACA TPDF ZDF SANDF NDF IDF TSK ISF ANA ANDSF ANP ' +
    'AFP PNP BSF CRPF CISF ITBP SSB NSG PAF BGB RAB FAB FANB FAES ' +
    'AMISOM ATMIS AUSSOM MONUSCO MINUSMA MINUSCA UNMISS UNAMID UNIFIL MNJTF ECOMOG SAMIM KFOR ISAF'
  ).split(' '),
);
/** Military and police ranks: a name they open is a person's ("Captain Lena Okafor of the Army"). */
const RANKS = new Set(
  (
    'Captain Capt Colonel Col Lieutenant Lt Major Maj General Gen Sergeant Sgt Corporal Brigadier Brig Commander ' +
    'Cmdr Admiral Adm Marshal Inspector Superintendent Supt Constable Private'
  ).split(' '),
);
/** What makes "Air" an arm of a state's forces: "Air Force", "Air Wing", "Air Defence". */
const AIR_ARM = /^(?:Force|Forces|Wing|Defen[cs]e|Command|Corps|Station|Base)$/;
/** Possessives that are part of a group's name: "People's Salvation Front", "Martyrs' Brigade". */
const COLLECTIVE_POSSESSIVE = /^(?:People|Nation|Homeland|Martyrs|Patriots|Peoples|Mujahideen)['’]s?$/u;

/**
 * Why a candidate name is not an armed group's name, or '' when it may be one. `described`: the article says in
 * so many words that it is an armed group ("<Name> (<ACRONYM>), a shadowy militant group").
 */
export function notAGroup(name: string, acronym: string | undefined, described = false): string {
  if (STATE_FORCE_ACRONYMS.has(name)) return "a state's force or a multinational force";
  const words = name.split(' ');
  if (words.length > 8) return 'too long';
  // "Captain Lena Okafor of the Army's 12th Brigade said ...": a rank opens a person's name, never a group's.
  if (words.length > 1 && RANKS.has(withoutFinalMarks(words[0]!))) return "a rank and a person's name";
  // (Suffixes read without a regex per word: this runs for every name a cue points at.)
  const possessive = (w: string) => w.endsWith("'s") || w.endsWith('’s');
  if (words.some((w) => possessive(w) && !COLLECTIVE_POSSESSIVE.test(w.split('/').at(-1)!))) return 'a possessive';
  // A name whose own words say it is an armed group ("Lower Juba Defence Militia", "Forces for the Defence of
  // ...") keeps its state-sounding words, and one ending in a group word keeps its place words ("Wind Valley Army").
  const selfDescribed = described || NON_STATE_HEAD.test(name) || HEAD_FIRST.test(name);
  const headed = GROUP_NAME_END.test(name);
  const stateWord = (w: string) =>
    NOT_GROUP_WORDS.has(w) && !(selfDescribed && STATE_SOUNDING.has(w)) && !(headed && PLACE_WORDS.has(w));
  // ("Bel Air gang": "Air" is a state's word only as an arm of its forces, "Air Force", "Air Wing".)
  const airAlone = (w: string, i: number) => w === 'Air' && !AIR_ARM.test(withoutFinalMarks(words[i + 1] ?? ''));
  if (!GROUP_DESPITE.test(name) && words.some((w, i) => stateWord(withoutFinalMarks(w)) && !airAlone(w, i)))
    return 'a state body, unit, place, party or company';
  if (
    words.every(
      (w) => DESCRIPTIVE.has(w) || GENERIC_WORDS.has(w) || DESCRIPTIVE_COMPOUND.test(w) || /^(?:of|the|and)$/.test(w),
    )
  )
    return 'a people, a number or a description';
  if (words.length === 1 && acronym === undefined) {
    const w = words[0]!;
    const isAcronym = /^[\p{Lu}\p{N}-]{2,}$/u.test(w) && /\p{Lu}/u.test(w);
    if (!isAcronym && (/(?:an|ese|ish|ic)$/u.test(w) || /^[^-]{4,}i$/u.test(w))) {
      return 'an adjective of a people or place';
    }
  }
  if (words.some((w) => LEADING_STOP.has(w) && w !== 'New')) return 'has a sentence word';
  return '';
}

/**
 * Finds armed groups introduced in field `f` with a cue, outside the spans registered mentions and officials
 * took (but a longer name may start with a registered group: "Islamic State of the West African Province"
 * is not the Islamic State); appends them to `out` and remembers them in `groups` for later mentions.
 */
export function discoverGroups(
  f: FieldText,
  spans: SpanSet,
  known: KnownNames,
  registeredAt: (a: number, b: number) => 'none' | 'whole' | 'prefix',
  groups: IntroducedGroup[],
  out: UnregisteredGroup[],
): void {
  const n = f.text;
  if (f.shouted) return;
  const found: { start: number; end: number; name: string; cue: string; acronym: string | undefined }[] = [];
  const consider = (
    start: number,
    raw: string,
    cue: string,
    acronym: string | undefined,
    suffix = '',
    faction = false,
    described = false,
  ) => {
    const words = wordsOf(raw);
    const wordCount = words.length;
    // Leading sentence words, counts ("Two Hizbul militants") and a country or demonym before the name
    // ("Colombian ELN rebels").
    while (words.length > 0) {
      const w = words[0]!;
      // ("Fighters of the Kivu Patriotic Front", "Members of the Red Herons": the group's people are not its name.)
      const people = PEOPLE_OF.test(w.word) && words[1]?.word === 'of';
      const leading = isLeadingNonName(w.word) || COUNT_WORDS.has(w.word) || LEADING_DESCRIPTION.has(w.word) || people;
      if (!(leading || known.countryAt(start + w.at, start + w.at + w.word.length))) break;
      words.shift();
    }
    // What is left of "Two Hizbul militants" is one word before a plural cue: a description, as below.
    if (words.length === 1 && words.length < wordCount && WEAK_CUE.test(cue) && !isAcronymOrCode(words[0]!.word))
      return;
    while (words.length > 1 && /^(?:of|the|for|and|al|el|de|la|in|on)$/.test(words[words.length - 1]!.word))
      words.pop();
    if (words.length === 0) return;
    const a = start + words[0]!.at;
    const last = words[words.length - 1]!;
    const b = start + last.at + last.word.length + suffix.length;
    const name =
      n.slice(a, start + last.at + last.word.length) + (suffix === '' ? '' : ` ${capitalise(suffix.trim())}`);
    if (notAGroup(name, acronym, described) !== '') return;
    // "the National Resistance Movement party": a party's name.
    if (/^ (?:\([^)]*\) )?[Pp]arty\b/u.test(n.slice(b, b + 24))) return;
    const countryInside = known.countryAt(a, b);
    if (countryInside && !countryInsideGroupName(words.length, name, known.countryAt(a, a + 1))) return;
    if (ORDINAL_BEFORE.test(n.slice(Math.max(0, a - 8), a))) return;
    if (PLACE_ADJECTIVE_BEFORE.test(n.slice(Math.max(0, a - 12), a))) return;
    if (n.charCodeAt(a - 1) === 0x20 && MULTINATIONAL_BEFORE.test(n.slice(Math.max(0, a - 16), a))) return;
    // "URDPC/CODECO": a name joined by a slash to a registered group's is that group's other name.
    if ((n[b] === '/' && known.groupStartsAt(b + 1)) || (n[a - 1] === '/' && known.groupEndsAt(a - 1))) return;
    // So is a name in brackets right after a registered group's ("the FNL (National Liberation Forces)").
    if (n[b] === ')' && n[a - 1] === '(' && n[a - 2] === ' ' && known.groupEndsAt(a - 2)) return;
    // One word the article uses as a place ("Mon State", "in Sagaing") names the place or its people, not a group.
    if (words.length === 1 && suffix === '' && acronym === undefined && /\p{Ll}/u.test(name) && known.isPlace(name))
      return;
    // So do more words before a plural cue ("Cabo Delgado insurgents" beside "Cabo Delgado province", "North
    // Waziristan militants"), and a people's name with its section or place ("Lou Nuer fighters", "Darfur Arab
    // militias"), unless they end in a fighting-group word ("Northern Alliance fighters").
    if (
      words.length > 1 &&
      acronym === undefined &&
      WEAK_CUE.test(cue) &&
      !GROUP_NAME_END.test(name) &&
      !GROUP_HEAD.test(name) &&
      (PLACE_OPENING.test(name) || known.isPlace(name) || words.some((w) => DESCRIPTIVE.has(w.word)))
    )
      return;
    const registered = registeredAt(a, b);
    if (registered === 'whole') return;
    // A faction's name that starts with its parent's acronym ("TTP-Gandapur group") names the faction.
    if (faction && registered === 'prefix') {
      if (!found.some((x) => x.start < b && a < x.end)) found.push({ start: a, end: b, name, cue, acronym });
      return;
    }
    // A longer name that starts with a registered group replaces it only when it is clearly a branch of it.
    if (registered === 'prefix' && !/(?:Province|Branch|Wilayat|Brigades?|Battalion|Front)\b/u.test(name)) return;
    if (registered === 'none' && !countryInside && spans.overlaps(a, b)) return;
    if (found.some((x) => x.start < b && a < x.end)) return;
    // "CNL militants returning from a rally" where the article speaks of "CNL party members". (Asked last: it reads
    // the whole article.)
    if (known.isParty?.(name) === true) return;
    // "the hideout of the <Name> criminal group" where the article says "<Name>, the rebels' commander": the
    // person's following, a description rather than a group's name.
    if (words.length > 1 && acronym === undefined && known.isPerson?.(name) === true) return;
    found.push({ start: a, end: b, name, cue, acronym });
  };

  // Each scan starts from its cue and reads the name backwards, so text without cues costs one search.
  const cued = CUE_PRECHECK.test(n);
  if (cued) {
    for (const m of allMatches(CUE_AFTER_RE, n)) {
      const cue = m[1]!;
      const named = nameBefore(n, m.index, true);
      if (named === null) continue;
      const [nameStart, nameRaw, acronym] = named;
      // "the 3 Sigma gang": a number before a name and a singular cue is part of the name (no count before "gang").
      // ("12 Tuareg militia fighters": a plural noun after the cue makes the number a count again.)
      const counted = PLURAL_NOUN_AFTER.test(n.slice(m.index + m[0].length, m.index + m[0].length + 24));
      const numeral =
        SINGULAR_CUE.test(cue) && !counted ? NUMERAL_BEFORE.exec(n.slice(Math.max(0, nameStart - 8), nameStart)) : null;
      const start = numeral === null ? nameStart : nameStart - numeral[0].length;
      const raw = numeral === null ? nameRaw : n.slice(start, nameStart + nameRaw.length);
      // A plural cue ("rebels", "fighters") after one word describes more often than it names ("Tuareg rebels"):
      // one word counts only as an acronym or with a digit ("ELN rebels", "M23 rebels").
      // A registered group's short name counts too ("Wagner fighters").
      if (WEAK_CUE.test(cue) && !/ /u.test(raw) && !isAcronymOrCode(raw) && !known.isGroupShortName(raw)) continue;
      // "the Sinaloa cartel": the cue is part of a cartel's name; a gang goes by its name alone ("the Kraze Barye
      // gang" is Kraze Barye).
      const suffix = cue === 'cartel' && acronym === undefined ? ` ${cue}` : '';
      consider(start, raw, cue, acronym, suffix);
    }
    for (const m of allMatches(BEFORE_RE, n)) {
      const start = m.index + m[0].indexOf(m[2]!, m[1]!.length);
      // "the armed group <Name>", "the resistance group <Name>": said in so many words, like a description after it.
      consider(start, m[2]!, m[1]!, m[3], '', false, EXPLICIT_GROUP_CUE.test(m[1]!));
    }
  }
  // "the Islamic State in Anbar Province": a province (wilayat) of the Islamic State, named by its place.
  // (Looked for without the space that every match has before it: a search stops at each occurrence of the first
  // character it looks for, and a space is every sixth character of a text.)
  if (n.includes('Province'))
    for (const m of allMatches(STATE_PROVINCE_RE, n)) consider(m.index, m[0], 'province', undefined, '', false, true);
  // (Whether the field has an opening quote at all, asked once: two rules below need one, and most fields have none.)
  const quoted = n.includes('"') || n.includes('\u201C');
  if (cued && (quoted || n.includes(" of '") || n.includes(' of \u2018')))
    for (const m of allMatches(QUOTED_THEN_CUE_RE, n)) {
      const name = m[1] ?? m[4]!;
      consider(m.index + m[0].indexOf(name), name, m[2] ?? m[3]!, undefined);
    }
  if (cued && quoted && QUOTED_NAME_CUE.test(n))
    for (const m of allMatches(QUOTED_CALLED_RE, n)) {
      const start = m.index + m[0].lastIndexOf(m[2]!);
      consider(start, m[2]!, m[1]!, undefined, '', false, true);
    }
  // (Each regex below waits for a rarer character or word of its matches: a search for one that starts with a space
  // stops at every word.)
  if (n.includes('('))
    for (const m of allMatches(ACRONYM_RE, n)) {
      const rest = n.slice(m.index + m[0].length, m.index + m[0].length + 120);
      if (!DESCRIPTION.test(rest)) continue;
      const named = nameBefore(n, m.index, false);
      if (named !== null)
        consider(named[0], named[1], rest.split(/[,.;]/u)[1]?.trim() ?? 'group', m[1], '', false, true);
    }
  if (cued && (n.includes(', a') || n.includes(', which') || n.includes(', that')))
    for (const m of allMatches(APPOSITIVE_RE, n)) {
      const named = nameBefore(n, m.index, false);
      if (named !== null) consider(named[0], named[1], m[0].slice(2).trim(), undefined, '', false, true);
    }
  // "two criminal organisations called the Familia Michoacan and the Tequileros": a plural group noun and a list.
  if (cued && / (?:called |named |known as |[a-z]+s, the )/u.test(n))
    for (const m of allMatches(PLURAL_CUE_LIST_RE, n)) {
      const cue = m[1] ?? m[2]!;
      let at = m.index + m[0].length;
      for (;;) {
        const item = LIST_ITEM_RE.exec(n.slice(at));
        if (item === null) break;
        const start = at + item.index + item[0].indexOf(item[1]!);
        consider(start, item[1]!, cue, undefined, '', false, true);
        at = start + item[1]!.length;
        if (!/^(?:,| and)/u.test(n.slice(at))) break;
      }
    }
  // "fighters from the <Name> (<ACRONYM>), led by ..., the <Name> (<ACRONYM>), and the <Name> (<ACRONYM>)": armed
  // people and the groups they belong to, then the rest of the list.
  if (cued && ARMED_PEOPLE_CUE.test(n))
    for (const m of allMatches(ARMED_PEOPLE_RE, n)) {
      let at = m.index + m[0].length;
      for (let first = true; ; first = false) {
        const item = LISTED_NAME_RE.exec(n.slice(at));
        if (item === null) break;
        const [raw, acronym] = [item[1]!, item[2]];
        // Later items need their own acronym: a list of groups gives each its initials.
        if ((first && (acronym !== undefined || GROUP_HEAD.test(raw))) || (!first && acronym !== undefined))
          consider(at, raw, 'armed people of a named group', acronym);
        at += item[0].length;
        const join = LIST_JOIN_RE.exec(n.slice(at));
        if (join === null) break;
        at += join[0].length;
      }
    }
  if (n.includes("'s "))
    for (const m of allMatches(POSSESSIVE_FACTION_RE, n)) {
      if (!known.groupEndsAt(m.index)) continue;
      const start = m.index + m[0].indexOf(m[1]!);
      const suffix = NAMED_UNIT_WORD.test(m[2]!) ? ` ${m[2]!}` : '';
      consider(start, m[1]!, `faction of a registered group (${m[2]!})`, undefined, suffix, true);
    }
  if (n.includes("'s "))
    for (const m of allMatches(POSSESSIVE_UNIT_RE, n)) {
      if (!UNIT_NAME_END.test(m[1]!) || !known.groupEndsAt(m.index)) continue;
      const start = m.index + m[0].indexOf(m[1]!);
      consider(start, m[1]!, 'unit of a registered group', undefined, '', true);
    }
  // (The quote first: "its " and "their " are common, and four searches for them read the field four times.)
  if (quoted && (n.includes('its "') || n.includes('its “') || n.includes('their "') || n.includes('their “')))
    for (const m of allMatches(PRONOUN_UNIT_RE, n)) {
      if (!UNIT_NAME_END.test(m[1]!)) continue;
      // (A registered group ends at a word end earlier in the sentence: looked for word by word, back to its start.)
      const [sentenceStart] = f.sentences[sentenceIndex(f.sentences, m.index)]!;
      let named = false;
      for (let at = sentenceStart + 1; at < m.index && !named; at++)
        if (charClass(n.charCodeAt(at - 1)) === WORD && charClass(n.charCodeAt(at)) !== WORD)
          named = known.groupEndsAt(at);
      if (!named) continue;
      const start = m.index + m[0].indexOf(m[1]!);
      consider(start, m[1]!, 'unit of a registered group', undefined, '', true);
    }
  for (const m of allMatches(FACTION_NOUN_RE, n)) {
    // "TTP-Gandapur group", "the TTP Gandapur group": a capitalised name after an acronym and a hyphen or a space,
    // read backwards from the noun.
    const name = prevWord(n, m.index + 1);
    if (name === null || !isUpperCode(name.charCodeAt(0))) continue;
    const nameStart = m.index - name.length;
    const sep = n[nameStart - 1] === '-' ? '-' : ' ';
    const acronym = prevWord(n, nameStart, sep);
    if (acronym === null || !/^[A-Z]{2,6}$/u.test(acronym)) continue;
    const start = nameStart - 1 - acronym.length;
    if (!known.groupStartsAt(start) || !known.groupEndsAt(nameStart - 1)) continue;
    consider(
      start,
      `${acronym}${sep}${name}`,
      `faction of a registered group (${m[1]!})`,
      undefined,
      ` ${m[1]!}`,
      true,
    );
  }
  for (const { start, end } of known.groupShortNames) {
    const cue = SHORT_NAME_CUE.exec(n.slice(end, end + 14))?.[1];
    if (cue === undefined) continue;
    // "Richard Wagner": a capitalised word before it makes it part of another name.
    const before = prevWord(n, start);
    if (before !== null && isUpperCode(before.charCodeAt(0))) continue;
    consider(start, n.slice(start, end), cue, undefined);
  }
  if (n.includes('Base Command'))
    for (const m of allMatches(BASE_COMMAND_RE, n)) consider(m.index, m[0], 'a numbered base command', undefined);
  // In a title-case headline every word is capitalised, so a group word ends no name ("Gunmen Attack Army Base").
  // (Whether the field is in title case is asked only of a name that would count: it reads the whole field.)
  if (GROUP_WORD.test(n))
    for (const m of allMatches(GROUP_END_RE, n)) {
      const end = m.index + m[0].length;
      if (m[0] === 'Forces' && !FORCES_OF_A_CAUSE.test(n.slice(Math.max(0, m.index - 13), m.index))) continue;
      if (spans.overlaps(m.index, end)) continue;
      // Inside a name found above ("Kivu Patriotic Front rebels"): consider() would keep that one.
      if (found.some((x) => x.start < end && m.index < x.end)) continue;
      const named = nameBefore(n, end, false);
      if (named === null || !(GROUP_NAME_END.test(named[1]) || FRONT_OR_MOVEMENT_NAME.test(named[1]))) continue;
      if (NAME_GOES_ON.test(n.slice(end, end + 11))) continue;
      // (Two words only: a longer name, "the Kuki Liberation Army camp", names the group that holds the camp.)
      const twoWords = named[1].indexOf(' ') > 0 && named[1].indexOf(' ') === named[1].lastIndexOf(' ');
      if (m[0] === 'Army' && twoWords && ARMY_FACILITY_AFTER.test(n.slice(end, end + 12))) continue;
      if (!FIGHTING.test(f.sentenceOf(named[0]))) continue;
      // "The Resistence Front (TRF)": a registered group's acronym after the name makes it that group's spelling.
      const acronym = /^ \(([\p{Lu}\p{N}-]{2,10})\)/u.exec(n.slice(end, end + 14));
      if (acronym !== null && registeredAt(end + 2, end + 2 + acronym[1]!.length) === 'whole') continue;
      if (f.titleCase) break;
      consider(named[0], named[1], 'a group name in a sentence about fighting', undefined);
    }

  for (const g of found.sort((x, y) => x.start - y.start)) {
    // (A group introduced under the same name has its slug already: a group is named many times in an article.)
    const slug = groups.find((x) => x.name === g.name)?.slug ?? slugify(g.name);
    if (slug === '') continue;
    const earlier = groups.find((x) => x.slug === slug || x.forms.includes(g.name));
    out.push({
      name: earlier?.name ?? g.name,
      slug: earlier?.slug ?? slug,
      cue: earlier?.cue ?? g.cue,
      ...(g.acronym === undefined ? {} : { acronym: g.acronym }),
      ...f.located(g.start, g.end),
      introduction: earlier === undefined,
    });
    spans.insert({ start: g.start, end: g.end });
    if (earlier === undefined) {
      const forms = [g.name];
      if (g.acronym !== undefined) forms.push(g.acronym);
      groups.push({
        name: g.name,
        slug,
        cue: g.cue,
        ...(g.acronym === undefined ? {} : { acronym: g.acronym }),
        forms,
        order: f.order,
        after: g.end,
      });
    } else if (g.acronym !== undefined && !earlier.forms.includes(g.acronym)) {
      earlier.forms.push(g.acronym);
    }
  }
}

/**
 * Later mentions of groups introduced earlier, by name or acronym, as written. An acronym the article gave a
 * group counts even where the registry knows it as another entity's (the article defined it).
 */
export function findIntroducedGroups(
  f: FieldText,
  spans: SpanSet,
  groups: readonly IntroducedGroup[],
  out: UnregisteredGroup[],
): void {
  if (groups.length === 0) return;
  const n = f.text;
  const taken = new Set<number>();
  for (const g of groups) {
    for (const form of g.forms) {
      let i = n.indexOf(form);
      while (i >= 0) {
        const end = i + form.length;
        const edges =
          (i === 0 || charClass(n.charCodeAt(i - 1)) !== WORD) &&
          (end >= n.length || charClass(n.charCodeAt(end)) !== WORD);
        const later = g.order < f.order || i >= g.after;
        const free = !spans.overlaps(i, end) || (form === g.acronym && !taken.has(i));
        if (edges && later && free) {
          taken.add(i);
          out.push({
            name: g.name,
            slug: g.slug,
            cue: g.cue,
            ...(g.acronym === undefined ? {} : { acronym: g.acronym }),
            ...f.located(i, end),
            introduction: false,
          });
          spans.insert({ start: i, end });
        }
        i = n.indexOf(form, end);
      }
    }
  }
}

/**
 * A country's name or demonym inside a name ("Freedom of Russian Legion", "Legion of Free Russia") leaves it a
 * group's name when the name does not start with it and ends in a fighting-group word; a name that starts with a
 * country ("Nigerian Army") is that state's.
 */
function countryInsideGroupName(wordCount: number, name: string, startsWithCountry: boolean): boolean {
  return !startsWithCountry && wordCount >= 3 && GROUP_NAME_END.test(name);
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
