import { describe, expect, it } from 'vitest';
import { heapLimitOption, MAX_HEAP_MB, SEMI_SPACE_MB, semiSpaceOption } from '../../src/lib/heap-limit.ts';

describe('heapLimitOption', () => {
  it('asks for half the machine memory, at most 7 GB', () => {
    expect(heapLimitOption(12 * 1024, 4144, undefined)).toBe('--max-old-space-size=6144');
    expect(heapLimitOption(24 * 1024, 4144, undefined)).toBe(`--max-old-space-size=${MAX_HEAP_MB}`);
    expect(heapLimitOption(64 * 1024, 4144, '--enable-source-maps')).toBe(`--max-old-space-size=${MAX_HEAP_MB}`);
  });

  it("never asks for less than Node's default", () => {
    expect(heapLimitOption(8 * 1024, 4144, undefined)).toBeUndefined();
    expect(heapLimitOption(4 * 1024, 2048, undefined)).toBeUndefined();
  });

  it('leaves a limit set in NODE_OPTIONS as it is', () => {
    expect(heapLimitOption(64 * 1024, 4144, '--max-old-space-size=3000')).toBeUndefined();
    expect(heapLimitOption(64 * 1024, 4144, '--trace-gc --max-old-space-size 9000')).toBeUndefined();
  });
});

describe('semiSpaceOption', () => {
  it('asks for a larger young generation', () => {
    expect(semiSpaceOption(undefined)).toBe(`--max-semi-space-size=${SEMI_SPACE_MB}`);
    expect(semiSpaceOption('--enable-source-maps')).toBe(`--max-semi-space-size=${SEMI_SPACE_MB}`);
  });

  it('leaves a size set in NODE_OPTIONS as it is', () => {
    expect(semiSpaceOption('--max-semi-space-size=16')).toBeUndefined();
    expect(semiSpaceOption('--trace-gc --max-semi-space-size 32')).toBeUndefined();
  });
});
