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
  return folded
    .replace(/['\u2018\u2019\u02BC`]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
