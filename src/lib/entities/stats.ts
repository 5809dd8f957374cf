/**
 * Coverage of the registry, for curators (`npm run entities -- stats`): how many entities of each kind every
 * region has, which of the measured state offices (STATE_OFFICES) have no holder on record on a given date, and
 * which have more than one (usually a term left open by mistake, which would show the wrong person in office).
 * An office the country's record says another office holds (`stateOffices.heldBy`) or that it does not have
 * (`stateOffices.noSuchOffice`) or left vacant since a date on or before the given one (`stateOffices.vacant`) is
 * never missing: it is listed apart; one it says several people hold at once (`stateOffices.heldJointly`) is never
 * a conflict. It also lists the armed groups with nobody on record as their leader, commander or spokesperson.
 * Pure: the date is an argument.
 */
import { STATE_OFFICES, type StateOffice } from './registry.ts';
import { rolesOn, vacanciesOn } from './roles.ts';
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

export interface OfficeConflict {
  country: Country;
  office: StateOffice;
  /** Everyone on record as holding the office on the date, in name order. */
  holders: Official[];
}

export interface OfficeGaps {
  country: Country;
  /** Offices with no holder on record on the date. */
  missing: StateOffice[];
  /** Offices with no holder of their own on record that the holder of another office holds by the constitution. */
  heldBy: { office: StateOffice; by: StateOffice }[];
  /** Offices the country does not have. */
  noSuchOffice: StateOffice[];
  /** Offices with no holder on record that the country's record says are vacant on the date, and since when. */
  vacant: { office: StateOffice; since: string }[];
}

export function registryStats(entities: readonly Entity[], date: string): RegistryStats {
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
    return {
      country,
      missing: unheld.filter(
        (office) => heldByMap[office] === undefined && !absent.has(office) && !vacantOffices.has(office),
      ),
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
