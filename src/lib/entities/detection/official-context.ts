/**
 * One general cue for officials: a person-shaped name and an office noun phrase in the same clause, tied to a
 * jurisdiction or a body. The phrase is read the same way wherever it stands:
 *  - before the name, closed by a comma ("The district commissioner of Kismayo, <Name> is", "Commanding Officer of 12
 *    Brigade of the army in Gusau, <Name> said", "A lawmaker representing Gwoza, <Name>,");
 *  - right before the name, as a title ("Judge <Name>", "MP <Name>", "sub-divisional police officer <Name>");
 *  - after the name in apposition ("<Name>, the MP for Swat,", "<Name>, commanding officer of the 21 Armoured
 *    Brigade,") or after a copula ("<Name> is the district commissioner of Hiraan", "<Name>, who was the ...").
 * An office noun phrase is: a determiner or a clause start, modifiers (possessives, capitalised words, office
 * adjectives, unit nouns: "Gwoza's", "regional", "district", "pro-Russian occupation"), one head from the office
 * lexicon, then a tail that only names where or of what ("of 12 Brigade of the army in Gusau", "for Swat", "in charge
 * of the Gwoza police station", "representing Gwoza"). A tail with any other word (a verb, a person's noun) is a
 * sentence, not an office ("the minister arrived in New York, New Jersey"). Civil-society offices never count
 * (`isCivilOffice`); the narrower rules of official-titles.ts and official-clauses.ts are asked first.
 */
import { isCapitalisedWord, type FieldText } from './field.ts';
import { isTitleWord } from './names.ts';
import {
  OFFICE_ADJECTIVE,
  OFFICE_HEADS,
  OFFICE_MODIFIERS,
  PLACE_UNIT,
  SPEECH_VERB,
  SUB_OFFICE,
  type RawWord,
} from './official-words.ts';
import { isCivilOffice, opensKinship } from './precision-rules.ts';

/**
 * Heads that need a qualifier right before them ("commanding officer", "district head", "media aide"), or, except
 * "officer" and "aide", an "of" after them ("the head of the group").
 */
const QUALIFIED_HEADS: ReadonlyMap<string, RegExp> = new Map([
  [
    'officer',
    /^(?:commanding|divisional|sub-divisional|district|station|senior|ranking|high-ranking|executive|chief|information|relations|liaison|returning|presiding|area)$/i,
  ],
  ['aide', /^(?:media|press|presidential|senior|special|personal|security|military|communications?|top)$/i],
  [
    'head',
    /^(?:district|village|community|county|regional|state|ward|zonal|zone|council|local|traditional|clan|bureau|office|department|unit|agency|communication|communications|information|security|intelligence|police|cell|wing|division)$/i,
  ],
]);
/** Office abbreviations written in capitals: "MP", "DPO", "DC", "SP". */
const OFFICE_ABBREVIATIONS: ReadonlySet<string> = new Set(
  'MP MLA MNA DPO DC SP SSP DSP ASP IGP DIG DGP AIG CP DCP ACP SHO SDPO DCO CO GOC'.split(' '),
);
/**
 * Lower-case words of a tail that names where or of what: units of places, forces and government, and the words
 * of "in charge of", "chief of staff", "of police".
 */
const TAIL_NOUN =
  /^(?:zone|district|region|state|county|province|division|area|sector|territory|woreda|kebele|municipality|town|city|village|camp|station|police|army|navy|military|forces?|troops|brigade|battalion|regiment|unit|command|corps|squadron|company|platoon|garrison|base|council|government|administration|ministry|department|bureau|agency|office|assembly|parliament|senate|house|committee|cabinet|group|militia|faction|rebels|insurgents|movement|cell|wing|network|gang|cartel|staff|charge|affairs|operations?|communications?|media|press|security|defence|defense|interior|home|information|justice|intelligence|local|regional|federal|national|state-run|occupation|constituency|ward|chiefdom|emirate|kingdom|tribe|clan|community|prison|court|tribunal|range)$/;
/** Short words a tail may have between its nouns. */
const TAIL_LINK = /^(?:of|for|in|at|to|on|the|and|its|their|representing|over)$/;
/** Lower-case words that describe a place in a tail: "the governor of neighbouring North Darfur state". */
const PLACE_QUALIFIER =
  /^(?:neighbou?ring|nearby|restive|troubled|remote|(?:north|south)(?:-?(?:east|west))?(?:ern)?|eastern|western|central)$/;
/** Words that open the tail of a head (the first word after the head). */
const TAIL_OPEN = /^(?:of|for|in|at|to|on|representing|over)$/;
/** A determiner that starts an office noun phrase. */
const DETERMINER = /^(?:the|a|an|its|his|her|their|one|another|then|now|also)$/i;

/** Whether words[k] is an office head, given the word before it. */
function isHead(words: readonly RawWord[], k: number): boolean {
  const w = words[k]!;
  if (w.possessive) return false;
  if (OFFICE_ABBREVIATIONS.has(w.core)) return true;
  const lower = w.core.toLowerCase();
  // ("commissioner-general", "attorney-general": hyphenated heads too.)
  if (OFFICE_HEADS.has(lower) || SUB_OFFICE.test(w.core) || /^[a-z]+-(?:general|chief)$/.test(lower)) return true;
  // "the member representing Gwoza", "a member of the state assembly".
  if (lower === 'member' && w.trail === '' && isMemberOfBody(words, k)) return true;
  // "the officer in charge of the station".
  if (lower === 'officer' && words[k + 1]?.core === 'in' && words[k + 2]?.core === 'charge') return true;
  const qualifier = QUALIFIED_HEADS.get(lower);
  // "the head of the group", "the ruler of Gwoza": what they head names the office.
  // (Not "an aide of the singer": an aide's office is its qualifier's.)
  if (
    lower !== 'officer' &&
    lower !== 'aide' &&
    qualifier !== undefined &&
    w.trail === '' &&
    words[k + 1]?.core === 'of'
  )
    return true;
  const before = words[k - 1];
  if (qualifier === undefined || before === undefined || before.trail !== '') return false;
  if (qualifier.test(before.core)) return true;
  // "Mykhailivka head <Name>", "Operation Linda Boni head, <Name>": the place or body a head heads, capitalised.
  if (lower === 'head' && !before.possessive && isCapitalisedWord(before.core) && !isTitleWord(before.core))
    return true;
  // "a police officer" is anyone in uniform; "the divisional police officer", "the police officer of Gwoza" hold a
  // post.
  if (lower !== 'officer' || !FORCE_WORD.test(before.core)) return false;
  // ("a senior Somali Army officer": the rank word may stand a few words before.)
  let strong = false;
  for (let j = k - 2; j >= 0 && j >= k - 4 && words[j]!.trail === '' && !strong; j--)
    strong = qualifier.test(words[j]!.core);
  return strong || (words[k]!.trail === '' && TAIL_OPEN.test(words[k + 1]?.core ?? ''));
}
/** The force an officer serves in, which by itself makes no post: "police officer", "army officer". */
const FORCE_WORD = /^(?:police|security|military|army|intelligence|naval|customs)$/i;

/** A legislature or a governing body whose members hold an office. */
const GOVERNING_BODY = /^(?:parliament|assembly|senate|house|congress|council|politburo|cabinet|duma|knesset)$/i;

/** Whether the "member" at words[k] represents a constituency or sits in a governing body. */
function isMemberOfBody(words: readonly RawWord[], k: number): boolean {
  const next = words[k + 1]?.core;
  if (next === 'representing') return true;
  if (next !== 'of') return false;
  for (let j = k + 2; j < words.length && j <= k + 5; j++) {
    if (GOVERNING_BODY.test(words[j]!.core)) return true;
    if (words[j]!.trail !== '') break;
  }
  return false;
}

/** A word of a tail: a link word, a unit noun, a capitalised word, a number ("12", "5th"), initials in brackets. */
function isTailWord(w: RawWord): boolean {
  const c = w.core;
  // (A bracket, or a quote before a capitalised name: 'the leader of the "Eastern Front" faction'.)
  if (w.lead !== '' && !/^\($/.test(w.lead) && !(OPENING_QUOTE_LEAD.test(w.lead) && isCapitalisedWord(c))) return false;
  return (
    TAIL_LINK.test(c) ||
    TAIL_NOUN.test(c) ||
    OFFICE_ADJECTIVE.test(c) ||
    PLACE_QUALIFIER.test(c) ||
    isCapitalisedWord(c) ||
    /^\p{Lu}{2,6}$/u.test(c) ||
    /^\d+(?:st|nd|rd|th)?$/.test(c)
  );
}

/** A quote that opens a name. */
const OPENING_QUOTE_LEAD = /^["\u201C\u2018]$/;

/** A lower-case word between "the" and a name in an office's tail: "a leader of the splintered Gulf Cartel". */
function qualifiesNameInTail(words: readonly RawWord[], k: number): boolean {
  const w = words[k]!;
  const next = words[k + 1];
  return (
    w.lead === '' &&
    w.trail === '' &&
    words[k - 1]?.core === 'the' &&
    next !== undefined &&
    isTailWord(next) &&
    isCapitalisedWord(next.core) &&
    /^\p{Ll}+$/u.test(w.core)
  );
}

/** A word that may qualify a head before it: "the Gwoza LGA", "regional", "pro-Russian occupation", "acting". */
function isModifier(w: RawWord): boolean {
  const c = w.core;
  return (
    w.possessive ||
    OFFICE_MODIFIERS.has(c.toLowerCase()) ||
    // ("Saudi-led", "provincial"; not a verb: "killed Hamas deputy leader".)
    (OFFICE_ADJECTIVE.test(c) && (c.includes('-') || !c.endsWith('ed'))) ||
    TAIL_NOUN.test(c) ||
    isCapitalisedWord(c) ||
    /^\p{Lu}{2,6}$/u.test(c) ||
    /^(?:acting|local|traditional|commanding|divisional|sub-divisional|high-ranking|ranking|pro-[A-Za-z]+|then|current|outgoing|incoming|newly-appointed|chief|assistant|deputy|vice|joint|principal|permanent|executive)$/i.test(
      c,
    ) ||
    /^\d+(?:st|nd|rd|th)$/.test(c)
  );
}

/**
 * The office noun phrase that ends at words[end] (its last word) and reads back from there, or '': a tail of
 * place, unit and body words back to an office head, then modifiers back to a determiner or the clause start
 * (`clauseStart`, the first word the phrase may use).
 */
function phraseEndingAt(f: FieldText, words: readonly RawWord[], end: number, clauseStart: number): string {
  let head = -1;
  for (let k = end; k >= clauseStart && end - k <= 14; k--) {
    const w = words[k]!;
    if (k < end && w.trail !== '' && !/^\)$/.test(w.trail)) break;
    if (isHead(words, k) && (k === end || TAIL_OPEN.test(words[k + 1]!.core))) {
      head = k;
      break;
    }
    if (!isTailWord(w) || (k < end && w.possessive)) break;
  }
  if (head < 0) return '';
  let from = head;
  while (from > clauseStart && head - from < 5) {
    const x = words[from - 1]!;
    if (x.trail !== '') break;
    if (DETERMINER.test(x.core)) {
      from--;
      break;
    }
    // ("inspector general of police": a head may qualify the next one.)
    if (!isModifier(x) && !isHead(words, from - 1)) break;
    from--;
  }
  // ("a younger brother to the abducted traditional ruler, <Name>": the name is the relative's.)
  for (let k = clauseStart; k < from; k++) if (opensKinship(words[k]!.core, words[k + 1]!.core)) return '';
  const phrase = f.originalSlice(words[from]!.coreStart, words[end]!.coreEnd);
  return isCivilOffice(phrase) ? '' : phrase;
}

/** Words that start a new clause after an office phrase: "said", "who", "and has". */
const CLAUSE_AFTER =
  /^(?:and|but|who|which|said|says|told|has|had|have|is|was|were|will|would|since|until|during|while|because|when|after|before)$/;

/**
 * Whether the office phrase that ends at words[end] ends its clause there: punctuation, the sentence end, a dash, a
 * clause word after it, or a preposition that opens what the sentence says next ("the head of the group in the
 * eastern district").
 */
function endsClause(words: readonly RawWord[], end: number): boolean {
  const next = words[end + 1];
  if (words[end]!.trail !== '' || next === undefined) return true;
  const w = next.core;
  return DASH.test(w) || CLAUSE_AFTER.test(w) || SPEECH_VERB.test(w) || /^(?:in|at|on|from|near|with|along)$/.test(w);
}

/**
 * The office noun phrase that starts at words[from] (an optional determiner, modifiers, a head, a tail) and ends at
 * punctuation, the sentence end or a clause ("said", "who", "and has"), or ''. The head must come before any word
 * that is neither a modifier nor a tail word ("a trader whose son was abducted by the commander" has none).
 */
function phraseStartingAt(f: FieldText, words: readonly RawWord[], from: number): string {
  let k = from;
  if (words[k] !== undefined && DETERMINER.test(words[k]!.core) && words[k]!.trail === '') k++;
  let head = -1;
  for (; k < words.length && k - from <= 6; k++) {
    if (isHead(words, k)) {
      head = k;
      // "the deputy governor": a head may qualify the next one.
      while (head + 1 < words.length && words[head]!.trail === '' && isHead(words, head + 1)) head++;
      break;
    }
    if (!isModifier(words[k]!) || words[k]!.trail !== '') return '';
  }
  if (head < 0) return '';
  let end = head;
  if (words[head]!.trail === '' && words[head + 1] !== undefined && TAIL_OPEN.test(words[head + 1]!.core)) {
    let k = head + 1;
    while (k < words.length && k - head <= 14 && (isTailWord(words[k]!) || qualifiesNameInTail(words, k))) {
      const w = words[k]!;
      // A tail that ends on a link word is a sentence going on: "the governor of ... and has".
      if (!TAIL_LINK.test(w.core)) end = k;
      if (w.trail !== '' && !/^[)"\u201D\u2019]$/.test(w.trail)) break;
      k++;
    }
    // The tail must end the clause: punctuation, the sentence end, or a clause word after it.
    if (!endsClause(words, end)) end = head;
  }
  const last = words[end]!;
  // ("<Name>, a commander in the attack that killed ...": with no tail that ends the clause, the head alone may.)
  if (!endsClause(words, end)) return '';
  const phrase = f.originalSlice(words[from]!.coreStart, last.coreEnd);
  return isCivilOffice(phrase) ? '' : phrase;
}

/**
 * The office of "<office phrase>, <Name>" with the comma right before words[idx] (or "<office phrase> (<Place>)
 * <Name>"), or of "<office phrase> <Name>" with the head right before the name ("Judge", "MP", "police officer");
 * or ''. The phrase starts at the clause start (after the sentence start, a comma, or a verb of saying or
 * "by").
 */
export function officeContextBefore(
  f: FieldText,
  words: readonly RawWord[],
  idx: number,
  /** Whether the name ends its clause (a comma, a verb of saying after it): needed after a comma. */
  nameClosesClause: boolean,
): string {
  const before = words[idx - 1];
  if (before === undefined) return '';
  let clauseStart = idx - 1;
  while (clauseStart > 0 && words[clauseStart - 1]!.trail === '' && idx - clauseStart < 20) clauseStart--;
  if (/^\)?,$/.test(before.trail) && !before.possessive)
    return nameClosesClause ? phraseEndingAt(f, words, idx - 1, clauseStart) : '';
  // "the SP of Tinsukia district – <Name> – told IANS": the name between dashes after the office.
  if (DASH.test(before.core) && before.lead === '' && before.trail === '' && idx >= 2 && words[idx - 2]!.trail === '') {
    let end = idx;
    while (end < words.length && isCapitalisedWord(words[end]!.core) && words[end]!.trail === '') end++;
    if (end < words.length && DASH.test(words[end]!.core)) {
      let start = idx - 2;
      while (start > 0 && words[start - 1]!.trail === '' && idx - start < 20 && !DASH.test(words[start - 1]!.core))
        start--;
      return phraseEndingAt(f, words, idx - 2, start);
    }
  }
  if (before.trail !== '' || before.lead !== '') return '';
  // A title right before the name ("Judge <Name>", "MP <Name>", "sub-divisional police officer <Name>"), or a tail
  // that ends in a lower-case unit ("the administrator of the West Shoa zone <Name>", "inspector general of police
  // <Name>"); a capitalised word there would be read as part of the name.
  // ("spokesman in Ituri Province <Name>": a capitalised unit of a place, which official discovery set apart from the
  // name, ends such a tail too.)
  if (!isHead(words, idx - 1) && !TAIL_NOUN.test(before.core) && !PLACE_UNIT.test(before.core.toLowerCase())) return '';
  return phraseEndingAt(f, words, idx - 1, clauseStart);
}

/** A dash that opens or closes an apposition: "<Name> — the governor of Kasai — said". */
const DASH = /^(?:\u2014|\u2013|-|--)$/;

/**
 * The index of the word after the comma that closes a clause starting at words[from] (at most 20 words, no other
 * punctuation inside), or -1.
 */
function afterCommaClause(words: readonly RawWord[], from: number): number {
  for (let k = from; k < words.length - 1 && k - from < 20; k++) {
    const trail = words[k]!.trail;
    if (trail === ',') return k + 1;
    if (trail !== '') return -1;
  }
  return -1;
}

/** An adverb that may stand between a copula and the office it brings. */
const COPULA_ADVERB = /^(?:also|reputedly|reportedly|allegedly|once|now|currently|formerly|previously|still)$/;

/**
 * The office of "<Name>, <office phrase>" (also "<Name>, 52, <office phrase>", "<Name> — <office phrase> —",
 * "<Name> (<office phrase>)"), "<Name> is|was the <office phrase>" or "<Name>, who is|was the <office phrase>" (also
 * with a relative clause before the copula: "<Name>, who went by other names, was the <office phrase>"), with the
 * name's last word at words[at - 1]; or ''.
 */
export function officeContextAfter(f: FieldText, words: readonly RawWord[], at: number): string {
  const last = words[at - 1];
  if (last === undefined || last.possessive) return '';
  let k = at;
  const comma = last.trail === ',';
  const dash = last.trail === '' && DASH.test(words[k]?.core ?? '');
  const bracket = last.trail === '' && words[k]?.lead === '(';
  if (!comma && last.trail !== '') return '';
  // "<Name>, 52, the district commissioner": an age before the apposition.
  if (comma && /^\d{1,3}$/.test(words[k]?.core ?? '') && words[k]!.trail === ',') k++;
  if (dash) k++;
  const appositive = comma || dash || bracket;
  const who = words[k]?.core === 'who' && words[k]!.trail === '';
  if (appositive && !who) return phraseStartingAt(f, words, k);
  if (who) k++;
  // "<Name>, who also went by the aliases A and B, was the leader of ...": a relative clause between commas, then the
  // copula.
  if (who && comma && !/^(?:is|was)$/.test(words[k]?.core ?? '')) k = afterCommaClause(words, k);
  if (!/^(?:is|was)$/.test(words[k]?.core ?? '') || words[k]!.trail !== '') return '';
  k++;
  // "was also the ...", "is reputedly a leader of ...": one adverb between the copula and the office.
  if (COPULA_ADVERB.test(words[k]?.core ?? '') && words[k]!.trail === '') k++;
  // "is the ...", "was a ...": a copula must bring its own determiner.
  if (!/^(?:the|a|an)$/.test(words[k]?.core ?? '')) return '';
  return phraseStartingAt(f, words, k);
}
