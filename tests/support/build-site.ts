import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { inject } from 'vitest';
import { standardArchive, writeArchive } from './fixture-archive.ts';

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
  /** Build another copy of the project (see `copyProject`) instead of this one. */
  root?: string;
  /** Build into this folder (to rebuild over an earlier build); by default a fresh one. */
  outDir?: string;
  /** Worker threads that render the pages (`ARCHIVE_RENDER_THREADS`); by default the build decides by its size. */
  renderThreads?: number;
}): BuildResult {
  // Inside the project: Astro bundles the prerender step next to the output when that lies under the working
  // directory (and can resolve node_modules from there); otherwise every build would share the project's .astro/.
  mkdirSync(BUILDS, { recursive: true });
  const work = mkdtempSync(path.join(BUILDS, 'build-'));
  const outDir = options.outDir ?? path.join(work, 'dist');
  // Vitest puts Vite's own variables (BASE_URL, MODE, DEV, PROD, SSR) into process.env; a child build must not
  // inherit them, or Vite in the child takes BASE_URL=/ over the configured base.
  const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, ...inherited } = process.env;
  const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: options.root ?? ROOT,
    encoding: 'utf8',
    env: {
      ...inherited,
      ARCHIVE_ARTICLES_DIR: options.articlesDir,
      ARCHIVE_OUT_DIR: outDir,
      ARCHIVE_BASE: options.base ?? '/',
      ARCHIVE_SITE: options.site ?? 'https://archive.example.org',
      ARCHIVE_CACHE_DIR: options.cacheDir ?? path.join(work, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      ...(options.renderThreads === undefined ? {} : { ARCHIVE_RENDER_THREADS: String(options.renderThreads) }),
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { outDir, status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/**
 * A copy of the project's site sources (config, `src/`, `public/`, package files) under `test-results/builds/`,
 * for a test that changes code; it resolves `node_modules` from the project, two folders up.
 */
export function copyProject(): string {
  mkdirSync(BUILDS, { recursive: true });
  const copy = mkdtempSync(path.join(BUILDS, 'project-'));
  for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'package-lock.json', 'src', 'public']) {
    cpSync(path.join(ROOT, entry), path.join(copy, entry), { recursive: true });
  }
  return copy;
}

/** Fixture archives that several suites read, each built once per run for each set of options. */
const SHARED_ARCHIVES = {
  /** The seed article and synthetic articles over several months (see `standardArchive`). */
  standard: () => standardArchive().dir,
  /** Only the seed article. */
  seed: () => writeArchive([], { withSeed: true }),
};

/**
 * The build of a shared fixture archive with the given options, made by whichever test file asks first in this
 * run; the others wait for it. Call it in `beforeAll`, never while the file is collected. Test files run in
 * separate workers, so the run's folder (from the global setup) is where they meet: creating a build's folder
 * claims it, and its `result.json`, renamed into place when the build is done, announces it.
 */
export async function sharedBuild(
  archive: keyof typeof SHARED_ARCHIVES,
  options: { base?: string; site?: string } = {},
): Promise<BuildResult> {
  const key = [archive, options.base ?? '/', options.site ?? 'default'].join(' ').replace(/[^\w.-]+/g, '_');
  const folder = path.join(inject('buildRun'), key);
  const resultFile = path.join(folder, 'result.json');
  let claimed = true;
  try {
    mkdirSync(folder);
  } catch {
    claimed = false;
  }
  if (claimed) {
    let result: BuildResult;
    try {
      result = buildSite({ articlesDir: SHARED_ARCHIVES[archive](), ...options });
    } catch (error) {
      result = { outDir: '', status: null, output: `the fixture build could not run: ${String(error)}` };
    }
    writeFileSync(`${resultFile}.partial`, JSON.stringify(result));
    renameSync(`${resultFile}.partial`, resultFile);
  }
  while (!existsSync(resultFile)) await sleep(250);
  const result = JSON.parse(readFileSync(resultFile, 'utf8')) as BuildResult;
  if (result.status !== 0) throw new Error(`fixture build "${key}" failed:\n${result.output}`);
  return result;
}
