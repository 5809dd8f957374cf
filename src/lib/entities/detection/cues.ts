/**
 * Cue words: the words and marks a rule looks for in a field before it runs its regex there ("led by ", "'s ",
 * "("). Each search reads the whole field, and the rules made some fifty of them per paragraph; instead every cue of
 * the list below is found in one pass over the field (an Aho–Corasick automaton), once, and a rule asks
 * `f.has(cue)` (field.ts).
 *
 * A cue is found as written, case and all, anywhere in the field's normalised text: `f.has(cue)` is exactly
 * `f.text.includes(cue)`. A rule that needs a cue this list lacks adds it here (the type `Cue` admits listed ones
 * only).
 */
export const CUES = [
  // official-group-roles.ts
  ', who ',
  'named ',
  'called ',
  'known as ',
  'led by ',
  'commanded by ',
  'under the ',
  'under the command of',
  'under the leadership of',
  ' and another ',
  ' by "',
  ' by \u201C',
  ' by \u2018',
  'Amir ',
  'member',
  'lias ',
  'ka ',
  '.k.a',
  '@',
  'f the ',
  // official-lists.ts
  'known ',
  'ders',
  'chiefs',
  'emirs',
  'kingpins',
  'rothers',
  'iblings',
  'isters',
  'replac',
  'succeed',
  'm as ',
  'd as ',
] as const;

export type Cue = (typeof CUES)[number];

const CUE_INDEX: ReadonlyMap<string, number> = new Map(CUES.map((cue, i) => [cue, i]));

/** The index of `cue` in CUES, the position of its flag in what findCues returns. */
export function cueIndex(cue: Cue): number {
  return CUE_INDEX.get(cue)!;
}

/**
 * The automaton, as flat arrays: every character of the cues is a symbol (1, 2, ...), every other character symbol
 * 0, which no cue contains and which leads back to the start; `next[state * width + symbol]` is the state after a
 * character, and the cues that end in a state are `outputs[outputStart[state]]` up to `outputStart[state + 1]`.
 */
interface Automaton {
  symbolOf: Uint8Array;
  width: number;
  next: Int32Array;
  outputStart: Int32Array;
  outputs: Int32Array;
}

function buildAutomaton(cues: readonly string[]): Automaton {
  const symbolOf = new Uint8Array(0x10000);
  let width = 1;
  for (const cue of cues)
    for (let i = 0; i < cue.length; i++) if (symbolOf[cue.charCodeAt(i)] === 0) symbolOf[cue.charCodeAt(i)] = width++;
  // The trie of the cues: children by symbol, and the cues that end at each node.
  const children: Map<number, number>[] = [new Map()];
  const ends: number[][] = [[]];
  cues.forEach((cue, id) => {
    let node = 0;
    for (let i = 0; i < cue.length; i++) {
      const symbol = symbolOf[cue.charCodeAt(i)]!;
      let child = children[node]!.get(symbol);
      if (child === undefined) {
        child = children.length;
        children.push(new Map());
        ends.push([]);
        children[node]!.set(symbol, child);
      }
      node = child;
    }
    ends[node]!.push(id);
  });
  // Breadth first: each node's fallback (the longest proper suffix of its path that is a path of the trie) is
  // complete before its children's, so its moves and outputs can be copied.
  const next = new Int32Array(children.length * width);
  const fallback = new Int32Array(children.length);
  const found: number[][] = ends.map((x) => [...x]);
  const queue: number[] = [];
  for (const [symbol, child] of children[0]!) {
    next[symbol] = child;
    queue.push(child);
  }
  for (let q = 0; q < queue.length; q++) {
    const node = queue[q]!;
    found[node]!.push(...found[fallback[node]!]!);
    for (let symbol = 1; symbol < width; symbol++) {
      const child = children[node]!.get(symbol);
      if (child === undefined) {
        next[node * width + symbol] = next[fallback[node]! * width + symbol]!;
      } else {
        fallback[child] = next[fallback[node]! * width + symbol]!;
        next[node * width + symbol] = child;
        queue.push(child);
      }
    }
  }
  const outputStart = new Int32Array(children.length + 1);
  for (let node = 0; node < children.length; node++) outputStart[node + 1] = outputStart[node]! + found[node]!.length;
  return { symbolOf, width, next, outputStart, outputs: Int32Array.from(found.flat()) };
}

const AUTOMATON = buildAutomaton(CUES);

/** Which cues `text` contains: a flag per cue, 1 where `text.includes(CUES[i])`. */
export function findCues(text: string): Uint8Array {
  const { symbolOf, width, next, outputStart, outputs } = AUTOMATON;
  const found = new Uint8Array(CUES.length);
  let state = 0;
  for (let i = 0; i < text.length; i++) {
    state = next[state * width + symbolOf[text.charCodeAt(i)]!]!;
    for (let k = outputStart[state]!, end = outputStart[state + 1]!; k < end; k++) found[outputs[k]!] = 1;
  }
  return found;
}
