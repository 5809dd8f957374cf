import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

const BUILDS = path.resolve(import.meta.dirname, '../../test-results/builds');
/** Older than this, a fixture build belongs to no run still going. */
const STALE_MS = 3 * 60 * 60 * 1000;

/**
 * Fixture builds of earlier runs are left for inspection, and removed once stale. Only stale ones: another test
 * run in the same tree may be reading its own builds right now (removing the whole folder broke its browser tests).
 */
export default function setup() {
  let entries: string[];
  try {
    entries = readdirSync(BUILDS);
  } catch {
    return;
  }
  const now = Date.now();
  for (const entry of entries) {
    const dir = path.join(BUILDS, entry);
    try {
      if (now - statSync(dir).mtimeMs > STALE_MS) rmSync(dir, { recursive: true, force: true });
    } catch {
      // Removed meanwhile by another run.
    }
  }
}
