/**
 * The one module that reads the content collections. Every index the pages need is built here once, when the
 * module is first imported, so page files only pick prepared data.
 */
import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Entity } from './lib/entities/types.ts';
import type { EntityLookup } from './lib/page-keys.ts';
import { createPaths } from './lib/paths.ts';
import { buildSiteIndex, type ArticleSummary } from './lib/site-index.ts';

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
