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
