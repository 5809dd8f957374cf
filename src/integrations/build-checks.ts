import type { Dirent } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { listArticleFiles } from '../lib/articles/article-files.ts';
import { decodeArticle, parseArticle } from '../lib/articles/frontmatter.ts';
import { auditArchive, type AuditedArticle } from '../lib/checks/audit.ts';
import { checkLinks, pageUrl } from '../lib/checks/links.ts';
import { summarisePage, type PageSummary } from '../lib/checks/page-summary.ts';
import { articleIdFromPath, createPaths } from '../lib/paths.ts';

async function readArticles(dir: string): Promise<{ articles: AuditedArticle[]; drafts: number }> {
  const articles: AuditedArticle[] = [];
  let drafts = 0;
  for (const relative of await listArticleFiles(dir)) {
    const file = path.join(dir, relative);
    // The build has already refused any file that does not parse.
    const { data } = parseArticle(decodeArticle(await readFile(file), file), file);
    if (data.draft) drafts += 1;
    else articles.push({ id: articleIdFromPath(relative), file: relative, date: data.date });
  }
  return { articles, drafts };
}

/**
 * Checks run on every build, after the pages are written: every internal link and #fragment resolves, and nothing
 * is lost (each article has its page, its month archive and its place on every entity page it mentions).
 * Any problem fails the build with one line per problem.
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
        for (const file of files.filter((f) => f.endsWith('.html'))) {
          pages.push(summarisePage(await readFile(path.join(outDir, file), 'utf8'), pageUrl(file, base)));
        }
        const byUrl = new Map(pages.map((page) => [page.url, page]));

        const linkProblems = checkLinks(pages, new Set(files), base);
        const { articles, drafts } = await readArticles(path.resolve(root, options.articlesDir));
        const lost = auditArchive(articles, (url) => byUrl.get(url), createPaths(base));
        const scope = `pages link-checked: ${pages.length}, articles audited: ${articles.length}, drafts left out: ${drafts}`;

        const report = [
          ...linkProblems.map((p) => `broken link on ${p.page}: ${p.link} (${p.problem})`),
          ...lost.map((problem) => `lost: ${problem}`),
        ];
        if (report.length) {
          throw new Error(`Build checks found ${report.length} problem(s) (${scope}):\n  ${report.join('\n  ')}`);
        }
        logger.info(`links resolve and every article is accounted for (${scope})`);
      },
    },
  };
}
