import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * Every file under `dir` (relative paths, sorted), following symbolic links, skipping dot-entries. Written apart
 * from the build's own listing (`articles/article-files.ts`) on purpose: the lost-article audit compares the
 * built site against this, so a file the build's listing never held is still caught.
 */
export async function listFolderFiles(dir: string): Promise<string[]> {
  const files: string[] = [];
  const walk = async (relativeDir: string, ancestors: Set<string>) => {
    for (const name of await readdir(path.join(dir, relativeDir))) {
      if (name.startsWith('.')) continue;
      const relative = path.join(relativeDir, name);
      const full = path.join(dir, relative);
      const stats = await stat(full).catch(() => undefined);
      if (stats?.isDirectory()) {
        const real = await realpath(full);
        if (!ancestors.has(real)) await walk(relative, new Set([...ancestors, real]));
      } else if (stats) {
        files.push(relative);
      }
    }
  };
  await walk('', new Set([await realpath(dir)]));
  return files.sort();
}
