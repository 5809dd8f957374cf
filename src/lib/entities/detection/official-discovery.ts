/**
 * Official discovery: people who are not in the registry but are introduced with an office or rank. This module
 * reads each sentence that could introduce one, finds runs of capitalised words (a name, perhaps after a title:
 * "<Title> <Name>", "Maj. Gen.", "President", "Ohio Gov. <Name>"), and asks the rule families in turn for the
 * office that makes the name an official's:
 *  - official-context.ts: the general cue, an office noun phrase tied to a place or a body in any position ("The
 *    district commissioner of Kismayo, <Name>", "Judge <Name>", "<Name>, the MP for Swat", "<Name> is the mayor of
 *    Goma");
 *  - official-clauses.ts: offices after the name ("<Name>, <office phrase>", "<Name>, who heads ...");
 *  - official-titles.ts: offices before the name ("spokesman <Name>", "<office phrase>, <Name>,", "a commander
 *    known as <Name>", "one of its commanders, <Name>", "a spokesman ..., who identified himself as <Name>");
 *  - official-ranks.ts: police and military ranks ("SSP <Name>", "DGP Punjab <Name>", "Colonel Nzenze,");
 *  - official-group-roles.ts: armed groups' roles, one-word names and aliases ("LeT commander Furkan", "Amir
 *    <Name>", "led by <Name>", "Commander <Name> alias ...");
 *  - official-lists.ts: appointments and lists ("named <Name> as the new commander", "commanders A and B",
 *    "identified them as A and B");
 *  - official-words.ts: the words of a sentence and the office vocabulary they share.
 * Names may have initials ("S P Vaid") and a nickname in quotes, which is not part of the name ('Bosco
 * "Terminator" Ntaganda').
 * They count again later by full name or surname. Names with organisation words ("Human Rights Watch") are never
 * officials, nor is anything a registered mention already covers.
 */
import {
  allMatches,
  charClass,
  hasLowerCase,
  isAbbreviationDot,
  isUpperCode,
  isWhiteSpaceCode,
  sentenceIndex,
  slugify,
  WORD,
} from '../text.ts';
import type { FieldText, MatchLocation, SpanSet } from './field.ts';
import { isNameWord, isTitleHead, isTitleWord, LEADING_STOP } from './names.ts';
import {
  attributesToSomeoneElse,
  officeAfterNickname,
  officeInApposition,
  officeInClauseAfter,
} from './official-clauses.ts';
import { officeContextAfter, officeContextBefore } from './official-context.ts';
import {
  amirTitleAt,
  findMembersWithAlias,
  findNamesAfterAmir,
  findBodySpeakers,
  findLeadersBeforeLed,
  findDepartmentSpeakers,
  findNamesAfterGroupOffice,
  findNamesCommandedBy,
  findAnotherCalled,
  findSingleNamesUnderCommand,
  findSingleNamesWorkedUnder,
  findSingleSpeakersWithOffice,
  findQuotedNamesInCommand,
  findSingleNamesCalled,
  findNamesIdentifiedWithOffice,
  findTitlesWithAlias,
  isAliasCue,
  leaderCueBefore,
} from './official-group-roles.ts';
import {
  appointedAs,
  findIdentifiedThem,
  findListedDead,
  findDeputyNamedAfterOffice,
  findPairAfterPluralOfficeDash,
  findHarmedNamedAfterUnnamedOffice,
  findHarmedNamedLaterAfterHeadline,
  findNamesAmongOtherOfficeHolders,
  findQuotedNamesAfterPluralOffice,
  findListAfterOtherSeniorFigures,
  findAliasedListAfterPluralOffice,
  findSemicolonListAfterPluralOffice,
  findReplacedAs,
  findSpeakerNamedAfterUnnamedOffice,
  findSiblings,
  officeBeforeCopulaOrList,
} from './official-lists.ts';
import {
  findNamesAfterBareRank,
  joinsJurisdictions,
  jurisdictionWordsAfterRank,
  policeRangeBefore,
  rankAndJurisdictionBefore,
  titleWithInitialsBefore,
} from './official-ranks.ts';
import {
  aliasUsedBefore,
  bodyMemberBefore,
  knownAsBefore,
  nomDeGuerreGivenBefore,
  officeBefore,
  officeCalledBefore,
  findNamesAfterPortfolioTitle,
  founderBefore,
  pronounIsBefore,
  selfIdentifiedBefore,
} from './official-titles.ts';
import {
  isInitial,
  isJoinedInitials,
  isParticle,
  particleChainBeforeName,
  quotedNicknameEnd,
  OPENING_QUOTE,
  PLURAL_OFFICE,
  closesQuote,
  SPEECH_VERB,
  splitWords,
  type AddName,
  type RawWord,
} from './official-words.ts';
import {
  isCivilOffice,
  isOrganisationName,
  isPartysOfficeBefore,
  isPlaceShapedName,
  laterForms,
  partyNamedAfterOffice,
} from './precision-rules.ts';

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
  /** Named with no office, only a nickname in quotes: an official only as a registered one's other spelling. */
  onlyIfRegistered?: true;
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
  onlyIfRegistered?: true;
}

/** Honorifics before a name, which belong to it rather than to an office ("Mr", "Alhaji", "Hon."). */
export const HONORIFIC =
  /^(?:Mr|Mrs|Ms|Dr|Alhaji|Hajiya|Chief|Hon|Honourable|Honorable|Engr|Barr|Barrister|Mallam|Malam)$/;
/** Quick test whether a field can introduce an official at all (one \b before the alternatives: a third faster). */
const OFFICIAL_TRIGGER =
  /\b(?:(?:Maj|Gen|Lt|Col|Brig|Adm|Capt|Sgt|Cmdr|Gov|Sen|Rep|Supt)\.|(?:SSP|CSP|DSP|ASP|ACP|AIG|DIG|IGP|DGP|ADGP?|SP|CP|DCP|PRO|PPRO|DPO|SHO|SDPO)\b|spokes(?:man|woman|person)|diplomat|judge|legislator|sultan|(?:MP|MLA|MNA|DPO|DC)\b|mastermind|founder|member|ministry|warlord|second[- ]in[- ]command|(?:group|faction|followers|loyalists|command|operators) of|inspector|superintendent|administrator|prefect|major|prosecutor|ombuds(?:man|woman|person)|congress(?:man|woman)|council(?:l)?or|magistrate|ruler|strongman|dictator|led by|commanded by|boss|kingpin|chieftain|minister|president|premier|commander|chief|general|secretary|ambassador|envoy|governor|leader|head|director|chair(?:man|woman)?|mayor|senator|lawmaker|deputy|official|advis[eo]r|emir|king|prince|sheikh|commissioner|coordinator|representative|speaker|admiral|colonel|lieutenant|officer|ayatollah|captain|brigadier|sergeant|marshal|speaking (?:for|on behalf)|(?:department|bureau) (?:said|says|told|confirmed|stated|added|announced)|who represents|who (?:leads|led|heads|headed|commands|commanded|chairs|chaired)|in charge of|(?:suspected|believed|accused|alleged|thought|said|reported) (?:of|to) (?:lead|command))/i;
/** A nickname in quotes between two name words: 'Jimmy "Barbecue" Cherizier', 'Abigael “El Cuini” González'. */
const NICKNAME_IN_NAME = /\p{Lu}[\p{L}\p{M}'’-]+ ["\u201C]\p{Lu}[^"\u201C\u201D,.;]{0,30}["\u201D] \p{Lu}/u;
/** What follows the quote in every NICKNAME_IN_NAME match, looked for first: quotes are rare, capitals are not. */
const QUOTED_NICKNAME = /["\u201C]\p{Lu}[^"\u201C\u201D,.;]{0,30}["\u201D] \p{Lu}/u;
const EVERY_OFFICIAL_TRIGGER = new RegExp(OFFICIAL_TRIGGER.source, 'gi');
const EVERY_NICKNAME_IN_NAME = new RegExp(NICKNAME_IN_NAME.source, 'gu');
/** What an army or a government calls its enemy before a name: "his deputy, the terrorist <Name>". */
const EPITHET = /^(?:terrorist|militant|jihadist|insurgent|rebel|bandit)$/;
/** The verbs HARMED_NAME_AFTER starts with, looked for first in a paragraph that may name the one harmed late. */
const HARMED_NAME_VERB =
  /shot |kill|murdered |assassinated |abducted |kidnapped |targeted |identified |found (?:dead|lying)/;
/** Words of harm the rule of the one harmed needs before the paragraph it reads. */
const HARM_WORD = /kill|shot|slain|dead|died|assassinat|abduct/g;
/** Whether the end of `paragraph` may tell of someone harmed: one look at its last 300 characters. */
function harmsInLastSentence(paragraph: string): boolean {
  if (paragraph === '') return false;
  HARM_WORD.lastIndex = Math.max(0, paragraph.length - 300);
  return HARM_WORD.test(paragraph);
}
/**
 * Words before a name that say a name follows ("commander one Mzee Mayor", "a commander called ..."): after them a title
 * word may end the name (`surnameTitle`; "Sheikh" needs none, as it is a family name more often than "<Place> Sheikh"
 * is an office, unlike "<Place> Mayor").
 */
const NAME_INTRODUCER = /^(?:one|called|named)$/;
/** Words before a name word and a title word that make the pair an office ("the Kabul Mayor", "its Sheikh"). */
const ARTICLE_BEFORE_NAME = /^(?:the|a|an|its|their|his|her|our|this|that|The|A|An|Its|Their|His|Her|Our|This|That)$/;
/** One capitalised word after "alias" or "known as": a nom de guerre, a name by itself. */
const NOM_DE_GUERRE = /\b(?:alias|known as) ["\u201C]?\p{Lu}/u;
/** Two adjacent capitalised words (perhaps with particles between: "van der"): a sentence without them names nobody. */
const TWO_NAME_WORDS =
  /\p{Lu}[\p{L}\p{M}'-]*\.? ["\u201C]?(?:(?:al|bin|ibn|bint|el|de|del|dela|der|den|la|le|da|dos|das|du|van|von) ){0,2}(?:al-|el-)?\p{Lu}/u;

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
  /**
   * Full names the article gave so far with no office, by surname: a later "<Surname> was the <office>" makes them
   * officials.
   */
  untitled: Map<string, string> = new Map(),
  /** Names the article gives a unit of territory after ("Kech district"), computed when first needed. */
  unitPlaces: () => ReadonlySet<string> = () => new Set(),
  /**
   * The headline, for the first three paragraphs: "TTP commander killed" before "<Name> of the TTP was killed" (the
   * third paragraph only after a verb of harm: "... and shot <Name>").
   */
  headline = '',
): void {
  const n = f.text;
  // "Leonor Nava Romero was wanted on ... charges." opens a paragraph with no office: remembered for a later "Nava, who
  // ..., was the leader of ...".
  if (!f.shouted && f.field === 'body' && untitled.size < 40) rememberOpeningSubject(n, spans, untitled);
  // "... kill official" in the headline, "... and shot <Name> in front of his wife" in the third paragraph.
  if (headline !== '' && f.order >= 3 && !f.shouted && HARMED_NAME_VERB.test(n))
    findHarmedNamedLaterAfterHeadline(
      n,
      f.sentences,
      headline,
      (office) => persons.some((p) => p.office === office),
      singleNameAdder(f, spans, persons, out, places),
    );
  const openingHeadline = f.order <= 2 ? headline : '';
  // "... killed a Moscow-appointed official." then "<Name> died after ...": the one harmed, named next.
  if ((openingHeadline !== '' || harmsInLastSentence(paragraphBefore)) && !f.shouted)
    findHarmedNamedAfterUnnamedOffice(
      n,
      () => f.sentences,
      paragraphBefore,
      openingHeadline,
      singleNameAdder(f, spans, persons, out, places),
    );
  // "he was working under one <Nick> of the outfit", "fighters under alias <Nick>": no office word needed.
  if (!f.shouted && (n.includes('under one ') || n.includes('under alias ')))
    findSingleNamesWorkedUnder(n, singleNameAdder(f, spans, persons, out, places));
  // "The top commander of a militant group and his deputy ... died." then "A, chief of ..., and B were killed".
  if (!f.shouted && n.includes(' and ') && (n.includes('deputy') || openingHeadline.includes('deputy')))
    findDeputyNamedAfterOffice(n, f.sentences, openingHeadline, singleNameAdder(f, spans, persons, out, places));
  // "..., a military commander in the region said." then "..., <Name> told dpa.": the speaker named a paragraph
  // later. (Looked for only after a paragraph that ends in "said.".)
  if (!f.shouted && paragraphBefore.endsWith(' said.'))
    findSpeakerNamedAfterUnnamedOffice(
      n,
      f.sentences,
      paragraphBefore,
      singleNameAdder(f, spans, persons, out, places),
    );
  // "... killed key commanders of the group." then "The dead include A, B and C".
  if (!f.shouted && n.includes('dead '))
    findListedDead(n, f.sentences, paragraphBefore, singleNameAdder(f, spans, persons, out, places));
  // (The first office word is also where choosing the sentences starts: one scan of the field up to it, not two.
  // Looked for here, as no rule before the choosing reads or moves the regex's position.)
  EVERY_OFFICIAL_TRIGGER.lastIndex = 0;
  const firstTrigger = EVERY_OFFICIAL_TRIGGER.exec(n);
  const triggered = firstTrigger !== null;
  // "killed <Name> and other senior officials of the group": one of the office holders counted. (Only in a field
  // with an office word: its plural nouns are all office words, and "other " alone is common.)
  if (triggered && !f.shouted && n.includes('other '))
    findNamesAmongOtherOfficeHolders(n, singleNameAdder(f, spans, persons, out, places));
  // "<Name> of the Vigilante Group of Nigeria said": a speaker for a registered body, with no office word.
  // (" of the " looked for from its "f": a search stops at each occurrence of the first character it looks for, and
  // spaces and o's are everywhere.)
  if (!f.shouted && n.includes('f the ') && BODY_SAID.test(n))
    findBodySpeakers(n, spans, singleNameAdder(f, spans, persons, out, places));
  // "Vice Premier for Law and Security <Name> said": a portfolio after "for" before the name.
  if (triggered && !f.shouted && n.includes(' for '))
    findNamesAfterPortfolioTitle(n, isPortfolioHolderName, singleNameAdder(f, spans, persons, out, places));
  // "the <Name>-led <registered group>": its leader.
  if (!f.shouted && n.includes('-led '))
    findLeadersBeforeLed(n, spans, singleNameAdder(f, spans, persons, out, places));
  const nicknamed = QUOTED_NICKNAME.test(n) && NICKNAME_IN_NAME.test(n);
  if (f.shouted || !(triggered || nicknamed)) return;
  const covered = (a: number, b: number) => spans.overlaps(a, b);
  const sentenceBounds = f.sentences;
  const sentenceEndAfter = (at: number) => sentenceBounds[sentenceIndex(sentenceBounds, at)]?.[1] ?? n.length;
  // A rank in capitals may carry a full stop ("ASP. Ramhan Nansel", "ACP. Dankwano Wilson").
  const rankDot = (x: RawWord) => x.trail === '.' && /^\p{Lu}{2,4}$/u.test(x.core) && isTitleHead(x.core);
  // A dash after a word ends the run: "Addis Abeba- <Name>, administrator of ..." opens with a dateline. (Most
  // words have no punctuation after them: the regex only for those that do.)
  const breaks = (x: RawWord) =>
    x.possessive ||
    x.core.charCodeAt(x.core.length - 1) === 0x2d ||
    (x.trail !== '' &&
      (/[,;:!?"\u201D)\u2013\u2014]/.test(x.trail) ||
        (x.trail.includes('.') && !isAbbreviationDot(n, x.coreEnd) && !rankDot(x))));
  /** Adds `full`, a name the article gave earlier with no office, where its surname stands with `office`. */
  const addUntitledAtSurname = (full: string, surname: RawWord, office: string) =>
    singleNameAdder(f, spans, persons, out, places)(
      full,
      surname.coreStart,
      office,
      laterForms(full, surname.core),
      surname.coreEnd,
    );
  /** The full name given earlier with no office whose surname is words[at], when a copula and an office follow it. */
  const officeOfNamedBefore = (words: readonly RawWord[], at: number) => {
    const surname = words[at]!;
    const full = untitled.get(surname.core);
    if (full === undefined || covered(surname.coreStart, surname.coreEnd)) return;
    const office = officeContextAfter(f, words, at + 1);
    if (office === '' || isCivilOffice(office)) return;
    addUntitledAtSurname(full, surname, office);
  };
  const processSentence = (words: RawWord[]) => {
    let w = 0;
    while (w < words.length) {
      // Build a run of capitalised words (titles included), allowing particles and "of" inside.
      const first = words[w]!;
      // (The word before is "alias" or "as" for a nickname: compared first, as this runs for every word; the first
      // word has none before it, and words[-1] would be a slow look-up of a property named "-1".)
      const cue = w > 0 ? words[w - 1]!.core : '';
      const aliasCued =
        (cue === 'alias' || cue === 'as') && isNicknameCue(words, w - 1) && /^\p{Lu}[\p{L}\p{M}]*$/u.test(first.core);
      // "M. K. Trevisan": a name may open with initials.
      const second = words[w + 1];
      const initialFirst =
        (isInitial(first.core) && second !== undefined && (isInitial(second.core) || isNameWord(second.core))) ||
        (isJoinedInitials(first.core) && second !== undefined && second.lead === '' && isNameWord(second.core));
      if (!(isNameWord(first.core) || isTitleWord(first.core) || aliasCued || initialFirst)) {
        w++;
        continue;
      }
      const runStart = w;
      const run: RawWord[] = [first];
      /** Whether the run skipped a nickname in quotes inside the name. */
      let nickname = false;
      let r = w;
      /** The closing word of a title's qualifier in brackets the run skipped, which does not end the run. */
      let qualifierClose = -1;
      while ((r === qualifierClose || !breaks(words[r]!)) && r + 1 < words.length) {
        const next = words[r + 1]!;
        const after = words[r + 2];
        const nameFollows = after !== undefined && after.lead === '' && isNameWord(after.core);
        if (next.lead !== '') {
          // A nickname in quotes inside a name: 'Bosco "Terminator" Ntaganda' is Bosco Ntaganda.
          if (
            OPENING_QUOTE.test(next.lead) &&
            closesQuote(next.lead, next.trail) &&
            isNameWord(next.core) &&
            nameFollows
          ) {
            run.push(after);
            r += 2;
            nickname = true;
            continue;
          }
          // ... also of two or three words: 'Wissam Mohammed "Abu Bakr" al-Saadi'.
          const close = quotedNicknameEnd(words, r + 1);
          if (close > 0) {
            run.push(words[close + 1]!);
            r = close + 1;
            nickname = true;
            continue;
          }
          // "Director General (Naxal Operations) of Chhattisgarh Police <Name>": a title's qualifier in brackets.
          const qualifierEnd = isTitleWord(words[r]!.core) ? bracketedQualifierEnd(words, r + 1) : -1;
          if (qualifierEnd > 0) {
            r = qualifierClose = qualifierEnd;
            continue;
          }
          break;
        }
        const ok =
          isNameWord(next.core) ||
          isTitleWord(next.core) ||
          (isInitial(next.core) && (nameFollows || (after !== undefined && isInitial(after.core)))) ||
          (nameFollows && isJoinedInitials(next.core)) ||
          // A South Indian name's initial may come last: "Sundarraj P said".
          (isInitial(next.core) &&
            next.lead === '' &&
            (/^[,;]/.test(next.trail) || SPEECH_VERB.test(after?.core ?? ''))) ||
          // ("appointing <Name> as Prime Minister": "as" before a title is no particle of the name.)
          (isParticle(next.core) &&
            !(next.core === 'as' && isTitleWord(after?.core ?? '')) &&
            // ("the troops do Friday patrols": a particle before a day or a sentence word joins no name.)
            !LEADING_STOP.has(after?.core ?? '') &&
            (nameFollows || particleChainBeforeName(words, r + 2))) ||
          joinsJurisdictions(run, words, r + 1, places);
        if (!ok) break;
        run.push(next);
        r++;
      }
      w = r + 1;
      // A trailing "of" ("Col. Sofiya Qureshi of the army") belongs to what follows, not to the name.
      while (run.length > 1 && (run[run.length - 1]!.core === 'of' || isParticle(run[run.length - 1]!.core))) run.pop();
      // One capitalised word names no one unless "alias" comes before it (the rules below drop it too; most runs are
      // one word, "The" or a place, so it is dropped at once).
      if (run.length === 1 && !(runStart > 0 && isNicknameCue(words, runStart - 1))) {
        // "Aqa Mohammad Fazeli was on his way ..." then "Fazeli was the chief in remote Chakhansor district".
        if (untitled.size > 0 && (first.trail === '' || first.trail === ',')) officeOfNamedBefore(words, runStart);
        continue;
      }
      // Strip leading stop words, registered mentions and title words.
      let s = 0;
      let officeFrom = -1;
      let lastTitle = -1;
      let hasHead = false;
      // "Amir Khalifa Umar" in a sentence about armed groups: the group's title, not a given name.
      const amirAt = amirTitleAt(run, () => n.slice(words[0]!.start, words.at(-1)!.end));
      while (s < run.length) {
        const x = run[s]!;
        // ("Alhaji Maiyara": a Hausa honorific before a single name is how the press names him.)
        if (run.length - s === 2 && /^(?:Alhaji|Hajiya|Mallam)$/.test(x.core)) break;
        // ("Commanders Mala'ana (Khaid), a Governor": a plural office noun opening a run is no part of a name.)
        const isTitle = isTitleWord(x.core) || s === amirAt || (s === 0 && PLURAL_OFFICE.test(x.core.toLowerCase()));
        if (isTitle) {
          if (isTitleHead(x.core) || s === amirAt) hasHead = true;
          if (!HONORIFIC.test(x.core) && x.core !== 'Former') {
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
        const t = organisationEnd(run, s);
        if (t > s) {
          lastTitle = t - 1;
          s = t;
        }
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
          const t = organisationEnd(run, s + 1);
          if (t > s + 1) {
            lastTitle = t - 1;
            s = t;
          }
        }
      }
      // "the enemy commander one Mzee Mayor", "Abbas Sheikh, chief of the group": a name word and a title word that is
      // also a family name, with no name after them, are a person's name when the office comes from the context (it
      // is never taken from that word). Not after an article or a possessive: "the Kabul Mayor" is an office.
      const surnameTitle =
        s === 2 &&
        run.length === 2 &&
        lastTitle === 1 &&
        (run[1]!.core === 'Sheikh' || (runStart > 0 && NAME_INTRODUCER.test(words[runStart - 1]!.core))) &&
        isNameWord(first.core) &&
        !isTitleWord(first.core) &&
        !LEADING_STOP.has(first.core) &&
        !covered(first.coreStart, first.coreEnd) &&
        !(runStart > 0 && (words[runStart - 1]!.possessive || ARTICLE_BEFORE_NAME.test(words[runStart - 1]!.core))) &&
        !places().has(first.core) &&
        !unitPlaces().has(first.core);
      if (surnameTitle) {
        s = 0;
        hasHead = false;
        officeFrom = lastTitle = -1;
      }
      // "Deputy Superintendent Police Sardar Khan": "Police" right after a rank belongs to the title.
      if (s > 0 && lastTitle === s - 1 && run[s]?.core === 'Police' && run.length - s >= 3) lastTitle = s++;
      let nameWords = run.slice(s);
      // "Minister of Foreign Affairs <Name>": the portfolio's last words, left after its modifier, belong to the title.
      if (hasHead && lastTitle === s - 1 && run[s - 2]?.core === 'of') {
        let t = 0;
        while (nameWords.length - t > 2 && isOrganisationName([nameWords[t]!.core])) t++;
        if (t > 0) {
          lastTitle = s + t - 1;
          s += t;
          nameWords = nameWords.slice(t);
        }
      }
      // "DGP Punjab Gaurav Yadav", "DGP Jammu and Kashmir S P Vaid": a police rank in capitals names its
      // jurisdiction before the person.
      if (s > 0 && lastTitle === s - 1) {
        const jurisdiction = jurisdictionWordsAfterRank(run[lastTitle]!.core, nameWords, places);
        if (jurisdiction > 0 && nameWords.length - jurisdiction >= 2) {
          nameWords = nameWords.slice(jurisdiction);
          // ("IGP Kashmir Range <Name>".)
          if (nameWords.length >= 3 && /^(?:Zone|Range)$/.test(nameWords[0]!.core)) nameWords = nameWords.slice(1);
        }
        // "Deputy Commissioner Kech Sirmad Ali Khan": a place the article names ("Kech district") before the name.
        // (The cheaper set: this is asked after most titles, the full one only for police ranks.)
        else if (nameWords.length >= 3 && unitPlaces().has(nameWords[0]!.core)) nameWords = nameWords.slice(1);
        // ("District Police Officer (DPO) North Waziristan <Name>": a place of two words.)
        else if (nameWords.length >= 4 && unitPlaces().has(`${nameWords[0]!.core} ${nameWords[1]!.core}`))
          nameWords = nameWords.slice(2);
        // "Inspector General of Police Kashmir Zone <Name>": the title's zone or range, capitalised.
        else if (nameWords.length >= 4 && /^(?:Zone|Range)$/.test(nameWords[1]!.core)) nameWords = nameWords.slice(2);
      }
      // "spokesman in Ituri Province Jules Tshikudi": a place ending in its capitalised unit opens the run; the name
      // follows it, and the office phrase before ends with the place.
      const placeWords = nameWords.length >= 4 ? placeBeforeName(nameWords) : 0;
      if (placeWords > 0) {
        nameWords = nameWords.slice(placeWords);
        s += placeWords;
      }
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
      const byAlias = s === 0 && nameWords.length === 1 && isNicknameCue(words, runStart - 1);
      // "said Rodrigo Fuentes, ..." then "said Prefect Fuentes": a title before the surname of a full name the
      // article gave with no office.
      if (nameWords.length === 1 && !byAlias && hasHead && lastTitle === s - 1 && untitled.size > 0) {
        const surname = nameWords[0]!;
        const full = untitled.get(surname.core);
        if (full !== undefined && !covered(surname.coreStart, surname.coreEnd)) {
          addUntitledAtSurname(full, surname, f.originalSlice(run[officeFrom]!.coreStart, run[lastTitle]!.coreEnd));
          continue;
        }
      }
      if ((nameWords.length < 2 && !byAlias) || nameWords.length > 5) continue;
      const firstName = nameWords[0]!;
      const lastName = nameWords[nameWords.length - 1]!;
      const initialLast = isInitial(lastName.core) && isNameWord(firstName.core);
      if (
        !byAlias &&
        (!(isNameWord(firstName.core) || isInitial(firstName.core) || isJoinedInitials(firstName.core)) ||
          !(isNameWord(lastName.core) || initialLast))
      )
        continue;
      const cores = nameWords.map((x) => x.core);
      // ('“Above The Law”': a nom de guerre in quotes may have a sentence word inside.)
      const quoted = OPENING_QUOTE.test(run[0]!.lead) && /^[,.]?["\u201D'\u2019]/.test(lastName.trail);
      if (
        isOrganisationName(cores) ||
        isPlaceShapedName(cores) ||
        cores.some(
          (w, i) => (isTitleHead(w) && !(surnameTitle && i === 1)) || (LEADING_STOP.has(w) && !(quoted && i > 0)),
        )
      )
        continue;
      if (
        !byAlias &&
        nameWords.some(
          (x, i) =>
            x.core.length > 1 && !hasLowerCase(x.core) && !(i < nameWords.length - 1 && isJoinedInitials(x.core)),
        )
      )
        continue;
      const nameStart = firstName.coreStart;
      const nameEnd = lastName.coreEnd;
      if (covered(nameStart, nameEnd)) continue;
      // "Inspector General of Police (Khyber Pakhtunkhwa) <Name>": words in brackets before a name qualify a title.
      const bracketed = firstName.lead === '(' && lastName.trail.startsWith(')');
      if (bracketed && isNameWord(words[runStart + s + nameWords.length]?.core ?? '')) continue;
      if (places().has(n.slice(nameStart, nameEnd))) continue;

      let office = '';
      /** What follows "<Name>, ": a civil-society description there rules out "led by <Name>". */
      let apposition = '';
      // "<Name>, <office phrase>"
      if (!lastName.possessive && /^['’"\u201D]?,/u.test(lastName.trail))
        ({ office, apposition } = officeInApposition(f, lastName.end, sentenceEndAfter(lastName.end)));
      // "<Name>, who is suspected of leading the attack", "<Name>, who heads the cell".
      if (office === '' && !lastName.possessive) office = officeInClauseAfter(n, nameEnd, sentenceEndAfter(nameEnd));
      // "<Name> (<Nick>), commander of ...", "<Name>, popularly known as <Nick> — a top leader of the group —".
      if (office === '' && !lastName.possessive) office = officeAfterNickname(f, nameEnd, sentenceEndAfter(nameEnd));
      // "Sheikh" as the only title is a religious or tribal honorific, no office: "her uncle Sheikh <Name>", "the house
      // of Sheikh <Name>". An office beside it still counts ("Group spokesman Sheikh <Name>").
      const sheikhOnly =
        hasHead &&
        lastTitle >= officeFrom &&
        officeFrom >= 0 &&
        run.slice(officeFrom, lastTitle + 1).every((x) => x.core === 'Sheikh' || !isTitleHead(x.core));
      // "<Title> <Name>"
      if (office === '' && hasHead && lastTitle >= 0 && !sheikhOnly) {
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
      // ("Operation Linda Boni head, <Name> on Tuesday stated that ...": a weekday between the name and the verb.)
      const saidNext =
        lastName.trail === '' &&
        (SPEECH_VERB.test(wordAfter) ||
          /^(?:in|at|from|has|had|was|is|will|would)$/.test(wordAfter) ||
          (wordAfter === 'on' &&
            WEEKDAY.test(words[idx + nameWords.length + 1]?.core ?? '') &&
            words[idx + nameWords.length + 1]!.trail === '' &&
            SPEECH_VERB.test(words[idx + nameWords.length + 2]?.core ?? '')));
      // "Commissioner of Police (CP), Mr Ahmad Abdurrahaman": honorifics before the name belong to it.
      const honorifics = run
        .slice(0, s - placeWords)
        .every((x) => HONORIFIC.test(x.core) || (sheikhOnly && x.core === 'Sheikh'));
      // ('..., Abukar Abdulle "Garmaqate," near the village': a nickname in quotes may close the apposition.)
      const nextWord = words[idx + nameWords.length];
      // ('..., Mohamed Omar “koosto” in an attack': or a preposition or verb after the nickname.)
      const afterNickname = words[idx + nameWords.length + 1]?.core ?? '';
      const nicknameCloses =
        lastName.trail === '' &&
        nextWord !== undefined &&
        /^["\u201C]$/.test(nextWord.lead) &&
        (/^,["\u201D]$|^["\u201D],$/.test(nextWord.trail) ||
          (/^["\u201D]$/.test(nextWord.trail) &&
            (SPEECH_VERB.test(afterNickname) || /^(?:in|at|from|has|had|was|is|on)$/.test(afterNickname))));
      // ("..., Ibrahim Bindawa (Sarkin Labarai), who confirmed it": a local title in brackets after the name.)
      const bracketCloses = titleInBracketsAfter(words, idx + nameWords.length);
      if (
        office === '' &&
        honorifics &&
        (/^[,.;)]/.test(lastName.trail) || lastOfSentence || saidNext || nicknameCloses || bracketCloses)
      )
        office = officeBefore(f, words, runStart);
      // "his deputy, the terrorist <Name>": an epithet between the office phrase and the name.
      if (
        office === '' &&
        s === 0 &&
        honorifics &&
        EPITHET.test(words[idx - 1]?.core ?? '') &&
        words[idx - 2]?.core === 'the' &&
        words[idx - 2]!.trail === '' &&
        (/^[,.;)]/.test(lastName.trail) || lastOfSentence || saidNext)
      )
        office = officeBefore(f, words, idx - 2);
      // "<registered group> founder <Name>" ("Pentagon spokesman Pat Ryder", "Hamas deputy leader Saleh al-Arouri":
      // the general cue below).
      if (office === '' && s === 0) office = founderBefore(f, words, idx, covered);
      // "Station House Officer (SHO) <Name>": a title, its initials in brackets, then the name.
      if (office === '' && s === 0) office = titleWithInitialsBefore(f, words, idx);
      // "an opposition General called <Name>", "a commander named <Name>".
      if (office === '' && s === 0) office = officeCalledBefore(words, idx);
      // "Inspector General of Police Kashmir range <Name>": a police title and the range it heads.
      if (office === '' && s === 0) office = policeRangeBefore(f, words, idx, places);
      // "DGP J&K <Name>": a police rank and its jurisdiction's initials.
      if (office === '' && s === 0) office = rankAndJurisdictionBefore(f, words, idx);
      // "State Committee member <Name>", "Special Zonal Committee (DKSZC) member <Name>": a member of a body.
      if (office === '' && s === 0) office = bodyMemberBefore(f, words, idx);
      // "named Abas Gurey as the new commander", "appointed <Name> as its spokesman": an appointment.
      // ("the appointment of <Name> as ...": "of" opens the run.)
      if (office === '' && (s === 0 || (s === 1 && run[0]!.core === 'of')) && lastName.trail === '')
        office = appointedAs(n, words, idx, nameEnd);
      // "under the leadership of <Name>", "loyalists of <Name>", "the rebels, led by <Name>".
      if (office === '') office = leaderCueBefore(words, idx, run.slice(0, s), apposition);
      // "the commander was <Name>", and lists after a plural office noun: "commanders killed included A, B and C".
      if (office === '' && s === 0) office = officeBeforeCopulaOrList(words, idx);
      // "<office noun> known as <Name>", "identified the slain ... commander as <Name>".
      if (office === '' && s === 0) office = knownAsBefore(f, words, idx);
      // "the spokesman who has used the alias <Name>".
      if (office === '' && s === 0) office = aliasUsedBefore(words, idx);
      // 'the separatist general whose nom de guerre was given as “Red Heron”'.
      if (office === '' && s === 0) office = nomDeGuerreGivenBefore(words, idx);
      // "confirmed the death of the commander and said that he was <Name>".
      if (office === '' && s === 0 && !lastName.possessive) office = pronounIsBefore(words, idx);
      // "A spokesman for the BNA, who identified himself as <Name>".
      if (office === '' && s === 0) office = selfIdentifiedBefore(f, words, idx);
      // The general cue: an office noun phrase tied to a place or a body, before the name ("The district
      // commissioner of Kismayo, <Name> is", "Judge <Name>") or after it ("<Name>, the MP for Swat,", "<Name> is
      // the district commissioner of Hiraan").
      const closesClause =
        /^[,.;)]/.test(lastName.trail) || lastOfSentence || saidNext || nicknameCloses || bracketCloses;
      // (Honorifics belong to the name: the phrase ends before them, or at the place set apart from the name.)
      if (office === '' && honorifics)
        office = officeContextBefore(f, words, placeWords > 0 ? runStart + s : runStart, closesClause);
      if (office === '') {
        office = officeContextAfter(f, words, idx + nameWords.length);
        // ("<Name> alias Falcon, Superintendent of Police Lena Okafor said": the title is the speaker's.)
        if (office !== '' && lastName.trail.startsWith(',') && attributesToSomeoneElse(n, lastName.end, n.length))
          office = '';
      }
      // 'Jimmy "Barbecue" Cherizier' with no office: a person, an official only when the registry knows the name.
      const onlyIfRegistered = office === '' && nickname;
      if (onlyIfRegistered) office = 'known by a nickname';
      if (office === '' && surnameTitle) continue;
      if (office === '' && untitled.size < 40) rememberUntitled(untitled, nameWords, n.slice(nameStart, nameEnd));
      if (office === '' || isCivilOffice(office) || inCivilContext(n, office, nameStart)) continue;
      // "Director of al-Hashed al-Shaabi office in Kirkuk <Name>": the words right after an office that ends in
      // "of" or "for" are the body it governs, not its holder.
      if (office.endsWith(' of') || office.endsWith(' for')) continue;
      if (partyNamedAfterOffice(n, office, nameEnd)) continue;
      if (isPartysOfficeBefore(office, paragraphBefore, n.slice(0, nameStart))) continue;

      // The name without a nickname in quotes, single-spaced (the regexes only when there is something to replace).
      let name = n.slice(nameStart, nameEnd);
      if (name.includes('"') || name.includes('\u201C'))
        name = name.replace(/\s*["\u201C][^"\u201C\u201D]*["\u201D]\s*/gu, ' ');
      if (nickname && (name.includes("'") || name.includes('\u2018')))
        name = name.replace(/\s+['\u2018][^'\u2018\u2019]*['\u2019]\s+/gu, ' ');
      if (!isSingleSpaced(name)) name = name.replace(/\s+/g, ' ');
      // "... identified the suspect as Juan Manuel Rodriguez Garcia" then "Rodriguez Garcia was the Gulf Cartel's
      // commander": the last words of a full name the article gave with no office are that person.
      // (Its later form is then the words given here, not the last one alone: "Garcia" is also in "Garza Garcia".)
      const fullBefore = nameWords.length >= 2 ? untitled.get(lastName.core) : undefined;
      const shortForm = fullBefore !== undefined && fullBefore.endsWith(` ${name}`) ? name : '';
      if (shortForm !== '') name = fullBefore!;
      // (Someone introduced under the same name has the slug already.)
      // ("Colonel Al Baher said" after "Abdul Basit Al Baher": the last words of a name given earlier are that person.)
      const slug =
        (persons.find((p) => p.name === name) ?? persons.find((p) => p.name.endsWith(` ${name}`)))?.slug ??
        slugify(name);
      if (slug === '') continue;
      const known = persons.find((p) => p.slug === slug);
      out.push({
        name: known?.name ?? name,
        slug,
        office: known?.office ?? office,
        ...f.located(nameStart, nameEnd),
        introduction: known === undefined,
        ...((known?.onlyIfRegistered ?? onlyIfRegistered) && { onlyIfRegistered: true }),
      });
      spans.insert({ start: nameStart, end: nameEnd });
      if (!known) {
        persons.push({
          name,
          slug,
          office,
          // (A family name that is a title word is no later form: "the Mayor" is an office.)
          forms: surnameTitle ? [name] : shortForm !== '' ? [name, shortForm] : laterForms(name, lastName.core),
          order: f.order,
          after: nameEnd,
          ...(onlyIfRegistered && { onlyIfRegistered: true }),
        });
      }
    }
  };
  // Only sentences with a title or office word and two adjacent capitalised words can introduce an official, and
  // those with a nickname in quotes inside a name a registered one.
  const chosen = new Set<number>();
  /** Chooses the sentence of every match of the global regex `cue`, from its `first` match on. */
  const choose = (cue: RegExp, first: RegExpExecArray | null) => {
    for (let m = first; m !== null; m = cue.exec(n)) {
      const at = sentenceIndex(sentenceBounds, m.index);
      chosen.add(at);
      cue.lastIndex = Math.max(sentenceBounds[at]![1], m.index + 1);
    }
  };
  if (triggered) choose(EVERY_OFFICIAL_TRIGGER, firstTrigger);
  if (nicknamed) {
    EVERY_NICKNAME_IN_NAME.lastIndex = 0;
    choose(EVERY_NICKNAME_IN_NAME, EVERY_NICKNAME_IN_NAME.exec(n));
  }
  for (const at of nicknamed ? [...chosen].sort((x, y) => x - y) : chosen) {
    const [a, b] = sentenceBounds[at]!;
    // (A sentence with one capitalised name may give an office to a full name the article gave before.)
    // (And a nom de guerre of one word may name someone: "The rebel known as Falcon, leader of ...".)
    const sentence = n.slice(a, b);
    if (
      TWO_NAME_WORDS.test(sentence) ||
      (untitled.size > 0 && namesSurnameOf(sentence, untitled)) ||
      ((sentence.includes('alias ') || sentence.includes('known as ')) && NOM_DE_GUERRE.test(sentence))
    ) {
      const words: RawWord[] = [];
      splitWords(n, a, b, words);
      processSentence(words);
    }
  }
  if (triggered) discoverSingleNames(f, spans, persons, out, places, paragraphBefore);
}

/** Whether words[at] is "alias" or the "as" of "known as" before a nom de guerre ("The rebel known as Falcon, ..."). */
function isNicknameCue(words: readonly RawWord[], at: number): boolean {
  const w = words[at];
  if (w === undefined || w.trail !== '') return false;
  return isAliasCue(w) || (w.core === 'as' && at > 0 && words[at - 1]!.core === 'known' && words[at - 1]!.trail === '');
}

/** A place's unit written capitalised inside a run of name words: "Ituri Province", "Borno State". */
const CAPITALISED_PLACE_UNIT = /^(?:Province|State|Region|District|County|Governorate|Territory)$/;

/**
 * How many words of a run of name words are a place that ends in its capitalised unit, with a name of two or more
 * words after it ("Ituri Province Jules Tshikudi": two); 0 when the run is no such place and name.
 */
function placeBeforeName(nameWords: readonly RawWord[]): number {
  for (let u = 1; u <= nameWords.length - 3; u++)
    if (CAPITALISED_PLACE_UNIT.test(nameWords[u]!.core) && nameWords[u]!.trail === '') return u + 1;
  return 0;
}

/**
 * Remembers `full`, a name given with no office, by its last word, and by the word before that in a name of three or
 * more words ("Leonor Nava Romero" is "Nava" later, as Spanish names go by the father's surname), unless another name
 * has that word already.
 */
function rememberUntitled(untitled: Map<string, string>, nameWords: readonly { core: string }[], full: string): void {
  untitled.set(nameWords.at(-1)!.core, full);
  const paternal = nameWords.length >= 3 ? nameWords.at(-2)!.core : '';
  if (paternal !== '' && !untitled.has(paternal) && isNameWord(paternal) && !isParticle(paternal))
    untitled.set(paternal, full);
}

/** A full name that opens a paragraph as the subject of "was", "is" or "has been" (two to four name words). */
const OPENING_SUBJECT = /^(\p{Lu}[\p{Ll}\p{M}'’-]+(?: \p{Lu}[\p{Ll}\p{M}'’-]+){1,3}) (?:was|is|has been|had been) /u;

const WEEKDAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** A full name after "said" that closes the sentence or opens an apposition ("..., said Rodrigo Fuentes, ..."). */
const SAID_NAME = /\bsaid (\p{Lu}[\p{Ll}\p{M}'’-]+(?: \p{Lu}[\p{Ll}\p{M}'’-]+){1,3})[,.]/gu;

/**
 * Remembers, as names given with no office, the name that opens paragraph `n` as a subject (see OPENING_SUBJECT) and
 * the speakers named after "said": a sentence without an office word is not read for officials, but a later "said
 * Prefect Fuentes" or "Nava was the leader of" refers back to them.
 */
function rememberOpeningSubject(n: string, spans: SpanSet, untitled: Map<string, string>): void {
  const remember = (full: string, start: number) => {
    if (spans.overlaps(start, start + full.length)) return;
    const words = full.split(' ');
    if (
      isOrganisationName(words) ||
      isPlaceShapedName(words) ||
      words.some((w) => LEADING_STOP.has(w) || isTitleWord(w))
    )
      return;
    if (untitled.has(words.at(-1)!)) return;
    rememberUntitled(
      untitled,
      words.map((core) => ({ core })),
      full,
    );
  };
  const m = OPENING_SUBJECT.exec(n);
  if (m !== null) remember(m[1]!, 0);
  if (n.includes('said ')) for (const x of allMatches(SAID_NAME, n)) remember(x[1]!, x.index + 5);
}

/**
 * Whether `sentence` has one of the surnames of `untitled` before a copula or an apposition ("Roth was", "Roth, the"),
 * where an office may follow it.
 */
function namesSurnameOf(sentence: string, untitled: ReadonlyMap<string, string>): boolean {
  for (const surname of untitled.keys()) {
    for (let at = sentence.indexOf(surname); at >= 0; at = sentence.indexOf(surname, at + 1)) {
      const after = sentence.slice(at + surname.length, at + surname.length + 5);
      if (after === ' was ' || after.startsWith(' is ') || after.startsWith(', ')) return true;
    }
  }
  return false;
}

/** Adds a name found by one of the narrower rules as an introduced official, unless it is taken or known. */
function singleNameAdder(
  f: FieldText,
  spans: SpanSet,
  persons: IntroducedPerson[],
  out: UnregisteredOfficial[],
  places: () => ReadonlySet<string>,
): AddName {
  return (name, start, office, forms = [name], end = start + name.length) => {
    if (LEADING_STOP.has(name) || isTitleWord(name) || spans.overlaps(start, end) || places().has(name)) return;
    // (Someone introduced under this very name has its slug: no need to make it again to find that out.)
    if (persons.some((p) => p.name === name)) return;
    const slug = slugify(name);
    // A surname of someone introduced earlier ("Major General Buba") is a later mention of that person.
    if (slug === '' || persons.some((p) => p.slug === slug || p.forms.includes(name))) return;
    out.push({ name, slug, office, ...f.located(start, end), introduction: true });
    spans.insert({ start, end });
    persons.push({ name, slug, office, forms, order: f.order, after: end });
  };
}

/** Whether the only white space of `s` is single spaces. */
function isSingleSpaced(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (isWhiteSpaceCode(code) && (code !== 0x20 || (i > 0 && s.charCodeAt(i - 1) === 0x20))) return false;
  }
  return true;
}

/**
 * Whether the office was read from the clause before the name that names a civil role ("The camp coordinator,
 * <Name>": the office read is "coordinator").
 */
function inCivilContext(n: string, office: string, nameStart: number): boolean {
  // (The text before, without white space and commas at its end: trimmed by hand, since a regex anchored at the end
  // is tried from every position.)
  let end = nameStart;
  const from = Math.max(0, nameStart - 120);
  while (end > from && (isWhiteSpaceCode(n.charCodeAt(end - 1)) || n.charCodeAt(end - 1) === 0x2c)) end--;
  const before = n.slice(from, end);
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('.')) + 1);
  return clause.includes(office) && isCivilOffice(clause);
}

/**
 * Whether words[at] opens one to three capitalised words in brackets that close with a comma or a full stop: a
 * local title or a nickname after a name ("Ibrahim Bindawa (Sarkin Labarai),").
 */
function titleInBracketsAfter(words: readonly RawWord[], at: number): boolean {
  if (words[at]?.lead !== '(') return false;
  for (let k = at; k < words.length && k <= at + 2; k++) {
    const w = words[k]!;
    if (!/^\p{Lu}/u.test(w.core) || (k > at && w.lead !== '')) return false;
    if (w.trail === '') continue;
    return /^\)[,.;]$/.test(w.trail);
  }
  return false;
}

const DEPARTMENT_SAID = / (?:department|bureau) (?:said|says|told|confirmed|stated|added|announced)\b/;
/** What a "<Name> of the <body> said" sentence has (BODY_SPEAKER in official-group-roles.ts). */
const BODY_SAID = / of the \p{Lu}[^,.;()]{1,60}? (?:said|says|told|confirmed|stated|added|announced)\b/u;

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
  const cued =
    /\b(?:commander|leader|chief|spokes|emir|boss|kingpin|brothers|siblings|sisters|replac|deputy|in command|succeed|identified as|named as|identified them|member|Commander|Emir|Amir|Sheikh|command(?:ed by| of)|led by|Col|Colonel|Maj|Major|Gen|General|Brig|Brigadier|Capt|Captain|Lt|Lieutenant|Sgt|Sergeant)/.test(
      n,
    );
  // (A department's speaker is looked for apart: "department" alone is common and cues none of the rest.)
  if (!cued && !DEPARTMENT_SAID.test(n)) return;
  const add = singleNameAdder(f, spans, persons, out, places);
  findDepartmentSpeakers(n, spans, add);
  if (!cued) return;
  findNamesAfterGroupOffice(n, spans, add);
  findNamesIdentifiedWithOffice(n, add);
  findNamesCommandedBy(n, add);
  findSingleNamesUnderCommand(n, add);
  findAnotherCalled(n, add);
  findSingleSpeakersWithOffice(n, add);
  findPairAfterPluralOfficeDash(n, add);
  const sentences = f.sentences;
  findQuotedNamesInCommand(n, sentences, add);
  findSingleNamesCalled(n, add);
  findNamesAfterBareRank(n, sentences, add);
  findNamesAfterAmir(n, sentences, add);
  findIdentifiedThem(n, sentences, paragraphBefore, add);
  findQuotedNamesAfterPluralOffice(n, add);
  findListAfterOtherSeniorFigures(n, add);
  findAliasedListAfterPluralOffice(n, add);
  findSemicolonListAfterPluralOffice(n, add);
  findSiblings(n, add);
  findReplacedAs(n, add);
  findMembersWithAlias(n, add);
  findTitlesWithAlias(n, add);
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
  // (Most capitalised words start no one's name: one look-up instead of comparing every form of every person.)
  const firstLetters = new Set<number>();
  for (const p of persons) for (const x of p.forms) firstLetters.add(x.charCodeAt(0));
  for (let i = 0; i < len; i++) {
    const code = n.charCodeAt(i);
    // (The capital first: most characters are not one, and it is the cheapest test.)
    if (!isUpperCode(code) || !firstLetters.has(code)) continue;
    if (charClass(code) !== WORD || (i > 0 && charClass(n.charCodeAt(i - 1)) === WORD)) continue;
    if (spans.overlaps(i, i + 1)) continue;
    for (const p of persons) {
      if (p.order === f.order && p.after > i) continue;
      // (A loop rather than find() with a closure: this runs for every capital that starts someone's name.)
      let form: string | undefined;
      for (const x of p.forms) {
        if (n.startsWith(x, i) && (i + x.length >= len || charClass(n.charCodeAt(i + x.length)) !== WORD)) {
          form = x;
          break;
        }
      }
      if (form === undefined) continue;
      const end = i + form.length;
      out.push({
        name: p.name,
        slug: p.slug,
        office: p.office,
        ...f.located(i, end),
        introduction: false,
        ...(p.onlyIfRegistered && { onlyIfRegistered: true }),
      });
      spans.insert({ start: i, end });
      i = end - 1;
      break;
    }
  }
}

/**
 * Where the organisation that starts at run[from] after "<Title> of" ends (exclusive), or `from` for none: its
 * organisation words ("of Police"), perhaps after one or two words of its place ("of Chhattisgarh Police"), with two
 * name words left after it.
 */
function organisationEnd(run: readonly RawWord[], from: number): number {
  let t = from;
  while (t < run.length - 1 && isOrganisationName([run[t]!.core])) t++;
  if (t > from) return t;
  for (let k = from + 1; k <= from + 2 && k < run.length - 2; k++) {
    if (!isOrganisationName([run[k]!.core])) continue;
    t = k + 1;
    while (t < run.length - 2 && isOrganisationName([run[t]!.core])) t++;
    return t;
  }
  return from;
}

/**
 * The index of the word that closes a qualifier in brackets of one to three capitalised words starting at
 * words[at] ("(Naxal Operations)", "(Operations)"), when "of" or a capitalised word follows it; or -1.
 */
function bracketedQualifierEnd(words: readonly RawWord[], at: number): number {
  if (words[at]?.lead !== '(') return -1;
  for (let k = at; k < at + 3 && k < words.length - 1; k++) {
    const x = words[k]!;
    if (!/^\p{Lu}/u.test(x.core) || (k > at && x.lead !== '')) return -1;
    if (x.trail === ')') {
      const next = words[k + 1]!;
      return next.lead === '' && (next.core === 'of' || isNameWord(next.core)) ? k : -1;
    }
    if (x.trail !== '') return -1;
  }
  return -1;
}

/**
 * Whether the words after a portfolio ("Minister for Foreign Affairs <words> said") are a person's name: name words
 * (an initial inside), none of them a title, an organisation or a sentence word, nor a place by its shape.
 */
function isPortfolioHolderName(words: readonly string[]): boolean {
  return (
    words.length >= 2 &&
    words.every((w, i) => (isNameWord(w) && hasLowerCase(w)) || (i > 0 && i < words.length - 1 && isInitial(w))) &&
    !words.some((w) => isTitleWord(w) || LEADING_STOP.has(w)) &&
    !isOrganisationName(words) &&
    !isPlaceShapedName(words)
  );
}
