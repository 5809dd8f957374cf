// Search page: Pagefind over article bodies, newest first, with filters by militia, country, official and year.
// Loaded from a file (never inline) so the Content-Security-Policy can forbid inline script.
import { excerptParts } from './search-excerpt.js';
import { matchingEveryWord, newestFirst, shardWeight } from './search-order.js';

const form = document.getElementById('search');
const input = document.getElementById('search-query');
const statusLine = document.getElementById('search-status');
const list = document.getElementById('search-results');
const fieldset = form.querySelector('.search-filters');
const selects = [...form.querySelectorAll('select[data-filter]')];
const extras = document.getElementById('search-extra-filters');
const PAGE_SIZE = 20;

function say(text) {
  statusLine.textContent = text;
}

function formatDate(iso) {
  const date = new Date(`${iso}T00:00:00Z`);
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

const ENTITY_FILTERS = ['militia', 'country', 'official'];
/** Entity names shown under a result's title. */
const MAX_NAMES = 8;

function resultItem(data, query) {
  const item = document.createElement('li');
  const meta = document.createElement('p');
  meta.className = 'meta';
  const date = data.meta.date;
  if (date) {
    const time = document.createElement('time');
    time.dateTime = date;
    time.textContent = formatDate(date);
    meta.append(time);
  }
  if (data.meta.source) meta.append(` · ${data.meta.source}`);
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title || data.url;
  heading.append(link);
  item.append(heading, meta);
  const names = ENTITY_FILTERS.flatMap((key) => data.filters[key] ?? []);
  if (names.length > 0) {
    const entities = document.createElement('p');
    entities.className = 'meta result-entities';
    const shown = names.slice(0, MAX_NAMES);
    entities.textContent =
      shown.join(' · ') + (names.length > shown.length ? ` and ${names.length - shown.length} more` : '');
    item.append(entities);
  }
  const excerpt = document.createElement('p');
  for (const part of excerptParts(data, query)) {
    if (part.mark) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      excerpt.append(mark);
    } else {
      excerpt.append(part.text);
    }
  }
  item.append(excerpt);
  return item;
}

async function main() {
  const [pagefind, manifest] = await Promise.all([
    import(form.dataset.pagefind),
    // Revalidated, so a new build's shards are never looked for through an old list.
    fetch(form.dataset.shards, { cache: 'no-cache' }).then((response) => {
      if (!response.ok) throw new Error(`the list of search shards: ${response.status}`);
      return response.json();
    }),
  ]);
  const { shards } = manifest;
  const base = form.dataset.base;
  await pagefind.options({ baseUrl: base, indexWeight: shardWeight(0) });
  await pagefind.init();
  const folder = form.dataset.pagefind.replace(/[^/]*$/, '');
  await Promise.all(
    shards
      .slice(1)
      .map((shard, i) => pagefind.mergeIndex(folder + shard.path, { baseUrl: base, indexWeight: shardWeight(i + 1) })),
  );

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  const available = await pagefind.filters();
  for (const select of selects) {
    const key = select.dataset.filter;
    const values = Object.entries(available[key] ?? {}).sort(([a], [b]) =>
      key === 'year' ? b.localeCompare(a) : a.localeCompare(b),
    );
    for (const [value, count] of values) {
      const option = document.createElement('option');
      option.value = value;
      option.textContent = `${value} (${count})`;
      select.append(option);
    }
    // A link for the articles of two entities of one kind ("Often mentioned with") names the kind twice: the
    // first value goes to the menu, the others are kept as extra filters the reader can remove.
    const [first = '', ...others] = params.getAll(key);
    select.value = first;
    for (const value of others) addExtraFilter(key, value);
  }
  fieldset.hidden = false;

  function addExtraFilter(key, value) {
    const label = fieldset.querySelector(`label[for="filter-${key}"]`)?.textContent ?? key;
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.filter = key;
    button.dataset.value = value;
    button.textContent = `${label}: ${value} ×`;
    button.setAttribute('aria-label', `Remove the filter ${label}: ${value}`);
    button.addEventListener('click', () => {
      item.remove();
      run();
    });
    item.append(button);
    extras.append(item);
    extras.hidden = false;
  }

  async function run() {
    const query = input.value.trim();
    const values = {};
    const next = new URLSearchParams();
    if (query) next.set('q', query);
    for (const select of selects) if (select.value) (values[select.dataset.filter] ??= []).push(select.value);
    for (const button of extras.querySelectorAll('button')) {
      (values[button.dataset.filter] ??= []).push(button.dataset.value);
    }
    extras.hidden = extras.childElementCount === 0;
    const filters = {};
    for (const [key, list] of Object.entries(values)) {
      const unique = [...new Set(list)];
      filters[key] = unique.length === 1 ? unique[0] : { all: unique };
      for (const value of unique) next.append(key, value);
    }
    history.replaceState(null, '', next.size ? `?${next}` : location.pathname);
    list.replaceChildren();
    if (!query && Object.keys(filters).length === 0) {
      say('Type words to search for, or choose a filter.');
      return;
    }
    const sort = { date: 'desc' };
    const search = await pagefind.search(query || null, { filters, sort });
    const searchWord = async (word) => (await pagefind.search(word, { sort })).results;
    const results = await newestFirst(await matchingEveryWord(search.results, query, searchWord, shards), shards);
    const shown = await Promise.all(results.slice(0, PAGE_SIZE).map((result) => result.data()));
    list.append(...shown.map((data) => resultItem(data, query)));
    const total = results.length;
    say(
      total === 0
        ? 'No articles found.'
        : `${total} article${total === 1 ? '' : 's'} found, newest first${total > PAGE_SIZE ? `; showing ${PAGE_SIZE}` : ''}.`,
    );
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run();
  });
  for (const select of selects) select.addEventListener('change', run);
  await run();
}

say('Loading search…');
main().catch((error) => {
  say(`Search could not load (${error.message}). Browse the entity indexes or the archive instead.`);
});
