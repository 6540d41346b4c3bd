import { useState } from 'preact/hooks';
import { type AnswerState, answerState, type CaseChecklist, progressOf } from '../core/checklist';
import type { ChecklistTheme } from '../core/pack/schema';
import { promptSource, sourceText } from '../core/pack/sources';
import { isReworded } from '../core/wording';
import { ProgressText } from './ProgressText';
import { PromptItem } from './PromptItem';

export interface ThemeSectionProps {
  theme: ChecklistTheme;
  /** "Why this matters"; undefined while it is still loading. */
  why: string | undefined;
  /**
   * In a pack drawing on several reviews, the title of the review this theme comes from; left out
   * for a pack of one review, where "the brief" is plain and the name would repeat on every theme.
   */
  review?: string | undefined;
  checklist: CaseChecklist | null;
  expanded: boolean;
  onToggle(themeId: string): void;
  onAnswer(promptId: string, state: AnswerState): void;
}

export function ThemeSection({ theme, why, review, checklist, expanded, onToggle, onAnswer }: ThemeSectionProps) {
  const [showWhy, setShowWhy] = useState(false);
  const progress = progressOf(
    checklist,
    theme.prompts.map((p) => p.id),
  );
  const bodyId = `theme-${theme.id}-body`;
  const whyId = `theme-${theme.id}-why`;
  return (
    <section class="theme" id={`theme-${theme.id}`} data-complete={progress.done === progress.applicable}>
      <h3>
        <button
          type="button"
          class="theme-toggle"
          id={`theme-toggle-${theme.id}`}
          aria-expanded={expanded}
          aria-controls={bodyId}
          onClick={() => onToggle(theme.id)}
        >
          <span class="theme-title">{theme.title}</span>
          <span class="theme-count">
            <ProgressText progress={progress} />
          </span>
        </button>
      </h3>
      <div id={bodyId} hidden={!expanded}>
        <button
          type="button"
          class="quiet"
          aria-expanded={showWhy}
          aria-controls={whyId}
          onClick={() => setShowWhy(!showWhy)}
        >
          Why this matters<span class="visually-hidden"> ({theme.title})</span>
        </button>
        <div id={whyId} class="why" hidden={!showWhy}>
          <p>{why ?? 'Loading…'}</p>
          <p class="source">
            {review
              ? `From “${review}”, section “${theme.sourceSection}”.`
              : `From the brief’s section “${theme.sourceSection}”.`}
          </p>
          {/* Questions whose advice the brief does not give say where it comes from. */}
          {theme.prompts.map((prompt) => {
            const source = promptSource(prompt);
            return source.kind === 'brief' && source.title === theme.sourceSection ? null : (
              <p key={prompt.id} class="source">
                “{prompt.text}” comes from {sourceText(source, review && `“${review}”`)}.
              </p>
            );
          })}
        </div>
        <ul class="prompts">
          {theme.prompts.map((prompt) => (
            <PromptItem
              key={prompt.id}
              prompt={prompt}
              state={answerState(checklist, prompt.id)}
              onAnswer={onAnswer}
              reworded={isReworded(checklist?.answers[prompt.id], prompt)}
              full
            />
          ))}
        </ul>
      </div>
    </section>
  );
}
