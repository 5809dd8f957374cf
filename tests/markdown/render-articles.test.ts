import { describe, expect, it } from 'vitest';
import { renderArticles } from '../../src/loaders/render-articles.ts';
import type { RenderTask } from '../../src/loaders/render-worker.ts';

const task = (file: string, body: string, title = `Synthetic ${file}`): RenderTask => ({
  base: '/',
  file,
  body,
  data: { title, date: '2024-01-04', source: 'Synthetic Test Wire' },
});

/** More articles than one batch holds, so the workers share them; one of them is refused. */
const tasks: RenderTask[] = [
  ...Array.from({ length: 60 }, (_, i) =>
    task(
      `2024/01/synthetic-${i}.md`,
      `## Part ${i}\n\nFiller naming ${i % 2 ? 'Iraq and Hamas' : 'Syria and Lebanon'}.\n\n| a | b |\n| - | - |\n| ${i} | x |`,
    ),
  ),
  task('2024/01/too-deep.md', `${'> '.repeat(150)}Filler nested far too deeply.`),
];

// The loader renders in workers only from RENDER_IN_WORKERS_FROM articles up, more than any fixture archive holds.
describe('rendering articles in worker threads', () => {
  it('gives exactly what rendering in the loader thread gives, in the order of the tasks', async () => {
    const inThread = await renderArticles(tasks, false);
    const inWorkers = await renderArticles(tasks, true);
    expect(inWorkers).toEqual(inThread);
    const first = inWorkers[1]!;
    expect('html' in first && first.html).toContain('href="/countries/iraq/"');
    expect('entities' in first && first.entities.map((entity) => entity.id)).toEqual(
      expect.arrayContaining(['iraq', 'hamas']),
    );
    expect(inWorkers.at(-1)).toEqual({ problem: expect.stringContaining('2024/01/too-deep.md') });
  }, 60_000);
});
