/**
 * The one module that reads the content collections. Every index the pages need is built here once, when the
 * module is first imported, so page files only pick prepared data.
 */
import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { countryFacts, type CountryFacts } from './lib/country-facts.ts';
import { describeRole, roleDates } from './lib/entities/roles.ts';
import type { Entity } from './lib/entities/types.ts';
import type { EntityLookup } from './lib/page-keys.ts';
import { createPaths } from './lib/paths.ts';
import { buildSiteIndex, yearStarts, type ArticleSummary, type EntityPageData } from './lib/site-index.ts';

export const SITE_TITLE = 'News Archive';
export const SITE_DESCRIPTION =
  'An archive of news reporting on the armed groups, countries and officials of the conflicts in the Middle East and beyond.';

export const paths = createPaths(import.meta.env.BASE_URL);

export type Article = ArticleSummary & {
  entry: CollectionEntry<'articles'>;
  url: string;
  originalUrl?: string | undefined;
  byline?: string | undefined;
  updated?: string | undefined;
  lang?: string | undefined;
  /** The content layer's digest of the article file, for page cache keys. */
  digest: string | number | undefined;
};

const entries = await getCollection('articles');
const registry: Entity[] = (await getCollection('entities')).map((entry) => entry.data as Entity);

const articles: Article[] = entries.map((entry) => ({
  id: entry.id,
  title: entry.data.title,
  date: entry.data.date,
  source: entry.data.source,
  summary: entry.data.summary,
  entities: entry.data.entities,
  entry,
  url: paths.article(entry.id),
  originalUrl: entry.data.url,
  byline: entry.data.byline,
  updated: entry.data.updated,
  lang: entry.data.lang,
  digest: entry.digest,
}));

export const site = buildSiteIndex(articles, registry);
export const registryById = new Map(registry.map((entity) => [entity.id, entity]));

/** The URL of an entity's page, or undefined when the archive has no page for it (never mentioned). */
export function entityPageUrl(id: string): string | undefined {
  const data = site.entities.get(id);
  return data ? paths.entity(data.entity.kind, id) : undefined;
}

/**
 * The absolute URL of one of the site's own paths, each resolved once: breadcrumbs and structured data name the
 * same few (home, archive years and months, entity pages) on thousands of pages.
 */
export function absoluteUrl(href: string): string {
  let url = absoluteUrls.get(href);
  if (url === undefined) absoluteUrls.set(href, (url = new URL(href, import.meta.env.SITE).href));
  return url;
}
const absoluteUrls = new Map<string, string>();

/** Other spellings of an entity, comma-separated, which search indexes so "Hizbollah" finds Hezbollah's articles. */
export function otherSpellings(id: string): string | undefined {
  if (!spellingsById.has(id)) {
    const entity = registryById.get(id);
    const names = !entity
      ? []
      : entity.kind === 'official'
        ? [...entity.aliases, ...entity.shortNames]
        : entity.aliases;
    spellingsById.set(id, names.join(', ') || undefined);
  }
  return spellingsById.get(id);
}
const spellingsById = new Map<string, string | undefined>();

/** An article's rendered body, which the loader keeps in a file of its own rather than in the content layer. */
export function articleBody(article: Article): string {
  return readFileSync(article.entry.data.html, 'utf8');
}

/** What a page may look up about any entity, for pages and for their cache keys alike. */
export const entityLookup: EntityLookup = {
  name: (id) => registryById.get(id)?.name,
  url: entityPageUrl,
  record: (id) => registryById.get(id),
};

export const ARTICLES_PER_ENTITY_PAGE = 20;

/**
 * "Today" for the registry's roles: the date of the archive's newest article, so a country page names the
 * officials in office when the archive's reporting ends, and the same articles always build the same site.
 */
export const REGISTRY_DATE: string | undefined = site.articles[0]?.date;
const factsByCountry = REGISTRY_DATE ? countryFacts(registry, REGISTRY_DATE) : new Map<string, CountryFacts>();

/** What a country page shows of the registry, ready to render: names, their pages where they have one, roles. */
export interface CountryPageFacts {
  /** The date the office holders are given for (REGISTRY_DATE). */
  date: string | undefined;
  armedGroups: { name: string; href: string | undefined }[];
  officeHolders: { name: string; href: string | undefined; roles: string[] }[];
  /** Offices nobody holds on the date whose last holder on record is known only up to an earlier one. */
  lastOnRecord: { name: string; href: string | undefined; role: string; dates: string }[];
  /** Offices held by the holder of another, offices the country does not have. */
  officeNotes: string[];
}

const countryName = (id: string) => registryById.get(id)?.name;

/** The armed groups operating in a country and the officials holding its offices on REGISTRY_DATE. */
export function countryPageFacts(countryId: string): CountryPageFacts {
  const facts = factsByCountry.get(countryId);
  return {
    date: REGISTRY_DATE,
    armedGroups: (facts?.armedGroups ?? []).map((group) => ({ name: group.name, href: entityPageUrl(group.id) })),
    officeHolders: (facts?.officeHolders ?? []).map(({ official, roles }) => ({
      name: official.name,
      href: entityPageUrl(official.id),
      roles: roles.map((role) => describeRole(role, countryName)),
    })),
    lastOnRecord: (facts?.lastOnRecord ?? []).map(({ official, role }) => ({
      name: official.name,
      href: entityPageUrl(official.id),
      role: describeRole(role, countryName),
      dates: roleDates(role, official),
    })),
    officeNotes: facts?.officeNotes ?? [],
  };
}

/** What an entity page shows besides its own data: the years its articles span, and a country's registry facts. */
export function entityPageExtras(data: EntityPageData<Article>) {
  return {
    years: yearStarts(
      data.articles.map((entry) => entry.article.date),
      ARTICLES_PER_ENTITY_PAGE,
    ),
    country: data.entity.kind === 'country' ? countryPageFacts(data.entity.id) : undefined,
  };
}

export type EntityPageExtras = ReturnType<typeof entityPageExtras>;

/** The search page showing the articles that mention both entities (Pagefind filters by name). */
export function articlesWithBoth(a: Entity, b: Entity): string {
  const filters: Partial<Record<Entity['kind'], string[]>> = {};
  for (const entity of [a, b]) (filters[entity.kind] ??= []).push(entity.name);
  return paths.search(filters);
}
