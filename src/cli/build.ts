/**
 * `npm run build [-- astro build options]`: `astro build` with a JavaScript heap sized for the machine and a larger
 * young generation (`src/lib/heap-limit.ts`), so a large archive builds without setting NODE_OPTIONS by hand.
 */
import { spawnSync } from 'node:child_process';
import { totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { getHeapStatistics } from 'node:v8';
import { heapLimitOption, semiSpaceOption } from '../lib/heap-limit.ts';

const astro = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));
const heapLimit = heapLimitOption(
  totalmem() / 2 ** 20,
  getHeapStatistics().heap_size_limit / 2 ** 20,
  process.env['NODE_OPTIONS'],
);
const semiSpace = semiSpaceOption(process.env['NODE_OPTIONS']);
const result = spawnSync(
  process.execPath,
  [...(heapLimit ? [heapLimit] : []), ...(semiSpace ? [semiSpace] : []), astro, 'build', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
  },
);
if (result.error) throw result.error;
process.exitCode = result.status ?? 1;
