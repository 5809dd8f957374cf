import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ROOT } from '../support/build-site.ts';
import { fixtureArticle, writeArchive } from '../support/fixture-archive.ts';

// Each test runs the CLI, which loads the whole registry and builds the detector: seconds on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

const SEED = 'articles/2024/01/us-airstrike-kills-iranian-backed-militia-commander-in-baghdad.md';

function entities(...args: string[]) {
  return spawnSync(process.execPath, [path.join(ROOT, 'src/cli/entities.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
}

describe('entities detect --json', () => {
  it('prints exactly a JSON array with one object per file, naming kind, slug, name, matched texts and count', () => {
    const result = entities('detect', '--json', SEED);
    expect(result.status, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as {
      file: string;
      entities: { kind: string; slug: string; name: string; aliases: string[]; mentions: number }[];
    }[];
    expect(report).toHaveLength(1);
    expect(report[0]!.file).toBe(SEED);
    const bySlug = new Map(report[0]!.entities.map((e) => [e.slug, e]));
    expect(Object.keys(report[0]!.entities[0]!).sort()).toEqual(['aliases', 'kind', 'mentions', 'name', 'slug']);
    expect(bySlug.get('harakat-al-nujaba')).toEqual({
      kind: 'militia',
      slug: 'harakat-al-nujaba',
      name: 'Harakat al-Nujaba',
      aliases: ['Harakat al-Nujaba'],
      mentions: 2,
    });
    expect(bySlug.get('mushtaq-taleb-al-saidi')?.aliases).toEqual(
      expect.arrayContaining(['Mushtaq Taleb al-Saidi', 'Abu Taqwa', 'Saidi']),
    );
    expect(bySlug.get('palestine')?.aliases).toEqual(['Palestinian']);
    expect(report[0]!.entities.filter((e) => e.kind === 'official')).toHaveLength(6);
  });

  it('explains the tags in plain text without --json', () => {
    const result = entities('detect', SEED);
    expect(result.stdout).toMatch(/official\s+mohammed-shia-al-sudani\s+×\d+\s+matched: .*"Sudani"/);
  });

  it('refuses a missing file and an unknown option', () => {
    expect(entities('detect', 'articles/nope.md').status).toBe(1);
    const unknown = entities('detect', '--yaml', SEED);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('unknown option --yaml');
  });
});

describe('entities detect on broken articles', () => {
  const dir = writeArchive([
    fixtureArticle('2024/01/unknown-id.md', 'T', '2024-01-04', 'Filler.', 'entities:\n  add: [no-such-entity]'),
    { file: '2024/01/bad-yaml.md', frontmatter: 'title: [unclosed\ndate: 2024-01-04\nsource: "S"', body: 'Text.' },
    fixtureArticle('2024/01/deep.md', 'T', '2024-01-04', `${'- '.repeat(1000)}text`),
    fixtureArticle('2024/01/deep-html.md', 'T', '2024-01-04', `${'<div>'.repeat(1000)}x${'</div>'.repeat(1000)}`),
  ]);
  const file = (name: string) => path.join(dir, '2024/01', name);

  it.each([
    ['unknown-id.md', 'field "entities.add": unknown entity id(s) no-such-entity'],
    ['bad-yaml.md', 'front matter is not valid YAML'],
    ['deep.md', 'nests lists, block quotes or HTML elements more than 100 levels deep'],
    ['deep-html.md', 'nests lists, block quotes or HTML elements more than 100 levels deep'],
  ])('names %s and its problem, without a stack trace', (name, problem) => {
    const result = entities('detect', file(name));
    expect(result.status).toBe(1);
    expect(result.stderr.startsWith(`entities: ${file(name)}: ${problem}`), result.stderr).toBe(true);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });

  it('reports every broken file of one run together', () => {
    const result = entities('detect', file('unknown-id.md'), SEED, file('deep.md'));
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      `entities: ${file('unknown-id.md')}: field "entities.add": unknown entity id(s) no-such-entity`,
      `${file('deep.md')}: nests lists, block quotes or HTML elements more than 100 levels deep; flatten them`,
    ]);
  });
});

describe('entities detect explains what it left untagged', () => {
  it('names the candidates of a shared name when the article names none of their countries', () => {
    const dir = writeArchive([
      fixtureArticle(
        '2024/05/shared.md',
        'Synthetic shared-name test',
        '2024-05-01',
        'Filler text. The National Liberation Army issued a statement on Monday.',
      ),
    ]);
    const result = entities('detect', path.join(dir, '2024/05/shared.md'));
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(
      /tagged none: "National Liberation Army" could be .*\(Colombia[,)].*; the article names none of their countries/,
    );
  });
});

describe('entities stats', () => {
  it('counts entities per kind and region and lists the state offices with no holder today', () => {
    const result = entities('stats');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^region\s+militias countries officials$/m);
    expect(result.stdout).toMatch(/^Western Asia\s+\d+\s+\d+\s+\d+$/m);
    expect(result.stdout).toMatch(/^all \(each entity once\)\s+\d+\s+197\s+\d+$/m);
    expect(result.stdout).toMatch(/State offices with no holder on record on \d{4}-\d{2}-\d{2}: \d+ of 197 countries/);
    expect(result.stdout).toMatch(
      /^ {2}foreign-minister\s+missing in \d+ countries( \(\d+ with a holder last on record before \d{4}-\d{2}-\d{2}\))?; on record as of a date since \d{4}-\d{2}-\d{2} in \d+$/m,
    );
  });
});

describe('entities check', () => {
  it('validates the registry and reports its size', () => {
    const result = entities('check');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Registry OK: \d+ countries, \d+ militias, \d+ officials/);
  });
});

describe('entities suggest', () => {
  it('lists titled people and militia-like names the registry does not know, with counts and an example', () => {
    const dir = writeArchive([
      fixtureArticle(
        '2024/05/a.md',
        'Synthetic suggestion test one',
        '2024-05-01',
        'Filler text. Brig. Gen. Quillon Vantreese, the synthetic army spokesman, said filler words. ' +
          'The Crimson Heron Brigades claimed nothing in this filler.',
      ),
      fixtureArticle(
        '2024/05/b.md',
        'Synthetic suggestion test two',
        '2024-05-02',
        'More filler. The Crimson Heron Brigades appear again beside Hezbollah, which is known. ' +
          'Velvet Gorge rebels are an invented group; Velvet Gorge is named twice. ' +
          'Iran-backed Shiite militias and the Islamic Resistance in Iraq are named in this filler.',
      ),
    ]);
    const result = entities('suggest', dir);
    expect(result.status, result.stderr).toBe(0);
    // ("claimed" makes the first sentence one about fighting, so the group is found with that cue.)
    expect(result.stdout).toMatch(
      /militia\s+Crimson Heron Brigades \(found as: a group name in a sentence about fighting\)\s+×2 in 2 article\(s\)/,
    );
    expect(result.stdout).toMatch(/militia\s+Velvet Gorge \(found as: rebels\)\s+×2 in 1 article\(s\)/);
    expect(result.stdout).toMatch(/official\s+Quillon Vantreese \(the synthetic army spokesman\)/);
    expect(result.stdout).toContain('e.g.');
    expect(result.stdout).not.toMatch(/militia\s+Hezbollah/);
    expect(result.stdout).not.toMatch(/militia\s+Iran-backed/);
    expect(result.stdout).not.toMatch(/militia\s+Islamic Resistance/);
  });
});
