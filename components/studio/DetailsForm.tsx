import type { DraftPack } from '../../core/pack/edit';
import { idFromTitle } from '../../core/pack/edit';
import { changeOf, drawnWhenChanged, Field, type FieldProps, LinesField, textOf } from './fields';

export interface FormProps {
  pack: DraftPack;
  onChange(edit: (pack: DraftPack) => void): void;
}

/** The review's details written as one line of text each. */
type ReviewText = Exclude<keyof DraftPack['review'], 'notes'>;

/** One of the review's details, as a field of its own. */
function ReviewField({
  field,
  pack,
  onChange,
  ...props
}: { field: ReviewText } & FormProps & Omit<FieldProps, 'id' | 'value' | 'onInput'>) {
  return (
    <Field
      {...props}
      {...textOf(
        pack.review,
        field,
        'f-review',
        changeOf(onChange, (p) => p.review),
      )}
    />
  );
}

/** The pack's details: what it is called, and the review and brief it comes from. */
export const DetailsForm = drawnWhenChanged(
  DetailsFields,
  (before, after) =>
    before.onChange === after.onChange &&
    before.pack.title === after.pack.title &&
    before.pack.id === after.pack.id &&
    before.pack.version === after.pack.version &&
    before.pack.review === after.pack.review &&
    before.pack.approvedBy === after.pack.approvedBy &&
    before.pack.approvedOn === after.pack.approvedOn &&
    before.pack.checkAgainBy === after.pack.checkAgainBy,
);

function DetailsFields({ pack, onChange }: FormProps) {
  const review = pack.review;
  return (
    <section aria-labelledby="details-heading" class="studio-section">
      <h2 id="details-heading">Details</h2>
      <Field
        id="f-title"
        label="Pack title"
        hint="What practitioners see when they choose a pack, for example “Learning from Ivy”."
        value={pack.title}
        onInput={(title) =>
          onChange((p) => {
            // The file name follows the title until someone writes one of their own.
            if (p.id === '' || p.id === idFromTitle(p.title)) p.id = idFromTitle(title);
            p.title = title;
          })
        }
      />
      <Field
        id="f-id"
        label="Short name for files"
        hint="Lower-case letters, digits and hyphens, like cumbria-ivy. Keep it the same in every version, so a new version replaces the old one."
        value={pack.id}
        onInput={(id) =>
          onChange((p) => {
            p.id = id;
          })
        }
      />
      <Field
        id="f-version"
        label="Version"
        hint="Three numbers, like 1.0.0. Saving a changed pack raises it for you."
        value={pack.version}
        onInput={(version) =>
          onChange((p) => {
            p.version = version;
          })
        }
      />
      <ReviewField pack={pack} onChange={onChange} field="type" label="Type of review" />
      <ReviewField
        pack={pack}
        onChange={onChange}
        field="name"
        label="Name used in the review"
        hint="For example “Ivy”, or the review’s own title."
      />
      <ReviewField
        pack={pack}
        onChange={onChange}
        field="nameNote"
        label="Note about the name (optional)"
        hint="For example: “Ivy” is not the child’s real name."
      />
      <ReviewField
        pack={pack}
        onChange={onChange}
        field="publisher"
        label="Published by"
        hint="Your partnership’s name."
      />
      <ReviewField
        pack={pack}
        onChange={onChange}
        field="sourceTitle"
        label="Title of the brief"
        hint="As printed on the brief."
      />
      <ReviewField
        pack={pack}
        onChange={onChange}
        field="published"
        label="When it was published (optional)"
        hint="As the brief says, for example “March 2023”."
      />
      <ReviewField
        pack={pack}
        onChange={onChange}
        field="sourceUrl"
        type="url"
        label="Web address of the brief (optional)"
        hint="Where practitioners can read the brief itself, starting https://"
      />
      <ReviewField
        pack={pack}
        onChange={onChange}
        field="contact"
        label="Contact (optional)"
        hint="Where practitioners can ask about the review, such as a team email address."
      />
      <ReviewField
        pack={pack}
        onChange={onChange}
        field="supervisionInvite"
        label="What teams are asked to do with the reflective questions (optional)"
        hint="As your brief asks, for example: discuss them in team meetings and send the answers to your safeguarding lead."
      />
      <ReviewField
        pack={pack}
        onChange={onChange}
        field="summary"
        label="Summary"
        hint="Two or three sentences: what happened and what the review asks practitioners to do."
        multiline
        rows={4}
      />
      <LinesField
        id="f-review-notes"
        label="Notes (optional)"
        hint="One note a line."
        value={review.notes ?? []}
        onInput={(notes) =>
          onChange((p) => {
            p.review.notes = notes;
          })
        }
      />
      <h3>Approval (optional)</h3>
      <p class="hint">
        Practitioners see who approved the pack in its About; the settings page flags a pack past its check-again date.
      </p>
      <Field
        {...textOf(pack, 'approvedBy', 'f', onChange)}
        label="Approved by (optional)"
        hint="A role or a board, like “Learning and Improvement subgroup”."
      />
      <Field {...textOf(pack, 'approvedOn', 'f', onChange)} type="date" label="Approved on (optional)" />
      <Field
        {...textOf(pack, 'checkAgainBy', 'f', onChange)}
        type="date"
        label="Check again by (optional)"
        hint="When someone should check the links still work and newer learning has not replaced it, often a year on."
      />
    </section>
  );
}
