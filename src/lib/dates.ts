const CALENDAR_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * The one date check of the project (article front matter, the importer's `--date`, the registry): true for a
 * real calendar date written YYYY-MM-DD, so 2024-02-30 and 2023-02-29 are false. With `partial`, a bare YYYY or
 * YYYY-MM is accepted too, for registry dates known only to the year or month. Years run from 1000 to 9999.
 */
export function isCalendarDate(value: string, options: { partial?: boolean } = {}): boolean {
  const match = CALENDAR_DATE.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (Number(year) < 1000) return false;
  if (month === undefined || day === undefined) {
    if (!options.partial) return false;
    return month === undefined || (Number(month) >= 1 && Number(month) <= 12);
  }
  const m = Number(month);
  const d = Number(day);
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(Number(year), m);
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

/** "2024-01-04" → "4 January 2024"; "2024-01" → "January 2024"; "2024" → "2024". */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  if (!month) return year ?? isoDate;
  const monthName = MONTHS[Number(month) - 1] ?? month;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** 1 → "January". */
export function monthName(month: number): string {
  return MONTHS[month - 1] ?? String(month);
}

/** Short month label for charts: "2024-01" → "Jan 2024". */
export function shortMonth(yearMonth: string): string {
  const [year, month] = yearMonth.split('-');
  return `${(MONTHS[Number(month) - 1] ?? '').slice(0, 3)} ${year}`;
}
