/**
 * The Content-Security-Policy of every page: no inline script anywhere. Pagefind's search runs WebAssembly, which
 * needs 'wasm-unsafe-eval' (it permits compiling WebAssembly, not eval of JavaScript).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'X-Frame-Options': 'DENY',
};

export const CACHE = {
  /** Files whose names carry a hash of their content. */
  immutable: 'public, max-age=31536000, immutable',
  /** Pagefind's entry files keep their names between builds (it fetches its manifest with a cache-buster). */
  searchEngine: 'public, max-age=3600',
  /** Pages, feeds, data files and everything else that changes with each build. */
  short: 'public, max-age=300, must-revalidate',
} as const;

/** Cloudflare Pages reads at most this many rules from `_headers`. */
export const MAX_RULES = 100;

/** A file or folder of the built site, relative to the output folder; folders have children. */
export interface OutputEntry {
  name: string;
  children?: OutputEntry[];
}

/** The cache policy of a built file, from its path relative to the output folder (forward slashes). */
export function cachePolicy(file: string): string {
  if (file.startsWith('_astro/')) return CACHE.immutable;
  if (/^pagefind\/(fragment|index|filter)\//.test(file) || /^pagefind\/[^/]+_[0-9a-f]{6,}\.pf_meta$/.test(file)) {
    return CACHE.immutable;
  }
  // The merged search shards: each folder's name carries a digest of its content.
  if (file.startsWith('pagefind/shards/')) return CACHE.immutable;
  if (file.startsWith('pagefind/')) return CACHE.searchEngine;
  return CACHE.short;
}

/**
 * A `_headers` file in the format Netlify and Cloudflare Pages read, for the site built into `output`.
 *
 * Both hosts apply every rule that matches a URL and join the values of a header set by several rules, so each
 * header must be set by exactly one rule for any URL. The security headers come from the one catch-all rule.
 * Cache-Control rules are derived from the output itself: a folder whose files share a policy gets one `folder/*`
 * rule, anything else a rule of its own. Netlify's `folder/*` also matches `folder` followed by anything
 * (`/search/*` matches `/search.js`), so a folder whose name begins another entry's name is never a wildcard.
 */
export function cdnHeadersFile(base: string, output: readonly OutputEntry[]): string {
  const cacheRules: [string, string][] = [];
  const walk = (entries: readonly OutputEntry[], dir: string) => {
    for (const entry of entries) {
      if (dir === '' && entry.name === '_headers') continue;
      const file = dir + entry.name;
      if (!entry.children) {
        cacheRules.push([entry.name === 'index.html' ? base + dir : base + file, cachePolicy(file)]);
        continue;
      }
      const policies = new Set(filesUnder(entry, `${file}/`).map(cachePolicy));
      const prefixOfSibling = entries.some((other) => other !== entry && other.name.startsWith(entry.name));
      if (policies.size === 1 && !prefixOfSibling) cacheRules.push([`${base}${file}/*`, [...policies][0]!]);
      else if (policies.size > 0) walk(entry.children, `${file}/`);
    }
  };
  walk(
    [...output].sort((a, b) => a.name.localeCompare(b.name)),
    '',
  );
  const rules: [string, Record<string, string>][] = [
    [`${base}*`, SECURITY_HEADERS],
    ...cacheRules.map(([path, value]): [string, Record<string, string>] => [path, { 'Cache-Control': value }]),
  ];
  return rules
    .map(([path, headers]) => [path, ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n'))
    .join('\n\n')
    .concat('\n');
}

function filesUnder(entry: OutputEntry, dir: string): string[] {
  return (entry.children ?? []).flatMap((child) =>
    child.children ? filesUnder(child, `${dir}${child.name}/`) : [dir + child.name],
  );
}
