import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { articlePageFile, createSearchIndex } from '../../src/integrations/search-index.ts';
import { fileDigest } from '../../src/integrations/output-ledger.ts';

/** A synthetic article page with a search body, as the article template marks it. */
const articlePage = (n: number) =>
  `<!DOCTYPE html><html lang="en"><head><title>Synthetic ${n}</title></head><body><main>` +
  `<article data-pagefind-body><h1>Synthetic report ${n}</h1><p>Filler text number ${n} about lorem ipsum.</p>` +
  `</article></main></body></html>`;

const ARTICLES = [1, 2, 3, 4, 5, 6].map((n) => ({
  id: `2024/0${(n % 3) + 1}/synthetic-${n}`,
  date: `2024-0${(n % 3) + 1}-10`,
}));

/**
 * Indexes the six pages as a cold build does, as they are rendered; `heldPages` pages at most wait in memory, the
 * others are read back from the output folder, where they arrive `writeDelay` ms after they are rendered.
 */
async function indexWhileRendering(heldPages: number | undefined, writeDelay: number) {
  const work = mkdtempSync(path.join(tmpdir(), 'search-index-'));
  const outDir = path.join(work, 'dist');
  const index = createSearchIndex({
    outDir,
    cacheDir: path.join(work, 'cache'),
    ...(heldPages === undefined ? {} : { heldPages }),
  });
  index.expect(ARTICLES);
  const writes: Promise<void>[] = [];
  const pages = ARTICLES.map((article, n) => {
    const file = articlePageFile(article.id);
    const bytes = Buffer.from(articlePage(n));
    expect(index.wants(file)).toBe(true);
    index.pageRendered(file, bytes, fileDigest(bytes));
    writes.push(
      sleep(writeDelay).then(() => {
        mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true });
        writeFileSync(path.join(outDir, file), bytes);
      }),
    );
    return { file, digest: fileDigest(bytes), date: article.date };
  });
  await Promise.all(writes);
  const result = await index.finish(pages);
  const files = Object.fromEntries(
    [...result.files.keys()].sort().map((file) => [file, readFileSync(path.join(outDir, file)).toString('base64')]),
  );
  return { result, files };
}

describe('the search index built while pages are rendered', () => {
  it('is the same whether the pages wait in memory or are read back from the output folder once written', async () => {
    const held = await indexWhileRendering(undefined, 0);
    expect(held.result.indexedWhileRendering).toBe(6);
    // Nothing held: every shard waits for its pages to reach the output folder, written after a delay.
    const fromDisk = await indexWhileRendering(0, 150);
    expect(fromDisk.result.indexedWhileRendering).toBe(6);
    expect(fromDisk.result.shards).toBe(held.result.shards);
    expect(Object.keys(fromDisk.files).length).toBeGreaterThan(3);
    expect(fromDisk.files).toEqual(held.files);
  });
});
