import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromiumExecutable, explainLaunchFailure } from '../support/browser.ts';

describe('the Chromium the browser tests drive', () => {
  it('is the one shipped in the @sparticuz/chromium devDependency, unpacked under node_modules/.cache', () => {
    const executable = chromiumExecutable({});
    expect(path.relative(path.resolve(import.meta.dirname, '../..'), executable)).toMatch(
      /^node_modules\/\.cache\/sparticuz-chromium\/[\d.]+\/chromium$/,
    );
  });

  it('is the one CHROMIUM_PATH names when it is set, and a wrong CHROMIUM_PATH fails saying so', () => {
    expect(chromiumExecutable({ CHROMIUM_PATH: process.execPath })).toBe(process.execPath);
    expect(() => chromiumExecutable({ CHROMIUM_PATH: '/nowhere/chromium' })).toThrow(
      'CHROMIUM_PATH is /nowhere/chromium, which does not exist',
    );
  });

  it('names the missing system library when the dynamic linker cannot start it', () => {
    const linker =
      '/opt/chromium: error while loading shared libraries: libnspr4.so: cannot open shared object file: No such file';
    expect(explainLaunchFailure('/opt/chromium', `browserType.launch: ...\n${linker}`)).toMatch(
      /^Chromium \(\/opt\/chromium\) cannot start: the system library libnspr4\.so is missing\. It needs NSS \(libnss3\), NSPR \(libnspr4\) and expat \(libexpat1\)/,
    );
    expect(explainLaunchFailure('/opt/chromium', 'Timeout 180000ms exceeded')).toBe('Timeout 180000ms exceeded');
  });
});
