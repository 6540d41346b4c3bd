/**
 * Which wording of a question an answer was given to. Each answer keeps a short hash of the
 * question's full text (never the text itself, and nothing typed); when a pack's new version
 * rewords the question, the hash no longer matches and the panel asks the practitioner to check
 * the answer again. When the pack's author marks the change as one of meaning
 * (`meaningChangedIn`), the answer is cleared instead: it answered another question.
 */
import type { Answer } from './checklist';
import type { Prompt } from './pack/schema';

/** FNV-1a over the text's UTF-16 code units, as 8 hex digits: enough to tell two wordings apart. */
export function wordingHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** True when the answer was given to other words than the question has now. */
export function isReworded(answer: Answer | undefined, prompt: Pick<Prompt, 'text'>): boolean {
  return (
    answer !== undefined && answer.state !== 'open' && answer.w !== undefined && answer.w !== wordingHash(prompt.text)
  );
}
