import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import type { VFile } from 'vfile';

/** Elements whose own text is one block of body text for mention detection. */
const BLOCK_TAGS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'td',
  'th',
  'dt',
  'dd',
  'figcaption',
  'caption',
  'blockquote',
]);
/** Text a reader never sees as prose: never searched for mentions, never linked. */
const SKIPPED_TAGS = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'template', 'svg', 'math']);
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

interface TextSegment {
  node: Text;
  parent: Element;
  /** Offset of this text node inside its block's text. */
  offset: number;
  /** Inside a link or a heading: may be read, must not get a link of its own. */
  linkable: boolean;
}

export interface BodyBlock {
  text: string;
  segments: TextSegment[];
}

/** Collects the body's blocks of visible text in document order, with where each character came from. */
export function collectBlocks(tree: Root): BodyBlock[] {
  const blocks: BodyBlock[] = [];
  const visit = (node: Root | Element, current: BodyBlock | undefined, linkable: boolean) => {
    for (const child of node.children as (RootContent | ElementContent)[]) {
      if (child.type === 'text') {
        if (!current) continue;
        current.segments.push({ node: child, parent: node as Element, offset: current.text.length, linkable });
        current.text += child.value;
      } else if (child.type === 'element') {
        if (SKIPPED_TAGS.has(child.tagName)) continue;
        const childLinkable = linkable && child.tagName !== 'a' && !HEADING_TAGS.has(child.tagName);
        if (BLOCK_TAGS.has(child.tagName)) {
          const block: BodyBlock = { text: '', segments: [] };
          blocks.push(block);
          visit(child, block, childLinkable);
        } else {
          // Line breaks separate words even though they carry no text node.
          if (child.tagName === 'br' && current) current.text += '\n';
          visit(child, current, childLinkable);
        }
      }
    }
  };
  visit(tree, undefined, true);
  return blocks.filter((block) => block.text.trim() !== '');
}

export interface LinkRequest {
  block: number;
  start: number;
  end: number;
  href: string;
  /** Accessible description of the target, such as "Iraq (country)". */
  title: string;
}

/**
 * Wraps the text range of each request in a link, provided the range lies in one linkable text node.
 * Returns the requests that could not be linked so the caller can try a later mention.
 */
export function linkRanges(blocks: BodyBlock[], requests: LinkRequest[]): LinkRequest[] {
  const refused: LinkRequest[] = [];
  for (const request of requests) {
    const block = blocks[request.block];
    const segment = block?.segments.find(
      (s) => s.offset <= request.start && request.end <= s.offset + s.node.value.length,
    );
    if (!block || !segment || !segment.linkable) {
      refused.push(request);
      continue;
    }
    const { node, parent, offset } = segment;
    const cut = (from: number, to: number) => node.value.slice(from - offset, to - offset);
    const before = cut(offset, request.start);
    const after: Text = { type: 'text', value: cut(request.end, offset + node.value.length) };
    const link: Element = {
      type: 'element',
      tagName: 'a',
      properties: { href: request.href, className: ['entity-link'], title: request.title },
      children: [{ type: 'text', value: cut(request.start, request.end) }],
    };
    // The original node keeps the text before the link, so other segments of the block stay valid.
    node.value = before;
    parent.children.splice(parent.children.indexOf(node) + 1, 0, link, after);
    block.segments.push({ node: after, parent, offset: request.end, linkable: true });
  }
  return refused;
}

export interface EntityLinkingOptions {
  /**
   * Called once per article with the text of its body blocks; returns, per entity, the ranges to link in order of
   * preference. Receiving the detection from the caller keeps this plugin free of registry knowledge.
   */
  plan: (blocks: string[], file: VFile) => LinkRequest[][];
}

/**
 * Rehype plugin: links the first linkable mention of each entity in an article body to the entity's page.
 * Never inside an existing link or a heading; text in code is never searched.
 */
export function rehypeEntityLinks(options: EntityLinkingOptions) {
  return (tree: Root, file: VFile) => {
    const blocks = collectBlocks(tree);
    const candidatesPerEntity = options.plan(
      blocks.map((b) => b.text),
      file,
    );
    // Each entity's candidates are tried in order until one lands in linkable text.
    let pending = candidatesPerEntity.map((candidates) => ({ candidates, next: 0 }));
    while (pending.length) {
      const round = pending.map((p) => p.candidates[p.next]!);
      const refused = new Set(linkRanges(blocks, round));
      pending = pending
        .filter((p) => refused.has(p.candidates[p.next]!))
        .map((p) => ({ ...p, next: p.next + 1 }))
        .filter((p) => p.next < p.candidates.length);
    }
  };
}
