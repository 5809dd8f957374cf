import type { APIRoute } from 'astro';
import { paths, site } from '../../site-data.ts';
import { entitiesData } from '../../lib/research-data.ts';

export const GET: APIRoute = () =>
  Response.json(entitiesData(site.entities.values(), (entity) => paths.entity(entity.kind, entity.id)));
