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

const IMMUTABLE = 'public, max-age=31536000, immutable';
const SHORT = 'public, max-age=300, must-revalidate';

/**
 * A `_headers` file in the format Netlify and Cloudflare Pages read. Each header is set by exactly one rule for a
 * given URL kind, because both hosts join values when several rules set the same header.
 */
export function cdnHeadersFile(base: string): string {
  const rules: [string, Record<string, string>][] = [
    [`${base}*`, SECURITY_HEADERS],
    // Astro's bundled assets carry a content hash in their names.
    [`${base}_astro/*`, { 'Cache-Control': IMMUTABLE }],
    // Pagefind's entry files keep their names between builds; its fragments are hashed but share the folder.
    [`${base}pagefind/*`, { 'Cache-Control': 'public, max-age=3600' }],
    // Pages are folders ending in a slash; feeds and data files change with every build.
    [base, { 'Cache-Control': SHORT }],
    [`${base}*/`, { 'Cache-Control': SHORT }],
    [`${base}*.xml`, { 'Cache-Control': SHORT }],
    [`${base}data/*`, { 'Cache-Control': SHORT }],
    [`${base}404.html`, { 'Cache-Control': SHORT }],
  ];
  return rules
    .map(([path, headers]) => [path, ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n'))
    .join('\n\n')
    .concat('\n');
}
