import { useState } from 'preact/hooks';
import type { Pack } from '../core/pack/schema';
import { ANSWER_MAX_LENGTH, minutesText, type Supervision as SupervisionData } from '../core/supervision';
import { ResourceLink } from './ResourceList';

export interface SupervisionProps {
  pack: Pack;
  supervision: SupervisionData;
  /** What could not be saved, if anything. */
  problem?: string | null;
  onAnswer(questionId: string, text: string): void;
  onMarkAction(actionId: string, done: boolean): void;
  onCopy(text: string): Promise<boolean>;
}

/** The brief's reflective questions for team discussion, and the practitioner's own next steps. */
export function Supervision({ pack, supervision, problem = null, onAnswer, onMarkAction, onCopy }: SupervisionProps) {
  const [said, setSaid] = useState<string | null>(null);
  const resources = new Map(pack.resources.map((r) => [r.id, r]));
  return (
    <section class="supervision" aria-labelledby="supervision-heading">
      <h2 id="supervision-heading">Supervision and team meetings</h2>
      {/* The review's own words: what one brief asks of teams is never put in another's mouth. */}
      <p>
        {pack.review.supervisionInvite ??
          `Reflective questions from “${pack.review.sourceTitle}”, for team meetings or group supervision.`}
      </p>
      <p class="notice notice-info">
        Write about practice, not about any child or family. The answers stay on this device until you copy them into
        your team minutes.
      </p>
      {problem && (
        <p class="notice notice-error" role="alert">
          {problem}
        </p>
      )}
      <ol class="reflections">
        {pack.reflectiveQuestions.map((question) => (
          <li key={question.id}>
            <label for={`reflection-${question.id}`}>{question.text}</label>
            <textarea
              id={`reflection-${question.id}`}
              rows={4}
              maxLength={ANSWER_MAX_LENGTH}
              value={supervision.answers[question.id]?.text ?? ''}
              onInput={(e) => onAnswer(question.id, e.currentTarget.value)}
            />
          </li>
        ))}
      </ol>
      <div class="form-actions">
        <button
          type="button"
          class="secondary"
          onClick={() =>
            void onCopy(minutesText(pack, supervision, new Date())).then((ok) =>
              setSaid(ok ? 'Copied. Paste the answers into your team minutes.' : 'Could not copy. Try again.'),
            )
          }
        >
          Copy for team minutes
        </button>
      </div>
      <p role="status" class="hint">
        {said}
      </p>

      <h2 id="next-heading">What to do next</h2>
      <p>Your own checklist from the brief, not tied to any case.</p>
      <ul class="prompts" aria-labelledby="next-heading">
        {pack.actions.map((action) => (
          <li key={action.id} class="prompt supervision-action">
            <div class="prompt-row">
              <input
                type="checkbox"
                id={`action-${action.id}`}
                checked={supervision.actions[action.id]?.done ?? false}
                onChange={(e) => onMarkAction(action.id, e.currentTarget.checked)}
                aria-describedby={`action-${action.id}-text`}
              />
              <label for={`action-${action.id}`}>{action.title}</label>
            </div>
            <p class="action-text" id={`action-${action.id}-text`}>
              {action.text}
            </p>
            {(action.resourceIds ?? []).map((id) => {
              const resource = resources.get(id);
              return resource ? (
                <p key={id} class="action-link">
                  <ResourceLink resource={resource} />
                </p>
              ) : null;
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
