/**
 * Who approved a pack for use, when, and by when it should be checked again: shown with the
 * pack in the panel's About and on the settings page, where a pack past its date is flagged.
 */
import { formatDay } from '../time';

export interface PackGovernance {
  approvedBy?: string;
  approvedOn?: string;
  checkAgainBy?: string;
}

/** A year-month-day as practitioners read a day ("31 Mar 2027"), or the text as it is. */
export function dayOf(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  return formatDay(new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

/** True once the check-again day has passed on this device's calendar. */
export function pastCheckAgain(pack: PackGovernance, now: number): boolean {
  const by = pack.checkAgainBy;
  if (!by) return false;
  const today = new Date(now);
  const todayIso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  return todayIso > by;
}

/** The approval in a sentence, or '' when the pack says nothing of it. */
export function approvalText(pack: PackGovernance): string {
  const said: string[] = [];
  if (pack.approvedBy && pack.approvedOn) said.push(`Approved by ${pack.approvedBy} on ${dayOf(pack.approvedOn)}.`);
  else if (pack.approvedBy) said.push(`Approved by ${pack.approvedBy}.`);
  else if (pack.approvedOn) said.push(`Approved on ${dayOf(pack.approvedOn)}.`);
  if (pack.checkAgainBy) said.push(`To be checked again by ${dayOf(pack.checkAgainBy)}.`);
  return said.join(' ');
}
