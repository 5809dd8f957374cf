import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createArticleRenderer } from '../../src/loaders/render-articles.ts';
import type { RenderResult, RenderTask } from '../../src/loaders/render-worker.ts';

const task = (dir: string, file: string, body: string, title = `Synthetic ${file}`): RenderTask => ({
  base: '/',
  file,
  body,
  data: { title, date: '2024-01-04', source: 'Synthetic Test Wire' },
  htmlFile: path.join(dir, `${path.basename(file, '.md')}.html`),
});

/** More articles than one batch holds, so the workers share them; one of them is refused. */
const tasks = (dir: string): RenderTask[] => [
  ...Array.from({ length: 60 }, (_, i) =>
    task(
      dir,
      `2024/01/synthetic-${i}.md`,
      `## Part ${i}\n\nFiller naming ${i % 2 ? 'Iraq and Hamas' : 'Syria and Lebanon'}.\n\n| a | b |\n| - | - |\n| ${i} | x |`,
    ),
  ),
  task(dir, '2024/01/too-deep.md', `${'> '.repeat(150)}Filler nested far too deeply.`),
];

/** Renders the articles as the loader hands them over; workers from `inWorkersFrom` waiting articles. */
async function renderAll(inWorkersFrom: number) {
  const dir = mkdtempSync(path.join(tmpdir(), 'rendered-'));
  const renderer = createArticleRenderer(inWorkersFrom);
  const all = tasks(dir);
  const results: Promise<RenderResult>[] = all.map((t) => renderer.render(t));
  await renderer.close();
  const settled = await Promise.all(results);
  const html = all.map((t, i) => ('problem' in settled[i]! ? undefined : readFileSync(t.htmlFile, 'utf8')));
  return { results: settled, html };
}

// The loader renders in workers only from RENDER_IN_WORKERS_FROM articles up, more than any fixture archive holds.
describe('rendering articles in worker threads', () => {
  it('gives exactly what rendering in the loader thread gives, in the order of the tasks', async () => {
    const inThread = await renderAll(Infinity);
    const inWorkers = await renderAll(10);
    expect(inWorkers.results).toEqual(inThread.results);
    expect(inWorkers.html).toEqual(inThread.html);
    expect(inWorkers.html[1]).toContain('href="/countries/iraq/"');
    const first = inWorkers.results[1]!;
    expect('entities' in first && first.entities.map((entity) => entity.id)).toEqual(
      expect.arrayContaining(['iraq', 'hamas']),
    );
    expect(inWorkers.results.at(-1)).toEqual({ problem: expect.stringContaining('2024/01/too-deep.md') });
  }, 60_000);
});
