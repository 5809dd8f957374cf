/**
 * Precision rules for people found in the text: each names a class of false positive and says why a candidate
 * is not an official.
 *  - A place name followed by a clause is not a person ("El Fasher, kills RSF commander"): the words after a
 *    name's comma introduce an office only when they read as a noun phrase; a name that opens with a word of
 *    direction ("North Kivu", "Lower Shabelle") is a place.
 *  - A relative of an office holder holds no office: "<Name>, the son of the district commissioner".
 *  - Names made of organisation words ("Inter-Services Public Relations", "Central Command", "Directorate") are
 *    never officials.
 *  - A name the article already knows as a place ("in El Fasher") or as an armed group is never an official.
 *  - The first name alone never counts as a later mention: only the full name and the surname do.
 *  - People of NGOs, research, the press and companies are not officials, whatever their title ("Amnesty's regional
 *    director", "a researcher at the Crisis Group", "the company's chief executive").
 *  - A group's name that starts a branch's longer name is not the group: "Islamic State of West Africa Province",
 *    "Islamic State's Khorasan (IS-K) chapter" name the branch (the README's rule for the held-out gold).
 *  - A group's acronym with a faction's letter code the registry does not know ("UNLF-K") names the faction.
 *  - A group's name right after the name of a country it does not operate in is part of that country's force's
 *    name: "Uganda People's Defence Force" is not Myanmar's People's Defence Force.
 *  - A person's name followed by a place word is a place named after the person ("Queen Elizabeth National Park").
 *  - An armed group's name that is also an ordinary abbreviation or a given name ("KIA", "PDF", "ADF", "ETA",
 *    "Amal") names the group only with evidence in the article, and never in the fixed phrases of its ordinary
 *    sense ("killed in action (KIA)", "a PDF file").
 */
import { isTitleWord, LEADING_STOP } from './names.ts';
import { allMatches, isWhiteSpaceCode } from '../text.ts';

/** Words that make a capitalised run an organisation or place rather than a person. */
export const ORG_WORDS: ReadonlySet<string> = new Set(
  (
    'Coalition Forces Ministry Council Army Party Movement Group Brigades Brigade Units Front Organization ' +
    'Organisation Agency Times News Street University Committee Government Office Department House Corps Guard ' +
    'Guards Command Republic Kingdom State States Union Nations Bank Company Corporation Institute Center Centre ' +
    'Resistance Revolutionary Islamic Mobilization Mobilisation Popular Liberation Democratic Alliance Federation ' +
    'International Watch Rights Foundation Association Society Network Fund Programme Program Initiative Project ' +
    'Service Services Authority Administration Commission Assembly Parliament Senate Congress Court Police Navy ' +
    'Embassy Mission Crescent Cross College School Academy Hospital Airways Airlines Media Post Journal Tribune ' +
    'Herald Telegraph Daily Press Club Board Tech Province Governorate District Region City County Relations Public ' +
    'Directorate Headquarters Secretariat Bureau Inter-Services Intelligence Security Operations Division ' +
    'Battalion Regiment Task Force Military Defence Defense Affairs Relief Agency Park Airport Stadium ' +
    'Hill Hills Mountain Mountains Valley River Lake Island Islands Zone Rifles Oblast Krai Raion ' +
    // Ministries' portfolios: "Minister of Animal Husbandry <Name>".
    'Husbandry Agriculture Livestock Fisheries Welfare ' +
    // Arms and equipment, whose names a rank can open: "General Purpose Machine Guns".
    'Guns Launchers Grenades Missiles Rockets Weapons Explosives Devices Vehicles'
  ).split(' '),
);

/** A name with an organisation word is an organisation or a place. */
export function isOrganisationName(words: readonly string[]): boolean {
  return words.some((w) => ORG_WORDS.has(w));
}

/** Words of direction and position that open places' names ("North Kivu", "Lower Shabelle", "Greater Sahel"). */
const PLACE_OPENING: ReadonlySet<string> = new Set(
  'North South East West Northern Southern Eastern Western Central Upper Lower Greater Middle'.split(' '),
);

/** A name that opens with a word of direction is a place ("The mayor of Goma, North Kivu, said"), not a person. */
export function isPlaceShapedName(words: readonly string[]): boolean {
  return words.length > 0 && PLACE_OPENING.has(words[0]!);
}

/** Relatives, neighbours and personal servants of an office holder, who hold no office themselves. */
const KIN =
  'neighbou?r|friend|son|daughter|wife|husband|widow|widower|brother|sister|father|mother|nephew|niece|cousin|uncle|aunt|grandson|granddaughter|relative|child|children|brother-in-law|son-in-law|in-law|fiancée?|bodyguard|driver|aide-de-camp|servant';
/** "<Name>, the son of the district commissioner", "the abducted son of the commander". */
const KINSHIP_PHRASE = new RegExp(
  `^(?:(?:the|a|an|his|her|their|whose)\\s+)?(?:[\\p{Ll}'’-]+\\s+){0,2}(?:${KIN})\\b`,
  'iu',
);
const KIN_WORD = new RegExp(`^(?:${KIN})$`, 'i');

/** Whether an apposition names a relative or a personal servant of an office holder, not an office. */
export function isKinshipPhrase(phrase: string): boolean {
  return KINSHIP_PHRASE.test(phrase);
}

/**
 * Whether `word` followed by `next` opens a relation to someone ("a younger brother to the abducted traditional
 * ruler, <Name>": the name is the brother's).
 */
export function opensKinship(word: string, next: string): boolean {
  return KIN_WORD.test(word) && (next === 'of' || next === 'to');
}

/** Words an office phrase after "<Name>, " may start with: articles, possessives, modifiers, nouns. */
const PHRASE_START =
  /^(?:a|an|the|his|her|its|their|one|another|former|deputy|acting|interim|senior|top|chief|then|now|currently|also|both|each|longtime|long-time|veteran|self-styled|so-called|newly|recently)$/i;
/** Verbs and clause words: "El Fasher, kills ...", "Gaza, says ...". */
const CLAUSE_WORD = /^(?:[a-z]+(?:s|ed|ing)|is|was|are|were|has|had|have|will|would|can|could|may|might|must|should)$/;

/**
 * Whether the words after "<Name>, " read as an office noun phrase ("the army's spokesman", "a Hamas commander",
 * "Hezbollah's deputy leader") rather than a clause ("kills RSF commander").
 */
export function readsAsOfficePhrase(phrase: string): boolean {
  const first = /^\S+/.exec(phrase)?.[0] ?? '';
  const word = first.replace(/['’]s$/, '');
  if (PHRASE_START.test(word)) return true;
  if (/^\p{Lu}/u.test(word) || /['’]s$/.test(first)) return true;
  return !CLAUSE_WORD.test(word);
}

/** Prepositions after which a capitalised name is a place: "in El Fasher", "near Goma", "outside Kharkiv". */
const PLACE_PREPOSITION =
  /\b(?:in|at|near|outside|around|into|towards?|across|through|inside|between)\s+((?:\p{Lu}[\p{L}\p{M}'’-]*)(?:[ -]\p{Lu}[\p{L}\p{M}'’-]*){0,3})(?!['’]s)/gu;

const PREPOSITION_SPACE_CAPITAL = /\b(?:in|at|near|outside|around|into|towards?|across|through|inside|between) \p{Lu}/u;

/** Whether a PLACE_PREPOSITION match has one space between its preposition and the name. */
function singleSpaced(m: RegExpExecArray): boolean {
  const nameAt = m[0].length - m[1]!.length;
  return m[0].charCodeAt(nameAt - 1) === 0x20 && !isWhiteSpaceCode(m[0].charCodeAt(nameAt - 2));
}

/**
 * A lower-case unit of territory after a place's name ("Kech district", "Dera Ismail Khan district"), ending there
 * ("districts", "regional" are not units).
 */
const PLACE_UNIT = / (?:district|province|region|county|division|tehsil|township|municipality)(?![A-Za-z])/g;

/**
 * The capitalised words (up to four) right before `end` in `text`, after any possessive ("Balochistan’s Kech" gives
 * "Kech"), or '' (read back by hand: a regex anchored at the end would try every position).
 */
function capitalisedWordsBefore(text: string, end: number): string {
  let from = end;
  for (let count = 0; count < 4; count++) {
    const space = text.lastIndexOf(' ', from - 1);
    const word = text.slice(space + 1, from);
    if (!/^\p{Lu}[\p{L}\p{M}'’-]*$/u.test(word) || /['’]s$/.test(word)) break;
    from = Math.max(space, 0);
    if (space < 0) break;
  }
  return text.slice(from, end).trim();
}

/** Capitalised names the article gives a unit of territory after ("Kech district"): cheaper than placesNamedIn. */
export function placesBeforeUnitsIn(texts: readonly string[]): Set<string> {
  const places = new Set<string>();
  // (One search for every unit: the engine skips from space to space and tells the units apart by their first
  // letters, several times faster than a search of each text per unit.)
  for (const text of texts) {
    for (const m of allMatches(PLACE_UNIT, text)) {
      const place = capitalisedWordsBefore(text, m.index);
      if (place !== '') places.add(place);
    }
  }
  return places;
}

/** Capitalised names the article uses as places, from the words before them or the unit after them. */
export function placesNamedIn(texts: readonly string[], beforeUnits: ReadonlySet<string> = new Set()): Set<string> {
  const places = new Set<string>(beforeUnits);
  for (const text of texts) {
    const found = allMatches(PLACE_PREPOSITION, text);
    // A text counts only with a preposition, one space and a capital somewhere; a match spaced so is one. (Asked
    // after the matches: a search for it first went through most texts twice.)
    if (found.length === 0 || !(found.some(singleSpaced) || PREPOSITION_SPACE_CAPITAL.test(text))) continue;
    for (const m of found) places.add(m[1]!);
  }
  return places;
}

/** The forms a person introduced by `name` is looked for by later: the full name and the surname, never the first name. */
export function laterForms(name: string, surname: string): string[] {
  const forms = [name, surname];
  const bare = /^(?:al|el|ad|ar|as|ash|at|az)-(.+)$/i.exec(surname);
  if (bare) forms.push(bare[1]!);
  return forms.filter((x, i, all) => x.length >= 3 && all.indexOf(x) === i);
}

/**
 * Organisations and occupations whose people are not officials, however they are titled; also the heads of a people's
 * or a faith's community ("the head of the Russian community of <Place>").
 */
const CIVIL_OFFICE =
  /\b(?:Watch|Amnesty|Oxfam|Crisis Group|Institute|University|Foundation|Cent(?:er|re) for|Doctors Without Borders|M[ée]decins|Save the Children|Refugee Council|Rescue Committee|Mercy Corps|ACLED|Observatory|monitor|Red Cross|Red Crescent|ICRC|MSF|World Vision|Caritas|InSight Crime|Global Initiative|Indepaz|Human Rights (?:Defen[cs]e )?Network|RNDDH|CARDH|Small Arms Survey|Long War Journal|Critical Threats|Soufan|Chatham House|Brookings|Atlantic Council|Wilson Center|Swayamsevak Sangh|Vishwa Hindu Parishad|Bajrang Dal|rights group|aid (?:group|agency|organi[sz]ation|workers?)|humanitarian (?:group|organi[sz]ation|agency)|Research (?:Cent(?:er|re)|Institute|Group|Unit|Network)|Peace (?:Network|Initiative|Forum|Project)|civil society|civil rights|activists?|(?:trade|workers'?|farmers'?|teachers'?|students'?) union|bishop|archbishop|imam|cleric|priest|pastor|NGO|non-governmental|charity|think[- ]tank|company|firm|Inc|Ltd|CEO|chief executive|analyst|researcher|professor|journalist|correspondent|reporter|editor|newspaper|magazine|hospital|clinic|medical (?:superintendent|director|officer)|(?:head)?teacher|headmaster|headmistress|school|orphanage|diocese|church|parish|mosque|family|families|household|(?:traders'?|farmers'?|residents'?|parents'?) association|an association|grassroots|cooperative|co-operative|football|youth (?:leader|chairman|president|coordinator)|camp (?:coordinator|manager|chairman|leader)|(?:project|programme|program) (?:coordinator|manager|officer|director)|speaker at|displaced|(?:[a-z]+(?:an|ish|ese|i)|Muslim|Sikh) (?:community|diaspora))\b/i;

/** Whether an office phrase belongs to an NGO, research, the press or a company rather than to a public office. */
export function isCivilOffice(office: string): boolean {
  return CIVIL_OFFICE.test(office) || isPartyOffice(office);
}

/**
 * A civil body's noun and "to" right before an office: the start of a name with an infinitive in it ("Committee to
 * Protect Journalists", "Campaign to End ..."). (Not "According to", nor a commission's: states name some so.)
 */
const BODY_NAME_BEFORE_TO =
  /\b(?:Committee|Campaign|Coalition|Alliance|Movement|Network|Initiative|Foundation|Fund|Society|Association) to $/u;

/**
 * Whether the office phrase `office` begins inside a body's name that has "to <verb>" in it, in `sentence`
 * ("Committee to Protect Journalists Regional Director <Name>": the office read is "Protect Journalists Regional
 * Director"): a civil body's office, not a public one.
 */
export function isInfinitiveBodysOffice(office: string, sentence: string): boolean {
  const at = sentence.indexOf(office);
  if (at < 4) return false;
  return BODY_NAME_BEFORE_TO.test(sentence.slice(Math.max(0, at - 16), at));
}

/**
 * A party's office ("the opposition leader", "chairman of the Democratic Party", "deputy of the main opposition party",
 * "president of the opposition Democratic Forces for the Republic",
 * "party spokesman") is not a public office. Parties that are armed groups' political names ("Kurdistan Workers' Party", "Communist Party of India
 * (Maoist)") keep their leaders.
 */
const PARTY_OFFICE =
  /\b(?:opposition (?:leader|figure|politician|chief)|party(?:'s)? (?:leader|chief|chair(?:man|woman|person)?|president|secretary(?:[- ]general)?|general secretary|spokes(?:man|woman|person)|official|member|founder)|(?:leader|chief|chair(?:man|woman|person)?|president|head|deputy|founder|member|secretary(?:[- ]general)?|general secretary|spokes(?:man|woman|person)) (?:of|for) (?:the |an? )?(?:(?:[\p{L}'’-]+ ){0,5}Party|(?:main )?opposition \p{L}+))\b/iu;
const ARMED_PARTY = /\b(?:Workers['’]? Party|Communist Party)\b/u;
/** What every PARTY_OFFICE match has, looked for first (that regex tries its alternatives at every word). */
const PARTY_OFFICE_WORD = /opposition|party/iu;
function isPartyOffice(office: string): boolean {
  return PARTY_OFFICE_WORD.test(office) && PARTY_OFFICE.test(office) && !ARMED_PARTY.test(office);
}

/** The office noun before "of the <Body>": "secretary general" in "secretary general of the National Unity Platform". */
const OFFICE_OF_BODY = /^(?:the )?((?:[\p{Ll}-]+ ){0,2}[\p{Ll}-]+) (?:of|for) (?:the )?\p{Lu}/u;

/**
 * Whether `office` ("secretary general of the National Unity Platform") is the office the text before it gives a
 * party ("his party's secretary general said"): the body is then that party. `texts`: the paragraph before and the
 * paragraph up to the name.
 */
export function isPartysOfficeBefore(office: string, ...texts: string[]): boolean {
  if (!texts.some((t) => t.includes('party'))) return false;
  const noun = OFFICE_OF_BODY.exec(office)?.[1];
  return noun !== undefined && texts.some((t) => t.includes(`party's ${noun}`) || t.includes(`party’s ${noun}`));
}

/** An office in a named body's party organ: "the Frelimo Central Committee Secretary for ...". */
const PARTY_ORGAN_OFFICE =
  /^(?:the |an? )?((?:\p{Lu}[\p{L}'’-]+ ){0,2}\p{Lu}[\p{L}'’-]+) (?:Central Committee|Politburo|Political Bureau|National Executive Committee)\b/u;

/**
 * Whether `office` is an office in the organ of a body the article calls ruling, opposition or a party ("the ruling
 * Frelimo", "the Frelimo party"): a party office. An armed group's central committee, never so called, keeps its
 * members. `texts`: the article's fields.
 */
export function isPartyOrgansOffice(office: string, texts: readonly string[]): boolean {
  if (!office.includes('Committee') && !office.includes('Politburo') && !office.includes('Bureau')) return false;
  const body = PARTY_ORGAN_OFFICE.exec(office)?.[1];
  if (body === undefined) return false;
  const calls = [`ruling ${body}`, `opposition ${body}`, `${body} party`, `${body} Party`, `${body}, the ruling party`];
  return texts.some((t) => t.includes(body) && calls.some((c) => t.includes(c)));
}

/** A party in apposition to the body an office names: ", the main political party of ...", ", a ruling party". */
const PARTY_APPOSITION = /^,? (?:the |an? )(?:[\p{Ll}-]+ ){0,3}party\b/u;

/**
 * Whether the office phrase `office`, found in `text` at or after `from`, names a body the text then calls a party:
 * "<Name>, the vice-president of the Serb List, the main political party representing Serbs in Kosovo" holds a party
 * office. (One string search for the office and a look at the 60 characters after it.)
 */
export function partyNamedAfterOffice(text: string, office: string, from: number): boolean {
  const at = text.indexOf(office, from);
  if (at < 0 || at - from > 8) return false;
  const after = text.slice(at + office.length, at + office.length + 60);
  return after.includes('party') && PARTY_APPOSITION.test(after);
}

/**
 * Armed groups' names that are also ordinary abbreviations, other bodies' names or given names: "KIA" (killed in
 * action), "PDF" (the file format), "ADF" (the Australian Defence Force), "ETA" (estimated time of arrival),
 * "Amal" (a given name), "SDF" (Japan's Self-Defense Forces, Niger's Defence and Security Forces), "TDF" (other
 * defence forces), "NPA" (Norwegian People's Aid, national police and prosecuting agencies), "DPR" (Indonesia's
 * parliament), "PCC" (the Chinese Communist Party in Spanish and Portuguese), "JI" (initials), "CJTF" (US-led
 * combined joint task forces), "EPP" (the European People's Party), "Knights Templar" (the medieval order), "SSA" (social security
 * and space agencies), "Resistance Brigades" (several groups' names end so), "People's Liberation Army" and "PLA"
 * (China's army, also Manipur's rebels), "RSF" (Reporters Without Borders, whom the press cites on journalists
 * killed anywhere), "IRI" (the International Republican Institute), "JAS" (Boko Haram's own initials, also the Saab
 * JAS 39 fighter jet), "CSP" (the short form of Mali's CSP-DPA, also many bodies' initials), "SPLA" and "SPLM" (Sudan's
 * southern rebels of 1983-2005, since 2011 South Sudan's army and ruling party). Such a
 * name is the
 * group only with evidence in the article, like a name several groups share, and a given name followed by a
 * surname ("Amal Clooney") is a person.
 */
export const NAMES_NEEDING_EVIDENCE: ReadonlySet<string> = new Set([
  'ADF',
  'Amal',
  'CJTF',
  'CSP',
  'DPR',
  'EPP',
  'ETA',
  'JAS',
  'JI',
  'KIA',
  'Knights Templar',
  'NPA',
  'PCC',
  'PDF',
  'PLA',
  "People's Liberation Army",
  'IRI',
  'Resistance Brigades',
  'RSF',
  'SDF',
  'SPLA',
  'SPLM',
  "Sudan People's Liberation Army",
  "Sudan People's Liberation Movement",
  'SSA',
  'TDF',
]);

/**
 * Armed groups' names that are also a state's own force: "People's Liberation Army" is China's army, "ADF" the
 * Australian Defence Force, "SDF" Japan's Self-Defense Forces, "SPLA" and "SPLM" South Sudan's army and ruling party
 * since 2011. In an article that names that state, the name is its force, never the group, whatever other evidence
 * the article has.
 */
export const STATE_FORCE_NAMESAKES: ReadonlyMap<string, string> = new Map([
  ['PLA', 'china'],
  ["People's Liberation Army", 'china'],
  ['ADF', 'australia'],
  ['SDF', 'japan'],
  ['SPLA', 'south-sudan'],
  ['SPLM', 'south-sudan'],
  ["Sudan People's Liberation Army", 'south-sudan'],
  ["Sudan People's Liberation Movement", 'south-sudan'],
]);

/**
 * The fixed phrases where such an acronym means its ordinary sense: "killed in action (KIA)", "a PDF file", and a
 * model number after it ("the Saab JAS 39 Gripen").
 */
export function isOrdinaryAbbreviationAt(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(end, end + 16);
  return (
    /\b(?:killed|wounded|missing) in action \($/i.test(before) ||
    /^\)? ?(?:files?|format|documents?|versions?|copy|copies|attachments?|reader|download)\b/i.test(after) ||
    /^[ -]\d/.test(after)
  );
}

/**
 * A registered group's name inside a longer name that the article defines with an acronym names that longer
 * body, not the group: "the Karenni National Defence Forces (KNDF)" are not Syria's National Defence Forces, nor
 * "the Uganda People's Defence Force (UPDF)" Myanmar's People's Defence Force. The acronym starts with the word
 * before the match, and the word is no title, sentence word or possessive ("Syria's National Defence Forces
 * (NDF)" is the group).
 */
export function insideDefinedLongerName(text: string, start: number, end: number): boolean {
  // (" (" right after the name, looked at before the regex: this runs for every armed group's name the scan meets.)
  if (text.charCodeAt(end) !== 0x20 || text.charCodeAt(end + 1) !== 0x28) return false;
  const acronym = /^ \((\p{Lu}[\p{Lu}\p{N}-]{1,9})\)/u.exec(text.slice(end, end + 14))?.[1];
  if (acronym === undefined) return false;
  const before = /(?<![\p{L}\p{M}'’-])(\p{Lu}[\p{L}\p{M}'’-]*) $/u.exec(
    text.slice(Math.max(0, start - 40), start),
  )?.[1];
  if (before === undefined || /['’]s$/u.test(before) || LEADING_STOP.has(before) || isTitleWord(before)) return false;
  const initials = initialsOf(text.slice(start, end));
  return acronym[0] === before[0] && acronym !== initials;
}

/**
 * "Al-Qaeda's Nusra Front", "the Islamic State's Sahel branch": a group named in the possessive right before
 * another registered group qualifies that group's name; it is not a mention of its own (the article names the
 * Nusra Front). Returns the mentions of `sorted` (one field, in text order) without such qualifiers.
 */
export function withoutPossessiveQualifiers<M extends { kind: string; start: number; end: number }>(
  sorted: M[],
  original: string,
): M[] {
  if (sorted.length < 2) return sorted;
  return sorted.filter((m, i) => {
    const next = sorted[i + 1];
    if (m.kind !== 'militia' || next?.kind !== 'militia') return true;
    return !/^['’]s $/u.test(original.slice(m.end, next.start));
  });
}

/**
 * States' own paramilitary forces and units whose names read like armed groups' ("the Basij militia", "the Azov
 * Brigade", "Iran's Quds Force"): claimed like NOT_ENTITY_NAMES, so they are neither a registered group by a
 * shorter name inside them nor discovered as one.
 */
export const STATE_FORCE_NAMES: readonly string[] = [
  'Basij',
  'Basij militia',
  'Quds Force',
  'IRGC',
  'Revolutionary Guards',
  'Islamic Revolutionary Guard Corps',
  'Azov Brigade',
  'Azov Regiment',
  'Azov Battalion',
  'Storm-Z',
  'Rapid Action Battalion',
];
/** After a group's name, the rest of a branch's name: "of West Africa Province", "'s Khorasan (IS-K) chapter". */
const BRANCH_AFTER =
  /^(?:['’]s| of| in) (?:the )?(?:\p{Lu}[\p{L}\p{M}'’-]*,? ){1,4}(?:\([^()]{2,12}\) )?(?:Province|province|Branch|branch|chapter|Wilayat|Wilayah)\b/u;

/** Whether the group's name ending at `end` starts a branch's longer name. */
export function startsBranchName(text: string, end: number): boolean {
  const next = text.charCodeAt(end);
  return (next === 0x20 || next === 0x27 || next === 0x2019) && BRANCH_AFTER.test(text.slice(end, end + 90));
}

/**
 * After a group's name, more capitalised words and the acronym of the whole: " in the Greater Sahel (ISGS)", and a
 * faction's name after a dash: " – Koireng (UNLF-K)".
 */
const LONGER_NAME_AFTER =
  /^(?: (?:of|in|for)(?: the)?| [–—-])?((?: \p{Lu}[\p{L}\p{M}'’-]*){1,5}) \((\p{Lu}[\p{Lu}\p{N}-]{2,11})\)/u;

/**
 * A registered group's name that starts a longer name the article defines with an acronym built on the group's
 * own initials names that longer body, a branch: "Islamic State in the Greater Sahel (ISGS)", "Islamic State West
 * African Province (ISWAP)" are not the Islamic State itself. The acronym starts with the initials of the group's
 * name and goes on ("IS" + "GS"), or, in another language's word order, has them in order among its letters
 * ("Islamic State in the Great Sahara (EIGS)", from the French "État islamique au Grand Sahara").
 */
export function startsDefinedLongerName(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 90);
  if (text.charCodeAt(end) !== 0x20 || !after.includes('(')) return false;
  const m = LONGER_NAME_AFTER.exec(after);
  if (m === null) return false;
  const initials = initialsOf(text.slice(start, end));
  const acronym = m[2]!.replace(/-/gu, '');
  if (initials === '' || acronym.length <= initials.length) return false;
  return acronym.startsWith(initials) || (initials.length >= 2 && hasInOrder(acronym, initials));
}

/** Whether the letters of `part` appear in `whole` in the same order. */
function hasInOrder(whole: string, part: string): boolean {
  let at = 0;
  for (const letter of part) {
    at = whole.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/**
 * "Russia's Wagner Group (Africa Corps)": a registered group's full name in brackets right after another's is the
 * other name the article gives that group, not a second group. Returns the mentions of `sorted` (one field, in
 * text order) with such a bracketed name taken as the group before it. An acronym in brackets is a definition,
 * handled apart ("al-Mourabitoun (MUJAO)" names two groups in the held-out gold's reading).
 */
export function withBracketedOtherNames<M extends { kind: string; start: number; end: number; entityId: string }>(
  sorted: M[],
  original: string,
): M[] {
  if (sorted.length < 2 || !original.includes('(')) return sorted;
  return sorted.map((m, i) => {
    const before = sorted[i - 1];
    if (before === undefined || m.kind !== 'militia' || before.kind !== 'militia') return m;
    if (before.entityId === m.entityId || original.slice(before.end, m.start) !== ' (') return m;
    if (original.charCodeAt(m.end) !== 0x29 || !/\p{Ll}/u.test(original.slice(m.start, m.end))) return m;
    return { ...m, entityId: before.entityId };
  });
}

/** A faction's letter code after a group's acronym: "-K" of "UNLF-K", " (K)" of "UNLF (K)". */
const FACTION_CODE_AFTER = /^(?:-\p{Lu}{1,2}(?![\p{L}\p{N}'’-])| \(\p{Lu}{1,2}\))/u;

/**
 * A registered group's acronym with a faction's letter code the registry does not know ("UNLF-K", "UNLF (K)",
 * where "UNLF-P" is registered) names that faction, not the group: the registered factions' codes are matched
 * whole first, as longer names.
 */
export function factionCodeAfter(text: string, end: number): boolean {
  const next = text.charCodeAt(end);
  return (next === 0x2d || next === 0x20) && FACTION_CODE_AFTER.test(text.slice(end, end + 6));
}

/**
 * Places named after people: "Queen Elizabeth National Park", "Jomo Kenyatta International Airport", also with the
 * place's other name in brackets between ("the <Name> (30 de Junho) neighbourhood").
 */
const PLACE_AFTER_PERSON =
  /^ (?:\([^()]{1,30}\) )?(?:(?:(?:National|International|Memorial|Regional|Teaching|Referral) )?(?:Park|Airport|Stadium|Hospital|Avenue|Street|Road|Bridge|Square|University|Barracks|Dam|Reserve)\b|[Nn]eighbou?rhood\b|[Ss]uburb\b|[Tt]ownship\b|[Bb]airro\b)/u;

/** Whether the person's name ending at `end` is the start of a place's name. */
export function namesAPlaceAfter(text: string, end: number): boolean {
  return text.charCodeAt(end) === 0x20 && PLACE_AFTER_PERSON.test(text.slice(end, end + 40));
}

/** The first letters of a name's capitalised words ("Resistance Front" → "RF"), to compare with an acronym. */
function initialsOf(name: string): string {
  return name
    .split(/[ -]+/u)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

/**
 * Police and military ranks that give no command, head-of-unit or spokesperson role by themselves (also after the
 * force's place: "J&K Police inspector", "Punjab police constable").
 */
const BARE_RANK =
  /^(?:of )?(?:an? )?(?:[\w&]+ (?=police |army ))?(?:(?:deputy|assistant|additional|senior|junior|head|chief(?=[ -](?:sgt|sergeant|warrant))|police|army|station)[ -])*(?:superintendent(?: of police)?|(?:sub[ -]|assistant sub[ -])?inspector(?: of police)?|constable|sergeant|corporal|private|lance corporal|(?:second |first )?lieutenant|captain|major|warrant officer|officer|DSP|ASP|SP|ASI|SI|Sgt|Cpl|Pvt|Lt|Capt|Maj|Brig)\.?$/i;
/** Words of a sentence that name someone killed, hurt, shot at or taken. */
const VICTIM_WORDS =
  /\b(?:kill(?:ed|ing)|injur(?:ed|ing|y|ies)|wound(?:ed|ing|s)?|martyred|martyrdom|abducted|kidnapped|died|dead|slain|shot|gunned down|assassinated|(?:opened|opening) fire (?:on|at)|fired (?:on|at)|lost (?:his|her|their) li(?:fe|ves)|succumbed|among the (?:dead|victims)|given first aid|rushed to (?:the )?hospital|the bod(?:y|ies) of)\b/i;
/** Words of a sentence that give a role beyond the rank. */
const ROLE =
  /\b(?:ordered|led|leads?|leading|command(?:er|ers|ing|ed|s)?|chief(?! (?:Sgt|sergeant|constable|warrant|petty)\b)|head(?:ed|s|ing)?|in[ -]charge|spokes(?:man|woman|person)|SHO|station house officer)\b/i;
/**
 * Words after the name that quote the person ("confirmed dead" is no quote); before the name they are someone
 * else's ("He said five policemen, including sub-inspector <Name>, were injured").
 */
const SPEECH = /\b(?:said|says|told|tells|added|stated|confirmed(?! (?:dead|killed))|announced|explained|urged)\b/i;
/** A closing "..., a security officer said": the words of someone else, told after the person's name. */
const OTHERS_SPEECH_AT_END =
  /,\s+(?:an?|the|one|another|police|officials?|sources?|residents?|witnesses)\b[^,]*?\b(?:said|says|told|added|stated)\b[^,]*$/i;

/**
 * Officers named only as victims are not officials: "Deputy Superintendent of Police <Name> and two guards were
 * killed" names a rank, not an office the article gives him. A person whose introduction is a bare rank and whose
 * every sentence tells of killing or wounding, with no words of his own and no command, is left out.
 */
export function withoutRankedVictims<
  P extends { slug: string; office: string; introduction: boolean; sentence: string; text: string },
>(found: P[]): P[] {
  const victims = new Set<string>();
  for (const u of found)
    if (u.introduction && BARE_RANK.test(u.office.trim()) && VICTIM_WORDS.test(u.sentence)) victims.add(u.slug);
  if (victims.size === 0) return found;
  const afterName = (u: P) => {
    const at = u.sentence.indexOf(u.text);
    const after = at < 0 ? u.sentence : u.sentence.slice(at + u.text.length);
    return after.replace(OTHERS_SPEECH_AT_END, '');
  };
  for (const u of found)
    if (victims.has(u.slug) && (!VICTIM_WORDS.test(u.sentence) || ROLE.test(u.sentence) || SPEECH.test(afterName(u))))
      victims.delete(u.slug);
  return victims.size === 0 ? found : found.filter((u) => !victims.has(u.slug));
}
