const CALENDAR_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The years the archive takes, in articles, the importer and the registry: older dates are typing mistakes. */
export const FIRST_YEAR = 1000;

/**
 * What is wrong with a date, or undefined when nothing is: `not a date` for a badly written or impossible one
 * (2024-02-30, 2023-02-29), `out of range` for a real date before {@link FIRST_YEAR} (0050-01-01 is real, just not
 * news). With `partial`, a bare YYYY or YYYY-MM is accepted too, for registry dates known only to the year or month.
 */
export function calendarDateProblem(
  value: string,
  options: { partial?: boolean } = {},
): 'not a date' | 'out of range' | undefined {
  const match = CALENDAR_DATE.exec(value);
  if (!match) return 'not a date';
  const [, year, month, day] = match;
  const inRange = Number(year) >= FIRST_YEAR ? undefined : 'out of range';
  if (month === undefined || day === undefined) {
    if (!options.partial) return 'not a date';
    return month === undefined || (Number(month) >= 1 && Number(month) <= 12) ? inRange : 'not a date';
  }
  const m = Number(month);
  const d = Number(day);
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(Number(year), m) ? inRange : 'not a date';
}

/**
 * The one date check of the project (article front matter, the importer's `--date`, the registry): true for a
 * real calendar date written YYYY-MM-DD from the year {@link FIRST_YEAR} on, so 2024-02-30, 2023-02-29 and
 * 0099-01-01 are false. `partial` as for {@link calendarDateProblem}.
 */
export function isCalendarDate(value: string, options: { partial?: boolean } = {}): boolean {
  return calendarDateProblem(value, options) === undefined;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * Dates already formatted: every list on every page formats its articles' dates, and an archive has a few thousand
 * distinct dates at most, so each is formatted once per build.
 */
const formattedDates = new Map<string, string>();

/** "2024-01-04" → "4 January 2024"; "2024-01" → "January 2024"; "2024" → "2024". */
export function formatDate(isoDate: string): string {
  let formatted = formattedDates.get(isoDate);
  if (formatted === undefined) formattedDates.set(isoDate, (formatted = formatCalendarDate(isoDate)));
  return formatted;
}

function formatCalendarDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  if (!month) return year ?? isoDate;
  const monthName = MONTHS[Number(month) - 1] ?? month;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** 1 → "January". */
export function monthName(month: number): string {
  return MONTHS[month - 1] ?? String(month);
}

/** Month labels already made: each entity page's timeline labels every month it spans. */
const shortMonths = new Map<string, string>();

/** Short month label for charts: "2024-01" → "Jan 2024". */
export function shortMonth(yearMonth: string): string {
  let label = shortMonths.get(yearMonth);
  if (label === undefined) {
    const [year, month] = yearMonth.split('-');
    shortMonths.set(yearMonth, (label = `${(MONTHS[Number(month) - 1] ?? '').slice(0, 3)} ${year}`));
  }
  return label;
}
