/**
 * Reads the entity registry from a folder and validates it: `countries.yaml` (generated) and every `*.yaml` file
 * under `militias/` and `officials/`, which curators split by region or country so that a change is a small diff.
 * Every error names the file and the record.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
// js-yaml with its YAML 1.2 core schema reads these files exactly as the \`yaml\` package does, ten times faster:
// loading the registry and building the matcher has to stay under 300 ms (npm run bench).
import { CORE_SCHEMA, load } from 'js-yaml';
import { RegistryError, validateRegistry } from './registry.ts';
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
        .map((name) => relative(dir, join(dir, folder, name)))
        .sort(),
    );
  }
  return files;
}

/** src/data/entities, found from this file's location so it works from any working directory. */
export const DEFAULT_ENTITIES_DIR = fileURLToPath(new URL('../../data/entities/', import.meta.url));

export function loadRegistry(dir: string = DEFAULT_ENTITIES_DIR): Entity[] {
  const records: unknown[] = [];
  const labels: string[] = [];
  const fileProblems: RegistryError['problems'] = [];

  for (const file of listRegistryFiles(dir)) {
    const path = join(dir, file);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (err) {
      fileProblems.push({ location: path, id: undefined, field: '', message: `cannot read: ${errorMessage(err)}` });
      continue;
    }
    let data: unknown;
    try {
      data = load(text, { schema: CORE_SCHEMA, filename: file });
    } catch (err) {
      fileProblems.push({ location: path, id: undefined, field: '', message: `invalid YAML: ${errorMessage(err)}` });
      continue;
    }
    if (data === null || data === undefined) continue;
    if (!Array.isArray(data)) {
      fileProblems.push({ location: path, id: undefined, field: '', message: 'must be a YAML list of records' });
      continue;
    }
    data.forEach((record: unknown, i) => {
      records.push(record);
      labels.push(`${file} #${i}`);
    });
  }

  try {
    const entities = validateRegistry(records, (i) => labels[i] ?? `record #${i}`);
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
