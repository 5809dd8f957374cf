import type { Loader } from 'astro/loaders';
import { loadRegistry } from '../lib/entities/load-registry.ts';

/** The entity registry as a content collection; loading validates it and stops the build on any error. */
export function entitiesLoader(): Loader {
  return {
    name: 'entities-loader',
    async load({ store, generateDigest }) {
      const registry = loadRegistry();
      store.clear();
      for (const entity of registry) {
        store.set({ id: entity.id, data: { ...entity }, digest: generateDigest({ ...entity }) });
      }
    },
  };
}
