/**
 * One field of an article (title, summary or a body block) as detection reads it: the original text, its
 * normalised form, and the facts about it that rules ask for (all-caps, title case, sentences), computed once.
 */
import {
  GAP,
  WORD,
  charClass,
  hasLowerCase,
  isLetterCode,
  isUpperCode,
  normaliseText,
  sentenceAt,
  sentenceIndex,
  splitSentences,
  toOriginal,
  type NormalisedText,
} from '../text.ts';

export type MentionField = 'title' | 'summary' | 'body';

/** Where a match stands in the article, as written. */
export interface MatchLocation {
  field: MentionField;
  /** Index into the body blocks; -1 for the title and the summary. */
  block: number;
  /** UTF-16 offsets into the original string of that block (or title, summary). */
  start: number;
  end: number;
  /** The matched text as written. */
  text: string;
  /** The whole sentence containing the match, trimmed. */
  sentence: string;
}

export class FieldText {
  readonly original: string;
  readonly norm: NormalisedText;
  readonly field: MentionField;
  readonly block: number;
  /** Position of the field in the article: title 0, summary next, then the body blocks. */
  readonly order: number;
  /** Sentence boundaries of the original text and of the normalised text (the same array when they are equal). */
  #bounds: Array<[number, number]> | null = null;
  #textBounds: Array<[number, number]> | null = null;
  #shouted: boolean | null = null;
  #titleCase: boolean | null = null;

  constructor(original: string, field: MentionField, block: number, order: number) {
    this.original = original;
    this.norm = normaliseText(original);
    this.field = field;
    this.block = block;
    this.order = order;
  }

  /** The normalised text that every rule reads. */
  get text(): string {
    return this.norm.text;
  }

  /** All capitals ("WHAT IS NEXT FOR IRAQ"): acronyms that are English words mean nothing here. */
  get shouted(): boolean {
    if (this.#shouted === null) {
      // (The lower-case letter looked for by hand first: nearly every field has one within its first word.)
      this.#shouted = !hasLowerCase(this.norm.text) && /\p{Lu}{2}/u.test(this.norm.text);
    }
    return this.#shouted;
  }

  /** Most longer words capitalised, as in a headline: a capital says nothing about names here. */
  get titleCase(): boolean {
    if (this.#titleCase === null) {
      // Runs of four or more letters, counted in one pass without cutting them out (this runs for every field).
      const n = this.norm.text;
      let words = 0;
      let caps = 0;
      let i = 0;
      while (i < n.length) {
        const code = n.codePointAt(i)!;
        const width = code > 0xffff ? 2 : 1;
        if (!isLetterCode(code)) {
          i += width;
          continue;
        }
        const start = i;
        let letters = 0;
        for (let c = code; isLetterCode(c); c = n.codePointAt(i) ?? -1) {
          letters++;
          i += c > 0xffff ? 2 : 1;
        }
        if (letters < 4) continue;
        words++;
        if (isUpperCode(n.charCodeAt(start))) caps++;
      }
      this.#titleCase = words >= 3 && caps / words >= 0.7;
    }
    return this.#titleCase;
  }

  /**
   * Sentence boundaries of the normalised text, split once for every rule that reads sentences (shared: do not
   * modify).
   */
  get sentences(): Array<[number, number]> {
    if (this.#textBounds === null) {
      this.#textBounds =
        this.text === this.original && this.#bounds !== null ? this.#bounds : splitSentences(this.text);
    }
    return this.#textBounds;
  }

  /** The trimmed sentence of the original text around an original offset. */
  sentenceOf(originalOffset: number): string {
    if (this.#bounds === null) {
      this.#bounds =
        this.text === this.original && this.#textBounds !== null ? this.#textBounds : splitSentences(this.original);
    }
    // (Each sentence cut and trimmed once: every mention in it carries it.)
    const i = sentenceIndex(this.#bounds, originalOffset);
    return (this.#sentenceTexts[i] ??= sentenceAt(this.original, this.#bounds, originalOffset));
  }

  /** The trimmed sentences of the original text, by index, as sentenceOf has cut them. */
  readonly #sentenceTexts: (string | undefined)[] = [];

  /** Where a match of normalised offsets [a, b) stands in the original text, with its sentence. */
  located(a: number, b: number): MatchLocation {
    const start = toOriginal(this.norm, a);
    const end = toOriginal(this.norm, b);
    return {
      field: this.field,
      block: this.block,
      start,
      end,
      text: this.original.slice(start, end),
      sentence: this.sentenceOf(start),
    };
  }

  /** The offset in the original text of normalised offset `a` (what located() gives, without the rest). */
  originalOffset(a: number): number {
    return toOriginal(this.norm, a);
  }

  /** The original text of normalised offsets [a, b). */
  originalSlice(a: number, b: number): string {
    return this.original.slice(toOriginal(this.norm, a), toOriginal(this.norm, b));
  }
}

export function isCapitalisedWord(w: string): boolean {
  return isUpperCode(w.charCodeAt(0)) && hasLowerCase(w);
}

/** The word directly after `end` when separated by exactly one space, else null. */
export function nextWord(n: string, end: number): string | null {
  if (n.charCodeAt(end) !== 0x20 || charClass(n.charCodeAt(end + 1)) !== WORD) return null;
  let j = end + 1;
  while (j < n.length && charClass(n.charCodeAt(j)) === WORD) j++;
  return n.slice(end + 1, j);
}

/** The word directly before `start` when separated by exactly `sep`, else null. */
export function prevWord(n: string, start: number, sep = ' '): string | null {
  const a = start - sep.length;
  if (a < 1 || n.slice(a, start) !== sep || charClass(n.charCodeAt(a - 1)) !== WORD) return null;
  let j = a;
  while (j > 0 && charClass(n.charCodeAt(j - 1)) === WORD) j--;
  return n.slice(j, a);
}

/** True when the word at `i` follows "al-" (or "el-", "Al ") that follows a capitalised word: "Ali al-Houthi". */
export function familyNameAfterAl(n: string, i: number): boolean {
  if (i < 5) return false;
  // "al-" / "el " before the word, read without cutting it out (this runs for every candidate match).
  const a = n.charCodeAt(i - 3);
  const gap = n.charCodeAt(i - 1);
  const article = (a === 0x61 || a === 0x41 || a === 0x65 || a === 0x45) && n.charCodeAt(i - 2) === 0x6c;
  if (!article || (gap !== 0x2d && gap !== 0x20) || charClass(n.charCodeAt(i - 4)) !== GAP) return false;
  const before = prevWord(n, i - 3);
  return before !== null && isCapitalisedWord(before);
}

/** A half-open range of normalised offsets already claimed by a mention. */
export interface Span {
  start: number;
  end: number;
}

/** Spans of one field, sorted by start and non-overlapping. */
export class SpanSet {
  readonly #spans: Span[] = [];

  /** Adds a span that starts after every span so far (the registered scan goes left to right). */
  push(span: Span): void {
    this.#spans.push(span);
  }

  /** Adds a span anywhere, keeping the order. */
  insert(span: Span): void {
    const spans = this.#spans;
    let i = spans.length;
    while (i > 0 && spans[i - 1]!.start > span.start) i--;
    spans.splice(i, 0, span);
  }

  /** Whether [a, b) overlaps a span. */
  overlaps(a: number, b: number): boolean {
    const spans = this.#spans;
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid]!.end <= a) lo = mid + 1;
      else hi = mid;
    }
    const s = spans[lo];
    return s !== undefined && s.start < b;
  }
}
