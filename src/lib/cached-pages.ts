/**
 * What Astro's incremental build manifest (`incremental-build.json` in the cache folder) says the previous build
 * wrote: every page that had a cache key, as a URL relative to the output folder (percent-encoded, as Astro writes
 * it). Pure, so it is tested without a build; `src/integrations/keep-cached-pages.ts` uses it to leave those pages in place
 * between builds.
 */

/** The manifest format Astro 7.3 writes (`CACHE_VERSION` in astro/dist/core/build/incremental.js). */
const MANIFEST_VERSION = 1;

/**
 * The output files of the pages the manifest records, or an empty set when the text is not a manifest of the
 * known version: then nothing is kept and the build starts from an empty output folder, as Astro does by default.
 */
export function cachedPageFiles(manifestText: string | undefined): Set<string> {
  const files = new Set<string>();
  if (manifestText === undefined) return files;
  let manifest: unknown;
  try {
    manifest = JSON.parse(manifestText);
  } catch {
    return files;
  }
  if (!isRecord(manifest) || manifest['version'] !== MANIFEST_VERSION || !isRecord(manifest['routes'])) return files;
  for (const route of Object.values(manifest['routes'])) {
    if (!isRecord(route) || !isRecord(route['paths'])) continue;
    for (const page of Object.values(route['paths'])) {
      if (isRecord(page) && typeof page['outputFile'] === 'string' && isSafeRelative(page['outputFile'])) {
        files.add(page['outputFile']);
      }
    }
  }
  return files;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A URL inside the output folder: relative, forward slashes, no `..` segment. */
function isSafeRelative(file: string): boolean {
  return file !== '' && !file.startsWith('/') && !file.includes('\\') && !file.split('/').includes('..');
}
