import { describe, expect, it } from 'vitest';
import { ATTESTATION_MONTHS, monthsBefore, NO_REGION, registryStats } from '../../src/lib/entities/stats.ts';
import type { Country, Entity, Official } from '../../src/lib/entities/types.ts';

const country = (id: string, name: string, region: string): Country => ({
  id,
  kind: 'country',
  name,
  aliases: [],
  description: `${name}, a country.`,
  iso2: id.slice(0, 2).toUpperCase(),
  demonyms: [],
  region,
  sources: [],
});
const official = (id: string, roles: Official['roles']): Official => ({
  id,
  kind: 'official',
  name: id,
  aliases: [],
  description: 'An official.',
  roles,
  shortNames: [],
  sources: [],
});

const registry: Entity[] = [
  country('colombia', 'Colombia', 'South America'),
  country('peru', 'Peru', 'South America'),
  country('mali', 'Mali', 'Western Africa'),
  {
    ...country('costa-rica', 'Costa Rica', 'Central America'),
    stateOffices: {
      heldBy: { 'head-of-government': 'head-of-state' },
      noSuchOffice: ['armed-forces-chief'],
      heldJointly: [],
      sources: ['https://example.org/constitution'],
    },
  },
  {
    id: 'group',
    kind: 'militia',
    name: 'A Group',
    aliases: [],
    description: 'An armed group.',
    operatesIn: ['colombia', 'mali'],
    parents: [],
    leaders: [],
    sources: [],
  },
  {
    id: 'led-group',
    kind: 'militia',
    name: 'Another Group',
    aliases: [],
    description: 'An armed group with a leader on record.',
    operatesIn: ['peru'],
    parents: [],
    leaders: ['head'],
    sources: [],
  },
  official('head', [{ title: 'President', office: 'head-of-state', country: 'colombia', start: '2022-08-07' }]),
  official('former', [
    { title: 'Minister', office: 'foreign-minister', country: 'colombia', start: '2020', end: '2022-08' },
  ]),
  official('envoy', [{ title: 'Envoy', organisation: 'United Nations', start: '2020' }]),
  // A term left open: Mali's old president still "in office" next to the new one.
  official('mali-old', [{ title: 'President', office: 'head-of-state', country: 'mali', start: '2013' }]),
  official('mali-new', [{ title: 'President', office: 'head-of-state', country: 'mali', start: '2021-06-07' }]),
  {
    ...country('andorra', 'Andorra', 'Southern Europe'),
    stateOffices: {
      heldBy: {},
      noSuchOffice: [],
      heldJointly: ['head-of-state'],
      sources: ['https://example.org/co-princes'],
    },
  },
  official('co-prince-1', [{ title: 'Co-Prince', office: 'head-of-state', country: 'andorra', start: '2017' }]),
  official('co-prince-2', [{ title: 'Co-Prince', office: 'head-of-state', country: 'andorra', start: '2019' }]),
];

describe('registryStats', () => {
  const stats = registryStats(registry, '2024-06-01');

  it('counts each kind once in total and in every region it has a country in', () => {
    expect(stats.totals).toEqual({ country: 5, militia: 2, official: 7 });
    expect(stats.regions.get('South America')).toEqual({ country: 2, militia: 2, official: 2 });
    expect(stats.regions.get('Western Africa')).toEqual({ country: 1, militia: 1, official: 2 });
    expect(stats.regions.get(NO_REGION)).toEqual({ country: 0, militia: 0, official: 1 });
  });

  it('lists the armed groups with no leader, commander or spokesperson on record', () => {
    expect(stats.leaderlessGroups.map((g) => g.id)).toEqual(['group']);
  });

  it('lists the offices with no holder on the date, per country', () => {
    const gaps = new Map(stats.officeGaps.map((g) => [g.country.id, g.missing]));
    expect(gaps.get('colombia')).toEqual([
      'head-of-government',
      'foreign-minister',
      'defence-minister',
      'interior-minister',
      'armed-forces-chief',
    ]);
    expect(gaps.get('peru')).toHaveLength(6);
    const earlier = registryStats(registry, '2021-01-01').officeGaps.find((g) => g.country.id === 'colombia');
    expect(earlier?.missing).not.toContain('foreign-minister');
  });

  it('lists an office the head of state holds, or that the country lacks, apart from the missing ones', () => {
    const costaRica = stats.officeGaps.find((g) => g.country.id === 'costa-rica');
    expect(costaRica?.missing).toEqual(['head-of-state', 'foreign-minister', 'defence-minister', 'interior-minister']);
    expect(costaRica?.heldBy).toEqual([{ office: 'head-of-government', by: 'head-of-state' }]);
    expect(costaRica?.noSuchOffice).toEqual(['armed-forces-chief']);
    expect(stats.officeGaps.find((g) => g.country.id === 'peru')?.heldBy).toEqual([]);
  });

  it('lists an office the country says is vacant apart from the missing ones, from the vacancy’s first day', () => {
    const haitiRecord: Entity = {
      ...country('haiti', 'Haiti', 'Caribbean'),
      stateOffices: {
        heldBy: {},
        noSuchOffice: [],
        heldJointly: [],
        vacant: [{ office: 'head-of-state', since: '2024-04', note: 'A council governs.' }],
        sources: ['https://example.org/haiti'],
      },
    };
    const gapsOn = (date: string) =>
      registryStats([...registry, haitiRecord], date).officeGaps.find((g) => g.country.id === 'haiti');
    const haiti = gapsOn('2024-06-01');
    expect(haiti?.vacant).toEqual([{ office: 'head-of-state', since: '2024-04' }]);
    expect(haiti?.missing).not.toContain('head-of-state');
    const before = gapsOn('2024-03-31');
    expect(before?.vacant).toEqual([]);
    expect(before?.missing).toContain('head-of-state');
  });

  describe('terms a source knows only up to a date (lastAttested)', () => {
    const peruMinister = official('peru-minister', [
      {
        title: 'Minister of Defence',
        office: 'defence-minister',
        country: 'peru',
        start: '2021',
        lastAttested: '2023-03-10',
      },
    ]);
    const peruOn = (date: string, more: Entity[] = []) =>
      registryStats([...registry, peruMinister, ...more], date).officeGaps.find((g) => g.country.id === 'peru');

    it('counts the holder up to the attestation, and never as a holder after it', () => {
      expect(peruOn('2023-03-10')?.missing).not.toContain('defence-minister');
      expect(peruOn('2023-03-10')?.attested).toEqual([]);
      expect(registryStats([...registry, peruMinister], '2024-06-01').officeConflicts).toHaveLength(1); // Mali only
    });

    it('counts an office apart, "as of" the date, when the attestation is recent enough, and missing otherwise', () => {
      const recent = peruOn('2024-06-01');
      expect(recent?.missing).not.toContain('defence-minister');
      expect(recent?.attested).toEqual([{ office: 'defence-minister', holder: peruMinister, asOf: '2023-03-10' }]);
      const later = peruOn('2025-06-01');
      expect(later?.missing).toContain('defence-minister');
      expect(later?.attested).toEqual([]);
      expect(later?.lastOnRecord).toEqual([{ office: 'defence-minister', holder: peruMinister, asOf: '2023-03-10' }]);
    });

    it('takes the cut-off as an argument, by default 18 months before the date', () => {
      expect(ATTESTATION_MONTHS).toBe(18);
      expect(monthsBefore('2024-06-01', 18)).toBe('2022-12-01');
      expect(monthsBefore('2024-08-31', 18)).toBe('2023-02-28');
      const stats = registryStats([...registry, peruMinister], '2025-06-01', '2023-01-01');
      expect(stats.officeGaps.find((g) => g.country.id === 'peru')?.attested.map((a) => a.asOf)).toEqual([
        '2023-03-10',
      ]);
    });

    it('forgets an attested holder someone is on record as having replaced since', () => {
      const successor = official('peru-successor', [
        { title: 'Minister of Defence', office: 'defence-minister', country: 'peru', start: '2023-07', end: '2024-01' },
      ]);
      const peru = peruOn('2024-06-01', [successor]);
      expect(peru?.missing).toContain('defence-minister');
      expect(peru?.attested).toEqual([]);
      expect(peru?.lastOnRecord).toEqual([]);
    });
  });

  it('lists an office with more than one holder on the date, unless the country says it is held jointly', () => {
    expect(stats.officeConflicts.map((c) => [c.country.id, c.office, c.holders.map((h) => h.id)])).toEqual([
      ['mali', 'head-of-state', ['mali-new', 'mali-old']],
    ]);
    // Before the second president took office there was only one.
    expect(registryStats(registry, '2021-01-01').officeConflicts.map((c) => c.country.id)).toEqual([]);
  });
});
