/**
 * One entity per armed group per article: a name the article gives as another name of the group it has just named
 * is that group, not a second one. "Hayat Tahrir al-Sham (HTS, formerly al-Nusra Front)", "the Viagras, also known
 * as the United Cartels": the registered entity under the other name gets no mention there. Not after a description
 * ("opposition factions, aka the Syrian National Army"): that names the group for the first time.
 */
import type { Mention } from './context.ts';
import type { MatchLocation } from './field.ts';

/**
 * What may stand between a group's name and its other name: a closing bracket or its acronym, a comma or an opening
 * bracket, and "formerly", "also known as", "aka".
 */
const OTHER_NAME_GAP =
  /^\)?[ ,(]*(?:[\p{Lu}\p{N}-]{2,10}[ ,]+)?(?:(?:formerly|previously|once)(?: known as| called)?|(?:also|better|locally) (?:known as|called)|a\.?k\.?a\.?)(?: the)? $/u;

/**
 * Mentions without those of a militia named right after another group's name as its other or former name.
 * `groups`: the article's other group occurrences (discovered groups), which can be named first too.
 */
export function withoutOtherNames(
  mentions: readonly Mention[],
  groups: readonly MatchLocation[],
  fieldText: (m: MatchLocation) => string,
): Mention[] {
  // (By field and block: a long article names groups dozens of times, and only names in one paragraph can meet.)
  const namedIn = new Map<string, MatchLocation[]>();
  for (const o of [...mentions.filter((m) => m.kind === 'militia'), ...groups]) {
    const key = `${o.field} ${o.block}`;
    const list = namedIn.get(key);
    if (list === undefined) namedIn.set(key, [o]);
    else list.push(o);
  }
  return mentions.filter((m) => {
    if (m.kind !== 'militia') return true;
    let text: string | undefined;
    return !namedIn
      .get(`${m.field} ${m.block}`)!
      .some(
        (o) =>
          o !== m &&
          !('entityId' in o && o.entityId === m.entityId) &&
          o.end <= m.start &&
          m.start - o.end <= 40 &&
          OTHER_NAME_GAP.test((text ??= fieldText(m)).slice(o.end, m.start)),
      );
  });
}

/**
 * Mentions with one per entity and place: an acronym the article defines for a registered group it names ("the
 * Front for Dawn (FOD)") is found by the registered scan and again as the discovered group's acronym.
 */
export function withOnePerPlace(mentions: readonly Mention[]): Mention[] {
  const seen = new Set<string>();
  return mentions.filter((m) => {
    const key = `${m.entityId} ${m.field} ${m.block} ${m.start}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Between a group's name and its branch's acronym: nothing, or its leader ("led by <Name>", "under the leadership of
 * <Name>"), then " (". Not "-linked" or "breakaway faction": those name the parent as such.
 */
const BEFORE_BRANCH_ACRONYM =
  /^(?: (?:led|headed|commanded) by [^,;.()]{1,40}| under (?:the )?(?:leadership|command) of [^,;.()]{1,40})? \($/u;

/**
 * Mentions without those of a group named right before the bracketed acronym of one of its branches, or before its
 * leader's name and that acronym: "the Sudan Liberation Movement under the leadership of Minni Minawi (SLM-MM)" names
 * the branch, not its parent as well.
 * `parentsOf`: a registered group's parent groups.
 */
export function withoutParentsNamingABranch(
  mentions: readonly Mention[],
  parentsOf: (id: string) => readonly string[],
  fieldText: (m: MatchLocation) => string,
): Mention[] {
  const dropped = new Set<Mention>();
  for (const branch of mentions) {
    if (branch.kind !== 'militia' || !/^\p{Lu}[\p{Lu}\p{N}/-]+$/u.test(branch.text)) continue;
    const parents = parentsOf(branch.entityId);
    if (parents.length === 0) continue;
    const text = fieldText(branch);
    if (text[branch.end] !== ')') continue;
    for (const parent of mentions) {
      if (
        parent.kind === 'militia' &&
        parents.includes(parent.entityId) &&
        parent.field === branch.field &&
        parent.block === branch.block &&
        parent.end < branch.start &&
        BEFORE_BRANCH_ACRONYM.test(text.slice(parent.end, branch.start))
      )
        dropped.add(parent);
    }
  }
  return dropped.size === 0 ? [...mentions] : mentions.filter((m) => !dropped.has(m));
}
