import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { paths, site, SITE_TITLE } from '../../../site-data.ts';
import { FEED_LENGTH, feedItems } from '../../../lib/feeds.ts';
import { entityFeedKey } from '../../../lib/page-keys.ts';
import { KIND_SEGMENT } from '../../../lib/paths.ts';
import type { EntityPageData } from '../../../lib/site-index.ts';
import type { Article } from '../../../site-data.ts';

export const getStaticPaths = (() =>
  [...site.entities.values()].map((data) => ({
    params: { kind: KIND_SEGMENT[data.entity.kind], slug: data.entity.id },
    props: { data },
    cacheKey: entityFeedKey(data, data.articles.slice(0, FEED_LENGTH)),
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ data: EntityPageData<Article> }> = (context) => {
  const { entity, articles } = context.props.data;
  return rss({
    title: `${entity.name} · ${SITE_TITLE}`,
    description: `Articles mentioning ${entity.name}. ${entity.description}`,
    site: new URL(paths.entity(entity.kind, entity.id), context.site).href,
    items: feedItems(articles, (article) => article.url),
    trailingSlash: true,
  });
};
