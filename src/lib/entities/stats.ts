/**
 * Coverage of the registry, for curators (`npm run entities -- stats`): how many entities of each kind every
 * region has, which of the measured state offices (STATE_OFFICES) have no holder on record on a given date, and
 * which have more than one (usually a term left open by mistake, which would show the wrong person in office).
 * An office the country's record says another office holds (`stateOffices.heldBy`) or that it does not have
 * (`stateOffices.noSuchOffice`) or left vacant since a date on or before the given one (`stateOffices.vacant`) is
 * never missing: it is listed apart; one it says several people hold at once (`stateOffices.heldJointly`) is never
 * a conflict. It also lists the armed groups with nobody on record as their leader, commander or spokesperson.
 *
 * A term a source knows only up to a date (`lastAttested`, a dataset's snapshot) never makes anyone a holder on a
 * later date. An office nobody holds on record whose last attested holder (one nobody is on record as having
 * replaced since) was attested on or after a cut-off is counted apart, "on record as of" that date; an older
 * attestation leaves the office missing, with the last holder on record named for curators.
 * Pure: the date is an argument.
 */
import { STATE_OFFICES, type StateOffice } from './registry.ts';
import { addOfficeTerms, lastAttestedTerms, officeTermsKey, rolesOn, vacanciesOn, type Term } from './roles.ts';
import type { Country, Entity, EntityKind, Militia, Official } from './types.ts';

/** Region of entities with no country on record (international officials, groups without `operatesIn`). */
export const NO_REGION = '(no country on record)';

export interface RegistryStats {
  totals: Record<EntityKind, number>;
  /** Region → entities of each kind with a country there; a group active in two regions counts in both. */
  regions: Map<string, Record<EntityKind, number>>;
  /** Countries, in name order, with the offices that have no holder on `date`. */
  officeGaps: OfficeGaps[];
  /**
   * Offices with more than one holder on record on `date`, in country name order, then STATE_OFFICES order; an
   * office the country's record says is held jointly (`stateOffices.heldJointly`) is not one.
   */
  officeConflicts: OfficeConflict[];
  /** Armed groups with no leader, commander or spokesperson on record (`leaders` empty), in name order. */
  leaderlessGroups: Militia[];
}

/**
 * How long an attestation says something about today: a holder of a foreign, defence or interior ministry or of the
 * armed forces in office on a given day was still in office 18 months later about half the time (the registry's
 * 668 terms of those offices since 2000 with dates to the month, November 2026: 65 % after one year, 53 % after 18
 * months, 43 % after two, 21 % after four). Older than that, the holder has more likely gone than not, so the
 * office counts as missing.
 */
export const ATTESTATION_MONTHS = 18;

/** The day `months` months before a YYYY-MM-DD date (the last day of a shorter month). */
export function monthsBefore(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) - months;
  const [y, m] = [Math.floor(index / 12), (index % 12) + 1];
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
}

/** An office's last holder on record in a term its source knows only up to `asOf`. */
export interface AttestedHolder {
  office: StateOffice;
  holder: Official;
  /** The role's `lastAttested` date. */
  asOf: string;
}

export interface OfficeConflict {
  country: Country;
  office: StateOffice;
  /** Everyone on record as holding the office on the date, in name order. */
  holders: Official[];
}

export interface OfficeGaps {
  country: Country;
  /** Offices with no holder on record on the date and none attested on or after the cut-off. */
  missing: StateOffice[];
  /**
   * Offices with no holder on record on the date whose last holder on record was attested on or after the cut-off:
   * "on record as of" that date, not known to hold it on the date.
   */
  attested: AttestedHolder[];
  /** Of the missing offices, those with a last holder on record attested before the cut-off, for curators. */
  lastOnRecord: AttestedHolder[];
  /** Offices with no holder of their own on record that the holder of another office holds by the constitution. */
  heldBy: { office: StateOffice; by: StateOffice }[];
  /** Offices the country does not have. */
  noSuchOffice: StateOffice[];
  /** Offices with no holder on record that the country's record says are vacant on the date, and since when. */
  vacant: { office: StateOffice; since: string }[];
}

/**
 * `attestedSince` is the cut-off for counting an office "on record as of" a date (by default ATTESTATION_MONTHS
 * before `date`).
 */
export function registryStats(
  entities: readonly Entity[],
  date: string,
  attestedSince: string = monthsBefore(date, ATTESTATION_MONTHS),
): RegistryStats {
  const countries = entities.filter((e): e is Country => e.kind === 'country');
  const regionOf = new Map(countries.map((c) => [c.id, c.region ?? NO_REGION]));
  const totals: Record<EntityKind, number> = { militia: 0, country: 0, official: 0 };
  const regions = new Map<string, Record<EntityKind, number>>();
  const count = (region: string, kind: EntityKind) => {
    let row = regions.get(region);
    if (row === undefined) regions.set(region, (row = { militia: 0, country: 0, official: 0 }));
    row[kind]++;
  };
  /** Country id → office → the officials holding it on `date`. */
  const held = new Map<string, Map<StateOffice, Set<Official>>>();
  /** "country|office" → every term of the office on record. */
  const terms = new Map<string, Term[]>();

  for (const e of entities) {
    totals[e.kind]++;
    const countryIds =
      e.kind === 'country'
        ? [e.id]
        : e.kind === 'militia'
          ? e.operatesIn
          : e.roles.flatMap((r) => (r.country === undefined ? [] : [r.country]));
    const inRegions = new Set(countryIds.map((id) => regionOf.get(id) ?? NO_REGION));
    if (inRegions.size === 0) inRegions.add(NO_REGION);
    for (const region of inRegions) count(region, e.kind);
    if (e.kind === 'official') {
      addOfficeTerms(terms, e);
      for (const role of rolesOn(e, date)) {
        if (role.office === undefined || role.country === undefined) continue;
        let offices = held.get(role.country);
        if (offices === undefined) held.set(role.country, (offices = new Map()));
        let holders = offices.get(role.office);
        if (holders === undefined) offices.set(role.office, (holders = new Set()));
        holders.add(e);
      }
    }
  }

  const byName = [...countries].sort((a, b) => a.name.localeCompare(b.name));
  const officeGaps = byName.map((country): OfficeGaps => {
    const unheld = STATE_OFFICES.filter((office) => !(held.get(country.id)?.has(office) ?? false));
    const heldByMap = country.stateOffices?.heldBy ?? {};
    const absent = new Set(country.stateOffices?.noSuchOffice ?? []);
    const vacancies = vacanciesOn(country, date).filter((v) => unheld.includes(v.office));
    const vacantOffices = new Set(vacancies.map((v) => v.office));
    const unexplained = unheld.filter(
      (office) => heldByMap[office] === undefined && !absent.has(office) && !vacantOffices.has(office),
    );
    const lastHolders = unexplained.flatMap((office): AttestedHolder[] => {
      const [last] = lastAttestedTerms(terms.get(officeTermsKey(country.id, office)) ?? [], date);
      return last === undefined ? [] : [{ office, holder: last.official, asOf: last.role.lastAttested ?? '' }];
    });
    const attested = lastHolders.filter((h) => h.asOf >= attestedSince);
    return {
      country,
      missing: unexplained.filter((office) => !attested.some((h) => h.office === office)),
      attested,
      lastOnRecord: lastHolders.filter((h) => h.asOf < attestedSince),
      heldBy: unheld.flatMap((office) => {
        const by = heldByMap[office];
        return by === undefined ? [] : [{ office, by }];
      }),
      noSuchOffice: unheld.filter((office) => absent.has(office)),
      vacant: vacancies.map(({ office, since }) => ({ office, since })),
    };
  });
  const officeConflicts = byName.flatMap((country) =>
    STATE_OFFICES.flatMap((office): OfficeConflict[] => {
      const holders = [...(held.get(country.id)?.get(office) ?? [])];
      if (holders.length < 2 || (country.stateOffices?.heldJointly.includes(office) ?? false)) return [];
      return [{ country, office, holders: holders.sort((a, b) => a.name.localeCompare(b.name)) }];
    }),
  );
  const leaderlessGroups = entities
    .filter((e): e is Militia => e.kind === 'militia' && e.leaders.length === 0)
    .sort((a, b) => a.name.localeCompare(b.name));
  return { totals, regions, officeGaps, officeConflicts, leaderlessGroups };
}
