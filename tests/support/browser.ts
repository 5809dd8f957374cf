import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const hasBrowser = existsSync(CHROMIUM);
export const inCI = Boolean(process.env['CI']);

/** Whether the browser suites run: always under CI (where a missing browser must fail), else when one is installed. */
export const runBrowserSuites = hasBrowser || inCI;

if (!hasBrowser) {
  const banner = `\n${'!'.repeat(78)}\n  Chromium not found at ${CHROMIUM}: the browser tests ${inCI ? 'FAIL' : 'are NOT RUN'}.\n  Install it with: apt-get install chromium\n${'!'.repeat(78)}\n`;
  console.error(banner);
}

export async function launchBrowser(): Promise<Browser> {
  if (!hasBrowser) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
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
