import type { AnswerState } from '../core/checklist';
import type { Prompt } from '../core/pack/schema';

/** Shown under a father or male-carer question marked not applicable. */
export const NA_REASON_ASK = 'Write in the case note why this does not apply to this child’s father or male carer.';

export interface PromptItemProps {
  prompt: Prompt;
  state: AnswerState;
  onAnswer(promptId: string, state: AnswerState): void;
  /** The theme the prompt comes from, shown where prompts of several themes are listed together. */
  from?: string;
  /** The question was reworded since it was answered: the answer is to be checked again. */
  reworded?: boolean;
}

/** Shown under an answered question whose wording changed in a newer version of its pack. */
export const REWORDED = 'Reworded since you answered: check again';

/**
 * One question as one compact row: the question is the checkbox's label, the theme it comes
 * from follows it in small print, and "not applicable" is a small button at the row's end
 * rather than a line of its own, so a moment's whole list fits beside the case system.
 */
export function PromptItem({ prompt, state, onAnswer, from, reworded = false }: PromptItemProps) {
  const inputId = `prompt-${prompt.id}`;
  const notApplicable = state === 'na';
  const fromId = from ? `${inputId}-from` : undefined;
  // A father or male carer marked not applicable: the reason belongs in the case note, which is
  // where it is written. Nothing is typed here and nothing more is stored.
  const askReason = notApplicable && prompt.fatherOrMaleCarer === true;
  const reasonId = askReason ? `${inputId}-reason` : undefined;
  const rewordedId = reworded ? `${inputId}-reworded` : undefined;
  const describedBy = [fromId, reasonId, rewordedId].filter(Boolean).join(' ') || undefined;
  return (
    <li class="prompt" data-state={state}>
      <input
        id={inputId}
        type="checkbox"
        checked={state === 'done'}
        disabled={notApplicable}
        aria-describedby={describedBy}
        onChange={(e) => onAnswer(prompt.id, e.currentTarget.checked ? 'done' : 'open')}
      />
      <span class="prompt-text">
        <label for={inputId}>
          {prompt.text}
          {notApplicable && <span class="visually-hidden"> (marked not applicable)</span>}
        </label>{' '}
        {from && (
          <span class="from-theme" id={fromId}>
            {from}
          </span>
        )}
        {askReason && (
          <span class="na-reason" id={reasonId}>
            {NA_REASON_ASK}
          </span>
        )}
        {reworded && (
          <span class="reworded" id={rewordedId}>
            {REWORDED}
          </span>
        )}
      </span>
      <button type="button" class="na-button" onClick={() => onAnswer(prompt.id, notApplicable ? 'open' : 'na')}>
        {notApplicable ? 'Undo N/A' : 'N/A'}
        <span class="visually-hidden">
          {notApplicable ? ' (make applicable again): ' : ' (not applicable): '}
          {prompt.text}
        </span>
      </button>
    </li>
  );
}
