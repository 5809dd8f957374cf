import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const hasBrowser = existsSync(CHROMIUM);
const MISSING = `Chromium not found at ${CHROMIUM}: apt-get install chromium`;

// No browser never means a silent skip: the browser suites fail, here and in CI, and say why loudly.
if (!hasBrowser) {
  console.error(`\n${'!'.repeat(78)}\n  ${MISSING}\n  The browser tests FAIL without it.\n${'!'.repeat(78)}\n`);
}

/** Debian's Chromium, headless, with a fresh temporary profile and no background traffic. */
export async function launchBrowser(): Promise<Browser> {
  if (!hasBrowser) throw new Error(MISSING);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
    ],
  });
}
