import type { APIRoute } from 'astro';
import { locatorBackground } from '../../site-maps.ts';

/**
 * The land of the world, drawn once and shared (and cached by browsers) by every country page's locator map,
 * so each page carries only its own country's outline. A mid grey at partial opacity reads on light and dark.
 */
export const GET: APIRoute = () => {
  const { width, height, d } = locatorBackground();
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">` +
    `<path fill="#8a8580" fill-opacity="0.45" d="${d}"/></svg>\n`;
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
