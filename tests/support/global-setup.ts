import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

const BUILDS = path.resolve(import.meta.dirname, '../../test-results/builds');
/** Older than this, a fixture build belongs to no run still going. */
const STALE_MS = 3 * 60 * 60 * 1000;

declare module 'vitest' {
  export interface ProvidedContext {
    /** This run's folder of shared fixture builds (see `sharedBuild`). */
    buildRun: string;
  }
}

/**
 * Gives the run one folder for the fixture builds its suites share, the same for every project of one `vitest`
 * process. Fixture builds of earlier runs are left for inspection, and removed once stale. Only stale ones:
 * another test run in the same tree may be reading its own builds right now.
 */
export default function setup(project: TestProject) {
  process.env['ARCHIVE_TEST_RUN'] ??= path.join(BUILDS, `run-${Date.now()}-${process.pid}`);
  const run = process.env['ARCHIVE_TEST_RUN'];
  mkdirSync(run, { recursive: true });
  project.provide('buildRun', run);

  const now = Date.now();
  for (const entry of readdirSync(BUILDS)) {
    const dir = path.join(BUILDS, entry);
    try {
      if (now - statSync(dir).mtimeMs > STALE_MS) rmSync(dir, { recursive: true, force: true });
    } catch {
      // Removed meanwhile by another run.
    }
  }
}
