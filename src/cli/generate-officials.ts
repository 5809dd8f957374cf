/**
 * Writes the state officials of the registry, `src/data/entities/officials/<region>/<country>.yaml` (and
 * `officials/international/organisations.yaml`), from two Wikidata extracts (CC0, see ATTRIBUTION.md) and the
 * hand-curated records:
 *
 * - `sources/wikidata-heads.csv`: heads of state and government of every country, as Wikidata listed them in the
 *   snapshots of the every-politician-scrapers "world-leaders-2021" query (2021 to 2026);
 * - `sources/wikidata-international.csv`: holders of a few UN offices;
 * - `officials-curated/**.yaml`: records written by hand (full records; they keep their ids and win over the data);
 * - `officials.overrides.yaml`: corrections to the extracts (names, aliases, exclusions, offices of positions).
 *
 * A curated record and a dataset person are the same official when their Wikidata ids match, or when their names
 * match and they held office in the same country; the dataset then only adds the roles the curated record lacks.
 * `officials/armed-groups/` is written by hand and never touched. The output is committed; rerun after changing
 * any input:
 *
 *   node src/cli/generate-officials.ts [--check]
 *
 * With --check it writes nothing and exits 1 when a committed file is out of date or a generated file is stale.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { parse, stringify } from 'yaml';
import {
  generateOfficials,
  parseCsv,
  type CuratedTerm,
  type HolderRow,
  type OutputFile,
  type Overrides,
} from '../lib/entities/officials-generator.ts';
import { officialSchema, STATE_OFFICES } from '../lib/entities/registry.ts';
import type { Country, Official } from '../lib/entities/types.ts';

const dataDir = fileURLToPath(new URL('../data/entities/', import.meta.url));
const OFFICIALS_DIR = join(dataDir, 'officials');
const CURATED_DIR = join(dataDir, 'officials-curated');
const HAND_WRITTEN = new Set(['armed-groups']);

function readHeads(path: string): HolderRow[] {
  const [header, ...rows] = parseCsv(readFileSync(path, 'utf8'));
  const col = (name: string) => {
    const i = header!.indexOf(name);
    if (i < 0) throw new Error(`${path}: no column "${name}"`);
    return i;
  };
  const c = {
    countryItem: col('countryid'),
    countryLabel: col('country'),
    position: col('position'),
    positionLabel: col('positionLabel'),
    person: col('person'),
    personLabel: col('personLabel'),
    start: col('start'),
    end: col('end'),
    lastSeen: col('lastSeen'),
  };
  return rows.map((r) => ({
    countryItem: r[c.countryItem] ?? '',
    countryLabel: r[c.countryLabel] ?? '',
    position: r[c.position] ?? '',
    positionLabel: r[c.positionLabel] ?? '',
    person: r[c.person] ?? '',
    personLabel: r[c.personLabel] ?? '',
    start: r[c.start] ?? '',
    end: r[c.end] ?? '',
    lastSeen: r[c.lastSeen] ?? '',
  }));
}

/** holders21.csv: position,person,personID,start,end with full dates. */
function readInternational(path: string): HolderRow[] {
  const [, ...rows] = parseCsv(readFileSync(path, 'utf8'));
  return rows.map(([position = '', person = '', item = '', start = '', end = '']) => ({
    countryItem: '',
    countryLabel: '',
    position,
    positionLabel: position,
    person: item,
    personLabel: person,
    start: start.slice(0, 4),
    end: end.slice(0, 4),
    lastSeen: '',
  }));
}

function readExternal(): Official[] {
  const out: Official[] = [];
  for (const folder of HAND_WRITTEN) {
    const dir = join(OFFICIALS_DIR, folder);
    for (const file of listYaml(dir)) {
      const records = parse(readFileSync(join(dir, file), 'utf8')) as unknown[] | null;
      for (const record of records ?? []) {
        const result = officialSchema.safeParse(record);
        if (result.success) out.push(result.data as Official);
      }
    }
  }
  return out;
}

function readTerms(): CuratedTerm[] {
  const out: CuratedTerm[] = [];
  for (const file of readdirSync(CURATED_DIR)
    .filter((n) => n.endsWith('.csv'))
    .sort()) {
    const [header, ...rows] = parseCsv(readFileSync(join(CURATED_DIR, file), 'utf8'));
    const want = ['country', 'title', 'office', 'name', 'start', 'end', 'source'];
    if (header?.join(',') !== want.join(','))
      throw new Error(`officials-curated/${file}: header must be ${want.join(',')}`);
    rows.forEach((r, i) => {
      if (r.length === 1 && r[0] === '') return;
      const [country = '', title = '', office = '', name = '', start = '', end = '', source = ''] = r;
      const line = `officials-curated/${file} line ${i + 2}`;
      if (office !== '' && !(STATE_OFFICES as readonly string[]).includes(office)) {
        throw new Error(`${line}: office must be empty or one of ${STATE_OFFICES.join(', ')}`);
      }
      if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(start) || (end !== '' && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(end))) {
        throw new Error(`${line}: start and end must be YYYY, YYYY-MM or YYYY-MM-DD`);
      }
      if (name === '' || title === '' || !source.startsWith('https://')) {
        throw new Error(`${line}: name, title and an https source are required`);
      }
      out.push({ country, title, office, name, start, end, source });
    });
  }
  return out;
}

function listYaml(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((n) => n.endsWith('.yaml'))
    .sort();
}

/** Names and aliases of every registered armed group, which generated short names must not take. */
function readMilitiaNames(): string[] {
  const dir = join(dataDir, 'militias');
  const names: string[] = [];
  for (const file of listYaml(dir)) {
    const records = parse(readFileSync(join(dir, file), 'utf8')) as { name?: string; aliases?: string[] }[] | null;
    for (const r of records ?? []) names.push(...(r.name === undefined ? [] : [r.name]), ...(r.aliases ?? []));
  }
  return names;
}

function readCurated(): { file: string; official: Official }[] {
  const out: { file: string; official: Official }[] = [];
  for (const file of listYaml(CURATED_DIR)) {
    const records = parse(readFileSync(join(CURATED_DIR, file), 'utf8')) as unknown[] | null;
    (records ?? []).forEach((record, i) => {
      const result = officialSchema.safeParse(record);
      if (!result.success) {
        const issue = result.error.issues[0];
        throw new Error(
          `officials-curated/${file} #${i}, field "${issue?.path.join('.') ?? ''}": ${issue?.message ?? ''}`,
        );
      }
      out.push({ file, official: result.data as Official });
    });
  }
  return out;
}

const HEADER = [
  '# GENERATED by src/cli/generate-officials.ts; do not edit: change officials-curated/ (hand-written records) or',
  '# officials.overrides.yaml (corrections to the data) and rerun. Records with "wikidata:Q…" sources come from',
  '# Wikidata (CC0) as extracted in sources/; see ATTRIBUTION.md in the parent folder.',
  '',
].join('\n');

function cleanRecord(o: Official): Record<string, unknown> {
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
    return role;
  });
  if (o.wikidata !== undefined) out['wikidata'] = o.wikidata;
  if (o.reviewed !== undefined) out['reviewed'] = o.reviewed;
  out['sources'] = o.sources ?? [];
  return out;
}

async function render(file: OutputFile, target: string): Promise<string> {
  const options = (await resolveConfig(target)) ?? {};
  const body = stringify(file.officials.map(cleanRecord), { lineWidth: 0, defaultStringType: 'PLAIN' });
  return format(HEADER + body, { ...options, filepath: target });
}

function generatedFilesOnDisk(): string[] {
  let names: string[];
  try {
    names = listYaml(OFFICIALS_DIR);
  } catch {
    return [];
  }
  return names.filter((n) => !HAND_WRITTEN.has(n.split(/[\\/]/)[0]!));
}

async function main(): Promise<void> {
  const countries = parse(readFileSync(join(dataDir, 'countries.yaml'), 'utf8')) as Country[];
  const overrides = parse(readFileSync(join(dataDir, 'officials.overrides.yaml'), 'utf8')) as Overrides;
  const files = generateOfficials({
    countries,
    heads: readHeads(join(dataDir, 'sources/wikidata-heads.csv')),
    international: readInternational(join(dataDir, 'sources/wikidata-international.csv')),
    curated: readCurated(),
    terms: readTerms(),
    external: readExternal(),
    militiaNames: readMilitiaNames(),
    overrides,
  });
  const check = process.argv.includes('--check');
  const wanted = new Set(files.map((f) => f.path));
  const problems: string[] = [];
  let written = 0;
  for (const file of files) {
    const target = join(OFFICIALS_DIR, file.path);
    const out = await render(file, target);
    let current = '';
    try {
      current = readFileSync(target, 'utf8');
    } catch {
      // missing counts as out of date
    }
    if (current === out) continue;
    if (check) problems.push(`officials/${file.path} is out of date`);
    else {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, out);
      written++;
    }
  }
  for (const stale of generatedFilesOnDisk().filter((p) => !wanted.has(p))) {
    if (check) problems.push(`officials/${stale} is no longer generated`);
    else rmSync(join(OFFICIALS_DIR, stale));
  }
  const total = files.reduce((n, f) => n + f.officials.length, 0);
  if (check) {
    if (problems.length > 0) {
      console.error(`${problems.join('\n')}\nrun: node src/cli/generate-officials.ts`);
      process.exit(1);
    }
    console.log(`officials/ is up to date (${total} officials in ${files.length} files)`);
    return;
  }
  console.log(
    `wrote ${written} of ${files.length} files, ${total} officials, to ${relative(process.cwd(), OFFICIALS_DIR)}`,
  );
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) await main();
