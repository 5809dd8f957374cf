/**
 * Where the records go and how they are written: one file per country under its region's folder
 * (`africa/kenya.yaml`), international people in `international/organisations.yaml`, hand-written records in the
 * file they came from; fields in a fixed order so the committed files only change when the data does.
 */
import type { Country, Official } from '../types.ts';
import { compareRoles } from './terms.ts';

export interface OutputFile {
  /** Path relative to the officials folder, such as "africa/kenya.yaml". */
  path: string;
  officials: Official[];
}

/** Registry region folder for each world-countries subregion. */
const REGION_OF_SUBREGION: Record<string, string> = {
  'Central America': 'north-america',
  'North America': 'north-america',
  'the Caribbean': 'north-america',
  'South America': 'south-america',
  'Central Asia': 'asia',
  'Eastern Asia': 'asia',
  'South-Eastern Asia': 'asia',
  'Southern Asia': 'asia',
  'Western Asia': 'middle-east',
  'Central Europe': 'europe',
  'Eastern Europe': 'europe',
  'Northern Europe': 'europe',
  'Southeast Europe': 'europe',
  'Southern Europe': 'europe',
  'Western Europe': 'europe',
  'Eastern Africa': 'africa',
  'Middle Africa': 'africa',
  'Northern Africa': 'africa',
  'Southern Africa': 'africa',
  'Western Africa': 'africa',
  Melanesia: 'oceania',
  Micronesia: 'oceania',
  Polynesia: 'oceania',
  Oceania: 'oceania',
};
/** Countries placed against their subregion, following the archive's own grouping. */
const REGION_EXCEPTIONS: Record<string, string> = {
  egypt: 'middle-east',
  armenia: 'europe',
  azerbaijan: 'europe',
  georgia: 'europe',
  cyprus: 'europe',
  afghanistan: 'asia',
  iran: 'middle-east',
};

/** A country's region folder, from the subregion its description names ("Country in Eastern Africa; ..."). */
export function regionOf(country: Country): string {
  const exception = REGION_EXCEPTIONS[country.id];
  if (exception !== undefined) return exception;
  const m = /\bin (?:the )?(\p{Lu}[^;.,]+?)(?:[;.,]| that | on | claiming |$)/u.exec(country.description);
  const sub = m?.[1] ?? '';
  return REGION_OF_SUBREGION[sub] ?? REGION_OF_SUBREGION[`the ${sub}`] ?? 'international';
}

/** Where a generated record goes: the file of its home country (see home-country.ts), or the international file. */
function fileFor(home: string | undefined, countryById: Map<string, Country>): string {
  const country = home === undefined ? undefined : countryById.get(home);
  if (country === undefined) return 'international/organisations.yaml';
  return `${regionOf(country)}/${country.id}.yaml`;
}

/**
 * The records grouped into their files, ids in order within a file and files in path order; `fileOfId` gives the
 * file of each hand-written record, `homeOfId` the home country of each generated one.
 */
export function outputFiles(
  officials: Iterable<Official>,
  fileOfId: Map<string, string>,
  homeOfId: Map<string, string | undefined>,
  countryById: Map<string, Country>,
): OutputFile[] {
  const files = new Map<string, Official[]>();
  for (const official of officials) {
    official.roles.sort(compareRoles);
    const path = fileOfId.get(official.id) ?? fileFor(homeOfId.get(official.id), countryById);
    const list = files.get(path) ?? [];
    list.push(official);
    files.set(path, list);
  }
  return [...files.entries()]
    .map(([path, officials]) => ({ path, officials: officials.sort((a, b) => (a.id < b.id ? -1 : 1)) }))
    .sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** A record as written to YAML: fields in a fixed order, optional ones only when set. */
export function yamlRecord(o: Official): Record<string, unknown> {
  const out: Record<string, unknown> = { id: o.id, kind: o.kind, name: o.name };
  out['aliases'] = o.aliases;
  out['shortNames'] = o.shortNames;
  out['description'] = o.description;
  out['roles'] = o.roles.map((r) => {
    const role: Record<string, unknown> = { title: r.title };
    if (r.office !== undefined) role['office'] = r.office;
    if (r.organisation !== undefined) role['organisation'] = r.organisation;
    if (r.country !== undefined) role['country'] = r.country;
    role['start'] = r.start;
    if (r.end !== undefined) role['end'] = r.end;
    if (r.lastAttested !== undefined) role['lastAttested'] = r.lastAttested;
    return role;
  });
  if (o.wikidata !== undefined) out['wikidata'] = o.wikidata;
  if (o.reviewed !== undefined) out['reviewed'] = o.reviewed;
  out['sources'] = o.sources ?? [];
  return out;
}
