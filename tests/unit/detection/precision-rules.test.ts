import { describe, expect, it } from 'vitest';
import {
  isOrdinaryAbbreviationAt,
  isOrganisationName,
  laterForms,
  placesNamedIn,
  readsAsOfficePhrase,
  startsDefinedLongerName,
  withBracketedOtherNames,
  withoutRankedVictims,
} from '../../../src/lib/entities/detection/precision-rules.ts';

describe('a place name followed by a clause is not a person', () => {
  it('reads noun phrases as offices and clauses as not', () => {
    expect(readsAsOfficePhrase('the army spokesman')).toBe(true);
    expect(readsAsOfficePhrase("Hezbollah's deputy leader")).toBe(true);
    expect(readsAsOfficePhrase('deputy commander of the brigade')).toBe(true);
    expect(readsAsOfficePhrase('kills RSF commander')).toBe(false);
    expect(readsAsOfficePhrase('was the commander')).toBe(false);
  });
});

describe('organisation words', () => {
  it('make a name an organisation', () => {
    expect(isOrganisationName(['Inter-Services', 'Public', 'Relations'])).toBe(true);
    expect(isOrganisationName(['Central', 'Command'])).toBe(true);
    expect(isOrganisationName(['Directorate', 'General'])).toBe(true);
    expect(isOrganisationName(['Pat', 'Ryder'])).toBe(false);
  });
});

describe('names the article knows as places', () => {
  it('are read from the prepositions before them', () => {
    const places = placesNamedIn(['Aid reached people in El Fasher and near Goma.', 'A convoy left Khartoum.']);
    expect([...places].sort()).toEqual(['El Fasher', 'Goma']);
  });
});

describe('the first name alone', () => {
  it('is never a later form of a person', () => {
    expect(laterForms('Tomas Lindqvist', 'Lindqvist')).toEqual(['Tomas Lindqvist', 'Lindqvist']);
    expect(laterForms('Saleh al-Arouri', 'al-Arouri')).toEqual(['Saleh al-Arouri', 'al-Arouri', 'Arouri']);
  });
});

describe('an acronym that is also an ordinary abbreviation', () => {
  const at = (text: string, acronym: string) => {
    const start = text.indexOf(acronym);
    return isOrdinaryAbbreviationAt(text, start, start + acronym.length);
  };
  it('means its ordinary sense in the fixed phrases', () => {
    expect(at('Two were killed in action (KIA) on Monday.', 'KIA')).toBe(true);
    expect(at('The report is a PDF file of 40 pages.', 'PDF')).toBe(true);
  });
  it('may name a group anywhere else', () => {
    expect(at('The KIA said it held the post.', 'KIA')).toBe(false);
    expect(at('The PDF fighters withdrew.', 'PDF')).toBe(false);
  });
});

describe("a group's name that starts a longer name defined by an acronym on its initials", () => {
  const at = (text: string, name: string) => {
    const start = text.indexOf(name);
    return startsDefinedLongerName(text, start, start + name.length);
  };
  it('names the branch', () => {
    expect(at('the Islamic State in the Greater Sahel (ISGS) struck', 'Islamic State')).toBe(true);
    expect(at('the Islamic State West African Province (ISWAP) struck', 'Islamic State')).toBe(true);
  });
  it('is the group itself otherwise', () => {
    expect(at('the Islamic State (IS) struck', 'Islamic State')).toBe(false);
    expect(at('the Islamic State group (ISIS) struck', 'Islamic State')).toBe(false);
    expect(at('Islamic State fighters near Raqqa (Syria) struck', 'Islamic State')).toBe(false);
  });
});

describe("a group's full name in brackets after another group's", () => {
  const mention = (text: string, name: string, entityId: string) => {
    const start = text.indexOf(name);
    return { kind: 'militia', start, end: start + name.length, entityId };
  };
  it('is the other name of the group before it', () => {
    const text = "Russia's Wagner Group (Africa Corps) left.";
    const kept = withBracketedOtherNames(
      [mention(text, 'Wagner Group', 'wagner-group'), mention(text, 'Africa Corps', 'africa-corps')],
      text,
    );
    expect(kept.map((m) => m.entityId)).toEqual(['wagner-group', 'wagner-group']);
  });
  it('but an acronym in brackets keeps its own entity', () => {
    const text = 'al-Mourabitoun (MUJAO) left.';
    const kept = withBracketedOtherNames(
      [mention(text, 'al-Mourabitoun', 'al-mourabitoun'), mention(text, 'MUJAO', 'mujao')],
      text,
    );
    expect(kept.map((m) => m.entityId)).toEqual(['al-mourabitoun', 'mujao']);
  });
});

describe('officers named only as victims', () => {
  const person = (slug: string, text: string, office: string, sentence: string, introduction = true) => ({
    slug,
    text,
    office,
    introduction,
    sentence,
  });
  it('leaves out a bare rank whose every sentence tells of the killing', () => {
    const found = [
      person(
        'a-roth',
        'A Roth',
        'Deputy Superintendent of Police',
        'Deputy Superintendent of Police A Roth was killed.',
      ),
      person('l-okafor', 'L Okafor', 'Captain', 'Captain L Okafor, who commanded the post, was killed.'),
      person('r-nair', 'R Nair', 'Inspector', 'Inspector R Nair was wounded.'),
      person('r-nair', 'Nair', 'Inspector', 'Nair said the attackers fled.', false),
      person('t-lind', 'T Lind', 'district commissioner', 'District commissioner T Lind was killed.'),
    ];
    expect(withoutRankedVictims(found).map((p) => p.slug)).toEqual(['l-okafor', 'r-nair', 'r-nair', 't-lind']);
  });
  it('reads the words of saying before the name as someone else’s', () => {
    const found = [
      person(
        'p-abdi',
        'P Abdi',
        'sub-inspector',
        'He said five policemen, including sub-inspector P Abdi, were injured.',
      ),
      person('k-lund', 'K Lund', 'sub-inspector', 'Sub-inspector K Lund, who was injured, said the gunmen fled.'),
    ];
    expect(withoutRankedVictims(found).map((p) => p.slug)).toEqual(['k-lund']);
  });
});
