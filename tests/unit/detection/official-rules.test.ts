import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/lib/entities/text.ts';
import { FieldText, SpanSet } from '../../../src/lib/entities/detection/field.ts';
import { officeInApposition, officeInClauseAfter } from '../../../src/lib/entities/detection/official-clauses.ts';
import {
  findNamesAfterAmir,
  findNamesAfterGroupOffice,
  leaderCueBefore,
} from '../../../src/lib/entities/detection/official-group-roles.ts';
import {
  appointedAs,
  findIdentifiedThem,
  officeBeforeCopulaOrList,
} from '../../../src/lib/entities/detection/official-lists.ts';
import {
  findNamesAfterBareRank,
  jurisdictionWordsAfterRank,
  titleWithInitialsBefore,
} from '../../../src/lib/entities/detection/official-ranks.ts';
import { knownAsBefore, officeBefore } from '../../../src/lib/entities/detection/official-titles.ts';
import { spellingKey, withinOneEdit } from '../../../src/lib/entities/detection/names.ts';
import { splitWords, type AddName, type RawWord } from '../../../src/lib/entities/detection/official-words.ts';

/** The field, its words, and the index of the word `name` starts with. */
function read(text: string, name: string): { f: FieldText; words: RawWord[]; idx: number } {
  const f = new FieldText(text, 'body', 0, 0);
  const words: RawWord[] = [];
  splitWords(f.text, 0, f.text.length, words);
  return { f, words, idx: words.findIndex((w) => w.core === name) };
}

/** The names a single-name rule hands on, as [name, office]. */
function collect(run: (add: AddName) => void): [string, string][] {
  const found: [string, string][] = [];
  run((name, _start, office) => found.push([name, office]));
  return found;
}

describe('the words of a sentence', () => {
  it('keep punctuation and possessives apart from the word', () => {
    const { words } = read('Hamas\'s spokesman, "Tomas" Roth.', 'Roth');
    expect(words.map((w) => [w.lead, w.core, w.trail, w.possessive])).toEqual([
      ['', 'Hamas', '', true],
      ['', 'spokesman', ',', false],
      ['"', 'Tomas', '"', false],
      ['', 'Roth', '.', false],
    ]);
  });
});

describe('offices after a name (official-clauses)', () => {
  it('reads an apposition that names an office, not one that describes', () => {
    const office = (text: string) => {
      const from = text.indexOf(',') + 1;
      return officeInApposition(new FieldText(text, 'body', 0, 0), from, text.length).office;
    };
    expect(office('Lena Okafor, the agency spokeswoman, said so.')).toBe('the agency spokeswoman');
    expect(office('Lena Okafor, who runs the desk, said so.')).toBe('');
  });
  it('reads "who heads" and "is suspected of leading" clauses', () => {
    const text =
      'Tomas Roth, who heads the river cell, fled. Dana Whitcombe, who is suspected of leading the raid, hid.';
    expect(officeInClauseAfter(text, 'Tomas Roth'.length, text.indexOf('.'))).toBe('heads the river cell');
    const end = text.indexOf('Dana Whitcombe') + 'Dana Whitcombe'.length;
    expect(officeInClauseAfter(text, end, text.length)).toBe('leader');
  });
});

describe('offices before a name (official-titles)', () => {
  it('reads "<office phrase>, <Name>" only when the clause ends in an office noun', () => {
    const a = read("Norway's foreign minister, Tomas Roth, said so.", 'Tomas');
    expect(officeBefore(a.f, a.words, a.idx)).toBe("Norway's foreign minister");
    const b = read('The minister arrived in New York, Tomas Roth said.', 'Tomas');
    expect(officeBefore(b.f, b.words, b.idx)).toBe('');
  });
  it('reads "known as"', () => {
    const b = read('a commander known as Red Heron died', 'Red');
    expect(knownAsBefore(b.f, b.words, b.idx)).toBe('commander');
  });
});

describe('police and military ranks (official-ranks)', () => {
  it('reads police offices with their initials', () => {
    const b = read('Station House Officer (SHO) Tomas Roth said', 'Tomas');
    expect(titleWithInitialsBefore(b.f, b.words, b.idx)).toMatch(/^Officer \(SHO/);
    const c = read('her cousin (SHO) Tomas Roth said', 'Tomas');
    expect(titleWithInitialsBefore(c.f, c.words, c.idx)).toBe('');
  });
  it('knows a jurisdiction after a rank in capitals, of one place or two joined by "and"', () => {
    const after = (rank: string, text: string) => {
      const words: RawWord[] = [];
      splitWords(text, 0, text.length, words);
      return jurisdictionWordsAfterRank(rank, words, () => new Set());
    };
    expect(after('DGP', 'Punjab Tomas Roth')).toBe(1);
    expect(after('DGP', 'Jammu and Kashmir S P Roth')).toBe(3);
    expect(after('DGP', 'Tomas Roth')).toBe(0);
    expect(after('Governor', 'Punjab Tomas Roth')).toBe(0);
  });
  it('takes one name after a bare rank only in a sentence about armed forces', () => {
    const find = (n: string) => collect((add) => findNamesAfterBareRank(n, splitSentences(n), add));
    expect(find('The army said Colonel Nzara, who led the troops, was safe.')).toEqual([['Nzara', 'Colonel']]);
    expect(find('The dinner was hosted by Colonel Nzara, a keen cook.')).toEqual([]);
  });
});

describe("armed groups' roles (official-group-roles)", () => {
  it('takes one name after a group office only when a group owns the office', () => {
    expect(
      collect((add) => findNamesAfterGroupOffice("The group's commander Zargul was killed.", new SpanSet(), add)),
    ).toEqual([['Zargul', 'commander']]);
    expect(
      collect((add) => findNamesAfterGroupOffice('The school commander Zargul spoke.', new SpanSet(), add)),
    ).toEqual([]);
  });
  it('reads "Amir" as a title only in a sentence about armed groups', () => {
    const find = (n: string) => collect((add) => findNamesAfterAmir(n, splitSentences(n), add));
    expect(find('Militants loyal to Amir Tomas Roth attacked the post.')).toEqual([['Tomas Roth', 'Amir']]);
    expect(find('The chef Amir Tomas Roth opened a shop.')).toEqual([]);
  });
  it('makes the one a band is named after its leader', () => {
    const a = read('fighters under the leadership of Tomas Roth', 'Tomas');
    expect(leaderCueBefore(a.words, a.idx, [a.words[a.idx - 1]!], '')).toBe('leader');
    const b = read('The survey was led by Tomas Roth, a researcher', 'Tomas');
    expect(leaderCueBefore(b.words, b.idx, [], 'a researcher')).toBe('');
  });
});

describe('appointments and lists (official-lists)', () => {
  it('reads an appointment', () => {
    const text = 'The rebels named Tomas Roth as their new commander.';
    const { words, idx } = read(text, 'Tomas');
    expect(appointedAs(text, words, idx, text.indexOf(' as'))).toBe('commander');
  });
  it('reads names listed after a plural office noun', () => {
    const { words, idx } = read('The dead included commanders Tomas Roth and Dana Whitcombe.', 'Dana');
    expect(officeBeforeCopulaOrList(words, idx)).toBe('commanders');
  });
  it('reads "identified them as" after a sentence about commanders', () => {
    const text = 'Two senior commanders died. Police identified them as Tomas Roth and Dana Whitcombe.';
    expect(collect((add) => findIdentifiedThem(text, splitSentences(text), '', add))).toEqual([
      ['Tomas Roth', 'commander'],
      ['Dana Whitcombe', 'commander'],
    ]);
  });
});

describe('the spelling key of a name', () => {
  it('is the same for the usual transliterations of one name', () => {
    expect(spellingKey('Volodymyr Zelenskiy')).toBe(spellingKey('Volodymyr Zelenskyy'));
    expect(spellingKey('Abdulhamid Dbeiba')).toBe(spellingKey('Abdul Hamid Dbeibah'));
    expect(spellingKey('Muammar al-Gaddafi')).toBe(spellingKey('Moammar Gaddafi'));
    expect(spellingKey('Khalifa Haftar')).toBe(spellingKey('Halifa Haftar'));
    // Marks dropped, words joined, doubled letters single across them too.
    expect(spellingKey('Hasan Nasrallāh')).toBe('hasanasrala');
  });
  it('keeps other vowels, and applies the rewrites in their order ("dkh": kh as h, then dh as d)', () => {
    expect(spellingKey('Mohamed')).not.toBe(spellingKey('Mahmoud'));
    expect(spellingKey('Adkhan')).toBe('adan');
    expect(spellingKey('Qeeyoo')).toBe('kiu');
    expect(spellingKey('Tayeb')).toBe('taieb');
    expect(spellingKey('')).toBe('');
  });
});

describe('a misprint of a name', () => {
  const misprint = (a: string, b: string) => withinOneEdit(spellingKey(a), spellingKey(b));
  it('is one letter changed, added, dropped or two swapped in a long name', () => {
    expect(misprint('Yevgeny Progozhin', 'Yevgeny Prigozhin')).toBe(true);
    expect(misprint('Dario Antonio Usuga', 'Dairo Antonio Usuga')).toBe(true);
    expect(misprint('Tomas Lindqvist', 'Tomas Lindqvists')).toBe(true);
  });
  it('is not two changes, a short name, or another first letter', () => {
    expect(misprint('Tomas Lindqvist', 'Tomas Lundqvest')).toBe(false);
    expect(misprint('Ali Musa', 'Ali Masa')).toBe(false);
    expect(misprint('Tomas Lindqvist', 'Domas Lindqvist')).toBe(false);
  });
});
