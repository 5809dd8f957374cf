import { describe, expect, it } from 'vitest';
import type { Country } from '../../../src/lib/entities/types.ts';
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
