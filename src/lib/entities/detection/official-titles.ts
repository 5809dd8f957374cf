/**
 * Offices written before a name:
 *  - "<registered group> founder <Name>" (other lower-case office nouns before a name are the general cue's);
 *  - "<office phrase>, <Name>," (or "<Name> said") where the clause before the comma ends in a singular office
 *    noun, perhaps with a short prepositional phrase ("Norway's foreign minister, Espen Barth Eide, said"; "the
 *    minister for refugees, ...");
 *  - "a commander named <Name>", a body's membership ("Central Committee member <Name>");
 *  - "<office noun> known as <Name>" ('a commander known as "Apong Idol"'), "identified the slain commander as
 *    <Name>".
 * ("<Title> <Name>" itself is read where the name's run of capitalised words is: `official-discovery.ts`; an office
 * of a place or a unit right before a name, "the administrator of the West Shoa zone <Name>", by the general cue of
 * `official-context.ts`.)
 */
import { isCapitalisedWord, type FieldText } from './field.ts';
import { isUpperCode } from '../text.ts';
import {
  OFFICE_ADJECTIVE,
  OFFICE_BEFORE_NAME,
  OFFICE_MODIFIERS,
  OFFICE_TAIL_START,
  OFFICE_WORD,
  PLACE_UNIT,
  PLURAL_OFFICE,
  seniorBefore,
  SPEECH_VERB,
  type RawWord,
} from './official-words.ts';
import { laterForms, opensKinship } from './precision-rules.ts';

/**
 * The office of "<registered group> founder <Name>" before words[idx] ("Hamas co-founder <Name>"; `covered` tells the
 * registered mentions), or '': a founder is a group's leader only when the group is an armed one the registry
 * knows ("startup founder <Name>" is not). Other lower-case office nouns before a name are read by the general
 * cue of official-context.ts.
 */
export function founderBefore(
  f: FieldText,
  words: readonly RawWord[],
  idx: number,
  covered: (start: number, end: number) => boolean,
): string {
  const [group, founder] = [words[idx - 2], words[idx - 1]];
  if (group === undefined || founder === undefined || founder.trail !== '' || group.trail !== '') return '';
  if (!/^(?:founder|co-founder)$/.test(founder.core) || !covered(group.coreStart, group.coreEnd)) return '';
  return f.originalSlice(group.coreStart, founder.coreEnd);
}

/**
 * The office phrase of "<office phrase>, <Name>" ending at the comma before words[idx], or '': the clause
 * before the comma must end in a singular office noun, optionally followed by a short prepositional phrase
 * ("China's special envoy for Afghanistan, Yue Xiaoyong"); "the minister arrived in New York, New Jersey" is
 * not one.
 */
export function officeBefore(f: FieldText, words: readonly RawWord[], idx: number, placeSkipped = false): string {
  const before = words[idx - 1];
  // "Commissioner of Police (CP), <Name>": the acronym in brackets ends the office phrase.
  if (before === undefined || !/^\)?,$/.test(before.trail) || before.possessive) return '';
  // "one of its local commanders, <Name>": one of the holders of a plural office holds it.
  if (PLURAL_OFFICE.test(before.core)) {
    for (let k = idx - 2; k >= 1 && k >= idx - 5 && words[k]!.trail === ''; k--)
      if (words[k]!.core === 'of' && /^one$/i.test(words[k - 1]!.core) && words[k - 1]!.trail === '')
        return f.originalSlice(words[k - 1]!.coreStart, before.coreEnd);
  }
  const groupRole = oneOfGroupsRoles(words, idx);
  if (groupRole >= 0) return f.originalSlice(words[groupRole]!.coreStart, before.coreEnd);
  let a = idx - 1;
  // An acronym in brackets inside the phrase is part of it: "Inspector General of Police (IGP) Kashmir".
  const bracketed = (x: RawWord) => x.lead === '(' && /^\),?$/.test(x.trail) && /^\p{Lu}{2,}$/u.test(x.core);
  // So is a local name of the office in brackets: "Leader of the Hunters (Sarkin Baka) Northeast".
  const namedInBrackets = (open: number, close: number): boolean =>
    open >= 0 &&
    close < idx &&
    words[open]!.lead === '(' &&
    words[close]!.trail === ')' &&
    words
      .slice(open, close + 1)
      .every(
        (x, i, all) =>
          isCapitalisedWord(x.core) && (i === 0 || x.lead === '') && (i === all.length - 1 || x.trail === ''),
      );
  const opens = (k: number) => [1, 2, 3].some((d) => namedInBrackets(k, k + d));
  const closes = (k: number) => [1, 2, 3].some((d) => namedInBrackets(k - d, k));
  while (
    a > 0 &&
    idx - a < 14 &&
    (words[a - 1]!.trail === '' || bracketed(words[a - 1]!) || closes(a - 1)) &&
    (words[a]!.lead === '' || bracketed(words[a]!) || opens(a))
  )
    a--;
  let noun = -1;
  // ("the Head of administration of Danmusa Local Government Area, <Name>": up to nine words back; twelve when what
  // follows the office only names places and units: "Commanding Officer of 223 Light Tank Battalion of the Nigerian
  // Army, Gusau, <Name>".)
  for (let k = idx - 1; k >= a && k >= idx - 12; k--) {
    const core = words[k]!.core;
    const m = OFFICE_WORD.exec(core) ?? (/^officer$/i.test(core) && seniorBefore(words, k) ? [core] : null);
    if (m && m[0].length === core.length && !words[k]!.possessive) {
      noun = k;
      break;
    }
  }
  if (noun < 0) {
    // "the Commissioner of Police, Nasarawa State, Bola Longe": a place between the office and the name.
    // ("Inspector General of Police, Bastar range, <Name>": the place may end in its lower-case unit.)
    const unitLast = (x: RawWord, i: number, all: readonly RawWord[]) =>
      i === all.length - 1 && i > 0 && (PLACE_UNIT.test(x.core) || x.core === 'range');
    const place = words
      .slice(a, idx)
      .every((x, i, all) => (isCapitalisedWord(x.core) || unitLast(x, i, all)) && !x.possessive);
    return !placeSkipped && place && idx - a <= 3 && a > 0 ? officeBefore(f, words, a, true) : '';
  }
  if (words[noun]!.core.toLowerCase() === 'general' && noun > a && /^in$/i.test(words[noun - 1]!.core)) return '';
  // ("The son of the district commissioner, <Name>": the name is the relative's.)
  for (let k = a; k < noun; k++) if (opensKinship(words[k]!.core, words[k + 1]!.core)) return '';
  // After the noun only a short prepositional phrase: "minister for refugees", "envoy for Afghanistan"; a longer one
  // only when it names places and units ("district commissioner of Gof-Gadud in Bay region of Southwest state").
  if (noun < idx - 1) {
    // ("station house officer (SHO) of Katoria police station": the office's initials before its tail.)
    const tail = words.slice(bracketed(words[noun + 1]!) && noun + 2 < idx ? noun + 2 : noun + 1, idx);
    const long = tail.length > 7 || noun < idx - 9;
    if (!OFFICE_TAIL_START.has(tail[0]!.core) || (long && !tail.every((x) => isPlaceTailWord(x.core)))) return '';
  }
  let from = noun;
  while (from > a && noun - from < 5) {
    const x = words[from - 1]!;
    if (/^(?:the|a|an|his|her|its|their)$/i.test(x.core)) {
      from--;
      break;
    }
    if (!(OFFICE_MODIFIERS.has(x.core) || isCapitalisedWord(x.core) || x.possessive || OFFICE_ADJECTIVE.test(x.core)))
      break;
    from--;
  }
  return f.originalSlice(words[from]!.coreStart, before.coreEnd);
}

/** Plural roles in a criminal or armed group that are no office nouns elsewhere ("tour operators"). */
const PLURAL_GROUP_ROLE = /^(?:operators|lieutenants)$/;
/** Common nouns for an armed or criminal group, after "of the" in "one of the operators of the faction". */
const GROUP_NOUN = /^(?:faction|group|gang|cartel|militia|network|organi[sz]ation|movement|rebels|insurgents)$/;

/**
 * Where "one of the (main) operators of this faction, <Name>" starts when it ends at the comma before words[idx], or
 * -1: one of the holders of a plural role of a group, named as the group's ("of this faction", "of the Sinaloa
 * Cartel", "of the group's", "of its").
 */
function oneOfGroupsRoles(words: readonly RawWord[], idx: number): number {
  // Back from the comma: the group (a common noun or a capitalised name, perhaps after a determiner) ...
  let k = idx - 1;
  const last = words[k]!;
  if (!(GROUP_NOUN.test(last.core) || isCapitalisedWord(last.core))) return -1;
  while (k > idx - 5 && k > 0 && words[k - 1]!.trail === '' && isCapitalisedWord(words[k - 1]!.core)) k--;
  if (k > 0 && /^(?:the|this|that|its|their)$/.test(words[k - 1]!.core) && words[k - 1]!.trail === '') k--;
  // ... after "of" and a plural role ...
  const [of, role] = [words[k - 1], words[k - 2]];
  if (of?.core !== 'of' || of.trail !== '' || role === undefined || role.trail !== '') return -1;
  if (!(PLURAL_OFFICE.test(role.core) || PLURAL_GROUP_ROLE.test(role.core))) return -1;
  // ... held by "one of the" (perhaps "main", "top", "key", "senior") of them.
  let j = k - 3;
  while (j > k - 6 && j > 0 && /^(?:main|top|key|senior|most|important|powerful|trusted)$/.test(words[j]!.core)) j--;
  if (j > 0 && words[j]!.core === 'the') j--;
  if (j < 1 || words[j]!.core !== 'of' || !/^one$/i.test(words[j - 1]!.core)) return -1;
  return words.slice(j - 1, idx - 1).every((x) => x.trail === '') ? j - 1 : -1;
}

/**
 * The office of "<office phrase>, who identified himself as <Name>" before words[idx] ("A spokesman for the BNA, who
 * identified himself as <Name>"), or '': the office noun within the eight words before "who".
 */
export function selfIdentifiedBefore(f: FieldText, words: readonly RawWord[], idx: number): string {
  const as = words[idx - 1];
  if (as?.core !== 'as' || as.trail !== '') return '';
  const verb = words
    .slice(Math.max(0, idx - 4), idx - 1)
    .map((x) => x.core)
    .join(' ');
  const m = /(?:^|\s)who (?:identified (?:himself|herself)|gave (?:his|her) name)$/.exec(verb);
  if (m === null) return '';
  const who = idx - 1 - m[0].trim().split(' ').length;
  if (who < 1 || words[who - 1]!.trail !== ',') return '';
  for (let k = who - 1; k >= 0 && k >= who - 8; k--) {
    if (k < who - 1 && words[k]!.trail !== '') break;
    const core = words[k]!.core;
    if (OFFICE_WORD.test(core) || OFFICE_BEFORE_NAME.has(core.toLowerCase()))
      return f.originalSlice(words[k]!.coreStart, words[who - 1]!.coreEnd);
  }
  return '';
}

/**
 * A word of a phrase that only names places and units: "of Gof-Gadud in Bay region", "of 223 Light Tank Battalion",
 * also a breakaway state's: "of the Security Council of the unrecognized republic".
 */
function isPlaceTailWord(w: string): boolean {
  return (
    isCapitalisedWord(w) ||
    /^\d+$/.test(w) ||
    /^(?:of|for|in|the|and|at)$/.test(w) ||
    PLACE_UNIT.test(w) ||
    /^(?:town|city|village|battalion|brigade|unit|republic)$/.test(w) ||
    /^(?:unrecogni[sz]ed|self-proclaimed|self-declared|breakaway|separatist)$/.test(w)
  );
}

/**
 * The office of "<office noun> called|named <Name>" before words[idx] ("an opposition General called ...", "another
 * enemy commander called ..."), or of "<office noun> one <Name>" ("the enemy commander one <Name>": "one" as in "a
 * certain"), or ''.
 */
export function officeCalledBefore(words: readonly RawWord[], idx: number): string {
  const [noun, verb] = [words[idx - 2], words[idx - 1]];
  if (noun === undefined || verb === undefined || !/^(?:called|named|one)$/.test(verb.core) || noun.trail !== '')
    return '';
  if (!(OFFICE_WORD.test(noun.core) || OFFICE_BEFORE_NAME.has(noun.core)) || noun.possessive) return '';
  // An introduction: "a commander named ...", "an opposition General called ..." ("the president named X as a
  // witness" is the president's act, not X's office; "the commander one <Name>" is no act).
  const opening = verb.core === 'one' ? /^(?:an?|another|the|their|its|his)$/i : /^(?:an?|another)$/i;
  for (let k = idx - 3; k >= 0 && k >= idx - 5; k--) {
    if (opening.test(words[k]!.core)) return noun.core;
    if (words[k]!.trail !== '') break;
  }
  return '';
}

/**
 * Bodies whose named members hold an office ("State Committee member", "Politburo member", "House of
 * Representatives member").
 */
const BODY_WORD =
  /^(?:Committee|Council|Bureau|Politburo|Commission|Assembly|Parliament|Senate|Shura|Representatives|Congress|Duma|Knesset|Majlis|Bundestag)$/;

/** Governing bodies written in lower case after the place they govern ("Kherson region administration member"). */
const LOWER_CASE_BODY = /^(?:administration|government|council|assembly|parliament|committee)$/;

/**
 * The office of "<Body> member <Name>" before words[idx], also with the body's initials in brackets ("Special
 * Zonal Committee (DKSZC) member Pappa Rao"), or ''. "family member" and "crew member" name no body.
 */
export function bodyMemberBefore(f: FieldText, words: readonly RawWord[], idx: number): string {
  const member = words[idx - 1];
  if (member === undefined || member.core !== 'member' || member.trail !== '' || member.lead !== '') return '';
  let k = idx - 2;
  const initials = words[k];
  if (initials !== undefined && initials.lead === '(' && initials.trail === ')') k--;
  const body = words[k];
  if (body === undefined || body.trail !== '') return '';
  if (BODY_WORD.test(body.core)) return f.originalSlice(body.coreStart, member.coreEnd);
  // "Zaporizhzhia region administration member <Name>": a governing body in lower case, after the place it governs
  // (perhaps with the place's unit).
  if (!LOWER_CASE_BODY.test(body.core)) return '';
  const unit = PLACE_UNIT.test(words[k - 1]?.core ?? '') && words[k - 1]!.trail === '' ? 1 : 0;
  const place = words[k - 1 - unit];
  if (place === undefined || place.trail !== '' || place.possessive || !isCapitalisedWord(place.core)) return '';
  return f.originalSlice(place.coreStart, member.coreEnd);
}

/** Adverbs between an office and "known as": "popularly known as", "better known as". */
const KNOWN_ADVERB = /^(?:popularly|commonly|locally|widely|better|also)$/;

/**
 * The office of "<office noun> known as <Name>" before words[idx] ('a commander known as "Apong Idol"'), or of
 * "identified the slain <...> commander as <Name>" (the office noun right before "as", after "identified" or
 * "named" earlier in the clause), or ''.
 */
export function knownAsBefore(f: FieldText, words: readonly RawWord[], idx: number): string {
  if (idx < 3 || words[idx - 1]!.core !== 'as') return '';
  const verb = words[idx - 2]!;
  // ("a separatist commander, popularly known as <Name>": an adverb before "known", a comma after the office.)
  const adverb = idx >= 4 && KNOWN_ADVERB.test(words[idx - 3]!.core) && words[idx - 3]!.trail === '';
  const noun = words[adverb ? idx - 4 : idx - 3]!;
  const officeNoun = OFFICE_BEFORE_NAME.has(noun.core) || OFFICE_WORD.test(noun.core);
  if (
    /^(?:known|nicknamed|identified)$/.test(verb.core) &&
    verb.trail === '' &&
    officeNoun &&
    // ("the bandits' commander, identified as <Name>,": the apposition of an office.)
    (noun.trail === '' || ((adverb || verb.core === 'identified') && noun.trail === ','))
  ) {
    return noun.core;
  }
  // "identified the slain Kataib Hezbollah commander as Abu Baqir al-Saadi": the office noun right before "as",
  // after "identified" or "named" earlier in the clause.
  const nounBeforeAs = words[idx - 2]!;
  if (nounBeforeAs.trail === '' && OFFICE_WORD.test(nounBeforeAs.core) && !nounBeforeAs.possessive) {
    for (let k = idx - 3; k >= 0 && k >= idx - 12; k--) {
      if (words[k]!.trail !== '') break;
      if (/^(?:identified|named)$/.test(words[k]!.core)) {
        return f.originalSlice(words[k + 1]!.coreStart, nounBeforeAs.coreEnd);
      }
    }
  }
  return '';
}

/**
 * The office of "<office noun> whose nom de guerre was (given as) <Name>" before words[idx] ('the separatist general
 * whose nom de guerre was given as “Red Heron”', "a commander whose alias is <Name>"), or ''.
 */
export function nomDeGuerreGivenBefore(words: readonly RawWord[], idx: number): string {
  let k = idx - 1;
  if (words[k]?.core === 'as' && /^(?:given|listed|reported)$/.test(words[k - 1]?.core ?? '')) k -= 2;
  if (!/^(?:was|is)$/.test(words[k]?.core ?? '')) return '';
  k--;
  if (words[k]?.core === 'guerre' && words[k - 1]?.core === 'de' && words[k - 2]?.core === 'nom') k -= 2;
  else if (!/^(?:alias|nickname|pseudonym)$/.test(words[k]?.core ?? '')) return '';
  const [whose, noun] = [words[k - 1], words[k - 2]];
  if (whose?.core !== 'whose' || noun === undefined || noun.possessive || !/^,?$/.test(noun.trail)) return '';
  if (words.slice(k - 1, idx).some((x) => x.trail !== '' || x.lead !== '')) return '';
  return OFFICE_BEFORE_NAME.has(noun.core) || OFFICE_WORD.test(noun.core) ? noun.core : '';
}

/**
 * The office of "<office noun>, who (has) used the alias <Name>" before words[idx] ("the group's spokesman who has
 * used the alias <Name>", "the rebel leader, who used the alias "<Name>""), or ''.
 */
export function aliasUsedBefore(words: readonly RawWord[], idx: number): string {
  if (idx < 5 || !/^(?:alias|pseudonym|nickname)$/.test(words[idx - 1]!.core) || words[idx - 2]!.core !== 'the')
    return '';
  if (!/^(?:used|uses|using)$/.test(words[idx - 3]!.core) || words[idx - 2]!.trail !== '') return '';
  let k = idx - 4;
  if (/^(?:has|had|have)$/.test(words[k]!.core)) k--;
  if (k < 1 || words[k]!.core !== 'who' || words[k]!.trail !== '') return '';
  const noun = words[k - 1]!;
  if (noun.possessive || !/^,?$/.test(noun.trail) || !OFFICE_WORD.test(noun.core)) return '';
  return noun.core;
}

/**
 * The office of "<the office noun> ... he was <Name>" before words[idx] ("confirmed the death of the commander and
 * said that he was <Name>"): "he" or "she" and "was" or "is" right before the name, and a singular office noun
 * after "the" up to fifteen words back in the sentence, not the one who says it; or ''.
 */
export function pronounIsBefore(words: readonly RawWord[], idx: number): string {
  const [pronoun, verb] = [words[idx - 2], words[idx - 1]];
  if (pronoun === undefined || verb === undefined || pronoun.trail !== '' || verb.trail !== '') return '';
  if (!/^(?:he|she)$/.test(pronoun.core) || !/^(?:was|is)$/.test(verb.core)) return '';
  for (let k = idx - 3; k >= 1 && k >= idx - 17; k--) {
    const x = words[k]!;
    // ("the mayor said she was <Name>": the office holder speaking is not the one named.)
    const speaks = SPEECH_VERB.test(words[k + 1]!.core);
    if (OFFICE_WORD.test(x.core) && !x.possessive && /^the$/i.test(words[k - 1]!.core) && !speaks) return x.core;
  }
  return '';
}

/** Title words before "for" and a portfolio: "Vice Premier for Law and Security <Name>" ("of State for" too). */
const TITLE_BEFORE_FOR: ReadonlySet<string> = new Set(
  'Minister Secretary Premier Commissioner Envoy Representative State'.split(' '),
);
/**
 * Words a portfolio after "for" ends in: its topic ("Foreign Affairs", "Law and Security", "Terrorism and Financial
 * Intelligence"). Only a run of capitals that ends in one of these is a portfolio; the capitalised words after it
 * are the holder's name.
 */
const PORTFOLIO_END: ReadonlySet<string> = new Set(
  (
    'Affairs Security Justice Law Defence Defense Health Education Finance Trade Industry Interior Planning ' +
    'Development Energy Labour Labor Employment Transport Communications Information Culture Tourism Environment ' +
    'Agriculture Fisheries Livestock Mines Mining Resources Water Works Housing Youth Sports Sport Women Children ' +
    'Gender Economy Commerce Investment Intelligence Terrorism Relations Reconciliation Unity Integration Cooperation ' +
    'Veterans Refugees Immigration Treasury Revenue Petroleum Infrastructure Technology Aviation Safety Peace ' +
    'Diaspora Solidarity Emergencies'
  ).split(' '),
);
/** A capitalised word of a portfolio or a name, with what follows it (a joining "and" or "&" of a portfolio). */
const CAPITAL_WORD = /^(\p{Lu}[\p{L}\p{M}'’.-]*)( (?:and|&) | |)/u;

/**
 * Officials named right after "<Title> for <Portfolio>" with no comma: "Kyrgyz Vice Premier for Law and Security
 * <Name> said", "Minister for Foreign Affairs <Name>", "Secretary of State for Defence <Name>". The portfolio is the
 * longest run of capitals (joined by "and") that ends in a portfolio's topic word and leaves two to four capitalised
 * words before a lower-case word, "and" or punctuation: those are the name. `isName` judges them (no organisation,
 * title or sentence words).
 */
export function findNamesAfterPortfolioTitle(
  n: string,
  isName: (words: readonly string[]) => boolean,
  add: (name: string, start: number, office: string, forms: string[]) => void,
): void {
  // (Each " for " before a capital, and the title word before it, by plain search: this runs for most paragraphs.)
  for (let i = n.indexOf(' for '); i >= 0; i = n.indexOf(' for ', i + 5)) {
    if (!isUpperCode(n.charCodeAt(i + 5))) continue;
    const titleStart = n.lastIndexOf(' ', i - 1) + 1;
    const title = n.slice(titleStart, i);
    if (!TITLE_BEFORE_FOR.has(title) || (title === 'State' && !n.endsWith(' of', titleStart - 1))) continue;
    // ("Secretary of State for Defence": the office from the word before "of".)
    const officeStart = title === 'State' ? n.lastIndexOf(' ', titleStart - 5) + 1 : titleStart;
    // The capitalised words after "for", each with where it starts and whether "and" joins it to the next.
    const words: Array<{ core: string; start: number; joined: boolean; last: boolean }> = [];
    let at = i + 5;
    while (words.length < 10) {
      const w = CAPITAL_WORD.exec(n.slice(at, at + 60));
      if (w === null) break;
      const core = w[1]!.replace(/[.’']+$/u, '');
      // (A stop after a word ends the run, unless the word is an initial: "Bradley T. Smith".)
      const stop = core !== w[1] && !/^\p{Lu}\.$/u.test(w[1]!);
      words.push({ core, start: at, joined: w[2]!.length > 1, last: w[2] === '' || stop });
      if (words.at(-1)!.last) break;
      at += w[0].length;
    }
    // (The longest such portfolio: "Minister for Youth and Sports Development <Name>".)
    for (let p = words.length - 2; p >= 1; p--) {
      const end = words[p - 1]!;
      if (!PORTFOLIO_END.has(end.core) || end.joined || end.last) continue;
      // The name ends at a stop or before "and": "Secretary for Justice <Name> and <Name2> met".
      let k = p;
      while (k < words.length - 1 && !words[k]!.joined && !words[k]!.last) k++;
      const name = words.slice(p, k + 1);
      if (name.length > 4) break;
      if (!isName(name.map((x) => x.core))) break;
      const first = name[0]!;
      const last = name.at(-1)!;
      const nameEnd = last.start + last.core.length;
      const full = n.slice(first.start, nameEnd);
      add(full, first.start, n.slice(officeStart, end.start + end.core.length), laterForms(full, last.core));
      break;
    }
  }
}
