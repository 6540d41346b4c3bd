import { useState } from 'preact/hooks';
import { MOMENTS, type MomentId } from '../../core/moments';
import { momentListHint } from '../../core/pack/hints';
import { addToList, listLine, listLinesKey, startList, takeOffList } from '../../core/pack/lists';
import type { FormProps } from './DetailsForm';
import { drawnWhenChanged, focusSoon, Hidden } from './fields';

/** Moves an item of a list from one place to another, in place. */
function move(list: string[], from: number, to: number) {
  if (to < 0 || to >= list.length) return;
  const [item] = list.splice(from, 1);
  if (item !== undefined) list.splice(to, 0, item);
}

/**
 * Each moment's short list, in the order it is asked: 5 to 9 questions, reordered by buttons or
 * by dragging. Drawn again only when the lists or a line they show changes, not on every key
 * typed into a question (its handlers edit the pack in the store, never the one drawn).
 */
export const MomentsForm = drawnWhenChanged(
  MomentLists,
  (before, after) =>
    before.onChange === after.onChange &&
    before.pack.moments === after.pack.moments &&
    (before.pack.themes === after.pack.themes || listLinesKey(before.pack.themes) === listLinesKey(after.pack.themes)),
);

function MomentLists({ pack, onChange }: FormProps) {
  const [dragging, setDragging] = useState<{ moment: MomentId; from: number } | null>(null);
  const [adding, setAdding] = useState<Partial<Record<MomentId, string>>>({});
  const lists = pack.moments ?? [];
  const questions = pack.themes.flatMap((theme) => theme.prompts);
  return (
    <section aria-labelledby="moments-heading" class="studio-section">
      <h2 id="moments-heading">Short lists for each moment</h2>
      <p class="hint">
        At each moment, practitioners see a short list of the questions that matter most then, in this order. Each list
        holds 5 to 9 questions. A moment without a list offers all the questions instead.
      </p>
      {MOMENTS.map((moment) => {
        const m = lists.findIndex((list) => list.id === moment.id);
        const list = lists[m];
        const headingId = `moment-${moment.id}-heading`;
        if (!list) {
          return (
            <section key={moment.id} aria-labelledby={headingId} class="studio-moment">
              <h3 id={headingId}>{moment.title}</h3>
              <p class="hint">The list starts with the questions ticked for this moment, in the order of the themes.</p>
              <div class="form-actions">
                <button type="button" onClick={() => onChange((p) => startList(p, moment.id))}>
                  Make a short list<Hidden> for “{moment.title}”</Hidden>
                </button>
              </div>
            </section>
          );
        }
        const ids = list.promptIds;
        const hint = momentListHint(ids.length + (list.virtualPromptIds?.length ?? 0));
        const choices = questions.filter((q) => !ids.includes(q.id) && !list.virtualPromptIds?.includes(q.id));
        const wanted = adding[moment.id];
        const chosen = choices.find((q) => q.id === wanted)?.id ?? choices[0]?.id ?? '';
        const addId = `f-moments-${m}-promptIds`;
        return (
          <section key={moment.id} aria-labelledby={headingId} class="studio-moment">
            <h3 id={headingId}>{moment.title}</h3>
            {hint && (
              <p class="studio-hint" id={`${headingId}-hint`}>
                {hint}
              </p>
            )}
            <ol class="studio-order" aria-label={`${moment.title}: questions in order`}>
              {ids.map((id, i) => {
                const { text, theme } = listLine(pack, id);
                return (
                  <li
                    key={id}
                    draggable
                    onDragStart={() => setDragging({ moment: moment.id, from: i })}
                    onDragOver={(e) => {
                      if (dragging?.moment === moment.id) e.preventDefault();
                    }}
                    onDrop={(e) => {
                      e.preventDefault();
                      if (dragging?.moment !== moment.id) return;
                      const from = dragging.from;
                      setDragging(null);
                      onChange((p) => {
                        const target = p.moments?.find((x) => x.id === moment.id);
                        if (target) move(target.promptIds, from, i);
                      });
                    }}
                  >
                    <span class="studio-order-text">{text}</span> <span class="studio-order-theme">{theme}</span>
                    <span class="studio-order-buttons">
                      <button
                        type="button"
                        class="quiet"
                        id={`move-${moment.id}-${id}-up`}
                        aria-label={`Move up: ${text}`}
                        disabled={i === 0}
                        onClick={() => {
                          onChange((p) => {
                            const target = p.moments?.find((x) => x.id === moment.id);
                            if (target) move(target.promptIds, i, i - 1);
                          });
                          focusSoon(`move-${moment.id}-${id}-up`, `move-${moment.id}-${id}-down`);
                        }}
                      >
                        Move up
                      </button>
                      <button
                        type="button"
                        class="quiet"
                        id={`move-${moment.id}-${id}-down`}
                        aria-label={`Move down: ${text}`}
                        disabled={i === ids.length - 1}
                        onClick={() => {
                          onChange((p) => {
                            const target = p.moments?.find((x) => x.id === moment.id);
                            if (target) move(target.promptIds, i, i + 1);
                          });
                          focusSoon(`move-${moment.id}-${id}-down`, `move-${moment.id}-${id}-up`);
                        }}
                      >
                        Move down
                      </button>
                      <button
                        type="button"
                        class="quiet"
                        aria-label={`Take off the list: ${text}`}
                        onClick={() => {
                          // Off the list means not asked at this moment: the question is unticked too.
                          onChange((p) => takeOffList(p, moment.id, id));
                          focusSoon(addId, headingId);
                        }}
                      >
                        Take off the list
                      </button>
                    </span>
                  </li>
                );
              })}
            </ol>
            {(list.virtualPromptIds?.length ?? 0) > 0 && (
              <>
                <p id={`${headingId}-virtual`}>Added when the meeting is by video or phone:</p>
                <ul class="studio-order" aria-labelledby={`${headingId}-virtual`}>
                  {list.virtualPromptIds?.map((id) => {
                    const { text, theme } = listLine(pack, id);
                    return (
                      <li key={id}>
                        <span class="studio-order-text">{text}</span> <span class="studio-order-theme">{theme}</span>
                        <span class="studio-order-buttons">
                          <button
                            type="button"
                            class="quiet"
                            aria-label={`Take off the video or phone list: ${text}`}
                            onClick={() => onChange((p) => takeOffList(p, moment.id, id))}
                          >
                            Take off the list
                          </button>
                        </span>
                      </li>
                    );
                  })}
                </ul>
              </>
            )}
            {choices.length > 0 && (
              <div class="field-row">
                <label for={addId} class="studio-add-label">
                  Question to add to “{moment.title}”
                </label>
                <select
                  id={addId}
                  value={chosen}
                  onChange={(e) => setAdding({ ...adding, [moment.id]: e.currentTarget.value })}
                >
                  {choices.map((q) => {
                    const line = listLine(pack, q.id);
                    return (
                      <option key={q.id} value={q.id}>
                        {line.theme}: {line.text}
                      </option>
                    );
                  })}
                </select>
                <button
                  type="button"
                  // On the list means asked at this moment: the question is ticked for it too.
                  onClick={() => onChange((p) => addToList(p, moment.id, chosen))}
                >
                  Add to the list<Hidden> for “{moment.title}”</Hidden>
                </button>
              </div>
            )}
            <div class="form-actions">
              <button
                type="button"
                class="quiet"
                onClick={() =>
                  onChange((p) => {
                    p.moments = (p.moments ?? []).filter((x) => x.id !== moment.id);
                  })
                }
              >
                Remove the short list<Hidden> for “{moment.title}”</Hidden>
              </button>
            </div>
          </section>
        );
      })}
    </section>
  );
}
