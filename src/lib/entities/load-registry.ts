/**
 * Reads the entity registry from a folder and validates it: `countries.yaml` (generated) and every `*.yaml` file
 * under `militias/` and `officials/`, which curators split by region or country so that a change is a small diff.
 * Every error names the file and the record.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
// js-yaml with its YAML 1.2 core schema reads these files exactly as the \`yaml\` package does, ten times faster:
// loading the registry and building the matcher has to stay under 300 ms (npm run bench).
import { CORE_SCHEMA, load } from 'js-yaml';
import { RegistryError, validateRegistry, type ValidationOptions } from './registry.ts';
import type { Entity } from './types.ts';

/** Single files of the registry; every other record lives in a `*.yaml` file under one of REGISTRY_FOLDERS. */
export const REGISTRY_FILES = ['countries.yaml'] as const;
export const REGISTRY_FOLDERS = ['militias', 'officials'] as const;

/** The registry's YAML files in a stable order, as paths relative to `dir`. */
export function listRegistryFiles(dir: string): string[] {
  const files: string[] = [...REGISTRY_FILES];
  for (const folder of REGISTRY_FOLDERS) {
    let names: string[];
    try {
      names = readdirSync(join(dir, folder), { recursive: true, encoding: 'utf8' });
    } catch {
      // A missing folder is reported below as a missing file.
      files.push(folder);
      continue;
    }
    files.push(
      ...names
        .filter((name) => name.endsWith('.yaml'))
        .map((name) => join(folder, name))
        .sort(),
    );
  }
  return files;
}

/** src/data/entities, found from this file's location so it works from any working directory. */
export const DEFAULT_ENTITIES_DIR = fileURLToPath(new URL('../../data/entities/', import.meta.url));

/**
 * Validated registries, stored as JSON under a digest of the registry files, the validation options and the code
 * that reads and validates them: parsing two megabytes of YAML and validating thousands of records costs several
 * hundred milliseconds, reading the JSON a few dozen. Only a registry that validated is stored.
 */
const CACHE_DIR = fileURLToPath(new URL('../../../node_modules/.cache/news-archive/registry/', import.meta.url));
const CODE_FILES = ['load-registry.ts', 'registry.ts'].map((f) => fileURLToPath(new URL(f, import.meta.url)));

export function loadRegistry(dir: string = DEFAULT_ENTITIES_DIR, options: ValidationOptions = {}): Entity[] {
  // The files' bytes: hashed as they are, and decoded only when the cache misses.
  const contents = new Map<string, Buffer>();
  const fileProblems: RegistryError['problems'] = [];
  const digest = createHash('sha256').update(JSON.stringify(options));
  for (const file of CODE_FILES) digest.update(readFileSync(file));
  for (const file of listRegistryFiles(dir)) {
    const path = join(dir, file);
    try {
      const bytes = readFileSync(path);
      contents.set(file, bytes);
      digest.update(`\u0000${file}\u0000`).update(bytes);
    } catch (err) {
      fileProblems.push({ location: path, id: undefined, field: '', message: `cannot read: ${errorMessage(err)}` });
    }
  }
  const cached = fileProblems.length === 0 ? join(CACHE_DIR, `${digest.digest('hex').slice(0, 32)}.json`) : '';
  if (cached !== '') {
    try {
      return JSON.parse(readFileSync(cached, 'utf8')) as Entity[];
    } catch {
      // not cached yet (or unreadable): read the YAML
    }
  }
  const texts = new Map([...contents].map(([file, bytes]) => [file, bytes.toString('utf8')]));
  const entities = parseRegistry(dir, texts, fileProblems, options);
  if (cached !== '') {
    try {
      mkdirSync(CACHE_DIR, { recursive: true });
      const temporary = `${cached}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify(entities));
      renameSync(temporary, cached);
    } catch {
      // a read-only checkout still works, only slower
    }
  }
  return entities;
}

function parseRegistry(
  dir: string,
  texts: ReadonlyMap<string, string>,
  fileProblems: RegistryError['problems'],
  options: ValidationOptions,
): Entity[] {
  const records: unknown[] = [];
  const labels: string[] = [];
  for (const [file, text] of texts) {
    let data: unknown;
    try {
      data = load(text, { schema: CORE_SCHEMA, filename: file });
    } catch (err) {
      fileProblems.push({
        location: join(dir, file),
        id: undefined,
        field: '',
        message: `invalid YAML: ${errorMessage(err)}`,
      });
      continue;
    }
    if (data === null || data === undefined) continue;
    if (!Array.isArray(data)) {
      fileProblems.push({
        location: join(dir, file),
        id: undefined,
        field: '',
        message: 'must be a YAML list of records',
      });
      continue;
    }
    data.forEach((record: unknown, i) => {
      records.push(record);
      labels.push(`${file} #${i}`);
    });
  }

  try {
    const entities = validateRegistry(records, (i) => labels[i] ?? `record #${i}`, options);
    if (fileProblems.length > 0) throw new RegistryError(fileProblems);
    return entities;
  } catch (err) {
    if (err instanceof RegistryError && fileProblems.length > 0 && err.problems !== fileProblems) {
      throw new RegistryError([...fileProblems, ...err.problems]);
    }
    throw err;
  }
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
