import { describe, expect, it } from 'vitest';
import { caseMatches } from '../../../src/lib/entities/detection/case-rules.ts';
import { FieldText } from '../../../src/lib/entities/detection/field.ts';
import { AliasTrie } from '../../../src/lib/entities/detection/trie.ts';

const trie = new AliasTrie();
for (const [alias, id] of [
  ['US', 'united-states'],
  ['U.S.', 'united-states'],
  ['ISIS', 'islamic-state'],
  ['IS', 'islamic-state'],
  ['Turkey', 'turkey'],
  ['LeT', 'lashkar-e-taiba'],
  ['Haqqani Network', 'haqqani-network'],
  ['Harakat al-Nujaba', 'harakat-al-nujaba'],
] as const) {
  trie.insert(alias, { id, kind: 'militia' }, 'alias', 0);
}

/** Whether the text, read from its start, matches some alias as written. */
function matches(text: string): boolean {
  const f = new FieldText(text, 'body', 0, 0);
  const walk = trie.walk(f.text, 0);
  for (let c = 0; c < walk.count; c++) {
    if (walk.entries(c).some((e) => caseMatches(e, f, walk, walk.tokens(c)))) return true;
  }
  return false;
}

describe('case rules', () => {
  it('match acronyms only as written, dots included', () => {
    expect(matches('US troops')).toBe(true);
    expect(matches('U.S. troops')).toBe(true);
    expect(matches('us troops')).toBe(false);
    expect(matches('Us troops')).toBe(false);
    expect(matches('U S troops')).toBe(false);
  });

  it('accept a one-word acronym of four or more letters in title case', () => {
    expect(matches('Isis fighters')).toBe(true);
    expect(matches('isis fighters')).toBe(false);
    expect(matches('Is it true')).toBe(false);
  });

  it('ignore acronyms that are English words in an all-caps field', () => {
    expect(matches('IS CLAIMED THE ATTACK')).toBe(false);
    expect(matches('IS claimed the attack')).toBe(true);
  });

  it('need capitals where the registry has them, except particles and a generic last word', () => {
    expect(matches('Turkey said')).toBe(true);
    expect(matches('TURKEY SAID')).toBe(true);
    expect(matches('turkey for dinner')).toBe(false);
    expect(matches('Harakat Al-Nujaba')).toBe(true);
    expect(matches('the Haqqani network')).toBe(false); // the text starts with "the": walk from "Haqqani" below
    const f = new FieldText('the Haqqani network', 'body', 0, 0);
    const walk = trie.walk(f.text, 4);
    expect(walk.entries(walk.count - 1).some((e) => caseMatches(e, f, walk, walk.tokens(walk.count - 1)))).toBe(true);
  });

  it('compare words with inner capitals exactly', () => {
    expect(matches('LeT militants')).toBe(true);
    expect(matches('Let militants')).toBe(false);
  });
});
