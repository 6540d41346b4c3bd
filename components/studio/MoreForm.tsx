import { RESOURCE_GROUPS } from '../../content/schema';
import { allIds, blankResource, nextId } from '../../core/pack-draft';
import type { FormProps } from './DetailsForm';
import { Field, focusSoon, Hidden } from './fields';

/** Resources, the brief's reflective questions for supervision, and its "what to do next" actions. */
export function MoreForm({ pack, onChange }: FormProps) {
  return (
    <>
      <section aria-labelledby="resources-heading" class="studio-section">
        <h2 id="resources-heading">Resources</h2>
        <p class="hint">Tools, procedures and guidance the brief points to, each with its web address.</p>
        {pack.resources.map((resource, r) => {
          const n = r + 1;
          const base = `f-resources-${r}`;
          const set = (edit: (res: (typeof pack.resources)[number]) => void) =>
            onChange((p) => {
              const target = p.resources[r];
              if (target) edit(target);
            });
          return (
            <section key={resource.id} class="studio-question" aria-labelledby={`${base}-heading`}>
              <h3 id={`${base}-heading`}>Resource {n}</h3>
              <Field
                id={`${base}-title`}
                of={`Resource ${n}`}
                label="Title"
                value={resource.title}
                onInput={(title) =>
                  set((res) => {
                    res.title = title;
                  })
                }
              />
              <Field
                id={`${base}-url`}
                type="url"
                of={`Resource ${n}`}
                label="Web address"
                hint="Starting https://"
                value={resource.url}
                onInput={(url) =>
                  set((res) => {
                    res.url = url;
                  })
                }
              />
              <Field
                id={`${base}-publisher`}
                of={`Resource ${n}`}
                label="Published by"
                value={resource.publisher}
                onInput={(publisher) =>
                  set((res) => {
                    res.publisher = publisher;
                  })
                }
              />
              <Field
                id={`${base}-description`}
                of={`Resource ${n}`}
                label="What it is"
                multiline
                rows={2}
                value={resource.description}
                onInput={(description) =>
                  set((res) => {
                    res.description = description;
                  })
                }
              />
              <div class="studio-field">
                <label for={`${base}-group`}>
                  <Hidden>Resource {n}: </Hidden>Group
                </label>
                <select
                  id={`${base}-group`}
                  value={resource.group}
                  onChange={(e) => {
                    const group = RESOURCE_GROUPS.find((g) => g.id === e.currentTarget.value)?.id;
                    if (group)
                      set((res) => {
                        res.group = group;
                      });
                  }}
                >
                  {RESOURCE_GROUPS.map((g) => (
                    <option key={g.id} value={g.id}>
                      {g.title}
                    </option>
                  ))}
                </select>
              </div>
              <span class="choice">
                <input
                  type="checkbox"
                  id={`${base}-fromSource`}
                  checked={resource.fromSource}
                  onChange={(e) => {
                    const on = e.currentTarget.checked;
                    set((res) => {
                      res.fromSource = on;
                    });
                  }}
                />
                <label for={`${base}-fromSource`}>
                  <Hidden>Resource {n}: </Hidden>The brief itself lists it
                </label>
              </span>
              <div class="form-actions">
                <button type="button" class="quiet" onClick={() => onChange((p) => void p.resources.splice(r, 1))}>
                  Remove resource {n}
                </button>
              </div>
            </section>
          );
        })}
        <div class="form-actions">
          <button
            type="button"
            id="f-resources"
            onClick={() => {
              onChange((p) => void p.resources.push(blankResource(nextId('resource', allIds(p)))));
              focusSoon(`f-resources-${pack.resources.length}-title`);
            }}
          >
            Add a resource
          </button>
        </div>
      </section>

      <section aria-labelledby="reflective-heading" class="studio-section">
        <h2 id="reflective-heading">Reflective questions</h2>
        <p class="hint">Questions for supervision or a team meeting, about practice, never about one family.</p>
        {pack.reflectiveQuestions.map((question, i) => (
          <div key={question.id} class="studio-row">
            <Field
              id={`f-reflectiveQuestions-${i}-text`}
              label={`Reflective question ${i + 1}`}
              multiline
              rows={2}
              value={question.text}
              onInput={(text) =>
                onChange((p) => {
                  const target = p.reflectiveQuestions[i];
                  if (target) target.text = text;
                })
              }
            />
            <button
              type="button"
              class="quiet"
              onClick={() => onChange((p) => void p.reflectiveQuestions.splice(i, 1))}
            >
              Remove reflective question {i + 1}
            </button>
          </div>
        ))}
        <div class="form-actions">
          <button
            type="button"
            id="f-reflectiveQuestions"
            onClick={() => {
              onChange((p) => void p.reflectiveQuestions.push({ id: nextId('reflect', allIds(p)), text: '' }));
              focusSoon(`f-reflectiveQuestions-${pack.reflectiveQuestions.length}-text`);
            }}
          >
            Add a reflective question
          </button>
        </div>
      </section>

      <section aria-labelledby="glossary-heading" class="studio-section">
        <h2 id="glossary-heading">Words explained</h2>
        <p class="hint">
          Terms a GP, police officer or new practitioner may not know, such as “core group”, each with a short plain
          meaning. The panel offers a meaning beside the questions that use the word.
        </p>
        {(pack.glossary ?? []).map((entry, i) => (
          <section key={i} class="studio-question" aria-labelledby={`f-glossary-${i}-heading`}>
            <h3 id={`f-glossary-${i}-heading`}>Word {i + 1}</h3>
            <Field
              id={`f-glossary-${i}-term`}
              of={`Word ${i + 1}`}
              label="Word or phrase"
              value={entry.term}
              onInput={(term) =>
                onChange((p) => {
                  const target = p.glossary?.[i];
                  if (target) target.term = term;
                })
              }
            />
            <Field
              id={`f-glossary-${i}-meaning`}
              of={`Word ${i + 1}`}
              label="What it means, in plain words"
              multiline
              rows={2}
              value={entry.meaning}
              onInput={(meaning) =>
                onChange((p) => {
                  const target = p.glossary?.[i];
                  if (target) target.meaning = meaning;
                })
              }
            />
            <div class="form-actions">
              <button
                type="button"
                class="quiet"
                onClick={() => {
                  onChange((p) => void p.glossary?.splice(i, 1));
                  focusSoon('f-glossary');
                }}
              >
                Remove word {i + 1}
              </button>
            </div>
          </section>
        ))}
        <div class="form-actions">
          <button
            type="button"
            id="f-glossary"
            onClick={() => {
              onChange((p) => {
                p.glossary = [...(p.glossary ?? []), { term: '', meaning: '' }];
              });
              focusSoon(`f-glossary-${pack.glossary?.length ?? 0}-term`);
            }}
          >
            Add a word to explain
          </button>
        </div>
      </section>

      <section aria-labelledby="actions-heading" class="studio-section">
        <h2 id="actions-heading">What to do next</h2>
        <p class="hint">The brief’s actions for practitioners, which they can tick off as their own checklist.</p>
        {pack.actions.map((action, i) => (
          <section key={action.id} class="studio-question" aria-labelledby={`f-actions-${i}-heading`}>
            <h3 id={`f-actions-${i}-heading`}>Action {i + 1}</h3>
            <Field
              id={`f-actions-${i}-title`}
              of={`Action ${i + 1}`}
              label="Title"
              value={action.title}
              onInput={(title) =>
                onChange((p) => {
                  const target = p.actions[i];
                  if (target) target.title = title;
                })
              }
            />
            <Field
              id={`f-actions-${i}-text`}
              of={`Action ${i + 1}`}
              label="What to do"
              multiline
              rows={2}
              value={action.text}
              onInput={(text) =>
                onChange((p) => {
                  const target = p.actions[i];
                  if (target) target.text = text;
                })
              }
            />
            <div class="form-actions">
              <button type="button" class="quiet" onClick={() => onChange((p) => void p.actions.splice(i, 1))}>
                Remove action {i + 1}
              </button>
            </div>
          </section>
        ))}
        <div class="form-actions">
          <button
            type="button"
            id="f-actions"
            onClick={() => {
              onChange((p) => void p.actions.push({ id: nextId('action', allIds(p)), title: '', text: '' }));
              focusSoon(`f-actions-${pack.actions.length}-title`);
            }}
          >
            Add an action
          </button>
        </div>
      </section>
    </>
  );
}
