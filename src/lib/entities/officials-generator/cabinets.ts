/**
 * Whole cabinets from `sources/wikidata-cabinets.csv` (every holder of a country's cabinet-level positions that
 * Wikidata records, per country, as of one snapshot each): their people become roles of the records already built
 * or new records. The extract is older than the hand curation and says nothing after its snapshot, so it never
 * makes anyone a current holder, and it never contradicts a curated term of one of the measured offices.
 */
import { normaliseAlias, type StateOffice } from '../registry.ts';
import { foldString } from '../text.ts';
import type { Country, Official, Role } from '../types.ts';
import type { DatasetPerson } from './extracts.ts';
import type { CabinetRow, CabinetSnapshot, Overrides } from './inputs.ts';
import { nameKey, newDatasetOfficial } from './merge.ts';
import { officeFromTitle } from './offices.ts';
import { compareRoles } from './terms.ts';

/**
 * Given names so frequent that a name made only of them ("Mohamed Ibrahim", "Khaled Omar") names many people:
 * a cabinet member so named would be tagged wherever any of them is reported, so the extract adds no record.
 */
const COMMON_GIVEN_NAMES: ReadonlySet<string> = new Set(
  `
  abdallah abdel abdelaziz abdul abdulla abdullah abdullahi abu adam ahmad ahmed ali amin amir aziz bakr fatima
  hamid hamza hasan hassan hussain hussein ibrahim idris ismail jamal khaled khalid mahmoud mahmud mohamed
  mohammad mohammed muhammad musa mustafa omar osman othman rashid saeed said saleh salem salim sayed suleiman
  umar usman yahya yasin yassin yusuf
  john james paul peter joseph david michael
  `
    .trim()
    .split(/\s+/),
);

/** Name words that join others ("al-", "bin"): a name of common given names and these is still common. */
const NAME_PARTICLES: ReadonlySet<string> = new Set(['al', 'el', 'bin', 'ibn', 'abu', 'bint', 'ould', 'wad']);

/** A label the detector could not tell from other people or words: one word, or only very common given names. */
export function tooCommonName(name: string): boolean {
  const words = foldString(name)
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((w) => w !== '');
  if (words.length < 2) return true;
  return words.every((w) => COMMON_GIVEN_NAMES.has(w) || NAME_PARTICLES.has(w));
}

/**
 * A press form of a cabinet member's name that begins with a very common given name and has one word more
 * ("Ibrahim Issa" of Ibrahim Abdi Issa, "Khaled Mazen" of Khaled Ahmed Mazen): in a report it is as likely
 * someone else of that name, so a person known only from a cabinet list does not get it.
 */
export function commonGivenNamePressForm(alias: string): boolean {
  const words = foldString(alias)
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((w) => w !== '');
  return words.length === 2 && COMMON_GIVEN_NAMES.has(words[0]!);
}

/**
 * "President", "Prime Minister", or either of the country: the heads of state and government, whom the heads
 * extract and the curated terms give; the cabinet lists add only acting holders under the plain title (a prime
 * minister exercising a vacant presidency) and the same terms again.
 */
function isPlainHeadTitle(title: string, country: Country): boolean {
  const head = /^(?:President|Prime Minister)(?: of (?:the )?(.+))?$/i.exec(title);
  if (head === null) return false;
  const of = head[1];
  return of === undefined || [country.name, ...country.aliases].some((n) => normaliseAlias(n) === normaliseAlias(of));
}

/** What may follow a minister's office in a cabinet title: nothing, the country, a second portfolio, "Affairs". */
const PLAIN_MINISTRY_REST = /^(?:| affairs| of .+| and .+)$/i;
const MINISTRY =
  /^(?:(?:Federal )?Minister (?:of|for) (?:the )?(?:Europe and )?(?:Foreign|External|National Defen[cs]e|Defen[cs]e|Interior|Internal|Home)(?: Affairs| Relations)?)/i;

/**
 * The measured office of a cabinet position, under its plain title only: the extract also lists junior ministers
 * ("Minister for Defence Equipment, Support and Technology", "Minister of Defence Industry") and civil servants
 * (India's Home Secretary). Ministers as offices.ts reads their titles with nothing after the ministry but the
 * country, a second portfolio or "Affairs"; chiefs as offices.ts reads them. Never a head of state or government:
 * the lists give acting holders the plain title ("President" for a prime minister exercising a vacant presidency),
 * and the heads extract and the curated terms cover those offices.
 */
export function cabinetOffice(title: string, country: Country, overrides: Overrides): StateOffice | undefined {
  const office = officeFromTitle(title, overrides);
  if (office === undefined || office === 'armed-forces-chief') return office;
  if (office === 'head-of-state' || office === 'head-of-government') return undefined;
  const ministry = MINISTRY.exec(title);
  if (ministry === null) return country.id === 'united-kingdom' || country.id === 'united-states' ? office : undefined;
  const rest = title.slice(ministry[0].length);
  return PLAIN_MINISTRY_REST.test(rest) ? office : undefined;
}

/** A label without Wikidata's disambiguation ("Fazalur Rehman (bureaucrat)", "Jioji (George) Konrote"). */
function withoutParentheses(label: string): string {
  return label
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * The extract's rows as people with dated roles. A term still open in its country's snapshot has no end and is
 * `lastAttested` on the snapshot's date: the holder is known to have been in office then, and the extract does not
 * say for how much longer (so it is never current, and never ended on that day either). Rows of heads of state and government (isPlainHeadTitle), of excluded people or skipped positions, terms that start after their snapshot or end before they start,
 * and terms listed under two countries are left out; a
 * row of a country the registry or the snapshots lack is an error.
 */
export function cabinetPeople(
  rows: CabinetRow[],
  snapshots: CabinetSnapshot[],
  countryById: Map<string, Country>,
  overrides: Overrides,
): DatasetPerson[] {
  const snapshotOf = new Map(snapshots.map((s) => [s.country, s.snapshot]));
  const skipPositions = new Set(overrides.skipPositions.map(normaliseAlias));
  const exclude = new Set(overrides.exclude);
  const excludeRows = new Set(overrides.excludeRows);
  // A post both sides of a disputed border list (Sevastopol's governor in Russia's and Ukraine's cabinets) is
  // neither country's to claim here.
  const countriesOfTerm = new Map<string, Set<string>>();
  const termKey = (r: CabinetRow) => `${r.person}|${normaliseAlias(r.position)}|${r.start}`;
  for (const r of rows) countriesOfTerm.set(termKey(r), (countriesOfTerm.get(termKey(r)) ?? new Set()).add(r.country));
  const people = new Map<string, DatasetPerson>();
  for (const r of rows) {
    if (countriesOfTerm.get(termKey(r))!.size > 1) continue;
    const snapshot = snapshotOf.get(r.country);
    const country = countryById.get(r.country);
    if (country === undefined) throw new Error(`sources/wikidata-cabinets.csv: unknown country "${r.country}"`);
    if (snapshot === undefined) {
      throw new Error(`sources/wikidata-cabinets-snapshots.csv: no snapshot for country "${r.country}"`);
    }
    if (exclude.has(r.person) || excludeRows.has(`${r.person} ${r.position} ${r.start}`)) continue;
    if (skipPositions.has(normaliseAlias(r.position)) || r.start > snapshot) continue;
    if (r.end !== '' && earliest(r.end) < earliest(r.start)) continue; // a date mistyped in Wikidata
    const title = capitalise(r.position);
    if (isPlainHeadTitle(title, country)) continue;
    const role: Role =
      r.end === ''
        ? { title, country: country.id, start: r.start, lastAttested: snapshot }
        : { title, country: country.id, start: r.start, end: r.end };
    const office = cabinetOffice(title, country, overrides);
    if (office !== undefined) role.office = office;
    const person = people.get(r.person) ?? { item: r.person, label: r.personLabel, roles: [] };
    person.roles.push(role);
    people.set(r.person, person);
  }
  for (const p of people.values()) p.roles.sort(compareRoles);
  return [...people.values()];
}

/** The earliest and latest day a date can mean: "2020" is 2020-01-01 to 2020-12-31. */
function earliest(date: string): string {
  return (date + '-01-01').slice(0, 10);
}
function latest(date: string): string {
  return date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
}

/**
 * Two terms that certainly overlap: even read as narrowly as their dates allow, they share a day. A term known only
 * up to a date (`lastAttested`) is certain up to that date.
 */
function certainlyOverlap(a: Role, b: Role): boolean {
  const certainEnd = (r: Role) => earliest(r.end ?? r.lastAttested ?? '9999-12-31');
  const [aEnd, bEnd] = [certainEnd(a), certainEnd(b)];
  return latest(a.start) < bEnd && latest(b.start) < aEnd;
}

/** Two terms that may overlap: read as widely as their dates allow (an attested term may run on), they share a day. */
function mayOverlap(a: Role, b: Role): boolean {
  const aEnd = a.end === undefined ? '9999-12-31' : latest(a.end);
  const bEnd = b.end === undefined ? '9999-12-31' : latest(b.end);
  return earliest(a.start) <= bEnd && earliest(b.start) <= aEnd;
}

/** The same post held in the same period, as two sources word and date it. */
function sameTermAs(role: Role, other: Role): boolean {
  if (role.country !== other.country || !mayOverlap(role, other)) return false;
  if (role.office !== undefined && role.office === other.office) return true;
  // One spelling of "defence" for both: "Secretary of Defence" (Wikidata's label) is "Secretary of Defense".
  const [a, b] = [role.title, other.title].map((t) => normaliseAlias(t).replace(/\bdefense\b/g, 'defence')) as [
    string,
    string,
  ];
  // "Minister of Defence" and "Minister of Defence of Testland" are one title.
  return a === b || a.startsWith(`${b} of `) || b.startsWith(`${a} of `);
}

/** Name words long enough to tell people apart, folded: "Zohrab Mnatsakanian" → zohrab, mnatsakanian. */
function nameWords(name: string): Set<string> {
  return new Set(
    foldString(name)
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter((w) => w.length >= 4 && !COMMON_GIVEN_NAMES.has(w) && !NAME_PARTICLES.has(w)),
  );
}

/** Edit distance of two short words, for spellings of one name ("Mnatsakanian", "Mnatsakanyan"). */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}

function sameNameWord(a: string, b: string): boolean {
  return a === b || (a.length >= 6 && b.length >= 6 && editDistance(a, b) <= 2);
}

/**
 * The same person spelled two ways ("Zohrab Mnatsakanian", "Zohrab Mnatsakanyan"; "Matata Ponyo Mapon", "Augustin
 * Matata Ponyo"): terms of the same measured office of the same country that certainly overlap, and a distinctive
 * name word in common or spelled nearly alike.
 */
function sameHolder(name: string, role: Role, holder: Official, held: Role): boolean {
  if (role.office === undefined || held.office !== role.office || held.country !== role.country) return false;
  if (!certainlyOverlap(role, held)) return false;
  const words = [...nameWords(name)];
  return [holder.name, ...holder.aliases].some((n) =>
    [...nameWords(n)].some((w) => words.some((v) => sameNameWord(v, w))),
  );
}

/**
 * Whether one name's distinctive words, two or more, all occur in the other's ("Guillaume Soro" in "Guillaume
 * Kigbafori Soro", "Kaba Nialé" and "Nialé Kaba"): most often one person under two labels, sometimes a son named
 * after his father; either way a new record by that name would be confused with the existing one.
 */
function nameWithin(a: string, b: string): boolean {
  const [x, y] = [[...nameWords(a)], [...nameWords(b)]];
  const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x];
  return shorter.length >= 2 && shorter.every((w) => longer.some((v) => sameNameWord(v, w)));
}

function describeRole(r: Role): string {
  const until = r.end ?? (r.lastAttested === undefined ? 'today' : `at least ${r.lastAttested}`);
  return `${r.title} (${r.country ?? ''}) ${r.start} to ${until}`;
}

/**
 * Adds the cabinet people to the records built so far (hand-written, heads and international extracts, curated
 * terms): a person is the record with the same Wikidata id, the record the overrides name, the record of the same
 * name with a term in the same country, or the holder of the same office in an overlapping term who shares a
 * name word (sameHolder: the same person spelled another way); a term that record
 * already has (the same office or title in an overlapping period) is not added again. Anyone else who held a
 * measured office (foreign, defence or interior minister, chief of the armed forces) becomes a new record unless the name is too common to tell people apart (tooCommonName), is an armed-group person's
 * (`externalNames`), an armed group's or country's (`reservedNames`), another record's, or that of another cabinet
 * member (a namesake or the same person under two ids: either way the name would not tell them apart), or it is
 * within the name of someone of the same country on record (nameWithin). A term of a measured office that overlaps
 * another person's term of the same office in the same country keeps its title but not the office (the curated
 * terms and the heads extract win) and is reported in `conflicts`. Returns the ids of the new records.
 */
export function addCabinetPeople(
  people: DatasetPerson[],
  merged: Map<string, Official>,
  usedIds: Set<string>,
  externalNames: Set<string>,
  reservedNames: Set<string>,
  overrides: Overrides,
  conflicts: string[],
): Set<string> {
  const byItem = new Map<string, Official>();
  const byNameCountry = new Map<string, Official>();
  const holders = new Map<string, { official: Official; role: Role }[]>(); // by "country|office"
  const peopleOfCountry = new Map<string, Set<Official>>();
  for (const o of merged.values()) {
    if (o.wikidata !== undefined) byItem.set(o.wikidata, o);
    for (const r of o.roles) {
      if (r.country === undefined) continue;
      peopleOfCountry.set(r.country, (peopleOfCountry.get(r.country) ?? new Set()).add(o));
      for (const n of [o.name, ...o.aliases]) byNameCountry.set(`${nameKey(n)}|${r.country}`, o);
      if (r.office === undefined) continue;
      const key = `${r.country}|${r.office}`;
      holders.set(key, [...(holders.get(key) ?? []), { official: o, role: r }]);
    }
  }

  /** Another person's term of the same measured office that the role certainly overlaps, described. */
  const conflictOf = (role: Role, self: Official | undefined): string | undefined => {
    if (role.office === undefined) return undefined;
    const other = (holders.get(`${role.country ?? ''}|${role.office}`) ?? []).find(
      (h) => h.official !== self && certainlyOverlap(role, h.role),
    );
    return other === undefined ? undefined : `${other.official.name}, ${describeRole(other.role)}`;
  };

  // A name the registry already gives someone, or two cabinet members share, may be either person: no new record.
  const taken = new Set([...merged.values()].flatMap((o) => [o.name, ...o.aliases]).map(nameKey));
  const itemsByName = new Map<string, Set<string>>();
  for (const p of people) {
    const key = nameKey(withoutParentheses(p.label));
    itemsByName.set(key, (itemsByName.get(key) ?? new Set()).add(p.item));
  }

  const added = new Set<string>();
  for (const p of people) {
    const override = overrides.people[p.item] ?? {};
    const name = override.name ?? withoutParentheses(p.label);
    let target =
      byItem.get(p.item) ??
      (override.id === undefined ? undefined : merged.get(override.id)) ??
      p.roles.map((r) => byNameCountry.get(`${nameKey(name)}|${r.country ?? ''}`)).find((o) => o !== undefined) ??
      p.roles
        .flatMap((r) =>
          (holders.get(`${r.country ?? ''}|${r.office ?? ''}`) ?? []).filter((h) =>
            sameHolder(name, r, h.official, h.role),
          ),
        )
        .map((h) => h.official)[0];
    if (target === undefined) {
      // A record of its own only for a holder of a measured office (the offices): each record costs the
      // matcher every build thread builds, and with all 7,648 people of the extract loading the registry and
      // building the matcher took 370-400 ms of CPU against a goal of 300 (`npm run bench`); with the 3,697
      // ministers, prime ministers and chiefs of staff among them, about 350. The others' terms still join the
      // records already on file.
      if (!p.roles.some((r) => r.office !== undefined)) continue;
      if (/^Q\d+$/.test(name) || tooCommonName(name)) continue;
      if (externalNames.has(nameKey(name)) || reservedNames.has(normaliseAlias(name))) continue;
      if (taken.has(nameKey(name)) || (itemsByName.get(nameKey(name))?.size ?? 0) > 1) continue;
      const countries = new Set(p.roles.map((r) => r.country ?? ''));
      const near = [...countries].some((c) =>
        [...(peopleOfCountry.get(c) ?? [])].some((o) => [o.name, ...o.aliases].some((n) => nameWithin(name, n))),
      );
      if (near) continue;
      target = newDatasetOfficial(name, p, override, usedIds, { roles: [], sources: [] });
      merged.set(target.id, target);
      added.add(target.id);
      byItem.set(p.item, target);
      for (const r of p.roles) byNameCountry.set(`${nameKey(name)}|${r.country ?? ''}`, target);
    }
    let used = false;
    for (const role of p.roles) {
      if (target.roles.some((r) => sameTermAs(role, r))) continue;
      const conflict = conflictOf(role, target);
      if (conflict !== undefined) {
        conflicts.push(`${target.name}, ${describeRole(role)}: overlaps ${conflict}`);
        delete role.office;
      }
      target.roles.push(role);
      used = true;
    }
    if (!used) continue;
    target.wikidata ??= p.item;
    const key = `wikidata:${p.item}`;
    if (!(target.sources ?? []).includes(key)) target.sources = [...(target.sources ?? []), key];
  }
  return added;
}
