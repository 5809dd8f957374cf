import { describe, expect, it } from 'vitest';
import { FieldText } from '../../../src/lib/entities/detection/field.ts';
import { officeContextAfter, officeContextBefore } from '../../../src/lib/entities/detection/official-context.ts';
import { splitWords, type RawWord } from '../../../src/lib/entities/detection/official-words.ts';

/** The field, its words, and the index of the word `name` starts with. */
function read(text: string, name: string): { f: FieldText; words: RawWord[]; idx: number } {
  const f = new FieldText(text, 'body', 0, 0);
  const words: RawWord[] = [];
  splitWords(f.text, 0, f.text.length, words);
  return { f, words, idx: words.findIndex((w) => w.core === name) };
}

/** The office the general cue reads before the name `name` (its first word) in `text`. */
const before = (text: string, name: string) => {
  const { f, words, idx } = read(text, name);
  return officeContextBefore(f, words, idx, true);
};
/** The office the general cue reads after a name of `length` words that starts with `name`. */
const after = (text: string, name: string, length = 2) => {
  const { f, words, idx } = read(text, name);
  return officeContextAfter(f, words, idx + length);
};

describe('an office noun phrase before the name (official-context)', () => {
  it('reads a phrase closed by a comma, with a tail of places and units however long', () => {
    expect(before('The district commissioner of Kismayo, Tomas Roth is here.', 'Tomas')).toBe(
      'The district commissioner of Kismayo',
    );
    expect(before('Commanding Officer of 12 Brigade of the army in Gusau, Tomas Roth said so.', 'Tomas')).toBe(
      'Commanding Officer of 12 Brigade of the army in Gusau',
    );
    expect(before('The officer in charge of the Gwoza police station, Tomas Roth, said so.', 'Tomas')).toBe(
      'The officer in charge of the Gwoza police station',
    );
    expect(before('A lawmaker representing Gwoza, Tomas Roth, said so.', 'Tomas')).toBe(
      'A lawmaker representing Gwoza',
    );
  });
  it('reads a title or a lower-case unit right before the name', () => {
    expect(before('Sub-divisional police officer Tomas Roth said so.', 'Tomas')).toBe('Sub-divisional police officer');
    expect(before('A drone killed Rebel deputy leader Tomas Roth.', 'Tomas')).toBe('Rebel deputy leader');
    expect(before('the administrator of the West Shoa zone Tomas Roth said', 'Tomas')).toBe(
      'the administrator of the West Shoa zone',
    );
    expect(before('Northern range inspector general of police Tomas Roth said', 'Tomas')).toBe(
      'Northern range inspector general of police',
    );
  });
  it('needs the head to be an office, and a tail that only says where or of what', () => {
    expect(before('The minister arrived in New York, Tomas Roth said.', 'Tomas')).toBe('');
    expect(before("The minister's son, Tomas Roth, was held.", 'Tomas')).toBe('');
    expect(before('A witness, Tomas Roth, said so.', 'Tomas')).toBe('');
    expect(before('Gunmen shot a police officer, Tomas Roth, at the market.', 'Tomas')).toBe('');
    expect(
      before('A spokesperson for the International Committee of the Red Cross, Tomas Roth, said so.', 'Tomas'),
    ).toBe('');
  });
});

describe('an office noun phrase after the name (official-context)', () => {
  it('reads an apposition and a copula', () => {
    expect(after('Tomas Roth, the MP for Swat, said so.', 'Tomas')).toBe('the MP for Swat');
    expect(after('Tomas Roth, commanding officer of the 21 Armoured Brigade, said so.', 'Tomas')).toBe(
      'commanding officer of the 21 Armoured Brigade',
    );
    expect(after('Tomas Roth is the district commissioner of Hiraan and has lived there.', 'Tomas')).toBe(
      'the district commissioner of Hiraan',
    );
    expect(after('Tomas Roth, who was the Sultan of Damagaram, died.', 'Tomas')).toBe('the Sultan of Damagaram');
    expect(after('Tomas Roth was the head of the cell in the east.', 'Tomas')).toBe('the head of the cell');
    expect(after('Tomas Roth, who was also a Lashkar commander, died.', 'Tomas')).toBe('a Lashkar commander');
  });
  it('needs the head before any other noun, and a copula with a determiner', () => {
    expect(after('Tomas Roth, a trader whose son was abducted by the commander, said so.', 'Tomas')).toBe('');
    expect(after('Tomas Roth, a researcher at the district council, said so.', 'Tomas')).toBe('');
    expect(after('Tomas Roth is governor-like in manner.', 'Tomas')).toBe('');
    expect(after('Tomas Roth was the son of the governor.', 'Tomas')).toBe('');
    expect(after('Tomas Roth was the head of the family.', 'Tomas')).toBe('');
    expect(after('Tomas Roth, a spokesman for the opposition party, said so.', 'Tomas')).toBe('');
  });
});
