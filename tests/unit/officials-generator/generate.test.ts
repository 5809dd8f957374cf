import { describe, expect, it } from 'vitest';
import { generateOfficials } from '../../../src/lib/entities/officials-generator/generate.ts';
import type { HolderRow, Overrides } from '../../../src/lib/entities/officials-generator/inputs.ts';
import type { Country, Official } from '../../../src/lib/entities/types.ts';
import { otherland, overrides, row, testland } from '../../fixtures/officials-generator.ts';

describe('generateOfficials', () => {
  const curated: Official = {
    id: 'ada-exampleton',
    kind: 'official',
    name: 'Ada Exampleton',
    aliases: ['Ada B. Exampleton'],
    shortNames: ['Exampleton'],
    description: 'Testish politician; President of Testland since 2015.',
    roles: [{ title: 'President of Testland', office: 'head-of-state', country: 'testland', start: '2015-05-01' }],
    sources: ['https://example.org/ada'],
  };

  it('merges a dataset person into the curated record of the same name and country, keeping its id', () => {
    const files = generateOfficials({
      countries: [testland],
      heads: [
        row({}),
        row({
          person: 'Q10',
          positionLabel: 'Prime Minister of Testland',
          position: 'P-PM',
          start: '2010',
          end: '2015',
        }),
      ],
      international: [],
      curated: [{ file: 'africa/testland.yaml', official: curated }],
      overrides,
    });
    expect(files.map((f) => f.path)).toEqual(['africa/testland.yaml']);
    const [ada] = files[0]!.officials;
    expect(ada?.id).toBe('ada-exampleton');
    expect(ada?.wikidata).toBe('Q10');
    expect(ada?.sources).toEqual(['https://example.org/ada', 'wikidata:Q10']);
    // The curated term (2015-05-01) covers the dataset's 2015 one; the 2010 premiership is added.
    expect(ada?.roles.map((r) => `${r.title} ${r.start}`)).toEqual([
      'Prime Minister of Testland 2010',
      'President of Testland 2015-05-01',
    ]);
  });

  it("reads a hand-written role's office from its title, except a service branch's chief beside the armed forces'", () => {
    const chief = (id: string, organisation: string | undefined): Official => ({
      ...curated,
      id,
      name: id,
      aliases: [],
      shortNames: [],
      roles: [
        { title: 'Chief of Army Staff', country: 'testland', start: '2020', ...(organisation ? { organisation } : {}) },
      ],
    });
    const files = generateOfficials({
      countries: [testland],
      heads: [],
      international: [],
      curated: [
        { file: 'africa/testland.yaml', official: chief('branch-chief', 'Testish Army') },
        { file: 'africa/testland.yaml', official: chief('forces-chief', 'Testish Armed Forces') },
        { file: 'africa/testland.yaml', official: chief('plain-chief', undefined) },
      ],
      overrides,
    });
    const officeOf = (id: string) => files[0]!.officials.find((o) => o.id === id)?.roles[0]?.office;
    expect(officeOf('branch-chief')).toBeUndefined();
    expect(officeOf('forces-chief')).toBe('armed-forces-chief');
    expect(officeOf('plain-chief')).toBe('armed-forces-chief');
  });

  it('dates a dataset term by the curated row for it: its end, and a more precise start, but never a vaguer end', () => {
    const term = (start: string, end: string) => ({
      country: 'testland',
      title: 'President of Testland',
      office: 'head-of-state',
      name: 'Ada Exampleton',
      start,
      end,
      source: 'https://example.org/ada-left',
    });
    const roles = (heads: HolderRow[], terms: ReturnType<typeof term>[], curated: Official[] = []) =>
      generateOfficials({
        countries: [testland],
        heads,
        international: [],
        curated: curated.map((official) => ({ file: 'africa/testland.yaml', official })),
        terms,
        overrides,
      })[0]!.officials[0]!.roles;
    // The extract ends the term in the year a successor was first seen; the page gives the day.
    expect(roles([row({ end: '2026' })], [term('2015-05-01', '2024-03-11')])).toEqual([
      {
        title: 'President of Testland',
        office: 'head-of-state',
        country: 'testland',
        start: '2015-05-01',
        end: '2024-03-11',
      },
    ]);
    // A hand-written record that dates the end to the day keeps it against a row that gives only the year.
    const dated: Official = {
      ...curated,
      roles: [{ ...curated.roles[0]!, end: '2024-03-11' }],
    };
    expect(roles([], [term('2015', '2024')], [dated])[0]).toMatchObject({ start: '2015-05-01', end: '2024-03-11' });
  });

  it('writes a dataset person with honorific aliases, a description and the dataset as source', () => {
    const files = generateOfficials({
      countries: [testland],
      heads: [row({ personLabel: 'Hakainde Hichilema' })],
      international: [],
      curated: [],
      overrides,
    });
    expect(files[0]?.path).toBe('africa/testland.yaml');
    expect(files[0]?.officials[0]).toMatchObject({
      id: 'hakainde-hichilema',
      aliases: ['President Hakainde Hichilema'],
      shortNames: ['Hichilema'],
      description: 'Testish politician; President of Testland since 2015.',
      wikidata: 'Q10',
      sources: ['wikidata:Q10'],
    });
  });
});

describe('a person whose roles span several countries', () => {
  const otherRow = (p: Partial<HolderRow>) => row({ countryItem: 'Q2', countryLabel: 'Otherland', ...p });
  const generate = (heads: HolderRow[], people: Overrides['people'] = {}) =>
    generateOfficials({
      countries: [testland, otherland],
      heads,
      international: [],
      curated: [],
      overrides: { ...overrides, people },
    });

  it('is described by and filed under the country of the most senior office, not the first or latest role', () => {
    const files = generate([
      otherRow({ position: 'P-FIN-O', positionLabel: 'Minister of Finance of Otherland', start: '2000', end: '2004' }),
      row({ start: '2005', end: '2012' }),
      otherRow({ position: 'P-GOV-O', positionLabel: 'Governor of Otherland Province', start: '2015', end: '2018' }),
    ]);
    expect(files.map((f) => f.path)).toEqual(['africa/testland.yaml']);
    expect(files[0]?.officials[0]?.description).toBe(
      'Testish politician; Governor of Otherland Province from 2015 to 2018; President of Testland from 2005 to 2012.',
    );
  });

  it("gets its short name by the home country's naming custom, not by the roles it was first seen with", () => {
    const korea: Country = {
      ...testland,
      id: 'south-korea',
      name: 'South Korea',
      description: 'Country in Eastern Asia; capital Seoul.',
      demonyms: ['South Korean'],
    };
    const [file] = generateOfficials({
      countries: [korea],
      heads: [],
      international: [row({ countryItem: '', countryLabel: '', positionLabel: 'Secretary-General of Testing' })],
      curated: [],
      terms: [
        {
          country: 'south-korea',
          title: 'Minister of Foreign Affairs of South Korea',
          office: '',
          name: 'Hwang Gil-dong',
          start: '2004',
          end: '2006',
          source: 'https://example.org/hwang',
        },
      ],
      overrides: { ...overrides, people: { Q10: { name: 'Hwang Gil-dong' } } },
    });
    expect(file?.path).toBe('asia/south-korea.yaml');
    expect(file?.officials[0]).toMatchObject({ name: 'Hwang Gil-dong', shortNames: ['Hwang'] });
  });

  it("names a monarch of two realms by the curator's home country, and each realm once", () => {
    const realms = [
      row({ positionLabel: 'Monarch of Testland', personLabel: 'Testa II', start: '2022' }),
      otherRow({ position: 'P-MON-O', positionLabel: 'Monarch of Otherland', personLabel: 'Testa II', start: '2022' }),
    ];
    expect(() => generate(realms)).toThrow(/Testa II: roles in otherland, testland tie for the home country/);
    const files = generate(realms, { Q10: { homeCountry: 'testland' } });
    expect(files.map((f) => f.path)).toEqual(['africa/testland.yaml']);
    expect(files[0]?.officials[0]?.description).toBe('Testish monarch; Monarch of Testland since 2022.');
  });
});
