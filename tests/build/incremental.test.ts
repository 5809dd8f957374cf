import {
  appendFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../src/integrations/output-ledger.ts';
import { buildSite, ROOT, type BuildResult } from '../support/build-site.ts';
import { fixtureArticle, writeArchive } from '../support/fixture-archive.ts';
import { hasPage, page } from '../support/html.ts';

/** Every file of a built site with its bytes, so two builds can be compared file by file. */
async function snapshot(outDir: string): Promise<Map<string, string>> {
  const files = listFiles(outDir);
  return new Map(files.map((file) => [file, readFileSync(path.join(outDir, file)).toString('base64')]));
}

/** Rebuilds over the same output and cache folders, as an editor's machine or a CI cache does. */
function incrementalBuilder(articlesDir: string, renderThreads: number) {
  mkdirSync(path.join(ROOT, 'test-results/builds'), { recursive: true });
  const work = mkdtempSync(path.join(ROOT, 'test-results/builds/incremental-'));
  const outDir = path.join(work, 'dist');
  const cacheDir = path.join(work, 'cache');
  return Object.assign((): BuildResult => buildSite({ articlesDir, outDir, cacheDir, renderThreads }), {
    outDir,
    cacheDir,
  });
}

function written(build: BuildResult): { written: number; kept: number } {
  const match = /pages written: (\d+), kept: (\d+)/.exec(build.output);
  if (!match) throw new Error(`the build did not say how many pages it wrote:\n${build.output}`);
  return { written: Number(match[1]), kept: Number(match[2]) };
}

// Rendered on the build's thread, as a small archive is, and in two worker threads, as a large one is; the cold
// builds compared with render on the build's thread.
describe.each([
  ['on the build thread', 0],
  ['in worker threads', 2],
])('an incremental build with pages rendered %s produces exactly what a cold build does', (_, renderThreads) => {
  const articlesDir = writeArchive([
    fixtureArticle('2024/03/synthetic-a.md', 'Synthetic incremental A', '2024-03-04', 'Filler naming Iraq and Hamas.'),
    fixtureArticle('2024/03/synthetic-b.md', 'Synthetic incremental B', '2024-03-09', 'Filler naming Iraq and Syria.'),
    fixtureArticle('2024/04/synthetic-c.md', 'Synthetic incremental C', '2024-04-02', 'Filler naming Hamas and Syria.'),
    fixtureArticle('2024/05/synthetic-d.md', 'Synthetic incremental D', '2024-05-20', 'Filler naming Lebanon only.'),
    // Another year, so another search shard, which the edits below leave alone.
    fixtureArticle('2023/11/synthetic-e.md', 'Synthetic incremental E', '2023-11-15', 'Filler naming Yemen only.'),
  ]);
  const rebuild = incrementalBuilder(articlesDir, renderThreads);
  let first: BuildResult;

  beforeAll(() => {
    first = rebuild();
  });

  it('rewrites nothing and keeps every page when nothing changed', async () => {
    expect(first.status, first.output).toBe(0);
    if (renderThreads > 0) expect(first.output).toMatch(/rendering \d+ routes in 2 worker thread\(s\)/);
    else expect(first.output).not.toContain('worker thread(s)');
    // A cold build renders every page, so each shard is indexed as soon as its last page is rendered.
    expect(first.output).toMatch(
      /search index: 5 article pages indexed in 2 of 2 shard\(s\) \(5 while the pages were generated\)/,
    );
    // Pages stay in the output folder between builds: the cache holds no second copy of each.
    expect(existsSync(path.join(rebuild.cacheDir, 'dist'))).toBe(false);
    const before = statSync(path.join(first.outDir, 'countries/lebanon/index.html')).mtimeMs;
    const again = rebuild();
    expect(again.status, again.output).toBe(0);
    expect(written(again).written).toBe(0);
    expect(again.output).toContain('search index: no article page changed, the previous 2 shard(s) kept');
    // Same pages, files and articles as the build before, which checked them: links and the audit are not redone.
    expect(again.output).toContain('links and audit not redone');
    expect(written(again).kept).toBe(written(first).written);
    expect(statSync(path.join(again.outDir, 'countries/lebanon/index.html')).mtimeMs).toBe(before);
  });

  it('removes files it did not make, and trusts no page it finds after an interrupted build', async () => {
    const stray = path.join(rebuild.outDir, 'stray/index.html');
    mkdirSync(path.dirname(stray), { recursive: true });
    writeFileSync(stray, '<p>left by hand</p>');
    // As after a build stopped while writing pages: the output no longer matches the cache's manifest.
    rmSync(path.join(rebuild.cacheDir, 'kept-pages.json'));
    const lebanon = path.join(rebuild.outDir, 'countries/lebanon/index.html');
    const good = readFileSync(lebanon, 'utf8');
    writeFileSync(lebanon, '<p>half-written</p>');
    const again = rebuild();
    expect(again.status, again.output).toBe(0);
    expect(hasPage(again.outDir, '/stray/')).toBe(false);
    expect(readFileSync(lebanon, 'utf8')).toBe(good);
  });

  it('after an edit, matches a cold build byte for byte and keeps the pages the edit does not touch', async () => {
    // D's month lists only D; D's own page changes, as A becomes related to it through Lebanon.
    const untouched = path.join(first.outDir, 'archive/2024/05/index.html');
    const untouchedTime = statSync(untouched).mtimeMs;
    // The edit adds Lebanon to A: Lebanon's page lists A, and the co-mention lists of Iraq and Hamas change.
    appendFileSync(path.join(articlesDir, '2024/03/synthetic-a.md'), '\nAn added filler paragraph naming Lebanon.\n');
    const edited = rebuild();
    expect(edited.status, edited.output).toBe(0);
    // Only 2024's search shard is indexed again; 2023's is kept from the last build.
    // Its other pages are kept, not rendered: it is indexed after the pages, from the output folder.
    expect(edited.output).toMatch(
      /search index: 4 article pages indexed in 1 of 2 shard\(s\) \(0 while the pages were generated\)/,
    );
    expect(edited.output).toMatch(/pages link-checked: \d+, articles audited: 5/);
    // Astro kept unchanged pages where they were (src/integrations/keep-cached-pages.ts) instead of rendering them again.
    expect(edited.output).toContain('(cached)');
    expect(edited.output).not.toContain('(restored)');
    const cold = buildSite({ articlesDir, renderThreads: 0 });
    expect(cold.status, cold.output).toBe(0);
    expect(await snapshot(edited.outDir)).toEqual(await snapshot(cold.outDir));
    expect(page(edited.outDir, '/countries/lebanon/')('main .article-list a').length).toBe(2);
    expect(statSync(untouched).mtimeMs).toBe(untouchedTime);
    const { written: pagesWritten, kept } = written(edited);
    expect(pagesWritten).toBeGreaterThan(0);
    expect(kept).toBeGreaterThan(0);
  });

  it('after a deletion, drops the page and every mention of it, matching a cold build', async () => {
    rmSync(path.join(articlesDir, '2024/04/synthetic-c.md'));
    const deleted = rebuild();
    expect(deleted.status, deleted.output).toBe(0);
    expect(deleted.output).toMatch(/search index: 3 article pages indexed in 1 of 2 shard\(s\)/);
    expect(hasPage(deleted.outDir, '/2024/04/synthetic-c/')).toBe(false);
    const files = await snapshot(deleted.outDir);
    const mentioning = [...files.keys()].filter((file) =>
      Buffer.from(files.get(file)!, 'base64').toString('utf8').includes('synthetic-c'),
    );
    // Only the search index may still hold the word in compressed form; no page, feed or data file names it.
    expect(mentioning.filter((file) => !file.startsWith('pagefind/'))).toEqual([]);
    const cold = buildSite({ articlesDir, renderThreads: 0 });
    expect(cold.status, cold.output).toBe(0);
    expect(files).toEqual(await snapshot(cold.outDir));
  });
});
