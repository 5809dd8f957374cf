/**
 * What is an article file: the one rule, used by the build, the lost-article audit, the importer and the
 * `entities` CLI.
 *
 * - A file whose name ends in `.md` or `.markdown`, in any case, at any depth of the articles folder, is an
 *   article. Dot-files and dot-folders are editor and version-control metadata and are not read.
 * - A symbolic link (to a file or a folder) counts as what it points at when its target lies inside the articles
 *   folder. A link out of the folder, a link to nothing, or a link back to one of its own folders stops the build.
 * - Anything else that looks like an article stops the build, naming the file, instead of being skipped without
 *   a word: a file with another markdown or text extension (`.mdx`, `.mkd`, `.txt`), and an article name that is
 *   not a regular file (a FIFO, a device).
 * - An article file is at most {@link MAX_ARTICLE_BYTES}: a long feature is under 200 KB, and a 20 MB file takes
 *   minutes and gigabytes to build.
 */
import type { Dirent, Stats } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { ARTICLE_FILE_EXTENSION } from '../paths.ts';
import { ArticleError, decodeArticle } from './frontmatter.ts';

/** The largest article file the build and the importer accept, in bytes. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/** Extensions of files an editor may have meant as an article, which the build does not read. */
const NEAR_MISS_EXTENSION = /\.(?:mdx|mdown|mdwn|mkd|mkdn|mdtxt|mdtext|markdn|txt|text)$/i;

export interface ArticleListing {
  /** Article files, relative to the folder, sorted. */
  files: string[];
  /** Entries that stop the build, each naming its file. */
  problems: ArticleError[];
}

/** `1.0 MB`, `20.0 MB`. */
export function formatSize(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** True when the file name is an article's (see the file comment). */
export function isArticleFileName(name: string): boolean {
  return ARTICLE_FILE_EXTENSION.test(name) && !name.startsWith('.');
}

/**
 * Lists the article files of `dir` by the rule above, collecting every problem rather than stopping at the first.
 * Problems name their file as `shownDir` joined with its path in the folder.
 */
export async function listArticleFiles(dir: string, shownDir = dir): Promise<ArticleListing> {
  const root = await realpath(dir);
  const files: string[] = [];
  const problems: ArticleError[] = [];

  /** `ancestors`: real paths of the folders being read, to refuse a link back into one of them. */
  const walk = async (relativeDir: string, ancestors: readonly string[]): Promise<void> => {
    const entries = await readdir(path.join(dir, relativeDir), { withFileTypes: true });
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (entry.name.startsWith('.')) continue;
      const relative = path.join(relativeDir, entry.name);
      const full = path.join(dir, relative);
      const shown = path.join(shownDir, relative);
      // What the entry is: the folder listing says so, except for a link, which is what it points at.
      let stats: Stats | Dirent = entry;
      let real = path.join(ancestors.at(-1)!, entry.name);
      if (entry.isSymbolicLink()) {
        try {
          real = await realpath(full);
          stats = await stat(full);
        } catch {
          problems.push(new ArticleError(shown, 'is a symbolic link to nothing: its target does not exist'));
          continue;
        }
        if (real !== root && !real.startsWith(root + path.sep)) {
          problems.push(
            new ArticleError(
              shown,
              `is a symbolic link to ${real}, outside the articles folder; the build follows links only inside it`,
            ),
          );
          continue;
        }
      }

      if (stats.isDirectory()) {
        if (ancestors.includes(real)) {
          problems.push(new ArticleError(shown, 'is a symbolic link to a folder that contains it'));
          continue;
        }
        await walk(relative, [...ancestors, real]);
      } else if (isArticleFileName(entry.name)) {
        if (stats.isFile()) files.push(relative);
        else problems.push(new ArticleError(shown, 'is named like an article but is not a regular file'));
      } else if (NEAR_MISS_EXTENSION.test(entry.name)) {
        problems.push(
          new ArticleError(
            shown,
            'is not read as an article: articles end in .md or .markdown; rename it, or move it out of the articles folder',
          ),
        );
      }
    }
  };
  await walk('', [root]);
  return { files: files.sort(), problems };
}

/**
 * Reads one article file as text: refuses anything but a regular file, a file larger than
 * {@link MAX_ARTICLE_BYTES}, and text that is not UTF-8. `shownFile` names the file in messages.
 */
export async function readArticleFile(file: string, shownFile: string): Promise<string> {
  let stats: Stats;
  try {
    stats = await stat(file);
  } catch (error) {
    throw new ArticleError(shownFile, `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  if (!stats.isFile()) throw new ArticleError(shownFile, 'is not a regular file');
  if (stats.size > MAX_ARTICLE_BYTES) {
    throw new ArticleError(
      shownFile,
      `is ${formatSize(stats.size)}; an article file may be at most ${formatSize(MAX_ARTICLE_BYTES)} (a long feature is under 0.2 MB)`,
    );
  }
  return decodeArticle(await readFile(file), shownFile);
}
