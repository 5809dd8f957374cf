import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { paths, site, SITE_DESCRIPTION, SITE_TITLE } from '../site-data.ts';
import { feedItems } from '../lib/feeds.ts';

export const GET: APIRoute = (context) =>
  rss({
    title: SITE_TITLE,
    description: SITE_DESCRIPTION,
    site: new URL(paths.home(), context.site).href,
    items: feedItems(
      site.articles.map((article) => ({ article })),
      (article) => article.url,
    ),
    trailingSlash: true,
  });
