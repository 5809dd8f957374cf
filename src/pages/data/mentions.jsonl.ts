import type { APIRoute } from 'astro';
import { site } from '../../data/site.ts';
import { mentionsJsonl } from '../../lib/research-data.ts';

export const GET: APIRoute = () =>
  new Response(mentionsJsonl(site.articles), { headers: { 'Content-Type': 'application/x-ndjson; charset=utf-8' } });
