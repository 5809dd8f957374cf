import { readdirSync, readFileSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { excerptParts } from '../../public/search-excerpt.js';
import { checkSiteLinks, pageUrl } from '../../src/lib/checks/links.ts';
import { summarisePage, summarisePageWithParser } from '../../src/lib/checks/page-summary.ts';
import { ROOT, sharedBuild, type BuildResult } from '../support/build-site.ts';
import { hasPage, htmlFiles, page } from '../support/html.ts';

const SEED = '/2024/01/us-airstrike-kills-iranian-backed-militia-commander-in-baghdad/';
let build: BuildResult;

beforeAll(async () => {
  build = await sharedBuild('standard');
});

describe('article pages', () => {
  it('publishes the seed at its path-derived URL with headline, date, source and original link', () => {
    const $ = page(build.outDir, SEED);
    expect($('h1').text()).toBe('US airstrike kills Iranian-backed militia commander in Baghdad');
    expect($('article time').first().attr('datetime')).toBe('2024-01-04');
    expect($('article .kicker').text()).toContain('Financial Times');
    expect($('.prose p').first().text()).toContain('The US military has killed a senior commander');
  });

  it('shows markup in a title as text', () => {
    const $ = page(build.outDir, '/2023/07/synthetic-markup/');
    expect($('h1').text()).toBe('Synthetic markup test <b>not bold</b>');
    expect($('h1 b')).toHaveLength(0);
  });

  it('gives headings ids and renders GFM tables', () => {
    const $ = page(build.outDir, '/2023/07/synthetic-markup/');
    expect($('.prose h2').attr('id')).toBe('hezbollah-in-a-heading');
    expect($('.prose table td').first().text()).toBe('Syria');
  });
});

describe('entity links in article bodies', () => {
  it('links the first mention of each entity, never inside a heading or an existing link', () => {
    const $ = page(build.outDir, '/2023/07/synthetic-markup/');
    expect($('.prose h2 a')).toHaveLength(0);
    const hezbollahLinks = $('.prose a.entity-link[href="/militias/hezbollah/"]');
    expect(hezbollahLinks).toHaveLength(1);
    expect(hezbollahLinks.closest('p').text()).toContain('Later, Hezbollah appears');
    expect($('.prose a[href="https://example.org/hezbollah"]').text()).toBe('Iran');
    expect($('.prose a[href="https://example.org/hezbollah"] a')).toHaveLength(0);
  });

  it('never finds mentions in code or URLs', () => {
    const $ = page(build.outDir, '/2023/07/synthetic-markup/');
    const tagged = $('aside a')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(tagged).toContain('/countries/iran/');
    expect(tagged).toContain('/militias/hezbollah/');
    expect(tagged).not.toContain('/militias/hamas/');
  });

  it('groups the seed article entities by kind in the side panel', () => {
    const $ = page(build.outDir, SEED);
    const headings = $('aside h3')
      .map((_, h) => $(h).text())
      .get();
    expect(headings.slice(0, 3)).toEqual(['Militias', 'Countries', 'Officials']);
  });
});

describe('the seed article', () => {
  const expected = {
    militias: [
      'popular-mobilization-units',
      'harakat-al-nujaba',
      'islamic-resistance-in-iraq',
      'houthis',
      'hezbollah',
      'hamas',
      'islamic-state',
    ],
    countries: ['united-states', 'iran', 'iraq', 'israel', 'palestine', 'yemen', 'lebanon', 'syria'],
    officials: [
      'pat-ryder',
      'mushtaq-taleb-al-saidi',
      'mohammed-shia-al-sudani',
      'joe-biden',
      'saleh-al-arouri',
      'yahia-rasool',
    ],
  };

  it('is tagged with exactly its militias, countries and officials', () => {
    const $ = page(build.outDir, SEED);
    for (const [segment, slugs] of Object.entries(expected)) {
      const tagged = $(`aside a[href^="/${segment}/"]`)
        .map((_, a) => $(a).attr('href'))
        .get();
      expect(tagged.sort()).toEqual(slugs.map((slug) => `/${segment}/${slug}/`).sort());
    }
  });

  it('appears, linked, on the page of every entity it mentions', () => {
    for (const [segment, slugs] of Object.entries(expected)) {
      for (const slug of slugs) {
        const $ = page(build.outDir, `/${segment}/${slug}/`);
        expect($(`.article-list a[href="${SEED}"]`), `${segment}/${slug}`).toHaveLength(1);
      }
    }
  });

  it('links the first body mention of its entities, and Palestine Street is not Palestine', () => {
    const $ = page(build.outDir, SEED);
    const firstLinks = $('.prose a.entity-link')
      .map((_, a) => $(a).text())
      .get();
    expect(firstLinks).toContain('Harakat al-Nujaba');
    expect(firstLinks).toContain('Mushtaq Taleb al-Saidi');
    const palestine = $('.prose a.entity-link[href="/countries/palestine/"]');
    expect(palestine.text()).toBe('Palestinian');
  });

  it('says on an official page what the person was at the time of the article', () => {
    const $ = page(build.outDir, '/officials/mohammed-shia-al-sudani/');
    expect($('h1').text()).toBe("Mohammed Shia' al-Sudani");
    expect($(`.article-list li:has(a[href="${SEED}"]) .meta`).text()).toMatch(/then Prime Minister/);
  });
});

describe('officials not in the registry', () => {
  it('get a page marked unreviewed, with the office they were introduced with', () => {
    const $ = page(build.outDir, '/officials/testa-fillerton/');
    expect($('h1').text()).toBe('Testa Fillerton');
    expect($('main .badge').text()).toBe('unreviewed');
    expect($('main').text()).toContain('synthetic ministry spokesman');
    expect($('.article-list a').attr('href')).toBe('/2023/08/synthetic-unregistered-official/');
  });
});

describe("editors' corrections in front matter", () => {
  it('add and exclude entities by id', () => {
    const $ = page(build.outDir, '/2023/08/synthetic-corrected/');
    const tagged = $('aside a')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(tagged).toContain('/militias/hamas/');
    expect(tagged).toContain('/countries/syria/');
    expect(tagged).not.toContain('/countries/iraq/');
    expect($('.prose a.entity-link[href="/countries/iraq/"]')).toHaveLength(0);
  });
});

describe('nothing is lost', () => {
  it('lists every article on the page of every entity it mentions', () => {
    const articleUrls = htmlFiles(build.outDir)
      .filter((file) => /^\d{4}\/\d{2}\/[^/]+\/index\.html$/.test(file))
      .map((file) => `/${file.replace(/index\.html$/, '')}`);
    expect(articleUrls.length).toBe(27);
    const listings = new Map<string, Set<string>>();
    const listed = (entityUrl: string) => {
      let set = listings.get(entityUrl);
      if (set) return set;
      set = new Set();
      for (let n = 1, next: string | undefined = entityUrl; next; n++) {
        const $ = page(build.outDir, next);
        $('.article-list h3 a').each((_, a) => void set!.add($(a).attr('href')!));
        next = $('a[rel="next"]').attr('href');
      }
      listings.set(entityUrl, set);
      return set;
    };
    let checked = 0;
    for (const url of articleUrls) {
      const $ = page(build.outDir, url);
      $('aside h3 + ul a').each((_, a) => {
        expect(listed($(a).attr('href')!).has(url), `${url} on ${$(a).attr('href')}`).toBe(true);
        checked += 1;
      });
    }
    expect(checked).toBeGreaterThan(50);
  });
});

describe('archives and home', () => {
  it('lists articles newest first on the home page', () => {
    const $ = page(build.outDir, '/');
    const dates = $('main .article-list time')
      .map((_, t) => $(t).attr('datetime'))
      .get();
    expect(dates[0]).toBe('2024-01-04');
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('builds year and month archives', () => {
    expect(page(build.outDir, '/archive/2024/')('h1').text()).toBe('Articles from 2024');
    const $ = page(build.outDir, '/archive/2024/01/');
    expect($('main h2 a').attr('href')).toBe(SEED);
    expect(hasPage(build.outDir, '/archive/2023/07/')).toBe(true);
  });

  it('has a 404 page with a way back', () => {
    const $ = page(build.outDir, '/404.html');
    expect($('h1').text()).toBe('Page not found');
    expect($('main a[href="/"]')).toHaveLength(1);
  });

  it('offers the feed and the data files in the footer, as readable text', () => {
    const footer = page(build.outDir, '/')('footer p:last-child').text().replace(/\s+/g, ' ');
    expect(footer.trim()).toBe('Follow the archive by RSS. Data for researchers: entities, articles, mentions.');
  });
});

describe('entity pages', () => {
  it('paginates articles 20 a page, newest first, with the evidence sentence', () => {
    const $ = page(build.outDir, '/militias/harakat-al-nujaba/');
    expect($('h1').text()).toBe('Harakat al-Nujaba');
    expect($('.article-list > li')).toHaveLength(20);
    expect($('.article-list .evidence').first().text()).toContain('Harakat al-Nujaba');
    expect($('a[rel="next"]').attr('href')).toBe('/militias/harakat-al-nujaba/page/2/');
    const second = page(build.outDir, '/militias/harakat-al-nujaba/page/2/');
    expect(second('.article-list > li')).toHaveLength(4);
  });

  it('shows co-mentioned entities with counts and a timeline', () => {
    const $ = page(build.outDir, '/militias/harakat-al-nujaba/');
    expect($('aside').text()).toMatch(/Kataib Hezbollah\s*\(11 articles\)/);
    expect($('.timeline svg rect.bar').length).toBeGreaterThanOrEqual(6);
  });

  it('lists entities A–Z and by count on the index pages', () => {
    const $ = page(build.outDir, '/militias/');
    const names = $('.count-table tbody tr td:first-child a')
      .map((_, a) => $(a).text())
      .get();
    expect(names[0]).toBe('Harakat al-Nujaba');
    expect(names).toContain('Hezbollah');
    expect($('main > p.muted').text()).toBe('8 militias mentioned in the archive.');
  });
});

describe('the front page', () => {
  it('leads with the latest articles, each with links to the entities it mentions', () => {
    const $ = page(build.outDir, '/');
    const seed = $('.article-list > li').first();
    expect(seed.find('h2 a').attr('href')).toBe(SEED);
    const chips = seed.find('.entity-chips a');
    expect(chips.length).toBeGreaterThan(3);
    expect(chips.first().attr('href')).toMatch(/^\/(militias|countries|officials)\/[a-z0-9-]+\/$/);
    // The seed names 21 entities: the rest are counted and left to the article's own list.
    expect(seed.find('.entity-chips a[href$="#in-this-article"]').text()).toMatch(/and \d+ more/);
  });

  it("shows who is in the news in the archive's last 30 days, by article date, with counts and monthly bars", () => {
    const $ = page(build.outDir, '/');
    const panel = $('aside.in-the-news');
    // The newest article is the seed (4 January 2024); the window goes back to 6 December 2023, when no
    // synthetic article was published, so every entity counts the seed alone.
    expect(panel.find('p.muted').first().text()).toContain('6 December 2023 to 4 January 2024');
    const items = panel.find('.news-list li');
    expect(items).toHaveLength(10);
    items.each((_, li) => {
      expect($(li).find('.news-name .muted').text()).toMatch(/, 1 article$/);
      expect($(li).find('svg.sparkline rect')).toHaveLength(6);
    });
    // Harakat al-Nujaba, in the seed and 23 synthetic articles of 2023, shows its 2023 months in the bars.
    const nujaba = items.filter((_, li) => $(li).find('a').text() === 'Harakat al-Nujaba');
    expect(nujaba.find('svg').attr('aria-label')).toMatch(/Aug 2023 to Jan 2024: 0, 0, 0, 0, 0, 1$/);
    expect(panel.find('a[href="/countries/"]').text()).toContain('map of countries');
  });
});

describe('the countries map', () => {
  it('opens the countries index with a map: every country with articles a link named with its count', () => {
    const $ = page(build.outDir, '/countries/');
    const tableCounts = new Map(
      $('.count-table tbody tr')
        .map((_, tr) => [[$(tr).find('a').attr('href')!, Number($(tr).find('td.num').text())]])
        .get() as [string, number][],
    );
    const mapLinks = $('.world-map svg a');
    expect(mapLinks.length).toBeGreaterThanOrEqual(8);
    mapLinks.each((_, a) => {
      const href = $(a).attr('href')!;
      const count = tableCounts.get(href);
      expect(count, href).toBeDefined();
      const name = $(`.count-table a[href="${href}"]`).text();
      expect($(a).attr('aria-label')).toBe(`${name}, ${count} article${count === 1 ? '' : 's'}`);
      expect($(a).attr('class')).toMatch(/^map-level-[1-5]$/);
    });
    expect($('.world-map svg a[href="/countries/iraq/"]').attr('aria-label')).toMatch(/^Iraq, \d+ articles?$/);
    expect($('.map-legend li').first().text()).toContain('1 article');
    expect($('script')).toHaveLength(0);
    // Below the map, the lists stay for reading and for screen readers.
    expect($('#by-count').length + $('#a-z').length).toBe(2);
  });

  it('shows a country page where the country is, with one shared world image and only its outline inline', () => {
    const $ = page(build.outDir, '/countries/iraq/');
    const locator = $('figure.locator svg');
    expect(locator.attr('role')).toBe('img');
    expect(locator.find('title').text()).toBe('Iraq on a map of the world');
    expect(locator.find('image').attr('href')).toBe('/maps/world-land.svg');
    expect($.html(locator).length).toBeLessThan(4096);
    const world = readFileSync(path.join(build.outDir, 'maps/world-land.svg'), 'utf8');
    expect(world).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 320 \d+"/);
  });

  it('lists on a country page the armed groups operating there and who holds its offices, linked when they have pages', () => {
    const $ = page(build.outDir, '/countries/iraq/');
    const groups = $('section[aria-labelledby="armed-groups"] li');
    expect(
      groups
        .filter((_, li) => $(li).text() === 'Harakat al-Nujaba')
        .find('a')
        .attr('href'),
    ).toBe('/militias/harakat-al-nujaba/');
    const office = $('section[aria-labelledby="office-holders"]');
    expect(office.find('time').attr('datetime')).toBe('2024-01-04');
    const sudani = office.find('li').filter((_, li) => $(li).text().startsWith("Mohammed Shia' al-Sudani"));
    expect(sudani.text()).toContain('Prime Minister of Iraq');
    expect(sudani.find('a').attr('href')).toBe('/officials/mohammed-shia-al-sudani/');
    expect(office.find('p').text()).not.toContain('also the head of government');
  });

  it('names the last holder on record of an office nobody holds on the date, "in office as of" a source’s date', () => {
    // Yemen's defence ministry on 4 January 2024: the registry's last holder is known only from the Wikidata
    // cabinets extract (snapshot of 7 December 2022), so the page neither ends his term nor calls him in office.
    const office = page(build.outDir, '/countries/yemen/')('section[aria-labelledby="office-holders"]');
    const last = office.find('li').filter((_, li) => office.find(li).text().includes('Minister of Defence'));
    expect(office.text()).toContain('Not known to hold office on that date, last on record:');
    expect(last.text()).toMatch(
      /^Mohsen Mohammed Al-Daeri: Minister of Defence, Yemen \(from .+, in office as of 7 December 2022 \(Wikidata\)\)$/,
    );
    expect(last.text()).not.toContain('present');
  });

  it('says on a presidential system’s country page that the head of state also heads the government', () => {
    const office = page(build.outDir, '/countries/united-states/')('section[aria-labelledby="office-holders"]');
    expect(office.find('p.muted').last().text()).toBe('The head of state is also the head of government.');
  });
});

describe('from one entity to the stories it shares with another', () => {
  it('links every "Often mentioned with" entry to a search with both entities as filters', () => {
    const $ = page(build.outDir, '/militias/harakat-al-nujaba/');
    const entries = $('aside li');
    expect(entries.length).toBeGreaterThan(3);
    entries.each((_, li) => {
      const both = $(li).find('a[href^="/search/"]');
      const other = $(li).find('a').first().text();
      expect(both.attr('aria-label')).toMatch(new RegExp(`mentioning both Harakat al-Nujaba and ${other}$`));
      const params = new URL(both.attr('href')!, 'http://x').searchParams;
      expect([...params.values()].sort()).toEqual(['Harakat al-Nujaba', other].sort());
    });
    const kataib = entries.filter((_, li) => $(li).find('a').first().text() === 'Kataib Hezbollah');
    expect(kataib.find('a[href^="/search/"]').attr('href')).toBe(
      '/search/?militia=Harakat+al-Nujaba&militia=Kataib+Hezbollah',
    );
  });

  it('shows the years a paginated entity spans, each linked to its first article', () => {
    const $ = page(build.outDir, '/militias/harakat-al-nujaba/');
    const years = $('nav.year-index a')
      .map((_, a) => [[$(a).text(), $(a).attr('href')]])
      .get();
    expect(years).toEqual([
      ['2024', '/militias/harakat-al-nujaba/#year-2024'],
      ['2023', '/militias/harakat-al-nujaba/#year-2023'],
    ]);
    expect($('#year-2023 time').attr('datetime')).toMatch(/^2023-/);
    expect($('#year-2023').prev().find('time').attr('datetime')).toMatch(/^2024-/);
  });
});

describe('search results read well', () => {
  /** The seed's Pagefind fragment, as the search page loads it for a result. */
  function seedFragment() {
    const dir = path.join(build.outDir, 'pagefind');
    // One index per year: the seed's fragment is in one of them.
    const fragments = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.pf_fragment'));
    for (const file of fragments) {
      const text = gunzipSync(readFileSync(path.join(dir, file))).toString('utf8');
      const data = JSON.parse(text.slice(text.indexOf('{')));
      if (data.url === SEED) return data;
    }
    throw new Error('no fragment for the seed');
  }
  /** Where Pagefind finds a word: each word of the content that starts with it, as its search matches. */
  const locate = (content: string, word: string) =>
    content.split(/\s+/).flatMap((w, i) =>
      w
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .some((part) => part.startsWith(word))
        ? [i]
        : [],
    );

  it('an alias that is not in the text shows the sentence where the article names the entity', () => {
    const fragment = seedFragment();
    const locations = locate(fragment.content, 'hizbollah');
    expect(locations.length).toBeGreaterThan(0);
    const excerpt = excerptParts({ ...fragment, locations }, 'Hizbollah')
      .map((part) => part.text)
      .join('');
    expect(excerpt).toBe(fragment.meta['sentence-hezbollah']);
    expect(excerpt).toContain("Lebanon's Hezbollah");
  });

  it('a word of the text shows the text around it, never the alias list', () => {
    const fragment = seedFragment();
    const parts = excerptParts({ ...fragment, locations: locate(fragment.content, 'nujaba') }, 'Nujaba');
    const excerpt = parts.map((part) => part.text).join('');
    expect(excerpt).toContain('Harakat al-Nujaba');
    expect(excerpt).not.toContain('Harakat Hezbollah al-Nujaba');
    expect(parts.filter((part) => part.mark).map((part) => part.text)).toContain('al-Nujaba');
  });
});

describe('valid HTML', () => {
  it('every built page passes html-validate (the config in .htmlvalidate.json)', async () => {
    // The fixture site is built outside the repository, so the config is passed in rather than looked up.
    const validator = new HtmlValidate(JSON.parse(readFileSync(path.join(ROOT, '.htmlvalidate.json'), 'utf8')));
    const files = htmlFiles(build.outDir);
    expect(files.length).toBeGreaterThan(60);
    const errors: string[] = [];
    for (const file of files) {
      const report = await validator.validateString(readFileSync(path.join(build.outDir, file), 'utf8'), file);
      for (const result of report.results) {
        for (const m of result.messages) errors.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    expect(errors).toEqual([]);
    console.info(`html-validate: ${files.length} pages valid`);
  });
});

describe('links', () => {
  it('every internal href, src, srcset and #fragment of the built site resolves', () => {
    const files = (readdirSync(build.outDir, { recursive: true, withFileTypes: true }) as Dirent[])
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(build.outDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
    const site = new Map(
      files.map((file) => [file, file.endsWith('.html') ? readFileSync(path.join(build.outDir, file), 'utf8') : '']),
    );
    expect(checkSiteLinks(site, '/')).toEqual([]);
    const links = [...site]
      .filter(([file]) => file.endsWith('.html'))
      .reduce((n, [file, html]) => n + summarisePage(html, pageUrl(file, '/')).links.length, 0);
    expect(links).toBeGreaterThan(1000);
    console.info(`links: ${links} href/src/srcset values on ${htmlFiles(build.outDir).length} pages resolve`);
  });

  it('the build checks read every built page exactly as an HTML parser does', () => {
    for (const file of htmlFiles(build.outDir)) {
      const html = readFileSync(path.join(build.outDir, file), 'utf8');
      const summary = summarisePage(html, pageUrl(file, '/'));
      const parsed = summarisePageWithParser(html, pageUrl(file, '/'));
      expect({ ...summary, ids: [...summary.ids] }, file).toEqual({ ...parsed, ids: [...parsed.ids] });
    }
  });
});
