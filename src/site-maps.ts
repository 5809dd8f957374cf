/**
 * The world maps of the archive, projected once per build from world-atlas (Natural Earth) and shared by every
 * page that shows one: the choropleth on the countries index and the locator on each country page.
 */
import i18nCountries from 'i18n-iso-countries';
import type { Topology } from 'topojson-specification';
import topology from 'world-atlas/countries-110m.json' with { type: 'json' };
import type { Country } from './lib/entities/types.ts';
import { choropleth, countryMatcher, landPath, projectWorld, type ProjectedWorld } from './lib/world-map.ts';
import { registryById, site } from './site-data.ts';

/** The countries index map: 960 units wide, whole units (about 70 KB of path data, inline on one page). */
const CHOROPLETH_WIDTH = 960;
/** Locator maps: small, so each country page adds only its own outline (well under 4 KB even for Canada). */
const LOCATOR_WIDTH = 320;

const matcher = countryMatcher(
  [...registryById.values()].filter((e): e is Country => e.kind === 'country'),
  (code) => i18nCountries.numericToAlpha2(code),
);

let large: ProjectedWorld | undefined;
let small: ProjectedWorld | undefined;
const world = (width: number) =>
  projectWorld(topology as unknown as Topology, { width, digits: 0, countryIdOf: matcher });

/** The choropleth of the countries index: each country with articles shaded by count and linked. */
export function countriesMap() {
  large ??= world(CHOROPLETH_WIDTH);
  const counts = new Map(
    site
      .entitiesOfKind('country')
      .map((data) => [data.entity.id, { name: data.entity.name, count: data.articles.length }]),
  );
  return choropleth(large, counts);
}

function locatorWorld(): ProjectedWorld {
  small ??= world(LOCATOR_WIDTH);
  return small;
}

/** The shared background of every locator map (all land), written once as a cached file. */
export function locatorBackground() {
  const map = locatorWorld();
  return { width: map.width, height: map.height, d: landPath(map) };
}

/** A country's outline and centre on the locator map, or undefined when the map's scale leaves it out. */
export function locatorFor(countryId: string) {
  const map = locatorWorld();
  const shape = map.shapes.find((s) => s.countryId === countryId);
  return shape ? { width: map.width, height: map.height, d: shape.d, centroid: shape.centroid } : undefined;
}
