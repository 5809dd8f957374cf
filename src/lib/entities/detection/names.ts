/**
 * Words around people's names, shared by the short-name rule and official discovery: titles and ranks, words
 * that start sentences, and the shape of a name word.
 */
import type { Entity, EntityKind } from '../types.ts';
import { isAscii } from '../text.ts';
import { isCapitalisedWord } from './field.ts';

/**
 * Capitalised words of a title before a name; some are only modifiers and do not make a title by themselves. The
 * police ranks of South Asia and Nigeria are written as initials: SP, SSP, CSP, DSP, ASP (superintendent; senior,
 * chief, deputy, assistant superintendent; "Supt" abbreviates it), CP, ACP, DCP (commissioner; assistant, deputy commissioner), DIG, AIG, IGP, DGP (deputy,
 * assistant and inspector general, director general of police; ADG and ADGP additional director general), DPO and SDPO (district and sub-divisional police
 * officer), SHO (station house officer), PRO and PPRO (police public relations officer). "Constable" is a modifier:
 * a title after "Chief" ("Assistant Chief Constable <Name>"), none alone (a constable is rank and file).
 */
export const TITLE_HEADS: ReadonlySet<string> = new Set(
  (
    'President Minister Secretary Maj Gen General Lt Col Colonel Brig Adm Admiral Capt Captain Sgt Cmdr Commander ' +
    'Sheikh Ambassador Envoy Governor Gov Sen Senator Rep Speaker Chief King Queen Prince Emir Spokesman ' +
    'Spokeswoman Spokesperson Ayatollah Leader Chairman Director Mayor Lieutenant Brigadier Sergeant Corporal Corporals ' +
    'Marshal Major ' +
    'Commissioner Coordinator Chancellor Premier Inspector Superintendent Supt Officer Administrator SSP CSP DSP ASP ACP AIG DIG IGP DGP ADG ADGP SP CP DCP ' +
    'PRO PPRO DPO SHO SDPO Judge Magistrate Prosecutor Legislator Lawmaker Prefect MP MLA MNA'
  ).split(' '),
);
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set(
  (
    'Vice Prime Foreign Defense Defence Interior Finance Oil Health Justice State Rear Deputy Staff Crown Grand ' +
    'Supreme Press Attorney Field Acting Interim Former Commanding Mr Mrs Ms Dr Alhaji Hajiya Hon Honourable ' +
    'Honorable Engr Barr Barrister Mallam Malam Constable of'
  ).split(' '),
);

/** Capitalised words that start sentences or qualify, never the first word of a name. */
export const LEADING_STOP: ReadonlySet<string> = new Set(
  (
    'The A An In On At By For From With Without As And But Or If When While After Before Since Until Then ' +
    'Yesterday Today Tomorrow Meanwhile However Also Last Next This That These Those His Her Their Its Our Both ' +
    'Later Earlier Now Still Instead Separately Previously Recently Initially Eventually Finally Subsequently ' +
    'Several Many Some According Former Late Acting Interim New Top Senior Monday Tuesday Wednesday Thursday ' +
    'Friday Saturday Sunday January February March April May June July August September October November December'
  ).split(' '),
);

/** A title head, also hyphenated ("Secretary-General", "Commissioner-General", "Commander-in-Chief"). */
export function isTitleHead(w: string): boolean {
  // (Every title head starts with a capital: a lower-case word is none unless hyphenated. Asked of most words.)
  if (startsLowerUnhyphenated(w)) return false;
  return (
    TITLE_HEADS.has(w) ||
    (w.includes('-') &&
      w.split('-').every((p) => TITLE_HEADS.has(p) || TITLE_MODIFIERS.has(p) || p === 'in') &&
      w.split('-').some((p) => TITLE_HEADS.has(p)))
  );
}

export function isTitleWord(w: string): boolean {
  // ("of" is the only title modifier in lower case.)
  if (startsLowerUnhyphenated(w)) return w === 'of';
  return isTitleHead(w) || TITLE_MODIFIERS.has(w);
}

function startsLowerUnhyphenated(w: string): boolean {
  const first = w.charCodeAt(0);
  return first >= 0x61 && first <= 0x7a && !w.includes('-');
}

/** A word that can be part of a person's name: capitalised letters, or "al-Arouri". */
export function isNameWord(w: string): boolean {
  // (Read by hand for the words of plain ASCII, nearly all of them; this runs for most words of every sentence that
  // could introduce an official.)
  const shape = asciiNameShape(w);
  if (shape === CAPITALISED) return true;
  if (shape === NOT_A_NAME) return false;
  return (isCapitalisedWord(w) && /^[\p{L}\p{M}'-]+$/u.test(w)) || /^(?:al|el|ad|ar|as|ash|at|az)-\p{Lu}/u.test(w);
}

const CAPITALISED = 1;
const NOT_A_NAME = 2;
const UNDECIDED = 3;

/**
 * For a word of ASCII letters, apostrophes and hyphens: CAPITALISED when it starts with a capital and has a
 * lower-case letter, NOT_A_NAME when it can be no name word; UNDECIDED for anything else (and "al-" words), which
 * the regexes read.
 */
function asciiNameShape(w: string): number {
  const first = w.charCodeAt(0);
  // A lower-case start is a name word only as "al-Arouri": a hyphen third or fourth.
  if (first >= 0x61 && first <= 0x7a)
    return w.charCodeAt(2) === 0x2d || w.charCodeAt(3) === 0x2d ? UNDECIDED : NOT_A_NAME;
  if (!(first >= 0x41 && first <= 0x5a)) return UNDECIDED;
  let lower = false;
  for (let i = 1; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) lower = true;
    else if (!((c >= 0x41 && c <= 0x5a) || c === 0x27 || c === 0x2d)) return UNDECIDED;
  }
  return lower ? CAPITALISED : NOT_A_NAME;
}

/**
 * A key under which the usual transliteration variants of a person's name coincide: "Volodymyr Zelenskiy",
 * "Zelensky" and "Zelenskyy"; "Abdulhamid Dbeiba" and "Abdul Hamid Dbeibah"; "Mohamed" and "Mohammed". Letters
 * only, diacritics dropped, the articles al and el dropped, the words joined; kh/dh/th/ph to one letter, q to k,
 * o, ou and oo to u ("Moammar", "Muammar"), ee and y to i, a final h dropped, doubled letters single. Other
 * vowels stay, so "Mohamed" and "Mahmoud" differ.
 */
export function spellingKey(name: string): string {
  // (Letters a-z only survive, so an ASCII name needs no decomposition. The rewrites are made on character codes, in
  // the order given above, each one pass left to right as a global replace makes it: this runs for every person an
  // article introduces, and a chain of regex replaces cost most of it.)
  const lower = (isAscii(name) ? name : name.normalize('NFD').replace(/\p{M}/gu, '')).toLowerCase();
  const key: number[] = [];
  for (let i = 0; i < lower.length;) {
    const start = i;
    while (i < lower.length && isAsciiLowerCode(lower.charCodeAt(i))) i++;
    if (i === start) {
      i++;
      continue;
    }
    // ("al" and "el" compared by their codes: a slice of every word cost more than the rest of this loop.)
    if (
      i - start === 2 &&
      lower.charCodeAt(start + 1) === L &&
      (lower.charCodeAt(start) === A || lower.charCodeAt(start) === E)
    )
      continue;
    const end = lower.charCodeAt(i - 1) === H ? i - 1 : i;
    for (let k = start; k < end; k++) key.push(lower.charCodeAt(k));
  }
  let length = key.length;
  length = pairsAsOne(key, length, K, H, H);
  length = pairsAsOne(key, length, D, H, D);
  length = pairsAsOne(key, length, T, H, T);
  length = pairsAsOne(key, length, P, H, F);
  for (let i = 0; i < length; i++) if (key[i] === Q) key[i] = K;
  // ou, oo and o as u; then ee and y as i.
  length = pairsAsOne(key, length, O, U, U, O, O);
  length = pairsAsOne(key, length, E, E, I, Y);
  // Doubled letters single; the key made as one string at the end (a string grown letter by letter is a chain of
  // pieces that every look-up by it must join first).
  let kept = 0;
  for (let i = 0, previous = -1; i < length; i++) {
    const code = key[i]!;
    if (code !== previous) key[kept++] = code;
    previous = code;
  }
  key.length = kept;
  return String.fromCharCode(...key);
}

/** The letters the rewrites read and write, as character codes. */
const [A, D, E, F, H, I, K, L, O, P, Q, T, U, Y] = [
  0x61, 0x64, 0x65, 0x66, 0x68, 0x69, 0x6b, 0x6c, 0x6f, 0x70, 0x71, 0x74, 0x75, 0x79,
] as const;

function isAsciiLowerCode(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

/**
 * Rewrites the first `length` of `codes` in place: every pair `first second` (or `first second2`) as `to`, read
 * left to right without overlaps as a global replace reads them; a lone `single` (by default none) is `to` as well.
 * Returns the new length.
 */
function pairsAsOne(
  codes: number[],
  length: number,
  first: number,
  second: number,
  to: number,
  single = -1,
  second2 = -1,
): number {
  let w = 0;
  for (let i = 0; i < length; i++) {
    const c = codes[i]!;
    if (c === first && i + 1 < length && (codes[i + 1] === second || codes[i + 1] === second2)) {
      codes[w++] = to;
      i++;
    } else codes[w++] = c === single ? to : c;
  }
  return w;
}

/**
 * Whether two spelling keys differ by at most one letter added, dropped, changed or two neighbours swapped: a
 * misprint of a name ("Progozhin" for "Prigozhin", "Darío" for "Dairo"). Keys under ten letters never do, nor keys
 * with different first letters.
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 10 || b.length < 10 || a[0] !== b[0] || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length !== b.length) {
    const [long, short] = a.length > b.length ? [a, b] : [b, a];
    return long.slice(i + 1) === short.slice(i);
  }
  if (a.slice(i + 1) === b.slice(i + 1)) return true;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/**
 * A group's name without its generic last word ("Wagner" for "Wagner Group", "Maute" for "Maute group"), which
 * the press uses for the group alone, or undefined when the name has no such word.
 */
export function groupShortName(name: string): string | undefined {
  return /^(.+) (?:[Gg]roup|[Mm]ovement|[Nn]etwork|[Oo]rgani[sz]ation)$/u.exec(name)?.[1];
}

/**
 * A faction's name of two words or more without its unit word ("Sultan Murad" for "Sultan Murad Division"), which the
 * press uses with "faction" or "fighters" after it, or undefined. One word is left out: "Hamza" is anyone's name.
 */
export function unitShortName(name: string): string | undefined {
  return /^(\p{Lu}\S* \S+(?: \S+)*) (?:Division|Brigades?)$/u.exec(name)?.[1];
}

/**
 * Registered entities of `kind` by the spelling key of each name and alias; `keyOf` gives '' for a name left out (a
 * name in another script has no key).
 */
export function spellingIndex(
  entities: Iterable<Entity>,
  kind: EntityKind,
  keyOf: (name: string) => string,
): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const e of entities) {
    if (e.kind !== kind) continue;
    for (const name of [e.name, ...e.aliases]) {
      const key = keyOf(name);
      if (key !== '') addId(index, key, e.id);
    }
  }
  return index;
}

/** Adds `id` to the ids under `key`, once. */
export function addId(ids: Map<string, string[]>, key: string, id: string): void {
  const list = ids.get(key);
  if (list === undefined) ids.set(key, [id]);
  else if (!list.includes(id)) list.push(id);
}
