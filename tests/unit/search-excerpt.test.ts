import { describe, expect, it } from 'vitest';
import { excerptParts, markTerms } from '../../public/search-excerpt.js';

/** A Pagefind fragment as an article page gives it: title, #article-text, then #article-tags with one entity. */
function fragment(sections: string[][], hits: (word: string) => boolean) {
  const [title = [], body = [], tags = []] = sections;
  const words = [...title, ...body, ...tags];
  const content = words.join(' ');
  const textAt = title.length;
  const tagsAt = title.length + body.length;
  return {
    content,
    locations: words.flatMap((word, i) => (hits(word) ? [i] : [])),
    anchors: [
      { id: 'article-text', location: textAt },
      { id: 'article-tags', location: tagsAt },
      { id: 'Entity-hezbollah', location: tagsAt, text: 'Hezbollah' },
    ],
    meta: { 'sentence-hezbollah': 'Lebanon’s Hezbollah stepped up its synthetic attacks.' },
  };
}

const text = (parts: { text: string }[]) => parts.map((p) => p.text).join('');
const marked = (parts: { text: string; mark: boolean }[]) => parts.filter((p) => p.mark).map((p) => p.text);

const WORDS = [
  'A synthetic headline'.split(' '),
  'Filler opening words of the article. Later Hezbollah is named in the text.'.split(' '),
  'Hizbollah, Hizballah, Hezballah, Hezbollah'.split(' '),
];

describe('excerptParts', () => {
  it('takes the excerpt from the article text when the match is there, marking it', () => {
    const parts = excerptParts(
      fragment(WORDS, (w) => w.startsWith('Hezbollah')),
      'Hezbollah',
    );
    expect(text(parts)).toContain('Later Hezbollah is named in the text.');
    expect(text(parts)).not.toContain('Hizballah');
    expect(marked(parts)).toEqual(['Hezbollah']);
  });

  it('shows the entity’s sentence when only another spelling in the entity list matched', () => {
    const parts = excerptParts(
      fragment(WORDS, (w) => w.startsWith('Hizbollah')),
      'Hizbollah',
    );
    expect(text(parts)).toBe('Lebanon’s Hezbollah stepped up its synthetic attacks.');
    expect(marked(parts)).toEqual(['Hezbollah']);
  });

  it('shows the article’s opening when only the title matched', () => {
    const parts = excerptParts(
      fragment(WORDS, (w) => w === 'headline'),
      'headline',
    );
    expect(text(parts)).toMatch(/^Filler opening words/);
    expect(marked(parts)).toEqual([]);
  });
});

describe('markTerms', () => {
  it('marks words starting with a query word, ignoring case and leading punctuation', () => {
    const parts = markTerms('The “Nujaba” group and nujaba fighters.', 'nujaba');
    expect(marked(parts)).toEqual(['“Nujaba”', 'nujaba']);
    expect(text(parts)).toBe('The “Nujaba” group and nujaba fighters.');
  });
});
