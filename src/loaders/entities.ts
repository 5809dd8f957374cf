import type { Loader } from 'astro/loaders';
import { loadRegistry } from '../lib/entities/load-registry.ts';

/**
 * The entity registry as a content collection; loading validates it and stops the build on any error. An unchanged
 * registry (the same records, digest for digest, in the same order) leaves the content layer untouched, so the
 * store need not be written again.
 */
export function entitiesLoader(): Loader {
  return {
    name: 'entities-loader',
    async load({ store, generateDigest }) {
      const registry = loadRegistry();
      const records = registry.map((entity) => ({ entity, digest: generateDigest({ ...entity }) }));
      const stored = store.keys();
      const unchanged =
        stored.length === records.length &&
        records.every(({ entity, digest }, i) => stored[i] === entity.id && store.get(entity.id)?.digest === digest);
      if (unchanged) return;
      store.clear();
      for (const { entity, digest } of records) store.set({ id: entity.id, data: { ...entity }, digest });
    },
  };
}
