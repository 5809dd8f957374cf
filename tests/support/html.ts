import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load, type CheerioAPI } from 'cheerio';

/** Loads a built page by its URL path ("/militias/hamas/") from a dist folder. */
export function page(outDir: string, urlPath: string): CheerioAPI {
  const file = urlPath.endsWith('/') ? path.join(outDir, urlPath, 'index.html') : path.join(outDir, urlPath);
  if (!existsSync(file)) throw new Error(`no built page at ${urlPath} (${file})`);
  return load(readFileSync(file, 'utf8'));
}

export function hasPage(outDir: string, urlPath: string): boolean {
  return existsSync(path.join(outDir, urlPath, 'index.html'));
}

/** Every HTML file of a built site, as paths relative to the dist folder. */
export function htmlFiles(outDir: string): string[] {
  return (readdirSync(outDir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).sort();
}
