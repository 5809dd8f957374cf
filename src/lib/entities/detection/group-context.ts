/**
 * Which registered armed group a name means, read from what the article says right after it: the leader it gives
 * ("the SPLM led by El Hilu" is the SPLM-North) or the branch it names ("Islamic State's regional branch, Khorasan
 * Province" is the branch).
 */
import type { Entity } from '../types.ts';
import { foldString } from '../text.ts';
import type { Mention } from './context.ts';
import type { MatchLocation } from './field.ts';

/** After a group's name, perhaps its acronym in brackets, then "led by": " (SPLM) led by ", ", led by ". */
const LED_BY_AFTER = /^(?: \((\p{Lu}[\p{Lu}\p{N}/-]{1,11})\))?,? led by /u;

/** After a group's possessive, a branch noun and the branch's name: "'s regional branch, Khorasan Province". */
const BRANCH_NAMED_AFTER =
  /^['’]s (?:\p{Ll}+ )?(?:branch|affiliate|franchise|chapter|wing|province), (?:the )?(\p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*){0,3})/u;

/**
 * "the Sudan People's Liberation Movement (SPLM) led by El Hilu": a group named as "<name> led by <a registered
 * leader of another registered group whose name starts with that name>" is that group (Abdelaziz al-Hilu leads
 * the SPLM-North, not the movement of 1983 to 2005). Its mentions under that name and the acronym given with it
 * become the other group's. (`mentions`: the article's, in text order; `leadersOf`: each registered group's
 * leaders.)
 */
export function withGroupsOfTheirLeaders(
  mentions: Mention[],
  leadersOf: ReadonlyMap<string, ReadonlySet<string>>,
  entityById: ReadonlyMap<string, Entity>,
  fieldText: (m: MatchLocation) => string,
): Mention[] {
  const renamed = new Map<string, { from: string; to: string }>();
  mentions.forEach((m, i) => {
    if (m.kind !== 'militia') return;
    const text = fieldText(m);
    const led = LED_BY_AFTER.exec(text.slice(m.end, m.end + 24));
    if (led === null) return;
    const leader = mentions.find(
      (o, j) =>
        j > i &&
        o.kind === 'official' &&
        o.field === m.field &&
        o.block === m.block &&
        o.start === m.end + led[0].length,
    );
    if (leader === undefined || leadersOf.get(m.entityId)?.has(leader.entityId) === true) return;
    const named = foldString(m.text);
    const groups: string[] = [];
    for (const [group, leaders] of leadersOf) {
      if (!leaders.has(leader.entityId)) continue;
      const e = entityById.get(group)!;
      if ([e.name, ...e.aliases].some((x) => foldString(x).startsWith(named) && x.length > m.text.length))
        groups.push(group);
    }
    if (groups.length !== 1) return;
    for (const form of [m.text, led[1]])
      if (form !== undefined) renamed.set(form, { from: m.entityId, to: groups[0]! });
  });
  if (renamed.size === 0) return mentions;
  return mentions.map((m) => {
    const r = renamed.get(m.text);
    return r !== undefined && r.from === m.entityId ? { ...m, entityId: r.to } : m;
  });
}

/**
 * "Islamic State's regional branch, Khorasan Province": a registered group in the possessive, a branch noun and
 * the name of a registered branch of that group names the branch, not the parent. The parent's mention becomes
 * the branch's, over the whole phrase. (`sorted`: one field's mentions, in text order; `text`: the field's original
 * text; `militiaBySpelling`: the registered groups a name may be.)
 */
export function withBranchesAfterParents(
  sorted: Mention[],
  text: string,
  parentsOf: (id: string) => readonly string[],
  militiaBySpelling: (name: string) => string[] | undefined,
): Mention[] {
  return sorted.map((m) => {
    if (m.kind !== 'militia' || (text.charCodeAt(m.end) !== 0x27 && text.charCodeAt(m.end) !== 0x2019)) return m;
    const branch = BRANCH_NAMED_AFTER.exec(text.slice(m.end, m.end + 90));
    if (branch === null) return m;
    const name = branch[1]!;
    const ids = [`${m.text}'s ${name}`, `${m.text} ${name}`].map(militiaBySpelling).find((x) => x?.length === 1);
    const id = ids?.[0];
    if (id === undefined || !parentsOf(id).includes(m.entityId)) return m;
    const end = m.end + branch[0].length;
    return { ...m, entityId: id, end, text: text.slice(m.start, end), via: 'alias' };
  });
}
