/**
 * Writes `src/data/entities/sources/wikidata-cabinets.csv`, the extract of ministers and other national
 * officeholders that `generate-officials.ts` reads, from local git copies of the every-politician-scrapers
 * per-country repositories (Wikidata, CC0; see ATTRIBUTION.md). It is run by hand when the extract is refreshed,
 * never by the build or the tests, which read the committed CSV only:
 *
 *   node src/cli/extract-wikidata-cabinets.ts <folder of clones>
 *
 * A repository is read from `<folder>/<name>` (a `git clone`) or `<folder>/every-politician-scrapers+<name>/repo`
 * (a bare mirror). Each repository's `html/holders21.csv` (position, person, personID, start, end, … enwiki: every
 * holder of the country's cabinet-level positions that Wikidata records) is read as of the last commit that
 * changed it; that commit and its date (the snapshot) are written per country to `wikidata-cabinets-snapshots.csv`. Terms that ended before 2015 and rows
 * without a person item are left out; the other columns are trimmed to the ones the generator uses.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsv } from '../lib/entities/officials-generator/inputs.ts';

/** every-politician-scrapers repository → registry country id; conflict-affected countries first. */
const REPOSITORIES: [string, string][] = [
  ['afghanistan', 'afghanistan'],
  ['burkina-faso', 'burkina-faso'],
  ['cameroon', 'cameroon'],
  ['central-african-republic', 'central-african-republic'],
  ['congo-kinshasa-ministers', 'dr-congo'],
  ['ethiopia-ministers', 'ethiopia'],
  ['haiti', 'haiti'],
  ['iraq-ministers', 'iraq'],
  ['israel-ministers', 'israel'],
  ['lebanon', 'lebanon'],
  ['libya', 'libya'],
  ['mali', 'mali'],
  ['mozambique', 'mozambique'],
  ['myanmar-ministers', 'myanmar'],
  ['niger-ministers', 'niger'],
  ['nigeria', 'nigeria'],
  ['pakistan-ministers', 'pakistan'],
  ['russia-cabinet', 'russia'],
  ['somalia-cabinet', 'somalia'],
  ['south-sudan', 'south-sudan'],
  ['sudan', 'sudan'],
  ['syria', 'syria'],
  ['ukraine-cabinet', 'ukraine'],
  ['yemen', 'yemen'],
  ['algeria-cabinet', 'algeria'],
  ['angola', 'angola'],
  ['armenia-ministers', 'armenia'],
  ['azerbaijan-cabinet', 'azerbaijan'],
  ['bangladesh-ministers', 'bangladesh'],
  ['belarus-ministers', 'belarus'],
  ['brazil-ministers', 'brazil'],
  ['china-ministers', 'china'],
  ['congo-brazzaville', 'republic-of-the-congo'],
  ['djibouti-ministers', 'djibouti'],
  ['egypt-ministers', 'egypt'],
  ['equatorial-guinea', 'equatorial-guinea'],
  ['france-cabinet', 'france'],
  ['georgia-ministers', 'georgia'],
  ['ghana-ministers', 'ghana'],
  ['guinea', 'guinea'],
  ['india-ministers', 'india'],
  ['indonesia-ministers', 'indonesia'],
  ['iran-ministers', 'iran'],
  ['ivory-coast', 'ivory-coast'],
  ['kenya', 'kenya'],
  ['kuwait-ministers', 'kuwait'],
  ['liberia-ministers', 'liberia'],
  ['mauritania', 'mauritania'],
  ['mexico-ministers', 'mexico'],
  ['morocco-ministers', 'morocco'],
  ['nepal-ministers', 'nepal'],
  ['philippines-ministers', 'philippines'],
  ['rwanda-ministers', 'rwanda'],
  ['saudi-ministers', 'saudi-arabia'],
  ['senegal-ministers', 'senegal'],
  ['sierra-leone', 'sierra-leone'],
  ['sri-lanka-cabinet', 'sri-lanka'],
  ['tanzania-ministers', 'tanzania'],
  ['togo', 'togo'],
  ['tunisia-ministers', 'tunisia'],
  ['turkey-ministers', 'turkey'],
  ['uae-ministers', 'united-arab-emirates'],
  ['uganda-ministers', 'uganda'],
  ['united-kingdom-cabinet', 'united-kingdom'],
  ['us-cabinet', 'united-states'],
  ['venezuela', 'venezuela'],
  ['zimbabwe', 'zimbabwe'],
];

const FILE = 'html/holders21.csv';
/** Terms that ended before this year are left out: the registry is for reporting of the last decade. */
const FIRST_YEAR = '2015';
const COLUMNS = ['country', 'position', 'person', 'personLabel', 'start', 'end'];
const SNAPSHOT_COLUMNS = ['country', 'repo', 'file', 'commit', 'snapshot'];

function gitDir(root: string, name: string): string {
  const mirror = join(root, `every-politician-scrapers+${name}`, 'repo');
  if (existsSync(mirror)) return mirror;
  const clone = join(root, name);
  if (existsSync(clone)) return clone;
  throw new Error(`no copy of every-politician-scrapers/${name} in ${root}`);
}

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['--git-dir', existsSync(join(dir, '.git')) ? join(dir, '.git') : dir, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

function csvField(s: string): string {
  return /[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** Wikidata dates as the registry writes them: YYYY, YYYY-MM or YYYY-MM-DD; anything else is ''. */
function partialDate(s: string): string {
  return /^\d{4}(-\d{2}(-\d{2})?)?$/.test(s) ? s : '';
}

function extract(root: string): { rows: string[][]; snapshots: string[][] } {
  const out: string[][] = [];
  const snapshots: string[][] = [];
  for (const [name, country] of REPOSITORIES) {
    const dir = gitDir(root, name);
    const [commit = '', snapshot = ''] = git(dir, 'log', '-1', '--format=%H %cs', 'HEAD', '--', FILE).trim().split(' ');
    if (commit === '') throw new Error(`every-politician-scrapers/${name}: no ${FILE}`);
    snapshots.push([country, `every-politician-scrapers/${name}`, FILE, commit, snapshot]);
    const [header = [], ...rows] = parseCsv(git(dir, 'show', `${commit}:${FILE}`));
    const col = (c: string) => {
      const i = header.indexOf(c);
      if (i < 0) throw new Error(`every-politician-scrapers/${name} ${FILE}: no column "${c}"`);
      return i;
    };
    const [position, label, item, start, end] = ['position', 'person', 'personID', 'start', 'end'].map(col);
    const seen = new Set<string>();
    for (const r of rows) {
      const row = {
        position: (r[position!] ?? '').replace(/\s+/g, ' ').trim(),
        person: r[item!] ?? '',
        personLabel: (r[label!] ?? '').replace(/\s+/g, ' ').trim(),
        start: partialDate(r[start!] ?? ''),
        end: partialDate(r[end!] ?? ''),
      };
      if (!/^Q\d+$/.test(row.person) || row.position === '' || row.start === '') continue;
      if (row.end !== '' && row.end < FIRST_YEAR) continue;
      const key = `${row.position}|${row.person}|${row.start}|${row.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push([country, row.position, row.person, row.personLabel, row.start, row.end]);
    }
  }
  const byColumns = (a: string[], b: string[]) => (a.join('\u0000') < b.join('\u0000') ? -1 : 1);
  return { rows: out.sort(byColumns), snapshots: snapshots.sort(byColumns) };
}

const root = process.argv[2];
if (root === undefined) {
  console.error('usage: node src/cli/extract-wikidata-cabinets.ts <folder of every-politician-scrapers clones>');
  process.exit(2);
}
const { rows, snapshots } = extract(root);
const writeCsv = (name: string, header: string[], body: string[][]) =>
  writeFileSync(
    fileURLToPath(new URL(`../data/entities/sources/${name}`, import.meta.url)),
    [header, ...body].map((r) => r.map(csvField).join(',')).join('\n') + '\n',
  );
writeCsv('wikidata-cabinets.csv', COLUMNS, rows);
writeCsv('wikidata-cabinets-snapshots.csv', SNAPSHOT_COLUMNS, snapshots);
console.log(`wrote ${rows.length} rows from ${REPOSITORIES.length} repositories to sources/wikidata-cabinets.csv`);
