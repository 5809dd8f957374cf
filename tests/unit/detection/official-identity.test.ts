import { describe, expect, it } from 'vitest';
import { RegisteredOfficialSpellings } from '../../../src/lib/entities/detection/official-identity.ts';
import type { Mention } from '../../../src/lib/entities/detection/context.ts';
import type { UnregisteredOfficial } from '../../../src/lib/entities/detection/official-discovery.ts';
import { fullRegistry } from '../../fixtures/entities/registry.ts';

const spellings = new RegisteredOfficialSpellings(new Map(fullRegistry.map((e) => [e.id, e])));

/** Where `text` stands at `start` of body block 0, in `sentence`. */
function located(start: number, text: string, sentence: string) {
  return { field: 'body' as const, block: 0, start, end: start + text.length, text, sentence };
}

/** A discovered official at `start` of body block 0, in `sentence`. */
function found(name: string, start: number, sentence: string, office = ''): UnregisteredOfficial {
  const slug = name.toLowerCase().replace(/[^a-z]+/g, '-');
  return { ...located(start, name, sentence), name, slug, office, introduction: true };
}

/** A registered official's mention at `start` of body block 0. */
function mention(entityId: string, start: number, text: string, sentence = ''): Mention {
  return { ...located(start, text, sentence), entityId, kind: 'official', via: 'alias' };
}

describe('RegisteredOfficialSpellings', () => {
  it('takes another transliteration of a registered name for the registered official', () => {
    const { mentions, unregistered } = spellings.resolve(
      [],
      [found('Volodymyr Zelenskiy', 0, 'Volodymyr Zelenskiy spoke.', 'President')],
      [],
    );
    expect(mentions.map((m) => m.entityId)).toEqual(['volodymyr-zelenskyy']);
    expect(unregistered).toEqual([]);
  });

  it('takes a misprint by one letter only beside a mention of the registered name', () => {
    const misprint = found('Yevgeny Progozhin', 40, 'Yevgeny Progozhin spoke.', 'founder');
    expect(spellings.resolve([], [misprint], []).unregistered).toHaveLength(1);
    const beside = spellings.resolve([mention('yevgeny-prigozhin', 0, 'Yevgeny Prigozhin')], [misprint], []);
    expect(beside.mentions.map((m) => m.entityId)).toEqual(['yevgeny-prigozhin', 'yevgeny-prigozhin']);
    expect(beside.unregistered).toEqual([]);
  });

  it('takes a name with one more word for the registered official only with one of their offices', () => {
    const withOffice = found(
      'Asaduzzaman Khan Kamal',
      14,
      'Home Minister Asaduzzaman Khan Kamal said.',
      'Home Minister',
    );
    expect(spellings.resolve([], [withOffice], []).mentions.map((m) => m.entityId)).toEqual(['asaduzzaman-khan']);
    const otherOffice = found('Asaduzzaman Khan Rony', 9, 'Lawmaker Asaduzzaman Khan Rony said.', 'Lawmaker');
    expect(spellings.resolve([], [otherOffice], []).unregistered.map((u) => u.name)).toEqual(['Asaduzzaman Khan Rony']);
  });

  it('takes a name with a middle word left out, or with initials, for the registered official with their office', () => {
    const initials = found('KD Sharma Adhi', 15, 'Prime Minister KD Sharma Adhi said.', 'Prime Minister');
    const shorter = found('Kelam Dorje Adhi', 15, 'Prime Minister Kelam Dorje Adhi said.', 'Prime Minister');
    for (const u of [initials, shorter])
      expect(spellings.resolve([], [u], []).mentions.map((m) => m.entityId)).toEqual(['kelam-dorje-sharma-adhi']);
    // With another office the shorter name may be a relative's.
    const otherOffice = found('Kelam Dorje Adhi', 9, 'Lawmaker Kelam Dorje Adhi said.', 'Lawmaker');
    expect(spellings.resolve([], [otherOffice], []).unregistered.map((u) => u.name)).toEqual(['Kelam Dorje Adhi']);
  });

  it("takes a nickname given with 'alias' right after a registered name for that official", () => {
    const sentence = 'Police said José Adolfo Macías Villamar, alias Fito, had left the prison.';
    const registered = mention('jose-adolfo-macias', sentence.indexOf('José'), 'José Adolfo Macías Villamar', sentence);
    const nickname = found('Fito', sentence.indexOf('Fito'), sentence, 'leader');
    const { mentions, unregistered } = spellings.resolve([registered], [nickname], []);
    expect(mentions.map((m) => [m.entityId, m.text])).toEqual([
      ['jose-adolfo-macias', 'José Adolfo Macías Villamar'],
      ['jose-adolfo-macias', 'Fito'],
    ]);
    expect(unregistered).toEqual([]);
  });

  it('keeps a one-word name that is no registered surname the article used as a new official', () => {
    const { unregistered } = spellings.resolve(
      [mention('leon-charles', 0, 'Leon Charles')],
      [found('Tomas', 30, 'Tomas will replace him.', 'chief')],
      [],
    );
    expect(unregistered.map((u) => u.name)).toEqual(['Tomas']);
  });
});
