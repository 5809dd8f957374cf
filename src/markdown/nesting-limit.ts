import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import type { VFile } from 'vfile';

/**
 * How deep an article's tree may nest (each list counts twice: the list and its item). Real articles stay under
 * 15; the renderer's recursive steps overflow the stack at about 2,000.
 */
export const MAX_NESTING_DEPTH = 100;

/** A node of a markdown (mdast) or HTML (hast) tree, as far as its depth goes. */
interface TreeNode {
  children?: TreeNode[];
}

declare module 'vfile' {
  interface DataMap {
    /** Set by the nesting limit: the tree nested deeper than {@link MAX_NESTING_DEPTH} and was cut there. */
    nestingTooDeep: boolean;
  }
}

/**
 * Measures the tree without recursion and, where it nests deeper than
 * {@link MAX_NESTING_DEPTH}, cuts it there, so that no later recursive step can overflow the stack, and records
 * the cut in `file.data.nestingTooDeep`, which the article pipeline turns into an error that names the file.
 */
function limitNesting(tree: TreeNode, file: VFile): void {
  const stack: [TreeNode, number][] = [[tree, 0]];
  let cut = false;
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    const children = node.children;
    if (!children?.length) continue;
    if (depth >= MAX_NESTING_DEPTH) {
      node.children = [];
      cut = true;
      continue;
    }
    for (const child of children) stack.push([child, depth + 1]);
  }
  if (cut) file.data.nestingTooDeep = true;
}

// Two plugins, not one used twice: unified keeps one instance of each plugin function.
/** {@link limitNesting} on the markdown tree, before remark-rehype. */
export function remarkLimitNesting() {
  return (tree: MdastRoot, file: VFile) => limitNesting(tree as TreeNode, file);
}

/** {@link limitNesting} on the HTML tree, after raw HTML is parsed. */
export function rehypeLimitNesting() {
  return (tree: HastRoot, file: VFile) => limitNesting(tree as TreeNode, file);
}
