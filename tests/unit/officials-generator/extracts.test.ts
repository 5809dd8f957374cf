import { describe, expect, it } from 'vitest';
import { peopleFromRows } from '../../../src/lib/entities/officials-generator/extracts.ts';
import type { HolderRow } from '../../../src/lib/entities/officials-generator/inputs.ts';
import { overrides, row } from '../../fixtures/officials-generator.ts';

describe('peopleFromRows', () => {
  const countryOf = (r: HolderRow) => (r.countryItem === 'Q1' ? 'testland' : undefined);

  it('keeps open terms seen in the newest snapshot as continuing', () => {
    const [p] = peopleFromRows([row({})], overrides, countryOf);
    expect(p?.roles).toEqual([
      { title: 'President of Testland', office: 'head-of-state', country: 'testland', start: '2015' },
    ]);
  });

  it('ends a term missing from the newest snapshot when the next holder started', () => {
    const people = peopleFromRows(
      [row({ lastSeen: '2023-06-03' }), row({ person: 'Q11', personLabel: 'Bo Nextman', start: '2024' })],
      overrides,
      countryOf,
    );
    expect(people.find((p) => p.item === 'Q10')?.roles[0]?.end).toBe('2024');
    expect(people.find((p) => p.item === 'Q11')?.roles[0]?.end).toBeUndefined();
  });

  it('leaves out a term that vanished with no successor on record, and terms over before 2000', () => {
    const people = peopleFromRows(
      [row({ lastSeen: '2023-06-03' }), row({ person: 'Q12', start: '1980', end: '1990' })],
      overrides,
      countryOf,
    );
    expect(people).toEqual([]);
  });

  it('drops excluded people, skipped positions and countries outside the registry', () => {
    const people = peopleFromRows(
      [
        row({ person: 'Q13' }),
        row({ person: 'Q14', positionLabel: 'military leader' }),
        row({ person: 'Q15', countryItem: 'Q999' }),
      ],
      overrides,
      countryOf,
    );
    expect(people).toEqual([]);
  });
});
