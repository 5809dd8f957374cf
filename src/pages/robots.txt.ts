import type { APIRoute } from 'astro';
import { paths } from '../site-data.ts';

export const GET: APIRoute = (context) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(paths.sitemap(), context.site).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
