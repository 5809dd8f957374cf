/**
 * Official discovery: people who are not in the registry but are introduced with an office or rank.
 *  - "<Title> <Name>" (Maj. Gen., President, Prime Minister, Secretary-General, ..., also after a place or
 *    organisation: "Ohio Gov. Dana Whitcombe");
 *  - "<lower-case office noun> <Name>" ("spokesman", "lawmaker", "judge", "top diplomat", "<registered group>
 *    founder");
 *  - "<Name>, <office phrase>" where the phrase names an office;
 *  - "<office phrase>, <Name>," (or "<Name> said") where the clause before the comma ends in a singular office
 *    noun, perhaps with a short prepositional phrase ("Norway's foreign minister, Espen Barth Eide, said"; "the
 *    minister for refugees, ...");
 *  - "<office noun> known as <Name>" ('a commander known as "Apong Idol"');
 *  - police offices as South Asian and Nigerian reports write them: rank initials ("SP", "CP", "PRO", "DPO", "SHO"),
 *    "<title> (<INITIALS>) <Name>", "inspector general of police <Name>", "Deputy Superintendent Police <Name>";
 *  - "<Name>, who was (also) a ... commander", and lists after "<plural office> in <place> including";
 *  - "DGP J&K <Name>" (a rank and its jurisdiction's initials), "<Committee> [(<INITIALS>)] member <Name>";
 *  - one-word names after a group's office, also "their commander, <Name>,", "the group commanded by <Name>",
 *    "Commander <Name> alias ..."; appointments ("named <Name> as the new commander");
 *  - one name after a bare military or police rank, in a sentence about armed forces ("Colonel Nzenze,").
 *  - "Amir <Name>" in a sentence about armed groups.
 *  - "identified them as A and B" after a sentence about (plural) commanders or leaders.
 *  - one name with an alias after a body's membership: "Central Committee member Gautam, alias Sudhakar".
 * Names may have initials ("S P Vaid") and a nickname in quotes, which is not part of the name ('Bosco
 * "Terminator" Ntaganda').
 * They count again later by full name or surname. Names with organisation words ("Human Rights Watch") are never
 * officials, nor is anything a registered mention already covers.
 */
import { charClass, isAbbreviationDot, isUpperCode, sentenceIndex, slugify, splitSentences, WORD } from '../text.ts';
import { isCapitalisedWord, type FieldText, type MatchLocation, type SpanSet } from './field.ts';
import { isNameWord, isTitleHead, isTitleWord, LEADING_STOP } from './names.ts';
import { PARTICLES } from './case-rules.ts';
import { isCivilOffice, isOrganisationName, laterForms, readsAsOfficePhrase } from './precision-rules.ts';

/**
 * One occurrence of an official who is not in the registry: the introduction ("Maj. Gen. Pat Ryder, the Pentagon
 * press secretary") and every later mention by full name or surname.
 */
export interface UnregisteredOfficial extends MatchLocation {
  name: string;
  /** ASCII slug of the name, the id the official's page would get. */
  slug: string;
  /** The office phrase or rank the official was introduced with. */
  office: string;
  /** True for the occurrence that introduced the official. */
  introduction: boolean;
}

/** An official introduced earlier in the article, looked for again by full name and surname. */
export interface IntroducedPerson {
  name: string;
  slug: string;
  office: string;
  /** The full name as normalised text, and surnames to look for, longest first. */
  forms: string[];
  /** Where the introduction ended: field order index and offset in that field's normalised text. */
  order: number;
  after: number;
}

/** Lower-case office nouns that introduce a following name ("Hamas deputy leader Saleh al-Arouri"). */
const OFFICE_BEFORE_NAME = new Set(
  'spokesman spokeswoman spokesperson leader commander chief minister envoy ambassador president secretary governor director chairman official adviser advisor general diplomat lawmaker legislator senator mayor judge negotiator warlord colonel brigadier lieutenant boss kingpin chieftain ruler strongman dictator administrator commissioner prefect prosecutor ombudsman congressman congresswoman councillor councilor councilman magistrate'.split(
    ' ',
  ),
);
/** Hyphenated lower-case office nouns: "sub-leader", "sub-commander", "co-leader". */
const SUB_OFFICE = /^[a-z]+-(?:leader|commander|chief)$/;
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
/** What follows a name that makes it a leader's: "<Name>, who is suspected of leading ...". */
const LEADS_AFTER =
  /^,? (?:who )?(?:is|was|are|were) (?:suspected|believed|accused|alleged|thought|said|reported) (?:of (?:leading|heading|commanding)|to (?:lead|head|command|be the (?:leader|head|commander|chief)))\b/;
/** "<Name>, who represents ... in the Senate", "<Name>, who heads the ...": an office given by a clause. */
const WHO_HOLDS_AFTER =
  /^, who (?:represents [^,.;]{0,60}?\b(?:Senate|House of Representatives|[Pp]arliament|[Nn]ational [Aa]ssembly|[Ss]tate [Aa]ssembly|[Cc]onstituency|[Cc]ongress)\b|(?:heads|headed|leads|led|commands|commanded|chairs|chaired) (?:the|a|an|his|its) [^,.;]{1,60}|(?:is|was) (?:the|a|an) (?:[\w'-]+ ){0,2}?(?:commander|head|leader|chief|spokes(?:man|woman|person)|governor|mayor|minister)\b[^,.;]{0,60})/;
/** Verbs of saying after "<office phrase>, <Name>": "Inspector General of Police Kashmir, Vijay Kumar said". */
const SPEECH_VERB = /^(?:said|says|told|added|stated|confirmed|announced|noted)$/;
/** Words that may precede a lower-case office noun in its phrase ("Hamas deputy leader"). */
const OFFICE_MODIFIERS = new Set(
  'deputy senior military top former chief press foreign defense defence interior army security acting interim political'.split(
    ' ',
  ),
);
const OFFICE_NOUN =
  /\b(?:spokes(?:man|woman|person)|diplomat|mastermind|boss|kingpin|ringleader|second[- ]in[- ]command|member of (?:[\w'-]+ ){0,5}(?:council|bureau|politburo|parliament|cabinet|committee|assembly|senate|congress|knesset)|minister|president|premier|commander|chief|general|secretary|ambassador|envoy|governor|leader|head|director|chair(?:man|woman)?|mayor|senator|lawmaker|deputy|official|advis[eo]r|emir|king|prince|sheikh|commissioner|coordinator|representative|speaker|admiral|colonel|lieutenant|officer|administrator|prefect|prosecutor|ombudsman|congress(?:man|woman)|council(?:l)?or|councilman|magistrate)s?\b(?!'s)/i;
/**
 * An office phrase that opens with its office noun and an "of" ("the commander of the al-Radwan forces of the
 * Hezbollah terrorist organization in the south"): the rest only says of what, however long.
 */
const HEADED_OFFICE_PHRASE =
  /^(?:the|a|an|its|their|his|her) (?:(?:deputy|senior|top|acting|former|overall|military|field) ){0,2}(?:commander|leader|head|chief|spokes(?:man|woman|person)|founder|emir) of /;
/** One word that is a singular office noun, for "<office phrase>, <Name>". */
const OFFICE_WORD =
  /^(?:spokes(?:man|woman|person)|diplomat|minister|president|premier|commander|chief|general|secretary|ambassador|envoy|governor|leader|head|director|chair(?:man|woman)?|mayor|senator|lawmaker|deputy|official|advis[eo]r|emir|commissioner|coordinator|representative|speaker|admiral|colonel|administrator|prefect|prosecutor|ombudsman|congress(?:man|woman)|council(?:l)?or|magistrate)$|^[a-z]+-(?:general|chief)$/i;
/** Plural office nouns that introduce a list of names ("commanders A and B"). */
const PLURAL_OFFICE =
  /^(?:commanders|leaders|ringleaders|sub-leaders|chiefs|spokesmen|spokespersons|ministers|generals|emirs|kingpins)$/;
/** Prepositions that may follow the office noun in "<office phrase>, <Name>" ("envoy for Afghanistan"). */
const OFFICE_TAIL_START = new Set(['of', 'for', 'to', 'at', 'in', 'on']);
/** Lower-case words that qualify an office noun ("information minister", "media office chief"). */
const OFFICE_ADJECTIVE =
  /^(?:special|national|information|government|media|office|ministry|foreign|security|military|army|police|intelligence|presidential|prime|state|regional|provincial|navy|naval|[a-z]+(?:al|ary|ic|ian|ese|ish|led|based))$/;
/** Quick test whether a field can introduce an official at all. */
const OFFICIAL_TRIGGER =
  /\b(?:Maj|Gen|Lt|Col|Brig|Adm|Capt|Sgt|Cmdr|Gov|Sen|Rep)\.|\b(?:SSP|DSP|ASP|ACP|AIG|DIG|IGP|DGP|SP|CP|DCP|PRO|PPRO|DPO|SHO|SDPO)\b|\b(?:spokes(?:man|woman|person)|diplomat|mastermind|founder|member|warlord|second[- ]in[- ]command|(?:group|faction|followers|loyalists) of|inspector|superintendent|administrator|prefect|major|prosecutor|ombudsman|congress(?:man|woman)|council(?:l)?or|magistrate|ruler|strongman|dictator|led by|commanded by|boss|kingpin|chieftain|minister|president|premier|commander|chief|general|secretary|ambassador|envoy|governor|leader|head|director|chair(?:man|woman)?|mayor|senator|lawmaker|deputy|official|advis[eo]r|emir|king|prince|sheikh|commissioner|coordinator|representative|speaker|admiral|colonel|lieutenant|officer|ayatollah|captain|brigadier|sergeant|marshal|speaking (?:for|on behalf)|who represents|(?:suspected|believed|accused|alleged|thought|said|reported) (?:of|to) (?:lead|command))/i;
/** Two adjacent capitalised words (optionally with a particle between): a sentence without them names nobody. */
const TWO_NAME_WORDS = /\p{Lu}[\p{L}\p{M}'-]*\.? ["\u201C]?(?:(?:al|bin|ibn|bint|el|de|van|von) )?(?:al-|el-)?\p{Lu}/u;
/** Office phrases starting with these words describe, they do not name an office ("who runs ..."). */
const NOT_OFFICE_START = new Set(
  'who which that whose where when said says and but or as while after before because'.split(' '),
);
/** One whitespace-separated word of a sentence, with its punctuation set apart. */
export interface RawWord {
  start: number;
  end: number;
  /** The word without surrounding quotes and punctuation, and without a possessive 's. */
  core: string;
  coreStart: number;
  coreEnd: number;
  /** Punctuation after the core ("," or "."). */
  trail: string;
  lead: string;
  possessive: boolean;
}

/** Two lower-case letters and a full stop right before a capitalised word: a sentence end with no space after it. */
const GLUED_FULL_STOP = /\p{Ll}{2}\.(?=\p{Lu}\p{Ll})/u;

/** "a senior army officer", "the commanding officer": a rank word up to three words before an "officer". */
function seniorBefore(words: readonly RawWord[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 3; k--) {
    if (words[k]!.trail !== '') return false;
    if (/^(?:senior|commanding|high-ranking|top-ranking|top)$/.test(words[k]!.core)) return true;
  }
  return false;
}

/** Words of n[from, to), appended to `words`. */
export function splitWords(n: string, from: number, to: number, words: RawWord[]): void {
  const re = /\S+/g;
  re.lastIndex = from;
  for (let m = re.exec(n); m !== null && m.index < to; m = re.exec(n)) {
    let raw = m[0];
    // A full stop with its space lost ("with the police.Jehind Baloch, a spokesperson") still ends the word.
    const glued = GLUED_FULL_STOP.exec(raw);
    if (glued) {
      raw = raw.slice(0, glued.index + glued[0].length);
      re.lastIndex = m.index + raw.length;
    }
    let a = 0;
    let b = raw.length;
    while (a < b && /["'([\u201C\u2018]/.test(raw[a]!)) a++;
    while (b > a && /[,.;:!?"')\]\u201D\u2019]/.test(raw[b - 1]!)) b--;
    // Keep the dot of an abbreviation such as "Gen." out of the core but remember it in the trail.
    let core = raw.slice(a, b);
    let possessive = false;
    if (/'s$/.test(core) && core.length > 2) {
      core = core.slice(0, -2);
      b -= 2;
      possessive = true;
    }
    words.push({
      start: m.index,
      end: m.index + raw.length,
      core,
      coreStart: m.index + a,
      coreEnd: m.index + b,
      trail: raw.slice(possessive ? b + 2 : b),
      lead: raw.slice(0, a),
      possessive,
    });
  }
}

/** A capital initial inside a name: "S P Vaid", "George W. Bush". */
const isInitial = (w: string): boolean => /^\p{Lu}$/u.test(w);
const isParticle = (w: string): boolean => PARTICLES.has(w) && w !== 'the' && w !== 'in' && w !== 'and';
/**
 * Whether words[at] is a particle that, with at most one more, leads to a name word: the "la" of "Billy de la
 * Rosa", the "der" of "Ursula van der Leyen".
 */
function particleChainBeforeName(words: readonly RawWord[], at: number): boolean {
  const particle = words[at];
  const after = words[at + 1];
  return (
    particle !== undefined &&
    after !== undefined &&
    words[at - 1]!.trail === '' &&
    particle.trail === '' &&
    particle.lead === '' &&
    after.lead === '' &&
    isParticle(particle.core) &&
    isNameWord(after.core)
  );
}
/**
 * The index of the last word of a nickname of two or three name words in double quotes that starts at words[at]
 * and is followed by a name word ('"Abu Bakr" al-Saadi'), or -1.
 */
function quotedNicknameEnd(words: readonly RawWord[], at: number): number {
  if (!/^["\u201C]$/.test(words[at]?.lead ?? '') || words[at]!.trail !== '') return -1;
  for (let k = at + 1; k < words.length && k <= at + 2; k++) {
    const w = words[k]!;
    if (w.lead !== '' || !isNameWord(w.core)) return -1;
    if (w.trail === '') continue;
    const after = words[k + 1];
    const closes = /^["\u201D]$/.test(w.trail);
    return closes && after !== undefined && after.lead === '' && isNameWord(after.core) ? k : -1;
  }
  return -1;
}
/** "the group of", "the faction of", "followers of", "loyalists of" at words[at] (the word before "of"). */
function isLedByCue(words: readonly RawWord[], at: number): boolean {
  const noun = words[at]!.core;
  if (/^(?:followers|loyalists)$/i.test(noun)) return true;
  return /^(?:group|faction)$/.test(noun) && /^the$/i.test(words[at - 1]?.core ?? '') && words[at - 1]!.trail === '';
}
/** "alias" written before a nom de guerre ("alias Fito", "alias 'Rasquiña'"). */
function isAliasCue(word: RawWord | undefined): boolean {
  return word !== undefined && word.core === 'alias' && word.trail === '';
}

/**
 * Finds officials introduced in field `f` with an office or rank, outside the spans registered mentions took;
 * appends them to `out` and remembers them in `persons` for later mentions.
 */
export function discoverOfficials(
  f: FieldText,
  spans: SpanSet,
  persons: IntroducedPerson[],
  out: UnregisteredOfficial[],
  /** Names the article uses as places, computed when first needed. */
  places: () => ReadonlySet<string> = () => new Set(),
  /** The paragraph before this one, for a sentence that refers back to it ("identified them as ..."). */
  paragraphBefore = '',
): void {
  const n = f.text;
  if (!OFFICIAL_TRIGGER.test(n) || f.shouted) return;
  const covered = (a: number, b: number) => spans.overlaps(a, b);
  const sentenceBounds = splitSentences(n);
  const sentenceEndAfter = (at: number) => sentenceBounds[sentenceIndex(sentenceBounds, at)]?.[1] ?? n.length;
  /**
   * The office phrase of "<office phrase>, <Name>" ending at the comma before words[idx], or '': the clause
   * before the comma must end in a singular office noun, optionally followed by a short prepositional phrase
   * ("China's special envoy for Afghanistan, Yue Xiaoyong"); "the minister arrived in New York, New Jersey" is
   * not one.
   */
  const officeBefore = (words: RawWord[], idx: number, placeSkipped = false): string => {
    const before = words[idx - 1];
    // "Commissioner of Police (CP), <Name>": the acronym in brackets ends the office phrase.
    if (before === undefined || !/^\)?,$/.test(before.trail) || before.possessive) return '';
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
      idx - a < 12 &&
      (words[a - 1]!.trail === '' || bracketed(words[a - 1]!) || closes(a - 1)) &&
      (words[a]!.lead === '' || bracketed(words[a]!) || opens(a))
    )
      a--;
    let noun = -1;
    // ("the Head of administration of Danmusa Local Government Area, <Name>": up to nine words back.)
    for (let k = idx - 1; k >= a && k >= idx - 9; k--) {
      const core = words[k]!.core;
      const m = OFFICE_WORD.exec(core) ?? (core === 'officer' && seniorBefore(words, k) ? [core] : null);
      if (m && m[0].length === core.length && !words[k]!.possessive) {
        noun = k;
        break;
      }
    }
    if (noun < 0) {
      // "the Commissioner of Police, Nasarawa State, Bola Longe": a place between the office and the name.
      // ("Inspector General of Police, Bastar range, <Name>": the place may end in its lower-case unit.)
      const unitLast = (x: RawWord, i: number, all: RawWord[]) =>
        i === all.length - 1 && i > 0 && (PLACE_UNIT.test(x.core) || x.core === 'range');
      const place = words
        .slice(a, idx)
        .every((x, i, all) => (isCapitalisedWord(x.core) || unitLast(x, i, all)) && !x.possessive);
      return !placeSkipped && place && idx - a <= 3 && a > 0 ? officeBefore(words, a, true) : '';
    }
    if (words[noun]!.core.toLowerCase() === 'general' && noun > a && /^in$/i.test(words[noun - 1]!.core)) return '';
    // After the noun only a short prepositional phrase: "minister for refugees", "envoy for Afghanistan".
    if (noun < idx - 1 && (!OFFICE_TAIL_START.has(words[noun + 1]!.core) || idx - 1 - noun > 7)) return '';
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
  };
  /**
   * The office of "<Name> was the head of the group in ...", read from words[at] on: "is" or "was", an article,
   * up to four modifiers (capitalised names, possessives, "senior", "acting"), then a singular office noun and
   * what follows it up to the next punctuation. "was the son of the president" has no office: a preposition
   * comes before the office noun.
   */
  const officeAfterCopula = (words: RawWord[], at: number): string => {
    const verb = words[at];
    const article = words[at + 1];
    if (verb === undefined || article === undefined || !/^(?:is|was)$/.test(verb.core) || verb.trail !== '') return '';
    if (!/^(?:the|a|an)$/.test(article.core) || article.trail !== '') return '';
    for (let k = at + 2; k < words.length && k <= at + 6; k++) {
      const x = words[k]!;
      if (OFFICE_WORD.test(x.core) && !x.possessive) {
        let end = k;
        while (end < words.length - 1 && words[end]!.trail === '' && end - k < 6) end++;
        const phrase = f.originalSlice(article.coreStart, words[end]!.coreEnd);
        return readsAsOfficePhrase(phrase) && !isCivilOffice(phrase) ? phrase : '';
      }
      const modifier =
        OFFICE_MODIFIERS.has(x.core) || isCapitalisedWord(x.core) || x.possessive || OFFICE_ADJECTIVE.test(x.core);
      if (!modifier || x.trail !== '') return '';
    }
    return '';
  };
  /**
   * The office of a name at words[idx] that follows "<office noun> was" ("the commander was Taleb Hamdan") or
   * stands in a list after a plural office noun ("the commanders killed included A, B and C", "commanders A and
   * B", "leaders such as A and B"): earlier names, commas and "and" of the list are skipped back to the cue.
   */
  const officeBeforeCopulaOrList = (words: RawWord[], idx: number): string => {
    let k = idx - 1;
    while (k >= 0 && (words[k]!.core === 'and' || (isNameWord(words[k]!.core) && !words[k]!.possessive))) k--;
    const cue = words[k];
    if (cue === undefined || (cue.trail !== '' && cue.trail !== ':')) return '';
    const plural = (w: RawWord | undefined) => w !== undefined && PLURAL_OFFICE.test(w.core);
    if (plural(cue)) return cue.core;
    if (/^(?:was|is)$/.test(cue.core) && k === idx - 1) {
      const noun = words[k - 1];
      return noun !== undefined && noun.trail === '' && OFFICE_WORD.test(noun.core) && !noun.possessive
        ? noun.core
        : '';
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
  };
  const processSentence = (words: RawWord[]) => {
    let w = 0;
    while (w < words.length) {
      // Build a run of capitalised words (titles included), allowing particles and "of" inside.
      const first = words[w]!;
      const aliasCued = isAliasCue(words[w - 1]) && /^\p{Lu}[\p{L}\p{M}]*$/u.test(first.core);
      if (!(isNameWord(first.core) || isTitleWord(first.core) || aliasCued)) {
        w++;
        continue;
      }
      const runStart = w;
      const run: RawWord[] = [first];
      let r = w;
      // A rank in capitals may carry a full stop ("ASP. Ramhan Nansel", "ACP. Dankwano Wilson").
      const rankDot = (x: RawWord) => x.trail === '.' && /^\p{Lu}{2,4}$/u.test(x.core) && isTitleHead(x.core);
      const breaks = (x: RawWord) =>
        x.possessive ||
        /[,;:!?"\u201D)]/.test(x.trail) ||
        (x.trail.includes('.') && !isAbbreviationDot(n, x.coreEnd) && !rankDot(x));
      while (!breaks(words[r]!) && r + 1 < words.length) {
        const next = words[r + 1]!;
        const after = words[r + 2];
        const nameFollows = after !== undefined && after.lead === '' && isNameWord(after.core);
        if (next.lead !== '') {
          // A nickname in quotes inside a name: 'Bosco "Terminator" Ntaganda' is Bosco Ntaganda.
          if (/^["\u201C]$/.test(next.lead) && /^["\u201D]$/.test(next.trail) && isNameWord(next.core) && nameFollows) {
            run.push(after);
            r += 2;
            continue;
          }
          // ... also of two or three words: 'Wissam Mohammed "Abu Bakr" al-Saadi'.
          const close = quotedNicknameEnd(words, r + 1);
          if (close > 0) {
            run.push(words[close + 1]!);
            r = close + 1;
            continue;
          }
          break;
        }
        const ok =
          isNameWord(next.core) ||
          isTitleWord(next.core) ||
          (isInitial(next.core) && (nameFollows || (after !== undefined && isInitial(after.core)))) ||
          // A South Indian name's initial may come last: "Sundarraj P said".
          (isInitial(next.core) &&
            next.lead === '' &&
            (/^[,;]/.test(next.trail) || SPEECH_VERB.test(after?.core ?? ''))) ||
          (isParticle(next.core) && (nameFollows || particleChainBeforeName(words, r + 2)));
        if (!ok) break;
        run.push(next);
        r++;
      }
      w = r + 1;
      // A trailing "of" ("Col. Sofiya Qureshi of the army") belongs to what follows, not to the name.
      while (run.length > 1 && (run[run.length - 1]!.core === 'of' || isParticle(run[run.length - 1]!.core))) run.pop();
      // Strip leading stop words, registered mentions and title words.
      let s = 0;
      let officeFrom = -1;
      let lastTitle = -1;
      let hasHead = false;
      while (s < run.length) {
        const x = run[s]!;
        const isTitle = isTitleWord(x.core);
        if (isTitle) {
          if (isTitleHead(x.core)) hasHead = true;
          if (!['Mr', 'Mrs', 'Ms', 'Dr', 'Former'].includes(x.core)) {
            if (officeFrom < 0) officeFrom = s;
            lastTitle = s;
          }
        } else if (covered(x.coreStart, x.coreEnd)) {
          if (officeFrom < 0) officeFrom = s;
        } else if (!LEADING_STOP.has(x.core)) break;
        else if (officeFrom >= 0) break;
        s++;
      }
      // "Director General of Police S P Vaid": the organisation after "of" belongs to the title.
      if (s > 0 && run[s - 1]!.core === 'of' && lastTitle === s - 1) {
        while (s < run.length - 1 && isOrganisationName([run[s]!.core])) lastTitle = s++;
      }
      // Capitalised words before a title are the office's place or organisation: "Georgia Gov. Brian Kemp",
      // "Balochistan Chief Minister Sarfraz Bugti", "UNRWA Commissioner-General Philippe Lazzarini".
      let lastInRun = -1;
      for (let t = s; t < run.length; t++) if (isTitleWord(run[t]!.core) && run[t]!.core !== 'of') lastInRun = t;
      if (lastInRun >= s && run.slice(s, lastInRun + 1).some((x) => isTitleHead(x.core))) {
        if (officeFrom < 0) officeFrom = s;
        hasHead = true;
        lastTitle = lastInRun;
        s = lastInRun + 1;
        // "Inspector General of Police Vijay Kumar": the organisation after "of" belongs to the title too.
        if (run[s]?.core === 'of') {
          let t = s + 1;
          while (t < run.length - 1 && isOrganisationName([run[t]!.core])) t++;
          if (t > s + 1) {
            lastTitle = t - 1;
            s = t;
          }
        }
      }
      // "Deputy Superintendent Police Sardar Khan": "Police" right after a rank belongs to the title.
      if (s > 0 && lastTitle === s - 1 && run[s]?.core === 'Police' && run.length - s >= 3) lastTitle = s++;
      let nameWords = run.slice(s);
      // "DGP Punjab Gaurav Yadav", "IGP Kashmir Vidhi Kumar Birdi": a police rank in capitals names its
      // jurisdiction before the person.
      if (
        s > 0 &&
        lastTitle === s - 1 &&
        POLICE_RANK.test(run[lastTitle]!.core) &&
        nameWords.length >= 3 &&
        (JURISDICTIONS.has(nameWords[0]!.core) || places().has(nameWords[0]!.core))
      )
        nameWords = nameWords.slice(1);
      // "Minister of Social Welfare, Salima Ishaq": words after "<Title> of" and before a comma and a name are the
      // portfolio, not a person.
      const afterNext = words[runStart + run.length];
      // ("the killing of Tomas Roth, Block Council chairman": "of" alone, with no title before it, is no portfolio.)
      if (
        s > 1 &&
        run[s - 1]!.core === 'of' &&
        isTitleHead(run[s - 2]!.core) &&
        lastTitle === s - 1 &&
        run[run.length - 1]!.trail.startsWith(',') &&
        afterNext !== undefined &&
        isNameWord(afterNext.core)
      )
        continue;
      // "Governor Babagana Zulum of Borno State": a name ends before "of".
      const of = nameWords.findIndex((x, i) => i >= 2 && x.core === 'of');
      if (of > 0) nameWords = nameWords.slice(0, of);
      // "alias Fito, leader of the gang": a nom de guerre after "alias" is a name by itself, in capitals too.
      const byAlias = s === 0 && nameWords.length === 1 && isAliasCue(words[runStart - 1]);
      if ((nameWords.length < 2 && !byAlias) || nameWords.length > 5) continue;
      const firstName = nameWords[0]!;
      const lastName = nameWords[nameWords.length - 1]!;
      const initialLast = isInitial(lastName.core) && isNameWord(firstName.core);
      if (
        !byAlias &&
        (!(isNameWord(firstName.core) || isInitial(firstName.core)) || !(isNameWord(lastName.core) || initialLast))
      )
        continue;
      const cores = nameWords.map((x) => x.core);
      if (isOrganisationName(cores) || cores.some((w) => isTitleHead(w) || LEADING_STOP.has(w))) continue;
      if (!byAlias && nameWords.some((x) => x.core.length > 1 && !/\p{Ll}/u.test(x.core))) continue;
      const nameStart = firstName.coreStart;
      const nameEnd = lastName.coreEnd;
      if (covered(nameStart, nameEnd)) continue;
      if (places().has(n.slice(nameStart, nameEnd))) continue;

      let office = '';
      /** What follows "<Name>, ": a civil-society description there rules out "led by <Name>". */
      let apposition = '';
      // "<Name>, <office phrase>"
      if (!lastName.possessive && /^['’"\u201D]?,/u.test(lastName.trail)) {
        const from = lastName.end;
        let to = sentenceEndAfter(from);
        const stop = /[,;:()"\u201C\u201D]/.exec(n.slice(from, to));
        if (stop) to = from + stop.index;
        const raw = n.slice(from, to);
        let phrase = raw.trim().replace(/[.!?]+$/, '');
        apposition = phrase;
        // "a high-level Hezbollah commander killed in an Israeli strike": the office ends where a clause begins.
        const clause = /\s(?:who|which|that|whose|killed|[a-z]+ed)\s/.exec(phrase);
        if (clause && OFFICE_NOUN.test(phrase.slice(0, clause.index))) phrase = phrase.slice(0, clause.index);
        // "a member of the provincial assembly and a leader of the party": the first office is enough.
        const conjunct = / and (?:an?|the) /.exec(phrase);
        if (conjunct && OFFICE_NOUN.test(phrase.slice(0, conjunct.index))) phrase = phrase.slice(0, conjunct.index);
        // "the liaison officer to Governor Umar Radda in Kankia ... and his first wife": a long phrase that opens with
        // an article and an office noun within its first four words keeps that opening.
        // ("administrator of Saden district in ... has been": an office noun may open it without an article.)
        if (phrase.split(/\s+/).length > 10) {
          const opening = phrase.split(/\s+/).slice(0, 4).join(' ');
          const noun = OFFICE_NOUN.exec(opening);
          const opens = /^(?:the|a|an|his|her|its|their) /i.test(phrase) || noun?.index === 0;
          if (noun !== null && opens) phrase = opening.slice(0, noun.index + noun[0].length);
        }
        const firstWord = phrase.split(/\s+/)[0]?.toLowerCase() ?? '';
        // "al-Shahida Sabriya, the officials added": plural speakers attribute the sentence, they are not the
        // name's office.
        const phraseWords = phrase.split(/\s+/);
        const attribution =
          phraseWords.length >= 2 &&
          SPEECH_VERB.test(phraseWords.at(-1)!) &&
          /(?:als|ers|ies|men|ces)$/.test(phraseWords.at(-2)!);
        // "Abu Misry Mama, speaking for BIFF, said": the group's spokesman.
        if (/^speaking (?:for|on behalf of) \S/.test(phrase) && !isCivilOffice(phrase)) {
          const a = from + raw.indexOf(phrase);
          office = f.originalSlice(a, a + phrase.length);
        } else if (
          !attribution &&
          phrase.length > 0 &&
          !NOT_OFFICE_START.has(firstWord) &&
          readsAsOfficePhrase(phrase) &&
          (phrase.split(/\s+/).length <= 12 || HEADED_OFFICE_PHRASE.test(phrase)) &&
          OFFICE_NOUN.test(phrase)
        ) {
          const a = from + raw.indexOf(phrase);
          office = f.originalSlice(a, a + phrase.length);
        }
      }
      // "<Name>, who is suspected of leading the attack", "<Name> is believed to head the cell": the leader.
      if (office === '' && !lastName.possessive && LEADS_AFTER.test(n.slice(nameEnd, nameEnd + 60))) office = 'leader';
      // "<Name>, who represents the village at the Senate": a lawmaker; "<Name>, who heads the cell": its head.
      if (office === '' && !lastName.possessive) {
        const clause = WHO_HOLDS_AFTER.exec(n.slice(nameEnd, sentenceEndAfter(nameEnd)))?.[0];
        if (clause !== undefined && !isCivilOffice(clause)) office = clause.replace(/^,? who (?:is |was )?/, '');
      }
      // "<Name> was the head of ...": a copula and an office phrase whose head noun comes before any preposition.
      if (office === '' && lastName.trail === '' && !lastName.possessive)
        office = officeAfterCopula(words, runStart + s + nameWords.length);
      // "<Title> <Name>"
      if (office === '' && hasHead && lastTitle >= 0) {
        const last = run[lastTitle]!;
        office = f.originalSlice(run[officeFrom]!.coreStart, last.coreEnd + (last.trail.startsWith('.') ? 1 : 0));
      }
      const idx = runStart + s;
      // "<office phrase>, <Name>,": "Norway's foreign minister, Espen Barth Eide, said"
      const lastOfSentence = idx + nameWords.length >= words.length;
      // "..., Vijay Kumar said": the office phrase before the name may also end the clause with a speech verb.
      // ("..., Mary Noel Berje in Minna": a place after the name ends the clause too.)
      const wordAfter = words[idx + nameWords.length]?.core ?? '';
      // ("Niger state Governor, Alhaji Abubakar Sani Bello has described ...": a verb after the name, too.)
      const saidNext =
        lastName.trail === '' &&
        (SPEECH_VERB.test(wordAfter) || /^(?:in|at|from|has|had|was|is|will|would)$/.test(wordAfter));
      // "Commissioner of Police (CP), Mr Ahmad Abdurrahaman": honorifics before the name belong to it.
      const honorifics = run.slice(0, s).every((x) => /^(?:Mr|Mrs|Ms|Dr|Alhaji|Hajiya|Chief)$/.test(x.core));
      // ('..., Abukar Abdulle "Garmaqate," near the village': a nickname in quotes may close the apposition.)
      const nextWord = words[idx + nameWords.length];
      const nicknameCloses =
        lastName.trail === '' &&
        nextWord !== undefined &&
        /^["\u201C]$/.test(nextWord.lead) &&
        /^,["\u201D]$|^["\u201D],$/.test(nextWord.trail);
      if (
        office === '' &&
        honorifics &&
        (/^[,.;)]/.test(lastName.trail) || lastOfSentence || saidNext || nicknameCloses)
      )
        office = officeBefore(words, runStart);
      // "<lower-case office noun> <Name>": "Pentagon spokesman Pat Ryder", "Hamas deputy leader Saleh al-Arouri",
      // and "<registered group> founder <Name>"
      if (office === '' && s === 0) {
        const before = words[idx - 1];
        const founder =
          before !== undefined &&
          (before.core === 'founder' || before.core === 'co-founder') &&
          idx >= 2 &&
          words[idx - 2]!.trail === '' &&
          covered(words[idx - 2]!.coreStart, words[idx - 2]!.coreEnd);
        if (
          before &&
          before.trail === '' &&
          !before.possessive &&
          (OFFICE_BEFORE_NAME.has(before.core) || SUB_OFFICE.test(before.core) || founder)
        ) {
          let a = idx - 1;
          while (a - 1 >= 0 && a - 1 >= idx - 4) {
            const p = words[a - 1]!;
            if (p.trail !== '' || !(OFFICE_MODIFIERS.has(p.core) || isCapitalisedWord(p.core) || p.possessive)) break;
            a--;
          }
          office = f.originalSlice(words[a]!.coreStart, before.coreEnd);
        }
      }
      // "inspector general of police <Name>", "commissioner of police <Name>": a lower-case office of the police.
      if (office === '' && s === 0) office = policeOfficeBefore(words, idx);
      // "Station House Officer (SHO) <Name>": a title, its initials in brackets, then the name.
      if (office === '' && s === 0) office = titleWithInitialsBefore(f, words, idx);
      // "the administrator of the West Shoa zone <Name>": a lower-case office of a named place.
      if (office === '' && s === 0) office = officeOfPlaceBefore(f, words, idx);
      // "regional communication bureau head <Name>": "head" after the unit it heads.
      if (office === '' && s === 0) office = unitHeadBefore(f, words, idx);
      // "an opposition General called <Name>", "a commander named <Name>".
      if (office === '' && s === 0) office = officeCalledBefore(words, idx);
      // "DGP J&K <Name>": a police rank and its jurisdiction's initials.
      if (office === '' && s === 0) office = rankAndJurisdictionBefore(f, words, idx);
      // "State Committee member <Name>", "Special Zonal Committee (DKSZC) member <Name>": a member of a body.
      if (office === '' && s === 0) office = bodyMemberBefore(f, words, idx);
      // "<Name>, who was also a Lashkar commander": the copula rule after "who".
      if (office === '' && lastName.trail === ',' && !lastName.possessive) {
        const next = runStart + s + nameWords.length;
        if (words[next]?.core === 'who' && words[next]!.trail === '') {
          const also = words[next + 2]?.core === 'also' && words[next + 1]?.trail === '';
          office = also
            ? officeAfterCopula([...words.slice(0, next + 2), ...words.slice(next + 3)], next + 1)
            : officeAfterCopula(words, next + 1);
        }
      }
      // "named Abas Gurey as the new commander", "appointed <Name> as its spokesman": an appointment.
      if (office === '' && s === 0 && lastName.trail === '') office = appointedAs(n, words, idx, nameEnd);
      // "under the leadership of <Name>": the group's leader.
      // ("of" starts the run: it is also a title word, as in "Director General of Police").
      const afterOf = s === 1 && run[0]!.core === 'of' && idx >= 2 && words[idx - 2]!.trail === '';
      if (office === '' && afterOf && words[idx - 2]!.core === 'leadership') office = 'leader';
      // "the group of <Name>", "loyalists of <Name>": the one the group belongs to leads it.
      if (office === '' && afterOf && isLedByCue(words, idx - 2)) office = 'leader';
      // "the rebels, led by <Name>", "a government headed by <Name>".
      if (office === '' && s === 0 && idx >= 2 && words[idx - 1]!.core === 'by' && words[idx - 2]!.trail === '') {
        if (/^(?:led|headed|commanded)$/.test(words[idx - 2]!.core) && !isCivilOffice(apposition)) office = 'leader';
      }
      // "the commander was <Name>", and lists after a plural office noun: "commanders killed included A, B and C".
      if (office === '' && s === 0) office = officeBeforeCopulaOrList(words, idx);
      // "<office noun> known as <Name>": 'a commander known as "Apong Idol"'.
      if (office === '' && s === 0 && idx >= 3 && /^(?:as)$/.test(words[idx - 1]!.core)) {
        const verb = words[idx - 2]!;
        const noun = words[idx - 3]!;
        const officeNoun = OFFICE_BEFORE_NAME.has(noun.core) || OFFICE_WORD.test(noun.core);
        if (/^(?:known|nicknamed|identified)$/.test(verb.core) && verb.trail === '' && officeNoun) {
          office = noun.core;
        }
        // "identified the slain Kataib Hezbollah commander as Abu Baqir al-Saadi": the office noun right before "as",
        // after "identified" or "named" earlier in the clause.
        const nounBeforeAs = words[idx - 2]!;
        if (
          office === '' &&
          nounBeforeAs.trail === '' &&
          OFFICE_WORD.test(nounBeforeAs.core) &&
          !nounBeforeAs.possessive
        ) {
          for (let k = idx - 3; k >= 0 && k >= idx - 12; k--) {
            if (words[k]!.trail !== '') break;
            if (/^(?:identified|named)$/.test(words[k]!.core)) {
              office = f.originalSlice(words[k + 1]!.coreStart, nounBeforeAs.coreEnd);
              break;
            }
          }
        }
      }
      if (office === '' || isCivilOffice(office)) continue;

      const name = n
        .slice(nameStart, nameEnd)
        .replace(/\s*["\u201C][^"\u201C\u201D]*["\u201D]\s*/gu, ' ')
        .replace(/\s+/g, ' ');
      const slug = slugify(name);
      if (slug === '') continue;
      const known = persons.find((p) => p.slug === slug);
      out.push({
        name: known?.name ?? name,
        slug,
        office: known?.office ?? office,
        ...f.located(nameStart, nameEnd),
        introduction: known === undefined,
      });
      spans.insert({ start: nameStart, end: nameEnd });
      if (!known) {
        persons.push({
          name,
          slug,
          office,
          forms: laterForms(name, lastName.core),
          order: f.order,
          after: nameEnd,
        });
      }
    }
  };
  // Only sentences with a title or office word and two adjacent capitalised words can introduce an official.
  const trigger = new RegExp(OFFICIAL_TRIGGER.source, 'gi');
  for (let m = trigger.exec(n); m !== null; m = trigger.exec(n)) {
    const [a, b] = sentenceBounds[sentenceIndex(sentenceBounds, m.index)]!;
    if (TWO_NAME_WORDS.test(n.slice(a, b))) {
      const words: RawWord[] = [];
      splitWords(n, a, b, words);
      processSentence(words);
    }
    trigger.lastIndex = Math.max(b, m.index + 1);
  }
  discoverSingleNames(f, spans, persons, out, places, paragraphBefore);
}

/** Lower-case police offices that end in "of police": "inspector general of police", "superintendent of police". */
const POLICE_OFFICE_HEAD = /^(?:general|superintendent|commissioner|inspector|director)$/;

/** The office of "<police office> of police <Name>" before words[idx], or ''. */
function policeOfficeBefore(words: readonly RawWord[], idx: number): string {
  const [head, of, police] = [words[idx - 3], words[idx - 2], words[idx - 1]];
  if (head === undefined || of === undefined || police === undefined) return '';
  if (!/^police$/i.test(police.core) || of.core !== 'of' || !POLICE_OFFICE_HEAD.test(head.core.toLowerCase()))
    return '';
  return head.trail === '' && of.trail === '' && police.trail === '' ? `${head.core} of police` : '';
}

/**
 * The office of "<Title> (<INITIALS>) <Name>" before words[idx] ("Station House Officer (SHO) Feroz Dar",
 * "Senior Superintendent of Police (SSP) Bilal Khan"), or '': the initials in brackets right before the name and a
 * title word or "Police" right before them.
 */
function titleWithInitialsBefore(f: FieldText, words: readonly RawWord[], idx: number): string {
  const initials = words[idx - 1];
  const title = words[idx - 2];
  if (initials === undefined || title === undefined || title.trail !== '') return '';
  if (initials.lead !== '(' || initials.trail !== ')' || !/^\p{Lu}{2,6}$/u.test(initials.core)) return '';
  if (!(isTitleHead(title.core) || title.core === 'Police')) return '';
  return f.originalSlice(title.coreStart, initials.coreEnd);
}

/** After an appointed person's name: "as the new commander of ...", "as its spokesman". */
const AS_OFFICE =
  /^ as (?:the |a |an |its |their |his |her )?(?:(?:new|acting|interim|deputy|top|chief|senior|overall|first|second)[ -])*(?:[\p{Lu}][\p{L}'’-]* ){0,3}(spokes(?:man|woman|person)|commander|leader|chief|governor|minister|administrator|commissioner|director|head|emir|envoy|ambassador|mayor|deputy|secretary|president|chairman|coordinator)\b/u;

/** The office of "<named|appointed> <Name> as the new <office>" at words[idx], or ''. */
function appointedAs(n: string, words: readonly RawWord[], idx: number, nameEnd: number): string {
  const verb = words[idx - 1];
  if (
    verb === undefined ||
    verb.trail !== '' ||
    !/^(?:named|appointed|elected|nominated|promoted|installed)$/.test(verb.core)
  )
    return '';
  return AS_OFFICE.exec(n.slice(nameEnd, nameEnd + 80))?.[1] ?? '';
}

/** Lower-case words for the unit a place name stands for: "the West Shoa zone", "Borno state". */
const PLACE_UNIT = /^(?:zone|district|region|state|county|province|division|area|sector|territory)$/;

/**
 * The office of "<office noun> of [the] <Place> [<unit>] <Name>" before words[idx] ("the administrator of the West
 * Shoa zone Taye Gudissa", "governor of Borno State Babagana Zulum"), or '': at most four capitalised words for
 * the place. The place may itself be in a larger one ("deputy administrator of the Ada Barga district of West Shoa
 * zone <Name>").
 */
function officeOfPlaceBefore(f: FieldText, words: readonly RawWord[], idx: number): string {
  let end = idx - 1;
  for (let depth = 0; depth < 2; depth++) {
    const of = ofBeforePlace(words, end, idx);
    if (of < 0) return '';
    const noun = words[of - 1];
    if (noun === undefined || noun.trail !== '' || noun.possessive || /^\p{Lu}/u.test(noun.core)) return '';
    if (OFFICE_WORD.test(noun.core)) return f.originalSlice(noun.coreStart, words[idx - 1]!.coreEnd);
    if (!PLACE_UNIT.test(noun.core)) return '';
    end = of - 1;
  }
  return '';
}

/** The index of the "of" before "[the] <Place> [<unit>]" that ends at words[end], or -1. */
function ofBeforePlace(words: readonly RawWord[], end: number, idx: number): number {
  let k = end;
  if (words[k] !== undefined && PLACE_UNIT.test(words[k]!.core) && words[k]!.trail === '') k--;
  const placeEnd = k;
  while (k >= 0 && end - k <= 5 && isCapitalisedWord(words[k]!.core) && words[k]!.trail === '' && !words[k]!.possessive)
    k--;
  if (k === placeEnd || idx - k > 14) return -1;
  if (words[k]?.core === 'the') k--;
  return words[k]?.core === 'of' && words[k]!.trail === '' ? k : -1;
}

/** Units whose head is named after "head": "communication bureau head", "intelligence unit head". */
const HEADED_UNIT =
  /^(?:bureau|office|department|unit|agency|communication|communications|information|security|intelligence|police|district|zone|cell|wing|division)$/;

/** The office of "<unit> head <Name>" before words[idx], or ''. */
function unitHeadBefore(f: FieldText, words: readonly RawWord[], idx: number): string {
  const [unit, head] = [words[idx - 2], words[idx - 1]];
  if (unit === undefined || head === undefined || head.core !== 'head' || head.trail !== '' || unit.trail !== '')
    return '';
  return HEADED_UNIT.test(unit.core) ? f.originalSlice(unit.coreStart, head.coreEnd) : '';
}

/** The office of "<office noun> called|named <Name>" before words[idx] ("an opposition General called ..."), or ''. */
function officeCalledBefore(words: readonly RawWord[], idx: number): string {
  const [noun, verb] = [words[idx - 2], words[idx - 1]];
  if (noun === undefined || verb === undefined || !/^(?:called|named)$/.test(verb.core) || noun.trail !== '') return '';
  if (!(OFFICE_WORD.test(noun.core) || OFFICE_BEFORE_NAME.has(noun.core)) || noun.possessive) return '';
  // An introduction: "a commander named ...", "an opposition General called ..." ("the president named X as a
  // witness" is the president's act, not X's office).
  for (let k = idx - 3; k >= 0 && k >= idx - 5; k--) {
    if (/^an?$/i.test(words[k]!.core)) return noun.core;
    if (words[k]!.trail !== '') break;
  }
  return '';
}

/** The office of "<police rank> <jurisdiction initials> <Name>" ("DGP J&K Dilbagh Singh") before words[idx], or ''. */
function rankAndJurisdictionBefore(f: FieldText, words: readonly RawWord[], idx: number): string {
  const [rank, place] = [words[idx - 2], words[idx - 1]];
  if (rank === undefined || place === undefined || rank.trail !== '' || place.trail !== '') return '';
  if (!POLICE_RANK.test(rank.core) || !/^\p{Lu}(?:&\p{Lu}|\p{Lu})$/u.test(place.core)) return '';
  return f.originalSlice(rank.coreStart, place.coreEnd);
}

/**
 * Bodies whose named members hold an office ("State Committee member", "Politburo member", "House of
 * Representatives member").
 */
const BODY_WORD =
  /^(?:Committee|Council|Bureau|Politburo|Commission|Assembly|Parliament|Senate|Shura|Representatives|Congress|Duma|Knesset|Majlis|Bundestag)$/;

/**
 * The office of "<Body> member <Name>" before words[idx], also with the body's initials in brackets ("Special
 * Zonal Committee (DKSZC) member Pappa Rao"), or ''. "family member" and "crew member" name no body.
 */
function bodyMemberBefore(f: FieldText, words: readonly RawWord[], idx: number): string {
  const member = words[idx - 1];
  if (member === undefined || member.core !== 'member' || member.trail !== '' || member.lead !== '') return '';
  let k = idx - 2;
  const initials = words[k];
  if (initials !== undefined && initials.lead === '(' && initials.trail === ')') k--;
  const body = words[k];
  if (body === undefined || body.trail !== '' || !BODY_WORD.test(body.core)) return '';
  return f.originalSlice(body.coreStart, member.coreEnd);
}

/** "LeT commander Furkan", "the group's spokesman Abdullah": a one-word name after a group's office noun. */
const SINGLE_AFTER_GROUP_OFFICE =
  /\b(commander|leader|chief|spokesman|spokesperson|emir|boss|kingpin|sub-commander)(,? )(\p{Lu}[\p{Ll}\p{M}'’]{2,}(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?)(?=[,.;:)]|\s+(?:and|who|was|is|has|had|said|says|told|were|in|at|on|of|from|with)\b)/gu;
/** "identified as Furkan, who was the acting divisional commander": a one-word name given an office at once. */
const SINGLE_IDENTIFIED =
  /\b(?:identified|named) as (\p{Lu}[\p{Ll}\p{M}'’-]{2,}), who (?:was|is) (?:the |an? )?(?:[^,.;]{0,50}?\b)(commander|leader|chief|head|emir|spokes(?:man|woman|person))\b/gu;

/** "the group commanded by Abua-kasi": one word after a band of fighters "commanded by" or "led by". */
const SINGLE_COMMANDED_BY =
  /\b(?:group|faction|cell|unit|band|gang|fighters|rebels|militants|militiamen) (commanded|led) by (\p{Lu}[\p{Ll}\p{M}'’]{2,}(?:-\p{L}[\p{Ll}\p{M}'’]+)?)(?=[,.;:)]|\s+(?:and|who|was|is|has|had|in|at|on|of|from|with)\b)/gu;

/** "Commander Zargul alias Uncle": a group title, one word, then the alias that names the person further. */
const SINGLE_TITLE_ALIAS =
  /\b(?:Commander|Emir|Amir|Sheikh) (\p{Lu}[\p{Ll}\p{M}'’-]{2,}) (?:alias|aka|a\.k\.a\.?|@) /gu;

/**
 * "Colonel Nzenze,", "Maj Mbauta said": a bare military or police rank and one capitalised name that ends a
 * clause (punctuation or a verb after it).
 */
const SINGLE_AFTER_RANK =
  /(?<![\p{L}\p{M}'’-])((?:(?:Colonel|Col\.?|Major|Maj\.?|General|Gen\.?|Brigadier|Brig\.?|Captain|Capt\.?|Lieutenant|Lt\.?|Sergeant|Sgt\.?) )+)(\p{Lu}[\p{Ll}\p{M}'’]{2,})(?=[,;:)[]|\.(?:\s|$)|$|\s+(?:\[|who|was|is|has|had|said|says|told|added|were|will|would)\b)/gu;
/**
 * Words that make a rank part of a brand, a body or a character ("General Motors", "Major League", "Captain
 * America"), not a person; organisation words and places are ruled out separately.
 */
const RANK_COMPOUND_WORDS: ReadonlySet<string> = new Set(
  'Motors Electric Dynamics Mills Foods Atomics Manager Counsel Consul Consulate Prosecutor Strike Election Elections Amnesty Practitioner League Leagues America Marvel Sanders Hook Planet'.split(
    ' ',
  ),
);
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
 * "... killed along with two other senior commanders. Reports identified them as A and B.": the people of a list
 * after "identified them as" hold the plural office the sentence before named.
 */
const IDENTIFIED_THEM = /\b(?:identified|named) them as ([^.;:]+)/g;
const PLURAL_OFFICE_IN = /\b(?:commanders|leaders|sub-leaders|sub-commanders|chiefs|emirs|kingpins)\b/;
/** A full name of two to five words ("Mahmud Walid Abdul Jawad", "Abu Dimam"), particles allowed inside. */
const LISTED_NAME =
  /^\p{Lu}[\p{Ll}\p{M}'’-]+(?: (?:al|bin|ibn|el|de|del|da|van|von|\p{Lu}[\p{Ll}\p{M}'’-]+)){0,3} \p{Lu}[\p{Ll}\p{M}'’-]+$/u;
/** Words of armed forces and fighting: a bare rank names an officer only in a sentence about them. */
const ARMED_FORCES_CONTEXT =
  /\b(?:army|armed|military|troops|soldiers|officers?|forces|rebels?|militants?|insurgents?|fighters?|militia(?:s|men)?|police|battalion|brigade|regiment|division|commanders?|war|combat|fighting|offensive|operations?|attack(?:s|ed)?)\b/i;

/**
 * "Central Committee member Gautam, alias Sudhakar", "member of the Special Zonal Committee (DKSZC) Sudhir alias
 * Murali": one name, with an alias after it, of a member of a body.
 */
const SINGLE_BODY_MEMBER_ALIAS =
  /\b((?:\p{Lu}[\p{L}'’-]* ){0,3}(?:Committee|Council|Bureau|Politburo|Commission) (?:\(\p{Lu}{2,8}\) )?member|member of the (?:\p{Lu}[\p{L}'’-]* ){0,3}(?:Committee|Council|Bureau|Politburo|Commission)(?: \(\p{Lu}{2,8}\))?) (\p{Lu}[\p{Ll}\p{M}'’]{2,}),? (?:alias|aka) /gu;

/**
 * One-word names (noms de guerre, single names) count only with an office that belongs to an armed group or is
 * given at once: "<registered group> commander <Name>", "the group's spokesman <Name>", "identified as <Name>,
 * who was the ... commander". The word must not be a sentence word, a title, a place or part of a mention.
 */
function discoverSingleNames(
  f: FieldText,
  spans: SpanSet,
  persons: IntroducedPerson[],
  out: UnregisteredOfficial[],
  places: () => ReadonlySet<string>,
  paragraphBefore: string,
): void {
  const n = f.text;
  if (
    !/\b(?:commander|leader|chief|spokes|emir|boss|kingpin|identified as|named as|identified them|member|Commander|Emir|Amir|Sheikh|commanded by|led by|Col|Colonel|Maj|Major|Gen|General|Brig|Brigadier|Capt|Captain|Lt|Lieutenant|Sgt|Sergeant)/.test(
      n,
    )
  )
    return;
  const add = (name: string, start: number, office: string, forms = [name]) => {
    const end = start + name.length;
    if (LEADING_STOP.has(name) || isTitleWord(name) || spans.overlaps(start, end) || places().has(name)) return;
    const slug = slugify(name);
    // A surname of someone introduced earlier ("Major General Buba") is a later mention of that person.
    if (slug === '' || persons.some((p) => p.slug === slug || p.forms.includes(name))) return;
    out.push({ name, slug, office, ...f.located(start, end), introduction: true });
    spans.insert({ start, end });
    persons.push({ name, slug, office, forms, order: f.order, after: end });
  };
  for (const m of n.matchAll(SINGLE_AFTER_GROUP_OFFICE)) {
    const office = m[1]!;
    const at = m.index;
    // The office must be a group's: a registered group's mention or a possessive right before it.
    const before = n.slice(Math.max(0, at - 40), at);
    // With a comma ("their commander, Njovu,") the name must close an apposition of its own.
    const comma = m[2] === ', ';
    const nameEnd = at + m[0].length;
    if (comma && n.charCodeAt(nameEnd) !== 0x2c) continue;
    // "the group's", "<registered group>", or the rebels' own "their"/"its" ("their purported commander").
    const groupBefore =
      /['’]s $/.test(before) ||
      /\b(?:their|its)(?: [a-z]+)? $/.test(before) ||
      (/\S $/.test(before) && spans.overlaps(at - 2, at - 1) && /\p{Lu}\S* $/u.test(before));
    if (!groupBefore || isCivilOffice(before)) continue;
    add(m[3]!, at + office.length + m[2]!.length, office);
  }
  for (const m of n.matchAll(SINGLE_IDENTIFIED)) {
    const name = m[1]!;
    add(name, m.index + m[0].indexOf(name), m[2]!);
  }
  for (const m of n.matchAll(SINGLE_COMMANDED_BY)) {
    const name = m[2]!;
    add(name, m.index + m[0].length - name.length, m[1] === 'led' ? 'leader' : 'commander');
  }
  const sentences = splitSentences(n);
  for (const m of n.matchAll(SINGLE_AFTER_RANK)) {
    const [rank, name] = [m[1]!, m[2]!];
    const [a, b] = sentences[sentenceIndex(sentences, m.index)]!;
    // A capitalised word right before the rank makes it part of a longer name ("UN General Assembly"), unless it
    // is a title itself ("Deputy") or a sentence word; after a comma the rank starts a name of its own.
    const wordBefore = /(\S+) $/.exec(n.slice(Math.max(a, m.index - 40), m.index))?.[1] ?? '';
    const joined = /^\p{Lu}[\p{L}\p{M}'’-]*$/u.test(wordBefore);
    if (joined && !isTitleWord(wordBefore) && !LEADING_STOP.has(wordBefore)) continue;
    if (isOrganisationName([name]) || RANK_COMPOUND_WORDS.has(name) || OFFICE_WORD.test(name)) continue;
    if (!ARMED_FORCES_CONTEXT.test(n.slice(a, b))) continue;
    add(name, m.index + rank.length, rank.trim());
  }
  for (const m of n.matchAll(AMIR_TITLE)) {
    const name = m[1]!;
    const words = name.split(' ');
    if (isOrganisationName(words) || words.some((w) => LEADING_STOP.has(w) || isTitleWord(w))) continue;
    const [a, b] = sentences[sentenceIndex(sentences, m.index)]!;
    if (!ARMED_GROUP_CONTEXT.test(n.slice(a, b))) continue;
    add(name, m.index + 'Amir '.length, 'Amir', laterForms(name, words.at(-1)!));
  }
  for (const m of n.matchAll(IDENTIFIED_THEM)) {
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
    const list = m[1]!;
    const listStart = m.index + m[0].length - list.length;
    // Items are separated by commas and "and"; the list ends at the first item that starts a clause ("whose ...").
    const item = /[^,]+?(?=\s*,|\s+and\s|\s*$)/gu;
    for (const x of list.matchAll(item)) {
      const text = x[0].replace(/^\s*(?:and\s+)?/, '');
      if (/^\p{Ll}/u.test(text)) break;
      if (!LISTED_NAME.test(text)) continue;
      const words = text.split(' ');
      if (isOrganisationName(words) || words.some((w) => LEADING_STOP.has(w) || isTitleWord(w))) continue;
      const start = listStart + x.index + x[0].length - text.length;
      add(text, start, office.replace(/s$/, ''), laterForms(text, words.at(-1)!));
    }
  }
  for (const m of n.matchAll(SINGLE_BODY_MEMBER_ALIAS)) {
    const [office, name] = [m[1]!, m[2]!];
    add(name, m.index + office.length + 1, office);
  }
  for (const m of n.matchAll(SINGLE_TITLE_ALIAS)) {
    const name = m[1]!;
    add(name, m.index + m[0].indexOf(name), m[0].slice(0, m[0].indexOf(' ')));
  }
}

/** Later mentions of officials introduced earlier in the article, by full name or surname. */
export function findIntroducedPersons(
  f: FieldText,
  spans: SpanSet,
  persons: readonly IntroducedPerson[],
  out: UnregisteredOfficial[],
): void {
  if (persons.length === 0) return;
  const n = f.text;
  const len = n.length;
  for (let i = 0; i < len; i++) {
    if (charClass(n.charCodeAt(i)) !== WORD || (i > 0 && charClass(n.charCodeAt(i - 1)) === WORD)) continue;
    if (!isUpperCode(n.charCodeAt(i))) continue;
    if (spans.overlaps(i, i + 1)) continue;
    for (const p of persons) {
      if (p.order === f.order && p.after > i) continue;
      const form = p.forms.find(
        (x) => n.startsWith(x, i) && (i + x.length >= len || charClass(n.charCodeAt(i + x.length)) !== WORD),
      );
      if (form === undefined) continue;
      const end = i + form.length;
      out.push({ name: p.name, slug: p.slug, office: p.office, ...f.located(i, end), introduction: false });
      spans.insert({ start: i, end });
      i = end - 1;
      break;
    }
  }
}
