/**
 * Case rules: whether a loose trie match is written the way the alias needs.
 *  - Aliases without lower-case letters ("US", "U.S.", "PMU", "ISIS") match exactly as written, dots included,
 *    except that an acronym's first word of four or more letters also matches in title case ("Isis", "Nato",
 *    "Isis-K", "Prepak-P").
 *  - In an all-caps field, acronyms that are English words ("IS", "IT") are ignored ("WHAT IS NEXT").
 *  - Words with inner capitals ("LeT") match exactly.
 *  - Other aliases need a capital wherever the registry has one, except particles (al-, bin, of, in): "turkey"
 *    and "chad" are not countries, "IRAQ" and "Iraq" are. The generic last word of a longer name may be lower
 *    case ("the Haqqani network", "the Wagner group").
 *  - Between words, a dot only where the alias has one.
 */
import { isUpperCode } from '../text.ts';
import type { FieldText } from './field.ts';
import type { AliasEntry, WalkResult } from './trie.ts';

/** Alias words compared without regard to case: Arabic articles and name particles, short function words. */
export const PARTICLES: ReadonlySet<string> = new Set(
  'al el ad an ar as ash at az ath bin ibn bint ben abd de del dela della der den di du da dos das la le van von of the in and for on y et'.split(
    ' ',
  ),
);

/** Acronym aliases that are also English words: ignored in an all-caps field ("WHAT IS NEXT"). */
export const SHOUTED_WORDS: ReadonlySet<string> = new Set(
  'IS IT AN AS AT BE BY DO GO HE IF IN ME MY NO OF ON OR SO TO UP WE AM ARE CAN HAS WAS OUR ALL ONE NOW NEW OUT AND THE FOR NOT BUT WHO HOW WAR MAN MEN SET AID ANY HIS HER CAR'.split(
    ' ',
  ),
);

/** Last words of group names that newspapers often write in lower case ("Haqqani network", "Wagner group"). */
export const GENERIC_NAME_ENDS: ReadonlySet<string> = new Set(
  'Network Group Movement Brigade Brigades Battalion Division Organization Organisation Front Army Forces Force Units Corps Party Council Committees'.split(
    ' ',
  ),
);

/**
 * Whether the first `k` tokens of the last walk over `f` are written the way entry `e` needs. (The trie walks a word
 * that starts in lower case only through the entries this lets start that way, those without `capital[0]` or, for
 * acronyms, without a capital first letter: a rule that lets more entries match there must change that too.)
 */
export function caseMatches(e: AliasEntry, f: FieldText, walk: WalkResult, k: number): boolean {
  const n = f.text;
  for (let t = 0; t < k - 1; t++) {
    const gapHasDot = hasDot(n, walk.tokenEnd(t), walk.tokenStart(t + 1));
    if (e.acronym ? gapHasDot !== e.gapDot[t] : gapHasDot && !e.gapDot[t]) return false;
  }
  if (e.acronym) {
    if (k === 1 && SHOUTED_WORDS.has(e.tokens[0]!) && f.shouted) return false;
    for (let t = 0; t < k; t++) {
      const alias = e.tokens[t]!;
      if (writtenAs(n, walk.tokenStart(t), walk.tokenEnd(t), alias)) continue;
      const word = n.slice(walk.tokenStart(t), walk.tokenEnd(t));
      if (t === 0 && alias.length >= 4 && word === alias[0] + alias.slice(1).toLowerCase()) continue;
      return false;
    }
    return true;
  }
  for (let t = 0; t < k; t++) {
    if (e.capital[t] && !isUpperCode(n.charCodeAt(walk.tokenStart(t)))) {
      if (!(t === k - 1 && t > 0 && GENERIC_NAME_ENDS.has(e.tokens[t]!))) return false;
    }
    if (e.exact[t] && !writtenAs(n, walk.tokenStart(t), walk.tokenEnd(t), e.tokens[t]!)) return false;
  }
  return true;
}

// These run for every candidate match, so they read the text in place instead of cutting out words and gaps.

/** Whether n[a, b) has a full stop. */
function hasDot(n: string, a: number, b: number): boolean {
  for (let j = a; j < b; j++) if (n.charCodeAt(j) === 0x2e) return true;
  return false;
}

/** Whether n[a, b) is exactly `word`. */
function writtenAs(n: string, a: number, b: number, word: string): boolean {
  return b - a === word.length && n.startsWith(word, a);
}
