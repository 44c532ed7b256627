/** English month names, January first. */
export const MONTHS = [
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

interface Parts {
  year: string;
  month?: number | undefined;
  day?: number | undefined;
}

function parts(date: string): Parts {
  const [year, month, day] = date.split('-');
  if (!year || !/^\d{4}$/.test(year)) throw new Error(`not a date: ${JSON.stringify(date)}`);
  return { year, month: month ? Number(month) : undefined, day: day ? Number(day) : undefined };
}

/** formatDate("2025-12-20") → "20 December 2025"; "2019-05" → "May 2019"; "2026" → "2026". */
export function formatDate(date: string): string {
  const { year, month, day } = parts(date);
  if (month === undefined) return year;
  const name = MONTHS[month - 1]!;
  return day === undefined ? `${name} ${year}` : `${day} ${name} ${year}`;
}

/** The words shown where an event has no date in any source. */
export const NO_DATE = 'Not yet announced';

/**
 * formatDateRange("2025-12-19", "2025-12-20") → "19–20 December 2025"; no end (or the same) → formatDate(start);
 * no start (a planned event that no source dates) → NO_DATE.
 */
export function formatDateRange(start: string | undefined, end?: string): string {
  if (!start) return NO_DATE;
  if (!end || end === start) return formatDate(start);
  const a = parts(start);
  const b = parts(end);
  if (a.year === b.year && a.month !== undefined && a.month === b.month && a.day !== undefined && b.day !== undefined) {
    return `${a.day}–${b.day} ${MONTHS[a.month - 1]} ${a.year}`;
  }
  if (
    a.year === b.year &&
    a.day !== undefined &&
    b.day !== undefined &&
    a.month !== undefined &&
    b.month !== undefined
  ) {
    return `${a.day} ${MONTHS[a.month - 1]} – ${b.day} ${MONTHS[b.month - 1]} ${a.year}`;
  }
  return `${formatDate(start)} – ${formatDate(end)}`;
}

/** A key that sorts partial dates in time order; a month without a day ("2019-05" → "2019-05-00") sorts before its days. */
export function dateSortKey(date: string): string {
  const { year, month, day } = parts(date);
  return `${year}-${String(month ?? 0).padStart(2, '0')}-${String(day ?? 0).padStart(2, '0')}`;
}
