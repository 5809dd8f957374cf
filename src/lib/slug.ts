// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\u0000-\u007f]/;

/** Letters that Unicode decomposition does not reduce to ASCII. */
const SPECIAL_LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  þ: 'th',
  ı: 'i',
};

/**
 * ASCII slug of a name or headline: diacritics dropped, apostrophes removed, "&" read as "and", every other run
 * of non-alphanumerics one hyphen. "Mohammed Shia’ al-Sudani" → "mohammed-shia-al-sudani". Empty for text with
 * no Latin letters or digits; callers decide the fallback.
 */
export function asciiSlug(text: string): string {
  // (Most names are plain ASCII: nothing to decompose, no marks, no special letters. Detection slugs every name it
  // discovers, and decomposition is the slow part.)
  const folded = NON_ASCII.test(text)
    ? text
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/[ßæœøđðłþı]/g, (ch) => SPECIAL_LETTERS[ch] ?? ch)
    : text.toLowerCase();
  // (Read once by hand rather than by a chain of four replaces: detection slugs every name it discovers.)
  let slug = '';
  /** Whether other characters came since the last letter or digit: one hyphen, unless at either end. */
  let gap = false;
  for (let i = 0; i < folded.length;) {
    const code = folded.charCodeAt(i);
    if (isAlphanumeric(code)) {
      // (A run of letters and digits copied at once: apostrophes inside it, which a slug drops, end the run.)
      let end = i + 1;
      while (end < folded.length && isAlphanumeric(folded.charCodeAt(end))) end++;
      if (gap && slug !== '') slug += '-';
      slug += folded.slice(i, end);
      gap = false;
      i = end;
      continue;
    }
    if (code === 0x26) {
      // "&" is " and ".
      slug += slug === '' ? 'and' : '-and';
      gap = true;
    } else if (!APOSTROPHES.has(code)) gap = true;
    i++;
  }
  return slug;
}

/** Apostrophes, which a slug drops ("Shia’" → "shia"). */
const APOSTROPHES: ReadonlySet<number> = new Set([0x27, 0x2018, 0x2019, 0x02bc, 0x60]);

function isAlphanumeric(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
}
