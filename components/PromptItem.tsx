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
  /** Show the full question under the short line, whatever has focus. */
  showFull?: boolean;
  /** The full question is the label (all prompts, read beside "why this matters"). */
  full?: boolean;
}

/** The checklist line of a question: its short line where the pack gives one, else the question. */
function promptLine(prompt: Prompt): string {
  return prompt.short ?? prompt.text;
}

/** Shown under an answered question whose wording changed in a newer version of its pack. */
const REWORDED = 'Reworded since you answered: check again';

/**
 * One question as one compact row: the question's short line is the checkbox's label, the theme
 * it comes from follows it in small print, and "not applicable" is a small button at the row's
 * end (in Firefox's 240 px sidebar, at the end of the line's last line), so a moment's whole list
 * fits beside the case system.
 *
 * The full question is always one step away: it is the checkbox's accessible description (a
 * screen reader says it after the short line), it shows under the line while the row has the
 * keyboard, as the label's tooltip under a mouse, and for the whole list by "Show full
 * questions". The summary and "why this matters" always use the full question.
 */
export function PromptItem({
  prompt,
  state,
  onAnswer,
  from,
  reworded = false,
  showFull = false,
  full = false,
}: PromptItemProps) {
  const inputId = `prompt-${prompt.id}`;
  const notApplicable = state === 'na';
  const line = full ? prompt.text : promptLine(prompt);
  const fullId = line !== prompt.text ? `${inputId}-full` : undefined;
  const fromId = from ? `${inputId}-from` : undefined;
  // A father or male carer marked not applicable: the reason belongs in the case note, which is
  // where it is written. Nothing is typed here and nothing more is stored.
  const askReason = notApplicable && prompt.fatherOrMaleCarer === true;
  const reasonId = askReason ? `${inputId}-reason` : undefined;
  const rewordedId = reworded ? `${inputId}-reworded` : undefined;
  const describedBy = [fullId, fromId, reasonId, rewordedId].filter(Boolean).join(' ') || undefined;
  return (
    <li class="prompt" data-state={state} data-full={showFull ? 'shown' : undefined}>
      <input
        id={inputId}
        type="checkbox"
        checked={state === 'done'}
        disabled={notApplicable}
        aria-describedby={describedBy}
        onChange={(e) => onAnswer(prompt.id, e.currentTarget.checked ? 'done' : 'open')}
      />
      <span class="prompt-text">
        <span class="prompt-line">
          <label for={inputId} title={fullId ? prompt.text : undefined}>
            {line}
            {notApplicable && <span class="visually-hidden"> (marked not applicable)</span>}
          </label>{' '}
          {from && (
            <span class="from-theme" id={fromId}>
              {from}
            </span>
          )}
        </span>
        <button type="button" class="na-button" onClick={() => onAnswer(prompt.id, notApplicable ? 'open' : 'na')}>
          <span aria-hidden="true">{notApplicable ? 'Undo' : 'N/A'}</span>
          <span class="visually-hidden">
            {notApplicable ? 'Undo N/A (make applicable again): ' : 'N/A (not applicable): '}
            {line}
          </span>
        </button>
        {fullId && (
          <span class="prompt-full" id={fullId}>
            {prompt.text}
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
    </li>
  );
}
