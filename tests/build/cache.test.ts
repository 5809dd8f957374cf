import { appendFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { fixtureArticle, writeArchive } from '../support/fixture-archive.ts';
import { page } from '../support/html.ts';

describe('render and detection run once per article and are cached with it', () => {
  const dir = writeArchive([
    fixtureArticle('2024/04/one.md', 'Synthetic cache test one', '2024-04-01', 'Filler naming Iraq.'),
    fixtureArticle('2024/04/two.md', 'Synthetic cache test two', '2024-04-02', 'Filler naming Syria.'),
  ]);
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'archive-cache-'));

  it('renders every article on a cold build, none on an unchanged rebuild, only the edited one after an edit', () => {
    const cold = buildSite({ articlesDir: dir, cacheDir });
    expect(cold.status, cold.output).toBe(0);
    expect(cold.output).toContain('2 articles (2 rendered, 0 cached)');

    const warm = buildSite({ articlesDir: dir, cacheDir });
    expect(warm.status, warm.output).toBe(0);
    expect(warm.output).toContain('2 articles (0 rendered, 2 cached)');

    appendFileSync(path.join(dir, '2024/04/two.md'), '\nLebanon is named in an added filler paragraph.\n');
    const edited = buildSite({ articlesDir: dir, cacheDir });
    expect(edited.status, edited.output).toBe(0);
    expect(edited.output).toContain('2 articles (1 rendered, 1 cached)');
    const tagged = page(
      edited.outDir,
      '/2024/04/two/',
    )('aside a')
      .map((_, a) => a.attribs['href'])
      .get();
    expect(tagged).toEqual(expect.arrayContaining(['/countries/syria/', '/countries/lebanon/']));
  });
});
