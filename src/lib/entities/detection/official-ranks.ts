/**
 * Police and military ranks before a name:
 *  - police ranks as South Asian and Nigerian reports write them: initials ("SSP", "DIG") with the jurisdiction
 *    after them ("DGP Punjab <Name>", "DGP J&K <Name>"), "<title> (<INITIALS>) <Name>";
 *  - one name after a bare military or police rank, in a sentence about armed forces ("Colonel Nzenze,").
 */
import { sentenceIndex, allMatches } from '../text.ts';
import { isCapitalisedWord, type FieldText } from './field.ts';
import { isTitleHead, isTitleWord, LEADING_STOP } from './names.ts';
import { OFFICE_WORD, type AddName, type RawWord } from './official-words.ts';
import { isOrganisationName } from './precision-rules.ts';

/** Police ranks written as initials, which South Asian reports follow with the jurisdiction ("DGP Punjab"). */
const POLICE_RANK = /^(?:DGP|ADGP|IGP|DIG|AIG|SSP|SP|DSP|ASP|ACP|DCP|CP)$/;
/** States and provinces of India and Pakistan that follow such a rank. */
const JURISDICTIONS: ReadonlySet<string> = new Set(
  (
    'Punjab Kashmir Jammu Haryana Assam Manipur Bihar Odisha Chhattisgarh Jharkhand Maharashtra Delhi Rajasthan ' +
    'Gujarat Kerala Karnataka Telangana Tripura Mizoram Nagaland Meghalaya Uttarakhand Himachal Bengal Ladakh ' +
    'Sindh Balochistan Khyber Islamabad Karachi Lahore Srinagar'
  ).split(' '),
);

const isJurisdiction = (word: string, places: () => ReadonlySet<string>): boolean =>
  JURISDICTIONS.has(word) || places().has(word);

/**
 * How many of the name words after a police rank in capitals are the rank's jurisdiction, not the person's name:
 * one in "DGP Punjab Gaurav Yadav" and "IGP Kashmir Vidhi Kumar Birdi", three in "DGP Jammu and Kashmir S P Vaid".
 */
export function jurisdictionWordsAfterRank(
  rank: string,
  nameWords: readonly RawWord[],
  places: () => ReadonlySet<string>,
): number {
  if (!POLICE_RANK.test(rank) || !isJurisdiction(nameWords[0]?.core ?? '', places)) return 0;
  const joined = nameWords[1]?.core === 'and' && isJurisdiction(nameWords[2]?.core ?? '', places);
  return joined ? 3 : 1;
}

/**
 * Whether "and" at words[at] joins two jurisdictions after a police rank in the run ("DGP Jammu and Kashmir"), so
 * that the run of capitalised words goes on through it.
 */
export function joinsJurisdictions(
  run: readonly RawWord[],
  words: readonly RawWord[],
  at: number,
  places: () => ReadonlySet<string>,
): boolean {
  const and = words[at];
  if (and?.core !== 'and' || and.lead !== '' || and.trail !== '') return false;
  const [before, after] = [words[at - 1], words[at + 1]];
  if (before === undefined || after === undefined) return false;
  if (before.trail !== '' || after.lead !== '' || !run.some((x) => POLICE_RANK.test(x.core))) return false;
  return isJurisdiction(before.core, places) && isJurisdiction(after.core, places);
}

/**
 * The office of "<police title> <jurisdiction> range|zone <Name>" before words[idx] ("Inspector General of Police
 * Kashmir range Vijay Kumar", "IGP (Kashmir zone) <Name>"), or ''.
 */
export function policeRangeBefore(
  f: FieldText,
  words: readonly RawWord[],
  idx: number,
  places: () => ReadonlySet<string>,
): string {
  const [title, place, unit] = [words[idx - 3], words[idx - 2], words[idx - 1]];
  if (title === undefined || place === undefined || unit === undefined) return '';
  if (!/^(?:range|zone)$/.test(unit.core) || !/^\)?$/.test(unit.trail) || place.trail !== '' || title.trail !== '')
    return '';
  if (!(title.core === 'Police' || POLICE_RANK.test(title.core)) || !isJurisdiction(place.core, places)) return '';
  return f.originalSlice(title.coreStart, unit.coreEnd);
}

/**
 * The office of "<Title> (<INITIALS>) <Name>" before words[idx] ("Station House Officer (SHO) Feroz Dar",
 * "Senior Superintendent of Police (SSP) Bilal Khan"), or '': the initials in brackets right before the name and a
 * title word or "Police" right before them.
 */
export function titleWithInitialsBefore(f: FieldText, words: readonly RawWord[], idx: number): string {
  const initials = words[idx - 1];
  const title = words[idx - 2];
  if (initials === undefined || title === undefined || title.trail !== '') return '';
  if (initials.lead === '(' && initials.trail === ')' && /^\p{Lu}{2,6}$/u.test(initials.core)) {
    if (!(isTitleHead(title.core) || title.core === 'Police')) return '';
    return f.originalSlice(title.coreStart, initials.coreEnd);
  }
  // "Inspector General of Police (Balochistan) <Name>": the jurisdiction in brackets, one to three capitalised words.
  for (let open = idx - 1; open >= idx - 3 && open >= 1; open--) {
    const inside = words.slice(open, idx);
    const closed = inside.every(
      (x, i) =>
        isCapitalisedWord(x.core) &&
        x.lead === (i === 0 ? '(' : '') &&
        x.trail === (i === inside.length - 1 ? ')' : ''),
    );
    const head = words[open - 1]!;
    if (closed && head.trail === '' && (isTitleHead(head.core) || head.core === 'Police'))
      return f.originalSlice(head.coreStart, inside.at(-1)!.coreEnd + 1);
  }
  return '';
}

/** The office of "<police rank> <jurisdiction initials> <Name>" ("DGP J&K Dilbagh Singh") before words[idx], or ''. */
export function rankAndJurisdictionBefore(f: FieldText, words: readonly RawWord[], idx: number): string {
  const [rank, place] = [words[idx - 2], words[idx - 1]];
  if (rank === undefined || place === undefined || rank.trail !== '' || place.trail !== '') return '';
  if (!POLICE_RANK.test(rank.core) || !/^\p{Lu}(?:&\p{Lu}|\p{Lu})$/u.test(place.core)) return '';
  return f.originalSlice(rank.coreStart, place.coreEnd);
}

/**
 * "Colonel Nzenze,", "Maj Mbauta said", "identified as Commander Cross, ...": a bare military or police rank (or an
 * armed group's "Commander") and one capitalised name that ends a clause (punctuation or a verb after it).
 */
const SINGLE_AFTER_RANK =
  /(?<![\p{L}\p{M}'’-])((?:(?:Colonel|Col\.?|Major|Maj\.?|General|Gen\.?|Brigadier|Brig\.?|Captain|Capt\.?|Lieutenant|Lt\.?|Sergeant|Sgt\.?|Commander) )+)(\p{Lu}[\p{Ll}\p{M}'’]{2,})(?=[,;:)[]|\.(?:\s|$)|$|\s+(?:\[|who|was|is|has|had|said|says|told|added|were|will|would)\b)/gu;
/** What every SINGLE_AFTER_RANK match has, looked for first (that regex's look-behind is tried at every position). */
const RANK_AND_SPACE =
  /(?:Colonel|Col|Major|Maj|General|Gen|Brigadier|Brig|Captain|Capt|Lieutenant|Lt|Sergeant|Sgt|Commander)\.? \p{Lu}/u;
/**
 * Words that make a rank part of a brand, a body or a character ("General Motors", "Major League", "Captain
 * America"), not a person; organisation words and places are ruled out separately.
 */
const RANK_COMPOUND_WORDS: ReadonlySet<string> = new Set(
  'Motors Electric Dynamics Mills Foods Atomics Manager Counsel Consul Consulate Prosecutor Strike Election Elections Amnesty Practitioner League Leagues America Marvel Sanders Hook Planet'.split(
    ' ',
  ),
);
/** Words of armed forces and fighting: a bare rank names an officer only in a sentence about them. */
const ARMED_FORCES_CONTEXT =
  /\b(?:army|armed|military|troops|soldiers|officers?|forces|rebels?|militants?|insurgents?|separatists?|fighters?|militia(?:s|men)?|police|battalion|brigade|regiment|division|commanders?|war|combat|fighting|offensive|operations?|attack(?:s|ed)?)\b/i;

/** Words that make the rank and name after them another name of someone already named. */
const ALIAS_BEFORE = /(?:known as|alias|aka|a\.k\.a\.?|nicknamed|dubbed) $/;

/** One name after a bare rank ("Colonel Nzenze,", "Maj Mbauta said") in a sentence about armed forces. */
export function findNamesAfterBareRank(n: string, sentences: Array<[number, number]>, add: AddName): void {
  if (!RANK_AND_SPACE.test(n)) return;
  for (const m of allMatches(SINGLE_AFTER_RANK, n)) {
    const [rank, name] = [m[1]!, m[2]!];
    const [a, b] = sentences[sentenceIndex(sentences, m.index)]!;
    // A capitalised word right before the rank makes it part of a longer name ("UN General Assembly"), unless it
    // is a title itself ("Deputy") or a sentence word; after a comma the rank starts a name of its own.
    const wordBefore = /(\S+) $/.exec(n.slice(Math.max(a, m.index - 40), m.index))?.[1] ?? '';
    const joined = /^\p{Lu}[\p{L}\p{M}'’-]*$/u.test(wordBefore);
    if (joined && !isTitleWord(wordBefore) && !LEADING_STOP.has(wordBefore)) continue;
    // ("<Name>, also known as Commander Bungos": a nom de guerre of the person named before, not someone else.)
    if (ALIAS_BEFORE.test(n.slice(Math.max(a, m.index - 12), m.index))) continue;
    if (isOrganisationName([name]) || RANK_COMPOUND_WORDS.has(name) || OFFICE_WORD.test(name)) continue;
    if (!ARMED_FORCES_CONTEXT.test(n.slice(a, b))) continue;
    add(name, m.index + rank.length, rank.trim());
  }
}
