import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * What produces a rendered article: the pipeline's own code (the pure library, the markdown plugins, the loaders)
 * and the exact dependencies the lockfile pins (remark, rehype, the sanitiser, ...). Paths are relative to the
 * project root. Wider than strictly needed on purpose: a spare re-render costs a cold build, a missed one serves
 * stale tags.
 */
export const PIPELINE_SOURCES = ['src/lib', 'src/markdown', 'src/loaders', 'package-lock.json'] as const;

/**
 * A digest of every file under `PIPELINE_SOURCES`, by path and content, so a cached article is re-rendered after
 * any change to the code or the dependencies that render it and detect its entities: nothing to bump by hand.
 */
export async function pipelineDigest(root: string): Promise<string> {
  const hash = createHash('sha256');
  for (const source of PIPELINE_SOURCES) {
    const absolute = path.join(root, source);
    const entries = await readdir(absolute, { recursive: true, withFileTypes: true }).catch(() => undefined);
    const files = entries
      ? entries
          .filter((entry) => entry.isFile())
          .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
          .sort()
      : [source];
    for (const file of files) {
      hash.update(`${file.split(path.sep).join('/')}\0`);
      hash.update(await readFile(path.join(root, file)));
      hash.update('\0');
    }
  }
  return hash.digest('hex');
}
