/**
 * Characters no article needs and XML cannot carry: C0 controls other than tab, line feed and carriage return,
 * DEL, C1 controls, unpaired surrogates and the non-characters U+FFFE and U+FFFF. One such character in a title
 * would make `rss.xml` and every entity feed of the article unreadable to every subscriber. The importer removes
 * them from the text it imports; the build refuses an article file that holds one. NUL bytes are different: they
 * mark a binary file, so both refuse them with the same message.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTER = /[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uD800-\uDFFF\uFFFE\uFFFF]/gu;

/** What the importer and the build both say about a file with NUL bytes. */
export const BINARY_FILE_PROBLEM = 'looks like a binary file (it contains NUL bytes)';

export interface ControlCharacter {
  /** UTF-16 index in the text. */
  index: number;
  /** `U+001B`. */
  codePoint: string;
}

/** The first control character in `text`, or undefined. */
export function findControlCharacter(text: string): ControlCharacter | undefined {
  CONTROL_CHARACTER.lastIndex = 0;
  const match = CONTROL_CHARACTER.exec(text);
  if (!match) return undefined;
  const code = match[0].codePointAt(0)!;
  return { index: match.index, codePoint: `U+${code.toString(16).toUpperCase().padStart(4, '0')}` };
}

/** `text` without its control characters. */
export function stripControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARACTER, '');
}

/** How many control characters `text` holds. */
export function countControlCharacters(text: string): number {
  return text.match(CONTROL_CHARACTER)?.length ?? 0;
}
