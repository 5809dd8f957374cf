import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedBuild, type BuildResult } from '../support/build-site.ts';
import { htmlFiles, page } from '../support/html.ts';

/** Every file under a folder, relative to it, with forward slashes. */
const allFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));

/** The whole site built under a sub-path, as a CDN would serve it at https://news.example.org/news-archive/. */
const BASE = '/news-archive/';
const SITE = 'https://news.example.org';
const SEED = `${BASE}2024/01/us-airstrike-kills-iranian-backed-militia-commander-in-baghdad/`;
let build: BuildResult;
const read = (file: string) => readFileSync(path.join(build.outDir, file), 'utf8');
const xml = (file: string) => new XMLParser({ ignoreAttributes: false }).parse(read(file));

beforeAll(async () => {
  build = await sharedBuild('standard', { base: BASE, site: SITE });
});

describe('under a sub-path', () => {
  it('every internal href and src starts with the base and resolves to a built file', () => {
    let checked = 0;
    for (const file of htmlFiles(build.outDir)) {
      const $ = page(build.outDir, `/${file}`);
      $('[href], [src]').each((_, el) => {
        const link = $(el).attr('href') ?? $(el).attr('src')!;
        if (/^(https?:|mailto:|#)/.test(link)) return;
        expect(link, `${file}: ${link}`).toMatch(new RegExp(`^${BASE}`));
        // A query (the search page with filters applied) names no file: the path alone must exist.
        const target = link.slice(BASE.length).split(/[?#]/)[0]!;
        const onDisk = target === '' || target.endsWith('/') ? `${target}index.html` : target;
        expect(existsSync(path.join(build.outDir, onDisk)), `${file}: ${link}`).toBe(true);
        checked += 1;
      });
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('writes the search index under the base, and the search page loads it from there', () => {
    expect(existsSync(path.join(build.outDir, 'pagefind/pagefind.js'))).toBe(true);
    const $ = page(build.outDir, '/search/');
    expect($('form#search').attr('data-pagefind')).toBe(`${BASE}pagefind/pagefind.js`);
    expect($('form#search').attr('data-base')).toBe(BASE);
    expect($('script[src]').attr('src')).toBe(`${BASE}search.js`);
  });
});

describe('feeds', () => {
  it('the archive feed is RSS with the newest articles, linked absolutely under the base', () => {
    const feed = xml('rss.xml');
    const items = feed.rss.channel.item as { title: string; link: string; pubDate: string }[];
    expect(items.length).toBe(27);
    expect(items[0]!.link).toBe(`${SITE}${SEED}`);
    expect(new Date(items[0]!.pubDate).toISOString()).toBe('2024-01-04T00:00:00.000Z');
  });

  it('every entity has a feed of its articles, announced in its page head', () => {
    const feed = xml('militias/harakat-al-nujaba/rss.xml');
    expect(feed.rss.channel.title).toContain('Harakat al-Nujaba');
    expect(feed.rss.channel.item).toHaveLength(24);
    const $ = page(build.outDir, '/militias/harakat-al-nujaba/');
    const alternates = $('link[rel="alternate"][type="application/rss+xml"]')
      .map((_, l) => $(l).attr('href'))
      .get();
    expect(alternates).toEqual([`${BASE}rss.xml`, `${BASE}militias/harakat-al-nujaba/rss.xml`]);
  });
});

describe('search engines and sharing', () => {
  it('has a sitemap of every page but the 404, named in robots.txt', () => {
    expect(read('robots.txt')).toContain(`Sitemap: ${SITE}${BASE}sitemap-index.xml`);
    const urls = ([] as { loc: string }[]).concat(xml('sitemap-0.xml').urlset.url).map((u) => u.loc);
    expect(urls).toContain(`${SITE}${SEED}`);
    expect(urls).toContain(`${SITE}${BASE}militias/harakat-al-nujaba/page/2/`);
    expect(urls.some((u) => u.includes('404'))).toBe(false);
  });

  it('gives pages canonical URLs and Open Graph metadata', () => {
    const $ = page(build.outDir, '/2024/01/us-airstrike-kills-iranian-backed-militia-commander-in-baghdad/');
    expect($('link[rel="canonical"]').attr('href')).toBe(`${SITE}${SEED}`);
    expect($('meta[property="og:type"]').attr('content')).toBe('article');
    expect($('meta[property="og:title"]').attr('content')).toBe(
      'US airstrike kills Iranian-backed militia commander in Baghdad',
    );
    expect($('meta[name="twitter:card"]').attr('content')).toBe('summary');
  });

  it('describes articles as schema.org NewsArticle with publisher, about and mentions', () => {
    const $ = page(build.outDir, '/2024/01/us-airstrike-kills-iranian-backed-militia-commander-in-baghdad/');
    const blocks = $('script[type="application/ld+json"]')
      .map((_, s) => JSON.parse($(s).text()))
      .get() as { '@type': string; [key: string]: unknown }[];
    const article = blocks.find((b) => b['@type'] === 'NewsArticle')!;
    expect(article).toMatchObject({
      headline: 'US airstrike kills Iranian-backed militia commander in Baghdad',
      datePublished: '2024-01-04',
      publisher: { '@type': 'Organization', name: 'Financial Times' },
    });
    const about = article['about'] as { name: string; url: string }[];
    expect(about.map((a) => a.name)).toContain('Iraq');
    expect(about.find((a) => a.name === 'Iraq')!.url).toBe(`${SITE}${BASE}countries/iraq/`);
    expect((article['mentions'] as { name: string }[]).map((m) => m.name)).toContain('Yemen');
    expect(blocks.find((b) => b['@type'] === 'BreadcrumbList')).toBeDefined();
  });

  it('escapes markup in headlines inside JSON-LD, so it cannot end the data block', () => {
    const html = read('2023/07/synthetic-markup/index.html');
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map((m) => m[1]!);
    expect(blocks.length).toBe(2);
    for (const block of blocks) expect(block).not.toContain('<');
    expect(JSON.parse(blocks.find((b) => b.includes('NewsArticle'))!).headline).toBe(
      'Synthetic markup test <b>not bold</b>',
    );
  });
});

describe('without ARCHIVE_SITE', () => {
  let bare: BuildResult;
  beforeAll(async () => {
    bare = await sharedBuild('seed', { site: '' });
  });

  it('feeds and the sitemap use the placeholder origin, and pages claim no canonical URL', () => {
    expect(bare.output).toContain('ARCHIVE_SITE is not set');
    const $ = page(bare.outDir, SEED.slice(BASE.length - 1));
    expect($('link[rel="canonical"]')).toHaveLength(0);
    expect($('meta[property="og:url"]')).toHaveLength(0);
    expect($('meta[property="og:title"]').attr('content')).toBeTruthy();
    expect(readFileSync(path.join(bare.outDir, 'robots.txt'), 'utf8')).toContain(
      'Sitemap: http://localhost:4321/sitemap-index.xml',
    );
    expect(readFileSync(path.join(bare.outDir, 'rss.xml'), 'utf8')).toContain(
      `<link>http://localhost:4321${SEED.slice(BASE.length - 1)}</link>`,
    );
  });
});

describe('CDN files', () => {
  /** `_headers` as [path pattern, headers] rules. */
  const headerRules = () =>
    read('_headers')
      .trim()
      .split(/\n\n/)
      .map((block) => {
        const [pattern, ...lines] = block.split('\n');
        return [pattern!, lines.map((l) => l.trim().split(': ')[0]!)] as const;
      });
  /** How Netlify matches a rule (@netlify/headers-parser): a lone `*` segment also matches nothing or a suffix. */
  const netlify = (pattern: string) => {
    const parts = pattern.split('/').filter(Boolean);
    const regexp = parts
      .map((p) => (p === '*' ? '?(.*)' : p.includes('*') ? p.replaceAll('*', '(.*)') : p.replace(/[.]/g, '\\.')))
      .join('/');
    return new RegExp(`^/${regexp}/?$`, 'i');
  };
  /** How Cloudflare Pages matches a rule: `*` is a splat matching anything, the rest literally. */
  const cloudflare = (pattern: string) => new RegExp(`^${pattern.replace(/[.]/g, '\\.').replaceAll('*', '.*')}$`);

  it('_headers sets security headers and a CSP without inline script', () => {
    const headers = read('_headers');
    const csp = /Content-Security-Policy: (.*)/.exec(headers)![1]!;
    const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src'))!;
    expect(scriptSrc).not.toContain('unsafe-inline');
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(headers).toContain('X-Content-Type-Options: nosniff');
    expect(headers).toContain('Referrer-Policy: strict-origin-when-cross-origin');
    expect(headers).toContain('Permissions-Policy: camera=(), microphone=(), geolocation=()');
    expect(headers).toMatch(
      new RegExp(`^${BASE}_astro/\\*\\n  Cache-Control: public, max-age=31536000, immutable`, 'm'),
    );
    expect(existsSync(path.join(build.outDir, '404.html'))).toBe(true);
  });

  it('on Netlify and on Cloudflare, every URL gets the security headers and exactly one cache rule', () => {
    const rules = headerRules();
    const cacheOf = new Map(
      read('_headers')
        .trim()
        .split(/\n\n/)
        .map((b) => [b.split('\n')[0]!, /Cache-Control: (.*)/.exec(b)?.[1]] as const),
    );
    const urls = allFiles(build.outDir)
      .filter((f) => f !== '_headers')
      .map((f) => BASE + f.replace(/(^|\/)index\.html$/, '$1'));
    expect(urls.length).toBeGreaterThan(100);
    for (const [host, matcher] of [
      ['netlify', netlify],
      ['cloudflare', cloudflare],
    ] as const) {
      for (const url of urls) {
        const matching = rules.filter(([pattern]) => matcher(pattern).test(url));
        expect(
          matching.filter(([, names]) => names.includes('Content-Security-Policy')),
          `${host} ${url}`,
        ).toHaveLength(1);
        const caching = matching.filter(([, names]) => names.includes('Cache-Control'));
        expect(caching, `${host} ${url}`).toHaveLength(1);
        const policy = cacheOf.get(caching[0]![0]);
        if (url.startsWith(`${BASE}_astro/`) || /\/pagefind\/(fragment|index|filter)\//.test(url)) {
          expect(policy, url).toBe('public, max-age=31536000, immutable');
        } else if (url.startsWith(`${BASE}pagefind/`)) {
          expect(policy, url).toMatch(/^public, max-age=(3600|31536000, immutable)$/);
        } else {
          expect(policy, url).toMatch(/^public, max-age=300\b/);
        }
      }
    }
  });

  it('no page carries inline script or style that the CSP would block', () => {
    for (const file of htmlFiles(build.outDir)) {
      const $ = page(build.outDir, `/${file}`);
      $('script:not([src])').each((_, s) => expect($(s).attr('type'), file).toBe('application/ld+json'));
      expect($('style, [style]'), file).toHaveLength(0);
      expect($('[onclick], [onload], [onerror]'), file).toHaveLength(0);
    }
  });
});

describe('data for researchers', () => {
  it('entities.json lists the entities that appear, with article counts', () => {
    const entities = JSON.parse(read('data/entities.json')) as { id: string; kind: string; articleCount: number }[];
    expect(entities.find((e) => e.id === 'harakat-al-nujaba')).toMatchObject({ kind: 'militia', articleCount: 24 });
    expect(entities.find((e) => e.id === 'testa-fillerton')).toMatchObject({ kind: 'official', reviewed: false });
  });

  it('articles.json has one record per article with its entity ids', () => {
    const articles = JSON.parse(read('data/articles.json')) as { id: string; url: string; entities: string[] }[];
    expect(articles).toHaveLength(27);
    const seed = articles.find((a) => a.url === SEED)!;
    expect(seed).toMatchObject({ headline: expect.any(String), date: '2024-01-04', source: 'Financial Times' });
    expect(seed.entities).toContain('harakat-al-nujaba');
  });

  it('mentions.jsonl has one line per article and entity with the evidence sentence', () => {
    const lines = read('data/mentions.jsonl')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { article: string; entity: string; count: number; sentence: string });
    const articles = JSON.parse(read('data/articles.json')) as { entities: string[] }[];
    expect(lines).toHaveLength(articles.reduce((n, a) => n + a.entities.length, 0));
    const line = lines.find((l) => l.entity === 'yahia-rasool')!;
    expect(line.sentence).toContain('Yahia Rasool');
  });
});
