import type { Element, Root, RootContent } from 'hast';

/**
 * Renames body ids that the page itself uses (a heading "Content" would otherwise share `#content` with the main
 * landmark): each becomes the id plus the smallest `-N` suffix that no element of the body has.
 */
export function rehypeReservedIds(options: { reserved: Iterable<string> }) {
  const reserved = new Set(options.reserved);
  return (tree: Root) => {
    const taken = new Set<string>();
    const clashing: Element[] = [];
    const stack: (Root | RootContent)[] = [tree];
    while (stack.length) {
      const node = stack.pop()!;
      if (node.type === 'element') {
        const id = node.properties['id'];
        if (typeof id === 'string') {
          taken.add(id);
          if (reserved.has(id)) clashing.push(node);
        }
      }
      if ('children' in node) stack.push(...node.children);
    }
    for (const element of clashing) {
      const id = element.properties['id'] as string;
      let n = 1;
      while (taken.has(`${id}-${n}`) || reserved.has(`${id}-${n}`)) n += 1;
      element.properties['id'] = `${id}-${n}`;
      taken.add(`${id}-${n}`);
    }
  };
}
