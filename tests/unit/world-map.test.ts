import { readFileSync } from 'node:fs';
import path from 'node:path';
import i18nCountries from 'i18n-iso-countries';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import {
  choropleth,
  compactPath,
  countryLabel,
  countryMatcher,
  projectWorld,
  shadeClasses,
  shadeLevel,
} from '../../src/lib/world-map.ts';
import { ROOT } from '../support/build-site.ts';

const topology = JSON.parse(
  readFileSync(path.join(ROOT, 'node_modules/world-atlas/countries-110m.json'), 'utf8'),
) as Topology;
const registryCountries = [
  { id: 'iraq', name: 'Iraq', iso2: 'IQ' },
  { id: 'lebanon', name: 'Lebanon', iso2: 'LB' },
  { id: 'kosovo', name: 'Kosovo', iso2: 'XK' },
  { id: 'bahrain', name: 'Bahrain', iso2: 'BH' },
  { id: 'canada', name: 'Canada', iso2: 'CA' },
];
const matcher = countryMatcher(registryCountries, (code) => i18nCountries.numericToAlpha2(code));
const world = projectWorld(topology, { width: 960, digits: 0, countryIdOf: matcher });

describe('projectWorld', () => {
  it('projects every country of the atlas but Antarctica onto a map as wide as asked', () => {
    expect(world.width).toBe(960);
    expect(world.height).toBeGreaterThan(350);
    expect(world.height).toBeLessThan(500);
    expect(world.shapes.map((s) => s.atlasName)).not.toContain('Antarctica');
    expect(world.shapes.length).toBeGreaterThan(170);
  });

  it('matches countries to the registry by ISO numeric code, and by name where the atlas has no code', () => {
    const iraq = world.shapes.find((s) => s.countryId === 'iraq')!;
    expect(iraq.atlasName).toBe('Iraq');
    expect(iraq.d).toMatch(/^M\d+,\d+L/);
    // Iraq lies east of the map's centre meridian and north of the equator.
    expect(iraq.centroid[0]).toBeGreaterThan(480);
    expect(iraq.centroid[1]).toBeLessThan(world.height / 2);
    expect(world.shapes.find((s) => s.atlasName === 'Kosovo')?.countryId).toBe('kosovo');
    expect(world.shapes.find((s) => s.atlasName === 'France')?.countryId).toBeUndefined();
  });
});

describe('compactPath', () => {
  it('drops points repeated by rounding', () => {
    expect(compactPath('M1,2L3,4L3,4L3,4L5,6Z')).toBe('M1,2L3,4L5,6Z');
    expect(compactPath('M1,2L3,4L3,5Z')).toBe('M1,2L3,4L3,5Z');
  });
});

describe('shadeClasses', () => {
  it('has no class for an archive without country mentions', () => {
    expect(shadeClasses(0)).toEqual([]);
  });

  it('reads naturally for one article', () => {
    expect(shadeClasses(1)).toEqual([{ level: 3, min: 1, max: 1, label: '1 article' }]);
  });

  it('uses round lower bounds up to the largest count, at most five classes', () => {
    expect(shadeClasses(8).map((c) => [c.label, c.level])).toEqual([
      ['1 article', 1],
      ['2–4 articles', 3],
      ['5–8 articles', 5],
    ]);
    const big = shadeClasses(3400);
    expect(big).toHaveLength(5);
    expect(big[0]!.min).toBe(1);
    expect(big[4]!.max).toBe(3400);
    for (let i = 1; i < big.length; i++) expect(big[i]!.min).toBe(big[i - 1]!.max + 1);
  });

  it('gives every count its level and none to zero', () => {
    const classes = shadeClasses(8);
    expect([0, 1, 2, 4, 5, 8].map((n) => shadeLevel(classes, n))).toEqual([0, 1, 3, 3, 5, 5]);
  });
});

describe('choropleth', () => {
  const map = choropleth(
    world,
    new Map([
      ['iraq', { name: 'Iraq', count: 12 }],
      ['lebanon', { name: 'Lebanon', count: 1 }],
      ['bahrain', { name: 'Bahrain', count: 2 }],
      ['canada', { name: 'Canada', count: 0 }],
    ]),
  );

  it('links the countries with articles, shaded by count, and draws the rest plain', () => {
    expect(map.linked.map((c) => [c.countryId, c.level])).toEqual([
      ['iraq', 5],
      ['lebanon', 1],
    ]);
    expect(map.plain.length).toBe(world.shapes.length - 2);
  });

  it('puts a marker on countries too small to click, drawn last so they stay on top', () => {
    expect(map.linked.at(-1)).toMatchObject({ countryId: 'lebanon' });
    expect(map.linked.find((c) => c.countryId === 'lebanon')?.marker).toBeDefined();
    expect(map.linked.find((c) => c.countryId === 'iraq')?.marker).toBeUndefined();
  });

  it('lists the countries with articles that the map leaves out', () => {
    expect(map.notOnMap).toEqual([{ countryId: 'bahrain', name: 'Bahrain', count: 2 }]);
  });
});

describe('countryLabel', () => {
  it('names the country and its count', () => {
    expect(countryLabel('Iraq', 1)).toBe('Iraq, 1 article');
    expect(countryLabel('Iran', 3)).toBe('Iran, 3 articles');
  });
});
