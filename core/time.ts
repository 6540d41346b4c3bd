/**
 * Times Pause Point keeps (milliseconds since 1970) all come back from outside: storage, a
 * backup file, another version. Each is checked to lie between 1970 and 2200: any date can
 * show it, and one millisecond later is still later (past 2^53 it is not, and a reset there
 * would swallow every later tick).
 */
import * as v from 'valibot';
import { formatDateTime } from './dates';

/** 1 January 2200: far beyond any real use, far below where dates or arithmetic break. */
export const MAX_TIME = Date.UTC(2200, 0, 1);

export function isTime(at: unknown): at is number {
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
