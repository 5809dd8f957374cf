// Search page: Pagefind over article bodies, newest first, with filters by militia, country, official and year.
// Loaded from a file (never inline) so the Content-Security-Policy can forbid inline script.
const form = document.getElementById('search');
const input = document.getElementById('search-query');
const statusLine = document.getElementById('search-status');
const list = document.getElementById('search-results');
const fieldset = form.querySelector('.search-filters');
const selects = [...form.querySelectorAll('select[data-filter]')];
const PAGE_SIZE = 20;

function say(text) {
  statusLine.textContent = text;
}

function formatDate(iso) {
  const date = new Date(`${iso}T00:00:00Z`);
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

function resultItem(data) {
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
  const excerpt = document.createElement('p');
  // Pagefind's excerpt is escaped text with <mark> around the matched words; keep only those marks.
  const parts = data.excerpt.split(/(<mark>.*?<\/mark>)/g);
  for (const part of parts) {
    const marked = /^<mark>(.*)<\/mark>$/.exec(part);
    if (marked) {
      const mark = document.createElement('mark');
      mark.textContent = decode(marked[1]);
      excerpt.append(mark);
    } else {
      excerpt.append(decode(part));
    }
  }
  item.append(meta, heading, excerpt);
  return item;
}

function decode(html) {
  const textarea = document.createElement('textarea');
  textarea.innerHTML = html;
  return textarea.value;
}

async function main() {
  const pagefind = await import(form.dataset.pagefind);
  await pagefind.options({ baseUrl: form.dataset.base });
  await pagefind.init();

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
    select.value = params.get(key) ?? '';
  }
  fieldset.hidden = false;

  async function run() {
    const query = input.value.trim();
    const filters = {};
    const next = new URLSearchParams();
    if (query) next.set('q', query);
    for (const select of selects) {
      if (select.value) {
        filters[select.dataset.filter] = select.value;
        next.set(select.dataset.filter, select.value);
      }
    }
    history.replaceState(null, '', next.size ? `?${next}` : location.pathname);
    list.replaceChildren();
    if (!query && Object.keys(filters).length === 0) {
      say('Type words to search for, or choose a filter.');
      return;
    }
    const search = await pagefind.search(query || null, { filters, sort: { date: 'desc' } });
    const shown = await Promise.all(search.results.slice(0, PAGE_SIZE).map((result) => result.data()));
    list.append(...shown.map(resultItem));
    const total = search.results.length;
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
