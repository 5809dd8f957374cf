// The excerpt of a search result, taken from the article's own text. Pagefind indexes each entity's aliases
// (so "Hizbollah" finds Hezbollah's articles), and its own excerpt then often shows that alias list. Article
// pages mark where the text starts (#article-text), where the entity list starts (#article-tags) and each
// entity in it (#Entity-<id>), and carry each entity's first sentence as metadata (sentence-<id>); the ids are
// those of src/lib/page-ids.ts.

const ENTITY_PREFIX = 'Entity-';
/** Words either side of the best match. */
const EXCERPT_WORDS = 32;

/**
 * @typedef {{ id: string, location: number, text?: string }} Anchor
 * @typedef {{ content: string, locations: number[], anchors: Anchor[], meta: Record<string, string | undefined> }} Fragment
 * @typedef {{ text: string, mark: boolean }} Part
 */

/**
 * The excerpt as text parts, marked where they match: from the article text when a match is there; when only
 * an entity's other spelling matched, that entity's first sentence in the article; else the article's opening.
 * @param {Fragment} fragment Pagefind's data for one result
 * @param {string} query the words searched for
 * @returns {Part[]}
 */
export function excerptParts(fragment, query) {
  const words = fragment.content.split(/\s+/);
  const anchorAt = (id) => fragment.anchors.find((anchor) => anchor.id === id)?.location;
  const textStart = anchorAt('article-text') ?? 0;
  const textEnd = anchorAt('article-tags') ?? words.length;
  const inText = fragment.locations.filter((at) => at >= textStart && at < textEnd);
  if (inText.length > 0) return wordWindow(words, new Set(inText), bestStart(inText), textStart, textEnd);

  const aliasHit = fragment.locations.filter((at) => at >= textEnd).sort((a, b) => a - b)[0];
  if (aliasHit !== undefined) {
    const tag = fragment.anchors
      .filter((anchor) => anchor.id.startsWith(ENTITY_PREFIX) && anchor.location <= aliasHit)
      .sort((a, b) => b.location - a.location)[0];
    const sentence = tag && fragment.meta[`sentence-${tag.id.slice(ENTITY_PREFIX.length)}`];
    // The spelling searched for is not in the sentence: mark the entity's name, which is (the anchor's text).
    if (sentence) return markTerms(sentence, `${query} ${tag.text ?? ''}`);
  }
  return wordWindow(words, new Set(), textStart, textStart, textEnd);
}

/** Where to start the window: a few words before the densest run of matches. */
function bestStart(locations) {
  const sorted = [...locations].sort((a, b) => a - b);
  let best = sorted[0];
  let bestCount = 0;
  for (const start of sorted) {
    const count = sorted.filter((at) => at >= start && at < start + EXCERPT_WORDS).length;
    if (count > bestCount) [best, bestCount] = [start, count];
  }
  return best - 6;
}

function wordWindow(words, marked, from, textStart, textEnd) {
  const start = Math.max(textStart, Math.min(from, textEnd - EXCERPT_WORDS));
  const end = Math.min(textEnd, start + EXCERPT_WORDS);
  const parts = [];
  if (start > textStart) parts.push({ text: '… ', mark: false });
  for (let i = start; i < end; i++) {
    const text = words[i] + (i + 1 < end ? ' ' : '');
    const last = parts[parts.length - 1];
    if (marked.has(i)) parts.push({ text: words[i], mark: true }, { text: i + 1 < end ? ' ' : '', mark: false });
    else if (last && !last.mark) last.text += text;
    else parts.push({ text, mark: false });
  }
  if (end < textEnd) parts.push({ text: ' …', mark: false });
  return parts.filter((part) => part.text !== '');
}

/** Marks the query's words (and words starting with them, as Pagefind matches) in a sentence. */
export function markTerms(sentence, query) {
  const terms = query
    .toLowerCase()
    .split(/\s+/)
    .map((term) => term.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter(Boolean);
  const parts = [];
  for (const piece of sentence.split(/(\s+)/)) {
    const bare = piece.toLowerCase().replace(/^[^\p{L}\p{N}]+/u, '');
    const mark = piece.trim() !== '' && terms.some((term) => bare.startsWith(term));
    const last = parts[parts.length - 1];
    if (!mark && last && !last.mark) last.text += piece;
    else parts.push({ text: piece, mark });
  }
  return parts.filter((part) => part.text !== '');
}
