import { describe, expect, it } from 'vitest';
import {
  countriesOf,
  resolveInContext,
  type AmbiguousMatch,
  type Mention,
} from '../../../src/lib/entities/detection/context.ts';
import { fullRegistry } from '../../fixtures/entities/registry.ts';

const entityById = new Map(fullRegistry.map((e) => [e.id, e]));
const at = (start: number, text: string) => ({
  field: 'body' as const,
  block: 0,
  start,
  end: start + text.length,
  text,
  sentence: '',
});
const country = (id: string, start: number, text: string): Mention => ({
  ...at(start, text),
  entityId: id,
  kind: 'country',
  via: 'name',
});
const nla = (start: number): AmbiguousMatch => ({
  ...at(start, 'National Liberation Army'),
  candidates: ['eln-colombia', 'eln-bolivia', 'nla-macedonia', 'nla-libya'].map((entityId) => ({
    entityId,
    kind: 'militia' as const,
    via: 'name' as const,
  })),
});

describe('countriesOf', () => {
  it("is a group's countries, an official's role countries, a country itself", () => {
    expect(countriesOf(entityById.get('eln-colombia'))).toEqual(['colombia']);
    expect(countriesOf(entityById.get('iraq'))).toEqual(['iraq']);
    expect(countriesOf(undefined)).toEqual([]);
  });
});

describe('resolveInContext', () => {
  it('resolves a shared name to the candidate whose country the article names, keeping document order', () => {
    const out = resolveInContext({
      mentions: [country('colombia', 40, 'Colombia')],
      ambiguous: [nla(0)],
      definitions: new Map(),
      entityById,
    });
    expect(out.mentions.map((m) => m.entityId)).toEqual(['eln-colombia', 'colombia']);
    expect(out.unresolved).toEqual([]);
  });

  it('tags none and says why without evidence', () => {
    const out = resolveInContext({ mentions: [], ambiguous: [nla(0)], definitions: new Map(), entityById });
    expect(out.mentions).toEqual([]);
    expect(out.unresolved[0]?.reason).toMatch(
      /^"National Liberation Army" could be National Liberation Army \[eln-colombia\] \(Colombia\);.*the article names none of their countries$/,
    );
  });

  it('applies an acronym the article defined as something else to every use of it', () => {
    const rsf: Mention = { ...at(10, 'RSF'), entityId: 'rapid-support-forces', kind: 'militia', via: 'alias' };
    const out = resolveInContext({
      mentions: [rsf, { ...rsf, start: 50, end: 53 }],
      ambiguous: [],
      definitions: new Map([['RSF', { kind: 'other' as const, name: 'Rwanda Security Forces' }]]),
      entityById,
    });
    expect(out.mentions).toEqual([]);
    expect(out.unresolved.map((u) => u.reason)).toEqual([
      '"RSF" is defined in the article as "Rwanda Security Forces", not Rapid Support Forces [rapid-support-forces]',
      '"RSF" is defined in the article as "Rwanda Security Forces", not Rapid Support Forces [rapid-support-forces]',
    ]);
  });
});
