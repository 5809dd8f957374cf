import { Parser } from 'htmlparser2';

/** What the build checks need from one built page, read in one streaming pass so no page's DOM is kept. */
export interface PageSummary {
  /** The page's URL path. */
  url: string;
  /** Every href, src and srcset URL on the page. */
  links: string[];
  /** Every id, and the names of anchors: what a #fragment can point at. */
  ids: Set<string>;
  /** Links inside `<aside>` elements, with their text: on an article page, its "In this article" entities. */
  asideLinks: { href: string; text: string }[];
  /** Links inside `.article-list` lists: the articles a listing page shows. */
  listed: string[];
  /** Links inside `<main>`. */
  mainLinks: string[];
  /** The `rel="next"` link of a paginated listing. */
  next?: string;
}

const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src', 'srcset'],
  script: ['src'],
  source: ['src', 'srcset'],
  video: ['src'],
  audio: ['src'],
  iframe: ['src'],
};

const hasClass = (attribs: Record<string, string>, name: string) =>
  (attribs['class'] ?? '').split(/\s+/).includes(name);

export function summarisePage(html: string, url: string): PageSummary {
  const summary: PageSummary = { url, links: [], ids: new Set(), asideLinks: [], listed: [], mainLinks: [] };
  /** Open elements, each with the contexts it starts, so closing restores the enclosing ones. */
  const stack: { name: string; main: boolean; aside: boolean; list: boolean }[] = [];
  let main = 0;
  let aside = 0;
  let list = 0;
  let openLink: { href: string; text: string } | undefined;

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const entry = {
          name,
          main: name === 'main',
          aside: name === 'aside',
          list: hasClass(attribs, 'article-list'),
        };
        stack.push(entry);
        if (entry.main) main++;
        if (entry.aside) aside++;
        if (entry.list) list++;
        if (attribs['id']) summary.ids.add(attribs['id']);
        if (name === 'a' && attribs['name']) summary.ids.add(attribs['name']);
        for (const attribute of URL_ATTRIBUTES[name] ?? []) {
          const value = attribs[attribute];
          if (value === undefined) continue;
          if (attribute === 'srcset') {
            for (const candidate of value.split(',')) {
              const src = candidate.trim().split(/\s+/)[0];
              if (src) summary.links.push(src);
            }
          } else {
            summary.links.push(value);
          }
        }
        const href = attribs['href'];
        if (name === 'a' && href !== undefined) {
          if (main) summary.mainLinks.push(href);
          if (list) summary.listed.push(href);
          if (aside) openLink = { href, text: '' };
          if (attribs['rel'] === 'next') summary.next = href;
        }
      },
      ontext(text) {
        if (openLink) openLink.text += text;
      },
      onclosetag(name) {
        if (name === 'a' && openLink) {
          summary.asideLinks.push({ href: openLink.href, text: openLink.text.trim().replace(/\s+/g, ' ') });
          openLink = undefined;
        }
        const entry = stack.pop();
        if (!entry) return;
        if (entry.main) main--;
        if (entry.aside) aside--;
        if (entry.list) list--;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return summary;
}
