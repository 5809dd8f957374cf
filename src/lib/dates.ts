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
