/**
 * Where a line comes from, in words: the review's own brief (which section), named national
 * guidance, or local procedures. Advice the brief does not give is never put in its mouth.
 */
import type { GlossaryEntry, Prompt, Source, SourceKind } from './schema';

export interface LineSource {
  kind: SourceKind;
  /** The brief's section heading, or the guidance's publisher and title. */
  title: string;
}

export function promptSource(prompt: Pick<Prompt, 'sourceSection' | 'source'>): LineSource {
  return prompt.source ?? { kind: 'brief', title: prompt.sourceSection };
}

const KIND_WORDS: Record<SourceKind, string> = {
  brief: 'the brief',
  national: 'national guidance',
  local: 'local procedures',
};

/**
 * "the brief, section “Safer sleeping advice”" or "national guidance: The Lullaby Trust, …".
 * A brief source may name several sections, separated by " | ". `brief` names the brief where
 * "the brief" could be read as another one: the safer sleep card shows beside every pack.
 */
export function sourceText(source: LineSource | Source, brief: string = KIND_WORDS.brief): string {
  if (source.kind !== 'brief') return `${KIND_WORDS[source.kind]}: ${source.title}`;
  const sections = source.title.split(' | ').map((section) => `“${section}”`);
  return sections.length === 1
    ? `${brief}, section ${sections[0]}`
    : `${brief}, sections ${sections.slice(0, -1).join(', ')} and ${sections.at(-1)}`;
}

/** The short tag a summary line carries. */
export function sourceKindWords(kind: SourceKind): string {
  return KIND_WORDS[kind];
}

/**
 * The glossary entries whose terms appear in any of the texts, in glossary order. Whole words,
 * ignoring case, so "core group" is found in "Before a conference or core group".
 */
export function termsUsed(glossary: readonly GlossaryEntry[] | undefined, texts: readonly string[]): GlossaryEntry[] {
  const haystack = texts.join('\n').toLowerCase();
  return (glossary ?? []).filter((entry) => {
    const term = entry.term.toLowerCase();
    let from = haystack.indexOf(term);
    while (from >= 0) {
      const before = haystack.charAt(from - 1);
      const after = haystack.charAt(from + term.length);
      if (!/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(after)) return true;
      from = haystack.indexOf(term, from + 1);
    }
    return false;
  });
}

/**
 * In a pack drawing on several reviews, the review each theme comes from, by theme id: its title
 * as printed (the pack's own review for a theme that names none). Empty for a pack of one review,
 * where the review's name on every theme would say the same thing each time.
 */
export function themeReviews(pack: {
  review: { sourceTitle: string };
  reviews?: readonly { id: string; title: string }[] | undefined;
  themes: readonly { id: string; reviewId?: string | undefined }[];
}): Record<string, string> {
  const reviews = new Map((pack.reviews ?? []).map((r) => [r.id, r.title]));
  if (reviews.size === 0) return {};
  return Object.fromEntries(
    pack.themes.map((t) => [t.id, (t.reviewId && reviews.get(t.reviewId)) || pack.review.sourceTitle]),
  );
}
