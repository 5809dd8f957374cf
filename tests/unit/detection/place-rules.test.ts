import { describe, expect, it } from 'vitest';
import { afterGivenName, beforeFurtherName, readCountry } from '../../../src/lib/entities/detection/place-rules.ts';

const plain = { shouted: false, titleCase: false };
const oneWord = { oneWord: true, acronym: false, demonym: false };

/** How the country name `name`, the first occurrence in `text`, reads. */
function read(text: string, name: string, style = plain, startsName = (_: string) => false) {
  const start = text.indexOf(name);
  return readCountry(text, start, start + name.length, { ...oneWord, oneWord: !name.includes(' ') }, style, startsName);
}

describe('place rules', () => {
  it('a country before a place word is a place', () => {
    expect(read('a building on Palestine Street', 'Palestine')).toBe('not-country');
    expect(read('the Jordan River flooded', 'Jordan')).toBe('not-country');
    expect(read('Jordan closed the border', 'Jordan')).toBe('country');
  });

  it('a country followed by a US state is a town; New Mexico is not Mexico', () => {
    expect(read('a plant in Lebanon, Pennsylvania, closed', 'Lebanon')).toBe('not-country');
    expect(read('tested in New Mexico', 'Mexico')).toBe('not-country');
  });

  it('Latin America is not the United States', () => {
    expect(read('across Latin America', 'America')).toBe('not-country');
  });

  it('Georgia after a Georgia city, before "governor" or ", U.S." is the US state', () => {
    expect(read('the plant in Atlanta, Georgia, will close', 'Georgia')).toBe('us-state-of-georgia');
    expect(read('Georgia governor Brian Kemp', 'Georgia')).toBe('us-state-of-georgia');
    expect(read('Georgia and Armenia signed', 'Georgia')).toBe('country');
  });

  it('Niger with a lower-case "state" that ends the name, or "the state of Niger" beside Nigeria, is the Nigerian state', () => {
    expect(read('Gunmen stopped a bus in Niger state late on Friday.', 'Niger')).toBe('not-country');
    expect(read("A spokesman for Niger state's government denied it.", 'Niger')).toBe('not-country');
    expect(read('Police were sent to the state of Niger, the Nigerian government said.', 'Niger')).toBe('not-country');
    // The country's own state bodies, and the state of Niger where Nigeria is not named, are the country.
    expect(read('Niger state television showed the new ministers.', 'Niger')).toBe('country');
    expect(read('Troops left the state of Niger after the coup.', 'Niger')).toBe('country');
    expect(read('Niger and Mali closed the border.', 'Niger')).toBe('country');
  });
});

describe('first-name rules', () => {
  it('a one-word country before a capitalised word is a first name', () => {
    expect(read('Chad Thompson was injured', 'Chad')).toBe('not-country');
    expect(read('Chad Army units moved', 'Chad')).toBe('country');
  });

  it('but not in a headline, nor before a word that starts another registered name', () => {
    expect(read('Chad Thompson Was Injured In Attack', 'Chad', { shouted: false, titleCase: true })).toBe('country');
    expect(read('Iraq Kurdistan talks', 'Iraq', plain, (w) => w === 'kurdistan')).toBe('country');
  });

  it('a surname after another given name is a relative, not the person', () => {
    const text = 'Abdel Rahim Dagalo spoke. Then Dagalo left. Gen. Dagalo returned.';
    expect(afterGivenName(text, text.indexOf('Dagalo'))).toBe(true);
    expect(afterGivenName(text, text.indexOf('Dagalo left'))).toBe(false);
    expect(afterGivenName(text, text.indexOf('Dagalo returned'))).toBe(false);
  });

  it('at a sentence start, only a full name set apart by a comma is another person', () => {
    const text = 'Iris Marin, the ombudsperson, spoke. Later Marin, the premier, left. Iris Marin said so.';
    expect(afterGivenName(text, text.indexOf('Marin,'))).toBe(true);
    expect(afterGivenName(text, text.indexOf('Marin, the premier'))).toBe(false);
    expect(afterGivenName(text, text.indexOf('Marin said'))).toBe(false);
  });
});

describe('a longer personal name', () => {
  const after = (text: string, name: string) => beforeFurtherName(text, text.indexOf(name) + name.length);
  it('goes on with another name word', () => {
    expect(after('Joaquín Guzmán López pleaded guilty.', 'Joaquín Guzmán')).toBe(true);
  });
  it('goes on with a middle initial and a name word', () => {
    expect(after('Colonel Tavio R. Velmar said so.', 'Tavio')).toBe(true);
    expect(after('Colonel Tavio R Velmar said so.', 'Tavio')).toBe(true);
    // (A capital after an initial with no name word is no further name: "Tavio B. said".)
    expect(after('Colonel Tavio B. said so.', 'Tavio')).toBe(false);
  });
  it('is not made by a title, an organisation word, a sentence word or a new sentence', () => {
    expect(after('Joaquín Guzmán Monday denied it.', 'Joaquín Guzmán')).toBe(false);
    expect(after('The Joe Biden Administration said so.', 'Joe Biden')).toBe(false);
    expect(after('Joaquín Guzmán. López said so.', 'Joaquín Guzmán')).toBe(false);
    expect(after('Joaquín Guzmán said so.', 'Joaquín Guzmán')).toBe(false);
  });
  it('goes on with "Sheikh" as a family name, with no name after it, but not with "Sheikh" as a title', () => {
    expect(after('Tomas Sheikh, chief of the group, was killed.', 'Tomas')).toBe(true);
    expect(after('Tomas Sheikh said so.', 'Tomas')).toBe(true);
    expect(after('Tomas Sheikh Lena Okafor said so.', 'Tomas')).toBe(false);
  });
  it('is not made by the adjective of a language community', () => {
    expect(after('officers loyal to the Roth Francophone regime', 'Roth')).toBe(false);
    expect(after('officers loyal to the Roth Francois regime', 'Roth')).toBe(true);
  });
});
