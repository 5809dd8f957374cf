import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from './build-site.ts';

/** Filler around entity names: obviously synthetic, never about real events. */
const FILLER = [
  'Lorem ipsum filler sentence for the test archive.',
  'This synthetic paragraph exists only to exercise the build.',
  'Placeholder text continues here without describing any real event.',
];

export interface FixtureArticle {
  /** Path inside the articles folder, such as `2024/03/synthetic-3.md`. */
  file: string;
  frontmatter: string;
  body: string;
}

export function fixtureArticle(file: string, title: string, date: string, body: string, extra = ''): FixtureArticle {
  return {
    file,
    frontmatter: `title: ${JSON.stringify(title)}\ndate: ${date}\nsource: "Synthetic Test Wire"\n${extra}`,
    body,
  };
}

export function writeArchive(articles: FixtureArticle[], options: { withSeed?: boolean } = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'archive-fixture-'));
  for (const article of articles) {
    const target = path.join(dir, article.file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, `---\n${article.frontmatter.trimEnd()}\n---\n\n${article.body.trimEnd()}\n`);
  }
  if (options.withSeed) {
    for (const relative of readdirSync(path.join(ROOT, 'articles'), { recursive: true }) as string[]) {
      if (!relative.endsWith('.md')) continue;
      mkdirSync(path.dirname(path.join(dir, relative)), { recursive: true });
      copyFileSync(path.join(ROOT, 'articles', relative), path.join(dir, relative));
    }
  }
  return dir;
}

/**
 * The standard fixture archive: the real seed article plus synthetic articles spread over several months, enough
 * for Harakat al-Nujaba's page to need a second page, with links, headings and code that detection must respect.
 */
export function standardArchive(): { dir: string; articles: FixtureArticle[] } {
  const articles: FixtureArticle[] = [];
  for (let i = 1; i <= 23; i++) {
    const month = String(((i - 1) % 6) + 1).padStart(2, '0');
    const day = String(((i * 3) % 27) + 1).padStart(2, '0');
    const other = i % 2 === 0 ? 'Kataib Hezbollah' : 'Lebanon';
    articles.push(
      fixtureArticle(
        `2023/${month}/synthetic-nujaba-${i}.md`,
        `Synthetic test article ${i}`,
        `2023-${month}-${day}`,
        `${FILLER[0]} Harakat al-Nujaba appears in this filler paragraph number ${i}. ${FILLER[1]}\n\n` +
          `${FILLER[2]} ${other} is named here as filler too.`,
      ),
    );
  }
  articles.push(
    fixtureArticle(
      '2023/07/synthetic-markup.md',
      'Synthetic markup test <b>not bold</b>',
      '2023-07-15',
      [
        '## Hezbollah in a heading',
        '',
        `${FILLER[0]} A link to [Iran](https://example.org/hezbollah) names one country.`,
        '',
        '```',
        'Hamas inside a code block is not a mention.',
        '```',
        '',
        `${FILLER[1]} Later, Hezbollah appears in running text and gets the link.`,
        '',
        '| Column | Other |',
        '| ------ | ----- |',
        '| Syria  | filler |',
      ].join('\n'),
    ),
  );
  articles.push(
    fixtureArticle(
      '2023/08/synthetic-unregistered-official.md',
      'Synthetic test article about an unlisted official',
      '2023-08-02',
      `${FILLER[0]} Maj. Gen. Testa Fillerton, the synthetic ministry spokesman, read out filler text. ` +
        `${FILLER[1]}\n\nLater, Fillerton repeated the filler in Iraq.`,
    ),
    fixtureArticle(
      '2023/08/synthetic-corrected.md',
      'Synthetic test article with editor corrections',
      '2023-08-03',
      `${FILLER[0]} Iraq and Syria are named in this filler. ${FILLER[2]}`,
      'entities:\n  add: [hamas]\n  exclude: [iraq]',
    ),
  );
  return { dir: writeArchive(articles, { withSeed: true }), articles };
}
