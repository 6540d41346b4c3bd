import { useState } from 'preact/hooks';
import { type AnswerState, answerState, type CaseChecklist } from '../core/checklist';
import type { MomentItem } from '../core/moments';
import type { GlossaryEntry } from '../core/pack/schema';
import { sourceText } from '../core/pack/sources';
import { isReworded } from '../core/wording';
import { PromptItem } from './PromptItem';

export interface MomentListProps {
  /** The list's accessible name, e.g. "Before a conference or core group: prompts". */
  label: string;
  items: readonly MomentItem[];
  checklist: CaseChecklist | null;
  onAnswer(promptId: string, state: AnswerState): void;
  /** Plain meanings of the less familiar words these questions use. */
  terms?: readonly GlossaryEntry[];
}

/** A pause point's short list, in order, each prompt with the theme it comes from. */
export function MomentList({ label, items, checklist, onAnswer, terms = [] }: MomentListProps) {
  const [showFull, setShowFull] = useState(false);
  const anyShort = items.some(({ prompt }) => prompt.short !== undefined && prompt.short !== prompt.text);
  return (
    <>
      <ol class="prompts moment-list" aria-label={label}>
        {items.map(({ prompt, theme, virtual }) => (
          <PromptItem
            key={prompt.id}
            prompt={prompt}
            state={answerState(checklist, prompt.id)}
            onAnswer={onAnswer}
            reworded={isReworded(checklist?.answers[prompt.id], prompt)}
            from={virtual ? `${theme.short ?? theme.title} (video or phone)` : (theme.short ?? theme.title)}
            showFull={showFull}
          />
        ))}
      </ol>
      {/* Below the list, so it never pushes a question out of view. */}
      {anyShort && (
        <button type="button" class="quiet full-toggle" aria-pressed={showFull} onClick={() => setShowFull(!showFull)}>
          Show full questions
        </button>
      )}
      {/* One closed line for the whole list, so explanations never push the questions apart. */}
      {terms.length > 0 && (
        <details class="glossary">
          <summary>Words used here, explained</summary>
          <dl>
            {terms.map((entry) => (
              <div key={entry.term}>
                <dt>{entry.term}</dt>
                <dd>
                  {entry.meaning}
                  {entry.source && <span class="source"> (From {sourceText(entry.source)}.)</span>}
                </dd>
              </div>
            ))}
          </dl>
        </details>
      )}
    </>
  );
}
