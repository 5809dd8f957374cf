import { describe, expect, it } from 'vitest';
import { generateOfficials } from '../../../src/lib/entities/officials-generator/generate.ts';
import type { HolderRow } from '../../../src/lib/entities/officials-generator/inputs.ts';
import type { Official } from '../../../src/lib/entities/types.ts';
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
