/**
 * Names two entities would share. A name or alias belongs to the first that claims it: the countries (names,
 * aliases, demonyms), then the hand-written records, then the generated ones; a generated record whose full name
 * is taken gets its country appended, and a short name that is another's name or alias is dropped. A short name
 * several generated officials share, or that an armed group goes by, names none of them. Records known only from
 * the cabinets extract (`isCabinetOnly`) come last: they lose a name or short name anyone else has, and never take
 * one from the others.
 */
import { groupShortName } from '../detection/names.ts';
import { junkReason, normaliseAlias } from '../registry.ts';
import { foldString } from '../text.ts';
import type { Country, Official } from '../types.ts';

/**
 * Generated aliases and short names that another entity already claims are dropped (the curated record keeps
 * them): two people of the same name, or a surname that is a country's name.
 */
export function dropClashingNames(
  officials: Official[],
  countries: Country[],
  militiaNames: string[],
  isGenerated: (o: Official) => boolean,
  isCabinetOnly: (o: Official) => boolean = () => false,
): void {
  const tier = (o: Official) => (isCabinetOnly(o) ? 2 : isGenerated(o) ? 1 : 0);
  const owner = new Map<string, string>();
  for (const c of countries) for (const n of [c.name, ...c.aliases, ...c.demonyms]) owner.set(normaliseAlias(n), c.id);
  const curatedFirst = [...officials].sort((a, b) => tier(a) - tier(b));
  for (const o of curatedFirst) {
    const keep = (n: string): boolean => {
      const key = normaliseAlias(n);
      const by = owner.get(key);
      if (by !== undefined && by !== o.id) return false;
      owner.set(key, o.id);
      return true;
    };
    if (!keep(o.name) && isGenerated(o)) {
      o.name = `${o.name} (${o.roles[0]?.country ?? 'international'})`;
      owner.set(normaliseAlias(o.name), o.id);
    }
    o.aliases = o.aliases.filter((a) => junkReason(a) === undefined && keep(a));
  }
  for (const o of officials) {
    o.shortNames = o.shortNames.filter((s) => {
      const by = owner.get(normaliseAlias(s));
      return by === undefined || by === o.id;
    });
  }
  // A surname two generated officials share is not distinctive. Compared folded, as the detector reads text:
  // "Orban" in a report is both Orbán and Orban.
  const surnameKey = (s: string) => foldString(normaliseAlias(s));
  const count = new Map<string, number>();
  const countAll = new Map<string, number>();
  for (const o of officials) {
    for (const s of o.shortNames) {
      if (!isCabinetOnly(o)) count.set(surnameKey(s), (count.get(surnameKey(s)) ?? 0) + 1);
      countAll.set(surnameKey(s), (countAll.get(surnameKey(s)) ?? 0) + 1);
    }
  }
  // The detector reads a group's name without its generic last word as the group too ("Wagner").
  const groupNames = new Set(militiaNames.flatMap((n) => [n, groupShortName(n) ?? n]).map(surnameKey));
  for (const o of officials) {
    const counts = isCabinetOnly(o) ? countAll : count;
    if (isGenerated(o))
      o.shortNames = o.shortNames.filter((s) => counts.get(surnameKey(s)) === 1 && !groupNames.has(surnameKey(s)));
  }
}
