import type { APIRoute } from 'astro';
import { site } from '../../site-data.ts';
import { mentionsJsonl } from '../../lib/research-data.ts';

export const GET: APIRoute = () =>
  new Response(mentionsJsonl(site.articles), { headers: { 'Content-Type': 'application/x-ndjson; charset=utf-8' } });
