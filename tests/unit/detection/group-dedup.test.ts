import { describe, expect, it } from 'vitest';
import { createDetector } from '../../../src/lib/entities/detect.ts';
import type { Militia } from '../../../src/lib/entities/types.ts';
import { fullRegistry } from '../../fixtures/entities/registry.ts';

/** Synthetic groups (obviously not real records) to pin the one-entity-per-group rules. */
function group(id: string, name: string, aliases: string[] = []): Militia {
  const base = { id, kind: 'militia', name, aliases, operatesIn: [], parents: [], leaders: [], sources: [] };
  return { ...base, description: `${name}.` } as Militia;
}
const detector = createDetector([
  ...fullRegistry,
  group('test-front-of-dawn', 'Front of Dawn', ['FOD']),
  group('test-old-dawn-brigade', 'Old Dawn Brigade'),
  group('test-river-defence', 'River Defence of Kivu'),
  group('test-river-defence-renewed', 'River Defence of Kivu–Renewed'),
  group('test-kuru-army', 'Kuru Revolutionary Army', ['KRA']),
]);
const detectBlocks = (...blocks: string[]) => detector.detect({ title: '', blocks });
const militias = (text: string) =>
  [...new Set(detector.detect({ title: '', blocks: [text] }).mentions.filter((m) => m.kind === 'militia'))].map(
    (m) => m.entityId,
  );

describe('one entity per armed group per article', () => {
  it('takes a former or other name given right after a group for that group, not a second one', () => {
    expect(militias('The Front of Dawn (FOD, formerly Old Dawn Brigade) attacked the town.')).toEqual([
      'test-front-of-dawn',
      'test-front-of-dawn',
    ]);
    expect(militias('The Front of Dawn, also known as the Old Dawn Brigade, attacked.')).toEqual([
      'test-front-of-dawn',
    ]);
  });

  it('keeps a group named after a description ("factions, aka the ...") and one named on its own', () => {
    expect(militias('Rival factions, aka the Old Dawn Brigade, attacked.')).toEqual(['test-old-dawn-brigade']);
    expect(militias('The Front of Dawn and the Old Dawn Brigade attacked.')).toEqual([
      'test-front-of-dawn',
      'test-old-dawn-brigade',
    ]);
  });

  it('matches a group in the other spelling of "Defence", so its longer name wins over a shorter group', () => {
    expect(militias('Fighters of the River Defense of Kivu-Renewed attacked the town.')).toEqual([
      'test-river-defence-renewed',
    ]);
  });

  it('tags the acronym of a registered group defined after another spelling of its name once, not twice', () => {
    const d = detectBlocks('The FOD attacked the town.', 'Fighters of the Front for Dawn (FOD) later withdrew.');
    expect(d.groups).toEqual([]);
    expect(d.mentions.filter((m) => m.entityId === 'test-front-of-dawn').map((m) => m.text)).toEqual([
      'FOD',
      'Front for Dawn',
      'FOD',
    ]);
  });

  it("does not tag a parent named only inside its faction's name, at any occurrence", () => {
    const d = detectBlocks('Gunmen of the KRA-Bello group attacked a convoy.', 'The KRA-Bello group fled.');
    expect(d.mentions.filter((m) => m.kind === 'militia')).toEqual([]);
    expect(d.groups.map((g) => g.text)).toEqual(['KRA-Bello group', 'KRA-Bello group']);
  });
});
