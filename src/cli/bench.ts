/**
 * `npm run bench [-- --articles N]`: the speed and memory goals, measured.
 * 0. loading the whole registry and building the matcher (cold, once);
 * 1. mention detection throughput on synthetic text;
 * 2. render + detect per article through the real markdown pipeline;
 * 3. a full `astro build` of N synthetic articles, cold and again with the content-layer cache warm.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../lib/articles/frontmatter.ts';
import { syntheticArticles } from '../lib/bench/synthetic-corpus.ts';
import { createDetector } from '../lib/entities/detect.ts';
import { loadRegistry } from '../lib/entities/load-registry.ts';
import { createPaths } from '../lib/paths.ts';
import { createArticlePipeline } from '../markdown/article-pipeline.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const argIndex = process.argv.indexOf('--articles');
const ARTICLES = argIndex > 0 ? Number(process.argv[argIndex + 1]) : 2000;

const GOALS = {
  registryLoadMs: 300,
  detectionMBps: 20,
  renderArticlesPerSecond: 100,
  coldBuildArticlesPerSecond: 40,
  peakBuildMemoryMB: 2048,
};

const results: { name: string; value: number; unit: string; goal: number; higherIsBetter: boolean }[] = [];
const record = (name: string, value: number, unit: string, goal: number, higherIsBetter = true) => {
  results.push({ name, value, unit, goal, higherIsBetter });
  process.stdout.write(`${name}: ${value.toFixed(1)} ${unit} (goal ${higherIsBetter ? '≥' : '≤'} ${goal})\n`);
};

// 0. Loading the whole registry and building the matcher, cold, as every build and CLI run starts.
const loadStart = performance.now();
const registry = loadRegistry();
const detector = createDetector(registry);
record(
  `registry load + matcher (${registry.length} entities, ${detector.aliasCount} alias forms)`,
  performance.now() - loadStart,
  'ms',
  GOALS.registryLoadMs,
  false,
);
const corpus = syntheticArticles(registry, ARTICLES);

// 1. Detection alone.
{
  const blocks = corpus.flatMap((a) => parseArticle(a.text, a.file).body.split('\n\n'));
  const bytes = blocks.reduce((sum, b) => sum + Buffer.byteLength(b), 0);
  // Best of three passes, so the figure reflects optimised code rather than JIT warm-up.
  let seconds = Infinity;
  let mentions = 0;
  for (let pass = 0; pass < 3; pass++) {
    const start = performance.now();
    mentions = 0;
    for (let i = 0; i < blocks.length; i += 50) {
      mentions += detector.detect({ title: '', blocks: blocks.slice(i, i + 50) }).mentions.length;
    }
    seconds = Math.min(seconds, (performance.now() - start) / 1000);
  }
  process.stdout.write(`detection: ${(bytes / 1e6).toFixed(1)} MB, ${mentions} mentions in ${seconds.toFixed(2)} s\n`);
  record('detection throughput', bytes / 1e6 / seconds, 'MB/s', GOALS.detectionMBps);
}

// 2. Render + detect, once per article, as the loader does.
{
  const pipeline = createArticlePipeline({ registry, detector, paths: createPaths('/') });
  const sample = corpus.slice(0, Math.min(500, corpus.length));
  const start = performance.now();
  for (const article of sample) {
    const { data, body } = parseArticle(article.text, article.file);
    await pipeline.render(body, data, article.file);
  }
  const seconds = (performance.now() - start) / 1000;
  record('render + detect', sample.length / seconds, 'articles/s', GOALS.renderArticlesPerSecond);
}

// 3. Full builds.
{
  const work = mkdtempSync(path.join(tmpdir(), 'archive-bench-'));
  const articlesDir = path.join(work, 'articles');
  const outDir = path.join(ROOT, 'test-results/bench-dist');
  for (const article of corpus) {
    mkdirSync(path.dirname(path.join(articlesDir, article.file)), { recursive: true });
    writeFileSync(path.join(articlesDir, article.file), article.text);
  }
  const build = (label: string) => {
    const start = performance.now();
    const result = spawnSync(
      '/usr/bin/time',
      ['-f', 'peak-rss-kb=%M', process.execPath, path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: {
          ...process.env,
          ARCHIVE_ARTICLES_DIR: articlesDir,
          // Under the project, so Astro's prerender bundle stays beside this build's output.
          ARCHIVE_OUT_DIR: outDir,
          ARCHIVE_CACHE_DIR: path.join(work, 'cache'),
          ASTRO_TELEMETRY_DISABLED: '1',
        },
        maxBuffer: 256 * 1024 * 1024,
      },
    );
    const seconds = (performance.now() - start) / 1000;
    if (result.status !== 0) throw new Error(`${label} build failed:\n${result.stdout}\n${result.stderr}`);
    const peakKb = Number(/peak-rss-kb=(\d+)/.exec(result.stderr)?.[1] ?? NaN);
    const pages = /(\d+) page\(s\) built/.exec(result.stdout)?.[1] ?? '?';
    process.stdout.write(`${label} build: ${corpus.length} articles, ${pages} pages in ${seconds.toFixed(1)} s\n`);
    return { seconds, peakMB: peakKb / 1024 };
  };
  const cold = build('cold');
  record('cold build', corpus.length / cold.seconds, 'articles/s', GOALS.coldBuildArticlesPerSecond);
  record('cold build peak memory', cold.peakMB, 'MB', GOALS.peakBuildMemoryMB, false);
  const warm = build('warm');
  process.stdout.write(
    `warm build (content cached): ${warm.seconds.toFixed(1)} s vs cold ${cold.seconds.toFixed(1)} s\n`,
  );
  rmSync(work, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
}

const missed = results.filter((r) => (r.higherIsBetter ? r.value < r.goal : r.value > r.goal));
if (missed.length) {
  process.stdout.write(`\nMissed goals: ${missed.map((r) => r.name).join(', ')}\n`);
  process.exitCode = 1;
} else {
  process.stdout.write('\nAll goals met.\n');
}
