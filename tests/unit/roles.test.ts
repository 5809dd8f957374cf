import { describe, expect, it } from 'vitest';
import { attestationSource, lastAttestedTerms, roleDates, rolesOn } from '../../src/lib/entities/roles.ts';
import type { Official, Role } from '../../src/lib/entities/types.ts';

const official = (id: string, roles: Role[], more: Partial<Official> = {}): Official => ({
  id,
  kind: 'official',
  name: id,
  aliases: [],
  description: 'Synthetic.',
  sources: [],
  roles,
  shortNames: [],
  ...more,
});

/** A minister of a synthetic country whose source, a snapshot of 2 August 2022, showed her still in office. */
const attested: Role = {
  title: 'Minister of Defence',
  office: 'defence-minister',
  country: 'testland',
  start: '2020-06',
  lastAttested: '2022-08-02',
};
const minister = official('ada-exampleton', [attested], { wikidata: 'Q50', sources: ['wikidata:Q50'] });

describe('rolesOn', () => {
  it('holds a term known only up to a date from its start to that date, and not after', () => {
    expect(rolesOn(minister, '2020-06-15')).toEqual([attested]);
    expect(rolesOn(minister, '2022-08-02')).toEqual([attested]);
    expect(rolesOn(minister, '2022-08-03')).toEqual([]);
    expect(rolesOn(minister, '2020-05-31')).toEqual([]);
  });
});

describe('lastAttestedTerms', () => {
  const successor = official('successor', [
    { title: 'Minister of Defence', office: 'defence-minister', country: 'testland', start: '2023-01', end: '2023-06' },
  ]);
  it('keeps an attested term nobody is on record as having taken over since', () => {
    expect(lastAttestedTerms([{ official: minister, role: attested }], '2024-01-04')).toHaveLength(1);
  });
  it('drops it once another person’s term of the office starts after the attestation, on or before the date', () => {
    const terms = [
      { official: minister, role: attested },
      { official: successor, role: successor.roles[0]! },
    ];
    expect(lastAttestedTerms(terms, '2024-01-04')).toEqual([]);
    // Before the successor took office, the attested holder is still the last one on record.
    expect(lastAttestedTerms(terms, '2022-12-01')).toHaveLength(1);
  });
  it('does not count a start that may be the same day ("2022" against 2 August 2022) as a takeover', () => {
    const sameYear = official('same-year', [{ ...attested, start: '2022', lastAttested: undefined, end: '2022' }]);
    const terms = [
      { official: minister, role: attested },
      { official: sameYear, role: sameYear.roles[0]! },
    ];
    expect(lastAttestedTerms(terms, '2024-01-04').map((t) => t.official.id)).toEqual(['ada-exampleton']);
  });
});

describe('roleDates', () => {
  it('says "in office as of" the attestation, with its source, neither an end nor "present"', () => {
    expect(roleDates(attested, minister)).toBe('from June 2020, in office as of 2 August 2022 (Wikidata)');
    expect(roleDates(attested, official('hand-written', [attested]))).toBe(
      'from June 2020, in office as of 2 August 2022 (its sources)',
    );
  });
  it('gives ended and continuing terms as before', () => {
    expect(roleDates({ title: 'M', start: '2019-05-01', end: '2022-08-02' }, minister)).toBe(
      '1 May 2019–2 August 2022',
    );
    expect(roleDates({ title: 'M', start: '2019' }, minister)).toBe('2019–present');
  });
  it('names Wikidata only for a record read from its item', () => {
    expect(attestationSource(minister)).toBe('Wikidata');
    expect(attestationSource(official('x', [], { wikidata: 'Q50', sources: ['https://example.org/x'] }))).toBe(
      'its sources',
    );
  });
});
