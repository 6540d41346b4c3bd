/**
 * Times Pause Point keeps (milliseconds since 1970) all come back from outside: storage, a
 * backup file, another version. Each is checked to lie between 1970 and 2200: any date can
 * show it, and one millisecond later is still later (past 2^53 it is not, and a reset there
 * would swallow every later tick).
 */
import * as v from 'valibot';

/** 1 January 2200: far beyond any real use, far below where dates or arithmetic break. */
export const MAX_TIME = Date.UTC(2200, 0, 1);

function isTime(at: unknown): at is number {
  return typeof at === 'number' && Number.isInteger(at) && at >= 0 && at <= MAX_TIME;
}

export const TimeSchema = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_TIME));

/** A moment as an ISO 8601 string, as a backup records when it was made. */
export const IsoTimeSchema = v.pipe(
  v.string(),
  v.maxLength(40),
  v.isoTimestamp(),
  v.check((text: string) => isTime(Date.parse(text)), 'not a time Pause Point can show'),
);

/** Formats a time, or says it is unknown: one bad value must never stop a view from showing. */
export function formatTime(at: number): string {
  return isTime(at) ? formatDateTime(at) : 'at an unknown time';
}

/**
 * The one way a practitioner reads a date or a time, everywhere in Pause Point: "27 Nov 2026"
 * for a day and "27 Nov 2026, 14:05" for a moment. Built by hand rather than with
 * Intl.DateTimeFormat so every browser and locale data version writes it the same (some write
 * "Sept", or "at" before the time).
 */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

const twoDigits = (n: number) => String(n).padStart(2, '0');

/** A day in the device's time zone, for example "27 Nov 2026". */
export function formatDay(when: Date | number): string {
  const d = new Date(when);
  return `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}`;
}

/** A moment in the device's time zone, for example "27 Nov 2026, 14:05" (24-hour clock). */
export function formatDateTime(when: Date | number): string {
  const d = new Date(when);
  return `${formatDay(d)}, ${twoDigits(d.getHours())}:${twoDigits(d.getMinutes())}`;
}

/** True when a date written in data (a pack's "checked on") follows the same day format. */
export function isDayText(text: string): boolean {
  return /^([1-9]|[12]\d|3[01]) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}$/.test(text);
}
