import { geoEqualEarth, geoPath, type ExtendedFeatureCollection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** A country of the map data (world-atlas: Natural Earth), before it is matched to the registry. */
export interface AtlasCountry {
  /** ISO 3166-1 numeric code as a three-digit string; Natural Earth leaves a few territories without one. */
  numericCode: string | undefined;
  /** Natural Earth's short English name ("Dem. Rep. Congo", "Kosovo"). */
  name: string;
}

/** One country drawn on the map. */
export interface MapShape {
  /** The registry's country id, when the map's country is in the registry. */
  countryId: string | undefined;
  atlasName: string;
  /** SVG path data in the map's coordinates. */
  d: string;
  /** Projected area in square map units: tiny countries get a marker so they can be seen and clicked. */
  area: number;
  centroid: [number, number];
}

export interface ProjectedWorld {
  width: number;
  height: number;
  shapes: MapShape[];
}

/** Antarctica takes a fifth of the map and has no articles to show. */
const LEFT_OUT = new Set(['010']);

/**
 * Projects the `countries` object of a world-atlas topology onto a map `width` units wide (Equal Earth, so areas
 * compare fairly), with `digits` decimals in the path data. `countryIdOf` matches the atlas's countries to the
 * registry. Pure: the caller reads the topology and caches the result; it takes a tenth of a second.
 */
export function projectWorld(
  topology: Topology,
  options: { width: number; digits: number; countryIdOf: (country: AtlasCountry) => string | undefined },
): ProjectedWorld {
  const countries = topology.objects['countries'] as GeometryCollection<{ name: string }> | undefined;
  if (!countries) throw new Error('the map topology has no "countries" object');
  const collection = feature(topology, countries);
  const kept = collection.features.filter((f) => !LEFT_OUT.has(String(f.id ?? '')));
  const all: ExtendedFeatureCollection = { type: 'FeatureCollection', features: kept };
  const projection = geoEqualEarth().fitWidth(options.width, all);
  const path = geoPath(projection).digits(options.digits);
  const [[, top], [, bottom]] = path.bounds(all);
  const round = (n: number) => Number(n.toFixed(options.digits));
  const shapes = kept.map((f) => {
    const atlas: AtlasCountry = { numericCode: f.id === undefined ? undefined : String(f.id), name: f.properties.name };
    const [cx, cy] = path.centroid(f);
    return {
      countryId: options.countryIdOf(atlas),
      atlasName: atlas.name,
      d: compactPath(path(f) ?? ''),
      area: path.area(f),
      centroid: [round(cx), round(cy)] as [number, number],
    };
  });
  return { width: options.width, height: Math.ceil(bottom - Math.min(0, top)), shapes };
}

/** Drops points repeated by rounding ("L145,27L145,27"), which d3 keeps; a tenth of the path at small sizes. */
export function compactPath(d: string): string {
  return d.replace(/(L-?[\d.]+,-?[\d.]+)(?:\1)+/g, '$1');
}

/**
 * Matches the atlas's countries to registry countries: by ISO numeric code through `alpha2OfNumeric`, and for
 * the few territories Natural Earth gives no code (Kosovo) by name.
 */
export function countryMatcher(
  countries: readonly { id: string; name: string; iso2: string }[],
  alpha2OfNumeric: (numericCode: string) => string | undefined,
): (country: AtlasCountry) => string | undefined {
  const byIso2 = new Map(countries.map((c) => [c.iso2.toUpperCase(), c.id]));
  const byName = new Map(countries.map((c) => [c.name.toLowerCase(), c.id]));
  return ({ numericCode, name }) => {
    const alpha2 = numericCode ? alpha2OfNumeric(numericCode) : undefined;
    return (alpha2 && byIso2.get(alpha2.toUpperCase())) || byName.get(name.toLowerCase());
  };
}

/** One class of the map's shading: countries with `min`–`max` articles. */
export interface ShadeClass {
  level: number;
  min: number;
  max: number;
  label: string;
}

const NICE_BOUNDS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000];
const MAX_CLASSES = 5;

/**
 * Up to five shading classes with round lower bounds (1, 2–4, 5–9, …) that cover 1 to `maxCount`, so the legend
 * reads naturally whatever the archive's size. Levels run from 1 (lightest) to 5.
 */
export function shadeClasses(maxCount: number): ShadeClass[] {
  if (maxCount < 1) return [];
  let bounds = NICE_BOUNDS.filter((b) => b <= maxCount);
  if (bounds.length > MAX_CLASSES) {
    const all = bounds;
    bounds = Array.from(
      { length: MAX_CLASSES },
      (_, i) => all[Math.round((i * (all.length - 1)) / (MAX_CLASSES - 1))]!,
    );
  }
  // Fewer classes spread over the whole palette, so even one class stands out from the countries without articles.
  const levelOf = (i: number) =>
    bounds.length === 1 ? 3 : Math.round(1 + (i * (MAX_CLASSES - 1)) / (bounds.length - 1));
  return bounds.map((min, i) => {
    const max = i + 1 < bounds.length ? bounds[i + 1]! - 1 : maxCount;
    const range = min === max ? `${min}` : `${min}–${max}`;
    return { level: levelOf(i), min, max, label: `${range} article${max === 1 ? '' : 's'}` };
  });
}

/** The shading level (1–5) of a country with `count` articles; 0 for none. */
export function shadeLevel(classes: readonly ShadeClass[], count: number): number {
  return classes.find((c) => count >= c.min && count <= c.max)?.level ?? 0;
}

export interface ChoroplethCountry {
  countryId: string;
  name: string;
  count: number;
  level: number;
  d: string;
  /** A marker for countries too small to see or click at the map's scale. */
  marker?: { cx: number; cy: number } | undefined;
}

/** Below this projected area (square map units on a 960-wide map) a country gets a marker. */
const TINY_AREA = 30;

/**
 * The prepared world map of the archive: each country with articles shaded by its count and linked, the rest
 * drawn plain; the registry countries with articles that the map's scale leaves out are listed apart.
 */
export function choropleth(
  world: ProjectedWorld,
  counts: ReadonlyMap<string, { name: string; count: number }>,
): {
  width: number;
  height: number;
  classes: ShadeClass[];
  linked: ChoroplethCountry[];
  plain: string[];
  notOnMap: { countryId: string; name: string; count: number }[];
} {
  const classes = shadeClasses(Math.max(0, ...[...counts.values()].map((c) => c.count)));
  const tiny = TINY_AREA * (world.width / 960) ** 2;
  const linked: ChoroplethCountry[] = [];
  const plain: string[] = [];
  const drawn = new Set<string>();
  for (const shape of world.shapes) {
    const entry = shape.countryId ? counts.get(shape.countryId) : undefined;
    if (!shape.countryId || !entry || entry.count === 0) {
      plain.push(shape.d);
      continue;
    }
    drawn.add(shape.countryId);
    linked.push({
      countryId: shape.countryId,
      name: entry.name,
      count: entry.count,
      level: shadeLevel(classes, entry.count),
      d: shape.d,
      marker: shape.area < tiny ? { cx: shape.centroid[0], cy: shape.centroid[1] } : undefined,
    });
  }
  // Larger countries first, so a small one drawn over its neighbour stays on top and clickable.
  linked.sort((a, b) => (a.marker ? 1 : 0) - (b.marker ? 1 : 0) || a.name.localeCompare(b.name, 'en'));
  const notOnMap = [...counts]
    .filter(([id, c]) => c.count > 0 && !drawn.has(id))
    .map(([countryId, c]) => ({ countryId, name: c.name, count: c.count }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
  return { width: world.width, height: world.height, classes, linked, plain, notOnMap };
}

/** "Iraq, 1 article": the accessible name of a country on the map. */
export function countryLabel(name: string, count: number): string {
  return `${name}, ${count} article${count === 1 ? '' : 's'}`;
}

/**
 * The outline of all land (one path), for the shared background image of the locator maps; countries are not
 * separated, so the file stays small.
 */
export function landPath(world: ProjectedWorld): string {
  return world.shapes.map((s) => s.d).join('');
}
