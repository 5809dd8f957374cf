/**
 * The JavaScript heap the build asks for. Node's default (about 4 GB on a 64-bit machine) is too small for an
 * archive of about 100,000 articles; the build then fails after hours of work. So the build sets its own limit,
 * safely for the machine: half its memory, which leaves the other half to the render workers' and Pagefind's
 * processes and to the system, and at most 7 GB, the heap that has built 100,000 articles within the 8 GB goal
 * (a larger limit lets the heap grow further before it is collected). Never below Node's own default.
 */
export const MAX_HEAP_MB = 7168;

/**
 * The `--max-old-space-size` option for a machine with `totalMemoryMB` whose Node defaults to `defaultLimitMB`,
 * or undefined when the default is as large or `nodeOptions` (NODE_OPTIONS) already sets a limit.
 */
export function heapLimitOption(
  totalMemoryMB: number,
  defaultLimitMB: number,
  nodeOptions: string | undefined,
): string | undefined {
  if (nodeOptions && /(?:^|\s)--max-old-space-size[=\s]/.test(nodeOptions)) return undefined;
  const limit = Math.min(MAX_HEAP_MB, Math.floor(totalMemoryMB / 2));
  return limit > defaultLimitMB ? `--max-old-space-size=${limit}` : undefined;
}

/**
 * The young generation's semi-space, in MB. Page generation makes a request, a response, streams and strings for
 * every page, nearly all dead a moment later; with V8's default (16 MB) the scavenger ran so often that garbage
 * collection took a tenth of page generation. 64 MB cut page generation's CPU time by about a fifth at 3,000
 * articles (three A/B pairs) and by 2-9 % at 10,000 (two pairs), for 80-100 MB more peak memory there. Measure
 * again before changing it.
 */
export const SEMI_SPACE_MB = 64;

/** The `--max-semi-space-size` option, or undefined when `nodeOptions` (NODE_OPTIONS) already sets one. */
export function semiSpaceOption(nodeOptions: string | undefined): string | undefined {
  if (nodeOptions && /(?:^|\s)--max-semi-space-size[=\s]/.test(nodeOptions)) return undefined;
  return `--max-semi-space-size=${SEMI_SPACE_MB}`;
}
