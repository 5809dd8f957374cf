import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { cdnHeadersFile, MAX_RULES, type OutputEntry } from '../lib/cdn-headers.ts';

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
        const entry = JSON.parse(await readFile(path.join(outDir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
          languages: Record<string, { page_count: number }>;
        };
        const articles = Object.values(entry.languages).reduce((n, language) => n + language.page_count, 0);
        logger.info(`search index: ${articles} of ${indexed.page_count} pages (article bodies only)`);

        const headers = cdnHeadersFile(base, await listOutput(outDir));
        const rules = headers.split('\n\n').length;
        if (rules > MAX_RULES) logger.warn(`_headers has ${rules} rules; Cloudflare Pages reads only ${MAX_RULES}.`);
        await writeFile(path.join(outDir, '_headers'), headers);
      },
    },
  };
}

/** The files and folders of the built site, sorted by name. */
async function listOutput(dir: string): Promise<OutputEntry[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const listed = await Promise.all(
    entries.map(async (entry) =>
      entry.isDirectory()
        ? { name: entry.name, children: await listOutput(path.join(dir, entry.name)) }
        : { name: entry.name },
    ),
  );
  return listed.sort((a, b) => a.name.localeCompare(b.name));
}
