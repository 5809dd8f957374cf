import { describe, expect, it } from 'vitest';
import { peopleFromRows } from '../../src/lib/entities/officials-generator/extracts.ts';
import { generateOfficials } from '../../src/lib/entities/officials-generator/generate.ts';
import { parseCsv, type HolderRow, type Overrides } from '../../src/lib/entities/officials-generator/inputs.ts';
import { officeFromTitle, officeOf } from '../../src/lib/entities/officials-generator/offices.ts';
import { regionOf } from '../../src/lib/entities/officials-generator/output.ts';
import {
  distinctiveSurname,
  monarchForms,
  pressForms,
} from '../../src/lib/entities/officials-generator/press-names.ts';
import type { Country, Official } from '../../src/lib/entities/types.ts';

const overrides: Overrides = {
  newestSnapshot: '2026',
  countries: {},
  skipCountries: ['Q999'],
  exclude: ['Q13'],
  excludeRows: [],
  positions: { 'member of the testland council': null },
  skipPositions: ['military leader'],
  people: {},
};

function row(p: Partial<HolderRow>): HolderRow {
  return {
    countryItem: 'Q1',
    countryLabel: 'Testland',
    position: 'P-PRES',
    positionLabel: 'President of Testland',
    person: 'Q10',
    personLabel: 'Ada Exampleton',
    start: '2015',
    end: '',
    lastSeen: '2026',
    ...p,
  };
}

const testland: Country = {
  id: 'testland',
  kind: 'country',
  name: 'Testland',
  aliases: [],
  description: 'Country in Western Africa; capital Testville.',
  iso2: 'TL',
  demonyms: ['Testish'],
  sources: [],
};

describe('officeOf', () => {
  it('reads the office from the title, the overrides first', () => {
    expect(officeOf('President of Testland', overrides)).toBe('head-of-state');
    expect(officeOf('Prime Minister of Testland', overrides)).toBe('head-of-government');
    expect(officeOf('Federal Chancellor of Testland', overrides)).toBe('head-of-government');
    expect(officeOf('Chancellor of Testland', overrides)).toBe('head-of-government');
    expect(officeOf('Chancellor of the Exchequer', overrides)).toBeUndefined(); // a finance minister
    expect(officeOf('Chancellor of the Duchy of Lancaster', overrides)).toBeUndefined();
    expect(officeOf('King of Testland', overrides)).toBe('head-of-state');
    expect(officeOf('Member of the Testland Council', overrides)).toBeUndefined();
    expect(officeOf('Governor of Test Province', overrides)).toBeUndefined();
  });
});

describe('officeFromTitle', () => {
  it('reads the four ministries and the military chief from hand-written titles', () => {
    expect(officeFromTitle('Secretary of State', overrides)).toBe('foreign-minister');
    expect(officeFromTitle('Minister of the Armed Forces', overrides)).toBe('defence-minister');
    expect(officeFromTitle('Home Secretary', overrides)).toBe('interior-minister');
    expect(officeFromTitle('Chief of the General Staff', overrides)).toBe('armed-forces-chief');
    expect(officeFromTitle('President of Testland', overrides)).toBe('head-of-state');
  });
  it('never gives the office to deputies, spokespeople, acting holders or regional leaders', () => {
    expect(officeFromTitle('Deputy Minister of Defence', overrides)).toBeUndefined();
    expect(officeFromTitle('Foreign Ministry Spokesperson', overrides)).toBeUndefined();
    expect(officeFromTitle('Acting President of Testland', overrides)).toBeUndefined();
    expect(officeFromTitle('Minister of State for Foreign Affairs', overrides)).toBeUndefined();
    expect(officeFromTitle('President of the Kurdistan Region', overrides)).toBeUndefined();
  });
});

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

describe('regionOf', () => {
  it('maps the country description to a region folder', () => {
    expect(regionOf(testland)).toBe('africa');
    expect(regionOf({ ...testland, description: 'Country in the Caribbean; capital X.' })).toBe('north-america');
  });
});

describe('generateOfficials', () => {
  const curated: Official = {
    id: 'ada-exampleton',
    kind: 'official',
    name: 'Ada Exampleton',
    aliases: ['Ada B. Exampleton'],
    shortNames: ['Exampleton'],
    description: 'Testish politician; President of Testland since 2015.',
    roles: [{ title: 'President of Testland', office: 'head-of-state', country: 'testland', start: '2015-05-01' }],
    sources: ['https://example.org/ada'],
  };

  it('merges a dataset person into the curated record of the same name and country, keeping its id', () => {
    const files = generateOfficials({
      countries: [testland],
      heads: [
        row({}),
        row({
          person: 'Q10',
          positionLabel: 'Prime Minister of Testland',
          position: 'P-PM',
          start: '2010',
          end: '2015',
        }),
      ],
      international: [],
      curated: [{ file: 'africa/testland.yaml', official: curated }],
      overrides,
    });
    expect(files.map((f) => f.path)).toEqual(['africa/testland.yaml']);
    const [ada] = files[0]!.officials;
    expect(ada?.id).toBe('ada-exampleton');
    expect(ada?.wikidata).toBe('Q10');
    expect(ada?.sources).toEqual(['https://example.org/ada', 'wikidata:Q10']);
    // The curated term (2015-05-01) covers the dataset's 2015 one; the 2010 premiership is added.
    expect(ada?.roles.map((r) => `${r.title} ${r.start}`)).toEqual([
      'Prime Minister of Testland 2010',
      'President of Testland 2015-05-01',
    ]);
  });

  it('dates a dataset term by the curated row for it: its end, and a more precise start, but never a vaguer end', () => {
    const term = (start: string, end: string) => ({
      country: 'testland',
      title: 'President of Testland',
      office: 'head-of-state',
      name: 'Ada Exampleton',
      start,
      end,
      source: 'https://example.org/ada-left',
    });
    const roles = (heads: HolderRow[], terms: ReturnType<typeof term>[], curated: Official[] = []) =>
      generateOfficials({
        countries: [testland],
        heads,
        international: [],
        curated: curated.map((official) => ({ file: 'africa/testland.yaml', official })),
        terms,
        overrides,
      })[0]!.officials[0]!.roles;
    // The extract ends the term in the year a successor was first seen; the page gives the day.
    expect(roles([row({ end: '2026' })], [term('2015-05-01', '2024-03-11')])).toEqual([
      {
        title: 'President of Testland',
        office: 'head-of-state',
        country: 'testland',
        start: '2015-05-01',
        end: '2024-03-11',
      },
    ]);
    // A hand-written record that dates the end to the day keeps it against a row that gives only the year.
    const dated: Official = {
      ...curated,
      roles: [{ ...curated.roles[0]!, end: '2024-03-11' }],
    };
    expect(roles([], [term('2015', '2024')], [dated])[0]).toMatchObject({ start: '2015-05-01', end: '2024-03-11' });
  });

  it('writes a dataset person with honorific aliases, a description and the dataset as source', () => {
    const files = generateOfficials({
      countries: [testland],
      heads: [row({ personLabel: 'Hakainde Hichilema' })],
      international: [],
      curated: [],
      overrides,
    });
    expect(files[0]?.path).toBe('africa/testland.yaml');
    expect(files[0]?.officials[0]).toMatchObject({
      id: 'hakainde-hichilema',
      aliases: ['President Hakainde Hichilema'],
      shortNames: ['Hichilema'],
      description: 'Testish politician; President of Testland since 2015.',
      wikidata: 'Q10',
      sources: ['wikidata:Q10'],
    });
  });

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

/** The one official generated from a single hand-curated term, current since its start year. */
const curatedHolder = (country: Country, name: string, title: string, start: string) =>
  generateOfficials({
    countries: [country],
    heads: [],
    international: [],
    curated: [],
    terms: [{ country: country.id, title, office: '', name, start, end: '', source: 'https://example.org/term' }],
    overrides,
  })[0]!.officials[0]!;

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

describe('parseCsv', () => {
  it('reads quoted fields with commas and doubled quotes', () => {
    expect(parseCsv('a,b\n"x, y","say ""hi"""\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
    ]);
  });
});
