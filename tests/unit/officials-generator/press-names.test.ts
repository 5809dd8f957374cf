import { describe, expect, it } from 'vitest';
import {
  distinctiveSurname,
  monarchForms,
  pressForms,
} from '../../../src/lib/entities/officials-generator/press-names.ts';
import type { Country } from '../../../src/lib/entities/types.ts';
import { curatedHolder, testland } from '../../fixtures/officials-generator.ts';

describe('distinctiveSurname', () => {
  it('gives the last word of a plain name of five letters or more', () => {
    expect(distinctiveSurname('William Ruto')).toBeUndefined(); // four letters
    expect(distinctiveSurname('Hakainde Hichilema')).toBe('Hichilema');
  });
  it('refuses regnal names, common family names and titled labels', () => {
    expect(distinctiveSurname('Mswati III')).toBeUndefined();
    expect(distinctiveSurname('Imran Khan')).toBeUndefined();
    expect(distinctiveSurname('Albert II, Prince of Monaco')).toBeUndefined();
    expect(distinctiveSurname('Keith Mitchell')).toBeUndefined();
  });
});

describe('press forms of names', () => {
  it('gives the first-and-last-name form of a plain three-word name', () => {
    expect(pressForms('Hage Gottfried Geingob')).toEqual(['Hage Geingob']);
    expect(pressForms('Abdel Fattah el-Sisi')).toEqual([]);
    expect(pressForms('William Ruto')).toEqual([]);
  });
  it("uses the first surname where the father's surname comes first", () => {
    expect(pressForms('Roberto Legrá Sotolongo', 'cuba')).toEqual(['Roberto Legrá']);
    expect(distinctiveSurname('Roberto Legrá Sotolongo', 'cuba')).toBe('Legrá');
    expect(pressForms('Santiago Peña Palacios', 'paraguay')).toEqual(['Santiago Peña', 'Peña Palacios']);
    expect(distinctiveSurname('Santiago Peña Palacios', 'paraguay')).toBeUndefined();
    expect(distinctiveSurname('Manuel Marrero Cruz', 'cuba')).toBe('Marrero');
  });
  it('takes a rare second family name as the short name after a very common first one', () => {
    expect(pressForms('Alfredo Pérez Rubalcaba', 'spain')).toEqual(['Alfredo Pérez', 'Pérez Rubalcaba']);
    expect(distinctiveSurname('Alfredo Pérez Rubalcaba', 'spain')).toBe('Rubalcaba');
    // Both family names very common: neither alone names the person.
    expect(distinctiveSurname('Enrique Peña Nieto', 'mexico')).toBeUndefined();
  });
  it('gives both family names of a Portuguese name, and the last one alone', () => {
    expect(pressForms('Pedro Passos Coelho', 'portugal')).toEqual(['Passos Coelho']);
    expect(distinctiveSurname('Pedro Passos Coelho', 'portugal')).toBe('Coelho');
    expect(pressForms('Walter Braga Netto', 'brazil')).toEqual(['Braga Netto']);
    expect(pressForms('Carlos Gomes Júnior', 'guinea-bissau')).toEqual(['Gomes Júnior']);
    expect(distinctiveSurname('Carlos Gomes Júnior', 'guinea-bissau')).toBeUndefined(); // a suffix, not a name
    // After a second given name, given name and family name.
    expect(pressForms('Carlos Alberto França', 'brazil')).toEqual(['Carlos França']);
    expect(pressForms('Fernando Henrique Cardoso', 'brazil')).toEqual(['Fernando Cardoso']);
    // A compound family name is never cut.
    expect(pressForms('Jorge Bom Jesus', 'sao-tome-and-principe')).toEqual(['Bom Jesus']);
    expect(distinctiveSurname('Jorge Bom Jesus', 'sao-tome-and-principe')).toBeUndefined();
  });
  it('keeps the last word after a second given name, and outside the Spanish-speaking countries', () => {
    expect(pressForms('José Raúl Mulino', 'panama')).toEqual(['José Mulino']);
    expect(distinctiveSurname('José Raúl Mulino', 'panama')).toBe('Mulino');
    expect(pressForms('Rosa Icela Rodríguez', 'mexico')).toEqual(['Rosa Rodríguez']);
    expect(pressForms('Roberto Legrá Sotolongo')).toEqual(['Roberto Sotolongo']);
    // A compound family name has no shorter form.
    expect(pressForms('Marcelo Dalle Nogare', 'argentina')).toEqual([]);
    expect(distinctiveSurname('Marcelo Dalle Nogare', 'argentina')).toBeUndefined();
    // Two words: one family name whatever the country.
    expect(distinctiveSurname('Hugo Chávez', 'venezuela')).toBe('Chávez');
  });
  it('never takes a given name for the family name where the family name comes first', () => {
    expect(distinctiveSurname('Xi Jinping', 'china')).toBeUndefined(); // "Xi": two letters
    expect(distinctiveSurname('Hun Manet', 'cambodia')).toBeUndefined();
    expect(distinctiveSurname('Chung Eui-yong', 'south-korea')).toBe('Chung');
    expect(pressForms('Kim Jong Un', 'north-korea')).toEqual([]);
    expect(distinctiveSurname('Xi Jinping')).toBe('Jinping'); // without the country, the last word
  });
  it('gives the regnal and the styled name of a monarch', () => {
    const king = [{ title: 'King of Testland', start: '2010' }];
    expect(monarchForms('Mohammed VI of Morocco', king)).toEqual(['Mohammed VI', 'King Mohammed VI']);
    expect(monarchForms('Albert II, Prince of Monaco', [{ title: 'Prince of Monaco', start: '2005' }])).toEqual([
      'Albert II',
      'Prince Albert II',
    ]);
    expect(monarchForms('Naruhito', king)).toEqual([]);
  });
});

describe('names of hand-curated people', () => {
  const named = (country: Country, name: string) => curatedHolder(country, name, 'Chief of the General Staff', '2021');
  it("names a Spanish-speaking country's official by the first surname, others by the last word", () => {
    const cuba: Country = { ...testland, id: 'cuba', name: 'Cuba', iso2: 'CU', demonyms: ['Cuban'] };
    const chief = named(cuba, 'Roberto Legrá Sotolongo');
    expect(chief.aliases).toEqual(['Roberto Legrá']);
    expect(chief.shortNames).toEqual(['Legrá']);
    const other = named(testland, 'Roberto Legrá Sotolongo');
    expect(other.aliases).toEqual(['Roberto Sotolongo']);
    expect(other.shortNames).toEqual(['Sotolongo']);
  });
});
