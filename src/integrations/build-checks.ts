import type { Dirent } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { isArticleFileName, readArticleFile } from '../lib/articles/article-files.ts';
import { parseArticle } from '../lib/articles/frontmatter.ts';
import { auditArchive, type AuditedArticle } from '../lib/checks/audit.ts';
import { listFolderFiles } from '../lib/checks/folder-files.ts';
import { checkLinks, pageUrl } from '../lib/checks/links.ts';
import { summarisePage, type PageSummary } from '../lib/checks/page-summary.ts';
import { unreservedRootNames } from '../lib/checks/root-names.ts';
import { wellFormednessProblem } from '../lib/checks/well-formed.ts';
import { articleIdFromPath, createPaths } from '../lib/paths.ts';

/** The articles to account for, from a listing of the folder made apart from the build's (see folder-files.ts). */
async function readArticles(dir: string): Promise<{ articles: AuditedArticle[]; drafts: number }> {
  const articles: AuditedArticle[] = [];
  let drafts = 0;
  for (const relative of await listFolderFiles(dir)) {
    if (!isArticleFileName(path.basename(relative))) continue;
    const file = path.join(dir, relative);
    // The build has already refused any file that does not parse.
    const { data } = parseArticle(await readArticleFile(file, file), file);
    if (data.draft) drafts += 1;
    else articles.push({ id: articleIdFromPath(relative), file: relative, date: data.date });
  }
  return { articles, drafts };
}

/**
 * Checks run on every build, after the pages are written: every internal link and #fragment resolves, nothing
 * is lost (each article has its page, its month archive and its place on every entity page it mentions), every
 * generated XML and JSON file is well-formed, and every name at the site's root is reserved for the build (so no
 * future article can take it). Any problem fails the build with one line per problem.
 */
export function buildChecks(options: { articlesDir: string }): AstroIntegration {
  let root = '';
  let base = '/';
  return {
    name: 'archive-build-checks',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const files = ((await readdir(outDir, { recursive: true, withFileTypes: true })) as Dirent[])
          .filter((entry) => entry.isFile())
          .map((entry) => path.relative(outDir, path.join(entry.parentPath, entry.name)).replace(/\\/g, '/'));
        const pages: PageSummary[] = [];
        const malformed: string[] = [];
        for (const file of files) {
          if (file.endsWith('.html')) {
            pages.push(summarisePage(await readFile(path.join(outDir, file), 'utf8'), pageUrl(file, base)));
          } else if (/\.(?:xml|json|jsonl)$/.test(file)) {
            const problem = wellFormednessProblem(file, await readFile(path.join(outDir, file), 'utf8'));
            if (problem) malformed.push(`${file} ${problem}`);
          }
        }
        const byUrl = new Map(pages.map((page) => [page.url, page]));

        const linkProblems = checkLinks(pages, new Set(files), base);
        const { articles, drafts } = await readArticles(path.resolve(root, options.articlesDir));
        const lost = auditArchive(articles, (url) => byUrl.get(url), createPaths(base));
        const unreserved = unreservedRootNames(
          files,
          articles.map((article) => article.id),
        );
        const scope = `pages link-checked: ${pages.length}, articles audited: ${articles.length}, drafts left out: ${drafts}`;

        const report = [
          ...linkProblems.map((p) => `broken link on ${p.page}: ${p.link} (${p.problem})`),
          ...lost.map((problem) => `lost: ${problem}`),
          ...malformed.map((problem) => `malformed: ${problem}`),
          ...unreserved.map(
            (name) =>
              `unreserved: the build wrote "${name}" at the site's root; add it to SITE_ROOT_NAMES in src/lib/paths.ts so no article can take its name`,
          ),
        ];
        if (report.length) {
          throw new Error(`Build checks found ${report.length} problem(s) (${scope}):\n  ${report.join('\n  ')}`);
        }
        logger.info(`links resolve, every article is accounted for, feeds and data files are well-formed (${scope})`);
      },
    },
  };
}
