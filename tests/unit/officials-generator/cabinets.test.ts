import { describe, expect, it } from 'vitest';
import { cabinetOffice, tooCommonName } from '../../../src/lib/entities/officials-generator/cabinets.ts';
import { generateOfficials } from '../../../src/lib/entities/officials-generator/generate.ts';
import {
  cabinetSnapshotsFromCsv,
  cabinetsFromCsv,
  type CabinetRow,
  type CuratedTerm,
} from '../../../src/lib/entities/officials-generator/inputs.ts';
import type { Official } from '../../../src/lib/entities/types.ts';
import { otherland, overrides, row, testland } from '../../fixtures/officials-generator.ts';

const snapshot = (country: string, date = '2022-07-13') => ({
  country,
  repo: 'every-politician-scrapers/testland',
  file: 'html/holders21.csv',
  commit: 'a'.repeat(40),
  snapshot: date,
});

/** A cabinet row: Bo Quarrelton, Minister of Defence of Testland since 2020, open in the 2022 snapshot. */
const cabinetRow = (p: Partial<CabinetRow>): CabinetRow => ({
  country: 'testland',
  position: 'Minister of Defence',
  person: 'Q50',
  personLabel: 'Bo Quarrelton',
  start: '2020-06-02',
  end: '',
  ...p,
});

const term = (p: Partial<CuratedTerm>): CuratedTerm => ({
  country: 'testland',
  title: 'Minister of Defence of Testland',
  office: 'defence-minister',
  name: 'Cy Steadfast',
  start: '2020',
  end: '',
  source: 'https://example.org/testland-defence',
  ...p,
});

function generate(rows: CabinetRow[], more: { terms?: CuratedTerm[]; heads?: ReturnType<typeof row>[] } = {}) {
  const conflicts: string[] = [];
  const officials = generateOfficials({
    countries: [testland, otherland],
    heads: more.heads ?? [],
    international: [],
    curated: [],
    terms: more.terms ?? [],
    cabinets: { rows, snapshots: [snapshot('testland'), snapshot('otherland')] },
    onConflict: (c) => conflicts.push(c),
    overrides,
  }).flatMap((f) => f.officials);
  const byName = (name: string): Official | undefined => officials.find((o) => o.name === name);
  return { officials, conflicts, byName };
}

describe('cabinet members from the extract', () => {
  it('gives a term still open in the snapshot no end, only the snapshot date as its last attestation', () => {
    const { byName } = generate([cabinetRow({}), cabinetRow({ position: 'Minister of Information', start: '2019' })]);
    const bo = byName('Bo Quarrelton');
    expect(bo?.roles).toEqual([
      { title: 'Minister of Information', country: 'testland', start: '2019', lastAttested: '2022-07-13' },
      {
        title: 'Minister of Defence',
        office: 'defence-minister',
        country: 'testland',
        start: '2020-06-02',
        lastAttested: '2022-07-13',
      },
    ]);
    expect(bo?.roles.some((r) => 'end' in r)).toBe(false);
    expect(bo?.sources).toEqual(['wikidata:Q50']);
    // Neither "from 2020 to 2022" (an end) nor "since 2020" (current).
    expect(bo?.description).toBe(
      'Testish politician; Minister of Defence from 2020, in office as of 2022; Minister of Information from 2019, ' +
        'in office as of 2022.',
    );
  });

  it('adds terms to the record with the same Wikidata id, without repeating a term it has or a head of state', () => {
    const ada = { person: 'Q10', personLabel: 'Ada Exampleton' };
    const { byName, officials } = generate(
      [
        // The heads extract has the presidency; the cabinet list adds the acting or plain-titled term again.
        cabinetRow({ ...ada, position: 'President', start: '2015-05-01' }),
        cabinetRow({ ...ada, position: 'Minister of Finance', start: '2012', end: '2015' }),
        // The curated term of the same post, titled with the country.
        cabinetRow({ ...ada, position: 'Minister of Energy', start: '2010-02-01', end: '2011-06-30' }),
      ],
      {
        heads: [row({})],
        terms: [term({ name: 'Ada Exampleton', title: 'Minister of Energy of Testland', office: '', start: '2010' })],
      },
    );
    expect(officials).toHaveLength(1);
    expect(byName('Ada Exampleton')?.roles.map((r) => `${r.title} ${r.start} ${r.end ?? 'today'}`)).toEqual([
      'Minister of Energy of Testland 2010 today',
      'Minister of Finance 2012 2015',
      'President of Testland 2015 today',
    ]);
  });

  it('joins a person spelled another way to the curated holder of the same office in the same years', () => {
    const { officials, byName, conflicts } = generate(
      [
        cabinetRow({ personLabel: 'Cy Steadfaste' }),
        cabinetRow({ personLabel: 'Cy Steadfaste', position: 'Minister of Energy', start: '2018' }),
      ],
      { terms: [term({})] },
    );
    expect(officials.map((o) => o.name)).toEqual(['Cy Steadfast']);
    expect(byName('Cy Steadfast')?.wikidata).toBe('Q50');
    // The curated term wins: it stays open; the dataset adds the other post.
    expect(byName('Cy Steadfast')?.roles.map((r) => `${r.title} ${r.end ?? r.lastAttested ?? 'today'}`)).toEqual([
      'Minister of Energy 2022-07-13',
      'Minister of Defence of Testland today',
    ]);
    expect(byName('Cy Steadfast')?.roles[0]).toMatchObject({ lastAttested: '2022-07-13' });
    expect(conflicts).toEqual([]);
  });

  it("keeps a term that overlaps another person's curated term of the same office without the office, and says so", () => {
    const { byName, conflicts } = generate([cabinetRow({})], { terms: [term({ name: 'Dee Otherperson' })] });
    expect(byName('Bo Quarrelton')?.roles).toEqual([
      { title: 'Minister of Defence', country: 'testland', start: '2020-06-02', lastAttested: '2022-07-13' },
    ]);
    expect(byName('Dee Otherperson')?.roles[0]?.office).toBe('defence-minister');
    expect(conflicts).toEqual([
      'Bo Quarrelton, Minister of Defence (testland) 2020-06-02 to at least 2022-07-13: overlaps Dee Otherperson, ' +
        'Minister of Defence of Testland (testland) 2020 to today',
    ]);
  });

  it('keeps the office of a term attested before a later holder took over: no overlap, no invented end', () => {
    const { byName, conflicts } = generate([cabinetRow({})], {
      terms: [term({ name: 'Dee Otherperson', start: '2023-01-10' })],
    });
    expect(byName('Bo Quarrelton')?.roles).toEqual([
      {
        title: 'Minister of Defence',
        office: 'defence-minister',
        country: 'testland',
        start: '2020-06-02',
        lastAttested: '2022-07-13',
      },
    ]);
    expect(conflicts).toEqual([]);
  });

  it('makes a record only for a holder of a measured office; other posts join records already on file', () => {
    const ada = { person: 'Q10', personLabel: 'Ada Exampleton' };
    const { officials, byName } = generate(
      [
        cabinetRow({ person: 'Q70', personLabel: 'Ivo Healthward', position: 'Minister of Health' }),
        cabinetRow({ person: 'Q71', personLabel: 'Una Provincia', position: 'Governor of Northshire' }),
        cabinetRow({ ...ada, position: 'Minister of Health', start: '2011', end: '2014' }),
      ],
      { heads: [row({})] },
    );
    expect(officials.map((o) => o.name)).toEqual(['Ada Exampleton']);
    expect(byName('Ada Exampleton')?.roles.map((r) => r.title)).toContain('Minister of Health');
  });

  it('adds no one whose name is one word or only common given names, nor a term listed under two countries', () => {
    const { officials } = generate([
      cabinetRow({ personLabel: 'Mohamed Ibrahim' }),
      cabinetRow({ person: 'Q51', personLabel: 'Suharto' }),
      cabinetRow({ person: 'Q52', personLabel: 'Eve Twoplace', position: 'Governor of Borderton' }),
      cabinetRow({
        person: 'Q52',
        personLabel: 'Eve Twoplace',
        position: 'Governor of Borderton',
        country: 'otherland',
      }),
      cabinetRow({ person: 'Q53', personLabel: 'Fay Mistyped', start: '2020-09', end: '2018-03-01' }),
    ]);
    expect(officials).toEqual([]);
  });

  it('adds no one under a name the registry or another cabinet member has, and drops disambiguation', () => {
    const { officials } = generate(
      [
        // A namesake in another country, and two cabinet members of one name.
        cabinetRow({
          person: 'Q60',
          personLabel: 'Mo Gon Exampleton',
          country: 'otherland',
          position: 'Minister of Foreign Affairs',
        }),
        cabinetRow({ person: 'Q61', personLabel: 'Kit Twinning', position: 'Minister of Foreign Affairs' }),
        cabinetRow({ person: 'Q62', personLabel: 'Kit Twinning', country: 'otherland' }),
        cabinetRow({
          person: 'Q63',
          personLabel: 'Lu Disambiguated (politician)',
          position: 'Minister of Foreign Affairs',
        }),
        // Within the name of a curated holder of the same country.
        cabinetRow({ person: 'Q65', personLabel: 'Cyrus Quinton Steadfast', position: 'Minister of Foreign Affairs' }),
        // The press form of the president's longer name.
        cabinetRow({ person: 'Q64', personLabel: 'Mo Exampleton', position: 'Minister of Foreign Affairs' }),
      ],
      {
        heads: [row({ personLabel: 'Mo Gon Exampleton' })],
        terms: [term({ name: 'Cyrus Steadfast', title: 'Minister of Energy', office: '' })],
      },
    );
    expect(officials.map((o) => `${o.name} ${o.wikidata ?? ''}`)).toEqual([
      'Cyrus Steadfast ',
      'Lu Disambiguated Q63',
      'Mo Gon Exampleton Q10',
    ]);
  });

  it('gives a cabinet-only record no short name and no press form of common names, and takes none from others', () => {
    const { byName } = generate(
      [
        cabinetRow({ personLabel: 'Hassan Houmed Ibrahim' }),
        cabinetRow({ person: 'Q54', personLabel: 'Gil Exampleton', position: 'Minister of Foreign Affairs' }),
      ],
      { heads: [row({})] },
    );
    expect(byName('Hassan Houmed Ibrahim')?.aliases).toEqual([]);
    expect(byName('Hassan Houmed Ibrahim')?.shortNames).toEqual([]);
    expect(byName('Gil Exampleton')?.shortNames).toEqual([]);
    // The president keeps the surname the minister shares.
    expect(byName('Ada Exampleton')?.shortNames).toEqual(['Exampleton']);
  });
});

describe('cabinetOffice', () => {
  it.each([
    ['Minister of Defence', 'defence-minister'],
    ['Minister of Interior and Municipalities', 'interior-minister'],
    ['Minister of Foreign Affairs of Testland', 'foreign-minister'],
    ['President', undefined],
    ['Prime Minister of Testland', undefined],
    ['Chairman of the Sovereignty Council', undefined],
    ['Chief of the General Staff', 'armed-forces-chief'],
    ['Minister for Defence Equipment, Support and Technology', undefined],
    ['Minister of Defence Industry', undefined],
    ['President of the Senate', undefined],
    ['Prime Minister of the Northern Region', undefined],
    ['Deputy Minister of Defence', undefined],
    ['Federal Minister of the Interior', 'interior-minister'],
    ['Federal Minister of Foreign Affairs', 'foreign-minister'],
    ['Federal Minister for Planning, Development and Special Initiatives', undefined],
  ])('%s → %s', (title, office) => {
    expect(cabinetOffice(title, testland, overrides)).toBe(office);
  });
  it("reads Britain's secretaries of state, whose titles name no ministry", () => {
    const uk = { ...testland, id: 'united-kingdom' };
    expect(cabinetOffice('Secretary of State for the Home Department', uk, overrides)).toBe('interior-minister');
    expect(cabinetOffice('Secretary of State for Foreign and Commonwealth Affairs', uk, overrides)).toBe(
      'foreign-minister',
    );
    expect(cabinetOffice('Secretary of State for the Home Department', testland, overrides)).toBeUndefined();
  });
});

describe('tooCommonName', () => {
  it('is true of one word and of names made only of common given names', () => {
    expect(tooCommonName('Suharto')).toBe(true);
    expect(tooCommonName('Khaled Omar')).toBe(true);
    expect(tooCommonName('Mohamed al-Hassan')).toBe(true);
    expect(tooCommonName('Ali Jido')).toBe(false);
  });
});

describe('reading the extract', () => {
  it('names the file, the line and the field of a bad row', () => {
    const header = 'country,position,person,personLabel,start,end\n';
    expect(cabinetsFromCsv(`${header}testland,Minister of Health,Q5,Al Test,2020,\n`, 'x.csv')).toHaveLength(1);
    expect(() => cabinetsFromCsv(`${header}testland,Minister of Health,5,Al Test,2020,\n`, 'x.csv')).toThrow(
      'x.csv line 2: field "person" must be a Wikidata id',
    );
    expect(() => cabinetsFromCsv(`${header}testland,Minister,Q5,Al Test,20-1,\n`, 'x.csv')).toThrow(
      'x.csv line 2: field "start"',
    );
    expect(() => cabinetsFromCsv('country,person\n', 'x.csv')).toThrow('x.csv: header must be');
    expect(() =>
      cabinetSnapshotsFromCsv('country,repo,file,commit,snapshot\ntestland,r,f,abc,2022-07-13\n', 's.csv'),
    ).toThrow('s.csv line 2: field "commit"');
  });

  it('refuses a row of a country that has no snapshot', () => {
    expect(() =>
      generateOfficials({
        countries: [testland],
        heads: [],
        international: [],
        curated: [],
        cabinets: { rows: [cabinetRow({})], snapshots: [] },
        overrides,
      }),
    ).toThrow('no snapshot for country "testland"');
  });
});
