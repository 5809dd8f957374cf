import { describe, expect, it } from 'vitest';
import { CUES, findCues } from '../../../src/lib/entities/detection/cues.ts';
import { FieldText } from '../../../src/lib/entities/detection/field.ts';

/** The cues `text` contains, as a search of each would find them. */
const searched = (text: string) => CUES.filter((cue) => text.includes(cue));
const found = (text: string) => {
  const flags = findCues(text);
  return CUES.filter((_, i) => flags[i] === 1);
};

describe('findCues', () => {
  it('finds every cue a search of each finds, and no other', () => {
    const texts = [
      '',
      'The rebels were under the command of Tomas Roth, who was known as Falcon.',
      'Two leaders, the brothers Ada and Ben Lorem, were replaced; another was named as chief.',
      'A kingpin aka "Lynx", a.k.a @lynx, led by no one, and another called Ipsum.',
      'under the leadership ofunder the command of',
      'kknown as known ',
      'Fighters led by \u201CEl Sample\u201D and by \u2018Dolor\u2019 and by "Amir Sit".',
      'ddersders isisters siblingsiblings succeedsucceed',
    ];
    for (const text of texts) expect(found(text)).toEqual(searched(text));
  });
  it('finds cues that overlap or contain one another', () => {
    expect(found('under the command of')).toEqual(['under the ', 'under the command of']);
    expect(found('known as ')).toEqual(['known as ', 'known ']);
  });
});

describe('FieldText.has', () => {
  it('reads the normalised text', () => {
    // (The non-breaking space is a space once normalised.)
    const f = new FieldText('Fighters led\u00A0by Tomas Roth', 'body', 0, 0);
    expect(f.has('led by ')).toBe(true);
    expect(f.has('commanded by ')).toBe(false);
  });
});
