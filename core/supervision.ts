/**
 * Reflective supervision: the team's answers to the brief's reflective questions, and the
 * practitioner's own "what to do next" checklist. Neither is about a child or family. Each
 * item carries the time it was set and merges like a case checklist (the later one wins), so
 * two windows never lose each other's changes.
 */
import * as v from 'valibot';
import type { Pack } from './pack/schema';
import { storedKind } from './stored';
import { formatDay, TimeSchema } from './time';

export const ANSWER_MAX_LENGTH = 2000;

const IdSchema = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/));

export const SupervisionSchema = v.strictObject({
  packId: IdSchema,
  answers: v.record(
    IdSchema,
    v.strictObject({ text: v.pipe(v.string(), v.maxLength(ANSWER_MAX_LENGTH)), at: TimeSchema }),
  ),
  actions: v.record(IdSchema, v.strictObject({ done: v.boolean(), at: TimeSchema })),
});

export type Supervision = v.InferOutput<typeof SupervisionSchema>;

export function emptySupervision(packId: string): Supervision {
  return { packId, answers: {}, actions: {} };
}

export function readSupervision(raw: unknown, packId: string): Supervision {
  const parsed = v.safeParse(SupervisionSchema, raw);
  return parsed.success && parsed.output.packId === packId ? parsed.output : emptySupervision(packId);
}

/** The latest time any answer or action carries; null when none carries one. */
export function supervisionLastChanged(s: Supervision): number | null {
  const times = [...Object.values(s.answers), ...Object.values(s.actions)].map((item) => item.at);
  return times.length === 0 ? null : Math.max(...times);
}

/** The answers with every time far in the future read as now (core/retention.ts); null when none is. */
export function supervisionNotInFuture(s: Supervision, now: number, slack: number): Supervision | null {
  const last = supervisionLastChanged(s);
  if (last === null || last <= now + slack) return null;
  const clamp = <T extends { at: number }>(items: Record<string, T>) =>
    Object.fromEntries(
      Object.entries(items).map(([id, item]) => [id, item.at > now + slack ? { ...item, at: now } : item]),
    );
  return { ...s, answers: clamp(s.answers), actions: clamp(s.actions) };
}

/** The team's supervision answers for one pack, under `supervision:<pack id>`. */
export const SUPERVISION = storedKind<Supervision>('supervision:', {
  what: 'supervision answers for one pack',
  schema: SupervisionSchema,
  // For a pack's key, read gives this with the pack's id.
  fallback: emptySupervision(''),
  read: readSupervision,
});

function later<T extends { at: number }>(a: T | undefined, b: T | undefined): T | undefined {
  if (!a || !b) return a ?? b;
  return b.at > a.at ? b : a;
}

function mergeRecords<T extends { at: number }>(a: Record<string, T>, b: Record<string, T>): Record<string, T> {
  const merged: Record<string, T> = {};
  for (const id of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const winner = later(a[id], b[id]);
    if (winner) merged[id] = winner;
  }
  return merged;
}

export function mergeSupervision(a: Supervision, b: Supervision): Supervision {
  return { packId: a.packId, answers: mergeRecords(a.answers, b.answers), actions: mergeRecords(a.actions, b.actions) };
}

/** The same items with the same times, whatever order they were stored in. */
export function sameSupervision(a: Supervision, b: Supervision): boolean {
  const canonical = (x: Supervision) =>
    JSON.stringify([
      Object.entries(x.answers).sort(([p], [q]) => p.localeCompare(q)),
      Object.entries(x.actions).sort(([p], [q]) => p.localeCompare(q)),
    ]);
  return canonical(a) === canonical(b);
}

export function setReflection(s: Supervision, questionId: string, text: string, now: number): Supervision {
  const at = Math.max(now, (s.answers[questionId]?.at ?? 0) + 1);
  return { ...s, answers: { ...s.answers, [questionId]: { text: text.slice(0, ANSWER_MAX_LENGTH), at } } };
}

export function setActionDone(s: Supervision, actionId: string, done: boolean, now: number): Supervision {
  const at = Math.max(now, (s.actions[actionId]?.at ?? 0) + 1);
  return { ...s, actions: { ...s.actions, [actionId]: { done, at } } };
}

/** The team's answers as plain text for the minutes, questions numbered as in the brief. */
export function minutesText(pack: Pack, s: Supervision, now: Date): string {
  const lines = [
    `Reflective questions from ${pack.review.sourceTitle} (${pack.review.publisher})`,
    `Discussed: ${formatDay(now)}`,
    '',
  ];
  pack.reflectiveQuestions.forEach((question, i) => {
    const answer = s.answers[question.id]?.text.trim();
    lines.push(`${i + 1}. ${question.text}`, answer ? answer : '(not discussed)', '');
  });
  return lines.join('\n');
}
