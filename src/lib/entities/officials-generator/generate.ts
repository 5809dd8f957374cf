/**
 * The pure half of the officials generator (`src/cli/generate-officials.ts` reads the inputs and writes the files):
 * turns the Wikidata extracts, the hand-curated records and terms, and the overrides into one record per person,
 * grouped into one output file per country. No file system, no clock.
 */
import type { Country, Official } from '../types.ts';
import { addCabinetPeople, cabinetPeople, commonGivenNamePressForm, tooCommonName } from './cabinets.ts';
import { generatedDescription } from './descriptions.ts';
import { countryResolver, peopleFromRows } from './extracts.ts';
import { homeCountry } from './home-country.ts';
import type { CabinetRow, CabinetSnapshot, CuratedTerm, HolderRow, Overrides } from './inputs.ts';
import { addCuratedTerms, addDatasetPeople, nameKey } from './merge.ts';
import { dropClashingNames } from './name-clashes.ts';
import { normaliseAlias } from '../registry.ts';
import { officeFromTitle } from './offices.ts';
import { outputFiles, type OutputFile } from './output.ts';
import { distinctiveSurname, generatedAliases } from './press-names.ts';
import { compareRoles } from './terms.ts';

interface Inputs {
  countries: Country[];
  heads: HolderRow[];
  international: HolderRow[];
  curated: { file: string; official: Official }[];
  /** Terms written by hand in CSV, for offices and years the extracts do not cover. */
  terms?: CuratedTerm[];
  /** `sources/wikidata-cabinets.csv` and its snapshots: every member of a country's cabinets (cabinets.ts). */
  cabinets?: { rows: CabinetRow[]; snapshots: CabinetSnapshot[] };
  /** Receives the cabinet terms that overlap another person's term of the same office (kept without the office). */
  onConflict?: (message: string) => void;
  /**
   * Officials kept in hand-written files this generator does not write (armed-group people): anyone of the same
   * name is left to that file, and reported.
   */
  external?: Official[];
  /**
   * Names and aliases of the registered armed groups: a generated short name equal to one of them, or to one
   * without its generic last word, is dropped, as the group owns it ("Wagner" is the Wagner Group, not a minister
   * whose surname is Wagner).
   */
  militiaNames?: string[];
  overrides: Overrides;
}

/**
 * Builds the output files from the inputs. Hand-written records keep their ids, names and files; the extracts'
 * people, then the curated terms, add to them or become generated records, which get their aliases, description
 * and short name from the rules of this folder, all three and the file by one home country (home-country.ts).
 */
export function generateOfficials(inputs: Inputs): OutputFile[] {
  const { countries, overrides } = inputs;
  const countryById = new Map(countries.map((c) => [c.id, c]));
  const dataset = peopleFromRows(
    [...inputs.heads, ...inputs.international],
    overrides,
    countryResolver(countries, overrides),
  );

  const merged = new Map<string, Official>(); // by id
  const fileOfId = new Map<string, string>();
  for (const { official, file } of inputs.curated) {
    merged.set(official.id, structuredClone(official));
    fileOfId.set(official.id, file);
  }
  const external = inputs.external ?? [];
  const usedIds = new Set([...merged.keys(), ...external.map((o) => o.id)]);
  const externalNames = new Set(external.flatMap((o) => [o.name, ...o.aliases].map(nameKey)));
  const handWritten = inputs.curated.map((c) => c.official);
  const fixedAliases = addDatasetPeople(dataset, handWritten, merged, usedIds, externalNames, overrides);
  const terms = (inputs.terms ?? []).filter((t) => !externalNames.has(nameKey(t.name)));
  addCuratedTerms(terms, merged, usedIds, countryById, overrides);
  const cabinetIds = new Set<string>();
  if (inputs.cabinets !== undefined) {
    const reserved = new Set(
      [...(inputs.militiaNames ?? []), ...countries.flatMap((c) => [c.name, ...c.aliases, ...c.demonyms])].map(
        normaliseAlias,
      ),
    );
    const conflicts: string[] = [];
    const people = cabinetPeople(inputs.cabinets.rows, inputs.cabinets.snapshots, countryById, overrides);
    for (const id of addCabinetPeople(people, merged, usedIds, externalNames, reserved, overrides, conflicts)) {
      cabinetIds.add(id);
      const item = merged.get(id)?.wikidata;
      if (item !== undefined && overrides.people[item]?.aliases !== undefined) fixedAliases.add(id);
    }
    for (const c of conflicts) inputs.onConflict?.(c);
  }

  const handWrittenIds = new Set(handWritten.map((o) => o.id));
  // A hand-written role that does not name its office takes the one its title names. A role held in one service
  // branch (the Nigerian Army's Chief of Army Staff, beside a Chief of Defence Staff) heads that branch, not the
  // armed forces: where it is the country's measured office, the record names the office itself.
  for (const id of handWrittenIds) {
    for (const role of merged.get(id)?.roles ?? []) {
      if (role.office !== undefined || role.country === undefined || isServiceBranch(role.organisation)) continue;
      const office = officeFromTitle(role.title, overrides);
      if (office !== undefined) role.office = office;
    }
  }
  const homeOfId = new Map<string, string | undefined>();
  for (const o of merged.values()) {
    if (handWrittenIds.has(o.id)) continue;
    o.roles.sort(compareRoles);
    const override = o.wikidata === undefined ? undefined : overrides.people[o.wikidata];
    const home = homeCountry(o.roles, override?.homeCountry, o);
    homeOfId.set(o.id, home);
    if (!fixedAliases.has(o.id)) o.aliases = generatedAliases(o.name, o.roles, home);
    if (override?.shortNames === undefined) {
      const surname = distinctiveSurname(o.name, home);
      o.shortNames = surname === undefined ? [] : [surname];
    }
    // Known only from a cabinet list: no short name (among thousands of ministers, a surname after a title such as
    // "Governor" is too often someone else's), no press form made of common given names ("Hassan Ibrahim") and
    // none of a common given name and one more word ("Ibrahim Issa").
    if (cabinetIds.has(o.id)) {
      if (override?.shortNames === undefined) o.shortNames = [];
      if (!fixedAliases.has(o.id)) {
        o.aliases = o.aliases.filter((a) => !tooCommonName(a) && !commonGivenNamePressForm(a));
      }
    }
    if (o.description === '') o.description = generatedDescription(o.roles, home, countryById);
  }
  const cabinetNames = new Map([...cabinetIds].map((id) => [id, merged.get(id)?.name]));
  dropClashingNames(
    [...merged.values()],
    countries,
    inputs.militiaNames ?? [],
    (o) => !handWrittenIds.has(o.id),
    (o) => cabinetIds.has(o.id),
  );
  // A cabinet member whose name another record's press form already has ("Amadou Coulibaly" of "Amadou Gon
  // Coulibaly") could not be told apart by it: dropped rather than renamed.
  for (const [id, name] of cabinetNames) if (merged.get(id)?.name !== name) merged.delete(id);
  return outputFiles(merged.values(), fileOfId, homeOfId, countryById);
}

const SERVICE_BRANCH = /\b(Army|Navy|Air Force|Police)$/;

/** An organisation that is one branch of a state's forces ("Nigerian Army"), not the armed forces as a whole. */
function isServiceBranch(organisation: string | undefined): boolean {
  return organisation !== undefined && SERVICE_BRANCH.test(organisation);
}
