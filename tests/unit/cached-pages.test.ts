import { describe, expect, it } from 'vitest';
import { cachedPageFiles } from '../../src/lib/cached-pages.ts';

/** A manifest as Astro 7.3 writes it after a build, with two routes. */
const manifest = {
  version: 1,
  configHash: 'c',
  lockfileHash: 'l',
  keyDigest: 'k',
  routes: {
    'src/pages/[...article].astro': {
      dependencyHash: 'd1',
      paths: {
        '/2024/03/a/': { cacheKey: 'a', outputFile: '2024/03/a/index.html' },
        '/2024/03/caf\u00e9/': { cacheKey: 'b', outputFile: '2024/03/caf%C3%A9/index.html' },
      },
    },
    'src/pages/[kind]/[slug]/rss.xml.ts': {
      dependencyHash: 'd2',
      paths: { '/countries/iraq/rss.xml': { cacheKey: 'c', outputFile: 'countries/iraq/rss.xml' } },
    },
  },
};

describe('cachedPageFiles', () => {
  it('lists the output file of every page the manifest records, as Astro wrote it', () => {
    expect([...cachedPageFiles(JSON.stringify(manifest))].sort()).toEqual([
      '2024/03/a/index.html',
      '2024/03/caf%C3%A9/index.html',
      'countries/iraq/rss.xml',
    ]);
  });

  it('keeps nothing without a manifest, from text that is not one, or from another version', () => {
    expect(cachedPageFiles(undefined).size).toBe(0);
    expect(cachedPageFiles('{"version": 1, "routes": ').size).toBe(0);
    expect(cachedPageFiles(JSON.stringify({ ...manifest, version: 2 })).size).toBe(0);
    expect(cachedPageFiles('[]').size).toBe(0);
  });

  it('never names a file outside the output folder', () => {
    const hostile = {
      version: 1,
      routes: {
        r: {
          paths: {
            a: { outputFile: '../outside.html' },
            b: { outputFile: '/etc/passwd' },
            c: { outputFile: 'a/../../b.html' },
            d: { outputFile: 42 },
            e: { outputFile: 'fine/index.html' },
          },
        },
      },
    };
    expect([...cachedPageFiles(JSON.stringify(hostile))]).toEqual(['fine/index.html']);
  });
});
