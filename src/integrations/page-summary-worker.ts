/**
 * A worker thread of the build checks (`build-checks.ts`): summarises pages as Astro renders them, on the core that
 * page generation leaves free.
 */
import { summarisePage, type PageSummary } from '../lib/checks/page-summary.ts';

export interface SummaryTask {
  /** The page's bytes, as Astro writes them. */
  bytes: Uint8Array;
  url: string;
}

const decoder = new TextDecoder();

export default function summariseRendered(task: SummaryTask): PageSummary {
  return summarisePage(decoder.decode(task.bytes), task.url);
}
