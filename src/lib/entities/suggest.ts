import type { Detection, Detector } from './detect.ts';

export interface SuggestionInput {
  file: string;
  /** Title, summary and body blocks of one article, as detection read them. */
  texts: string[];
  detection: Detection;
}

export interface Suggestion {
  kind: 'official' | 'militia';
  name: string;
  /** Times seen across the archive. */
  count: number;
  /** Number of articles it appears in. */
  articles: number;
  example: { file: string; sentence: string };
  /** For officials: the office they were introduced with. */
  office?: string;
  /** For armed groups found by detection: the words that introduced them ("rebels", "the armed group"). */
  cue?: string;
}

/** Words that, ending a capitalised name, suggest an armed group ("Sinjar Resistance Units", "Lions' Den Brigades"). */
const GROUP_NOUNS =
  'Brigades|Brigade|Battalions|Battalion|Front|Army|Movement|Militia|Militias|Legion|Guards|Resistance|Faction|Mujahideen|Units|Forces|Jihad|Squadron|Knights|Lions';
/** Lower-case words that follow a group's name in news text ("Ansar Allah rebels", "the Sinjar faction"). */
const GROUP_CUES = 'rebels|militia|militias|faction|factions|fighters|militants|insurgents|brigades|group';
const NAME_WORD = "(?:[A-Z][\\p{L}'’-]+|al-[A-Z][\\p{L}'’-]+|of|the|al|in|and)";
const GROUP_NAME = new RegExp(
  `\\b([A-Z][\\p{L}'’-]+(?:\\s${NAME_WORD}){0,5}\\s(?:${GROUP_NOUNS}))\\b|\\b([A-Z][\\p{L}'’-]+(?:\\s[A-Z][\\p{L}'’-]+){0,3})\\s(?:${GROUP_CUES})\\b`,
  'gu',
);
/** Descriptive words around known names that do not make a new name ("Iran-backed Shiite militias"). */
const DESCRIPTIVE =
  /-(?:backed|aligned|allied|based|led|linked|affiliated|funded|controlled|supported)\b|\b(?:Shiite|Shia|Sunni|Islamist|Jihadist|Pro|Anti)\b/g;

/** True when a candidate is only registered names plus description, so curators have nothing to add. */
function onlyKnownNames(text: string, start: number, end: number, known: readonly [number, number][]): boolean {
  let remainder = '';
  for (let i = start; i < end; i++) {
    remainder += known.some(([from, to]) => i >= from && i < to) ? ' ' : text[i];
  }
  return !/[A-Z][\p{L}]{2,}/u.test(remainder.replace(DESCRIPTIVE, ' '));
}

/** Sentence-initial and generic words that make a capitalised run a false start. */
const NOT_A_NAME = new Set([
  'The',
  'A',
  'An',
  'This',
  'That',
  'These',
  'Those',
  'Several',
  'Other',
  'Some',
  'Many',
  'Both',
]);

function sentenceAround(text: string, index: number): string {
  const start = Math.max(text.lastIndexOf('. ', index) + 2, 0);
  const endDot = text.indexOf('. ', index);
  return text.slice(start === 1 ? 0 : start, endDot === -1 ? text.length : endDot + 1).trim();
}

/**
 * Names seen in the archive that the registry does not know: officials introduced with an office, armed groups
 * detection found by their cue (tagged unreviewed on the site), and other organisations written with militia
 * cues. For curators; most common first.
 */
export function suggestEntities(inputs: readonly SuggestionInput[], detector: Detector): Suggestion[] {
  const found = new Map<string, Suggestion & { files: Set<string> }>();
  const note = (key: string, make: () => Suggestion, file: string) => {
    const existing = found.get(key);
    if (existing) {
      existing.count += 1;
      existing.files.add(file);
    } else {
      found.set(key, { ...make(), files: new Set([file]) });
    }
  };

  for (const input of inputs) {
    for (const official of input.detection.unregistered) {
      note(
        `official:${official.slug}`,
        () => ({
          kind: 'official',
          name: official.name,
          count: 1,
          articles: 0,
          office: official.office,
          example: { file: input.file, sentence: official.sentence },
        }),
        input.file,
      );
    }
    for (const group of input.detection.groups) {
      note(
        `militia:${group.name.toLowerCase()}`,
        () => ({
          kind: 'militia',
          name: group.name,
          count: 1,
          articles: 0,
          cue: group.cue,
          example: { file: input.file, sentence: group.sentence },
        }),
        input.file,
      );
    }
    for (const text of input.texts) {
      const alone = detector.detect({ title: '', blocks: [text] });
      // Registered names and the armed groups detection found (counted above) are not suggested again.
      const known = [...alone.mentions, ...alone.groups].map((m) => [m.start, m.end] as [number, number]);
      for (const match of text.matchAll(GROUP_NAME)) {
        let name = (match[1] ?? match[2] ?? '').trim();
        const words = name.split(/\s+/);
        while (words.length > 1 && NOT_A_NAME.has(words[0]!)) words.shift();
        name = words.join(' ');
        if (words.length === 1 && match[1] === undefined && NOT_A_NAME.has(name)) continue;
        const start = (match.index ?? 0) + match[0].indexOf(name);
        const overlapsKnown = known.some(([from, to]) => from < start + name.length && to > start);
        // Part of a longer registered name ("Islamic Resistance" in "Islamic Resistance in Iraq"), or only known names.
        if (overlapsKnown && onlyKnownNames(text, start, start + name.length, known)) continue;
        note(
          `militia:${name.toLowerCase()}`,
          () => ({
            kind: 'militia',
            name,
            count: 1,
            articles: 0,
            example: { file: input.file, sentence: sentenceAround(text, match.index ?? 0) },
          }),
          input.file,
        );
      }
    }
  }
  return [...found.values()]
    .map(({ files, ...suggestion }) => ({ ...suggestion, articles: files.size }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
