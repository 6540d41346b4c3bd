/**
 * Bringing a case's answers up to a new version of its pack, once: what changed since the
 * version the case was last answered or checked with. Loaded only when a case's pack is newer
 * than its answers, so the panel's first load does not carry it.
 */
import { type CaseChecklist, compareVersionText as compareVersions, setAnswer } from './checklist';
import type { PackChecklist } from './pack/schema';
import { isReworded } from './wording';

export interface PackUpdate {
  /** The version the case's answers were last given or checked with. */
  from: string;
  to: string;
  /** Questions reworded since they were answered, still answered: to check again. */
  reworded: string[];
  /** Answers cleared because their question now means something else. */
  cleared: string[];
  /**
   * Questions added since the case's version, as their author marked them (`addedIn`), and not
   * yet answered on this case.
   */
  added: string[];
}

/**
 * Brings a case's answers up to the pack's version: an answer whose question changed meaning
 * since the case's version is cleared; the case then records the new version, so the update
 * is told once. Null when the case is already at this version (or uses another pack).
 */
export function updateToPack(
  checklist: CaseChecklist,
  pack: PackChecklist,
  now: number,
): { checklist: CaseChecklist; update: PackUpdate } | null {
  if (checklist.packId !== pack.id || checklist.packVersion === pack.version) return null;
  const reworded: string[] = [];
  const cleared: string[] = [];
  const added: string[] = [];
  let next = checklist;
  for (const theme of pack.themes) {
    for (const prompt of theme.prompts) {
      const answer = checklist.answers[prompt.id];
      const addedIn = prompt.addedIn;
      if (
        addedIn !== undefined &&
        answer === undefined &&
        compareVersions(checklist.packVersion, addedIn) < 0 &&
        compareVersions(addedIn, pack.version) <= 0
      )
        added.push(prompt.id);
      if (!isReworded(answer, prompt)) continue;
      const changedIn = prompt.meaningChangedIn;
      if (changedIn !== undefined && compareVersions(checklist.packVersion, changedIn) < 0) {
        cleared.push(prompt.id);
        next = setAnswer(next, prompt.id, 'open', now);
      } else reworded.push(prompt.id);
    }
  }
  return {
    checklist: { ...next, packVersion: pack.version },
    update: { from: checklist.packVersion, to: pack.version, reworded, cleared, added },
  };
}

/**
 * The update told once on a case, in one line: "Harbour updated to 1.1.0: 1 question reworded
 * since you answered: check again; 1 answer cleared because the question changed meaning; 1
 * question added."
 */
export function updateText(title: string, update: PackUpdate): string {
  const parts: string[] = [];
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  if (update.reworded.length > 0)
    parts.push(`${n(update.reworded.length, 'question', 'questions')} reworded since you answered: check again`);
  if (update.cleared.length > 0)
    parts.push(`${n(update.cleared.length, 'answer', 'answers')} cleared because the question changed meaning`);
  if (update.added.length > 0) parts.push(`${n(update.added.length, 'question', 'questions')} added`);
  return `${title} updated to ${update.to}${parts.length > 0 ? `: ${parts.join('; ')}` : ''}.`;
}
