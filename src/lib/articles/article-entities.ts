import type { ArticleEntity } from '../site-index.ts';
import type { Detection } from '../entities/detect.ts';
import type { Entity } from '../entities/types.ts';
import { ArticleError } from './frontmatter.ts';

export interface EntityCorrections {
  add?: string[] | undefined;
  exclude?: string[] | undefined;
}

/**
 * Turns one article's detection into the entities it is tagged with: one record per entity with its mention
 * count and evidence sentence, after the editor's corrections from the front matter.
 */
export function tagArticle(
  detection: Detection,
  registryById: ReadonlyMap<string, Entity>,
  corrections: EntityCorrections,
  file: string,
): ArticleEntity[] {
  for (const [field, ids] of [
    ['entities.add', corrections.add],
    ['entities.exclude', corrections.exclude],
  ] as const) {
    const unknown = (ids ?? []).filter((id) => !registryById.has(id));
    if (unknown.length) throw new ArticleError(file, `unknown entity id(s) ${unknown.join(', ')}`, field);
  }
  const excluded = new Set(corrections.exclude ?? []);
  const tagged = new Map<string, ArticleEntity>();
  /** Counts one more mention of `id`, creating its record on the first one. */
  const countMention = (id: string, firstRecord: () => ArticleEntity) => {
    if (excluded.has(id)) return;
    const existing = tagged.get(id);
    if (existing) existing.count += 1;
    else tagged.set(id, firstRecord());
  };
  for (const mention of detection.mentions) {
    const entity = registryById.get(mention.entityId);
    if (!entity) continue;
    countMention(entity.id, () => ({
      id: entity.id,
      kind: entity.kind,
      name: entity.name,
      count: 1,
      sentence: mention.sentence,
      reviewed: true,
    }));
  }
  for (const official of detection.unregistered) {
    // A variant spelling of a registered official's name counts for that official.
    const registered = registryById.get(official.slug);
    countMention(official.slug, () => ({
      id: official.slug,
      kind: 'official',
      name: registered?.name ?? official.name,
      count: 1,
      sentence: official.sentence,
      reviewed: registered !== undefined,
      ...(registered ? {} : { office: official.office }),
    }));
  }
  for (const group of detection.groups) {
    // A group found by its cue whose name makes a registered militia's id is that militia.
    const registered = registryById.get(group.slug);
    if (registered !== undefined && registered.kind !== 'militia') continue;
    countMention(group.slug, () => ({
      id: group.slug,
      kind: 'militia',
      name: registered?.name ?? group.name,
      count: 1,
      sentence: group.sentence,
      reviewed: registered !== undefined,
    }));
  }
  for (const id of corrections.add ?? []) {
    if (tagged.has(id) || excluded.has(id)) continue;
    const entity = registryById.get(id)!;
    tagged.set(id, { id, kind: entity.kind, name: entity.name, count: 0, sentence: '', reviewed: true });
  }
  return [...tagged.values()];
}
