import { chromiumExecutable } from './browser.ts';

/**
 * Unpacks the packaged Chromium once, before the browser test files start side by side. A failure is left for
 * `launchBrowser()` to report in the tests themselves, where it names what is missing.
 */
export default function setup() {
  try {
    chromiumExecutable();
  } catch {
    // Reported by every browser test that needs it.
  }
}
