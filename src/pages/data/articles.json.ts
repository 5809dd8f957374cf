import type { APIRoute } from 'astro';
import { site } from '../../site-data.ts';
import { articlesData } from '../../lib/research-data.ts';

export const GET: APIRoute = () => Response.json(articlesData(site.articles, (article) => article.url));
