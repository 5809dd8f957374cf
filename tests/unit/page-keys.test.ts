import { describe, expect, it } from 'vitest';
import type { ArticleEntity } from '../../src/lib/site-index.ts';
import { buildSiteIndex } from '../../src/lib/site-index.ts';
import {
  articlePageKey,
  entityFeedKey,
  entityPageKey,
  monthArchiveKey,
  type EntityLookup,
} from '../../src/lib/page-keys.ts';
import { registry } from '../fixtures/entities/registry.ts';

const byId = new Map(registry.map((entity) => [entity.id, entity]));

function mention(id: string, count = 1): ArticleEntity {
  const entity = byId.get(id)!;
  return { id, kind: entity.kind, name: entity.name, count, sentence: `${entity.name} is named.`, reviewed: true };
}

function article(id: string, date: string, entities: string[], title = `Synthetic ${id}`) {
  return {
    id,
    title,
    date,
    source: 'Synthetic Wire',
    url: `/${id}/`,
    digest: `digest-${id}-${title}`,
    entities: entities.map((e) => mention(e)),
  };
}

const archive = [
  article('2024/01/a', '2024-01-05', ['iraq', 'syria']),
  article('2024/01/b', '2024-01-09', ['iraq', 'lebanon']),
  article('2024/02/c', '2024-02-02', ['yemen']),
];

/** Every page's key for an archive, by page. */
function keys(articles: ReturnType<typeof article>[]) {
  const site = buildSiteIndex(articles, registry);
  const lookup: EntityLookup = {
    name: (id) => byId.get(id)?.name,
    url: (id) => (site.entities.has(id) ? `/e/${id}/` : undefined),
    record: (id) => byId.get(id),
  };
  const result = new Map<string, string>();
  for (const a of site.articles) result.set(`article ${a.id}`, articlePageKey(a, site.related(a.id), lookup));
  for (const [id, data] of site.entities) {
    result.set(`entity ${id}`, entityPageKey(data, data.articles.slice(0, 20), 1, 1, lookup));
    result.set(`feed ${id}`, entityFeedKey(data, data.articles));
  }
  site.months.forEach((month, i) =>
    result.set(`month ${month.year}-${month.month}`, monthArchiveKey(month, site.months[i - 1], site.months[i + 1])),
  );
  return result;
}

/** The pages whose keys differ between two archives (a page that appears or disappears counts too). */
function changed(before: Map<string, string>, after: Map<string, string>) {
  return [...new Set([...before.keys(), ...after.keys()])]
    .filter((page) => before.get(page) !== after.get(page))
    .sort();
}

describe('page cache keys follow exactly the data each page shows', () => {
  it('are stable: the same archive gives the same keys', () => {
    expect(keys(archive)).toEqual(keys(structuredClone(archive)));
  });

  it('a retitled article changes its own page and every page that lists it, and nothing else', () => {
    const retitled = archive.map((a) => (a.id === '2024/02/c' ? article(a.id, a.date, ['yemen'], 'A new title') : a));
    expect(changed(keys(archive), keys(retitled))).toEqual([
      'article 2024/02/c',
      'entity yemen',
      'feed yemen',
      'month 2024-2',
    ]);
  });

  it('an article gaining an entity changes the co-mention lists of the entities beside it', () => {
    const edited = archive.map((a) => (a.id === '2024/02/c' ? article(a.id, a.date, ['yemen', 'syria']) : a));
    const pages = changed(keys(archive), keys(edited));
    expect(pages).toEqual(
      expect.arrayContaining(['article 2024/02/c', 'article 2024/01/a', 'entity yemen', 'entity syria', 'feed syria']),
    );
    // Iraq appears beside Syria in A, but its own co-mentions do not change; the month lists no entities.
    expect(pages).not.toContain('entity iraq');
    expect(pages).not.toContain('entity lebanon');
    expect(pages).not.toContain('month 2024-2');
  });

  it('a deleted article changes the pages of every entity it mentioned and its neighbours', () => {
    const pages = changed(keys(archive), keys(archive.filter((a) => a.id !== '2024/01/a')));
    expect(pages).toEqual(
      expect.arrayContaining(['article 2024/01/a', 'article 2024/01/b', 'entity iraq', 'entity syria', 'month 2024-1']),
    );
    // Lebanon's articles and co-mentions (Iraq, once) are as they were.
    expect(pages).not.toContain('entity lebanon');
    expect(pages).not.toContain('entity yemen');
  });
});
