import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { cdnHeadersFile } from '../lib/cdn-headers.ts';

/**
 * After the pages are written: builds the Pagefind search index over them (article bodies are marked with
 * data-pagefind-body, so listing pages stay out of it) and writes the `_headers` file for the CDN.
 */
export function staticHost(): AstroIntegration {
  let base = '/';
  return {
    name: 'archive-static-host',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const indexed = await index.addDirectory({ path: outDir });
        if (indexed.errors.length) throw new Error(`Pagefind indexing failed: ${indexed.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`search index: ${indexed.page_count} articles`);

        await writeFile(path.join(outDir, '_headers'), cdnHeadersFile(base));
      },
    },
  };
}
