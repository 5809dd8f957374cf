import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, copyProject } from '../support/build-site.ts';
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

  it('renders nothing again after the cache folder moved (a CI cache restored elsewhere)', () => {
    const moved = mkdtempSync(path.join(tmpdir(), 'archive-cache-moved-'));
    cpSync(cacheDir, moved, { recursive: true });
    for (let build = 0; build < 2; build++) {
      const again = buildSite({ articlesDir: dir, cacheDir: moved });
      expect(again.status, again.output).toBe(0);
      expect(again.output).toContain('2 articles (0 rendered, 2 cached)');
      expect(page(again.outDir, '/2024/04/one/')('.prose').text()).toContain('Filler naming Iraq.');
    }
  });
});

describe('the cache is keyed by the code and dependencies that render and detect', () => {
  const dir = writeArchive([
    fixtureArticle(
      '2024/05/spokesman.md',
      'Synthetic cache test of a detection rule',
      '2024-05-01',
      'Filler text: the synthetic ministry spokesman Testa Fillerton read out a filler statement.',
    ),
  ]);
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'archive-cache-'));
  const tags = (outDir: string) =>
    page(
      outDir,
      '/2024/05/spokesman/',
    )('aside a')
      .map((_, a) => a.attribs['href'])
      .get();

  it('re-renders a cached article after a detection rule changes, and its tags follow the new rule', () => {
    const project = copyProject();
    const before = buildSite({ root: project, articlesDir: dir, cacheDir });
    expect(before.status, before.output).toBe(0);
    expect(tags(before.outDir)).toContain('/officials/testa-fillerton/');

    // The rule: an office noun such as "spokesman" introduces the name after it as an official.
    const rules = path.join(project, 'src/lib/entities');
    let changed = 0;
    for (const file of readdirSync(rules, { recursive: true }) as string[]) {
      if (!file.endsWith('.ts')) continue;
      const code = readFileSync(path.join(rules, file), 'utf8');
      const without = code
        .replaceAll('spokes(?:man|woman|person)', 'spokes(?:woman|person)')
        .replaceAll('spokesman ', '');
      if (without === code) continue;
      writeFileSync(path.join(rules, file), without);
      changed += 1;
    }
    expect(changed, 'a detection file names the office "spokesman"').toBeGreaterThan(0);

    const after = buildSite({ root: project, articlesDir: dir, cacheDir });
    expect(after.status, after.output).toBe(0);
    expect(after.output).toContain('1 articles (1 rendered, 0 cached)');
    expect(tags(after.outDir)).not.toContain('/officials/testa-fillerton/');
  });
});
