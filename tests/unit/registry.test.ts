import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegistry } from '../../src/lib/entities/load-registry.ts';
import {
  RegistryError,
  entitySchema,
  normaliseAlias,
  registryDigest,
  validateRegistry,
} from '../../src/lib/entities/registry.ts';
import type { Country, Entity, Militia, Official } from '../../src/lib/entities/types.ts';

const registry = loadRegistry();
const byId = new Map(registry.map((e) => [e.id, e]));

/** Every name, alias and demonym, normalised, to the id that owns it. */
const nameIndex = new Map<string, string>();
for (const e of registry) {
  const names = [e.name, ...e.aliases, ...(e.kind === 'country' ? e.demonyms : [])];
  for (const n of names) nameIndex.set(normaliseAlias(n), e.id);
}
const lookup = (s: string) => nameIndex.get(normaliseAlias(s));

function get<K extends Entity['kind']>(id: string, kind: K): Extract<Entity, { kind: K }> {
  const e = byId.get(id);
  if (e === undefined || e.kind !== kind) throw new Error(`missing ${kind} ${id}`);
  return e as Extract<Entity, { kind: K }>;
}

describe('the real registry', () => {
  it('loads without errors and has the expected size', () => {
    const count = (k: Entity['kind']) => registry.filter((e) => e.kind === k).length;
    expect(count('country')).toBeGreaterThanOrEqual(193);
    expect(count('militia')).toBeGreaterThanOrEqual(60);
    expect(count('official')).toBeGreaterThanOrEqual(150);
  });

  it('has the required countries with their codes and demonyms', () => {
    const expectations: [string, string, string][] = [
      ['united-states', 'US', 'American'],
      ['united-kingdom', 'GB', 'British'],
      ['iraq', 'IQ', 'Iraqi'],
      ['iran', 'IR', 'Iranian'],
      ['syria', 'SY', 'Syrian'],
      ['russia', 'RU', 'Russian'],
      ['south-korea', 'KR', 'South Korean'],
      ['turkey', 'TR', 'Turkish'],
      ['palestine', 'PS', 'Palestinian'],
      ['israel', 'IL', 'Israeli'],
      ['lebanon', 'LB', 'Lebanese'],
      ['yemen', 'YE', 'Yemeni'],
      ['vatican-city', 'VA', ''],
      ['kosovo', 'XK', 'Kosovar'],
      ['taiwan', 'TW', 'Taiwanese'],
    ];
    for (const [id, iso2, demonym] of expectations) {
      const c: Country = get(id, 'country');
      expect(c.iso2).toBe(iso2);
      if (demonym !== '') expect(c.demonyms).toContain(demonym);
    }
    expect(get('turkey', 'country').name).toBe('Turkey');
    expect(get('iran', 'country').name).toBe('Iran');
  });

  it('keeps curated short forms and drops English-word codes', () => {
    for (const alias of ['US', 'U.S.', 'USA', 'United States of America', 'America']) {
      expect(lookup(alias)).toBe('united-states');
    }
    for (const alias of ['UK', 'U.K.', 'Britain', 'Great Britain']) expect(lookup(alias)).toBe('united-kingdom');
    expect(lookup('UAE')).toBe('united-arab-emirates');
    expect(lookup('DRC')).toBe('dr-congo');
    expect(lookup('Türkiye')).toBe('turkey');
    expect(lookup('العراق')).toBe('iraq');
    // "IS" is the press's short form of the Islamic State, matched case-sensitively like "US"; never Iceland's code.
    expect(lookup('IS')).toBe('islamic-state');
    for (const junk of ['IN', 'IT', 'NO', 'AM', 'BE', 'ME', 'OR', 'TO', 'Island', 'Congo', 'CAN']) {
      expect(lookup(junk)).toBeUndefined();
    }
  });

  it('has the required militias with their aliases and links', () => {
    const required = [
      'popular-mobilization-units',
      'harakat-al-nujaba',
      'islamic-resistance-in-iraq',
      'houthis',
      'hezbollah',
      'hamas',
      'islamic-state',
      'kataib-hezbollah',
      'asaib-ahl-al-haq',
      'kataib-sayyid-al-shuhada',
      'badr-organization',
      'saraya-al-salam',
      'palestinian-islamic-jihad',
      'al-qassam-brigades',
      'al-quds-brigades',
      'al-aqsa-martyrs-brigades',
      'lions-den',
      'jenin-brigade',
      'hayat-tahrir-al-sham',
      'syrian-democratic-forces',
      'ypg',
      'syrian-national-army',
      'free-syrian-army',
      'al-nusra-front',
      'hurras-al-din',
      'fatemiyoun-brigade',
      'zainabiyoun-brigade',
      'amal-movement',
      'al-qaeda',
      'al-qaeda-in-the-arabian-peninsula',
      'southern-transitional-council',
      'al-shabaab',
      'taliban',
      'tehrik-i-taliban-pakistan',
      'islamic-state-khorasan',
      'haqqani-network',
      'baloch-liberation-army',
      'lashkar-e-taiba',
      'jaish-e-mohammed',
      'rapid-support-forces',
      'libyan-national-army',
      'wagner-group',
      'janjaweed',
      'sudan-liberation-movement',
      'justice-and-equality-movement',
      'ansar-al-sharia',
      'mahdi-army',
      'pkk',
    ];
    for (const id of required) get(id, 'militia');

    const nujaba: Militia = get('harakat-al-nujaba', 'militia');
    expect(nujaba.parents).toEqual(['popular-mobilization-units', 'islamic-resistance-in-iraq']);
    expect(nujaba.leaders).toContain('akram-al-kaabi');
    expect(nujaba.operatesIn).toContain('iraq');

    const seeds: [string, string][] = [
      ['PMU', 'popular-mobilization-units'],
      ['PMF', 'popular-mobilization-units'],
      ['Popular Mobilization Forces', 'popular-mobilization-units'],
      ['Popular Mobilisation Units', 'popular-mobilization-units'],
      ['Hashd al-Shaabi', 'popular-mobilization-units'],
      ['al-Hashd al-Shaabi', 'popular-mobilization-units'],
      ['الحشد الشعبي', 'popular-mobilization-units'],
      ['Harakat Hezbollah al-Nujaba', 'harakat-al-nujaba'],
      ['Nujaba', 'harakat-al-nujaba'],
      ['al-Nujaba', 'harakat-al-nujaba'],
      ['Nujaba Movement', 'harakat-al-nujaba'],
      ['حركة حزب الله النجباء', 'harakat-al-nujaba'],
      ['IRI', 'islamic-resistance-in-iraq'],
      ['al-Muqawama al-Islamiya fi al-Iraq', 'islamic-resistance-in-iraq'],
      ['Houthi', 'houthis'],
      ['Houthis', 'houthis'],
      ['Ansar Allah', 'houthis'],
      ['Ansarallah', 'houthis'],
      ['الحوثيون', 'houthis'],
      ['Hizbollah', 'hezbollah'],
      ['Hizballah', 'hezbollah'],
      ['Hizbullah', 'hezbollah'],
      ['حزب الله', 'hezbollah'],
      ['Harakat al-Muqawama al-Islamiya', 'hamas'],
      ['حماس', 'hamas'],
      ['ISIS', 'islamic-state'],
      ['Isis', 'islamic-state'],
      ['ISIL', 'islamic-state'],
      ['Islamic State of Iraq and the Levant', 'islamic-state'],
      ['Daesh', 'islamic-state'],
      ['داعش', 'islamic-state'],
      ["Kata'ib Hezbollah", 'kataib-hezbollah'],
      ['Kata’ib Hezbollah', 'kataib-hezbollah'],
      ['KH', 'kataib-hezbollah'],
      ['HTS', 'hayat-tahrir-al-sham'],
      ['SDF', 'syrian-democratic-forces'],
      ['AQAP', 'al-qaeda-in-the-arabian-peninsula'],
      ['RSF', 'rapid-support-forces'],
      ['TTP', 'tehrik-i-taliban-pakistan'],
      ['PIJ', 'palestinian-islamic-jihad'],
      ['LeT', 'lashkar-e-taiba'],
      ['JeM', 'jaish-e-mohammed'],
      ['BLA', 'baloch-liberation-army'],
      ['STC', 'southern-transitional-council'],
      ['AAH', 'asaib-ahl-al-haq'],
    ];
    for (const [alias, id] of seeds) expect(lookup(alias), alias).toBe(id);
  });

  it('has the required officials with roles and short names', () => {
    const required = [
      'pat-ryder',
      'mushtaq-taleb-al-saidi',
      'mohammed-shia-al-sudani',
      'joe-biden',
      'saleh-al-arouri',
      'yahia-rasool',
      'akram-al-kaabi',
      'hassan-nasrallah',
      'naim-qassem',
      'abdul-malik-al-houthi',
      'ismail-haniyeh',
      'yahya-sinwar',
      'mohammed-deif',
      'abu-bakr-al-baghdadi',
      'abu-mohammad-al-julani',
      'qais-al-khazali',
      'hadi-al-amiri',
      'muqtada-al-sadr',
      'falih-al-fayyadh',
      'abu-fadak-al-muhammadawi',
      'ali-khamenei',
      'ebrahim-raisi',
      'masoud-pezeshkian',
      'hossein-amir-abdollahian',
      'abbas-araghchi',
      'benjamin-netanyahu',
      'yoav-gallant',
      'israel-katz',
      'daniel-hagari',
      'herzi-halevi',
      'lloyd-austin',
      'antony-blinken',
      'donald-trump',
      'pete-hegseth',
      'marco-rubio',
      'john-kirby',
      'matthew-miller',
      'sabrina-singh',
      'rishi-sunak',
      'keir-starmer',
      'david-cameron',
      'grant-shapps',
      'john-healey',
      'david-lammy',
      'emmanuel-macron',
      'vladimir-putin',
      'sergei-lavrov',
      'sergei-shoigu',
      'andrei-belousov',
      'bashar-al-assad',
      'mahmoud-abbas',
      'mohammed-bin-salman',
      'recep-tayyip-erdogan',
      'mohammed-bin-zayed',
      'abdel-fattah-al-sisi',
      'abdel-fattah-al-burhan',
      'mohamed-hamdan-dagalo',
      'khalifa-haftar',
      'hibatullah-akhundzada',
      'shehbaz-sharif',
      'asim-munir',
      'fuad-hussein',
      'najib-mikati',
      'yahya-saree',
      'abu-obaida',
      'mohammed-abdulsalam',
    ];
    for (const id of required) get(id, 'official');

    const ryder: Official = get('pat-ryder', 'official');
    expect(ryder.shortNames).toEqual(['Ryder']);
    expect(lookup('Patrick Ryder')).toBe('pat-ryder');

    const saidi: Official = get('mushtaq-taleb-al-saidi', 'official');
    expect(saidi.shortNames).toEqual(expect.arrayContaining(['Saidi', 'al-Saidi', 'Abu Taqwa']));
    expect(saidi.roles.every((r) => r.end === '2024-01-04')).toBe(true);
    expect(saidi.roles.map((r) => r.organisation)).toEqual(
      expect.arrayContaining(['Popular Mobilization Units', 'Harakat Hezbollah al-Nujaba']),
    );

    const sudani: Official = get('mohammed-shia-al-sudani', 'official');
    expect(sudani.roles).toContainEqual({
      title: 'Prime Minister of Iraq',
      office: 'head-of-government',
      country: 'iraq',
      start: '2022-10-27',
      end: '2026-05-14',
    });
    expect(sudani.shortNames).toEqual(['Sudani', 'al-Sudani']);

    const biden: Official = get('joe-biden', 'official');
    expect(biden.roles).toContainEqual({
      title: 'President of the United States',
      office: 'head-of-state',
      country: 'united-states',
      start: '2021-01-20',
      end: '2025-01-20',
    });

    expect(get('saleh-al-arouri', 'official').roles.at(-1)?.end).toBe('2024-01-02');
    expect(get('yahia-rasool', 'official').shortNames).toEqual(['Rasool']);

    const seeds: [string, string][] = [
      ['Mushtaq Talib al-Saidi', 'mushtaq-taleb-al-saidi'],
      ['Abu Taqwa', 'mushtaq-taleb-al-saidi'],
      ["Mohammed Shia' al-Sudani", 'mohammed-shia-al-sudani'],
      ['Mohammed Shia al-Sudani', 'mohammed-shia-al-sudani'],
      ['Mohammed Shiaa al-Sudani', 'mohammed-shia-al-sudani'],
      ['Muhammad Shia al-Sudani', 'mohammed-shia-al-sudani'],
      ['محمد شياع السوداني', 'mohammed-shia-al-sudani'],
      ['Joseph R. Biden', 'joe-biden'],
      ['President Biden', 'joe-biden'],
      ['Saleh al-Aruri', 'saleh-al-arouri'],
      ['Salih al-Arouri', 'saleh-al-arouri'],
      ['Yahya Rasool', 'yahia-rasool'],
      ['Yehia Rasool', 'yahia-rasool'],
      ['Yahya Rasul', 'yahia-rasool'],
      ['Hemedti', 'mohamed-hamdan-dagalo'],
      ['Abu Mohammad al-Julani', 'abu-mohammad-al-julani'],
      ['Ahmed al-Sharaa', 'abu-mohammad-al-julani'],
    ];
    for (const [alias, id] of seeds) expect(lookup(alias), alias).toBe(id);
  });

  it('keeps bare surnames out of aliases', () => {
    for (const e of registry) {
      if (e.kind !== 'official') continue;
      const aliases = new Set(e.aliases.map(normaliseAlias));
      const clash = e.shortNames.filter((s) => aliases.has(normaliseAlias(s)) && s !== 'Abu Taqwa');
      expect(clash, e.id).toEqual([]);
    }
    for (const surname of ['Biden', 'Sudani', 'Ryder', 'Saidi', 'Arouri', 'Rasool', 'Nasrallah', 'Netanyahu']) {
      expect(lookup(surname), surname).toBeUndefined();
    }
  });

  it('has a stable digest', () => {
    const digest = registryDigest(registry);
    expect(digest).toMatch(/^[0-9a-f]{16}$/);
    expect(registryDigest([...registry].reverse())).toBe(digest);
    const changed = registry.map((e) => (e.id === 'iraq' ? { ...e, description: 'changed' } : e));
    expect(registryDigest(changed)).not.toBe(digest);
  });

  it('exports a schema the content config can reuse', () => {
    expect(entitySchema.safeParse(byId.get('iraq')).success).toBe(true);
    expect(entitySchema.safeParse({ id: 'x', kind: 'planet' }).success).toBe(false);
  });
});

// --- validation rules, each with a small bad input ---

const country = (over: Record<string, unknown> = {}) => ({
  id: 'iraq',
  kind: 'country',
  name: 'Iraq',
  aliases: ['Republic of Iraq'],
  description: 'Country in Western Asia; capital Baghdad.',
  iso2: 'IQ',
  iso3: 'IRQ',
  demonyms: ['Iraqi'],
  ...over,
});
const militia = (over: Record<string, unknown> = {}) => ({
  id: 'kataib-hezbollah',
  kind: 'militia',
  name: 'Kataib Hezbollah',
  aliases: ['KH'],
  description: 'Iraqi armed group.',
  operatesIn: ['iraq'],
  parents: [],
  leaders: ['abu-mahdi-al-muhandis'],
  ...over,
});
const official = (over: Record<string, unknown> = {}) => ({
  id: 'abu-mahdi-al-muhandis',
  kind: 'official',
  name: 'Abu Mahdi al-Muhandis',
  aliases: [],
  description: 'Iraqi militia commander.',
  roles: [{ title: 'Deputy Chairman', organisation: 'Popular Mobilization Units', start: '2014', end: '2020-01-03' }],
  shortNames: ['Muhandis'],
  ...over,
});

/** Runs the validator and returns the formatted problems, or [] when the input is valid. */
function problems(records: unknown[]): string[] {
  try {
    validateRegistry(records, 'test.yaml');
    return [];
  } catch (err) {
    if (!(err instanceof RegistryError)) throw err;
    return err.message.split('\n').slice(1);
  }
}

describe('validateRegistry', () => {
  it('accepts a small valid registry and fills list defaults', () => {
    const { aliases: _aliases, ...withoutAliases } = official();
    const result = validateRegistry([country(), militia(), withoutAliases], 'test.yaml');
    expect(result).toHaveLength(3);
    expect(result[2]?.aliases).toEqual([]);
  });

  it('reports schema violations with record and field', () => {
    const out = problems([country({ iso2: 'iq', description: '' }), militia({ kind: 'gang' })]);
    expect(out).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/test\.yaml #0 \(id "iraq"\), field "iso2": must be two capital letters/),
        expect.stringMatching(/test\.yaml #0 \(id "iraq"\), field "description": must not be empty/),
        expect.stringMatching(/test\.yaml #1 \(id "kataib-hezbollah"\), field "kind"/),
      ]),
    );
  });

  it('rejects unknown fields and bad slugs', () => {
    const out = problems([country({ capital: 'Baghdad' }), country({ id: 'Iraq Country', iso2: 'IR', iso3: 'IRN' })]);
    expect(out.some((p) => p.includes('#0') && p.includes('capital'))).toBe(true);
    expect(out.some((p) => p.includes('#1') && p.includes('field "id"') && p.includes('slug'))).toBe(true);
  });

  it('reports every problem, not just the first', () => {
    const out = problems([country({ iso2: 'x' }), militia({ operatesIn: ['atlantis'] }), official({ roles: [] })]);
    expect(out.length).toBeGreaterThanOrEqual(2);
  });

  it('finds duplicate ids across kinds', () => {
    const out = problems([country(), militia({ id: 'iraq', aliases: [], leaders: [] })]);
    expect(out).toContainEqual(
      expect.stringMatching(/test\.yaml #1 \(id "iraq"\), field "id": duplicate id.*test\.yaml #0/),
    );
  });

  it('finds an alias claimed by entities of two kinds after normalisation', () => {
    const out = problems([
      militia({ aliases: ["Kata'ib Hezbollah"], leaders: [] }),
      country(),
      country({ id: 'other', name: 'Other', iso2: 'OT', iso3: 'OTH', aliases: ['KATA’IB HEZBOLLAH'], demonyms: [] }),
    ]);
    expect(out).toContainEqual(
      expect.stringMatching(
        /#2 \(id "other"\), field "aliases\.0": .* already claimed by .*"kataib-hezbollah"\), a militia/,
      ),
    );
  });

  it('requires sources on every record when asked (entities check), naming the file and record', () => {
    const records = [country({ sources: ['world-countries:IRQ'] }), militia({ leaders: [] })];
    expect(() => validateRegistry(records, 'test.yaml')).not.toThrow();
    let message = '';
    try {
      validateRegistry(records, 'test.yaml', { requireSources: true });
    } catch (err) {
      message = err instanceof RegistryError ? err.message : '';
    }
    expect(message).toMatch(/test\.yaml #1 \(id "kataib-hezbollah"\), field "sources": is missing/);
    expect(message).not.toContain('#0');
  });

  it('checks a country’s stateOffices: known offices, sources, no office held by itself or by an absent one, none both joint and absent', () => {
    const offices = (stateOffices: Record<string, unknown>) => problems([country({ stateOffices })]);
    const source = ['https://example.org/constitution'];
    expect(offices({ heldBy: { 'head-of-government': 'head-of-state' }, sources: source })).toEqual([]);
    expect(offices({ noSuchOffice: ['armed-forces-chief'], sources: [] })).toEqual([
      expect.stringMatching(/#0 \(id "iraq"\), field "stateOffices\.sources": must name the pages that say so/),
    ]);
    expect(offices({ noSuchOffice: ['army-chief'], sources: source })).toEqual([
      expect.stringMatching(/field "stateOffices\.noSuchOffice\.0"/),
    ]);
    expect(offices({ heldBy: { 'head-of-state': 'head-of-state' }, sources: source })).toEqual([
      expect.stringMatching(/field "stateOffices\.heldBy\.head-of-state": an office cannot be held by itself/),
    ]);
    expect(
      offices({
        heldBy: { 'defence-minister': 'armed-forces-chief' },
        noSuchOffice: ['armed-forces-chief'],
        sources: source,
      }),
    ).toEqual([
      expect.stringMatching(/"armed-forces-chief" is itself held by another office or listed in noSuchOffice/),
    ]);
    expect(offices({ heldJointly: ['head-of-state'], sources: source })).toEqual([]);
    expect(
      offices({ heldJointly: ['armed-forces-chief'], noSuchOffice: ['armed-forces-chief'], sources: source }),
    ).toEqual([
      expect.stringMatching(
        /field "stateOffices\.heldJointly": "armed-forces-chief" is also listed in heldBy or noSuchOffice/,
      ),
    ]);
    const vacancy = { office: 'head-of-state', since: '2026-02-07', note: 'The prime minister governs alone.' };
    expect(offices({ vacant: [vacancy], sources: source })).toEqual([]);
    expect(offices({ vacant: [{ ...vacancy, since: 'February 2026' }], sources: source })).toEqual([
      expect.stringMatching(/field "stateOffices\.vacant\.0\.since": must be a real date/),
    ]);
    expect(offices({ vacant: [vacancy], noSuchOffice: ['head-of-state'], sources: source })).toEqual([
      expect.stringMatching(
        /field "stateOffices\.vacant\.0": "head-of-state" is also listed in heldBy or noSuchOffice/,
      ),
    ]);
  });

  it('lets entities of one kind share a name or an alias, resolved in context when detecting', () => {
    const ela = (id: string, country: string, aliases: string[]) =>
      militia({ id, name: 'National Liberation Army', aliases, operatesIn: [country], leaders: [] });
    const out = problems([
      country(),
      country({ id: 'colombia', name: 'Colombia', iso2: 'CO', iso3: 'COL', aliases: [], demonyms: [] }),
      ela('eln-colombia', 'colombia', ['ELN']),
      ela('ela-iraq', 'iraq', ['ELN']),
    ]);
    expect(out).toEqual([]);
  });

  it("finds a country's name or demonym used as an alias of another kind", () => {
    const out = problems([country(), militia({ aliases: ['Iraqi', 'Republic of Iraq'], leaders: [] })]);
    expect(out).toContainEqual(
      expect.stringMatching(/#1 \(id "kataib-hezbollah"\), field "aliases\.0": "Iraqi" is already claimed/),
    );
    expect(out).toContainEqual(
      expect.stringMatching(/field "aliases\.1": "Republic of Iraq" is already claimed by .*"iraq"\), a country/),
    );
  });

  it('finds an alias repeated within one entity', () => {
    const out = problems([country({ aliases: ['Republic of Iraq', 'republic of iraq'] })]);
    expect(out).toContainEqual(expect.stringMatching(/field "aliases\.1": "republic of iraq" repeats aliases\.0/));
  });

  it('rejects junk aliases', () => {
    const cases: [string, RegExp][] = [
      ['I', /single character/],
      ['IT', /common English word/],
      ['I.T.', /common English word/],
      ['CAN', /common English word/],
      ['  ', /empty/],
      [' Iraq', /whitespace/],
      ['...', /no letters/],
    ];
    for (const [alias, reason] of cases) {
      const out = problems([country({ aliases: [alias] })]);
      expect(out, alias).toContainEqual(expect.stringMatching(new RegExp(`field "aliases\\.0": .*${reason.source}`)));
    }
    expect(problems([country({ aliases: ['US'], iso2: 'IQ' })])).toEqual([]);
  });

  it('rejects junk short names and short names that are another entity alias', () => {
    const out = problems([
      country(),
      militia({ leaders: [] }),
      official({ shortNames: ['X', 'Muhandis', 'muhandis', 'KH'] }),
    ]);
    expect(out).toContainEqual(expect.stringMatching(/field "shortNames\.0": "X" is a single character/));
    expect(out).toContainEqual(expect.stringMatching(/field "shortNames\.2": "muhandis" is listed twice/));
    expect(out).toContainEqual(
      expect.stringMatching(/field "shortNames\.3": "KH" is the name or an alias of .*kataib-hezbollah/),
    );
  });

  it('rejects malformed roles', () => {
    const out = problems([
      country(),
      official({
        roles: [
          { title: 'A', start: '2024-02-30' },
          { title: 'B', start: '2024-13' },
          { title: 'E', start: 2024 },
          { title: '', start: '2020' },
        ],
      }),
      militia(),
    ]);
    // Order and reference checks run on records that pass the schema.
    out.push(
      ...problems([
        country(),
        militia(),
        official({
          roles: [
            { title: 'C', start: '2024-05-01', end: '2024-04-30' },
            { title: 'D', start: '2024', country: 'atlantis' },
            { title: 'F', start: '2020', country: 'kataib-hezbollah' },
            { title: 'G', start: '2020', end: '2021', lastAttested: '2021' },
            { title: 'H', start: '2020-05', lastAttested: '2020-04-30' },
          ],
        }),
      ]),
    );
    expect(out).toContainEqual(
      expect.stringMatching(/field "roles\.3\.lastAttested": is for a role with no end: remove it or the end/),
    );
    expect(out).toContainEqual(
      expect.stringMatching(/field "roles\.4\.lastAttested": 2020-04-30 is before start 2020-05/),
    );
    expect(out).toContainEqual(expect.stringMatching(/field "roles\.0\.start": must be a real date/));
    expect(out).toContainEqual(expect.stringMatching(/field "roles\.1\.start": must be a real date/));
    expect(out).toContainEqual(
      expect.stringMatching(/field "roles\.0\.end": end 2024-04-30 is before start 2024-05-01/),
    );
    expect(out).toContainEqual(expect.stringMatching(/field "roles\.1\.country": unknown country id "atlantis"/));
    expect(out).toContainEqual(expect.stringMatching(/field "roles\.2\.start": must be a date string/));
    expect(out).toContainEqual(expect.stringMatching(/field "roles\.2\.country": "kataib-hezbollah" names a militia/));
    expect(out).toContainEqual(expect.stringMatching(/field "roles\.3\.title": must not be empty/));
  });

  it('accepts an end at coarser precision than the start', () => {
    expect(problems([official({ roles: [{ title: 'A', start: '2024-05-01', end: '2024' }] })])).toEqual([]);
  });

  it('rejects references to unknown or wrong-kind ids', () => {
    const out = problems([
      country(),
      official(),
      militia({ operatesIn: ['iraq', 'atlantis'], parents: ['kataib-hezbollah', 'nobody'], leaders: ['iraq'] }),
    ]);
    expect(out).toContainEqual(expect.stringMatching(/field "operatesIn\.1": unknown country id "atlantis"/));
    expect(out).toContainEqual(expect.stringMatching(/field "parents\.0": refers to the record itself/));
    expect(out).toContainEqual(expect.stringMatching(/field "parents\.1": unknown militia id "nobody"/));
    expect(out).toContainEqual(
      expect.stringMatching(/field "leaders\.0": "iraq" names a country; expected a official id/),
    );
  });

  it('rejects duplicate ISO codes', () => {
    const out = problems([country(), country({ id: 'iraq-2', name: 'Iraq 2', aliases: [], demonyms: [] })]);
    expect(out).toContainEqual(expect.stringMatching(/#1 \(id "iraq-2"\), field "iso2": IQ is also iso2 of "iraq"/));
  });
});

describe('helpers', () => {
  it('normalises aliases', () => {
    expect(normaliseAlias('  Kata’ib   Hezbollah ')).toBe("kata'ib hezbollah");
    expect(normaliseAlias('Shiaʼ')).toBe("shia'");
    expect(normaliseAlias('A`B′C‘D')).toBe("a'b'c'd");
    expect(normaliseAlias('Cafe\u0301')).toBe('café');
  });
});

describe('loadRegistry', () => {
  it('names the file and record in errors', () => {
    const dir = mkdtempSync(join(tmpdir(), 'registry-'));
    writeFileSync(join(dir, 'countries.yaml'), '- ' + JSON.stringify(country()) + '\n');
    mkdirSync(join(dir, 'militias', 'middle-east'), { recursive: true });
    mkdirSync(join(dir, 'officials'));
    writeFileSync(
      join(dir, 'militias', 'middle-east', 'iraq.yaml'),
      '- ' + JSON.stringify(militia({ leaders: ['nobody'] })) + '\n',
    );
    writeFileSync(join(dir, 'officials', 'iraq.yaml'), 'not: [valid\n');
    expect(() => loadRegistry(dir)).toThrow(RegistryError);
    try {
      loadRegistry(dir);
    } catch (err) {
      const message = (err as Error).message;
      expect(message).toMatch(/officials\/iraq\.yaml: invalid YAML/);
      expect(message).toMatch(
        /militias\/middle-east\/iraq\.yaml #0 \(id "kataib-hezbollah"\), field "leaders\.0": unknown official id "nobody"/,
      );
    }
  });

  it('reports a missing file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'registry-'));
    expect(() => loadRegistry(dir)).toThrow(/countries\.yaml: cannot read/);
  });
});
