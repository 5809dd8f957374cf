import { rmSync } from 'node:fs';
import path from 'node:path';

/** Fixture builds of earlier runs are left for inspection until the next run starts. */
export default function setup() {
  rmSync(path.resolve(import.meta.dirname, '../../test-results/builds'), { recursive: true, force: true });
}
