import { allIds, blankResource, nextId, removeResource } from '../../core/pack/edit';
import { unusedWordHint } from '../../core/pack/hints';
import { RESOURCE_GROUPS } from '../../core/pack/schema';
import type { FormProps } from './DetailsForm';
import { changeOf, drawnWhenChanged, Field, focusSoon, Hidden, type TextKey, textOf } from './fields';
import { ResourceLinks, resourceChoicesOf, toggleLink } from './ResourceLinks';

/** Resources, the brief's reflective questions for supervision, and its "what to do next" actions. */
export const MoreForm = drawnWhenChanged(
  MoreFields,
  (before, after) =>
    before.onChange === after.onChange &&
    before.pack.resources === after.pack.resources &&
    before.pack.reflectiveQuestions === after.pack.reflectiveQuestions &&
    before.pack.glossary === after.pack.glossary &&
    before.pack.actions === after.pack.actions &&
    before.unusedWords === after.unusedWords,
);

interface MoreProps extends FormProps {
  /**
   * The places of the words explained that nothing in the pack uses, joined ("0 3"): found
   * once typing settles, so a key typed in a question does not redraw this part of the form.
   */
  unusedWords: string;
}

function MoreFields({ pack, onChange, unusedWords }: MoreProps) {
  const unused = new Set(unusedWords.split(' ').filter(Boolean).map(Number));
  const choices = resourceChoicesOf(pack.resources);
  return (
    <>
      <section aria-labelledby="resources-heading" class="studio-section">
        <h2 id="resources-heading">Resources</h2>
        <p class="hint">Tools, procedures and guidance the brief points to, each with its web address.</p>
        {pack.resources.map((resource, r) => {
          const n = r + 1;
          const base = `f-resources-${r}`;
          const set = changeOf(onChange, (p) => p.resources[r]);
          const resourceText = (key: TextKey<typeof resource>) => textOf(resource, key, base, set);
          return (
            <section key={resource.id} class="studio-question" aria-labelledby={`${base}-heading`}>
              <h3 id={`${base}-heading`}>Resource {n}</h3>
              <Field {...resourceText('title')} of={`Resource ${n}`} label="Title" />
              <Field
                {...resourceText('url')}
                type="url"
                of={`Resource ${n}`}
                label="Web address"
                hint="Starting https://"
              />
              <Field {...resourceText('publisher')} of={`Resource ${n}`} label="Published by" />
              <Field {...resourceText('description')} of={`Resource ${n}`} label="What it is" multiline rows={2} />
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
              <Field
                id={`${base}-addressChecked-on`}
                of={`Resource ${n}`}
                label="Address last checked (optional)"
                hint="When someone last opened the link to see it works, like “November 2026”. Practitioners see it under the link."
                value={resource.addressChecked?.on ?? ''}
                onInput={(on) =>
                  set((res) => {
                    const confirmed = res.addressChecked?.confirmed ?? true;
                    if (on.trim() === '' && confirmed) delete res.addressChecked;
                    else res.addressChecked = { on, confirmed };
                  })
                }
              />
              <span class="choice">
                <input
                  type="checkbox"
                  id={`${base}-addressChecked-confirmed`}
                  checked={resource.addressChecked?.confirmed === false}
                  aria-describedby={`${base}-addressChecked-said`}
                  onChange={(e) => {
                    const unconfirmed = e.currentTarget.checked;
                    set((res) => {
                      res.addressChecked = { on: res.addressChecked?.on ?? '', confirmed: !unconfirmed };
                    });
                  }}
                />
                <label for={`${base}-addressChecked-confirmed`}>
                  <Hidden>Resource {n}: </Hidden>The address could not be confirmed then
                </label>
              </span>
              <p class="hint" id={`${base}-addressChecked-said`}>
                {resource.addressChecked?.confirmed === false
                  ? `Practitioners are told: if the link does not work, search for “${resource.title.trim() || 'its title'}” by ${resource.publisher.trim() || 'its publisher'}.`
                  : 'Ticked, practitioners are told to search for its title and publisher if the link does not work.'}
              </p>
              <Field
                {...resourceText('note')}
                of={`Resource ${n}`}
                label="Note on the address (optional)"
                hint="Where the address was found, or what to search for if it has moved, like “search GOV.UK for ‘Out of routine’”."
                multiline
                rows={2}
              />
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
                <button type="button" class="quiet" onClick={() => onChange((p) => removeResource(p, r))}>
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
              {...textOf(
                entry,
                'term',
                `f-glossary-${i}`,
                changeOf(onChange, (p) => p.glossary?.[i]),
              )}
              of={`Word ${i + 1}`}
              label="Word or phrase"
              describedBy={unused.has(i) ? `f-glossary-${i}-unused` : undefined}
            />
            {unused.has(i) && (
              <p class="studio-hint" id={`f-glossary-${i}-unused`}>
                {unusedWordHint(entry.term)}
              </p>
            )}
            <Field
              {...textOf(
                entry,
                'meaning',
                `f-glossary-${i}`,
                changeOf(onChange, (p) => p.glossary?.[i]),
              )}
              of={`Word ${i + 1}`}
              label="What it means, in plain words"
              multiline
              rows={2}
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
              {...textOf(
                action,
                'title',
                `f-actions-${i}`,
                changeOf(onChange, (p) => p.actions[i]),
              )}
              of={`Action ${i + 1}`}
              label="Title"
            />
            <Field
              {...textOf(
                action,
                'text',
                `f-actions-${i}`,
                changeOf(onChange, (p) => p.actions[i]),
              )}
              of={`Action ${i + 1}`}
              label="What to do"
              multiline
              rows={2}
            />
            <ResourceLinks
              id={`f-actions-${i}-resourceIds`}
              of={`Action ${i + 1}`}
              choices={choices}
              chosen={action.resourceIds ?? []}
              onToggle={(resourceId, on) =>
                changeOf(
                  onChange,
                  (p) => p.actions[i],
                )((target) => {
                  target.resourceIds = toggleLink(target.resourceIds, resourceId, on);
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
