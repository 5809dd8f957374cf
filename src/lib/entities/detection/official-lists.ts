/**
 * Appointments and lists of office holders:
 *  - "named <Name> as the new commander", "appointed <Name> as its spokesman";
 *  - "the commander was <Name>", and names listed after a plural office noun: "commanders A and B", "the
 *    commanders killed included A, B and C", "leaders such as A and B";
 *  - "identified them as A and B" after a sentence about (plural) commanders or leaders;
 *  - "two commanders, known by their nicknames of A and B, as well as three other senior figures, C, D and E".
 */
import { sentenceIndex, splitSentences, allMatches } from '../text.ts';
import { isNameWord, isTitleWord, LEADING_STOP } from './names.ts';
import { OFFICE_WORD, PLURAL_OFFICE, type AddName, type RawWord } from './official-words.ts';
import { isCivilOffice, isOrganisationName, isPlaceShapedName, laterForms } from './precision-rules.ts';

/** Words before a plural office noun that make its holders a civil body's ("community leaders", "party chiefs"). */
const CIVIL_QUALIFIER =
  /^(?:party|community|youth|religious|opposition|traditional|business|civic|church|student|union|world|political)$/i;
/** The same, as the last word of a text before the noun. */
const CIVIL_QUALIFIER_BEFORE = new RegExp(`\\b${CIVIL_QUALIFIER.source.slice(1, -1)} $`, 'i');

/**
 * After an appointed person's name: "as the new commander of ...", "as its spokesman", "as Prime Minister", and
 * after a pair, "A and B as deputies".
 */
const AS_OFFICE =
  /^(?: and \p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*){0,3})? as (?:the |a |an |its |their |his |her )?(?:(?:new|acting|interim|deputy|top|chief|senior|overall|first|second)[ -])*(?:[\p{Lu}][\p{L}'’-]* ){0,3}?([Ss]pokes(?:man|woman|person)|[Cc]ommander|[Ll]eader|[Cc]hief|[Gg]overnor|(?:[Pp]rime )?[Mm]inister|[Aa]dministrator|[Cc]ommissioner|[Dd]irector|[Hh]ead|[Ee]mir|[Ee]nvoy|[Aa]mbassador|[Mm]ayor|[Dd]eput(?:y|ies)|[Ss]ecretary|[Pp]resident|[Cc]hairman|[Cc]oordinator)\b/u;
/** Verbs of appointing, before the name: "named", "appointing". */
const APPOINTING =
  /^(?:named|appointed|elected|nominated|promoted|installed|naming|appointing|electing|nominating|installing)$/;
/** Nouns of appointing, before "of" and the name: "the appointment of". */
const APPOINTMENT = /^(?:appointment|nomination|election|installation)$/;

/** Whether words[at] ends an appointing cue: "named", "appointing", "the appointment of". */
function endsAppointingCue(words: readonly RawWord[], at: number): boolean {
  const w = words[at];
  if (w === undefined || w.trail !== '') return false;
  if (APPOINTING.test(w.core)) return true;
  return w.core === 'of' && APPOINTMENT.test(words[at - 1]?.core ?? '') && words[at - 1]!.trail === '';
}

/**
 * The office of "<named|appointed> <Name> as the new <office>" (also "the appointment of <Name> as ...") at
 * words[idx], or ''; a name after "and" counts when the sentence appointed someone before it ("the appointment of
 * A as the Governor, and B and C as deputies").
 */
export function appointedAs(n: string, words: readonly RawWord[], idx: number, nameEnd: number): string {
  const before = words[idx - 1];
  if (before === undefined || before.trail !== '') return '';
  let cued = endsAppointingCue(words, idx - 1);
  if (!cued && before.core === 'and') {
    for (let k = idx - 2; k >= 0 && k >= idx - 25 && !/[.!?]/.test(words[k]!.trail); k--)
      if (endsAppointingCue(words, k)) {
        cued = true;
        break;
      }
  }
  if (!cued) return '';
  return AS_OFFICE.exec(n.slice(nameEnd, nameEnd + 120))?.[1] ?? '';
}

/**
 * The office of a name at words[idx] that follows "<office noun> was" ("the commander was Taleb Hamdan") or
 * stands in a list after a plural office noun ("the commanders killed included A, B and C", "commanders A and
 * B", "leaders such as A and B"): earlier names, commas and "and" of the list are skipped back to the cue.
 */
export function officeBeforeCopulaOrList(words: readonly RawWord[], idx: number): string {
  let k = idx - 1;
  while (k >= 0 && (words[k]!.core === 'and' || (isNameWord(words[k]!.core) && !words[k]!.possessive))) k--;
  const cue = words[k];
  if (cue === undefined || (cue.trail !== '' && cue.trail !== ':')) return '';
  // ("The community leaders were A, a teacher; ...": leaders of a civil body hold no office.)
  const plural = (w: RawWord | undefined) =>
    w !== undefined && PLURAL_OFFICE.test(w.core) && !CIVIL_QUALIFIER.test(words[words.indexOf(w) - 1]?.core ?? '');
  if (plural(cue)) return cue.core;
  if (/^(?:was|is)$/.test(cue.core) && k === idx - 1) {
    const noun = words[k - 1];
    return noun !== undefined && noun.trail === '' && OFFICE_WORD.test(noun.core) && !noun.possessive ? noun.core : '';
  }
  // "leaders such as A, B and C".
  if (cue.core === 'as' && words[k - 1]?.core === 'such' && words[k - 1]!.trail === '' && plural(words[k - 2]))
    return words[k - 2]!.core;
  if (!/^(?:included|including|include|includes|were|are|namely)$/.test(cue.core)) return '';
  // "ring leaders in the region including A, B and C": a short phrase may stand between the noun and the cue.
  for (let j = k - 1; j >= 0 && j >= k - 5; j--) {
    if (plural(words[j])) return words[j]!.core;
    if (words[j]!.trail !== '') break;
  }
  return '';
}

/**
 * "... killed along with two other senior commanders. Reports identified them as A and B.": the people of a list
 * after "identified them as" hold the plural office the sentence before named.
 */
const IDENTIFIED_THEM = /\b(?:identified|named) them as ([^.;:]+)/g;
const PLURAL_OFFICE_IN = /\b(?:commanders|leaders|sub-leaders|sub-commanders|chiefs|emirs|kingpins)\b/;
/**
 * "The slain commanders he named as A, B and C", "the leaders were identified as A and B": a list after "named as"
 * in a clause that opens with the plural office (a few lower-case words between), perhaps with who named them ("the
 * leaders were identified by the government as alias A from ... and alias B from ...").
 */
const PLURAL_NAMED_AS =
  /\b(commanders|leaders|sub-leaders|sub-commanders|chiefs|emirs|kingpins)(?: \p{Ll}[\p{Ll}'’-]*){0,4} (?:identified|named|listed)(?: by (?:the )?\p{Ll}+(?: \p{Ll}+)?)? as ([^.;:]+)/gu;
/** A full name of two to five words ("Mahmud Walid Abdul Jawad", "Abu Dimam"), particles allowed inside. */
const LISTED_NAME =
  /^\p{Lu}[\p{Ll}\p{M}'’-]+(?: (?:al|bin|ibn|el|de|del|da|van|von|\p{Lu}[\p{Ll}\p{M}'’-]+)){0,3} \p{Lu}[\p{Ll}\p{M}'’-]+$/u;

/**
 * "the commanders known by their aliases “Ricardo” and “Silvana Guerrero”", "the leaders go by the monikers of “A”
 * and “B”": names in quotes listed after a plural office and "known as", "known by their aliases" or "go by".
 */
const PLURAL_KNOWN_AS =
  /\b(commanders|leaders|sub-leaders|sub-commanders|chiefs|emirs|kingpins)(?: \p{Ll}[\p{Ll}'’-]*){0,3},? (?:known (?:as|by (?:their|the) (aliases|noms de guerre|nicknames|pseudonyms)(?: of)?)|(?:go|goes|went) by (?:their |the )?(?:aliases|monikers|names|nicknames|noms de guerre|pseudonyms)(?: of)?) /gu;
/**
 * A quoted name at the start of a list ("“Silvana Guerrero”"), and what separates it from the next one (the space
 * before "and" may be missing: '"A"and "B"').
 */
const QUOTED_NAME = /^["\u201C](\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){0,2})["\u201D](,? ?and |, |)/u;
/** Whether a list item opens with a quote. */
const OPENING_QUOTE_CHAR = /^["\u201C]/;
/**
 * After "known by their nicknames (of)" the names may stand without quotes: one to three capitalised words each
 * ("Pino Pino", "Bere-Bere"), the list closed by a comma, a full stop or a lower-case word.
 */
const BARE_NICKNAME = /^(\p{Lu}[\p{L}\p{M}'’-]+(?: \p{Lu}[\p{L}\p{M}'’-]+){0,2})(?=[,.;]| \p{Ll}|$)(,? and |, |)/u;

/**
 * Names in quotes after "<plural office> known as" or "known by their aliases", each a holder of the office (without
 * quotes after "known by their nicknames": the phrase says that names follow).
 */
export function findQuotedNamesAfterPluralOffice(n: string, add: AddName): void {
  // (The words every match has, looked for first, as in the finders below.)
  if (!n.includes('known ') && !n.includes(' go by ') && !n.includes(' goes by ') && !n.includes(' went by ')) return;
  for (const m of allMatches(PLURAL_KNOWN_AS, n)) {
    if (isCivilOffice(m[0])) continue;
    const office = m[1]!.replace(/s$/, '');
    // (Bare names only after "known by their <nicknames|aliases|...>", which says that names follow.)
    const nameAt = (at: number) =>
      QUOTED_NAME.exec(n.slice(at, at + 80)) ?? (m[2] === undefined ? null : BARE_NICKNAME.exec(n.slice(at, at + 80)));
    let at = m.index + m[0].length;
    for (let q = nameAt(at); q !== null; q = nameAt(at)) {
      const words = q[1]!.split(' ');
      const quoted = OPENING_QUOTE_CHAR.test(q[0]);
      if (quoted || !words.some((w) => LEADING_STOP.has(w) || isTitleWord(w)))
        add(q[1]!, at + (quoted ? 1 : 0), office);
      if (q[2] === '') break;
      at += q[0].length;
    }
  }
}

/**
 * "Two commanders, A and B, as well as three other senior figures, C, D and E, were sentenced": a list after "other
 * senior figures" (or members, commanders, ...) that a sentence about plural office holders adds to them.
 */
const OTHER_SENIOR_FIGURES =
  /\b(?:as well as|along with|together with|and|plus) (?:(?:two|three|four|five|six|seven|several|\d+) )?other (senior|top|key|high-ranking) (figures|members|commanders|leaders)[,:] /gu;
/**
 * The plural office nouns the sentence must open its list with, before OTHER_SENIOR_FIGURES (not a civil body's:
 * "party leaders", "community leaders").
 */
const PLURAL_OFFICE_BEFORE = /\b(?:commanders|leaders|sub-leaders|chiefs|emirs|kingpins)\b/g;

/** The full names listed after "and N other senior figures," in a sentence that names plural office holders before. */
export function findListAfterOtherSeniorFigures(n: string, add: AddName): void {
  if (!n.includes('other ')) return;
  for (const m of allMatches(OTHER_SENIOR_FIGURES, n)) {
    const sentenceStart = Math.max(n.lastIndexOf('. ', m.index), n.lastIndexOf('; ', m.index), 0);
    const before = n.slice(sentenceStart, m.index);
    const listStart = m.index + m[0].length;
    const end = n.slice(listStart).search(/[.;:!?](?:\s|$)/);
    const list = n.slice(listStart, end < 0 ? n.length : listStart + end);
    const plural = [...before.matchAll(PLURAL_OFFICE_BEFORE)].some(
      (p) => !CIVIL_QUALIFIER_BEFORE.test(before.slice(0, p.index)),
    );
    if (!plural || isCivilOffice(before + m[0] + list)) continue;
    addListedNames(list, listStart, `${m[1]!} ${m[2]!}`, add);
  }
}

/**
 * "Commanders Mala’ana (Khaid), a Governor, Abu Dauda (Munzir), and Bin Diska (Nakif) surrendered": a list right after
 * a plural office noun whose every name carries an alias in brackets (one word is then a name too); a short
 * description in apposition may stand between two items.
 */
const PLURAL_OFFICE_THEN_NAME =
  /\b(?:[Cc]ommanders|[Ll]eaders|[Ss]ub-leaders|[Cc]hiefs|[Ee]mirs|[Kk]ingpins) (?=\p{Lu})/gu;
const ALIASED_ITEM =
  /^(\p{Lu}[\p{L}\p{M}'’-]+(?: \p{Lu}[\p{L}\p{M}'’-]+){0,2}) \(\p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*){0,2}\)/u;
/** What joins two items: a comma, "and", or a description in apposition between commas (", a Governor,"). */
const ALIASED_ITEM_JOIN = /^(?:,(?: an? [\p{L}'’ -]{1,30},)?(?: and)? | and )/u;

/** The names of a list after a plural office noun, each with an alias in brackets, when the list has two or more. */
export function findAliasedListAfterPluralOffice(n: string, add: AddName): void {
  if (!n.includes(') ') && !n.includes('),')) return;
  for (const m of allMatches(PLURAL_OFFICE_THEN_NAME, n)) {
    const before = n.slice(Math.max(0, m.index - 30), m.index);
    if (CIVIL_QUALIFIER_BEFORE.test(before) || isCivilOffice(before + m[0])) continue;
    const items: [string, number][] = [];
    let at = m.index + m[0].length;
    for (;;) {
      const item = ALIASED_ITEM.exec(n.slice(at, at + 80));
      if (item === null) break;
      items.push([item[1]!, at]);
      at += item[0].length;
      const join = ALIASED_ITEM_JOIN.exec(n.slice(at, at + 40));
      if (join === null) break;
      at += join[0].length;
    }
    if (items.length < 2) continue;
    const office = m[0].trim().toLowerCase().replace(/s$/, '');
    for (const [name, start] of items) {
      const words = name.split(' ');
      if (isOrganisationName(words) || words.some((w) => LEADING_STOP.has(w) || isTitleWord(w))) continue;
      add(name, start, office, laterForms(name, words.at(-1)!));
    }
  }
}

/**
 * "The three Houthi leaders were A, who was killed in ...; B, who ...; and C, the leader of ...": a list after "<plural
 * office> were|included" whose items, split by semicolons, each open with a full name.
 */
const PLURAL_OFFICE_WERE =
  /\b(commanders|leaders|sub-leaders|sub-commanders|chiefs|emirs|kingpins) (?:were|are|included|include|namely)[: ] ?(?=\p{Lu})/gu;
/** The full name that opens a list item (two to five words, "Al-Iraqi" too), before a comma or the item's end. */
const ITEM_NAME =
  /^(\p{Lu}[\p{L}\p{M}'’-]+(?: (?:al|bin|ibn|el|de|del|da|van|von|\p{Lu}[\p{L}\p{M}'’-]+)){0,3} \p{Lu}[\p{L}\p{M}'’-]+)(?=,|$)/u;

/** The names of a semicolon list after "<plural office> were" (see PLURAL_OFFICE_WERE). */
export function findSemicolonListAfterPluralOffice(n: string, add: AddName): void {
  if (!n.includes('; ')) return;
  for (const m of allMatches(PLURAL_OFFICE_WERE, n)) {
    const listStart = m.index + m[0].length;
    const end = n.indexOf('. ', listStart);
    const list = n.slice(listStart, end < 0 ? n.length : end);
    const before = n.slice(Math.max(0, m.index - 40), m.index);
    if (!list.includes('; ') || CIVIL_QUALIFIER_BEFORE.test(before) || isCivilOffice(before + m[0] + list)) continue;
    const office = m[1]!.replace(/s$/, '');
    let at = 0;
    for (const piece of list.split(/; (?:and )?/)) {
      const start = listStart + list.indexOf(piece, at);
      at = start - listStart + piece.length;
      const name = ITEM_NAME.exec(piece)?.[1];
      if (name === undefined) continue;
      const words = name.split(' ');
      if (isOrganisationName(words) || words.some((w) => LEADING_STOP.has(w) || isTitleWord(w))) continue;
      add(name, start, office, laterForms(name, words.at(-1)!));
    }
  }
}

/**
 * "two commanders —Tirupati and Lokaesh of the PLGA", "the leaders: Falcon and Heron": one-word names listed after a
 * plural office and a dash or a colon.
 */
const PLURAL_OFFICE_DASH_PAIR =
  /(?<![\p{L}-])(commanders|leaders|sub-leaders|sub-commanders|chiefs|emirs|kingpins) ?(?:[\u2014\u2013]|--|:) ?(\p{Lu}[\p{Ll}\p{M}'’-]{2,}) and (\p{Lu}[\p{Ll}\p{M}'’-]{2,})\b(?![\p{L}'’-]| \p{Lu})/gu;
/** What a PLURAL_OFFICE_DASH_PAIR match has, looked for first. */
const PLURAL_OFFICE_DASH = /(?:commanders|leaders|chiefs|emirs|kingpins) ?(?:[\u2014\u2013]|--|:)/;

/** One-word names in a pair after "<plural office> —". */
export function findPairAfterPluralOfficeDash(n: string, add: AddName): void {
  // ("commanders" and "leaders" end in "ders": plain searches before the regex.)
  if (!(n.includes('ders') || n.includes('chiefs') || n.includes('emirs') || n.includes('kingpins'))) return;
  if (!PLURAL_OFFICE_DASH.test(n)) return;
  for (const m of allMatches(PLURAL_OFFICE_DASH_PAIR, n)) {
    // ("The community leaders — A and B": the two words before the noun say whose leaders.)
    const before = n.slice(Math.max(0, m.index - 30), m.index);
    if (isCivilOffice(before + m[0]) || /\b(?:community|youth|religious|party|opposition|world) $/.test(before))
      continue;
    const office = m[1]!.replace(/s$/, '');
    const [first, second] = [m[2]!, m[3]!];
    const end = m.index + m[0].length;
    add(first, end - second.length - 5 - first.length, office);
    add(second, end - second.length, office);
  }
}

/** "the brothers Salah and Khalid Bulghib": two given names sharing one family name. */
const SIBLINGS =
  /\b(?:the )?(?:brothers|siblings|sisters) (\p{Lu}[\p{Ll}'’-]+) and (\p{Lu}[\p{Ll}'’-]+) ((?:(?:al|el|bin|ibn)[- ])?\p{Lu}[\p{Ll}'’-]+)\b(?!['’]s| \p{Lu})/gu;
/** What makes siblings hold an office, in the clause before them: a plural office ("leaders such as ..."). */
const SIBLINGS_OFFICE_BEFORE =
  /\b(commanders|leaders|chiefs|emirs|kingpins|followers of|loyal to|led by)\b(?:[^.;:]{0,80})$/;
/** ... or after them: "..., founders of the Maute group". */
const SIBLINGS_OFFICE_AFTER = /^,? (?:the )?(founders|co-founders|leaders|commanders|heads|chiefs) of /;

/**
 * "leaders such as ... the brothers Salah and Khalid Bulghib", "followers of the siblings A and B Maute, founders of
 * the Maute group": both siblings, each with the family name, hold the office the clause gives them.
 */
export function findSiblings(n: string, add: AddName): void {
  if (!(n.includes('rothers') || n.includes('iblings') || n.includes('isters'))) return;
  if (!/\b(?:brothers|siblings|sisters) \p{Lu}/u.test(n)) return;
  for (const m of allMatches(SIBLINGS, n)) {
    const [first, second, family] = [m[1]!, m[2]!, m[3]!];
    const before = SIBLINGS_OFFICE_BEFORE.exec(n.slice(Math.max(0, m.index - 120), m.index))?.[1];
    const after = SIBLINGS_OFFICE_AFTER.exec(n.slice(m.index + m[0].length, m.index + m[0].length + 40))?.[1];
    const cue = before ?? after;
    if (cue === undefined || isCivilOffice(n.slice(Math.max(0, m.index - 120), m.index + m[0].length + 60))) continue;
    const office = /^(?:followers of|loyal to|led by)$/.test(cue) ? 'leader' : cue.replace(/s$/, '');
    const firstAt = m.index + m[0].indexOf(first);
    const secondAt = m.index + m[0].length - family.length - 1 - second.length;
    add(`${first} ${family}`, firstAt, office, undefined, firstAt + first.length);
    add(`${second} ${family}`, secondAt, office);
  }
}

/**
 * "appointed to replace Ba’ana as the naval commanding officer", "succeeded Tomas Roth as governor": the one replaced
 * held the office.
 */
const REPLACED_AS =
  /\b(?:replace|replaced|replaces|replacing|succeed|succeeded|succeeds|succeeding) (\p{Lu}[\p{L}\p{M}'’-]{2,}(?: (?:al-|el-)?\p{Lu}[\p{L}\p{M}'’-]+){0,3}) as (?:the |its |their |his |her )?(?:[\p{L}'’-]+ ){0,3}?(commander|commanding officer|leader|chief|head|emir|amir|spokes(?:man|woman|person)|governor|mayor|minister|president)\b/gu;

/** The one replaced in an appointment, as holder of the office ("to replace <Name> as the commander"). */
export function findReplacedAs(n: string, add: AddName): void {
  if (!(n.includes('replac') || n.includes('succeed'))) return;
  for (const m of allMatches(REPLACED_AS, n)) {
    const name = m[1]!;
    const words = name.split(' ');
    if (isOrganisationName(words) || words.some((w) => LEADING_STOP.has(w) || isTitleWord(w))) continue;
    add(name, m.index + m[0].indexOf(name), m[2]!, laterForms(name, words.at(-1)!));
  }
}

/**
 * "... killed key commanders of the group." / "The dead are reported to include A, B and C along with 30 other
 * militants": the dead listed after a sentence (also across a paragraph) that names commanders killed.
 */
export function findListedDead(
  n: string,
  sentences: Array<[number, number]>,
  paragraphBefore: string,
  add: AddName,
): void {
  findListAfterCommanders(DEAD_INCLUDE, n, sentences, paragraphBefore, add);
}

const DEAD_INCLUDE =
  /\b[Tt]he dead (?:are |were )?(?:(?:reported|said|believed|thought) to )?includ(?:e|ed) ([^.;:]+)/g;
/** What ends a list before the sentence does: "A and B along with 30 other militants". */
const LIST_GOES_ON = / (?:along with|together with|as well as|among|besides)\b/;

/** Names listed after each match of `cue` (its group 1), when the sentence before names commanders. */
function findListAfterCommanders(
  cue: RegExp,
  n: string,
  sentences: Array<[number, number]>,
  paragraphBefore: string,
  add: AddName,
): void {
  for (const m of allMatches(cue, n)) {
    // The sentence before, also across a paragraph break.
    const at = sentenceIndex(sentences, m.index);
    const previous = sentences[at - 1];
    const lastBefore = splitSentences(paragraphBefore).at(-1);
    const before =
      previous !== undefined
        ? n.slice(previous[0], previous[1])
        : lastBefore !== undefined
          ? paragraphBefore.slice(lastBefore[0], lastBefore[1])
          : '';
    const office = PLURAL_OFFICE_IN.exec(before)?.[0];
    if (office === undefined || isCivilOffice(before)) continue;
    const goesOn = LIST_GOES_ON.exec(m[1]!);
    const list = goesOn === null ? m[1]! : m[1]!.slice(0, goesOn.index);
    addListedNames(list, m.index + m[0].length - m[1]!.length, office, add);
  }
}

/**
 * "killed <Name> and other senior officials in the group's missile array", "<Name> and two other commanders": a
 * name counted among office holders of the same kind. (Two to four capitalised words; "officials" only with a
 * qualifier that makes them office holders.)
 */
const AND_OTHER_OFFICE_HOLDERS =
  /(?<![\p{L}\p{M}'’-])(\p{Lu}[\p{L}\p{M}'’-]+(?: (?:(?:al|bin|ibn|el|de|del|dela)[ -])?\p{Lu}[\p{L}\p{M}'’-]+){1,3}),? and ["\u201C]?(?:\d+ |two |three |four |five |several |many )?other (?:(?:senior|top|high-ranking|key|local|rebel|militant|group) )?(commanders|leaders|sub-leaders|chiefs|emirs|(?<=(?:senior|top|high-ranking) )officials)\b/gu;

/** What every AND_OTHER_OFFICE_HOLDERS match has, looked for first ("other" alone is a common word). */
const OTHER_OFFICE_HOLDERS =
  /other (?:(?:senior|top|high-ranking|key|local|rebel|militant|group) )?(?:commanders|leaders|sub-leaders|chiefs|emirs|officials)\b/;

/** Names followed by "and other (senior) commanders|leaders|officials". */
export function findNamesAmongOtherOfficeHolders(n: string, add: AddName): void {
  if (!OTHER_OFFICE_HOLDERS.test(n)) return;
  for (const m of allMatches(AND_OTHER_OFFICE_HOLDERS, n)) {
    const words = m[1]!.split(' ');
    // ("The Emir and other leaders": leading sentence words and titles are no part of the name.)
    let k = 0;
    while (k < words.length && (LEADING_STOP.has(words[k]!) || isTitleWord(words[k]!))) k++;
    const nameWords = words.slice(k);
    if (nameWords.length < 2 || isOrganisationName(nameWords) || isPlaceShapedName(nameWords)) continue;
    if (nameWords.some((w) => isTitleWord(w))) continue;
    if (isCivilOffice(m[0])) continue;
    const name = nameWords.join(' ');
    const office = m[2]!.replace(/s$/, '');
    add(name, m.index + m[1]!.length - name.length, office, laterForms(name, nameWords.at(-1)!));
  }
}

/** A kunya with its second word in lower case, as some reports print it ("Abu kololo"), in a list of names. */
const LOWER_CASE_KUNYA = /^(?:Abu|Abou|Umm) \p{Ll}[\p{Ll}'’-]{2,}$/u;

/** Names listed after "identified them as", when the sentence before (also across a paragraph) names commanders. */
export function findIdentifiedThem(
  n: string,
  sentences: Array<[number, number]>,
  paragraphBefore: string,
  add: AddName,
): void {
  if (n.includes('m as ')) findListAfterCommanders(IDENTIFIED_THEM, n, sentences, paragraphBefore, add);
  if (!n.includes('d as ') && !n.includes('identified by ') && !n.includes('named by ') && !n.includes('listed by '))
    return;
  for (const m of allMatches(PLURAL_NAMED_AS, n)) {
    const [office, list] = [m[1]!, m[2]!];
    if (isCivilOffice(m[0])) continue;
    addListedNames(list, m.index + m[0].length - list.length, office, add);
  }
}

/**
 * The full names of a list that starts at `listStart`, each as holding `office` (a plural). Items are separated by
 * commas and "and"; a remark in brackets after a name is not part of it ("A (from Mali) and B"); the list ends at
 * the first item that starts a clause ("whose ...").
 */
function addListedNames(list: string, listStart: number, office: string, add: AddName): void {
  // Brackets blanked to spaces of the same length keep every offset of the list.
  const plain = list.replace(/\([^()]*\)/g, (x) => ' '.repeat(x.length));
  const item = /[^,]+?(?=\s*,|\s+and\s|\s*$)/gu;
  for (const x of allMatches(item, plain)) {
    const whole = x[0].replace(/^\s*(?:and\s+)?/, '').trimEnd();
    // "alias Bermudez from the Los Lobos gang": a nom de guerre, one word, named for the office.
    const alias = ALIAS_ITEM.exec(whole);
    if (alias !== null) {
      const start = listStart + x.index + x[0].length - x[0].replace(/^\s*(?:and\s+)?/, '').length + 'alias '.length;
      add(alias[1]!, start, office.replace(/s$/, ''));
      continue;
    }
    if (/^\p{Ll}/u.test(whole)) break;
    // "... and Anselm Roth were buried": the last name, then the clause of the sentence.
    const last = !/^(?:\s*,|\s+and\s)/.test(plain.slice(x.index + x[0].length));
    const clause = last ? CLAUSE_AFTER_NAME.exec(whole) : null;
    const text = clause === null ? whole : whole.slice(0, clause.index);
    if (LISTED_NAME.test(text) || LOWER_CASE_KUNYA.test(text)) {
      const words = text.split(' ');
      if (!isOrganisationName(words) && !words.some((w) => LEADING_STOP.has(w) || isTitleWord(w))) {
        const start = listStart + x.index + x[0].length - x[0].replace(/^\s*(?:and\s+)?/, '').length;
        add(text, start, office.replace(/s$/, ''), laterForms(text, words.at(-1)!));
      }
    }
  }
}

/** An item "alias <Nick>" of a list, perhaps with where the person belongs ("from the R7 gang"). */
const ALIAS_ITEM = /^alias (\p{Lu}[\p{Ll}\p{M}'’-]+)(?=$| (?:from|of) )/u;

/** Where a lower-case word that is no name particle follows a name: the list's clause begins. */
const CLAUSE_AFTER_NAME = /\s+(?!(?:al|bin|ibn|el|de|del|da|van|von)\s)\p{Ll}/u;

/**
 * A paragraph that closes on an office speaking unnamed: "..., a military commander in the region said." (an
 * article, at most three modifiers, the office noun, perhaps where or of what, then "said").
 */
const UNNAMED_OFFICE_SAID =
  /\b(?:an?|the) ((?:[\p{Ll}-]+ ){0,3}(?:\p{Lu}[\p{Ll}'’-]+ (?:[\p{Ll}-]+ ){0,2})?(?:commander|official|spokes(?:man|woman|person)|officer|governor|administrator|commissioner|mayor|chief))(?: (?:in|of|for) [^,.;"\u201C\u201D]{1,40})? said\.$/u;
/**
 * A first sentence that names its speaker last: "..., Abdikafi Hilowle told dpa.", "..., Tomas Roth said.", after a
 * quote too: '"The bridge is gone," Tomas Roth said.'
 */
const NAMED_SPEAKER_LAST =
  /,["\u201D]? (\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){1,2}) (?:told|said)\b[^,;:"\u201C\u201D]{0,30}\.$/u;

/**
 * "..., a military commander in the region said." / "Six soldiers were killed ..., Tomas Roth told reporters." (also
 * "..., the Chiure district administrator said.", with the place's name in the office): the
 * speaker the paragraph before left unnamed is named at the end of the next paragraph's first sentence, and holds
 * that office.
 */
export function findSpeakerNamedAfterUnnamedOffice(
  n: string,
  sentences: Array<[number, number]>,
  paragraphBefore: string,
  add: AddName,
): void {
  // (Only the paragraph's last 160 characters: the regex, anchored at the end, would be tried from every position.)
  const office = UNNAMED_OFFICE_SAID.exec(paragraphBefore.slice(-160))?.[1];
  const first = sentences[0];
  if (office === undefined || first === undefined || isCivilOffice(office)) return;
  const named = NAMED_SPEAKER_LAST.exec(n.slice(first[0], first[1]).trimEnd());
  if (named === null) return;
  const name = named[1]!;
  const words = name.split(' ');
  if (isOrganisationName(words) || words.some((w) => LEADING_STOP.has(w) || isTitleWord(w))) return;
  add(name, first[0] + named.index + named[0].indexOf(name), office, laterForms(name, words.at(-1)!));
}

/** The office nouns UNNAMED_OFFICE_HOLDER and HEADLINE_OFFICE end in, looked for first. */
const HARMED_OFFICE_NOUN =
  /commander|official|governor|administrator|commissioner|mayor|chief|chairman|minister|leader|spokes|emir/;
const EVERY_HARMED_OFFICE_NOUN =
  /\b(?:commander|official|governor|administrator|commissioner|mayor|chief|chairman|minister|leader|sub-leader|spokes(?:man|person)|emir)\b/g;
/** Words of a death, an attack on a person or an abduction. */
const HARMED =
  /\b(?:kill(?:s|ed|ing)?|shot|slain|assassinat(?:ed|es|ing)|abduct(?:ed|s)|dies|died|dead|gun(?:s|ned) down)\b/;
/**
 * An office holder left unnamed: an article or "one", at most three modifiers (lower case or a capitalised
 * place or group, hyphenated ones too: "Moscow-appointed"), a singular office noun, not followed by a name.
 */
const UNNAMED_OFFICE_HOLDER =
  /\b(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother) ((?:[\p{L}\p{N}.'’-]+ ){0,3}?(?:commander|official|governor|administrator|commissioner|mayor|chief|chairman|minister|leader|sub-leader|spokes(?:man|person)|emir))(?![\p{L}-]|,? \p{Lu}\p{Ll}+ \p{Lu})/u;
/** An office noun in a headline, before a word of harm: "Pak. Taliban commander killed in Pakistan", "kill official". */
const HEADLINE_OFFICE =
  /\b(commander|official|governor|administrator|commissioner|mayor|chief|minister|leader|spokes(?:man|person)|emir) (?:killed|shot|slain|assassinated|gunned down)\b|\b(?:kills?|killed|shot|slain|assassinated|gun(?:s|ned)? down) (?:an? |the |\d+,? including )?((?:[\p{L}'’-]+ ){0,2}(?:commander|official|governor|administrator|commissioner|mayor|chief|minister|leader))\b/u;
/**
 * Where the name of the one harmed comes: opening its sentence as the one it is about ("<Name> died after ...",
 * "<Name>, 52, died after ...", "<Name> was responsible for ...", "<Name> of the banned group was killed"), or after
 * "shot", "killed" or "identified as".
 */
const HARMED_NAME_OPENS =
  /^(\p{Lu}[\p{L}\p{M}'’-]+(?: \p{Lu}[\p{L}\p{M}'’-]+){1,3})(?:, \d{1,3},)?(?:,? (?:alias|aka|also known as) [^,]{1,40},)? (?:and (?:\p{Ll}+ ){1,2}others? )?(?:died|(?:was|were) (?:(?:severely|fatally|critically|seriously) )?(?:killed|shot|slain|wounded|injured|abducted|kidnapped|responsible|among|buried|found dead)|had been (?:killed|shot)|of the)\b/u;
const HARMED_NAME_AFTER =
  /\b(?:shot|killed|killing|murdered|assassinated|abducted|kidnapped|targeted|identified as|identified the (?:\p{Ll}+ ){1,2}as) (\p{Lu}[\p{L}\p{M}'’-]+(?: \p{Lu}[\p{L}\p{M}'’-]+){1,3})(?=[,.;]| (?:in|on|at|near|after|before|and|who|while|alias|aka|outside|inside|during|from|with)\b)/u;
/**
 * "Police said Thursday that <Name> and two others were killed", "Officials said <Name> and <Name> were slain": the
 * one harmed as the subject of a reported clause (the first of two names: the office holder is named before the one
 * harmed beside him, "killed a leader and one of his followers"); also with the age after the name, found dead or
 * hurt ("She added that <Name>, 44, was found lying unconscious").
 */
const HARMED_NAME_THAT =
  /\b(?:that|said) (\p{Lu}[\p{L}\p{M}'’-]+(?: \p{Lu}[\p{L}\p{M}'’-]+){1,3})(?:, \d{1,3},)?(?: and (?:(?:\p{Ll}+ ){1,2}others?|\p{Lu}[\p{L}\p{M}'’-]+(?: \p{Lu}[\p{L}\p{M}'’-]+){1,3}))? (?:was|were|had been|has been) (?:killed|shot|slain|assassinated|abducted|found (?:dead|lying|unconscious|murdered|wounded))\b/u;

/** The office of an unnamed office holder who was harmed in `sentence`, or ''. */
function unnamedHarmedOffice(sentence: string, headline: boolean): string {
  // ("Mayor gunned down in ...": a headline's first word is capitalised.)
  if (headline) sentence = sentence.charAt(0).toLowerCase() + sentence.slice(1);
  if (!HARMED_OFFICE_NOUN.test(sentence) || !HARMED.test(sentence)) return '';
  if (headline) {
    const m = HEADLINE_OFFICE.exec(sentence);
    return m === null ? '' : (m[1] ?? m[2]!);
  }
  // (Read at each office noun, backwards to its article, rather than trying the pattern at every word.)
  for (const noun of allMatches(EVERY_HARMED_OFFICE_NOUN, sentence)) {
    const from = Math.max(0, noun.index - 60);
    const m = UNNAMED_OFFICE_HOLDER.exec(sentence.slice(from, noun.index + 40));
    if (m === null || from + m.index + m[0].length !== noun.index + noun[0].length || isCivilOffice(m[0])) continue;
    // The office holder must be the one harmed: "killed a ... official", "a commander ... was among those killed"
    // (not "the liaison officer to the governor" in a sentence about someone killed).
    const start = from + m.index;
    const end = start + m[0].length;
    if (HARM_RIGHT_BEFORE.test(sentence.slice(Math.max(0, start - 16), start))) return m[1]!;
    if (HARMED_AFTER.test(sentence.slice(end, end + 140))) return m[1]!;
  }
  return '';
}
/** A word of harm right before the office holder's article. */
const HARM_RIGHT_BEFORE = /\b(?:kill(?:s|ed|ing)?|shot|slew|assassinat(?:ed|es|ing)|abduct(?:ed|s))\s$/;
/** "... was among three members of the group killed", "... was shot dead": the office holder harmed. */
const HARMED_AFTER =
  /^[^,;]{0,60}?\b(?:was|were|has been|had been)\b[^,;]{0,60}?\b(?:killed|shot|slain|assassinated|abducted|dead)\b/;

/**
 * "A car bomb has killed a Moscow-appointed official in ... ." / "Valeriy Chaika died after ...", and after a
 * headline "TTP commander killed in Pakistan", "<Name> of the banned group was killed": an office holder harmed and
 * left unnamed in the last sentence of the paragraph before (or in the headline), named in the next paragraph's
 * first sentence as the one harmed (the first such name only; after a headline, the first two sentences).
 */
export function findHarmedNamedAfterUnnamedOffice(
  n: string,
  sentencesOf: () => Array<[number, number]>,
  paragraphBefore: string,
  headline: string,
  add: AddName,
): void {
  let office = headline === '' ? '' : unnamedHarmedOffice(headline, true);
  if (office === '' && paragraphBefore !== '') {
    // (The last sentence of the paragraph before, from its last 400 characters: the paragraph was split before.)
    const tail = paragraphBefore.slice(-400);
    if (HARMED_OFFICE_NOUN.test(tail)) {
      const lastBefore = splitSentences(tail).at(-1);
      if (lastBefore !== undefined) office = unnamedHarmedOffice(tail.slice(lastBefore[0], lastBefore[1]), false);
    }
  }
  if (office === '') return;
  // The first sentence (or, after a headline, the first two) names the one harmed.
  const sentences = sentencesOf();
  for (let i = 0; i < sentences.length && i < 2; i++) {
    const [a, b] = sentences[i]!;
    const sentence = n.slice(a, b);
    const found =
      HARMED_NAME_OPENS.exec(sentence) ??
      HARMED_NAME_AFTER.exec(sentence) ??
      (sentence.includes('that ') || sentence.includes('said ') ? HARMED_NAME_THAT.exec(sentence) : null);
    if (found !== null && addHarmed(found, a, office, add)) return;
    if (headline === '') return;
  }
}

/** "The top commander of a militant group and his deputy ... died", a headline "kill group commander and deputy". */
const OFFICE_AND_DEPUTY = /\b(?:commander|chief|leader|head|emir)\b[^.;]{0,60}? and (?:his |her |its |their )?deputy\b/;
/** "A, chief of the group, and B were killed": the second of two names harmed (or caught) together. */
const SECOND_OF_TWO_HARMED =
  /^(\p{Lu}[\p{L}\p{M}'’-]+(?: \p{Lu}[\p{L}\p{M}'’-]+){1,3})(?:, [^,;]{3,100},)? and (\p{Lu}[\p{L}\p{M}'’-]+(?: \p{Lu}[\p{L}\p{M}'’-]+){1,3}) (?:were|have been|had been) (?:killed|shot|slain|arrested|captured)\b/u;

/**
 * "The top commander of a militant group and his deputy ... died in a shootout." / "A, chief of the group, and B were
 * killed ...": after a sentence (or, for the first sentence, a headline) about an office holder and his deputy harmed,
 * the second of two names harmed together is the deputy.
 */
export function findDeputyNamedAfterOffice(
  n: string,
  sentences: Array<[number, number]>,
  headline: string,
  add: AddName,
): void {
  for (let i = 0; i < sentences.length; i++) {
    const [a, b] = sentences[i]!;
    const before = i === 0 ? headline : n.slice(sentences[i - 1]![0], sentences[i - 1]![1]);
    if (!before.includes('deputy') || !OFFICE_AND_DEPUTY.test(before) || !HARMED.test(before)) continue;
    const m = SECOND_OF_TWO_HARMED.exec(n.slice(a, b));
    if (m === null) continue;
    const name = m[2]!;
    const words = name.split(' ');
    if (isOrganisationName(words) || words.some((w) => LEADING_STOP.has(w) || isTitleWord(w))) continue;
    add(name, a + m[0].lastIndexOf(name), 'deputy', laterForms(name, words.at(-1)!));
  }
}

/** Adds the name of the one harmed that `found` matched in the sentence at `at`, unless it is no person's name. */
function addHarmed(found: RegExpExecArray, at: number, office: string, add: AddName): boolean {
  const name = found[1]!;
  const words = name.split(' ');
  if (isOrganisationName(words) || words.some((w) => LEADING_STOP.has(w) || isTitleWord(w))) return false;
  add(name, at + found.index + found[0].indexOf(name), office, laterForms(name, words.at(-1)!));
  return true;
}

/**
 * "ISWAP terrorists kill hunters' leader" or "... kill official in front of his family" over a report that names the
 * one harmed only in its third paragraph: after a verb of harm or "identified as" in that paragraph's first sentence
 * ("... when the victim, identified as <Name>, was abducted", "... and shot <Name> in front of his wife"), unless
 * someone was named for that office before.
 */
export function findHarmedNamedLaterAfterHeadline(
  n: string,
  sentences: Array<[number, number]>,
  headline: string,
  namedBefore: (office: string) => boolean,
  add: AddName,
): void {
  const first = sentences[0];
  if (first === undefined) return;
  const office = unnamedHarmedOffice(headline, true);
  if (office === '' || namedBefore(office)) return;
  const sentence = n.slice(first[0], first[1]);
  // ("She added that <Name>, 44, was found lying unconscious": the one harmed as a reported clause's subject.)
  const found =
    HARMED_NAME_AFTER.exec(sentence) ?? (sentence.includes('that ') ? HARMED_NAME_THAT.exec(sentence) : null);
  if (found !== null) addHarmed(found, first[0], office, add);
}
