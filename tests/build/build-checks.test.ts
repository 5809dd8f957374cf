import { describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { fixtureArticle, writeArchive } from '../support/fixture-archive.ts';

describe('the build checks every internal link and fragment', () => {
  const build = buildSite({
    articlesDir: writeArchive([
      fixtureArticle(
        '2024/06/broken-links.md',
        'Synthetic article with broken links',
        '2024-06-01',
        'Filler with [a missing page](/no-such-page/), [a missing anchor](#no-such-id) and [a fine one](#top-of-nothing-else).\n\n## Top of nothing else',
      ),
    ]),
  });

  it('fails, naming the page and each broken link', () => {
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('broken link on /2024/06/broken-links/: /no-such-page/ (no page at this address)');
    expect(build.output).toContain(
      'broken link on /2024/06/broken-links/: #no-such-id (no element with id "no-such-id" on the target page)',
    );
    expect(build.output).not.toContain('#top-of-nothing-else (');
  });
});
