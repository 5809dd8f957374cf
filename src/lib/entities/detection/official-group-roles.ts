/**
 * Roles in armed groups, which the press often gives with one name (a nom de guerre) or an alias:
 *  - one-word names after a group's office: "<registered group> commander <Name>", "the group's spokesman
 *    <Name>", "their commander, <Name>,"; "identified as <Name>, who was the ... commander"; "the group commanded
 *    by <Name>";
 *  - "Amir <Name>" in a sentence about armed groups;
 *  - a title or a body's membership with an alias after the name: "Commander <Name> alias ...", "Central
 *    Committee member <Name>, alias ...";
 *  - the leader of a band named after its leader: "under the leadership of <Name>", "the group of <Name>",
 *    "loyalists of <Name>", "the rebels, led by <Name>";
 *  - the leader of a registered group named after "<Name>-led": "the Paresh Baruah-led ULFA-I".
 */
import { sentenceIndex, allMatches, isUpperCode } from '../text.ts';
import type { SpanSet } from './field.ts';
import { isTitleWord, LEADING_STOP } from './names.ts';
import type { AddName, RawWord } from './official-words.ts';
import { isCivilOffice, isOrganisationName, laterForms } from './precision-rules.ts';

/** "LeT commander Furkan", "the group's spokesman Abdullah": a one-word name after a group's office noun. */
const SINGLE_AFTER_GROUP_OFFICE =
  /\b(commander|leader|chief|spokesman|spokesperson|emir|boss|kingpin|sub-commander|deputy|second[- ]in[- ]command)(,? (?:one )?)(\p{Lu}[\p{Ll}\p{M}'’]{2,}(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?)(?=[,.;:)]|\s+(?:and|who|was|is|has|had|said|says|told|were|in|at|on|of|from|with)\b)/gu;
/** "identified as Furkan, who was the acting divisional commander": a one-word name given an office at once. */
const SINGLE_IDENTIFIED =
  /\b(?:identified|named) as (\p{Lu}[\p{Ll}\p{M}'’-]{2,}), who (?:was|is) (?:the |an? )?(?:[^,.;]{0,50}?\b)(commander|leader|chief|head|emir|spokes(?:man|woman|person))\b/gu;

/** "the group commanded by Abua-kasi": one word after a band of fighters "commanded by" or "led by". */
const SINGLE_COMMANDED_BY =
  /\b(?:group|faction|cell|unit|band|gang|fighters|rebels|militants|militiamen|insurgents|cadres|platoon|company|squad|column|battalion|brigade|detachment)(?: no\.? ?\d+)? (commanded|led) by (\p{Lu}[\p{Ll}\p{M}'’]{2,}(?:-\p{L}[\p{Ll}\p{M}'’]+)?)(?=[,.;:)]|\s+(?:and|who|was|is|has|had|in|at|on|of|from|with|would|will)\b)/gu;

/** "Commander Zargul alias Uncle": a group title, one word, then the alias that names the person further. */
const SINGLE_TITLE_ALIAS =
  /\b(?:Commander|Emir|Amir|Sheikh) (\p{Lu}[\p{Ll}\p{M}'’-]{2,}) (?:alias|aka|a\.k\.a\.?|@) /gu;

/**
 * "Amir Buba Danfulani": "Amir" is a jihadist group's title for its local leader, but also a given name ("Amir
 * Peretz"), so it counts as a title only before two or more name words in a sentence about armed groups.
 */
const AMIR_TITLE =
  /(?<!\p{Lu}[\p{L}\p{M}'’-]* )(?<![\p{L}\p{M}'’-])Amir ((?:\p{Lu}[\p{Ll}\p{M}'’-]+ ){1,3}\p{Lu}[\p{Ll}\p{M}'’-]+)(?!['’]s)/gu;
/** Words of armed groups: "Amir" is a title only in a sentence about them. */
const ARMED_GROUP_CONTEXT =
  /\b(?:commanders?|militants?|insurgents?|terrorists?|jihadists?|fighters?|rebels?|militia(?:s|men)?)\b/i;
/**
 * "Central Committee member Gautam, alias Sudhakar", "member of the Special Zonal Committee (DKSZC) Sudhir alias
 * Murali": one name, with an alias after it, of a member of a body.
 */
const SINGLE_BODY_MEMBER_ALIAS =
  /\b((?:\p{Lu}[\p{L}'’-]* ){0,3}(?:Committee|Council|Bureau|Politburo|Commission) (?:\(\p{Lu}{2,8}\) )?member|member of the (?:\p{Lu}[\p{L}'’-]* ){0,3}(?:Committee|Council|Bureau|Politburo|Commission)(?: \(\p{Lu}{2,8}\))?) (\p{Lu}[\p{Ll}\p{M}'’]{2,}),? (?:alias|aka) /gu;

/** "the group of", "the faction of", "followers of", "loyalists of" at words[at] (the word before "of"). */
function isLedByCue(words: readonly RawWord[], at: number): boolean {
  const noun = words[at]!.core;
  if (/^(?:followers|loyalists)$/i.test(noun)) return true;
  return /^(?:group|faction)$/.test(noun) && /^the$/i.test(words[at - 1]?.core ?? '') && words[at - 1]!.trail === '';
}
/** "alias" written before a nom de guerre ("alias Fito", "alias 'Rasquiña'"). */
export function isAliasCue(word: RawWord | undefined): boolean {
  return word !== undefined && word.core === 'alias' && word.trail === '';
}

/**
 * "leader" when the name at words[idx] is a group's leader by the words before it, or '': "under the leadership of
 * <Name>" ("commander" under "the command of <Name>"), "the group of <Name>", "loyalists of <Name>" ("of" then opens the name's run, `titles`: it is a title
 * word too, as in "Director General of Police"), or "the rebels, led by <Name>", "a government headed by <Name>",
 * "fighters led by one <Name> and <Name>" (unless the words after the name, `apposition`, describe civil society:
 * "led by <Name>, a researcher").
 */
export function leaderCueBefore(
  words: readonly RawWord[],
  idx: number,
  titles: readonly RawWord[],
  apposition: string,
): string {
  const afterOf = titles.length === 1 && titles[0]!.core === 'of' && idx >= 2 && words[idx - 2]!.trail === '';
  if (afterOf && (words[idx - 2]!.core === 'leadership' || isLedByCue(words, idx - 2))) return 'leader';
  // ("under the command of <Name>"; "took command of Alpha Company" names a unit.)
  if (afterOf && words[idx - 2]!.core === 'command' && words[idx - 3]?.core === 'the') return 'commander';
  if (titles.length > 0 || isCivilOffice(apposition)) return '';
  const first = firstOfPairBefore(words, idx);
  // ("under the command of <Name> and <Name>": the second name of the pair, too.)
  if (first >= 2 && words[first - 1]!.core === 'of' && words[first - 2]!.trail === '') {
    if (words[first - 2]!.core === 'command' && words[first - 3]?.core === 'the') return 'commander';
    if (words[first - 2]!.core === 'leadership') return 'leader';
  }
  return ledByBefore(words, idx) || ledByBefore(words, first) ? 'leader' : '';
}

/** "led by <Name>", "commanded by one <Name>" ("one" as in "a certain") right before words[idx]. */
function ledByBefore(words: readonly RawWord[], idx: number): boolean {
  const at = idx >= 3 && words[idx - 1]!.core === 'one' && words[idx - 2]!.trail === '' ? idx - 1 : idx;
  if (at < 2 || words[at - 1]!.core !== 'by' || words[at - 2]!.trail !== '') return false;
  return /^(?:led|headed|commanded)$/.test(words[at - 2]!.core);
}

/** In "<Name> and <Name>" with words[idx] the second name, where the first starts (or -1). */
function firstOfPairBefore(words: readonly RawWord[], idx: number): number {
  if (idx < 2 || words[idx - 1]!.core !== 'and' || words[idx - 2]!.trail !== '') return -1;
  let k = idx - 2;
  while (k > idx - 6 && k > 0 && /^\p{Lu}\p{Ll}/u.test(words[k - 1]!.core) && words[k - 1]!.trail === '') k--;
  return /^\p{Lu}\p{Ll}/u.test(words[k]!.core) ? k : -1;
}

/** One-word names after a group's office noun, when a registered group or a possessive owns the office. */
export function findNamesAfterGroupOffice(n: string, spans: SpanSet, add: AddName): void {
  for (const m of allMatches(SINGLE_AFTER_GROUP_OFFICE, n)) {
    const office = m[1]!;
    const at = m.index;
    // The office must be a group's: a registered group's mention or a possessive right before it.
    const before = n.slice(Math.max(0, at - 40), at);
    // With a comma ("their commander, Njovu,") the name must close an apposition of its own, unless "one" marks
    // it as a name ("their commander, one Kamusi was killed").
    const comma = m[2]!.startsWith(',') && !m[2]!.endsWith('one ');
    const nameEnd = at + m[0].length;
    if (comma && n.charCodeAt(nameEnd) !== 0x2c) continue;
    // "the group's", "<registered group>", or the rebels' own "their"/"its" ("their purported commander"; "his
    // second in command" is the commander's).
    const groupBefore =
      /['’]s $/.test(before) ||
      /\b(?:[Tt]heir|[Ii]ts)(?: [a-z]+)? $/.test(before) ||
      (/^(?:deputy|second)/.test(office) && /\bhis $/.test(before)) ||
      (/\S $/.test(before) && spans.overlaps(at - 2, at - 1) && /\p{Lu}\S* $/u.test(before));
    if (!groupBefore || isCivilOffice(before)) continue;
    add(m[3]!, at + office.length + m[2]!.length, office);
  }
}

/** "identified as <Name>, who was the acting divisional commander": a one-word name given an office at once. */
export function findNamesIdentifiedWithOffice(n: string, add: AddName): void {
  // (Each finder first looks for words every match has: most paragraphs have none, and a regex with a word
  // boundary or a look-behind first tries every position.)
  if (!n.includes(', who ')) return;
  for (const m of allMatches(SINGLE_IDENTIFIED, n)) {
    const name = m[1]!;
    add(name, m.index + m[0].indexOf(name), m[2]!);
  }
}

/**
 * "a commander named <Name>", "an area committee member named <Name>", "a separatist commander, popularly known as
 * <Name>,": a one-word name introduced with an armed group's or a force's office (an article, at most three
 * modifiers, perhaps "of <body>").
 */
const SINGLE_CALLED =
  /\b[Aa]n? (?:[\p{Ll}-]+ ){0,3}(commander|sub-commander|leader|chief|emir|spokes(?:man|person)|(?:committee|cadre) member)(?: of [^,.;]{1,50})?(?: named| called|,? (?:(?:popularly|commonly|locally|widely|better|also) )?known as) (\p{Lu}[\p{Ll}\p{M}'’]{2,})(?=[,.;:)]|\s+(?:and|who|was|were|had|has)\b)/gu;

/** Leaders of no public office or armed group: "a community leader named <Name>", "a youth leader called <Name>". */
const CIVIL_LEADER = /\b(?:community|youth|religious|student|civil|church|party|opposition|union|business|women's)\b/;

/** What every SINGLE_CALLED match has, looked for first (that regex is tried from every word boundary). */
const NAMED_CAPITAL = /(?:named|called|known as) \p{Lu}/u;

/** One name introduced as "a commander named <Name>". */
export function findSingleNamesCalled(n: string, add: AddName): void {
  if ((!n.includes('named ') && !n.includes('called ') && !n.includes('known as ')) || !NAMED_CAPITAL.test(n)) return;
  for (const m of allMatches(SINGLE_CALLED, n)) {
    if (isCivilOffice(m[0]) || CIVIL_LEADER.test(m[0])) continue;
    const name = m[2]!;
    add(name, m.index + m[0].length - name.length, m[1]!);
  }
}

/** "the group commanded by <Name>", "fighters led by <Name>". */
export function findNamesCommandedBy(n: string, add: AddName): void {
  if (!n.includes('led by ') && !n.includes('commanded by ')) return;
  for (const m of allMatches(SINGLE_COMMANDED_BY, n)) {
    const name = m[2]!;
    add(name, m.index + m[0].length - name.length, m[1] === 'led' ? 'leader' : 'commander');
  }
}

/**
 * '"...," said Gilbert, a commander of the group': a one-word speaker whose apposition gives an armed group's or a
 * force's office ("a commander of", "the spokesman for").
 */
const SINGLE_SPEAKER_WITH_OFFICE =
  /^(\p{Lu}[\p{Ll}\p{M}'’-]{2,}), (?:an?|the|its|their) (?:[\p{Ll}-]+ ){0,2}(commander|sub-commander|spokes(?:man|woman|person)|leader|chief|emir)(?= (?:of|for|in)\b)/u;
/** The speech verbs a SINGLE_SPEAKER_WITH_OFFICE name follows. */
const SPEECH_BEFORE_SPEAKER = / (?:said|says|added) /g;

/** One-word speakers given a group's office in an apposition. */
export function findSingleSpeakersWithOffice(n: string, add: AddName): void {
  // (Each speech verb found in one pass, and the pattern tried right after it only.)
  for (const verb of allMatches(SPEECH_BEFORE_SPEAKER, n)) {
    const from = verb.index + verb[0].length;
    if (!isUpperCode(n.charCodeAt(from))) continue;
    const m = SINGLE_SPEAKER_WITH_OFFICE.exec(n.slice(from, from + 120));
    if (m === null || isCivilOffice(m[0]) || CIVIL_LEADER.test(m[0])) continue;
    add(m[1]!, from, m[2]!);
  }
}

/**
 * "under the command of Kamusi and Njovu", "under the leadership of one Kamusi": one-word names (noms de guerre) of
 * who commands or leads, when a lower-case word or punctuation follows them (longer names are runs of their own).
 */
const SINGLE_UNDER_COMMAND =
  /\bunder the (command|leadership) of (?:one )?(\p{Lu}[\p{Ll}\p{M}'’]{2,})(?: and (\p{Lu}[\p{Ll}\p{M}'’]{2,}))?(?=[,.;:)]|\s+\p{Ll})/gu;

/** One-word names "under the command of <Name> and <Name>". */
export function findSingleNamesUnderCommand(n: string, add: AddName): void {
  if (!n.includes('under the ')) return;
  for (const m of allMatches(SINGLE_UNDER_COMMAND, n)) {
    // ("the fleet under the command of Nato": one word commands as a nom de guerre only in a sentence about armed
    // groups.)
    if (!ARMED_GROUP_CONTEXT.test(n.slice(Math.max(0, m.index - 120), m.index))) continue;
    const office = m[1] === 'command' ? 'commander' : 'leader';
    const first = m[2]!;
    const firstAt = m.index + m[0].length - (m[3] === undefined ? first.length : first.length + 5 + m[3].length);
    add(first, firstAt, office);
    if (m[3] !== undefined) add(m[3], m.index + m[0].length - m[3].length, office);
  }
}

/**
 * "he was working under one Punshiba of the outfit", "fighters under alias Usman": the one-word name (or nom de guerre)
 * of whom members of an armed group work or fight under, said by a verb of working or a plural of armed people before
 * "under", or by the group after the name.
 */
const UNDER_ONE_OR_ALIAS =
  /\b(?:(work(?:ing|ed|s)?|operat(?:ing|ed|es)|serv(?:ing|ed|es)|fight(?:ing|s)?|fought)|fighters|militants|rebels|insurgents|cadres|gunmen) under (?:one|alias) ["\u201C]?(\p{Lu}[\p{Ll}\p{M}'’]{2,})["\u201D]?(?=[,.;:)]|\s+\p{Ll})/gu;
/** After the name: the group it leads ("of the outfit"), needed after a verb of working. */
const OF_THE_GROUP =
  /^["\u201D]? of the (?:outfit|group|gang|militia|organi[sz]ation|cell|unit|faction|rebels|militants|insurgents)\b/;

/** One-word names after "working under one" or "fighters under alias" (see UNDER_ONE_OR_ALIAS). */
export function findSingleNamesWorkedUnder(n: string, add: AddName): void {
  if (!(n.includes('under one ') || n.includes('under alias '))) return;
  for (const m of allMatches(UNDER_ONE_OR_ALIAS, n)) {
    const name = m[2]!;
    const end = m.index + m[0].length;
    // (A verb of working needs the group after the name: "working under one Tomas at the bakery" names an employer.)
    if (m[1] !== undefined && !OF_THE_GROUP.test(n.slice(end, end + 40))) continue;
    add(name, end - name.length - (m[0].endsWith('"') || m[0].endsWith('\u201D') ? 1 : 0), 'leader');
  }
}

/**
 * "the enemy commander one <Name> and another called Rafiki": a second one-word name given the same office by
 * "another called|named" after a name introduced with it.
 */
const ANOTHER_CALLED =
  /\b(commander|sub-commander|leader|chief|emir|spokes(?:man|person))(?:,? one| called| named)? (?:\p{Lu}[\p{L}\p{M}'’-]+ ){0,3}\p{Lu}[\p{L}\p{M}'’-]+ and another (?:one )?(?:called|named) (\p{Lu}[\p{Ll}\p{M}'’]{2,})(?=[,.;:)]|\s+\p{Ll})/gu;

/** A one-word name after "and another called", with the office of the name before it. */
export function findAnotherCalled(n: string, add: AddName): void {
  if (!n.includes(' and another ')) return;
  for (const m of allMatches(ANOTHER_CALLED, n)) {
    const name = m[2]!;
    add(name, m.index + m[0].length - name.length, m[1]!);
  }
}

/** 'under the command of "El Tío Laco"', "led by 'Gato'": a nom de guerre in quotes as the name of who leads. */
const QUOTED_IN_COMMAND =
  /\b(under the (?:command|leadership) of|(?:led|commanded|headed) by) ["\u201C\u2018](\p{Lu}[\p{L}\p{M}'’.-]*(?: [\p{L}\p{M}'’.-]+){0,3})["\u201D\u2019]/gu;

/** Words of a sentence about an armed or criminal band, which a nickname in quotes may command. */
const BAND_CONTEXT =
  /\b(?:cells?|cartels?|gangs?|factions?|groups?|units?|columns?|squads?|brigades?|battalions?|platoons?|troops|commanders?|militants?|insurgents?|terrorists?|jihadists?|fighters?|rebels?|militia(?:s|men)?|guerrillas?|hitmen|gunmen)\b/;

/**
 * 'A cell of the CJNG under the command of "El Tío Laco"': the nickname in quotes of who commands or leads, in a
 * sentence about an armed or criminal band ("the song was led by "Happy Days"" names no one).
 */
export function findQuotedNamesInCommand(n: string, sentences: Array<[number, number]>, add: AddName): void {
  // (Looked for first by hand: quotes after "by" are rare, "by" is not.)
  const cued =
    n.includes(' by "') ||
    n.includes(' by \u201C') ||
    n.includes(' by \u2018') ||
    n.includes('under the command of') ||
    n.includes('under the leadership of');
  if (!cued) return;
  for (const m of allMatches(QUOTED_IN_COMMAND, n)) {
    const [a, b] = sentences[sentenceIndex(sentences, m.index)]!;
    if (!BAND_CONTEXT.test(n.slice(a, b))) continue;
    const name = m[2]!;
    add(name, m.index + m[1]!.length + 2, /command/.test(m[1]!) ? 'commander' : 'leader');
  }
}

/** "Amir <Name>" in a sentence about armed groups. */
export function findNamesAfterAmir(n: string, sentences: Array<[number, number]>, add: AddName): void {
  if (!n.includes('Amir ')) return;
  for (const m of allMatches(AMIR_TITLE, n)) {
    const name = m[1]!;
    const words = name.split(' ');
    if (isOrganisationName(words) || words.some((w) => LEADING_STOP.has(w) || isTitleWord(w))) continue;
    const [a, b] = sentences[sentenceIndex(sentences, m.index)]!;
    if (!ARMED_GROUP_CONTEXT.test(n.slice(a, b))) continue;
    add(name, m.index + 'Amir '.length, 'Amir', laterForms(name, words.at(-1)!));
  }
}

/**
 * The index of "Amir" used as a title in a run of capitalised words ("the group's commander, Amir Khalifa Umar"),
 * or -1: the first word of the run (after sentence words such as "The"), followed by two or more name words, in a
 * sentence about armed groups.
 */
export function amirTitleAt(run: readonly RawWord[], sentence: () => string): number {
  let at = 0;
  while (at < run.length && LEADING_STOP.has(run[at]!.core)) at++;
  if (run[at]?.core !== 'Amir' || run.length - at < 3 || run[at]!.trail !== '') return -1;
  const words = run.slice(at + 1).map((x) => x.core);
  if (isOrganisationName(words) || words.some((w) => LEADING_STOP.has(w) || isTitleWord(w))) return -1;
  return ARMED_GROUP_CONTEXT.test(sentence()) ? at : -1;
}

/** "Central Committee member <Name>, alias ...": one name of a member of a body, with an alias. */
export function findMembersWithAlias(n: string, add: AddName): void {
  // (The words every match has, looked for first: the regex tries each word of every field with an office in it.)
  if (!n.includes('member') || !(n.includes('lias ') || n.includes('ka '))) return;
  for (const m of allMatches(SINGLE_BODY_MEMBER_ALIAS, n)) {
    const [office, name] = [m[1]!, m[2]!];
    add(name, m.index + office.length + 1, office);
  }
}

/** "Commander <Name> alias ...": a group title and one name, with an alias. */
export function findTitlesWithAlias(n: string, add: AddName): void {
  if (!(n.includes('lias ') || n.includes('ka ') || n.includes('.k.a') || n.includes('@'))) return;
  for (const m of allMatches(SINGLE_TITLE_ALIAS, n)) {
    const name = m[1]!;
    add(name, m.index + m[0].indexOf(name), m[0].slice(0, m[0].indexOf(' ')));
  }
}

/**
 * "<Name> of the Karen National Union's (KNU) central information department confirmed": a person who speaks for a
 * department or bureau of a registered body named there (the words before "'s" are a registered mention; "the Red
 * Cross's media department" is not one).
 */
const DEPARTMENT_SPEAKER =
  /(?<![\p{L}\p{M}'’-])(\p{Lu}[\p{L}\p{M}'’-]+(?: \p{Lu}[\p{L}\p{M}'’-]+){1,4}) of the ([^,.;()]{2,60}?)['’]s(?: \(\p{Lu}{2,8}\))? ((?:[a-z-]+ ){0,3}(?:department|bureau)) (?:said|says|told|confirmed|stated|added|announced)\b/gu;

/**
 * "<Name> of the Vigilante Group of Nigeria said": a person who speaks for a registered body the article names right
 * after "of the" (the whole body is a registered mention; "<Name> of the Red Cross said" is civil society).
 */
const BODY_SPEAKER =
  /(?<![\p{L}\p{M}'’-])(\p{Lu}[\p{L}\p{M}'’-]+(?: \p{Lu}[\p{L}\p{M}'’-]+){1,4}) of the (\p{Lu}[^,.;()]{1,60}?) (?:said|says|told|confirmed|stated|added|announced)\b/gu;

export function findBodySpeakers(n: string, spans: SpanSet, add: AddName): void {
  for (const m of allMatches(BODY_SPEAKER, n)) {
    const name = m[1]!;
    const body = m[2]!;
    const bodyStart = m.index + name.length + ' of the '.length;
    const bodyEnd = bodyStart + body.length;
    const words = name.split(' ');
    if (!spans.overlaps(bodyStart, bodyStart + 1) || !spans.overlaps(bodyEnd - 1, bodyEnd)) continue;
    if (spans.overlaps(m.index, m.index + name.length) || isOrganisationName(words)) continue;
    if (isCivilOffice(body) || words.some((w) => LEADING_STOP.has(w) || isTitleWord(w))) continue;
    add(name, m.index, `speaking for the ${body}`, laterForms(name, words.at(-1)!));
  }
}

export function findDepartmentSpeakers(n: string, spans: SpanSet, add: AddName): void {
  // (Every match has " of the ", looked for from its "f" as in official discovery: spaces and o's are everywhere.)
  if (!n.includes('f the ')) return;
  for (const m of allMatches(DEPARTMENT_SPEAKER, n)) {
    const name = m[1]!;
    const body = m[2]!;
    const bodyStart = m.index + name.length + ' of the '.length;
    const words = name.split(' ');
    if (!spans.overlaps(bodyStart, bodyStart + body.length) || isOrganisationName(words)) continue;
    const office = `${m[3]!} of the ${body}`;
    if (isCivilOffice(office) || words.some((w) => LEADING_STOP.has(w) || isTitleWord(w))) continue;
    add(name, m.index, office, laterForms(name, words.at(-1)!));
  }
}

/** "the Paresh Baruah-led ULFA-I": a person's name of two to four words, hyphened to "led" before a group. */
const PERSON_LED = /(?<![\p{L}\p{M}'’-])(\p{Lu}[\p{L}\p{M}'’]+(?: \p{Lu}[\p{L}\p{M}'’]+){1,3})-led (?=\p{Lu})/gu;

/** "<Name>-led <registered group>": the person leads the group the article names right after. */
export function findLeadersBeforeLed(n: string, spans: SpanSet, add: AddName): void {
  for (const m of allMatches(PERSON_LED, n)) {
    const name = m[1]!;
    const words = name.split(' ');
    const groupAt = m.index + m[0].length;
    if (!spans.overlaps(groupAt, groupAt + 1) || spans.overlaps(m.index, m.index + name.length)) continue;
    if (isOrganisationName(words) || words.some((w) => LEADING_STOP.has(w) || isTitleWord(w))) continue;
    add(name, m.index, 'leader', laterForms(name, words.at(-1)!));
  }
}
