import type { DraftPack } from '../../core/pack-draft';
import { idFromTitle } from '../../core/pack-draft';
import { Field, LinesField } from './fields';

export interface FormProps {
  pack: DraftPack;
  onChange(edit: (pack: DraftPack) => void): void;
}

/** The pack's details: what it is called, and the review and brief it comes from. */
export function DetailsForm({ pack, onChange }: FormProps) {
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
      <Field
        id="f-review-type"
        label="Type of review"
        value={review.type}
        onInput={(type) =>
          onChange((p) => {
            p.review.type = type;
          })
        }
      />
      <Field
        id="f-review-name"
        label="Name used in the review"
        hint="For example “Ivy”, or the review’s own title."
        value={review.name}
        onInput={(name) =>
          onChange((p) => {
            p.review.name = name;
          })
        }
      />
      <Field
        id="f-review-nameNote"
        label="Note about the name (optional)"
        hint="For example: “Ivy” is not the child’s real name."
        value={review.nameNote ?? ''}
        onInput={(nameNote) =>
          onChange((p) => {
            p.review.nameNote = nameNote;
          })
        }
      />
      <Field
        id="f-review-publisher"
        label="Published by"
        hint="Your partnership’s name."
        value={review.publisher}
        onInput={(publisher) =>
          onChange((p) => {
            p.review.publisher = publisher;
          })
        }
      />
      <Field
        id="f-review-sourceTitle"
        label="Title of the brief"
        hint="As printed on the brief."
        value={review.sourceTitle}
        onInput={(sourceTitle) =>
          onChange((p) => {
            p.review.sourceTitle = sourceTitle;
          })
        }
      />
      <Field
        id="f-review-published"
        label="When it was published (optional)"
        hint="As the brief says, for example “March 2023”."
        value={review.published ?? ''}
        onInput={(published) =>
          onChange((p) => {
            p.review.published = published;
          })
        }
      />
      <Field
        id="f-review-sourceUrl"
        type="url"
        label="Web address of the brief (optional)"
        hint="Where practitioners can read the brief itself, starting https://"
        value={review.sourceUrl ?? ''}
        onInput={(sourceUrl) =>
          onChange((p) => {
            p.review.sourceUrl = sourceUrl;
          })
        }
      />
      <Field
        id="f-review-contact"
        label="Contact (optional)"
        hint="Where practitioners can ask about the review, such as a team email address."
        value={review.contact ?? ''}
        onInput={(contact) =>
          onChange((p) => {
            p.review.contact = contact;
          })
        }
      />
      <Field
        id="f-review-summary"
        label="Summary"
        hint="Two or three sentences: what happened and what the review asks practitioners to do."
        multiline
        rows={4}
        value={review.summary}
        onInput={(summary) =>
          onChange((p) => {
            p.review.summary = summary;
          })
        }
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
    </section>
  );
}
