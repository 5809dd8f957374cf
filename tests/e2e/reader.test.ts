import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { ROOT, sharedBuild } from '../support/build-site.ts';
import { serve } from '../support/serve.ts';

const require = createRequire(import.meta.url);
const SCREENSHOTS = path.join(ROOT, 'test-results/screenshots');
const SEED = '/2024/01/us-airstrike-kills-iranian-backed-militia-commander-in-baghdad/';
/** One page of each type a reader meets. */
const PAGE_TYPES = {
  home: '/',
  article: SEED,
  entity: '/militias/harakat-al-nujaba/',
  'entity-page-2': '/militias/harakat-al-nujaba/page/2/',
  'entity-index': '/militias/',
  'countries-map': '/countries/',
  country: '/countries/iraq/',
  'archive-index': '/archive/',
  'archive-year': '/archive/2023/',
  'archive-month': '/archive/2024/01/',
  search: '/search/?q=Nujaba',
  '404': '/no-such-page/',
};

let browser: Browser;
let site: { url: string; close: () => Promise<void> };

async function open(url: string, options: { width?: number; colorScheme?: 'light' | 'dark' } = {}): Promise<Page> {
  const page = await browser.newPage({
    viewport: { width: options.width ?? 1280, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
  });
  await page.goto(site.url + url);
  if (url.startsWith('/search/')) await settledSearch(page);
  return page;
}

async function settledSearch(page: Page) {
  await page.waitForFunction(() => {
    const status = document.getElementById('search-status')?.textContent ?? '';
    return /found|No articles|Type words/.test(status);
  });
}

describe('in a real browser', () => {
  beforeAll(async () => {
    browser = await launchBrowser();
    const build = await sharedBuild('standard');
    site = await serve(build.outDir);
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('a reader walks from the home page through article, entity, pagination, co-mention, archive and a 404', async () => {
    const page = await open('/');
    await page.locator('main h2 a').first().click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(SEED);

    await page.locator('.prose a.entity-link', { hasText: 'Harakat al-Nujaba' }).click();
    expect(await page.locator('h1').textContent()).toBe('Harakat al-Nujaba');

    await page.locator('a[rel="next"]').click();
    expect(new URL(page.url()).pathname).toBe('/militias/harakat-al-nujaba/page/2/');
    expect(await page.locator('.article-list > li').count()).toBe(4);

    const coMentioned = page.locator('aside a').first();
    const name = await coMentioned.textContent();
    await coMentioned.click();
    expect(await page.locator('h1').textContent()).toBe(name);

    await page.locator('nav[aria-label="Main"] a', { hasText: 'Archive' }).click();
    await page.locator('main a', { hasText: 'January' }).first().click();
    expect(await page.locator('h1').textContent()).toMatch(/^Articles from January \d{4}$/);

    const missing = await page.goto(`${site.url}/no-such-page/`);
    expect(missing?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Page not found');
    await page.locator('main a', { hasText: 'latest articles' }).click();
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await page.locator('h1').textContent()).toBe('Latest articles');
    await page.close();
  });

  for (const width of [375, 1280]) {
    it(`at ${width} px nothing overflows and text stays readable`, async () => {
      for (const [name, url] of Object.entries(PAGE_TYPES)) {
        const page = await open(url, { width });
        const layout = await page.evaluate(() => ({
          scrollWidth: document.scrollingElement!.scrollWidth,
          innerWidth: window.innerWidth,
          // Every element with text of its own, in header, main, aside and footer alike; chart labels inside
          // the timeline's SVG scale with it and the visually hidden labels are for screen readers only.
          smallestText: Math.min(
            ...[...document.body.querySelectorAll('*')]
              .filter(
                (el) =>
                  !el.closest('svg, .visually-hidden') &&
                  [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== ''),
              )
              .map((el) => parseFloat(getComputedStyle(el).fontSize)),
          ),
        }));
        expect(layout.scrollWidth, `${name} overflows at ${width}px`).toBeLessThanOrEqual(layout.innerWidth);
        expect(layout.smallestText, `${name} text size at ${width}px`).toBeGreaterThanOrEqual(14);
        await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true });
        await page.close();
      }
    });
  }

  const KEYBOARD_PAGES = [
    '/',
    SEED,
    '/militias/harakat-al-nujaba/',
    '/countries/',
    '/countries/iraq/',
    '/archive/2024/01/',
    '/no-such-page/',
  ];

  it('works with the keyboard alone: skip link first, it moves focus to main, and the next Tab stays there', async () => {
    for (const url of KEYBOARD_PAGES) {
      const page = await open(url);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent), url).toBe('Skip to content');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id), url).toBe('content');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main'))), url).toBe(true);
      await page.close();
    }
  });

  it('works with the keyboard alone: every link and control is a Tab stop, and focus is visible on each', async () => {
    const FOCUSABLE = 'a[href], input, button, select, textarea';
    for (const url of KEYBOARD_PAGES) {
      const page = await open(url);
      const focusable = await page.locator(FOCUSABLE).count();
      const reached = new Set<number>();
      const invisible: string[] = [];
      // Bounded: a few more presses than there are stops, so a trap or a wrap-around cannot loop for ever.
      for (let i = 0; i < focusable + 3; i++) {
        await page.keyboard.press('Tab');
        const state = await page.evaluate((selector) => {
          const el = document.activeElement as HTMLElement;
          const style = getComputedStyle(el);
          return {
            index: [...document.querySelectorAll(selector)].indexOf(el),
            what: `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`,
            visible:
              (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none',
          };
        }, FOCUSABLE);
        if (state.index < 0) continue;
        reached.add(state.index);
        if (!state.visible) invisible.push(state.what);
      }
      const missed = await page
        .locator(FOCUSABLE)
        .evaluateAll(
          (els, seen) => els.filter((_, i) => !seen.includes(i)).map((el) => el.outerHTML.slice(0, 80)),
          [...reached],
        );
      expect(missed, `${url}: not reachable by Tab`).toEqual([]);
      expect(reached.size, url).toBe(focusable);
      expect(invisible, `${url}: focus not visible`).toEqual([]);
      await page.close();
    }
  });

  it('search: an alias finds the articles, a filter narrows them, a result opens the article', async () => {
    const page = await open('/');
    await page.fill('#site-search', 'Hizbollah');
    await page.press('#site-search', 'Enter');
    await settledSearch(page);
    expect(new URL(page.url()).pathname).toBe('/search/');
    const hizbollah = await page.locator('#search-results h2 a').allTextContents();
    expect(hizbollah).toContain('US airstrike kills Iranian-backed militia commander in Baghdad');
    expect(hizbollah).toContain('Synthetic markup test <b>not bold</b>');

    await page.fill('#search-query', 'Nujaba');
    await page.press('#search-query', 'Enter');
    await expect.poll(() => page.locator('#search-status').textContent()).toContain('24 articles found, newest first');
    expect(await page.locator('#search-results li').count()).toBe(20);
    const dates = await page
      .locator('#search-results time')
      .evaluateAll((els) => els.map((el) => el.getAttribute('datetime')));
    expect([...dates].sort().reverse()).toEqual(dates);

    await page.selectOption('#filter-year', '2024');
    await expect.poll(() => page.locator('#search-status').textContent()).toContain('1 article found');
    await page.locator('#search-results h2 a').first().click();
    expect(new URL(page.url()).pathname).toBe(SEED);

    await page.goto(`${site.url}/search/?q=${encodeURIComponent('Abu Taqwa')}`);
    await settledSearch(page);
    expect(await page.locator('#search-results h2 a').allTextContents()).toEqual([
      'US airstrike kills Iranian-backed militia commander in Baghdad',
    ]);
    await page.close();
  });

  it('without JavaScript the search page says so and links to the entity indexes', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/search/?q=Nujaba`);
    expect(await page.locator('#search-status').textContent()).toContain('Search needs JavaScript');
    expect(await page.locator('#search-status a[href="/militias/"]').count()).toBe(1);
    await context.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`axe finds no accessibility violation on any page type (${colorScheme} scheme)`, async () => {
      const axeSource = require.resolve('axe-core/axe.min.js');
      let rulesRun = 0;
      for (const [name, url] of Object.entries(PAGE_TYPES)) {
        const page = await open(url, { colorScheme });
        await page.addScriptTag({ path: axeSource });
        const result = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run: () => Promise<Record<string, unknown[]>> } }).axe;
          const r = await axe.run();
          return {
            violations: (r['violations'] as { id: string; nodes: { target: string[] }[] }[]).map(
              (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
            ),
            // A rule can pass on some nodes and be incomplete on others: count each rule once.
            rules: new Set(
              ['violations', 'passes', 'incomplete', 'inapplicable'].flatMap((k) =>
                (r[k] as { id: string }[]).map((rule) => rule.id),
              ),
            ).size,
          };
        });
        expect(result.violations, `${name} (${colorScheme})`).toEqual([]);
        rulesRun = Math.max(rulesRun, result.rules);
        await page.close();
      }
      console.info(`axe: ${rulesRun} rules on each of ${Object.keys(PAGE_TYPES).length} page types (${colorScheme})`);
      expect(rulesRun).toBeGreaterThan(50);
    });
  }
});
