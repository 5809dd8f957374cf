/**
 * A generated official's home country: the one country a record is described by ("British monarch"), filed under
 * (`europe/united-kingdom.yaml`) and named by (its naming custom for the short name and press forms), for people
 * whose roles span several countries: monarchs of several realms, a president who is also a co-prince abroad, a
 * head of government who later held a lesser office elsewhere. International roles have no country and never
 * decide it; a person with only international roles has none.
 */
import type { Role } from '../types.ts';
import { isMonarchTitle } from './offices.ts';

/** Heads of state and government outrank the other measured offices, which outrank every other role. */
function rank(role: Role): number {
  if (role.office === 'head-of-state' || role.office === 'head-of-government') return 2;
  return role.office === undefined ? 0 : 1;
}

/** A partial date ("2015", "2015-05", "2015-05-01") as a count of days (of 31-day months): lengths of terms compare. */
function days(date: string): number {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  return y * 372 + (m - 1) * 31 + (d - 1);
}

interface Standing {
  country: string;
  rank: number;
  /** The year the country's last term ended; '9999' while one is current. Years, as sources disagree on days. */
  lastEnd: string;
  nonMonarchical: boolean;
  /** Time in office there (see days), current terms counted to the latest date on the record. */
  held: number;
}

/** What the person held in each country, for the rule of homeCountry. */
function standings(roles: Role[]): Standing[] {
  const latestDate = Math.max(...roles.map((r) => days(r.end ?? r.lastAttested ?? r.start)));
  const byCountry = new Map<string, Standing>();
  for (const r of roles) {
    if (r.country === undefined) continue;
    const s = byCountry.get(r.country) ?? { country: r.country, rank: 0, lastEnd: '', nonMonarchical: false, held: 0 };
    s.rank = Math.max(s.rank, rank(r));
    // A term known only up to a date (lastAttested) counts to that date: it is not known to be current.
    const end = (r.end ?? r.lastAttested)?.slice(0, 4) ?? '9999';
    if (end > s.lastEnd) s.lastEnd = end;
    if (rank(r) > 0 && !isMonarchTitle(r.title)) s.nonMonarchical = true;
    const last = r.end ?? r.lastAttested;
    s.held += Math.max(0, (last === undefined ? latestDate : days(last)) - days(r.start));
    byCountry.set(r.country, s);
  }
  return [...byCountry.values()];
}

/**
 * The countries the rule cannot choose between: those of the person's most senior office (a head of state or
 * government, then a measured minister or chief, then any role); among them those of the term that ended last
 * (a current one first); then those where the person held a measured office that is not a monarch's (the President
 * of France, not the co-prince of Andorra); then the longest held. One country, or several when they tie on all.
 */
function homeCountryCandidates(roles: Role[]): string[] {
  let candidates = standings(roles);
  const keepBest = (score: (s: Standing) => number | string) => {
    const best = candidates.map(score).reduce((a, b) => (b > a ? b : a));
    candidates = candidates.filter((s) => score(s) === best);
  };
  if (candidates.length > 1) keepBest((s) => s.rank);
  if (candidates.length > 1) keepBest((s) => s.lastEnd);
  if (candidates.length > 1) keepBest((s) => Number(s.nonMonarchical));
  if (candidates.length > 1) keepBest((s) => s.held);
  return candidates.map((s) => s.country).sort();
}

/**
 * The home country of a person with these roles, by the rule of homeCountryCandidates, or the curator's choice
 * (`people.<Wikidata id>.homeCountry` in `officials.overrides.yaml`) where the rule cannot choose: a monarch of
 * several realms holds them all from the same day to the same day. Errors name the person: a tie with no
 * override, or an override that names none of the person's countries.
 */
export function homeCountry(
  roles: Role[],
  override: string | undefined,
  person: { name: string; wikidata?: string | undefined },
): string | undefined {
  const countries = [...new Set(roles.flatMap((r) => (r.country === undefined ? [] : [r.country])))].sort();
  if (override !== undefined) {
    if (!countries.includes(override)) {
      throw new Error(
        `officials.overrides.yaml, people.${person.wikidata ?? '?'}.homeCountry: "${override}" is none of ` +
          `${person.name}'s countries (${countries.join(', ')})`,
      );
    }
    return override;
  }
  const candidates = homeCountryCandidates(roles);
  if (candidates.length < 2) return candidates[0];
  const fix =
    person.wikidata === undefined
      ? 'write the record by hand in officials-curated/'
      : `give one as people.${person.wikidata}.homeCountry in officials.overrides.yaml`;
  throw new Error(
    `${person.name}: roles in ${candidates.join(', ')} tie for the home country (the same office over the same ` +
      `years); ${fix}`,
  );
}
