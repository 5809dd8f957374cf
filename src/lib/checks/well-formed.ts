import { SyntaxValidator } from 'fast-xml-validator';
import { findControlCharacter } from '../articles/control-characters.ts';

/** A character reference to a code point XML 1.0 does not allow (`&#27;`, `&#x1B;`). */
const FORBIDDEN_REFERENCE = /&#(?:x([0-9a-f]+)|([0-9]+));/gi;

function forbiddenReference(text: string): string | undefined {
  for (const match of text.matchAll(FORBIDDEN_REFERENCE)) {
    const code = match[1] !== undefined ? parseInt(match[1], 16) : Number(match[2]);
    const allowed =
      code === 0x9 ||
      code === 0xa ||
      code === 0xd ||
      (code >= 0x20 && code <= 0xd7ff) ||
      (code >= 0xe000 && code <= 0xfffd) ||
      (code >= 0x10000 && code <= 0x10ffff);
    if (!allowed) return match[0];
  }
  return undefined;
}

/**
 * Why a generated `.xml`, `.json` or `.jsonl` file is not well-formed, or undefined when it is (and for any other
 * kind of file). XML must parse and hold no character XML 1.0 forbids, as text or as a character reference: one
 * control character in a title breaks every subscriber's feed.
 */
export function wellFormednessProblem(file: string, text: string): string | undefined {
  if (file.endsWith('.xml')) {
    const control = findControlCharacter(text);
    if (control) return `contains the control character ${control.codePoint}`;
    const reference = forbiddenReference(text);
    if (reference) return `contains the character reference ${reference}, which XML does not allow`;
    return xmlSyntaxProblem(text);
  }
  if (file.endsWith('.json')) return jsonProblem(text);
  if (file.endsWith('.jsonl')) {
    for (const [index, line] of text.split('\n').entries()) {
      const problem = line.trim() === '' ? undefined : jsonProblem(line);
      if (problem) return `line ${index + 1}: ${problem}`;
    }
  }
  return undefined;
}

function xmlSyntaxProblem(text: string): string | undefined {
  try {
    SyntaxValidator.validate(text);
    return undefined;
  } catch (error) {
    const { line, message } = error as { line?: number; message: string };
    return `is not well-formed XML: ${line === undefined ? '' : `line ${line}: `}${message}`;
  }
}

function jsonProblem(text: string): string | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    return `is not valid JSON: ${(error as Error).message}`;
  }
}
