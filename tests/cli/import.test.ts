import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const fixturesDir = path.join(repoRoot, 'tests/fixtures/importer');
/** The raw text the first article was imported from, as the publisher's page gave it. */
const SEED = 'tests/fixtures/importer/seed/input.txt';
const SEED_ARTICLE = 'articles/2024/01/us-airstrike-kills-iranian-backed-militia-commander-in-baghdad.md';

describe('CLI: node src/cli/import.ts', () => {
  let tmp: string;
  let articlesDir: string;
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'import-cli-'));
    articlesDir = path.join(tmp, 'articles');
  });
  afterEach(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  function run(...args: string[]) {
    const result = spawnSync(process.execPath, ['src/cli/import.ts', ...args], {
      cwd: repoRoot,
      env: { ...process.env, ARCHIVE_ARTICLES_DIR: articlesDir },
      encoding: 'utf8',
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  function writtenFiles(): string[] {
    if (!fs.existsSync(articlesDir)) return [];
    return (fs.readdirSync(articlesDir, { recursive: true }) as string[])
      .filter((name) => fs.statSync(path.join(articlesDir, name)).isFile())
      .sort();
  }

  function input(name: string, content: string | Uint8Array): string {
    const file = path.join(tmp, name);
    fs.writeFileSync(file, content);
    return file;
  }

  it('re-importing the seed reproduces the committed article byte for byte', () => {
    const result = run(SEED, '--date', '2024-01-04');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const relative = SEED_ARTICLE.replace(/^articles\//, '');
    expect(result.stdout.trim()).toBe(path.join(articlesDir, relative));
    expect(writtenFiles()).toEqual([relative]);
    expect(fs.readFileSync(path.join(articlesDir, relative), 'utf8')).toBe(
      fs.readFileSync(path.join(repoRoot, SEED_ARTICLE), 'utf8'),
    );
  });

  it('imports an HTML page with --url and notes a differing page date', () => {
    const page = path.join(fixturesDir, 'html-page/input.html');
    const result = run(page, '--date', '2024-03-14', '--url', 'https://example.org/given');
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/published 2024-03-13; used --date 2024-03-14/);
    const [file] = writtenFiles();
    expect(file).toBe(path.join('2024', '03', 'example-city-opens-a-test-pattern-garden.md'));
    expect(fs.readFileSync(path.join(articlesDir, file!), 'utf8')).toContain('url: "https://example.org/given"');
  });

  it('imports every supported file of a folder, sorted, and validates all before writing', () => {
    const folder = path.join(tmp, 'batch');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, 'b.txt'), 'Second story – Example News\n\nText two.\n');
    fs.writeFileSync(path.join(folder, 'a.txt'), 'First story – Example News\n\nText one.\n');
    fs.writeFileSync(path.join(folder, 'notes.md'), 'ignored');
    const ok = run(folder, '--date', '2024-05-01');
    expect(ok.status).toBe(0);
    expect(
      ok.stdout
        .trim()
        .split('\n')
        .map((line) => path.basename(line)),
    ).toEqual(['first-story.md', 'second-story.md']);

    fs.writeFileSync(path.join(folder, 'c.txt'), '');
    fs.writeFileSync(path.join(folder, 'd.txt'), 'Third story – Example News\n\nText three.\n');
    const bad = run(folder, '--date', '2024-06-01');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/c\.txt is empty/);
    expect(writtenFiles().filter((f) => f.startsWith(path.join('2024', '06')))).toEqual([]);
  });

  it('refuses to overwrite an existing article unless --force', () => {
    expect(run(SEED, '--date', '2024-01-04').status).toBe(0);
    const target = path.join(articlesDir, SEED_ARTICLE.replace(/^articles\//, ''));
    fs.writeFileSync(target, 'edited by hand\n');
    const again = run(SEED, '--date', '2024-01-04');
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/seed\/input\.txt: .*already exists \(use --force/);
    expect(fs.readFileSync(target, 'utf8')).toBe('edited by hand\n');
    expect(run(SEED, '--date', '2024-01-04', '--force').status).toBe(0);
    expect(fs.readFileSync(target, 'utf8')).toBe(fs.readFileSync(path.join(repoRoot, SEED_ARTICLE), 'utf8'));
    expect(writtenFiles()).toHaveLength(1);
  });

  it('checks "already exists" case-insensitively and for .markdown, as the build gives them one URL', () => {
    const story = input('story.txt', 'Example story – Example News\n\nText.\n');
    expect(run(story, '--date', '2024-05-01').status).toBe(0);
    const month = path.join(articlesDir, '2024', '05');
    fs.renameSync(path.join(month, 'example-story.md'), path.join(month, 'Example-Story.md'));
    const again = run(story, '--date', '2024-05-01');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(`${path.join(month, 'Example-Story.md')} already exists (use --force`);
    const forced = run(story, '--date', '2024-05-01', '--force');
    expect(forced.status, forced.stderr).toBe(0);
    expect(writtenFiles()).toEqual([path.join('2024', '05', 'Example-Story.md')]);

    fs.renameSync(path.join(month, 'Example-Story.md'), path.join(month, 'example-story.markdown'));
    expect(run(story, '--date', '2024-05-01').stderr).toContain('example-story.markdown already exists');
  });

  it('notes the control characters it removed', () => {
    const result = run(input('esc.txt', 'Pasted \u001bheadline – Example News\n\nText.\n'), '--date', '2024-05-01');
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/esc\.txt: note: removed 1 control character\(s\)/);
    expect(fs.readFileSync(result.stdout.trim(), 'utf8')).toContain('title: "Pasted headline"');
  });

  it('imports a linked file of a folder instead of skipping it', () => {
    const folder = path.join(tmp, 'batch');
    fs.mkdirSync(folder);
    fs.symlinkSync(input('real.txt', 'Linked story – Example News\n\nText.\n'), path.join(folder, 'link.txt'));
    const result = run(folder, '--date', '2024-05-01');
    expect(result.status, result.stderr).toBe(0);
    expect(writtenFiles()).toEqual([path.join('2024', '05', 'linked-story.md')]);
  });

  const refusals: [string, () => string[], RegExp][] = [
    [
      'a FIFO, which would hang the import',
      () => {
        const fifo = path.join(tmp, 'pipe.txt');
        execFileSync('mkfifo', [fifo]);
        return [fifo, '--date', '2024-01-04'];
      },
      /pipe\.txt is not a regular file/,
    ],
    [
      'a link to a device',
      () => {
        fs.symlinkSync('/dev/zero', path.join(tmp, 'zero.txt'));
        return [path.join(tmp, 'zero.txt'), '--date', '2024-01-04'];
      },
      /zero\.txt is not a regular file/,
    ],
    [
      'a text file over the size limit',
      () => {
        const big = input('big.txt', 'Headline – Example News\n\n');
        fs.truncateSync(big, 6 * 1024 * 1024);
        return [big, '--date', '2024-01-04'];
      },
      /big\.txt is 6\.0 MB; the importer reads at most 5\.0 MB/,
    ],
    ['a date before the year 1000', () => [SEED, '--date', '0050-01-04'], /0050-01-04 is out of range/],
    ['empty input', () => [input('empty.txt', '\n\n'), '--date', '2024-01-04'], /empty\.txt is empty/],
    [
      'binary input (NUL bytes)',
      () => [input('nul.txt', new Uint8Array([0x54, 0x00, 0x0a])), '--date', '2024-01-04'],
      /nul\.txt looks like a binary file/,
    ],
    [
      'invalid UTF-8',
      () => [input('latin1.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x0a])), '--date', '2024-01-04'],
      /latin1\.txt is not valid UTF-8/,
    ],
    [
      'no headline',
      () => [input('promo.txt', 'Advertisement\n\nText – Example\n'), '--date', '2024-01-04'],
      /promo\.txt has no headline/,
    ],
    [
      'HTML page without headline',
      () => [input('page.html', '<html><body><p>Only text.</p></body></html>'), '--date', '2024-01-04'],
      /page\.html has no headline/,
    ],
    ['missing date', () => [SEED], /--date YYYY-MM-DD/],
    ['impossible date', () => [SEED, '--date', '2024-02-30'], /2024-02-30 is not a real calendar date/],
    ['badly written date', () => [SEED, '--date', '4 Jan 2024'], /YYYY-MM-DD/],
    ['unknown option', () => [SEED, '--date', '2024-01-04', '--title', 'x'], /Unknown option '--title'/],
    ['missing input', () => ['--date', '2024-01-04'], /expected exactly one file or folder/],
    ['nonexistent file', () => ['does-not-exist.txt', '--date', '2024-01-04'], /does-not-exist\.txt: no such file/],
    ['unsupported file type', () => [input('story.pdf', 'x'), '--date', '2024-01-04'], /unsupported file type/],
    ['invalid --url', () => [SEED, '--date', '2024-01-04', '--url', 'not a url'], /--url must be an absolute/],
  ];

  it.each(refusals)('refuses %s with exit code 1 and writes nothing', (_name, args, message) => {
    const result = run(...args());
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
    expect(writtenFiles()).toEqual([]);
  });
});
