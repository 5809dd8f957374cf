/**
 * Which of the measured state offices (STATE_OFFICES) a position or a hand-written title is. Heads of state and
 * government are read from the extracts' position labels; the hand-written records also name ministers and chiefs.
 */
import { normaliseAlias, type StateOffice } from '../registry.ts';
import type { Overrides } from './inputs.ts';

// A chancellor heads the government in Germany and Austria; Britain's Chancellor of the Exchequer is its finance
// minister and the Chancellor of the Duchy of Lancaster a cabinet minister.
const HEAD_OF_GOVERNMENT =
  /^(prime minister|premier|federal chancellor|chancellor(?! of the (exchequer|duchy))|taoiseach|chief minister|minister of state of monaco|president of the government|president of the council of ministers|chairman of the council of ministers|president of the executive yuan)\b/i;
const HEAD_OF_STATE =
  /^(president|king|queen|monarch|emir|amir|sultan|prince|emperor|pope|supreme leader|yang di-pertuan agong|captain regent|co-prince|episcopal co-prince|french co-prince|chairman of the presidential council|head of state|o le ao o le malo)\b/i;

const MONARCH_TITLE =
  /^(king|queen|monarch|emir|amir|sultan|prince|grand duke|emperor|pope|yang di-pertuan agong|co-prince|episcopal co-prince|french co-prince)\b/i;

/** A monarch's title ("King of Testland", "Monarch of Belize", "French co-prince of Andorra"). */
export function isMonarchTitle(title: string): boolean {
  return MONARCH_TITLE.test(title);
}

/** The measured office of a position, from the overrides or from its title. */
export function officeOf(positionLabel: string, overrides: Overrides): StateOffice | undefined {
  const key = normaliseAlias(positionLabel);
  if (key in overrides.positions) return overrides.positions[key] ?? undefined;
  if (HEAD_OF_GOVERNMENT.test(positionLabel)) return 'head-of-government';
  if (HEAD_OF_STATE.test(positionLabel)) return 'head-of-state';
  return undefined;
}

const NOT_THE_OFFICE =
  /\b(Deputy|Vice|Acting|Spokes|Press|Crown Prince|Kurdistan|Supreme Political Council|Minister of State for)\b/i;
const TITLE_OFFICES: [RegExp, StateOffice][] = [
  [
    /^((Federal )?Minister (of|for) (Europe and )?Foreign Affairs|Foreign (Minister|Secretary)|Secretary of State$|Secretary of State for Foreign(, | and )Commonwealth( and Development)? Affairs|Minister of External (Affairs|Relations))/i,
    'foreign-minister',
  ],
  [
    /^((Federal )?Minister (of|for) (National )?Defen[cs]e|Secretary of Defense|Defence Secretary|Secretary of State for Defence|Minister of the Armed Forces)/i,
    'defence-minister',
  ],
  [
    /^((Federal )?Minister (of|for) (the )?(Interior|Internal Affairs|Home Affairs)|Minister of Interior|Home Secretary|Secretary of State for the Home Department)/i,
    'interior-minister',
  ],
  [
    /^(Chief of (the )?(General|Defence|Army) Staff|Chief of Staff of the Armed Forces|Chairman of the Joint Chiefs of Staff|Commander of the [A-Z][\w ]* Armed Forces)/i,
    'armed-forces-chief',
  ],
  [/^Chairman of the Sovereignty Council/i, 'head-of-state'],
];

/**
 * The measured office of a hand-written role, read from its title when the record does not say it: heads of
 * state and government as for the data, and the usual titles of the four ministers and chiefs. Deputies, acting
 * holders, spokespeople and regional offices are never the office.
 */
export function officeFromTitle(title: string, overrides: Overrides): StateOffice | undefined {
  if (NOT_THE_OFFICE.test(title)) return undefined;
  return TITLE_OFFICES.find(([re]) => re.test(title))?.[1] ?? officeOf(title, overrides);
}
