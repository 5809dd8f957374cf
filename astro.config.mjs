// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { readArchiveConfig } from './src/lib/config.ts';
import { markdownOptions } from './src/markdown/pipeline.ts';

const archive = readArchiveConfig(process.env);

export default defineConfig({
  ...(archive.site ? { site: archive.site } : {}),
  base: archive.base,
  outDir: archive.outDir,
  // Tests build several fixture archives; each needs its own content-layer cache.
  cacheDir: process.env['ARCHIVE_CACHE_DIR'] ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: {
    syntaxHighlight: false,
    processor: unified(markdownOptions),
  },
  devToolbar: { enabled: false },
});
