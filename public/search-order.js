// Newest first across the search shards. The archive's search index is one Pagefind index per period
// (src/lib/search-shards.ts), merged on the search page with `mergeIndex`. Pagefind ranks merged results by score,
// and in a search sorted by date a result's score is its page's place in its own index's date order (0 for the
// oldest) times the index's `indexWeight`: comparable within one index, not across them. Each shard is given a
// weight just above 1 that says which shard it is, so the place and the shard can be read back from the score;
// shards cover disjoint periods, so newest first overall is: shard by shard, newest shard first, and by place within
// each. Only a score of 0 (a shard's oldest page) says nothing about its shard: its date does.

/** Small enough that a score still rounds to its place while place × (shard + 1) stays under 2²³ (8 million). */
const STEP = 2 ** -24;

/**
 * The `indexWeight` of the shard at `index` (0 for the newest) in the manifest's newest-first list.
 * @param {number} index
 */
export function shardWeight(index) {
  return 1 + (index + 1) * STEP;
}

/**
 * The shard and the place in it of a result, read from its score; undefined for a score of 0.
 * @param {number} score
 * @returns {{ shard: number, place: number } | undefined}
 */
export function shardPlace(score) {
  const place = Math.round(score);
  if (place === 0) return undefined;
  return { shard: Math.round((score / place - 1) / STEP) - 1, place };
}

/**
 * The shard and place of a result.
 * @param {{ score: number, data: () => Promise<{ meta: Record<string, string | undefined> }> }} result
 * @param {{ from: string }[]} shards the manifest's shards, newest first
 * @returns {Promise<{ shard: number, place: number }>}
 */
async function placeOf(result, shards) {
  const found = shardPlace(result.score);
  if (found) return found;
  const date = (await result.data()).meta.date ?? '';
  const shard = shards.findIndex((candidate) => candidate.from <= date);
  return { shard: shard < 0 ? shards.length : shard, place: 0 };
}

/**
 * Pagefind's merged results of a search sorted by date, descending, put newest first across shards.
 * @template {{ score: number, data: () => Promise<{ meta: Record<string, string | undefined> }> }} R
 * @param {R[]} results
 * @param {{ from: string }[]} shards the manifest's shards, newest first
 * @returns {Promise<R[]>}
 */
export async function newestFirst(results, shards) {
  const placed = await Promise.all(results.map(async (result) => ({ result, ...(await placeOf(result, shards)) })));
  return placed.sort((a, b) => a.shard - b.shard || b.place - a.place).map((entry) => entry.result);
}

/**
 * The results of a search of several words that a single index would give. Pagefind leaves out of a query a word
 * that matches nothing in the index it searches, so a shard without any article using one of the words answers
 * for the other words alone ("Abu Taqwa" would find every "Abu" of the years that never name Taqwa). A word the
 * whole archive matches nowhere is left out, as a single index does; otherwise only results from the shards where
 * each word matches are kept. `searchWord` searches one word across all shards.
 * @template {{ score: number, data: () => Promise<{ meta: Record<string, string | undefined> }> }} R
 * @param {R[]} results
 * @param {string} query
 * @param {(word: string) => Promise<R[]>} searchWord
 * @param {{ from: string }[]} shards the manifest's shards, newest first
 * @returns {Promise<R[]>}
 */
export async function matchingEveryWord(results, query, searchWord, shards) {
  const words = query.split(/\s+/).filter(Boolean);
  // A quoted phrase is matched as a whole, in each page.
  if (words.length < 2 || /^\s*".+"\s*$/.test(query) || shards.length < 2) return results;
  const shardsOf = async (/** @type {R[]} */ found) =>
    new Set(await Promise.all(found.map(async (result) => (await placeOf(result, shards)).shard)));
  const wordShards = (await Promise.all(words.map(async (word) => shardsOf(await searchWord(word))))).filter(
    (matched) => matched.size > 0,
  );
  const kept = await Promise.all(
    results.map(async (result) => {
      const { shard } = await placeOf(result, shards);
      return wordShards.every((matched) => matched.has(shard));
    }),
  );
  return results.filter((_, i) => kept[i]);
}
