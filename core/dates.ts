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
