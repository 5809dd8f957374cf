/**
 * A worker thread of the build checks (`build-checks.ts`): summarises pages Astro has just written, on the core that
 * page generation leaves free.
 */
import { readFileSync } from 'node:fs';
import { summarisePage, type PageSummary } from '../lib/checks/page-summary.ts';
import { fileDigest } from './output-ledger.ts';

export interface SummaryTask {
  /** The page's file, absolute. */
  file: string;
  /** The digest of the bytes Astro rendered for it. */
  digest: string;
  url: string;
}

const decoder = new TextDecoder();

/** Each page's summary, or `null` when its file does not hold the bytes rendered (not written yet). */
export default function summariseWritten(tasks: SummaryTask[]): (PageSummary | null)[] {
  return tasks.map((task) => {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(task.file);
    } catch {
      return null;
    }
    return fileDigest(bytes) === task.digest ? summarisePage(decoder.decode(bytes), task.url) : null;
  });
}
