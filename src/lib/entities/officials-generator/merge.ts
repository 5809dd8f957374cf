/**
 * One record per person: the people of the extracts and the curated CSV terms are matched to the records already
 * built (hand-written ones first) and add their terms there, or become new records. Records are keyed by id in
 * `merged`; `usedIds` holds every id taken, the hand-written armed-group people's included.
 */
import { asciiSlug } from '../../slug.ts';
import type { StateOffice } from '../registry.ts';
import type { Country, Official, Role } from '../types.ts';
import type { DatasetPerson } from './extracts.ts';
import type { CuratedTerm, Overrides } from './inputs.ts';
import { officeOf } from './offices.ts';
import { addTerm } from './terms.ts';

/** Names compared for "same person": case, diacritics and punctuation folded ("Nguyễn Xuân Phúc" = "Nguyen Xuan Phuc"). */
export function nameKey(name: string): string {
  return asciiSlug(name);
}

/**
 * A new record for a dataset person under `name`, with the overrides' id, names and description. Its id is not yet
 * in `usedIds` (which it joins): the name's slug, then with the person's first country, then with the Wikidata item.
 */
export function newDatasetOfficial(
  name: string,
  person: { item: string; roles: readonly Role[] },
  override: Overrides['people'][string],
  usedIds: Set<string>,
  record: Pick<Official, 'roles' | 'sources'>,
): Official {
  let id = override.id ?? asciiSlug(name);
  if (usedIds.has(id)) id = `${id}-${person.roles[0]?.country ?? 'intl'}`;
  if (usedIds.has(id)) id = `${id}-${person.item.toLowerCase()}`;
  usedIds.add(id);
  return {
    id,
    kind: 'official',
    name,
    aliases: override.aliases ?? [],
    shortNames: override.shortNames ?? [],
    description: override.description ?? '',
    roles: record.roles,
    wikidata: person.item,
    sources: record.sources,
  };
}

function hasCountryRole(o: Official): boolean {
  return o.roles.some((r) => r.country !== undefined);
}

/**
 * Adds the people of the extracts. A person is an existing record when their Wikidata ids match, when the
 * overrides give the record's id, or when a name matches and both held office in the same country (by name alone
 * for a hand-written record with no office in a country); the person then only adds terms and the dataset as a
 * source. Anyone else becomes a new record, named by the overrides or the label, unless a hand-written armed-group
 * person (`externalNames`) has the name. Returns the ids of new records whose aliases the overrides give: those
 * are kept as given.
 */
export function addDatasetPeople(
  dataset: DatasetPerson[],
  handWritten: Official[],
  merged: Map<string, Official>,
  usedIds: Set<string>,
  externalNames: Set<string>,
  overrides: Overrides,
): Set<string> {
  const curatedByItem = new Map<string, Official>();
  const curatedByNameCountry = new Map<string, Official>();
  const curatedWithoutCountry = new Map<string, Official>(); // international and armed-group people, by name
  for (const official of handWritten) {
    if (official.wikidata !== undefined) curatedByItem.set(official.wikidata, official);
    for (const n of [official.name, ...official.aliases]) {
      if (!hasCountryRole(official)) curatedWithoutCountry.set(nameKey(n), official);
      for (const r of official.roles) {
        if (r.country !== undefined) curatedByNameCountry.set(`${nameKey(n)}|${r.country}`, official);
      }
    }
  }

  const fixedAliases = new Set<string>();
  for (const p of dataset) {
    const override = overrides.people[p.item] ?? {};
    const name = override.name ?? p.label;
    const curated =
      curatedByItem.get(p.item) ??
      (override.id === undefined ? undefined : merged.get(override.id)) ??
      p.roles
        .map((r) => curatedByNameCountry.get(`${nameKey(name)}|${r.country ?? ''}`))
        .find((o) => o !== undefined) ??
      curatedWithoutCountry.get(nameKey(name));
    if (curated !== undefined) {
      const target = merged.get(curated.id)!;
      target.wikidata ??= p.item;
      for (const role of p.roles) addTerm(target, role);
      const key = `wikidata:${p.item}`;
      if (!(target.sources ?? []).includes(key)) target.sources = [...(target.sources ?? []), key];
      continue;
    }
    if (/^Q\d+$/.test(name)) continue; // no label: cannot be named
    if (externalNames.has(nameKey(name))) continue;
    const official = newDatasetOfficial(name, p, override, usedIds, {
      roles: p.roles,
      sources: [`wikidata:${p.item}`],
    });
    if (override.aliases !== undefined) fixedAliases.add(official.id);
    merged.set(official.id, official);
  }
  return fixedAliases;
}

/**
 * Adds the hand-curated terms: to the record of the same name (or alias) and country when there is one, else as
 * a new record that names the terms' pages as its sources.
 */
export function addCuratedTerms(
  terms: CuratedTerm[],
  merged: Map<string, Official>,
  usedIds: Set<string>,
  countryById: Map<string, Country>,
  overrides: Overrides,
): void {
  const byNameCountry = new Map<string, Official>();
  // International offices carry no country: their holders are found by name alone, when the name is unique.
  const byName = new Map<string, Official | null>();
  const index = (o: Official) => {
    for (const n of [o.name, ...o.aliases]) {
      const key = nameKey(n);
      const other = byName.get(key);
      byName.set(key, other === undefined || other === o ? o : null);
      for (const r of o.roles) byNameCountry.set(`${nameKey(n)}|${r.country ?? ''}`, o);
    }
  };
  for (const o of merged.values()) index(o);
  for (const t of terms) {
    if (t.country !== '' && !countryById.has(t.country)) {
      throw new Error(`curated term of ${t.name}: unknown country "${t.country}"`);
    }
    const role: Role = { title: t.title, start: t.start };
    const office = t.office === '' ? officeOf(t.title, overrides) : (t.office as StateOffice);
    if (office !== undefined) role.office = office;
    if (t.country !== '') role.country = t.country;
    if (t.end !== '') role.end = t.end;
    const key = `${nameKey(t.name)}|${t.country}`;
    const sameName = byName.get(nameKey(t.name)) ?? undefined;
    let target =
      byNameCountry.get(key) ??
      (t.country === '' || (sameName !== undefined && !hasCountryRole(sameName)) ? sameName : undefined);
    if (target === undefined) {
      let id = asciiSlug(t.name);
      if (usedIds.has(id)) id = `${id}-${t.country === '' ? 'intl' : t.country}`;
      usedIds.add(id);
      target = {
        id,
        kind: 'official',
        name: t.name,
        aliases: [],
        shortNames: [],
        description: '',
        roles: [],
        sources: [],
      };
      merged.set(id, target);
    }
    addTerm(target, role, { curated: true });
    if (!(target.sources ?? []).includes(t.source)) target.sources = [...(target.sources ?? []), t.source];
    index(target);
  }
}
