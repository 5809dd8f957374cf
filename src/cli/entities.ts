/**
 * `npm run entities -- detect [--json] <file.md>...` what each article would be tagged with, and why;
 * `npm run entities -- suggest` names in the archive that the registry does not know yet;
 * `npm run entities -- check` validates the registry, every record naming its sources;
 * `npm run entities -- stats` counts entities per kind and region and lists the state offices with no holder today
 * and the armed groups with no leader on record.
 */
import path from 'node:path';
import { listArticleFiles, readArticleFile } from '../lib/articles/article-files.ts';
import { ArticleError, parseArticle } from '../lib/articles/frontmatter.ts';
import { readArchiveConfig } from '../lib/config.ts';
import { createDetector, type Detection } from '../lib/entities/detect.ts';
import { loadRegistry } from '../lib/entities/load-registry.ts';
import { suggestEntities, type SuggestionInput } from '../lib/entities/suggest.ts';
import {
  STATE_OFFICE_NAMES,
  STATE_OFFICES,
  type StateOffice,
  type ValidationOptions,
} from '../lib/entities/registry.ts';
import { ATTESTATION_MONTHS, monthsBefore, registryStats, type AttestedHolder } from '../lib/entities/stats.ts';
import type { Entity, EntityKind } from '../lib/entities/types.ts';
import { createPaths } from '../lib/paths.ts';
import { createArticlePipeline } from '../markdown/article-pipeline.ts';

const USAGE = `usage:
  npm run --silent entities -- detect [--json] <file.md>...
  npm run entities -- suggest [folder]
  npm run entities -- check
  npm run entities -- stats`;

function fail(message: string): never {
  process.stderr.write(`entities: ${message}\n`);
  process.exit(1);
}

function loadRegistryOrFail(options: ValidationOptions = {}): Entity[] {
  try {
    return loadRegistry(undefined, options);
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
}

async function analyse(files: string[], registry: Entity[]) {
  const detector = createDetector(registry);
  const pipeline = createArticlePipeline({ registry, detector, paths: createPaths('/') });
  const results = [];
  const problems: string[] = [];
  for (const file of files) {
    try {
      const { data, body } = parseArticle(await readArticleFile(file, file), file);
      const rendered = await pipeline.render(body, data, file);
      results.push({ file, data, rendered, detector });
    } catch (error) {
      problems.push(error instanceof ArticleError ? error.message : `${file}: ${String(error)}`);
    }
  }
  if (problems.length) fail(problems.join('\n'));
  return { detector, results };
}

async function detect(args: string[]) {
  const json = args.includes('--json');
  const files = args.filter((a) => a !== '--json');
  const unknownOption = files.find((f) => f.startsWith('--'));
  if (unknownOption) fail(`unknown option ${unknownOption}\n${USAGE}`);
  if (files.length === 0) fail(`detect needs at least one article file\n${USAGE}`);
  const registry = loadRegistryOrFail();
  const { results } = await analyse(files, registry);

  const report = results.map(({ file, rendered }) => {
    const matched = new Map<string, Set<string>>();
    const remember = (id: string, text: string) => {
      const set = matched.get(id) ?? new Set<string>();
      set.add(text);
      matched.set(id, set);
    };
    for (const m of rendered.detection.mentions) remember(m.entityId, m.text);
    for (const m of rendered.detection.unregistered) remember(m.slug, m.text);
    for (const m of rendered.detection.groups) remember(m.slug, m.text);
    return {
      file,
      untagged: explainUntagged(rendered.detection),
      entities: rendered.entities.map((entity) => ({
        kind: entity.kind,
        slug: entity.id,
        name: entity.name,
        aliases: [...(matched.get(entity.id) ?? [])],
        mentions: entity.count,
      })),
    };
  });

  if (json) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return;
  }
  for (const [index, { file, entities, untagged }] of report.entries()) {
    process.stdout.write(`${file}\n`);
    if (entities.length === 0) process.stdout.write('  (no entities found)\n');
    for (const kind of ['militia', 'country', 'official'] as const) {
      for (const entity of entities.filter((e) => e.kind === kind)) {
        const tagged = results[index]!.rendered.entities.find((e) => e.id === entity.slug);
        const flag = tagged?.reviewed === false ? ' [unreviewed]' : '';
        process.stdout.write(
          `  ${kind.padEnd(8)} ${entity.slug}${flag}  ×${entity.mentions}  matched: ${entity.aliases.map((a) => JSON.stringify(a)).join(', ') || '(added in front matter)'}\n`,
        );
      }
    }
    for (const note of untagged) process.stdout.write(`  tagged none: ${note}\n`);
  }
}

/** Why names the registry knows were not tagged, once per reason. */
function explainUntagged(detection: Detection): string[] {
  return [...new Set(detection.unresolved.map((u) => u.reason))];
}

async function listArticles(dir: string): Promise<string[]> {
  const { files, problems } = await listArticleFiles(dir).catch((error: unknown) =>
    fail(`${dir}: cannot be read (${String(error)})`),
  );
  if (problems.length) fail(problems.map((problem) => problem.message).join('\n'));
  return files.map((file) => path.join(dir, file));
}

async function suggest(args: string[]) {
  const dir = args[0] ?? readArchiveConfig(process.env).articlesDir;
  const registry = loadRegistryOrFail();
  const { detector, results } = await analyse(await listArticles(dir), registry);
  const inputs: SuggestionInput[] = results.map(({ file, data, rendered }) => ({
    file,
    texts: [data.title, ...(data.summary ? [data.summary] : []), ...rendered.blocks],
    detection: rendered.detection,
  }));
  const suggestions = suggestEntities(inputs, detector);
  if (suggestions.length === 0) {
    process.stdout.write(`No unknown names found in ${results.length} articles.\n`);
    return;
  }
  process.stdout.write(`${suggestions.length} names in ${results.length} articles are not in the registry:\n\n`);
  for (const s of suggestions) {
    const office = s.office ? ` (${s.office})` : s.cue ? ` (found as: ${s.cue})` : '';
    process.stdout.write(`${s.kind.padEnd(8)} ${s.name}${office}  ×${s.count} in ${s.articles} article(s)\n`);
    process.stdout.write(`         e.g. ${s.example.file}: “${s.example.sentence}”\n`);
  }
}

function check() {
  const registry = loadRegistryOrFail({ requireSources: true });
  const count = (kind: Entity['kind']) => registry.filter((e) => e.kind === kind).length;
  process.stdout.write(
    `Registry OK: ${count('country')} countries, ${count('militia')} militias, ${count('official')} officials.\n`,
  );
}

function stats() {
  const registry = loadRegistryOrFail();
  const today = new Date().toISOString().slice(0, 10);
  const since = monthsBefore(today, ATTESTATION_MONTHS);
  const { totals, regions, officeGaps, officeConflicts, leaderlessGroups } = registryStats(registry, today, since);
  const out: string[] = [];
  const row = (label: string, c: Record<EntityKind, number>) =>
    `${label.padEnd(34)} ${String(c.militia).padStart(8)} ${String(c.country).padStart(9)} ${String(c.official).padStart(9)}`;
  out.push(`${'region'.padEnd(34)} militias countries officials`);
  for (const [region, counts] of [...regions.entries()].sort(([a], [b]) => a.localeCompare(b)))
    out.push(row(region, counts));
  out.push(row('all (each entity once)', totals));
  out.push('');
  const gaps = officeGaps.filter((g) => g.missing.length > 0);
  out.push(
    `State offices with no holder on record on ${today}: ${gaps.length} of ${officeGaps.length} countries miss at least one.`,
    `(A term its source knows only up to a date is not current: the office counts apart, "as of" that date, when the`,
    ` source last saw it held on or after ${since} (${ATTESTATION_MONTHS} months before), and as missing otherwise.)`,
  );
  for (const office of STATE_OFFICES) {
    const missing = officeGaps.filter((g) => g.missing.includes(office)).length;
    const asOf = officeGaps.filter((g) => g.attested.some((a) => a.office === office)).length;
    const lastOnRecord = officeGaps.filter((g) => g.lastOnRecord.some((a) => a.office === office)).length;
    const elsewhere = new Map<StateOffice, number>();
    for (const g of officeGaps) {
      for (const { by } of g.heldBy.filter((h) => h.office === office)) elsewhere.set(by, (elsewhere.get(by) ?? 0) + 1);
    }
    const absent = officeGaps.filter((g) => g.noSuchOffice.includes(office)).length;
    const vacant = officeGaps.filter((g) => g.vacant.some((v) => v.office === office)).length;
    const notes = [
      `on record as of a date since ${since} in ${asOf}`,
      ...[...elsewhere].map(([by, n]) => `held by the ${STATE_OFFICE_NAMES[by]} in ${n}`),
      ...(absent > 0 ? [`no such office in ${absent}`] : []),
      ...(vacant > 0 ? [`vacant in ${vacant}`] : []),
    ];
    const older = lastOnRecord > 0 ? ` (${lastOnRecord} with a holder last on record before ${since})` : '';
    out.push(`  ${office.padEnd(20)} missing in ${missing} countries${older}; ${notes.join('; ')}`);
  }
  out.push('');
  const lastHolder = ({ office, holder, asOf }: AttestedHolder) =>
    `${office} (${holder.name} [${holder.id}] as of ${asOf})`;
  for (const { country, missing, lastOnRecord } of gaps) {
    const last = lastOnRecord.map(lastHolder);
    out.push(
      `  ${country.name} [${country.id}]: ${missing.join(', ')}${last.length > 0 ? `; last on record: ${last.join(', ')}` : ''}`,
    );
  }
  for (const { country, attested } of officeGaps) {
    if (attested.length > 0)
      out.push(`  ${country.name} [${country.id}]: on record as of: ${attested.map(lastHolder).join(', ')}`);
  }
  for (const { country, vacant } of officeGaps) {
    for (const v of vacant) out.push(`  ${country.name} [${country.id}]: ${v.office} vacant since ${v.since}`);
  }
  out.push('');
  out.push(
    `State offices with more than one holder on record on ${today}: ${officeConflicts.length}` +
      (officeConflicts.length > 0 ? ' (a term left open by mistake shows the wrong person in office).' : '.'),
  );
  for (const { country, office, holders } of officeConflicts) {
    const names = holders.map((h) => `${h.name} [${h.id}]`).join(', ');
    out.push(`  ${country.name} ${office}: ${holders.length} holders on record: ${names}`);
  }
  out.push('');
  out.push(
    `Armed groups with no leader, commander or spokesperson on record: ${leaderlessGroups.length} of ${totals.militia}.`,
  );
  for (const group of leaderlessGroups) out.push(`  ${group.name} [${group.id}]`);
  process.stdout.write(`${out.join('\n')}\n`);
}

const [command, ...rest] = process.argv.slice(2);
switch (command) {
  case 'detect':
    await detect(rest);
    break;
  case 'suggest':
    await suggest(rest);
    break;
  case 'check':
    check();
    break;
  case 'stats':
    stats();
    break;
  default:
    fail(command ? `unknown command "${command}"\n${USAGE}` : USAGE);
}
