import { type AnswerState, answerState, type CaseChecklist } from '../core/checklist';
import type { MomentItem } from '../core/moments';
import { PromptItem } from './PromptItem';

export interface MomentListProps {
  /** The list's accessible name, e.g. "Before a conference or core group: prompts". */
  label: string;
  items: readonly MomentItem[];
  checklist: CaseChecklist | null;
  onAnswer(promptId: string, state: AnswerState): void;
}

/** A pause point's short list, in order, each prompt with the theme it comes from. */
export function MomentList({ label, items, checklist, onAnswer }: MomentListProps) {
  return (
    <ol class="prompts moment-list" aria-label={label}>
      {items.map(({ prompt, theme, virtual }) => (
        <PromptItem
          key={prompt.id}
          prompt={prompt}
          state={answerState(checklist, prompt.id)}
          onAnswer={onAnswer}
          from={virtual ? `${theme.short ?? theme.title} (video or phone)` : (theme.short ?? theme.title)}
        />
      ))}
    </ol>
  );
}
