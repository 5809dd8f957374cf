import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/lib/entities/detect.ts';
import { createPaths } from '../../src/lib/paths.ts';
import { createArticlePipeline } from '../../src/markdown/article-pipeline.ts';
import { rehypeEntityLinks, type LinkRequest } from '../../src/markdown/rehype-entity-links.ts';
import { registry } from '../fixtures/entities/registry.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/entity-links');
const update = process.env['UPDATE_FIXTURES'] === '1';
const pipeline = createArticlePipeline({ registry, detector: createDetector(registry), paths: createPaths('/') });

describe('entity links through the article pipeline (fixtures; UPDATE_FIXTURES=1 regenerates output.html)', () => {
  const cases = readdirSync(FIXTURES).sort();

  it('found the fixture cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(6);
  });

  it.each(cases)('%s', async (name) => {
    const dir = path.join(FIXTURES, name);
    const options = existsSync(path.join(dir, 'options.json'))
      ? (JSON.parse(readFileSync(path.join(dir, 'options.json'), 'utf8')) as { exclude?: string[] })
      : {};
    const rendered = await pipeline.render(
      readFileSync(path.join(dir, 'input.md'), 'utf8'),
      {
        title: 'Synthetic entity link test',
        date: '2024-01-01',
        source: 'Synthetic Test Wire',
        ...(options.exclude ? { entities: { exclude: options.exclude } } : {}),
      },
      `${name}/input.md`,
    );
    const expected = path.join(dir, 'output.html');
    if (update) writeFileSync(expected, `${rendered.html}\n`);
    expect(`${rendered.html}\n`).toBe(readFileSync(expected, 'utf8'));
  });
});

describe('rehypeEntityLinks on its own', () => {
  /** Runs the plugin over markdown with a fixed plan, recording the blocks it was given. */
  async function link(markdown: string, plan: LinkRequest[][]) {
    let seen: string[] = [];
    const file = await unified()
      .use(remarkParse)
      .use(remarkRehype)
      .use(rehypeEntityLinks, {
        plan: (blocks) => {
          seen = blocks;
          return plan;
        },
      })
      .use(rehypeStringify)
      .process(markdown);
    return { html: String(file.value), blocks: seen };
  }
  const request = (block: number, start: number, end: number, href = '/x/'): LinkRequest => ({
    block,
    start,
    end,
    href,
    title: 'X (test)',
  });

  it('gives the plan the text of each block, code left out and line breaks kept', async () => {
    const { blocks } = await link('# Title\n\nOne *two*  \nthree `code`\n\n- item', []);
    expect(blocks).toEqual(['Title', 'One two\n\nthree ', 'item']);
  });

  it('links the planned range with the given href and title', async () => {
    const { html } = await link('Alpha beta gamma.', [[request(0, 6, 10, '/militias/beta/')]]);
    expect(html).toBe('<p>Alpha <a href="/militias/beta/" class="entity-link" title="X (test)">beta</a> gamma.</p>');
  });

  it('tries the next candidate when a range crosses markup, and links nothing when none fits', async () => {
    const { html } = await link('Al *pha* then Alpha.', [[request(0, 0, 6), request(0, 12, 17)], [request(0, 3, 9)]]);
    expect(html).toBe('<p>Al <em>pha</em> then <a href="/x/" class="entity-link" title="X (test)">Alpha</a>.</p>');
  });
});
