import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
const BUILDS = path.join(ROOT, 'test-results/builds');

export interface BuildResult {
  outDir: string;
  status: number | null;
  output: string;
}

/**
 * Runs a real `astro build` of the project over the given articles folder, into a fresh temporary folder.
 * Each build gets its own cache folder so builds of different fixture archives never share content-layer state.
 */
export function buildSite(options: {
  articlesDir: string;
  base?: string;
  site?: string;
  /** Reuse a content-layer cache between builds; by default each build starts cold. */
  cacheDir?: string;
}): BuildResult {
  // Inside the project: Astro bundles the prerender step next to the output when that lies under the working
  // directory (and can resolve node_modules from there); otherwise every build would share the project's .astro/.
  mkdirSync(BUILDS, { recursive: true });
  const work = mkdtempSync(path.join(BUILDS, 'build-'));
  const outDir = path.join(work, 'dist');
  // Vitest puts Vite's own variables (BASE_URL, MODE, DEV, PROD, SSR) into process.env; a child build must not
  // inherit them, or Vite in the child takes BASE_URL=/ over the configured base.
  const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, ...inherited } = process.env;
  const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...inherited,
      ARCHIVE_ARTICLES_DIR: options.articlesDir,
      ARCHIVE_OUT_DIR: outDir,
      ARCHIVE_BASE: options.base ?? '/',
      ARCHIVE_SITE: options.site ?? 'https://archive.example.org',
      ARCHIVE_CACHE_DIR: options.cacheDir ?? path.join(work, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { outDir, status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
