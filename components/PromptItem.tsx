import type { Prompt } from '../content/schema';
import type { AnswerState } from '../core/checklist';

export interface PromptItemProps {
  prompt: Prompt;
  state: AnswerState;
  onAnswer(promptId: string, state: AnswerState): void;
  /** The theme the prompt comes from, shown where prompts of several themes are listed together. */
  from?: string;
}

export function PromptItem({ prompt, state, onAnswer, from }: PromptItemProps) {
  const inputId = `prompt-${prompt.id}`;
  const notApplicable = state === 'na';
  return (
    <li class="prompt" data-state={state}>
      <div class="prompt-row">
        <input
          id={inputId}
          type="checkbox"
          checked={state === 'done'}
          disabled={notApplicable}
          onChange={(e) => onAnswer(prompt.id, e.currentTarget.checked ? 'done' : 'open')}
        />
        <label for={inputId}>{prompt.text}</label>
      </div>
      {from && <p class="from-theme">{from}</p>}
      <div class="prompt-actions">
        {notApplicable && <span class="tag">Marked not applicable</span>}
        <button type="button" class="quiet" onClick={() => onAnswer(prompt.id, notApplicable ? 'open' : 'na')}>
          {notApplicable ? 'Undo not applicable' : 'Not applicable'}
          <span class="visually-hidden"> ({prompt.text})</span>
        </button>
      </div>
    </li>
  );
}
