import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listArticleFiles, MAX_ARTICLE_BYTES, readArticleFile } from '../../src/lib/articles/article-files.ts';
import { listFolderFiles } from '../../src/lib/checks/folder-files.ts';

const ARTICLE = '---\ntitle: "T"\ndate: 2024-01-01\nsource: "S"\n---\n\nText.\n';

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'article-files-'));
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
  return dir;
}

describe('listArticleFiles: what is an article file', () => {
  it('takes .md and .markdown in any case, at any depth, and skips dot-entries and other files', async () => {
    const dir = folder({
      '2024/01/a.md': ARTICLE,
      '2024/01/b.MD': ARTICLE,
      '2024/01/c.Md': ARTICLE,
      '2024/01/d.markdown': ARTICLE,
      '2024/01/e.MarkDown': ARTICLE,
      'café é.md': ARTICLE,
      '2024/01/.draft.md': ARTICLE,
      '.git/x.md': ARTICLE,
      '2024/01/photo.jpg': 'not text',
      '2024/01/a.md~': ARTICLE,
    });
    const listing = await listArticleFiles(dir);
    expect(listing.problems).toEqual([]);
    expect(listing.files).toEqual([
      '2024/01/a.md',
      '2024/01/b.MD',
      '2024/01/c.Md',
      '2024/01/d.markdown',
      '2024/01/e.MarkDown',
      'café é.md',
    ]);
  });

  it('follows links whose target is inside the folder, to files and to folders', async () => {
    const dir = folder({ 'sources/one.md': ARTICLE, 'sources/may/two.md': ARTICLE });
    mkdirSync(path.join(dir, '2024/05'), { recursive: true });
    symlinkSync('../../sources/one.md', path.join(dir, '2024/05/linked.md'));
    symlinkSync(path.join(dir, 'sources/may'), path.join(dir, '2024/05/may'));
    const listing = await listArticleFiles(dir);
    expect(listing.problems).toEqual([]);
    expect(listing.files).toEqual(['2024/05/linked.md', '2024/05/may/two.md', 'sources/may/two.md', 'sources/one.md']);
  });

  it('names every entry that looks like an article but cannot be one, in one listing', async () => {
    const outside = folder({ 'story.md': ARTICLE });
    const dir = folder({ '2024/01/good.md': ARTICLE, '2024/01/notes.mdx': ARTICLE, '2024/01/raw.txt': 'Headline' });
    symlinkSync(path.join(outside, 'story.md'), path.join(dir, '2024/01/out.md'));
    symlinkSync(outside, path.join(dir, '2024/01/out-folder'));
    symlinkSync('nothing.md', path.join(dir, '2024/01/dangling.md'));
    symlinkSync('..', path.join(dir, '2024/01/loop'));
    execFileSync('mkfifo', [path.join(dir, '2024/01/pipe.md')]);
    const listing = await listArticleFiles(dir, 'articles');
    expect(listing.files).toEqual(['2024/01/good.md']);
    expect(listing.problems.map((problem) => problem.message)).toEqual([
      'articles/2024/01/dangling.md: is a symbolic link to nothing: its target does not exist',
      'articles/2024/01/loop: is a symbolic link to a folder that contains it',
      'articles/2024/01/notes.mdx: is not read as an article: articles end in .md or .markdown; rename it, or move it out of the articles folder',
      expect.stringMatching(/^articles\/2024\/01\/out-folder: is a symbolic link to .*, outside the articles folder/),
      expect.stringMatching(
        /^articles\/2024\/01\/out\.md: is a symbolic link to .*story\.md, outside the articles folder/,
      ),
      'articles/2024/01/pipe.md: is named like an article but is not a regular file',
      'articles/2024/01/raw.txt: is not read as an article: articles end in .md or .markdown; rename it, or move it out of the articles folder',
    ]);
  });
});

describe('readArticleFile', () => {
  it('refuses a file over the size limit, naming it and its size', async () => {
    const dir = folder({ 'big.md': ARTICLE });
    truncateSync(path.join(dir, 'big.md'), 20 * 1024 * 1024);
    await expect(readArticleFile(path.join(dir, 'big.md'), 'articles/big.md')).rejects.toThrow(
      'articles/big.md: is 20.0 MB; an article file may be at most 5.0 MB',
    );
    writeFileSync(path.join(dir, 'big.md'), ARTICLE.padEnd(MAX_ARTICLE_BYTES, 'x'));
    await expect(readArticleFile(path.join(dir, 'big.md'), 'articles/big.md')).resolves.toContain('title: "T"');
  });

  it('refuses what is not a regular file, and a file with NUL bytes', async () => {
    const dir = folder({ 'nul.md': 'A\0B' });
    execFileSync('mkfifo', [path.join(dir, 'pipe.md')]);
    await expect(readArticleFile(path.join(dir, 'pipe.md'), 'pipe.md')).rejects.toThrow(
      'pipe.md: is not a regular file',
    );
    await expect(readArticleFile(path.join(dir, 'nul.md'), 'nul.md')).rejects.toThrow(
      'nul.md: looks like a binary file (it contains NUL bytes)',
    );
  });
});

describe('listFolderFiles: the audit’s own listing', () => {
  it('lists every file, through links, whatever its name, so a file the build skipped is still seen', async () => {
    const dir = folder({ 'sources/one.md': ARTICLE, '2024/01/A.MD': ARTICLE, '2024/01/x.jpg': '' });
    symlinkSync(path.join(dir, 'sources'), path.join(dir, '2024/linked'));
    symlinkSync('..', path.join(dir, 'sources/loop'));
    expect(listFolderFiles(dir)).toEqual(['2024/01/A.MD', '2024/01/x.jpg', '2024/linked/one.md', 'sources/one.md']);
  });
});
