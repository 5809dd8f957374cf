import { isSiteRootName } from '../paths.ts';

/**
 * Names at the root of the built site that neither an article nor SITE_ROOT_NAMES (`src/lib/paths.ts`) accounts
 * for: a generated file the list has fallen behind, which a future article could take. `files` are the built
 * site's files (relative paths with `/`), `articleIds` the ids of its articles.
 */
export function unreservedRootNames(files: readonly string[], articleIds: readonly string[]): string[] {
  const articleRoots = new Set(articleIds.map((id) => id.split('/')[0]!));
  const roots = new Set(files.map((file) => file.split('/')[0]!));
  return [...roots].filter((name) => !isSiteRootName(name) && !articleRoots.has(name)).sort();
}
