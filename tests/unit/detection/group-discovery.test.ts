import { describe, expect, it } from 'vitest';
import { FieldText, SpanSet } from '../../../src/lib/entities/detection/field.ts';
import {
  discoverGroups,
  findIntroducedGroups,
  notAGroup,
  usedAsPlace,
  type IntroducedGroup,
  type UnregisteredGroup,
} from '../../../src/lib/entities/detection/group-discovery.ts';

/** Groups found in the blocks with an empty registry, as [slug, text, introduction]. */
function discover(...blocks: string[]): [string, string, boolean][] {
  const groups: IntroducedGroup[] = [];
  const out: UnregisteredGroup[] = [];
  blocks.forEach((text, order) => {
    const f = new FieldText(text, 'body', order, order);
    const spans = new SpanSet();
    discoverGroups(
      f,
      spans,
      {
        countryAt: () => false,
        isPlace: () => false,
        isGroupShortName: () => false,
        groupEndsAt: () => false,
        groupStartsAt: () => false,
        groupShortNames: [],
      },
      () => 'none',
      groups,
      out,
    );
    findIntroducedGroups(f, spans, groups, out);
  });
  return out.map((g) => [g.slug, g.text, g.introduction]);
}

describe('armed-group discovery', () => {
  it('finds "<Name> rebels" and later mentions by name', () => {
    expect(discover('M23 rebels held the town.', 'The M23 said it would withdraw.')).toEqual([
      ['m23', 'M23', true],
      ['m23', 'M23', false],
    ]);
  });

  it('finds "<Name> (<ACRONYM>), a jihadist group" and later mentions by acronym', () => {
    expect(discover('Ansarul Islam (AI), a jihadist group, claimed it.', 'AI later denied it.')).toEqual([
      ['ansarul-islam', 'Ansarul Islam', true],
      ['ansarul-islam', 'AI', false], // the acronym in the definition counts, as a registered one does
      ['ansarul-islam', 'AI', false],
    ]);
  });

  it('finds "the armed group <Name>"', () => {
    expect(discover('Officials blamed the armed group CODECO for the raid.')).toEqual([['codeco', 'CODECO', true]]);
  });

  it('takes the cue of a cartel into its name', () => {
    expect(discover('The Gulf cartel moved the shipment.')).toEqual([['gulf-cartel', 'Gulf cartel', true]]);
  });

  it('needs fighting words for a name that only ends like a group', () => {
    expect(discover('The Arakan Army seized the town after heavy fighting.')).toEqual([
      ['arakan-army', 'Arakan Army', true],
    ]);
    expect(discover('The Salvation Army opened a shelter.')).toEqual([]);
  });
});

describe('notAGroup', () => {
  it('rejects state bodies, units, places, peoples and numbers, and says why', () => {
    expect(notAGroup('Special Forces', undefined)).toMatch(/state body/);
    expect(notAGroup('Borno State', undefined)).toMatch(/place/);
    expect(notAGroup('Tuareg', undefined)).toMatch(/people/);
    expect(notAGroup('Two', undefined)).toMatch(/number/);
    expect(notAGroup('Sahelian', undefined)).toMatch(/adjective/);
    expect(notAGroup("Makenga's", undefined)).toMatch(/possessive/);
    expect(notAGroup('Islamic State West Africa Province', 'ISWAP')).toBe('');
    expect(notAGroup('ELN', undefined)).toBe('');
  });
});

describe('a place name before a cue', () => {
  it('is a place when the article says "<Name> State" or "in <Name>"', () => {
    expect(usedAsPlace('Mon', new Set(), ['Fighting spread across Mon State on Friday.'])).toBe(true);
    expect(usedAsPlace('Sagaing', new Set(['Sagaing']), ['Troops moved in Sagaing.'])).toBe(true);
  });
  it('is not a place otherwise', () => {
    expect(usedAsPlace('Mon', new Set(), ['Monday was quiet; the Mong Tai Army said so.'])).toBe(false);
  });
});
