/** Languages written right to left, by their primary subtag. */
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);
/** Scripts written right to left, by their ISO 15924 subtag in lower case (`ku-Arab`, `pa-Arab`). */
const RTL_SCRIPTS = new Set(['adlm', 'arab', 'hebr', 'nkoo', 'rohg', 'syrc', 'thaa']);

/** `rtl` for a language tag written right to left (`ar`, `fa-IR`, `ku-Arab`), else `ltr`. */
export function textDirection(lang: string | undefined): 'ltr' | 'rtl' {
  if (!lang) return 'ltr';
  const [language, ...subtags] = lang.toLowerCase().split('-');
  const script = subtags.find((subtag) => subtag.length === 4);
  if (script) return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has(language!) ? 'rtl' : 'ltr';
}
