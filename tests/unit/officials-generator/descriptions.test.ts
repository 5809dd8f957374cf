import { describe, expect, it } from 'vitest';
import { generatedDescription } from '../../../src/lib/entities/officials-generator/descriptions.ts';
import type { Country, Role } from '../../../src/lib/entities/types.ts';
import { curatedHolder, testland } from '../../fixtures/officials-generator.ts';

describe('descriptions of people from countries without a demonym', () => {
  const describeHolder = (country: Country, title: string) =>
    curatedHolder(country, 'Ada Exampleton', title, '2015').description;
  const noDemonym = (id: string, name: string, iso2: string): Country => ({
    ...testland,
    id,
    name,
    iso2,
    demonyms: [],
  });

  it('calls an official of the Republic of the Congo Congolese, not International', () => {
    const congo = noDemonym('republic-of-the-congo', 'Republic of the Congo', 'CG');
    expect(describeHolder(congo, 'Minister of Foreign Affairs of the Republic of the Congo')).toBe(
      'Congolese politician; Minister of Foreign Affairs of the Republic of the Congo since 2015.',
    );
  });

  it('calls a Vatican officer a Holy See official and the Pope the head of the Holy See', () => {
    const vatican = noDemonym('vatican-city', 'Vatican City', 'VA');
    expect(describeHolder(vatican, 'Cardinal Secretary of State')).toBe(
      'Holy See official; Cardinal Secretary of State since 2015.',
    );
    expect(describeHolder(vatican, 'Pope')).toBe('Head of the Holy See; Pope since 2015.');
  });

  it('still uses the demonym where there is one', () => {
    expect(describeHolder(testland, 'Minister of Foreign Affairs of Testland')).toBe(
      'Testish politician; Minister of Foreign Affairs of Testland since 2015.',
    );
  });
});

describe('generatedDescription', () => {
  const countryById = new Map([[testland.id, testland]]);
  const testish = (roles: Role[]) =>
    generatedDescription(roles, roles.some((r) => r.country === 'testland') ? 'testland' : undefined, countryById);

  it('names the kind of person: monarch, politician, military officer or official', () => {
    expect(testish([{ title: 'King of Testland', office: 'head-of-state', country: 'testland', start: '2010' }])).toBe(
      'Testish monarch; King of Testland since 2010.',
    );
    expect(testish([{ title: 'Minister of Finance of Testland', country: 'testland', start: '2010' }])).toBe(
      'Testish politician; Minister of Finance of Testland since 2010.',
    );
    expect(testish([{ title: 'Governor of Test Province', country: 'testland', start: '2010' }])).toBe(
      'Testish official; Governor of Test Province since 2010.',
    );
    expect(testish([{ title: 'High Commissioner for Testing', start: '2017' }])).toBe(
      'International official; High Commissioner for Testing since 2017.',
    );
  });

  it('gives the two terms that ended last, with their years', () => {
    const roles: Role[] = [
      { title: 'Deputy Chief of the General Staff', country: 'testland', start: '2005', end: '2009' },
      {
        title: 'Chief of the General Staff',
        office: 'armed-forces-chief',
        country: 'testland',
        start: '2010-02',
        end: '2014-06',
      },
      { title: 'Commander of the Testland Army', country: 'testland', start: '2016-01', end: '2016-09' },
    ];
    expect(testish(roles)).toBe(
      'Testish military officer; Commander of the Testland Army in 2016; Chief of the General Staff from 2010 to 2014.',
    );
  });
});

describe('generatedDescription of a person with roles in several countries', () => {
  const otherland: Country = { ...testland, id: 'otherland', name: 'Otherland', demonyms: ['Otherish'] };
  const countryById = new Map([testland, otherland].map((c) => [c.id, c]));

  it("opens with the home country's demonym and lists one office held in several at once by the home country's", () => {
    const realms: Role[] = [
      { title: 'Monarch of Otherland', office: 'head-of-state', country: 'otherland', start: '1990', end: '2022' },
      { title: 'Monarch of Testland', office: 'head-of-state', country: 'testland', start: '1995', end: '2022' },
    ];
    expect(generatedDescription(realms, 'testland', countryById)).toBe(
      'Testish monarch; Monarch of Testland from 1995 to 2022.',
    );
  });

  it('keeps the same office held in another country at another time', () => {
    const ministries: Role[] = [
      {
        title: 'Minister of Defence of Otherland',
        office: 'defence-minister',
        country: 'otherland',
        start: '2004',
        end: '2008',
      },
      {
        title: 'Minister of Defence of Testland',
        office: 'defence-minister',
        country: 'testland',
        start: '2010',
        end: '2014',
      },
    ];
    expect(generatedDescription(ministries, 'testland', countryById)).toBe(
      'Testish politician; Minister of Defence of Testland from 2010 to 2014; Minister of Defence of Otherland from 2004 to 2008.',
    );
  });
});
