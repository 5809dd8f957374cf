/**
 * Offices the sentence gives after a name:
 *  - "<Name>, <office phrase>" where the phrase names an office ("Lena Okafor, the agency spokeswoman"), also
 *    "<Name>, speaking for <group>";
 *  - "<Name>, who is suspected of leading ...", "<Name>, who represents ... in the Senate", "<Name>, who heads
 *    the cell", "<Name>, who headed palace security";
 * ("<Name> was the head of ...", "<Name>, who was (also) a ... commander" are read by the general cue of
 * official-context.ts.)
 */
import type { FieldText } from './field.ts';
import { OFFICE_NOUN, SPEECH_VERB } from './official-words.ts';
import { isCivilOffice, isKinshipPhrase, readsAsOfficePhrase } from './precision-rules.ts';
import { allMatches } from '../text.ts';

/** What follows a name that makes it a leader's: "<Name>, who is suspected of leading ...". */
const LEADS_AFTER =
  /^,? (?:who )?(?:is|was|are|were) (?:suspected|believed|accused|alleged|thought|said|reported) (?:of (?:leading|heading|commanding)|to (?:lead|head|command|be the (?:leader|head|commander|chief)))\b/;
/**
 * "<Name>, who represents ... in the Senate", "<Name>, who heads the ...", "<Name>, who is in charge of the police
 * station": an office given by a clause.
 */
const WHO_HOLDS_AFTER =
  /^, who (?:represents [^,.;]{0,60}?\b(?:Senate|House of Representatives|[Pp]arliament|[Nn]ational [Aa]ssembly|[Ss]tate [Aa]ssembly|[Cc]onstituency|[Cc]ongress)\b|(?:heads|headed|leads|led|commands|commanded|chairs|chaired) (?:(?:the|a|an|his|its) [^,.;]{1,60}|(?:(?:palace|presidential|state|national|military|border|prison) )?(?:security|police|intelligence|guards?|forces|army|troops)\b[^,.;]{0,60})|(?:is|was) (?:the )?in charge of (?:the|a|an|its) [^,.;]{1,60}|(?:is|was) (?:the|a|an) (?:[\w'-]+ ){0,2}?(?:commander|head|leader|chief|spokes(?:man|woman|person)|governor|mayor|minister)\b[^,.;]{0,60})/;
/** The verb of a clause that gives an office by what the person leads. */
const LEADS_WHAT = /\b(?:heads|headed|leads|led|commands|commanded|chairs|chaired|in charge of)\b/;
/** What a person leads that makes leading it an office: a body, a force, a unit, a place, or a named one. */
const LED_BODY =
  /\b(?:rebels?|militias?|group|faction|forces?|army|police|security|guards?|intelligence|brigade|battalion|unit|movement|gang|cartel|fighters|troops|command|administration|council|ministry|government|province|district|region|state|county|committee|cell|wing|division|station|department|agency|bureau|commission|operations?|delegation|front|network|organi[sz]ation|municipality|town|city|village)\b|\p{Lu}\p{Ll}/u;

/**
 * An office phrase that opens with its office noun and an "of" ("the commander of the al-Radwan forces of the
 * Hezbollah terrorist organization in the south"): the rest only says of what, however long.
 */
const HEADED_OFFICE_PHRASE =
  /^(?:the|a|an|its|their|his|her) (?:(?:deputy|senior|top|acting|former|overall|military|field) ){0,2}(?:commander|leader|head|chief|spokes(?:man|woman|person)|founder|emir) of /;
/** "part of the Somalia Security Ministry": a government body named in capitals. */
const PART_OF_BODY =
  /^part of the (?:\p{Lu}[\p{L}'’-]* ){0,4}(?:Ministry|Cabinet|Government|Council of Ministers|Parliament|Senate)\b/u;
/**
 * Words that hedge an office phrase after "<Name>, " ("considered a leader of a guerrilla group", "identified as the
 * leader of the drug trade", "alleged leader of the Los Lobos gang"): the phrase after them is read as the office.
 */
const HEDGE =
  /^(?:(?:considered|presumed|reputed|suspected)(?: to be)?|(?:believed|said|thought|reported|known) to be|(?:identified|described|named) as|alleged(?:ly)?|purported(?:ly)?)\s+(?=\S)/;
/** 'alias "Capitan Pico" and ' between a name's comma and its office: the nickname is no part of the office. */
const ALIAS_BEFORE_OFFICE = /^ (?:alias|aka|a\.k\.a\.) ["\u201C][^"\u201C\u201D]{1,40}["\u201D],? and (?=\S)/;
/**
 * A nickname between a name and its office: " (Ali Jabal),", ", popularly known as Abu Sulaiman —", ", alias Fito,".
 * Group 1 is what ends it: a comma, or a dash that the office phrase closes with another.
 */
const NICKNAME_CLAUSE =
  /^(?: \(["\u201C]?\p{Lu}[^()]{0,40}\)|,? (?:(?:popularly|commonly|locally|widely|better|also) )?(?:known as|alias|aka|a\.k\.a\.|nicknamed) ["\u201C]?\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){0,3}["\u201D]?)(,| [\u2014\u2013] | -- )/u;
/** The first letters of NICKNAME_OPENING's words. */
const NICKNAME_CUE_LETTER: ReadonlySet<number> = new Set([...'kanpclwb'].map((c) => c.charCodeAt(0)));
/** How NICKNAME_CLAUSE can open, looked for first: most names are followed by neither. */
const NICKNAME_OPENING = /^,? (?:known|alias|aka|a\.k\.a|nicknamed|popularly|commonly|locally|widely|better|also)\b/;

/**
 * The office phrase after a nickname that follows the name ending at `nameEnd` ("<Name> (<Nick>), commander of the
 * Banadir region", "<Name>, popularly known as <Nick> — a top leader of the group —"), or ''.
 */
export function officeAfterNickname(f: FieldText, nameEnd: number, sentenceEnd: number): string {
  const n = f.text;
  // ("<Name> Jr., popularly known as ...": the name's abbreviation dot comes first.)
  if (n.charCodeAt(nameEnd) === 0x2e) nameEnd++;
  // (Most names are followed by neither a bracket nor a nickname's cue: two characters tell, before any slice.)
  const bracket = n.charCodeAt(nameEnd) === 0x20 && n.charCodeAt(nameEnd + 1) === 0x28;
  if (!bracket) {
    const at = n.charCodeAt(nameEnd) === 0x2c ? nameEnd + 1 : nameEnd;
    if (n.charCodeAt(at) !== 0x20 || !NICKNAME_CUE_LETTER.has(n.charCodeAt(at + 1))) return '';
    if (!NICKNAME_OPENING.test(n.slice(nameEnd, nameEnd + 14))) return '';
  }
  const m = NICKNAME_CLAUSE.exec(n.slice(nameEnd, nameEnd + 90));
  if (m === null) return '';
  const dash = m[1]!.trim();
  const from = nameEnd + m[0].length - (dash === ',' ? 0 : 1);
  // ("— a top leader of the group — was shot": the phrase ends at the dash that closes it.)
  const close = dash === ',' ? -1 : n.indexOf(dash, from);
  return officeInApposition(f, from, close > 0 && close < sentenceEnd ? close : sentenceEnd).office;
}

/** A capitalised title, a name and a speech verb: what follows the comma attributes the sentence to someone else. */
const SOMEONE_ELSE_SAID =
  /^\p{Lu}[^.]*\b\p{Lu}[\p{Ll}'’-]+ \p{Lu}[\p{Ll}'’-]+ (?:said|says|told|added|stated|confirmed)\b/u;

/**
 * Whether what follows a name's comma at `from` is another person's title, name and speech ("..., Superintendent
 * of Police Lena Okafor said."): no office of the name before.
 */
export function attributesToSomeoneElse(n: string, from: number, sentenceEnd: number): boolean {
  return SOMEONE_ELSE_SAID.test(n.slice(from, Math.min(sentenceEnd, from + 120)).trimStart());
}

/** Office phrases starting with these words describe, they do not name an office ("who runs ..."). */
const NOT_OFFICE_START = new Set([
  ...'who which that whose where when said says and but or as while after before because'.split(' '),
  // ("in the provinces of Faryab and Sari Pul, with officials reporting casualties": a clause, no apposition.)
  ...'with without amid despite although though since until'.split(' '),
]);

/**
 * The office phrase of "<Name>, <office phrase>" that starts at `from` (right after the name's comma) and ends at
 * the next punctuation or at `sentenceEnd`, or '' for an office; `apposition` is the phrase as read (a
 * civil-society description there rules out "led by <Name>").
 */
export function officeInApposition(
  f: FieldText,
  from: number,
  sentenceEnd: number,
): { office: string; apposition: string } {
  const n = f.text;
  // ('<Name>, alias "Capitan Pico" and alleged leader of the gang': the office follows the nickname.)
  if (n.charCodeAt(from + 1) === 0x61) from += ALIAS_BEFORE_OFFICE.exec(n.slice(from, from + 60))?.[0].length ?? 0;
  // ('<Name>, “a field commander” in the group's elite unit': the office in quotes, as the source put it.)
  else if (n.charCodeAt(from + 1) === 0x201c || n.charCodeAt(from + 1) === 0x22) {
    const close = n.slice(from + 2, from + 62).search(/["\u201D]/);
    if (close > 0) return officeInApposition(f, from + 2, Math.min(sentenceEnd, from + 2 + close));
  }
  let to = sentenceEnd;
  const stop = /[,;:()"\u201C\u201D]/.exec(n.slice(from, to));
  if (stop) to = from + stop.index;
  // "<Name>, the SDF's Manbij Military Council (MMC) spokesperson,": an acronym in brackets inside the phrase is
  // part of it.
  let raw = n.slice(from, to);
  if (stop?.[0] === '(') {
    const bracketed = BRACKETED_ACRONYM.exec(n.slice(to, sentenceEnd));
    if (bracketed !== null) {
      const rest = n.slice(to + bracketed[0].length, sentenceEnd);
      const next = /[,;:()"\u201C\u201D]/.exec(rest);
      const restEnd = to + bracketed[0].length + (next === null ? rest.length : next.index);
      raw = n.slice(from, restEnd);
    }
  }
  let phrase = raw.trim();
  // ("<Name> alias Falcon, Superintendent of Police Lena Okafor said": another person's title, name and speech.)
  if (SOMEONE_ELSE_SAID.test(phrase)) return { office: '', apposition: phrase };
  // "considered a leader of a guerrilla group": the hedge is no part of the office.
  const hedge = HEDGE.exec(phrase);
  if (hedge !== null) phrase = phrase.slice(hedge[0].length);
  // (Final full stops, question and exclamation marks cut by hand: a regex anchored at the end tries every position.)
  let end = phrase.length;
  while (end > 0 && (phrase[end - 1] === '.' || phrase[end - 1] === '!' || phrase[end - 1] === '?')) end--;
  if (end < phrase.length) phrase = phrase.slice(0, end);
  const apposition = phrase;
  // "a high-level Hezbollah commander killed in an Israeli strike": the office ends where a clause begins.
  // ("a representative of the displaced families": after an article, a word in -ed is an adjective.)
  const clause = /(?<!\b(?:the|a|an|its|their|his|her))\s(?:who|which|that|whose|killed|[a-z]+ed)\s/.exec(phrase);
  if (clause && OFFICE_NOUN.test(phrase.slice(0, clause.index))) phrase = phrase.slice(0, clause.index);
  // ("a trader whose son was abducted by the commander": an office noun only inside the relative clause is someone
  // else's.)
  else if (clause && /^\s(?:who|which|that|whose)\s$/.test(clause[0])) return { office: '', apposition };
  // "a member of the provincial assembly and a leader of the party": the first office is enough.
  const conjunct = / and (?:an?|the) /.exec(phrase);
  if (conjunct && OFFICE_NOUN.test(phrase.slice(0, conjunct.index))) phrase = phrase.slice(0, conjunct.index);
  // "the liaison officer to Governor Umar Radda in Kankia ... and his first wife": a long phrase that opens with
  // an article and an office noun within its first four words keeps that opening.
  // ("administrator of Saden district in ... has been": an office noun may open it without an article.)
  // (The phrase's words, split again only when the phrase changes.)
  let phraseWords = phrase.split(/\s+/);
  if (phraseWords.length > 10) {
    const opening = phraseWords.slice(0, 4).join(' ');
    const noun = OFFICE_NOUN.exec(opening);
    const opens = /^(?:the|a|an|his|her|its|their) /i.test(phrase) || noun?.index === 0;
    // ("head of the ruling Unity Party (UP) office in ...": the opening of a party's office is no public one, nor is
    // that of a civil body's named further on: "head of the local rights group known by its French acronym ...".)
    if (noun !== null && opens && isCivilOffice(phrase)) return { office: '', apposition };
    if (noun !== null && opens) {
      phrase = opening.slice(0, noun.index + noun[0].length);
      phraseWords = phrase.split(/\s+/);
    }
  }
  // "<Name>, the son of the district commissioner": a relative of an office holder.
  if (isKinshipPhrase(phrase)) return { office: '', apposition };
  const firstWord = phraseWords[0]?.toLowerCase() ?? '';
  // "al-Shahida Sabriya, the officials added": plural speakers attribute the sentence, they are not the
  // name's office.
  const attribution =
    phraseWords.length >= 2 &&
    SPEECH_VERB.test(phraseWords.at(-1)!) &&
    /(?:als|ers|ies|men|ces)$/.test(phraseWords.at(-2)!);
  // "Abu Misry Mama, speaking for BIFF, said": the group's spokesman; "<Name>, part of the Interior Ministry": one
  // of a government body's people.
  if ((/^speaking (?:for|on behalf of) \S/.test(phrase) || PART_OF_BODY.test(phrase)) && !isCivilOffice(phrase)) {
    const a = from + raw.indexOf(phrase);
    return { office: f.originalSlice(a, a + phrase.length), apposition };
  } else if (
    !attribution &&
    phrase.length > 0 &&
    !NOT_OFFICE_START.has(firstWord) &&
    readsAsOfficePhrase(phrase) &&
    (phraseWords.length <= 12 || HEADED_OFFICE_PHRASE.test(phrase)) &&
    OFFICE_NOUN.test(phrase)
  ) {
    const a = from + raw.indexOf(phrase);
    return { office: f.originalSlice(a, a + phrase.length), apposition };
  }
  return { office: '', apposition };
}

/**
 * The office of a clause right after the name at `nameEnd`, or '': "<Name>, who is suspected of leading the
 * attack", "<Name> is believed to head the cell" (the leader); "<Name>, who represents the village at the Senate"
 * (a lawmaker); "<Name>, who heads the cell" (its head).
 */
export function officeInClauseAfter(n: string, nameEnd: number, sentenceEnd: number): string {
  if (LEADS_AFTER.test(n.slice(nameEnd, nameEnd + 60))) return 'leader';
  const clause = WHO_HOLDS_AFTER.exec(n.slice(nameEnd, sentenceEnd))?.[0];
  if (clause === undefined || isCivilOffice(clause)) return '';
  // ("who leads the investigation", "who is in charge of the family shop": what is led must be a body, a force or
  // a place.)
  const led = LEADS_WHAT.exec(clause);
  if (led !== null && !LED_BODY.test(clause.slice(led.index + led[0].length))) return '';
  return clause.replace(/^,? who (?:is |was )?/, '');
}

/**
 * The office in an apposition right after a name that ends at `end` ("Shoigu, the defense minister, said"), or
 * ''.
 */
export function officeInAppositionAfter(f: FieldText, end: number): string {
  const n = f.text;
  if (n.charCodeAt(end) !== 0x2c) return '';
  const stop = /[.!?](?:\s|$)/.exec(n.slice(end + 1));
  return officeInApposition(f, end + 1, stop === null ? n.length : end + 1 + stop.index).office;
}

/** Office words that say which office a phrase names ("the defense minister": minister, defence). */
const OFFICE_KEY_WORD =
  /\b(?:minister|president|premier|commander|chief|general|secretary|ambassador|envoy|governor|leader|head|director|chair(?:man|woman)?|mayor|spokes(?:man|woman|person)|speaker|king|emir|defen[cs]e|interior|foreign|army|police|intelligence)\b/gi;

/**
 * Whether an office phrase names one of the offices `roleTitles` records ("the defense minister" and "Minister of
 * Defence of Russia"): every office word of the phrase is in one title.
 */
export function namesOneOfRoles(office: string, roleTitles: readonly string[]): boolean {
  const key = (w: string) => w.toLowerCase().replace(/defense/, 'defence');
  const words = allMatches(OFFICE_KEY_WORD, office).map((m) => key(m[0]));
  if (words.length === 0) return false;
  return roleTitles.some((title) => {
    const inTitle = new Set(allMatches(OFFICE_KEY_WORD, title).map((m) => key(m[0])));
    return words.every((w) => inTitle.has(w));
  });
}

/** An office of a body named only by a common noun: "the mission's head", "the organisation's director". */
const GENERIC_BODY_OFFICE = /^the (?:mission|organi[sz]ation|charity)['’]s /i;

/**
 * Whether `office` is "the mission's head" (or the organisation's, the charity's) where the text before it, the
 * same paragraph and the one before (`nearby`), names a civil body ("Doctors Without Borders announced ...").
 */
export function isNearbyCivilBodysOffice(office: string, nearby: string): boolean {
  return GENERIC_BODY_OFFICE.test(office) && isCivilOffice(nearby);
}

/** An acronym in brackets after a body's name, with the space after it: "(MMC) ". */
const BRACKETED_ACRONYM = /^\(\p{Lu}{2,8}\) /u;

/** An acronym in an office phrase: "the NRC's Sudan director". */
const ACRONYM = /\b\p{Lu}{2,6}\b/gu;
/** A name of two to six capitalised words, "of", "for" and "the" allowed inside ("International Rescue Committee"). */
const BODY_NAME = /\p{Lu}[\p{Ll}'’-]+(?: (?:(?:of|for|the|and) )*\p{Lu}[\p{Ll}'’-]+){1,5}/gu;

/**
 * The initials an article gives a party: "the ruling Kwa Na Kwa (KNK) party", "the Liberal Party (LP)"; not an armed
 * group's political name ("Kurdistan Workers' Party (PKK)", as isCivilOffice keeps their leaders).
 */
const PARTY_INITIALS = /\((\p{Lu}{2,8})\) [Pp]arty\b|(?<!Workers['’]? |Communist )\b[Pp]arty \((\p{Lu}{2,8})\)/gu;

/**
 * The names of two to six capitalised words in `texts`, by their initials ("Norwegian Refugee Council" under
 * "NRC"), and "<initials> party" under the initials the article gives a party ("Kwa Na Kwa (KNK) party"): read
 * once per article for isCivilBodyByInitials.
 */
export function namesByInitials(texts: readonly string[]): Map<string, string[]> {
  const byInitials = new Map<string, string[]>();
  const add = (initials: string, name: string) => {
    const names = byInitials.get(initials);
    if (names === undefined) byInitials.set(initials, [name]);
    else names.push(name);
  };
  for (const text of texts) {
    if (text.includes(') party') || text.includes(') Party') || /[Pp]arty \(/u.test(text))
      for (const m of allMatches(PARTY_INITIALS, text)) add(m[1] ?? m[2]!, `${m[1] ?? m[2]!} party`);
    for (const [name] of allMatches(BODY_NAME, text)) {
      // The first unit of each capitalised word: the name's words are capitalised but for "of", "for", "the" and
      // "and", one space apart.
      let initials = '';
      for (let i = 0; i < name.length; i++) {
        if (i > 0 && name.charCodeAt(i - 1) !== 0x20) continue;
        const code = name.charCodeAt(i);
        if (!(code >= 0x61 && code <= 0x7a)) initials += name[i];
      }
      add(initials, name);
    }
  }
  return byInitials;
}

/**
 * Whether `office` belongs to a civil body (an NGO, a research group) or a party that the article names in full and
 * the office by its initials: "the NRC's Sudan director" in an article that names the Norwegian Refugee Council,
 * "KNK spokesman" in one about "the ruling Kwa Na Kwa (KNK) party". `names`: the article's namesByInitials, asked
 * for only when the office has initials.
 */
export function isCivilBodyByInitials(office: string, names: () => ReadonlyMap<string, readonly string[]>): boolean {
  const acronyms = office.match(ACRONYM);
  if (acronyms === null) return false;
  const civil = (name: string) => name.endsWith(' party') || isCivilOffice(name);
  return acronyms.some((acronym) => names().get(acronym)?.some(civil) === true);
}
