import { describe, expect, it } from 'vitest';
import { AliasTrie, aliasKey, tokenise } from '../../../src/lib/entities/detection/trie.ts';
import { countries, militias, world } from '../../fixtures/entities/registry.ts';

const trie = AliasTrie.fromRegistry([...countries, ...militias]);

/** Every candidate of a walk from offset `i`, as [matched text, entity ids]. */
function candidates(text: string, i = 0): [string, string[]][] {
  const walk = trie.walk(text, i);
  const out: [string, string[]][] = [];
  for (let c = 0; c < walk.count; c++) {
    const k = walk.tokens(c);
    out.push([text.slice(walk.tokenStart(0), walk.tokenEnd(k - 1)), walk.entries(c).map((e) => e.entityId)]);
  }
  return out;
}

describe('tokenise and aliasKey', () => {
  it('split an alias into words and the gaps between them, folded for the key', () => {
    expect(tokenise('Kata’ib Hizbullah')).toMatchObject({ tokens: ['Kata', 'ib', 'Hizbullah'], gaps: ['’', ' '] });
    expect(tokenise('U.S.')).toMatchObject({ tokens: ['U', 'S'], gaps: ['.'], trail: '.' });
    expect(aliasKey(['Türkiye'])).toBe('turkiye');
  });
});

describe('AliasTrie', () => {
  it('counts alias forms, demonym plurals included', () => {
    const small = AliasTrie.fromRegistry(countries.slice(0, 1)); // Iraq, Republic of Iraq, Iraqi, Iraqis
    expect(small.aliasCount).toBe(4);
  });

  it('offers every alias that starts at a word, shortest first', () => {
    expect(candidates('Kataib Hezbollah fired')).toEqual([['Kataib Hezbollah', ['kataib-hezbollah']]]);
    expect(candidates('Islamic Resistance in Iraq said')).toEqual([
      ['Islamic Resistance in Iraq', ['islamic-resistance-in-iraq']],
    ]);
    expect(candidates('Islamic State fighters')).toEqual([['Islamic State', ['islamic-state']]]);
  });

  it('walks a word in lower case only through the entries the case rules let start in lower case', () => {
    expect(candidates('Iraq said')).toEqual([['Iraq', ['iraq']]]);
    expect(candidates('iraq said')).toEqual([]);
    // "al" is a particle: the name may start in lower case.
    const particles = AliasTrie.fromRegistry(world.filter((e) => e.id === 'al-shabaab'));
    const walk = particles.walk('al-Shabaab fighters', 0);
    expect(walk.count).toBe(1);
    expect(walk.entries(0).map((e) => e.entityId)).toEqual(['al-shabaab']);
  });

  it('crosses spaces, hyphens and apostrophes between words, but not commas', () => {
    expect(candidates('Harakat Al Nujaba')[0]?.[1]).toEqual(['harakat-al-nujaba']);
    expect(candidates('Harakat al-Nujaba')[0]?.[1]).toEqual(['harakat-al-nujaba']);
    expect(candidates('Kataib, Hezbollah')).toEqual([]);
  });

  it('crosses an opening bracket, after a space or not: "NSCN (K)", "NSCN(K)"', () => {
    const bracketed = AliasTrie.fromRegistry([{ ...militias[0]!, id: 'nscn-k', name: 'NSCN-K', aliases: ['NSCN(K)'] }]);
    for (const text of ['NSCN (K) cadres', 'NSCN(K) cadres', 'NSCN-K cadres']) {
      const walk = bracketed.walk(text, 0);
      expect(walk.count, text).toBe(1);
      expect(walk.entries(0)[0]?.entityId).toBe('nscn-k');
    }
  });

  it('stops at word edges', () => {
    expect(candidates('Iranistan')).toEqual([]);
    expect(candidates('Iraqi forces')).toEqual([['Iraqi', ['iraq']]]);
  });

  it('keeps entries of a name several entities share together', () => {
    const shared = AliasTrie.fromRegistry([
      { ...militias[0]!, id: 'a', name: 'National Liberation Army', aliases: [] },
      { ...militias[0]!, id: 'b', name: 'National Liberation Army', aliases: [] },
    ]);
    const walk = shared.walk('National Liberation Army', 0);
    expect(walk.entries(walk.count - 1).map((e) => e.entityId)).toEqual(['a', 'b']);
  });

  it('says which folded words start a name', () => {
    const small = new AliasTrie();
    small.insert('Islamic Resistance in Iraq', { id: 'islamic-resistance-in-iraq', kind: 'militia' }, 'name', 0);
    expect(small.startsName('islamic')).toBe(true);
    expect(small.startsName('islam')).toBe(false);
    expect(small.startsName('resistance')).toBe(false);
  });

  it('finds aliases inserted after a walk', () => {
    const growing = new AliasTrie();
    growing.insert('Iraq', { id: 'iraq', kind: 'country' }, 'name', 0);
    expect(growing.walk('Iran said', 0).count).toBe(0);
    growing.insert('Iran', { id: 'iran', kind: 'country' }, 'name', 1);
    const walk = growing.walk('Iran said', 0);
    expect(walk.count).toBe(1);
    expect(walk.entries(0)[0]?.entityId).toBe('iran');
    expect(growing.aliasCount).toBe(2);
  });
});
