import type { Entity } from '../entities/types.ts';

/**
 * Obviously synthetic articles for benchmarks and tests: filler sentences around entity names, never about real
 * events. Deterministic for a given seed so runs are comparable.
 */
const FILLER = [
  'Lorem ipsum filler sentence for the benchmark corpus.',
  'This synthetic paragraph exists only to measure the build.',
  'Placeholder text continues here without describing any event.',
  'Dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.',
  'Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris.',
];

/** Small linear congruential generator: the same seed gives the same corpus. */
export function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export interface SyntheticArticle {
  /** Path inside the articles folder. */
  file: string;
  text: string;
}

/**
 * `count` articles of about 500 words, each naming 2 to 4 countries, 1 to 3 militias and 1 to 3 officials of the
 * registry (the mix the build targets are measured on), dated over five years.
 */
export function syntheticArticles(
  registry: readonly Entity[],
  count: number,
  options: { paragraphs?: number; seed?: number } = {},
): SyntheticArticle[] {
  const next = random(options.seed ?? 1);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const some = <T>(list: readonly T[], min: number, max: number) => {
    const wanted = Math.min(list.length, min + Math.floor(next() * (max - min + 1)));
    const chosen = new Set<T>();
    while (chosen.size < wanted) chosen.add(pick(list));
    return [...chosen];
  };
  const ofKind = (kind: Entity['kind']) => registry.filter((entity) => entity.kind === kind).map((e) => e.name);
  const [countries, militias, officials] = [ofKind('country'), ofKind('militia'), ofKind('official')];
  const articles: SyntheticArticle[] = [];
  for (let i = 0; i < count; i++) {
    const year = 2020 + (i % 5);
    const month = String((i % 12) + 1).padStart(2, '0');
    const day = String((i % 28) + 1).padStart(2, '0');
    const names = [...some(countries, 2, 4), ...some(militias, 1, 3), ...some(officials, 1, 3)];
    const paragraphs: string[] = [];
    for (let p = 0; p < (options.paragraphs ?? 12); p++) {
      const name = names[p % names.length];
      paragraphs.push(
        `${pick(FILLER)} ${pick(FILLER)} ${name} is named in this filler. ${pick(FILLER)} ${pick(FILLER)}`,
      );
    }
    articles.push({
      file: `${year}/${month}/synthetic-benchmark-${i}.md`,
      text: `---\ntitle: "Synthetic benchmark article ${i}"\ndate: ${year}-${month}-${day}\nsource: "Synthetic Bench Wire"\n---\n\n${paragraphs.join('\n\n')}\n`,
    });
  }
  return articles;
}
