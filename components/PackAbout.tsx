import { approvalText } from '../core/pack/governance';
import type { Pack } from '../core/pack/schema';

const REVIEW_KIND_WORDS = {
  local: 'Local child safeguarding practice review',
  national: 'National panel review',
  thematic: 'Thematic review',
} as const;

export function PackAbout({ pack }: { pack: Pack }) {
  const { review } = pack;
  return (
    <section class="about" aria-labelledby="about-heading">
      <h2 id="about-heading">About this learning</h2>
      <p>
        {review.type} by {review.publisher}: “{review.sourceTitle}”{review.published ? `, ${review.published}` : ''}.
        {review.sourceUrl && (
          <>
            {' '}
            <a href={review.sourceUrl} target="_blank" rel="noopener noreferrer">
              Read the brief
            </a>
          </>
        )}
      </p>
      <p>{review.summary}</p>
      {(pack.reviews?.length ?? 0) > 0 && (
        <>
          <h3>Further reviews in this pack</h3>
          <ul>
            {pack.reviews?.map((other) => (
              <li key={other.id}>
                {REVIEW_KIND_WORDS[other.kind]} by {other.publisher}: “{other.title}”
                {other.published ? `, ${other.published}` : ''}.{' '}
                {other.url && (
                  <a href={other.url} target="_blank" rel="noopener noreferrer">
                    Read it<span class="visually-hidden">: {other.title}</span>
                  </a>
                )}
                <br />
                <span class="hint">
                  Its themes:{' '}
                  {pack.themes
                    .filter((t) => t.reviewId === other.id)
                    .map((t) => t.title)
                    .join('; ')}
                  .
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {review.nameNote && <p>{review.nameNote}</p>}
      {review.notes?.map((note) => (
        <p key={note}>{note}</p>
      ))}
      {review.contact && <p>Contact the publisher: {review.contact}</p>}
      <h3>The summary for the case record</h3>
      <p>
        <strong>Copy summary</strong> and <strong>Print</strong> write which of this moment’s prompts you considered,
        marked not applicable or have not yet considered, quoting each prompt. It names the review and this pack’s
        version, and says that the prompts come from a published review about another child, used to check practice.
      </p>
      <p>
        It is not an assessment of the family, and not a record of what you found. Write what you found, and why a
        prompt does not apply, in the case note itself.
      </p>
      <p class="privacy">
        Pause Point keeps your answers on this device only: the case reference, the pack used, and each answer with the
        time you gave it. Nothing is sent anywhere.
      </p>
      <p class="source">
        Pack {pack.id}, version {pack.version}.{approvalText(pack) && ` ${approvalText(pack)}`}
      </p>
    </section>
  );
}
