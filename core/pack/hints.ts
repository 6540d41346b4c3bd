/**
 * Writing hints for a pack's questions and short lists: not errors (a pack with them still
 * imports) but what makes a question easy to answer "yes" to beside a case record. The limits
 * are the ones the Ivy pack was written to.
 */
import { readingGrade } from '../reading-grade';
import { MOMENTS } from './moment-ids';
import type { Pack } from './schema';
import { termsUsed } from './sources';

const MAX_QUESTION_WORDS = 25;
const MAX_READING_GRADE = 9;
const MOMENT_LIST_MIN = 5;
export const MOMENT_LIST_MAX = 9;

/**
 * Words that make a practitioner stop and translate, each with a plainer choice. Kept short
 * on purpose: safeguarding's own terms (core group, strategy discussion) are explained in the
 * pack's glossary instead, not avoided.
 */
const JARGON: Readonly<Record<string, string>> = {
  utilise: 'use',
  utilize: 'use',
  facilitate: 'help, arrange',
  ascertain: 'find out',
  commence: 'start',
  'prior to': 'before',
  'in respect of': 'about',
  'with regard to': 'about',
  cognisant: 'aware',
  robust: 'thorough, strong',
  holistic: 'whole, all of',
  triangulate: 'check with others',
  proactive: 'early, without being asked',
  stakeholder: 'the people involved',
  'going forward': 'from now on',
  leverage: 'use',
  interface: 'work with',
};

const words = (text: string) => text.split(/\s+/).filter((w) => /[a-z0-9]/i.test(w));

/** The jargon words a text uses, as the list spells them. */
export function jargonIn(text: string): string[] {
  const lower = ` ${text
    .toLowerCase()
    .replace(/[^a-z\s-]/g, ' ')
    .replace(/\s+/g, ' ')} `;
  return Object.keys(JARGON).filter((term) => lower.includes(` ${term} `));
}

/** Plain-words hints on one question; none for an empty one (that is a problem, not a hint). */
export function questionHints(text: string): string[] {
  const trimmed = text.trim();
  if (trimmed.length === 0) return [];
  const hints: string[] = [];
  if (!trimmed.endsWith('?')) {
    hints.push('This is not written as a question. Ask something a practitioner can answer “yes” to, ending with “?”.');
  }
  const count = words(trimmed).length;
  if (count > MAX_QUESTION_WORDS) {
    hints.push(
      `This question has ${count} words. Aim for ${MAX_QUESTION_WORDS} or fewer, so it can be read at a glance.`,
    );
  }
  const grade = Math.round(readingGrade(trimmed));
  if (grade > MAX_READING_GRADE) {
    // The formula gives a US school grade; readers here know a reading age, five years on.
    hints.push(
      `This needs a reading age of about ${grade + 5}. Aim for ${MAX_READING_GRADE + 5} or under: shorter words and sentences.`,
    );
  }
  for (const term of jargonIn(trimmed)) {
    hints.push(`“${term}” is jargon. Try “${JARGON[term]}”.`);
  }
  return hints;
}

/** A hint on a moment's short list when it is not 5 to 9 questions long. */
export function momentListHint(count: number): string | null {
  if (count >= MOMENT_LIST_MIN && count <= MOMENT_LIST_MAX) return null;
  return `This list has ${count} question${count === 1 ? '' : 's'}. A short list holds ${MOMENT_LIST_MIN} to ${MOMENT_LIST_MAX}, so that with short questions and short theme names it fits on one screen.`;
}

/**
 * A hint on a written question with no short checklist line: the list then shows the whole
 * question, and a moment's list of whole questions rarely fits one screen.
 */
export function shortLineHint(question: string, short: string | undefined): string | null {
  if (question.trim().length === 0 || (short ?? '').trim().length > 0) return null;
  return 'No short checklist line yet: the short lists show the whole question instead, so fewer fit on one screen. Write the question again in 8 words or fewer, like “Father or male carer seen yourself?”.';
}

/**
 * The words explained that no question, action, resource or moment with a list uses, by their
 * place in the list.
 * The panel offers a meaning only beside text that uses the word, so these are never shown.
 */
export function unusedWords(pack: Pick<Pack, 'themes' | 'actions' | 'resources' | 'glossary' | 'moments'>): number[] {
  const texts = [
    // The panel offers meanings for a moment's title too ("Before a conference or core group").
    ...MOMENTS.filter((moment) => pack.moments?.some((list) => list.id === moment.id)).map((moment) => moment.title),
    ...pack.themes.flatMap((theme) => theme.prompts.flatMap((prompt) => [prompt.text, prompt.short ?? ''])),
    ...pack.actions.flatMap((action) => [action.title, action.text]),
    ...pack.resources.flatMap((resource) => [resource.title, resource.description]),
  ];
  const used = new Set(termsUsed(pack.glossary, texts));
  return (pack.glossary ?? []).flatMap((entry, i) => (entry.term.trim() === '' || used.has(entry) ? [] : [i]));
}

/** The hint on a word explained that nothing uses. */
export function unusedWordHint(term: string): string {
  return `No question, action or resource uses “${term.trim()}”, so practitioners never see this meaning. Use the word in one of them, or remove it.`;
}
