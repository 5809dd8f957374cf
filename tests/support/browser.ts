import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

const ROOT = path.resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);

/** The installed @sparticuz/chromium package folder, found the way an import would find it. */
function packageFolder(): string {
  try {
    return path.resolve(path.dirname(require.resolve('@sparticuz/chromium')), '..');
  } catch {
    throw new Error('@sparticuz/chromium is not installed: run `npm ci` (or set CHROMIUM_PATH to a Chromium)');
  }
}

/** What the Chromium binary links from the system, by Debian package: the only things `npm ci` cannot bring. */
export const SYSTEM_LIBRARIES = 'NSS (libnss3), NSPR (libnspr4) and expat (libexpat1)';

/**
 * The Chromium the browser tests drive: `CHROMIUM_PATH` when set, otherwise the headless Chromium that the
 * `@sparticuz/chromium` devDependency ships brotli-compressed, unpacked once per package version into
 * `node_modules/.cache/`. The package's own `executablePath()` unpacks into the shared temporary folder and treats
 * any file already there as complete, so it runs in a child process pointed at a private folder that is renamed
 * into place only when whole: test files starting together, or two checkouts on one machine, never see half a
 * binary.
 */
export function chromiumExecutable(env: NodeJS.ProcessEnv = process.env): string {
  const chosen = env['CHROMIUM_PATH'];
  if (chosen) {
    if (!existsSync(chosen)) throw new Error(`CHROMIUM_PATH is ${chosen}, which does not exist`);
    return chosen;
  }
  const packageJson = path.join(packageFolder(), 'package.json');
  const { version } = JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string };
  const cache = path.join(ROOT, 'node_modules/.cache/sparticuz-chromium');
  const unpacked = path.join(cache, version);
  const binary = path.join(unpacked, 'chromium');
  if (existsSync(binary)) return binary;

  mkdirSync(cache, { recursive: true });
  const staging = mkdtempSync(path.join(cache, `${version}.unpacking-`));
  const script =
    "const { default: c } = await import('@sparticuz/chromium'); process.stdout.write(await c.executablePath());";
  const result = spawnSync(process.execPath, ['--input-type=module', '--eval', script], {
    cwd: ROOT,
    env: { ...env, TMPDIR: staging },
    encoding: 'utf8',
  });
  if (result.status !== 0 || result.stdout !== path.join(staging, 'chromium')) {
    rmSync(staging, { recursive: true, force: true });
    throw new Error(`could not unpack @sparticuz/chromium ${version}:\n${result.stderr}`);
  }
  try {
    renameSync(staging, unpacked);
  } catch (error) {
    // Another run unpacked the same version first; theirs is as good as ours.
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(binary)) throw error;
  }
  return binary;
}

/** Turns the dynamic linker's complaint into what to install; other launch failures pass through unchanged. */
export function explainLaunchFailure(executable: string, message: string): string {
  const library = /error while loading shared libraries: ([^\s:]+)/.exec(message)?.[1];
  if (!library) return message;
  return (
    `Chromium (${executable}) cannot start: the system library ${library} is missing. ` +
    `It needs ${SYSTEM_LIBRARIES}; on Debian or Ubuntu: apt-get install libnss3 libnspr4 libexpat1.\n${message}`
  );
}

/** Headless Chromium with a fresh temporary profile and no background traffic. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumExecutable();
  try {
    return await chromium.launch({
      executablePath,
      headless: true,
      args: [
        '--no-sandbox',
        // Software GL through the SwiftShader the package unpacks beside the binary: with the GPU disabled
        // instead, full-page screenshots failed now and then ("Unable to capture screenshot"; 5 in 60 on a
        // busy machine, none in 240 with these flags).
        '--use-gl=angle',
        '--use-angle=swiftshader',
        '--enable-unsafe-swiftshader',
        '--in-process-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
      ],
    });
  } catch (error) {
    throw new Error(explainLaunchFailure(executablePath, (error as Error).message), { cause: error });
  }
}
