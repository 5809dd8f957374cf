import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/lib/entities/detect.ts';
import { createPaths } from '../../src/lib/paths.ts';
import { createArticlePipeline } from '../../src/markdown/article-pipeline.ts';

// No registry: these tests are about markdown, not entities (see entity-links.test.ts).
const pipeline = createArticlePipeline({ registry: [], detector: createDetector([]), paths: createPaths('/') });
const frontmatter = { title: 'Synthetic pipeline test', date: '2024-01-01', source: 'Synthetic Test Wire' };
const render = async (markdown: string) => (await pipeline.render(markdown, frontmatter, 'test.md')).html;

describe('the markdown pipeline', () => {
  it('gives every heading a rehype-slug id and reports the headings', async () => {
    const rendered = await pipeline.render('# Strike\n\n## Reaction *from* Iraq', frontmatter, 'test.md');
    expect(rendered.headings).toEqual([
      { depth: 1, slug: 'strike', text: 'Strike' },
      { depth: 2, slug: 'reaction-from-iraq', text: 'Reaction from Iraq' },
    ]);
    const html = await render('# Strike in Baghdad\n\n## Reaction from Iraq’s government\n\n### Harakat al-Nujaba');
    expect(html).toContain('<h1 id="strike-in-baghdad">');
    expect(html).toContain('<h2 id="reaction-from-iraqs-government">');
    expect(html).toContain('<h3 id="harakat-al-nujaba">');
  });

  it('renders GitHub-flavoured markdown: tables, strikethrough, autolinks, footnotes', async () => {
    const html = await render(
      '| a | b |\n| - | - |\n| 1 | 2 |\n\n~~gone~~ https://example.org\n\nNote[^1]\n\n[^1]: Footnote.',
    );
    expect(html).toContain('<table>');
    expect(html).toContain('<del>gone</del>');
    expect(html).toContain('<a href="https://example.org">https://example.org</a>');
    const ref = /<a href="#([^"]+)"[^>]*data-footnote-ref/.exec(html)?.[1];
    expect(ref).toBeDefined();
    expect(html).toContain(`id="${ref}"`);
  });

  it('keeps quotes and typography as written', async () => {
    const html = await render('Shia\' al-Sudani said “unjustified” -- and "this".');
    expect(html).toContain('Shia\' al-Sudani said “unjustified” -- and "this".');
  });
});

describe('articles of plain prose, which skip the HTML parser', () => {
  const parsingEveryTree = createArticlePipeline({
    registry: [],
    detector: createDetector([]),
    paths: createPaths('/'),
    parseEveryTree: true,
  });
  // Each element the pipeline lets skip the parser, and the cases the parser is known to change (footnotes, task
  // lists, code blocks, carriage returns) or must see (raw HTML): the HTML is the same either way.
  const articles = {
    prose: 'A paragraph with *emphasis*, **strength**, ~~deletion~~, `code` and a [link](https://example.org "T").',
    breaks: 'A hard  \nbreak, a backslash\\\nbreak, then a rule\n\n---\n\n![An image](/x.png "Title")',
    headings: '# One\n\n## Two *em*\n\n### Three\n\n#### Four\n\n##### Five\n\n###### Six\n\nSetext\n===',
    lists: '- a\n- b\n  - nested\n\n10. ten\n11. eleven\n\n1) one\n\n   a second paragraph',
    quotes: '> quoted\n> > nested\n>\n> - a list in it',
    table: '| a | b | c |\n| :- | :-: | -: |\n| 1 | **2** | [3](https://example.org) |\n| only one |',
    autolinks: 'See www.example.org, https://example.org/a?b=1&c=2 and someone@example.org.',
    characters:
      'Entities &amp; &copy; &#x1F600; AT&T 1 < 2 > 0, a\u00a0no-break space and \u0627\u0644\u0639\u0631\u0627\u0642.',
    footnotes: 'Text[^1]\n\n[^1]: The footnote.',
    tasks: '- [ ] to do\n- [x] done',
    code: '```\n\nafter a blank line\n```\n\n    indented',
    carriageReturns: 'One line\r\nand the next\r\n\r\nA paragraph',
    rawHtml: 'Text with <b>raw</b> markup<br>\n\n<div>a block</div>',
  };

  it.each(Object.entries(articles))('renders %s exactly as through the parser', async (_name, markdown) => {
    const skipping = await pipeline.render(markdown, frontmatter, 'test.md');
    const parsed = await parsingEveryTree.render(markdown, frontmatter, 'test.md');
    expect(skipping.html).toBe(parsed.html);
    expect(skipping.headings).toEqual(parsed.headings);
  });
});

describe('sanitising markup in articles', () => {
  const hostile = [
    '<script>alert(1)</script>',
    '<SCRIPT SRC="x.js"></SCRIPT>',
    '<img src="x.png" onerror="alert(1)">',
    '<p onclick="alert(1)" ONMOUSEOVER="alert(2)">hover</p>',
    '<iframe src="https://example.org"></iframe>',
    '<form action="/x"><input name="a"></form>',
    '<object data="x.swf"></object><embed src="x.swf">',
    '[click](javascript:alert(1))',
    '[click](JaVaScRiPt:alert(1))',
    '<a href="  javascript:alert(1)">x</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>',
    '<img src="data:image/svg+xml,<svg onload=alert(1)>">',
    '<p style="background:url(javascript:alert(1))">styled</p>',
    '<svg><script>alert(1)</script></svg>',
    '<style>body{display:none}</style>',
  ].join('\n\n');

  it('lets no script, handler, frame, form, object or dangerous URL through', async () => {
    const html = (await render(hostile)).toLowerCase();
    for (const banned of ['<script', '<iframe', '<form', '<object', '<embed', '<style', '<svg']) {
      expect(html).not.toContain(banned);
    }
    // GFM task lists need inputs; sanitising leaves only disabled checkboxes.
    for (const input of html.match(/<input[^>]*>/g) ?? [])
      expect(input).toMatch(/disabled.*type="checkbox"|type="checkbox".*disabled/);
    expect(html).not.toMatch(/\son[a-z]+=/);
    expect(html).not.toContain('javascript:');
    expect(html).not.toContain('data:');
    expect(html).not.toContain('style=');
  });

  it('keeps the harmless text around the markup', async () => {
    const html = await render(hostile);
    expect(html).toContain('hover');
    expect(html).toContain('styled');
  });
});
