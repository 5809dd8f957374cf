import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkOutputFolder } from '../../src/integrations/build-checks.ts';
import { buildSite, type BuildResult } from '../support/build-site.ts';
import { fixtureArticle, writeArchive } from '../support/fixture-archive.ts';

const articlesDir = writeArchive([
  fixtureArticle(
    '2024/06/broken-links.md',
    'Synthetic article with broken links',
    '2024-06-01',
    'Filler with [a missing page](/no-such-page/), [a missing anchor](#no-such-id) and [a fine one](#top-of-nothing-else).\n\n## Top of nothing else',
  ),
  fixtureArticle('2024/06/a-draft.md', 'Synthetic draft article', '2024-06-02', 'Filler for a draft.', 'draft: true'),
]);
let build: BuildResult;

beforeAll(() => {
  build = buildSite({ articlesDir });
});

/** Runs the build checks by hand on the output of the build above. */
async function runChecks(dir: string): Promise<string> {
  const { problems } = await checkOutputFolder(build.outDir, { base: '/', articlesDir: dir });
  return problems.join('\n');
}

describe('the build checks every internal link and fragment', () => {
  it('fails, naming the page and each broken link', () => {
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('broken link on /2024/06/broken-links/: /no-such-page/ (no page at this address)');
    expect(build.output).toContain(
      'broken link on /2024/06/broken-links/: #no-such-id (no element with id "no-such-id" on the target page)',
    );
    expect(build.output).not.toContain('#top-of-nothing-else (');
  });

  it('audits every article but leaves the draft out, so a draft is never reported lost', () => {
    expect(build.output).toMatch(
      /Build checks found 2 problem\(s\) \(pages link-checked: \d+, articles audited: 1, drafts left out: 1\)/,
    );
    expect(build.output).not.toContain('a-draft');
  });
});

describe('the build checks that no article is lost', () => {
  it('fails, naming an article file that has no page', async () => {
    const target = path.join(articlesDir, '2024/06/never-built.md');
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(
      target,
      '---\ntitle: "Never built"\ndate: 2024-06-03\nsource: "Synthetic Test Wire"\n---\n\nFiller.\n',
    );
    const message = await runChecks(articlesDir);
    expect(message).toContain('lost: 2024/06/never-built.md: no page at /2024/06/never-built/');
    expect(message).toContain('broken link on /2024/06/broken-links/: /no-such-page/');
  });
});
