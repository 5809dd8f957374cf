import type { Entity } from '../entities/types.ts';
import { random } from './synthetic-corpus.ts';

/**
 * Obviously synthetic articles shaped like news reports, for the detection benchmark: the filler corpus
 * (synthetic-corpus.ts) is lower-case Latin around entity names, which detection reads several times faster than
 * real reporting. Real reports are made of sentences of twenty-odd words with a capitalised word in five, offices
 * and ranks before names, quotes, numbers, dates, places after prepositions and armed groups with their cues, so
 * most sentences wake the discovery rules. These articles have that shape, with invented people, towns and groups
 * whose names say they are placeholders; registry entities only appear in sentences that say nothing about them.
 * Calibrated so that detection reads them at about the speed it reads real reports (see the README).
 */

const GIVEN = ['Lorem', 'Ipsum', 'Dolor', 'Amet', 'Tempor', 'Magna', 'Aliqua', 'Veniam', 'Nostrud', 'Commodo'];
const FAMILY = ['Placeholdersen', 'Fillerov', 'Samplewicz', 'Testaro', 'Dummond', 'Mockley', 'Stubbard', 'Benchman'];
const TOWNS = ['Loremville', 'Ipsumburg', 'Dolorton', 'Ametfield', 'Fillerton', 'Samplestad', 'Mockport', 'Stubford'];
const GROUPS = [
  ['Lorem Liberation Front', 'LLF'],
  ['Ipsum Patriotic Army', 'IPA'],
  ['Filler Defence Brigades', 'FDB'],
  ['Placeholder Resistance Movement', 'PRM'],
] as const;
const OFFICES = ['district commissioner', 'governor', 'police chief', 'army spokesman', 'deputy mayor', 'minister'];
const TITLES = ['Governor', 'Colonel', 'Commissioner', 'Minister', 'General', 'Mayor', 'Senator', 'Inspector'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'March', 'May', 'July', 'September', 'November'];

/** Sentence shapes of news reports, each filled with invented names (`s` picks the placeholders). */
const SENTENCES: ReadonlyArray<(s: Slots) => string> = [
  (s) =>
    `The synthetic ${s.office} of ${s.town}, ${s.person}, said on ${s.day} that ${s.number} placeholder convoys had passed through the filler district without incident.`,
  (s) =>
    `“This is filler text for a benchmark and it describes nothing at all,” ${s.title} ${s.person} told reporters in ${s.town} on ${s.day}.`,
  (s) =>
    `${s.group[0]} rebels and the ${s.other[0]} (${s.other[1]}), a placeholder armed group, are names invented for this benchmark corpus.`,
  (s) =>
    `At least ${s.number} people were counted in a synthetic tally near ${s.town}, a filler town ${s.number2} kilometres from ${s.town2}, the placeholder wire said.`,
  (s) =>
    `${s.entity} is named in this synthetic paragraph, which reports no event, according to the placeholder wire service.`,
  (s) =>
    `Officials in ${s.town} said the filler figures for ${s.month} ${s.year} were ${s.number} and ${s.number2}, according to a placeholder statement released on ${s.day}.`,
  (s) =>
    `A spokesman for the ${s.group[0]}, who gave his name as ${s.person}, said by telephone that the synthetic text ends here.`,
  (s) =>
    `The filler police commissioner, Colonel ${s.person}, said ${s.number} placeholder suspects linked to the ${s.group[0]} militia were held in ${s.town} on ${s.day}.`,
  (s) =>
    `${s.person}, the placeholder ${s.office} for ${s.town}, was quoted in this filler sentence as the commander of nothing in particular.`,
  (s) =>
    `The ${s.group[1]} and ${s.entity} appear side by side here only to be found by the detector, not to report anything about either of them.`,
];

interface Slots {
  person: string;
  title: string;
  office: string;
  town: string;
  town2: string;
  group: readonly [string, string];
  other: readonly [string, string];
  entity: string;
  day: string;
  month: string;
  year: number;
  number: number;
  number2: number;
}

export interface ReportingArticle {
  title: string;
  /** Paragraphs of the body, as plain text. */
  blocks: string[];
}

/**
 * `count` report-shaped articles of six to ten paragraphs of one or two sentences each (about 1.7 kB, like
 * the real reports the detector was measured on), naming registry entities in neutral sentences.
 */
export function reportingArticles(
  registry: readonly Entity[],
  count: number,
  options: { seed?: number } = {},
): ReportingArticle[] {
  const next = random(options.seed ?? 7);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const names = registry.map((entity) => entity.name);
  const slots = (): Slots => ({
    person: `${pick(GIVEN)} ${pick(FAMILY)}`,
    title: pick(TITLES),
    office: pick(OFFICES),
    town: pick(TOWNS),
    town2: pick(TOWNS),
    group: pick(GROUPS),
    other: pick(GROUPS),
    entity: pick(names),
    day: pick(DAYS),
    month: pick(MONTHS),
    year: 2020 + Math.floor(next() * 6),
    number: 2 + Math.floor(next() * 60),
    number2: 10 + Math.floor(next() * 200),
  });
  const articles: ReportingArticle[] = [];
  for (let i = 0; i < count; i++) {
    const s = slots();
    const title = `Synthetic report ${i}: placeholder convoy reaches ${s.town}, filler officials say`;
    const blocks: string[] = [];
    const paragraphs = 6 + Math.floor(next() * 5);
    for (let p = 0; p < paragraphs; p++) {
      const sentences = 1 + Math.floor(next() * 2);
      const text: string[] = [];
      for (let k = 0; k < sentences; k++) text.push(pick(SENTENCES)(slots()));
      blocks.push(text.join(' '));
    }
    articles.push({ title, blocks });
  }
  return articles;
}
