/**
 * The generator's inputs as plain data, and their CSV files read and checked: the Wikidata extracts
 * (`sources/*.csv`), the curated terms (`officials-curated/*.csv`) and the shape of `officials.overrides.yaml`. The
 * CLI reads the files; errors name the file, the line and the field.
 */
import { STATE_OFFICES, type StateOffice } from '../registry.ts';

/** One row of an extract: who held which position in which country, with years. */
export interface HolderRow {
  /** Wikidata id of the country ('' for international offices). */
  countryItem: string;
  countryLabel: string;
  position: string;
  positionLabel: string;
  person: string;
  personLabel: string;
  start: string;
  end: string;
  /** Date of the last snapshot that listed the row, 'YYYY-MM-DD' or 'YYYY'; '' when the extract has no snapshots. */
  lastSeen: string;
}

interface PersonOverride {
  id?: string;
  name?: string;
  aliases?: string[];
  shortNames?: string[];
  description?: string;
  /**
   * The country a person is described by, filed under and named by, where the roles cannot decide it (see
   * home-country.ts): a monarch of several realms.
   */
  homeCountry?: string;
}

export interface Overrides {
  /** The date of the newest snapshot; a role open then but missing from it has ended. */
  newestSnapshot: string;
  /** Wikidata country item → registry country id, where the names differ. */
  countries: Record<string, string>;
  /** Country items that are not countries of the registry (breakaway states, subnational units). */
  skipCountries: string[];
  /** Persons (Wikidata ids) left out: wrong or undated statements. */
  exclude: string[];
  /** Rows left out, as "person position start". */
  excludeRows: string[];
  /** Position labels (normalised) → office, or null for positions that are no office we measure. */
  positions: Record<string, StateOffice | null>;
  /** Position labels (normalised) left out entirely. */
  skipPositions: string[];
  people: Record<string, PersonOverride>;
}

/** A hand-curated term from `officials-curated/*.csv`: one person in one office, with the page it was read from. */
export interface CuratedTerm {
  country: string;
  title: string;
  /** The measured office; '' to read it from the title. */
  office: string;
  name: string;
  start: string;
  end: string;
  source: string;
}

/** `sources/wikidata-heads.csv`, the heads of state and government; `file` names it in errors. */
export function headsFromCsv(text: string, file: string): HolderRow[] {
  const [header, ...rows] = parseCsv(text);
  const col = (name: string) => {
    const i = header!.indexOf(name);
    if (i < 0) throw new Error(`${file}: no column "${name}"`);
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

/**
 * `sources/wikidata-international.csv` (holders21.csv: position,person,personID,start,end with full dates): the
 * UN offices, which have no country and no snapshots; dates cut to the year like the heads'.
 */
export function internationalFromCsv(text: string): HolderRow[] {
  const [, ...rows] = parseCsv(text);
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

const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** One row of `sources/wikidata-cabinets.csv`: a term of a national position, dated as Wikidata gives it. */
export interface CabinetRow {
  /** Registry country id. */
  country: string;
  /** The position's English label as the repository gives it ("Minister of Defence"). */
  position: string;
  /** Wikidata id of the person. */
  person: string;
  personLabel: string;
  start: string;
  /** '' where the term was open at the snapshot. */
  end: string;
}

/** One row of `sources/wikidata-cabinets-snapshots.csv`: where a country's rows were read, and as of when. */
export interface CabinetSnapshot {
  country: string;
  repo: string;
  file: string;
  commit: string;
  /** The date of that commit, 'YYYY-MM-DD'. */
  snapshot: string;
}

/** The rows of a CSV file with the given header, as objects; errors name the file, the line and the field. */
function rowsWithHeader<K extends string>(
  text: string,
  file: string,
  columns: readonly K[],
  check: (row: Record<K, string>) => string | undefined,
): Record<K, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (header?.join(',') !== columns.join(',')) throw new Error(`${file}: header must be ${columns.join(',')}`);
  const out: Record<K, string>[] = [];
  rows.forEach((r, i) => {
    if (r.length === 1 && r[0] === '') return;
    const row = Object.fromEntries(columns.map((c, j) => [c, r[j] ?? ''])) as Record<K, string>;
    const problem = check(row);
    if (problem !== undefined) throw new Error(`${file} line ${i + 2}: ${problem}`);
    out.push(row);
  });
  return out;
}

const CABINET_COLUMNS = ['country', 'position', 'person', 'personLabel', 'start', 'end'] as const;

/** `sources/wikidata-cabinets.csv`, every row checked. */
export function cabinetsFromCsv(text: string, file: string): CabinetRow[] {
  return rowsWithHeader(text, file, CABINET_COLUMNS, (r) => {
    if (!/^Q\d+$/.test(r.person)) return 'field "person" must be a Wikidata id';
    if (r.country === '' || r.position === '' || r.personLabel === '') {
      return 'fields "country", "position" and "personLabel" are required';
    }
    if (!PARTIAL_DATE.test(r.start)) return 'field "start" must be YYYY, YYYY-MM or YYYY-MM-DD';
    if (r.end !== '' && !PARTIAL_DATE.test(r.end)) return 'field "end" must be empty, YYYY, YYYY-MM or YYYY-MM-DD';
    return undefined;
  });
}

const SNAPSHOT_COLUMNS = ['country', 'repo', 'file', 'commit', 'snapshot'] as const;

/** `sources/wikidata-cabinets-snapshots.csv`, every row checked. */
export function cabinetSnapshotsFromCsv(text: string, file: string): CabinetSnapshot[] {
  return rowsWithHeader(text, file, SNAPSHOT_COLUMNS, (r) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(r.snapshot)) return 'field "snapshot" must be YYYY-MM-DD';
    if (!/^[0-9a-f]{40}$/.test(r.commit)) return 'field "commit" must be a 40-digit commit id';
    if (r.country === '' || r.repo === '' || r.file === '') return 'fields "country", "repo" and "file" are required';
    return undefined;
  });
}

const TERM_COLUMNS = ['country', 'title', 'office', 'name', 'start', 'end', 'source'];

/** One `officials-curated/<file>` of terms, every row checked; blank lines are skipped. */
export function termsFromCsv(text: string, file: string): CuratedTerm[] {
  const [header, ...rows] = parseCsv(text);
  if (header?.join(',') !== TERM_COLUMNS.join(','))
    throw new Error(`officials-curated/${file}: header must be ${TERM_COLUMNS.join(',')}`);
  const out: CuratedTerm[] = [];
  rows.forEach((r, i) => {
    if (r.length === 1 && r[0] === '') return;
    const [country = '', title = '', office = '', name = '', start = '', end = '', source = ''] = r;
    const line = `officials-curated/${file} line ${i + 2}`;
    if (office !== '' && !(STATE_OFFICES as readonly string[]).includes(office)) {
      throw new Error(`${line}: office must be empty or one of ${STATE_OFFICES.join(', ')}`);
    }
    if (!PARTIAL_DATE.test(start) || (end !== '' && !PARTIAL_DATE.test(end))) {
      throw new Error(`${line}: start and end must be YYYY, YYYY-MM or YYYY-MM-DD`);
    }
    if (name === '' || title === '' || !source.startsWith('https://')) {
      throw new Error(`${line}: name, title and an https source are required`);
    }
    out.push({ country, title, office, name, start, end, source });
  });
  return out;
}

/** CSV rows: quoted fields may hold commas, newlines and doubled quotes; a carriage return outside quotes is dropped. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (c !== '\r') field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
