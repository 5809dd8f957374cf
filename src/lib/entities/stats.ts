/**
 * Coverage of the registry, for curators (`npm run entities -- stats`): how many entities of each kind every
 * region has, and which of the measured state offices (STATE_OFFICES) have no holder on record on a given date.
 * An office the country's record says another office holds (`stateOffices.heldBy`) or that it does not have
 * (`stateOffices.noSuchOffice`) is never missing: it is listed apart. Pure: the date is an argument.
 */
import { STATE_OFFICES, type StateOffice } from './registry.ts';
import { rolesOn } from './roles.ts';
import type { Country, Entity, EntityKind } from './types.ts';

/** Region of entities with no country on record (international officials, groups without `operatesIn`). */
export const NO_REGION = '(no country on record)';

export interface RegistryStats {
  totals: Record<EntityKind, number>;
  /** Region → entities of each kind with a country there; a group active in two regions counts in both. */
  regions: Map<string, Record<EntityKind, number>>;
  /** Countries, in name order, with the offices that have no holder on `date`. */
  officeGaps: OfficeGaps[];
}

export interface OfficeGaps {
  country: Country;
  /** Offices with no holder on record on the date. */
  missing: StateOffice[];
  /** Offices with no holder of their own on record that the holder of another office holds by the constitution. */
  heldBy: { office: StateOffice; by: StateOffice }[];
  /** Offices the country does not have. */
  noSuchOffice: StateOffice[];
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
  const held = new Map<string, Set<StateOffice>>();

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
        if (offices === undefined) held.set(role.country, (offices = new Set()));
        offices.add(role.office);
      }
    }
  }

  const officeGaps = countries
    .map((country): OfficeGaps => {
      const unheld = STATE_OFFICES.filter((office) => !(held.get(country.id)?.has(office) ?? false));
      const heldByMap = country.stateOffices?.heldBy ?? {};
      const absent = new Set(country.stateOffices?.noSuchOffice ?? []);
      return {
        country,
        missing: unheld.filter((office) => heldByMap[office] === undefined && !absent.has(office)),
        heldBy: unheld.flatMap((office) => {
          const by = heldByMap[office];
          return by === undefined ? [] : [{ office, by }];
        }),
        noSuchOffice: unheld.filter((office) => absent.has(office)),
      };
    })
    .sort((a, b) => a.country.name.localeCompare(b.country.name));
  return { totals, regions, officeGaps };
}
