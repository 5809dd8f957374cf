import { readdir } from 'node:fs/promises';
import path from 'node:path';

/**
 * The article files of an archive folder, as sorted paths relative to it: every `*.md` file at any depth,
 * skipping dot-files and dot-folders (editor and VCS metadata).
 */
export async function listArticleFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .filter((relative) => !relative.split(path.sep).some((part) => part.startsWith('.')))
    .sort();
}
