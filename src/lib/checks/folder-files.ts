import { readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';

/**
 * Every file under `dir` (relative paths, sorted), following symbolic links, skipping dot-entries. Written apart
 * from the build's own listing (`articles/article-files.ts`) on purpose: the lost-article audit compares the
 * built site against this, so a file the build's listing never held is still caught.
 */
export function listFolderFiles(dir: string): string[] {
  const files: string[] = [];
  // Synchronous calls: the promise API takes several trips through libuv's thread pool for each of thousands of
  // entries, for no gain in a listing that nothing else waits on.
  const walk = (relativeDir: string, ancestors: Set<string>) => {
    for (const name of readdirSync(path.join(dir, relativeDir))) {
      if (name.startsWith('.')) continue;
      const relative = path.join(relativeDir, name);
      const full = path.join(dir, relative);
      let stats: Stats | undefined;
      try {
        stats = statSync(full);
      } catch {
        // A dangling link: not a file of the folder.
      }
      if (stats?.isDirectory()) {
        const real = realpathSync(full);
        if (!ancestors.has(real)) walk(relative, new Set([...ancestors, real]));
      } else if (stats) {
        files.push(relative);
      }
    }
  };
  walk('', new Set([realpathSync(dir)]));
  return files.sort();
}
