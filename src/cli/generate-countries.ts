/**
 * Writes src/data/entities/countries.yaml from the `world-countries` package (names, alternative spellings,
 * demonyms, capitals, regions, Arabic names; ODbL), English names from `i18n-iso-countries` (MIT) and the
 * curated overrides in src/data/entities/countries.curated.yaml. Scope: UN members, the two observer states,
 * Kosovo and Taiwan. The output is committed; rerun after changing the curated file or upgrading a package:
 *
 *   node src/cli/generate-countries.ts [--check]
 *
 * With --check it writes nothing and exits 1 when the committed file is out of date.
 */
import { asciiSlug } from '../lib/slug.ts';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import i18nCountries from 'i18n-iso-countries';
import type { Country as SourceCountry } from 'world-countries';
import { format, resolveConfig } from 'prettier';
import { parse, stringify } from 'yaml';
import { junkReason, normaliseAlias, validateRegistry } from '../lib/entities/registry.ts';
import type { Country } from '../lib/entities/types.ts';

interface CuratedCountry {
  id?: string;
  name?: string;
  description?: string;
  wikidata?: string;
  aliases?: string[];
  dropAliases?: string[];
  demonyms?: string[];
  addDemonyms?: string[];
  arabic?: boolean;
}

interface Curated {
  include: string[];
  arabicScript: string[];
  dropEverywhere: string[];
  countries: Record<string, CuratedCountry>;
  /** ISO2 code -> where the constitution departs from the measured offices (`stateOffices` of the country). */
  stateOffices?: Record<string, Country['stateOffices']>;
}

const dataDir = fileURLToPath(new URL('../data/entities/', import.meta.url));
const require = createRequire(import.meta.url);
const wcVersion = (require('world-countries/package.json') as { version: string }).version;
const i18nVersion = (require('i18n-iso-countries/package.json') as { version: string }).version;

export function generateCountries(source: SourceCountry[], curated: Curated): Country[] {
  const englishNames = i18nCountries.getNames('en', { select: 'all' });
  const selected = source.filter((c) => c.unMember || curated.include.includes(c.cca2));
  const dropEverywhere = new Set(curated.dropEverywhere.map(normaliseAlias));

  const countries = selected.map((c): Country => {
    const cur = curated.countries[c.cca2] ?? {};
    const name = cur.name ?? c.name.common;
    const id = cur.id ?? asciiSlug(name);
    const codes = new Set([c.cca2, c.cca3, c.cioc].filter((x) => x !== ''));

    const demonymsRaw =
      cur.demonyms ?? [c.demonyms['eng']?.m, c.demonyms['eng']?.f].flatMap((d) => (d ?? '').split(/, | or /));
    const demonyms = uniqueBy([...demonymsRaw, ...(cur.addDemonyms ?? [])].filter((d) => d !== ''));
    const demonymKeys = new Set(demonyms.map(normaliseAlias));

    const generated = [c.name.common, c.name.official, ...c.altSpellings, ...(englishNames[c.cca2] ?? [])].filter((a) =>
      isUsableGenerated(a, codes),
    );
    if (curated.arabicScript.includes(c.cca2) && cur.arabic !== false) {
      const ara = c.translations['ara']?.common;
      if (ara !== undefined) generated.push(ara);
    }
    const drop = new Set((cur.dropAliases ?? []).map(normaliseAlias));
    const nameKey = normaliseAlias(name);
    const aliases = uniqueBy(
      [...generated, ...(cur.aliases ?? [])].filter((a) => {
        const key = normaliseAlias(a);
        return key !== nameKey && !drop.has(key) && !dropEverywhere.has(key) && !demonymKeys.has(key) && !junkReason(a);
      }),
    );

    const country: Country = {
      id,
      kind: 'country',
      name,
      aliases,
      description: cur.description ?? describe(c),
      iso2: c.cca2,
      iso3: c.cca3 === 'UNK' ? 'XKX' : c.cca3,
      demonyms,
      region: areaOf(c),
      // The datasets named in ATTRIBUTION.md, with this country's key in each.
      sources: [`world-countries:${c.cca3}`, `i18n-iso-countries:${c.cca2}`],
    };
    if (cur.wikidata !== undefined) country.wikidata = cur.wikidata;
    const offices = curated.stateOffices?.[c.cca2];
    if (offices !== undefined) country.stateOffices = offices;
    return country;
  });
  const unknown = Object.keys(curated.stateOffices ?? {}).filter((code) => !selected.some((c) => c.cca2 === code));
  if (unknown.length > 0)
    throw new Error(`countries.curated.yaml, stateOffices: unknown country ${unknown.join(', ')}`);
  return countries.sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** Drops ISO and Olympic codes and other short all-caps codes, inverted ISO forms, parentheses and non-Latin scripts. */
function isUsableGenerated(alias: string, codes: Set<string>): boolean {
  if (codes.has(alias) || /^[A-Z]{1,3}$/.test(alias)) return false;
  if (alias.includes(',') || alias.includes('(')) return false;
  if (!/^[\p{Script=Latin}\p{N}\s'’.-]+$/u.test(alias)) return false;
  if (/^\p{Ll}/u.test(alias)) return false; // "ilaṅkai", "the Abode of Peace"
  return true;
}

/** The UN geoscheme subregion ("Western Asia"), or the region where the package has no finer one. */
function areaOf(c: SourceCountry): string {
  return c.subregion === '' || c.subregion === 'Australia and New Zealand' ? c.region : c.subregion;
}

function describe(c: SourceCountry): string {
  const area = areaOf(c);
  const place = area === 'Caribbean' ? 'the Caribbean' : area;
  const caps = c.capital;
  const capital =
    caps.length === 0
      ? ''
      : caps.length === 1
        ? `; capital ${caps[0]}`
        : `; capitals ${caps.slice(0, -1).join(', ')} and ${caps[caps.length - 1]}`;
  return `Country in ${place}${capital}.`;
}

function uniqueBy(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = normaliseAlias(v);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

async function render(countries: Country[], target: string): Promise<string> {
  const header = [
    '# GENERATED by src/cli/generate-countries.ts; do not edit: change countries.curated.yaml and rerun.',
    `# Country data from the "world-countries" package ${wcVersion} by Mohammed Le Doze and contributors`,
    '# (https://github.com/mledoze/countries), made available under the Open Database License (ODbL) 1.0:',
    '# https://opendatacommons.org/licenses/odbl/1.0/ . English names from "i18n-iso-countries" ' +
      i18nVersion +
      ' (MIT).',
    '# This file is a derived database under the ODbL; see ATTRIBUTION.md in this folder.',
    '',
  ].join('\n');
  const options = (await resolveConfig(target)) ?? {};
  return format(header + stringify(countries, { lineWidth: 0 }), { ...options, filepath: target });
}

async function main(): Promise<void> {
  const source = require('world-countries/countries.json') as SourceCountry[];
  const curated = parse(readFileSync(`${dataDir}countries.curated.yaml`, 'utf8')) as Curated;
  const countries = generateCountries(source, curated);
  validateRegistry(countries, (i) => `countries.yaml #${i}`);
  const target = `${dataDir}countries.yaml`;
  const out = await render(countries, target);
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(target, 'utf8');
    } catch {
      // missing counts as out of date
    }
    if (current !== out) {
      console.error('countries.yaml is out of date: run node src/cli/generate-countries.ts');
      process.exit(1);
    }
    console.log('countries.yaml is up to date');
    return;
  }
  writeFileSync(target, out);
  console.log(`wrote ${countries.length} countries to ${target}`);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) await main();
