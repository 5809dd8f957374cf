import { defineCollection } from 'astro:content';
import { z } from 'zod';
import { articleSchema } from './lib/articles/frontmatter.ts';
import { readArchiveConfig } from './lib/config.ts';
import { entitySchema } from './lib/entities/registry.ts';
import { articleEntitySchema } from './lib/site-index.ts';
import { articlesLoader } from './loaders/articles.ts';
import { entitiesLoader } from './loaders/entities.ts';

const articles = defineCollection({
  loader: articlesLoader({ dir: readArchiveConfig(process.env).articlesDir }),
  // `html`: the file (in the cache folder) holding the rendered body; see the loader.
  schema: articleSchema.extend({ file: z.string(), entities: z.array(articleEntitySchema), html: z.string() }),
});

const entities = defineCollection({
  loader: entitiesLoader(),
  schema: entitySchema,
});

export const collections = { articles, entities };
