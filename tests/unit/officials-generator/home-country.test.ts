import { describe, expect, it } from 'vitest';
import { homeCountry } from '../../../src/lib/entities/officials-generator/home-country.ts';
import type { Role } from '../../../src/lib/entities/types.ts';

describe('homeCountry', () => {
  const ada = { name: 'Ada Exampleton', wikidata: 'Q10' };
  const home = (roles: Role[], override?: string) => homeCountry(roles, override, ada);

  it('is the country of the most senior office, not that of the first or the latest role', () => {
    expect(
      home([
        { title: 'Minister of Finance of Otherland', country: 'otherland', start: '2000', end: '2004' },
        { title: 'President of Testland', office: 'head-of-state', country: 'testland', start: '2005', end: '2012' },
        { title: 'Governor of Otherland Province', country: 'otherland', start: '2015', end: '2018' },
      ]),
    ).toBe('testland');
    expect(
      home([
        { title: 'Chief of the General Staff', office: 'armed-forces-chief', country: 'testland', start: '2001' },
        { title: 'Ambassador of Otherland to Testland', country: 'otherland', start: '2010' },
      ]),
    ).toBe('testland');
  });

  it('among offices of the same rank, is the country of the term that ended last, a current one first', () => {
    const otherPremier: Role = {
      title: 'Prime Minister of Otherland',
      office: 'head-of-government',
      country: 'otherland',
      start: '2012',
      end: '2016',
    };
    const testPresident: Role = {
      title: 'President of Testland',
      office: 'head-of-state',
      country: 'testland',
      start: '2000',
      end: '2010',
    };
    expect(home([testPresident, otherPremier])).toBe('otherland');
    const { end: _, ...currentPresident } = testPresident;
    expect(home([currentPresident, otherPremier])).toBe('testland');
  });

  it("prefers an office that is not a monarch's: a president who is also co-prince of another country", () => {
    expect(
      home([
        { title: 'Co-prince of Otherland', office: 'head-of-state', country: 'otherland', start: '2017' },
        { title: 'President of Testland', office: 'head-of-state', country: 'testland', start: '2017' },
      ]),
    ).toBe('testland');
  });

  it('then the country where the office was held longest', () => {
    expect(
      home([
        { title: 'Monarch of Testland', office: 'head-of-state', country: 'testland', start: '1990', end: '2022' },
        { title: 'Monarch of Otherland', office: 'head-of-state', country: 'otherland', start: '2001', end: '2022' },
      ]),
    ).toBe('testland');
  });

  it('is decided by national roles only; a person with international roles alone has none', () => {
    const envoy: Role = { title: 'Special Envoy for Testing', office: 'head-of-state', start: '2015' };
    expect(home([envoy])).toBeUndefined();
    expect(
      home([
        { title: 'Minister of Foreign Affairs of Otherland', country: 'otherland', start: '2010', end: '2012' },
        envoy,
      ]),
    ).toBe('otherland');
  });

  describe('where the roles tie (a monarch of several realms)', () => {
    const realms: Role[] = [
      { title: 'Monarch of Otherland', office: 'head-of-state', country: 'otherland', start: '2022' },
      { title: 'Monarch of Testland', office: 'head-of-state', country: 'testland', start: '2022' },
    ];

    it("asks for the curator's choice, naming the person and where to give it", () => {
      expect(() => home(realms)).toThrow(
        'Ada Exampleton: roles in otherland, testland tie for the home country (the same office over the same ' +
          'years); give one as people.Q10.homeCountry in officials.overrides.yaml',
      );
      expect(() => homeCountry(realms, undefined, { name: 'Ada Exampleton' })).toThrow(
        /write the record by hand in officials-curated\//,
      );
    });

    it("takes the choice, and refuses one that is none of the person's countries", () => {
      expect(home(realms, 'testland')).toBe('testland');
      expect(() => home(realms, 'elsewhere')).toThrow(
        'officials.overrides.yaml, people.Q10.homeCountry: "elsewhere" is none of Ada Exampleton\'s countries ' +
          '(otherland, testland)',
      );
    });
  });
});
