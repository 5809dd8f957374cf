import { describe, expect, it } from 'vitest';
import { FieldText, SpanSet } from '../../../src/lib/entities/detection/field.ts';
import {
  discoverOfficials,
  findIntroducedPersons,
  type IntroducedPerson,
  type UnregisteredOfficial,
} from '../../../src/lib/entities/detection/official-discovery.ts';

/** Officials discovered in one block of text, as [slug, office, introduction]. */
function discover(...blocks: string[]): [string, string, boolean][] {
  const persons: IntroducedPerson[] = [];
  const out: UnregisteredOfficial[] = [];
  blocks.forEach((text, order) => {
    const f = new FieldText(text, 'body', order, order);
    const spans = new SpanSet();
    discoverOfficials(f, spans, persons, out);
    findIntroducedPersons(f, spans, persons, out);
  });
  return out.map((o) => [o.slug, o.office, o.introduction]);
}

describe('official discovery', () => {
  it('finds "<Title> <Name>" with the title as the office', () => {
    expect(discover('Maj. Gen. Dana Whitcombe spoke.')).toEqual([['dana-whitcombe', 'Maj. Gen.', true]]);
  });

  it('finds "<Name>, <office phrase>"', () => {
    expect(discover('Lena Okafor, the agency spokeswoman, said talks continue.')).toEqual([
      ['lena-okafor', 'the agency spokeswoman', true],
    ]);
  });

  it('finds "<office phrase>, <Name>,"', () => {
    expect(discover("Norway's foreign minister, Espen Barth Eide, said so.")).toEqual([
      ['espen-barth-eide', "Norway's foreign minister", true],
    ]);
  });

  it('finds "<lower-case office noun> <Name>"', () => {
    expect(discover('Army spokesman Tomas Lindqvist said so.')).toEqual([['tomas-lindqvist', 'Army spokesman', true]]);
  });

  it('counts later mentions by surname, in later blocks too', () => {
    expect(discover('Army spokesman Tomas Lindqvist said so.', 'Lindqvist added more.')).toEqual([
      ['tomas-lindqvist', 'Army spokesman', true],
      ['tomas-lindqvist', 'Army spokesman', false],
    ]);
  });

  it('never takes organisation words, or people without an office', () => {
    expect(discover('Human Rights Watch, a monitoring group, said so.')).toEqual([]);
    expect(discover('Maria Lopez, who runs the desk, said so.')).toEqual([]);
  });

  it('takes "Sheikh" alone for a religious or tribal honorific, no office', () => {
    expect(discover('Her uncle Sheikh Tarvo Sheikh Umbelo Dask was among those killed in the village.')).toEqual([]);
    expect(discover('A missile hit the house of Sheikh Varun al-Tebbi on Thursday evening.')).toEqual([]);
    // An office beside the honorific still makes the person an official.
    expect(discover('Group spokesman Sheikh Orvan Delmo said the fighters withdrew.')).toEqual([
      ['orvan-delmo', 'Group spokesman', true],
    ]);
  });

  it('skips names a registered mention already covers', () => {
    const f = new FieldText('President Joe Biden spoke.', 'body', 0, 0);
    const spans = new SpanSet();
    spans.push({ start: 10, end: 19 });
    const out: UnregisteredOfficial[] = [];
    discoverOfficials(f, spans, [], out);
    expect(out).toEqual([]);
  });
});
