import { describe, expect, it } from 'vitest';
import { generateOfficials } from '../../../src/lib/entities/officials-generator/generate.ts';
import type { HolderRow } from '../../../src/lib/entities/officials-generator/inputs.ts';
import type { Country, Official } from '../../../src/lib/entities/types.ts';
import { overrides, row, testland } from '../../fixtures/officials-generator.ts';

describe('short names another entity claims', () => {
  it('gives no short name to a surname two dataset people share, accents aside, as the detector reads them', () => {
    const shortNames = (heads: HolderRow[]) =>
      Object.fromEntries(
        generateOfficials({
          countries: [testland],
          heads,
          international: [],
          curated: [],
          overrides,
        })[0]!.officials.map((o) => [o.name, o.shortNames]),
      );
    const viktor = row({ person: 'Q11', personLabel: 'Viktor Orbán' });
    const ludovic = row({
      person: 'Q12',
      personLabel: 'Ludovic Orban',
      position: 'P-PM',
      positionLabel: 'Prime Minister of Testland',
    });
    expect(shortNames([viktor])).toEqual({ 'Viktor Orbán': ['Orbán'] });
    expect(shortNames([viktor, ludovic])).toEqual({ 'Viktor Orbán': [], 'Ludovic Orban': [] });
  });

  it('keeps the short name of a hand-written record that a generated official shares (the override)', () => {
    const handWritten: Official = {
      id: 'ludovic-orban',
      kind: 'official',
      name: 'Ludovic Orban',
      aliases: [],
      shortNames: ['Orban'],
      description: 'Testish politician; Prime Minister of Testland since 2019.',
      roles: [
        { title: 'Prime Minister of Testland', office: 'head-of-government', country: 'testland', start: '2019' },
      ],
      sources: ['https://example.org/ludovic'],
    };
    const officials = generateOfficials({
      countries: [testland],
      heads: [row({ person: 'Q11', personLabel: 'Viktor Orbán' })],
      international: [],
      curated: [{ file: 'africa/testland.yaml', official: handWritten }],
      overrides,
    })[0]!.officials;
    expect(Object.fromEntries(officials.map((o) => [o.name, o.shortNames]))).toEqual({
      'Viktor Orbán': [],
      'Ludovic Orban': ['Orban'],
    });
  });

  it('gives no short name that a registered armed group goes by', () => {
    const shortNames = (militiaNames: string[]) =>
      generateOfficials({
        countries: [testland],
        heads: [row({ personLabel: 'Therese Kayikwamba Wagner' })],
        international: [],
        curated: [],
        militiaNames,
        overrides,
      })[0]!.officials[0]!.shortNames;
    expect(shortNames([])).toEqual(['Wagner']);
    expect(shortNames(['PMC Wagner'])).toEqual(['Wagner']);
    expect(shortNames(['Wagner Group'])).toEqual([]);
    expect(shortNames(['Wägner'])).toEqual([]);
  });
});

describe('names another entity claims', () => {
  it("drops a short name that is a country's name or demonym", () => {
    const [official] = generateOfficials({
      countries: [testland],
      heads: [row({ personLabel: 'Hakainde Testish' })],
      international: [],
      curated: [],
      overrides,
    })[0]!.officials;
    expect(official?.shortNames).toEqual([]);
    expect(official?.aliases).toEqual(['President Hakainde Testish']);
  });

  it('tells a generated official from a hand-written one of the same name by the country', () => {
    const otherland: Country = { ...testland, id: 'otherland', name: 'Otherland', iso2: 'OL', demonyms: ['Otherish'] };
    const handWritten: Official = {
      id: 'ada-exampleton',
      kind: 'official',
      name: 'Ada Exampleton',
      aliases: [],
      shortNames: [],
      description: 'Otherish politician; Prime Minister of Otherland since 2019.',
      roles: [
        { title: 'Prime Minister of Otherland', office: 'head-of-government', country: 'otherland', start: '2019' },
      ],
      sources: ['https://example.org/ada'],
    };
    const files = generateOfficials({
      countries: [testland, otherland],
      heads: [row({})],
      international: [],
      curated: [{ file: 'africa/otherland.yaml', official: handWritten }],
      overrides,
    });
    expect(files.map((f) => [f.path, f.officials.map((o) => `${o.id}: ${o.name}`)])).toEqual([
      ['africa/otherland.yaml', ['ada-exampleton: Ada Exampleton']],
      ['africa/testland.yaml', ['ada-exampleton-testland: Ada Exampleton (testland)']],
    ]);
  });
});
