/**
 * npm run import -- <file.txt|file.html|folder> --date YYYY-MM-DD [--source NAME] [--url URL] [--force]
 *
 * Turns raw news text or a saved article page into `<articlesDir>/YYYY/MM/<slug>.md` (articlesDir from
 * ARCHIVE_ARTICLES_DIR, default `articles`). A folder imports each .txt/.html/.htm file in it, sorted by name.
 * Every input is checked before anything is written; on any problem the command names the file and the problem,
 * writes nothing and exits with code 1. Each file is written atomically (see atomic-write.ts). Inputs must be
 * regular files (a FIFO or a device would hang the import) no larger than the limits below.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readArchiveConfig } from '../lib/config.ts';
import { formatSize, isArticleFileName, MAX_ARTICLE_BYTES } from '../lib/articles/article-files.ts';
import { TargetExistsError, writeFileAtomic } from '../lib/articles/atomic-write.ts';
import {
  ImportError,
  articleRelativePath,
  decodeInput,
  parseHtmlPage,
  parseRawText,
  renderArticleMarkdown,
  slugify,
  validateArticleUrl,
  validateIsoDate,
  type IsoDate,
  type ImportedArticle,
} from '../lib/articles/importer.ts';
import { defaultPromoPatterns, parsePromoPatterns, type PromoPattern } from '../lib/articles/promo-lines.ts';
import { articleIdFromPath } from '../lib/paths.ts';

const USAGE =
  'Usage: npm run import -- <file.txt|file.html|folder> --date YYYY-MM-DD [--source NAME] [--url URL] [--force]';
/** Editors' promotional-line rules, found next to the code so the command works from any folder. */
const PROMO_FILE = new URL('../data/promo-lines.txt', import.meta.url);
const PROMO_FILE_NAME = 'src/data/promo-lines.txt';
const TEXT_EXTENSIONS = new Set(['.txt']);
const HTML_EXTENSIONS = new Set(['.html', '.htm']);
/** A saved page carries markup, scripts and styles besides its text, so it may be larger than an article file. */
const MAX_PAGE_BYTES = 4 * MAX_ARTICLE_BYTES;

interface Planned {
  input: string;
  target: string;
  content: string;
  article: ImportedArticle;
}

/** A refusal: printed as "import: <message>", exit code 1. */
class CliError extends Error {}

function main(argv: string[]): void {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        date: { type: 'string' },
        source: { type: 'string' },
        url: { type: 'string' },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new CliError(`${(error as Error).message.split('. To specify')[0]}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (positionals.length !== 1 || positionals[0] === undefined) {
    throw new CliError(`expected exactly one file or folder, got ${positionals.length}\n${USAGE}`);
  }
  const inputArg = positionals[0];
  const date = withoutFile(() => validateIsoDate(values.date));
  const source = optionalValue(values.source, '--source');
  const urlValue = optionalValue(values.url, '--url');
  const url = urlValue === undefined ? undefined : withoutFile(() => validateArticleUrl(urlValue));

  const inputs = listInputs(inputArg);
  if (inputs.length > 1 && url !== undefined) throw new CliError('--url can only be used when importing one file');

  const promoPatterns = loadPromoPatterns();
  const { articlesDir } = readArchiveConfig(process.env);

  // Validate everything first; write nothing unless every input is fine.
  const planned = inputs.map((input) => plan(input, { date, source, url, promoPatterns, articlesDir }));
  // The build gives case variants one URL, so "already exists" compares case-insensitively.
  const seen = new Map<string, string>();
  for (const item of planned) {
    const key = item.target.toLowerCase();
    const other = seen.get(key);
    if (other !== undefined) {
      throw new CliError(`${item.input} and ${other} would both be written to ${item.target}; import them separately`);
    }
    seen.set(key, item.input);
    const existing = existingArticle(item.target);
    if (existing !== undefined) {
      if (!values.force) throw new CliError(`${item.input}: ${existing} already exists (use --force to replace it)`);
      item.target = existing;
    }
  }

  for (const item of planned) {
    try {
      writeFileAtomic(item.target, item.content, { overwrite: values.force });
    } catch (error) {
      if (error instanceof TargetExistsError) throw new CliError(`${item.input}: ${error.message}`);
      throw error;
    }
    if (item.article.publishedDate !== undefined && item.article.publishedDate !== date.iso) {
      console.error(
        `${item.input}: note: the page says it was published ${item.article.publishedDate}; used --date ${date.iso}`,
      );
    }
    if (item.article.controlCharactersRemoved > 0) {
      console.error(`${item.input}: note: removed ${item.article.controlCharactersRemoved} control character(s)`);
    }
    console.log(item.target);
  }
}

/** The article file already at `target`'s URL: the same name in any case, as `.md` or `.markdown`. */
function existingArticle(target: string): string | undefined {
  const dir = path.dirname(target);
  const id = articleIdFromPath(path.basename(target)).toLowerCase();
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return undefined;
  }
  const name = names.find((n) => isArticleFileName(n) && articleIdFromPath(n).toLowerCase() === id);
  return name === undefined ? undefined : path.join(dir, name);
}

function plan(
  input: string,
  context: {
    date: IsoDate;
    source: string | undefined;
    url: string | undefined;
    promoPatterns: PromoPattern[];
    articlesDir: string;
  },
): Planned {
  try {
    const isHtml = HTML_EXTENSIONS.has(path.extname(input).toLowerCase());
    const stats = fs.statSync(input);
    if (!stats.isFile()) throw new ImportError('is not a regular file');
    const limit = isHtml ? MAX_PAGE_BYTES : MAX_ARTICLE_BYTES;
    if (stats.size > limit) {
      throw new ImportError(`is ${formatSize(stats.size)}; the importer reads at most ${formatSize(limit)}`);
    }
    const text = decodeInput(fs.readFileSync(input));
    const options = { source: context.source, url: context.url, promoPatterns: context.promoPatterns };
    const article = isHtml ? parseHtmlPage(text, options) : parseRawText(text, options);
    const target = path.join(context.articlesDir, articleRelativePath(context.date, slugify(article.title)));
    const content = renderArticleMarkdown({ ...article, date: context.date.iso });
    if (Buffer.byteLength(content) > MAX_ARTICLE_BYTES) {
      throw new ImportError(
        `would make an article of ${formatSize(Buffer.byteLength(content))}; an article file may be at most ${formatSize(MAX_ARTICLE_BYTES)}`,
      );
    }
    return { input, target, content, article };
  } catch (error) {
    if (error instanceof ImportError) throw new CliError(`${input} ${error.message}`);
    if ((error as NodeJS.ErrnoException).code !== undefined) {
      throw new CliError(`${input}: cannot read (${(error as Error).message})`);
    }
    throw error;
  }
}

function listInputs(inputArg: string): string[] {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(inputArg);
  } catch {
    throw new CliError(`${inputArg}: no such file or folder`);
  }
  if (stat.isDirectory()) {
    // Every supported name is an input, links and all: plan() refuses one that is not a regular file.
    const files = fs
      .readdirSync(inputArg)
      .filter((name) => !name.startsWith('.') && isSupported(name))
      .sort()
      .map((name) => path.join(inputArg, name));
    if (files.length === 0) throw new CliError(`${inputArg}: folder has no .txt, .html or .htm files`);
    return files;
  }
  if (!isSupported(inputArg)) throw new CliError(`${inputArg}: unsupported file type; use .txt, .html or .htm`);
  return [inputArg];
}

function isSupported(name: string): boolean {
  const ext = path.extname(name).toLowerCase();
  return TEXT_EXTENSIONS.has(ext) || HTML_EXTENSIONS.has(ext);
}

function loadPromoPatterns(): PromoPattern[] {
  const defaults = defaultPromoPatterns();
  let text: string;
  try {
    text = fs.readFileSync(PROMO_FILE, 'utf8');
  } catch {
    return defaults; // The editors' list is optional.
  }
  try {
    return [...defaults, ...parsePromoPatterns(text, PROMO_FILE_NAME)];
  } catch (error) {
    throw new CliError((error as Error).message);
  }
}

function optionalValue(value: string | undefined, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (value.trim() === '') throw new CliError(`${name} needs a non-empty value`);
  return value.trim();
}

function withoutFile<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof ImportError) throw new CliError(error.message);
    throw error;
  }
}

try {
  main(process.argv.slice(2));
} catch (error) {
  if (error instanceof CliError) {
    console.error(`import: ${error.message}`);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
