import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { listArticleFiles, readArticleFile } from '../lib/articles/article-files.ts';
import { ArticleError, parseArticle } from '../lib/articles/frontmatter.ts';
import { loadRegistry } from '../lib/entities/load-registry.ts';
import { registryDigest } from '../lib/entities/registry.ts';
import { articleIdFromPath, isSiteRootName } from '../lib/paths.ts';
import { pipelineDigest } from './pipeline-digest.ts';
import { createArticleRenderer } from './render-articles.ts';
import type { RenderResult, RenderTask } from './render-worker.ts';

/** Where, in the cache folder, the rendered HTML of each article is kept (a file per digest). */
export const RENDERED_ARTICLES_DIR = 'rendered-articles';

/**
 * Loads the article files (`article-files.ts` says what is one): validates front matter, renders the body and
 * detects entities once per article, and keeps the result in the content layer keyed by a digest of the file, the
 * registry, the base path and the pipeline's code and locked dependencies (`pipelineDigest`).
 * Every problem in every file is reported together, each naming its file.
 *
 * The rendered HTML is kept beside the content layer, one file per digest in `rendered-articles/` of the cache
 * folder, and the entry names its file (`data.html`, an absolute path): in the content layer it would be
 * serialised into the data store, bundled into the build's data module and held in memory for every page, which
 * at 10,000 articles cost more time and memory than anything else in the build.
 */
export function articlesLoader(options: { dir: string }): Loader {
  return {
    name: 'articles-loader',
    async load({ store, logger, generateDigest, config }) {
      const root = fileURLToPath(config.root);
      const dir = path.resolve(root, options.dir);
      const shownDir = path.relative(root, dir) || '.';
      let listing;
      try {
        listing = await listArticleFiles(dir, shownDir);
      } catch (error) {
        throw new Error(`The articles folder "${shownDir}" cannot be read (ARCHIVE_ARTICLES_DIR): ${String(error)}`, {
          cause: error,
        });
      }

      const registry = loadRegistry();
      const salt = `${await pipelineDigest(root)}\0${registryDigest(registry)}\0${config.base}`;
      const htmlDir = path.join(fileURLToPath(config.cacheDir), RENDERED_ARTICLES_DIR);
      await mkdir(htmlDir, { recursive: true });
      const htmlFiles = new Set(await readdir(htmlDir));

      const { files } = listing;
      const errors = listing.problems.map((problem) => problem.message);
      const seen = new Map<string, string>();
      /** Articles whose digest changed, rendered as they are read (in worker threads when there are many). */
      const pending: {
        id: string;
        digest: string;
        relative: string;
        task: RenderTask;
        result: Promise<RenderResult>;
      }[] = [];
      const renderer = createArticleRenderer();
      let drafts = 0;
      const texts = readConcurrently(
        files.map((relative) => [path.join(dir, relative), path.join(shownDir, relative)]),
      );
      for (const [i, relative] of files.entries()) {
        const file = path.join(shownDir, relative);
        const id = articleIdFromPath(relative);
        try {
          const [first] = id.split('/');
          if (isSiteRootName(first!)) {
            throw new ArticleError(
              file,
              `its URL would clash with the site's own "${first}" at the root of the site; move it into a dated folder`,
            );
          }
          // CDNs and checkouts on case-insensitive file systems would serve two such files at one URL.
          const clash = seen.get(id.toLowerCase());
          if (clash) throw new ArticleError(file, `claims the same URL as ${clash}`);
          seen.set(id.toLowerCase(), file);

          const text = await texts[i]!;
          const digest = generateDigest(`${salt}\0${text}`);
          const name = `${digest}.html`;
          const html = path.join(htmlDir, name);
          // Same bytes, same pipeline: the stored entry stands without even parsing the front matter again (a
          // draft is never stored, so it cannot match).
          const previous = store.get(id);
          if (previous?.digest === digest && htmlFiles.has(name)) {
            // The cache folder moved (a CI cache restored elsewhere): the entry stands, naming its file's new place.
            if (previous.data['html'] !== html) {
              store.delete(id);
              store.set({ ...previous, data: { ...previous.data, html } });
            }
            continue;
          }
          const { data, body } = parseArticle(text, file);
          if (data.draft) {
            drafts += 1;
            store.delete(id);
            continue;
          }
          const task: RenderTask = { base: config.base, body, data, file, htmlFile: html };
          pending.push({ id, digest, relative, task, result: renderer.render(task) });
        } catch (error) {
          errors.push(error instanceof ArticleError ? error.message : `${file}: ${String(error)}`);
        }
      }
      await renderer.close();
      // In file order, whichever thread finished first, so the store and the messages are the same on every build.
      for (const { id, digest, relative, task, result: rendering } of pending) {
        const result = await rendering;
        if ('problem' in result) {
          errors.push(result.problem);
          continue;
        }
        htmlFiles.add(path.basename(task.htmlFile));
        store.set({
          id,
          data: { ...task.data, file: task.file, entities: result.entities, html: task.htmlFile },
          filePath: path.relative(root, path.join(dir, relative)),
          digest,
        });
      }
      const rendered = pending.length;
      if (errors.length) {
        const error = new Error(`${errors.length} article file(s) cannot be built:\n  ${errors.join('\n  ')}`);
        // The message names every file and problem; a stack trace into this loader would only bury it.
        error.stack = '';
        throw error;
      }
      for (const id of store.keys()) {
        if (!seen.has(id.toLowerCase())) store.delete(id);
      }
      const inUse = new Set(store.values().map((entry) => path.basename(String(entry.data['html']))));
      for (const name of htmlFiles) {
        if (!inUse.has(name)) await rm(path.join(htmlDir, name), { force: true });
      }
      logger.info(
        `${files.length - drafts} articles (${rendered} rendered, ${files.length - drafts - rendered} cached), ${drafts} drafts skipped`,
      );
    },
  };
}

/** Files read at once: enough to keep the file system busy while the loader digests, few enough for any machine. */
const READS_IN_FLIGHT = 32;

/**
 * Starts reading every file, `READS_IN_FLIGHT` at a time, and returns a promise per file in the order given: one
 * read after another spent most of an unchanged 10,000-article sync waiting on the file system.
 */
function readConcurrently(files: readonly (readonly [full: string, shown: string])[]): Promise<string>[] {
  const slots = new Array<Promise<unknown>>(READS_IN_FLIGHT).fill(Promise.resolve());
  return files.map(([full, shown], i) => {
    const read = slots[i % READS_IN_FLIGHT]!.then(() => readArticleFile(full, shown));
    // The next read in this slot waits for this one, failed or not; the caller sees the failure.
    slots[i % READS_IN_FLIGHT] = read.catch(() => undefined);
    return read;
  });
}
