import { describe, expect, it } from 'vitest';
import { addTerm, compareRoles } from '../../../src/lib/entities/officials-generator/terms.ts';
import type { Official, Role } from '../../../src/lib/entities/types.ts';

const president: Role = { title: 'President of Testland', office: 'head-of-state', country: 'testland', start: '2015' };
const withRoles = (...roles: Role[]): Official => ({
  id: 'ada-exampleton',
  kind: 'official',
  name: 'Ada Exampleton',
  aliases: [],
  shortNames: [],
  description: '',
  roles: roles.map((r) => ({ ...r })),
  sources: [],
});

describe('addTerm', () => {
  it('takes a term of the same office, country and start year as the same term, whatever its wording', () => {
    const ada = withRoles(president);
    addTerm(ada, {
      title: 'President of the Republic of Testland',
      office: 'head-of-state',
      country: 'testland',
      start: '2015-05-01',
    });
    expect(ada.roles).toEqual([president]);
  });

  it('gives the office to the same title without one', () => {
    const ada = withRoles({ title: 'President of Testland', country: 'testland', start: '2015' });
    addTerm(ada, president);
    expect(ada.roles).toEqual([president]);
  });

  it('adds a term of another start year or another country', () => {
    const ada = withRoles(president);
    addTerm(ada, { ...president, start: '2021' });
    addTerm(ada, { ...president, country: 'otherland' });
    expect(ada.roles.map((r) => `${r.country} ${r.start}`)).toEqual([
      'testland 2015',
      'testland 2021',
      'otherland 2015',
    ]);
  });

  it("lets only a curated term date the record's term: a more precise start, an end unless it is vaguer", () => {
    const fromExtract = withRoles(president);
    addTerm(fromExtract, { ...president, start: '2015-05-01', end: '2024' });
    expect(fromExtract.roles).toEqual([president]);

    const fromPage = withRoles(president);
    addTerm(fromPage, { ...president, start: '2015-05-01', end: '2024-03-11' }, { curated: true });
    expect(fromPage.roles).toEqual([{ ...president, start: '2015-05-01', end: '2024-03-11' }]);
    addTerm(fromPage, { ...president, end: '2024' }, { curated: true });
    expect(fromPage.roles[0]?.end).toBe('2024-03-11');
  });
});

describe('compareRoles', () => {
  it('orders roles by start, then title', () => {
    const roles: Role[] = [
      { title: 'Secretary-General of Testing', start: '2020' },
      { title: 'Prime Minister of Testland', country: 'testland', start: '2012' },
      { title: 'Foreign Minister of Otherland', country: 'otherland', start: '2012' },
    ].sort(compareRoles);
    expect(roles.map((r) => r.title)).toEqual([
      'Foreign Minister of Otherland',
      'Prime Minister of Testland',
      'Secretary-General of Testing',
    ]);
  });
});
