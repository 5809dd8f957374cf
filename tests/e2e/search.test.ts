import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { sharedBuild } from '../support/build-site.ts';
import { serve } from '../support/serve.ts';

/**
 * The search journey as a reader meets it on the CDN: the site built under a sub-path and served with the
 * headers of its own `_headers` file, so the Content-Security-Policy is enforced while Pagefind runs.
 */
const BASE = '/news-archive/';
const SITE = 'https://news.example.org';
const SEED = `${BASE}2024/01/us-airstrike-kills-iranian-backed-militia-commander-in-baghdad/`;

interface ArticleRecord {
  id: string;
  url: string;
  headline: string;
  date: string;
  entities: string[];
}

let outDir: string;
let browser: Browser;
let context: BrowserContext;
let site: { url: string; close: () => Promise<void> };
let articles: ArticleRecord[];
/** Problems the pages of the current test reported: script errors, failed requests and CSP violations. */
const problems: string[] = [];

/** The headers `_headers` gives a URL path, matched the way Cloudflare Pages does (`*` matches anything). */
function headersFor(rules: [RegExp, [string, string][]][], pathname: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [pattern, values] of rules) {
    if (!pattern.test(pathname)) continue;
    for (const [name, value] of values) headers[name] = headers[name] ? `${headers[name]}, ${value}` : value;
  }
  return headers;
}

function readHeaderRules(): [RegExp, [string, string][]][] {
  return readFileSync(path.join(outDir, '_headers'), 'utf8')
    .trim()
    .split(/\n\n/)
    .map((block) => {
      const [pattern, ...lines] = block.split('\n');
      const regexp = new RegExp(`^${pattern!.replace(/[.]/g, '\\.').replaceAll('*', '.*')}$`);
      return [regexp, lines.map((line) => line.trim().split(': ', 2) as [string, string])];
    });
}

async function settled(page: Page) {
  await page.waitForFunction(() =>
    /found|No articles|Type words/.test(document.getElementById('search-status')!.textContent ?? ''),
  );
}

const titles = (page: Page) => page.locator('#search-results h2 a').allTextContents();
const headlinesOf = (list: ArticleRecord[]) => list.map((a) => a.headline).sort();

describe('searching the archive in a real browser, under a sub-path, with the CSP', () => {
  beforeAll(async () => {
    browser = await launchBrowser();
    const build = await sharedBuild('standard', { base: BASE, site: SITE });
    outDir = build.outDir;
    articles = JSON.parse(readFileSync(path.join(outDir, 'data/articles.json'), 'utf8')) as ArticleRecord[];
    site = await serve(outDir, BASE);
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const rules = readHeaderRules();
    await context.route('**/*', async (route) => {
      const response = await route.fetch();
      const pathname = new URL(route.request().url()).pathname;
      await route.fulfill({ response, headers: { ...response.headers(), ...headersFor(rules, pathname) } });
    });
    context.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    context.on('weberror', (error) => problems.push(error.error().message));
    context.on('requestfailed', (request) => problems.push(`${request.url()}: ${request.failure()?.errorText}`));
  });

  // Every test, run alone or with the others, fails on what went wrong in its own pages.
  afterEach(() => {
    const seen = problems.splice(0);
    expect(seen, 'script errors, failed requests or CSP violations').toEqual([]);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await site?.close();
  });

  it('the CSP from _headers is in force: an injected inline script does not run', async () => {
    const page = await context.newPage();
    const response = await page.goto(`${site.url}${BASE}search/`);
    expect(response!.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
    await settled(page);
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return (window as unknown as { inlineRan?: boolean }).inlineRan === true;
    });
    expect(ran).toBe(false);
    // The browser reports the refusal; it is the one violation expected, so it is taken off the list.
    const refusal = /inline script violates the following Content Security Policy directive/;
    await expect.poll(() => problems.filter((p) => refusal.test(p)).length).toBe(1);
    problems.splice(0, problems.length, ...problems.filter((p) => !refusal.test(p)));
    await page.close();
  });

  it('an alias typed in the header finds the articles of its entity, newest first', async () => {
    const page = await context.newPage();
    await page.goto(`${site.url}${BASE}`);
    await page.fill('#site-search', 'Nujaba');
    await page.press('#site-search', 'Enter');
    await settled(page);
    const url = new URL(page.url());
    expect(url.pathname).toBe(`${BASE}search/`);
    expect(url.searchParams.get('q')).toBe('Nujaba');
    expect(await page.inputValue('#search-query')).toBe('Nujaba');

    const nujaba = articles.filter((a) => a.entities.includes('harakat-al-nujaba'));
    expect(nujaba.length).toBeGreaterThan(20);
    expect(await page.locator('#search-status').textContent()).toContain(`${nujaba.length} articles found`);
    const dates = await page
      .locator('#search-results time')
      .evaluateAll((els) => els.map((el) => el.getAttribute('datetime')));
    expect(dates.length).toBe(20);
    // The newest twenty, across the yearly search shards (2024 holds one of them).
    expect(dates).toEqual(
      nujaba
        .map((a) => a.date)
        .sort()
        .reverse()
        .slice(0, 20),
    );
    expect(dates[0]).toBe(
      nujaba
        .map((a) => a.date)
        .sort()
        .at(-1),
    );
    for (const href of await page
      .locator('#search-results h2 a')
      .evaluateAll((els) => els.map((el) => el.getAttribute('href')))) {
      expect(href).toMatch(new RegExp(`^${BASE}\\d{4}/\\d{2}/`));
    }
    await page.close();
  });

  it('"Hizbollah", a spelling no article uses, finds exactly the articles about Hezbollah and Kataib Hezbollah', async () => {
    const page = await context.newPage();
    await page.goto(`${site.url}${BASE}search/?q=Hizbollah`);
    await settled(page);
    const expected = articles.filter(
      (a) => a.entities.includes('hezbollah') || a.entities.includes('kataib-hezbollah'),
    );
    expect(expected.length).toBeGreaterThan(2);
    expect((await titles(page)).sort()).toEqual(headlinesOf(expected));
    await page.close();
  });

  it('a militia filter and a year filter narrow the results, and a result opens its article', async () => {
    const page = await context.newPage();
    await page.goto(`${site.url}${BASE}search/?q=Nujaba`);
    await settled(page);
    const nujaba = articles.filter((a) => a.entities.includes('harakat-al-nujaba'));

    const militias = await page.locator('#filter-militia option').allTextContents();
    expect(militias).toContain(
      `Kataib Hezbollah (${articles.filter((a) => a.entities.includes('kataib-hezbollah')).length})`,
    );
    await page.selectOption('#filter-militia', 'Kataib Hezbollah');
    const both = nujaba.filter((a) => a.entities.includes('kataib-hezbollah'));
    await expect.poll(() => page.locator('#search-status').textContent()).toContain(`${both.length} articles found`);
    expect((await titles(page)).sort()).toEqual(headlinesOf(both));
    expect(new URL(page.url()).searchParams.get('militia')).toBe('Kataib Hezbollah');

    await page.selectOption('#filter-militia', '');
    await page.selectOption('#filter-year', '2024');
    const in2024 = nujaba.filter((a) => a.date.startsWith('2024'));
    expect(in2024).toHaveLength(1);
    await expect.poll(() => page.locator('#search-status').textContent()).toContain('1 article found');
    await page.locator('#search-results h2 a').first().click();
    await page.waitForURL(`**${SEED}`);
    expect(new URL(page.url()).pathname).toBe(in2024[0]!.url);
    expect(await page.locator('h1').textContent()).toBe(in2024[0]!.headline);
    await page.close();
  });

  it('a search link with filters in its query opens with them applied', async () => {
    const page = await context.newPage();
    await page.goto(`${site.url}${BASE}search/?q=${encodeURIComponent('Abu Taqwa')}&year=2024`);
    await settled(page);
    expect(await page.inputValue('#filter-year')).toBe('2024');
    const expected = articles.filter((a) => a.entities.includes('mushtaq-taleb-al-saidi'));
    expect(expected.length).toBeGreaterThan(0);
    expect((await titles(page)).sort()).toEqual(headlinesOf(expected));
    await page.close();
  });

  it('a result reads as the article: date, source and its entities under the title, an excerpt from its text', async () => {
    const page = await context.newPage();
    await page.goto(`${site.url}${BASE}search/?q=Hizbollah`);
    await settled(page);
    const seed = page.locator('#search-results li', { has: page.locator(`h2 a[href="${SEED}"]`) });
    expect(await seed.locator('p.meta').first().textContent()).toBe('4 January 2024 · Financial Times');
    expect(await seed.locator('.result-entities').textContent()).toContain('Hezbollah');
    // "Hizbollah" is only one of Hezbollah's other spellings: the excerpt is the sentence that names Hezbollah.
    const excerpt = await seed.locator('p').last().textContent();
    expect(excerpt).toMatch(/^Several Iran-backed militias in the region, .*Lebanon's Hezbollah, /);
    for (const text of await page.locator('#search-results li > p:last-child').allTextContents()) {
      expect(text, 'an excerpt shows an alias list').not.toMatch(/Hizballah|Hezballah/);
    }
    await page.goto(`${site.url}${BASE}search/?q=Nujaba`);
    await settled(page);
    const nujaba = page.locator('#search-results li', { has: page.locator(`h2 a[href="${SEED}"]`) });
    expect(await nujaba.locator('p:last-child mark').allTextContents()).toContain('al-Nujaba');
    expect(await nujaba.locator('p:last-child').textContent()).not.toContain('Harakat Hezbollah al-Nujaba');
    await page.close();
  });

  it('"Often mentioned with" opens the articles that mention both entities', async () => {
    const page = await context.newPage();
    await page.goto(`${site.url}${BASE}militias/harakat-al-nujaba/`);
    const both = articles.filter(
      (a) => a.entities.includes('harakat-al-nujaba') && a.entities.includes('kataib-hezbollah'),
    );
    await page.getByRole('link', { name: /mentioning both Harakat al-Nujaba and Kataib Hezbollah$/ }).click();
    await settled(page);
    expect(await page.locator('#search-status').textContent()).toContain(`${both.length} articles found`);
    expect((await titles(page)).sort()).toEqual(headlinesOf(both));
    expect(new URL(page.url()).searchParams.getAll('militia')).toEqual(['Harakat al-Nujaba', 'Kataib Hezbollah']);
    // The second militia is a filter of its own, which the reader can remove.
    await page.getByRole('button', { name: 'Remove the filter Militia: Kataib Hezbollah' }).click();
    const nujaba = articles.filter((a) => a.entities.includes('harakat-al-nujaba'));
    await expect.poll(() => page.locator('#search-status').textContent()).toContain(`${nujaba.length} articles found`);
    await page.close();
  });
});
