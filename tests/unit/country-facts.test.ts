import { describe, expect, it } from 'vitest';
import { countryFacts } from '../../src/lib/country-facts.ts';
import type { Country, Entity, Militia, Official, Role } from '../../src/lib/entities/types.ts';

const militia = (id: string, operatesIn: string[]): Militia => ({
  id,
  kind: 'militia',
  name: id.replace(/-/g, ' '),
  aliases: [],
  description: 'Synthetic.',
  sources: [],
  operatesIn,
  parents: [],
  leaders: [],
});
const official = (id: string, roles: Role[]): Official => ({
  id,
  kind: 'official',
  name: id.replace(/-/g, ' '),
  aliases: [],
  description: 'Synthetic.',
  sources: [],
  roles,
  shortNames: [],
});

const registry: Entity[] = [
  militia('zeta-brigade', ['iraq', 'syria']),
  militia('alpha-front', ['iraq']),
  official('old-minister', [{ title: 'Minister of Defence', country: 'iraq', start: '2018', end: '2022-10' }]),
  official('new-minister', [
    { title: 'Minister of Defence', office: 'defence-minister', country: 'iraq', start: '2022-10-27' },
  ]),
  official('a-president', [
    { title: 'President of Iraq', office: 'head-of-state', country: 'iraq', start: '2022-10-13' },
  ]),
  official('an-envoy', [{ title: 'Envoy', organisation: 'A synthetic body', start: '2020' }]),
];

describe('countryFacts', () => {
  const facts = countryFacts(registry, '2024-01-04');

  it('lists the armed groups operating in each country, A–Z', () => {
    expect(facts.get('iraq')?.armedGroups.map((m) => m.id)).toEqual(['alpha-front', 'zeta-brigade']);
    expect(facts.get('syria')?.armedGroups.map((m) => m.id)).toEqual(['zeta-brigade']);
  });

  it('lists who holds the country’s offices on the given date, heads of state first', () => {
    expect(facts.get('iraq')?.officeHolders.map((h) => h.official.id)).toEqual(['a-president', 'new-minister']);
  });

  it('takes the date as an argument: earlier, the earlier office holder', () => {
    const earlier = countryFacts(registry, '2021-06-01');
    expect(earlier.get('iraq')?.officeHolders.map((h) => h.official.id)).toEqual(['old-minister']);
  });

  it('says which offices the head of state also holds, which several people hold and which the country lacks', () => {
    const costaRica: Country = {
      id: 'costa-rica',
      kind: 'country',
      name: 'Costa Rica',
      aliases: [],
      description: 'Synthetic.',
      sources: [],
      iso2: 'CR',
      demonyms: [],
      stateOffices: {
        heldBy: { 'head-of-government': 'head-of-state' },
        noSuchOffice: ['armed-forces-chief'],
        heldJointly: ['head-of-state'],
        sources: ['https://example.org/constitution'],
      },
    };
    expect(countryFacts([...registry, costaRica], '2024-01-04').get('costa-rica')?.officeNotes).toEqual([
      'The head of state is also the head of government.',
      'More than one person holds the office of head of state at once.',
      'Costa Rica has no chief of the armed forces.',
    ]);
    expect(facts.get('iraq')?.officeNotes).toEqual([]);
  });

  it('says an office is vacant from the day the record gives, while nobody on record holds it', () => {
    const haiti: Country = {
      id: 'haiti',
      kind: 'country',
      name: 'Haiti',
      aliases: [],
      description: 'Synthetic.',
      sources: [],
      iso2: 'HT',
      demonyms: [],
      stateOffices: {
        heldBy: {},
        noSuchOffice: [],
        heldJointly: [],
        vacant: [{ office: 'head-of-state', since: '2026-02-07', note: 'The prime minister governs alone.' }],
        sources: ['https://example.org/haiti'],
      },
    };
    const notes = (entities: Entity[], asOf: string) => countryFacts(entities, asOf).get('haiti')?.officeNotes ?? [];
    expect(notes([haiti], '2026-03-01')).toEqual([
      'The office of head of state has been vacant since 7 February 2026: The prime minister governs alone.',
    ]);
    expect(notes([haiti], '2026-02-06')).toEqual([]);
    const president = official('a-president', [
      { title: 'President of Haiti', office: 'head-of-state', country: 'haiti', start: '2027-02-07' },
    ]);
    expect(notes([haiti, president], '2027-03-01')).toEqual([]);
  });

  it('names the last holder on record of an office nobody holds on the date, as of the date a source last saw it', () => {
    const attested = official('attested-minister', [
      {
        title: 'Minister of Interior',
        office: 'interior-minister',
        country: 'iraq',
        start: '2020',
        lastAttested: '2022-08-02',
      },
      { title: 'Minister of Health', country: 'iraq', start: '2019', lastAttested: '2022-08-02' },
    ]);
    const on = (date: string) => countryFacts([...registry, attested], date).get('iraq');
    // Up to the attestation the term is held; after it, it is no holding, only "last on record".
    expect(on('2022-08-02')?.officeHolders.map((h) => h.official.id)).toContain('attested-minister');
    expect(on('2022-08-02')?.lastOnRecord).toEqual([]);
    expect(on('2024-01-04')?.officeHolders.map((h) => h.official.id)).not.toContain('attested-minister');
    expect(on('2024-01-04')?.lastOnRecord.map((t) => [t.official.id, t.role.title])).toEqual([
      ['attested-minister', 'Minister of Interior'],
    ]);
    // Someone on record in the office since: the attested holder is not the last one.
    const successor = official('successor', [
      { title: 'Minister of Interior', office: 'interior-minister', country: 'iraq', start: '2023', end: '2023-12' },
    ]);
    expect(countryFacts([...registry, attested, successor], '2024-01-04').get('iraq')?.lastOnRecord).toEqual([]);
  });

  it('leaves out roles that belong to no country', () => {
    expect([...facts.values()].flatMap((f) => f.officeHolders.map((h) => h.official.id))).not.toContain('an-envoy');
  });
});
