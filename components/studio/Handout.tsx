import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { MOMENTS } from '../../core/moments';
import type { DraftPack } from '../../core/pack/edit';
import { approvalText } from '../../core/pack/governance';
import { listLine } from '../../core/pack/lists';

/**
 * The pack on one sheet for a briefing (the "7-minute briefing" many partnerships hand out):
 * each moment's short list, the review it comes from and the addresses to read more. Printed on
 * A4 portrait in black and white (studio.css, @media print), on screen it shows as the sheet.
 */
export function Handout({ pack, onPrint, onClose }: { pack: DraftPack; onPrint(): void; onClose(): void }) {
  const sheet = useRef<HTMLElement>(null);
  const [pages, setPages] = useState(1);
  // Measured as drawn: an A4 page is 297 mm tall, and the sheet is drawn at A4's width.
  useLayoutEffect(() => {
    const element = sheet.current;
    if (!element) return;
    const a4 = (element.getBoundingClientRect().width * 297) / 210;
    setPages(Math.max(1, Math.ceil((element.scrollHeight - 1) / a4)));
  });
  const lists = MOMENTS.flatMap((moment) => {
    const list = pack.moments?.find((m) => m.id === moment.id);
    return list && list.promptIds.length > 0 ? [{ moment, list }] : [];
  });
  const { review } = pack;
  const addresses = pack.resources.filter((r) => r.group === 'the-review' || r.fromSource);
  const approval = approvalText(pack);
  return (
    <section class="studio-handout-view" aria-labelledby="handout-view-heading">
      <h2 id="handout-view-heading">Handout</h2>
      <p class="hint">
        One A4 page, portrait, for a briefing or a team meeting. Choose “Print the handout”, then your printer or “Save
        as PDF”. It prints in black and white.
      </p>
      <div class="form-actions">
        <button type="button" onClick={onPrint}>
          Print the handout
        </button>
        <button type="button" class="quiet" onClick={onClose}>
          Close the handout
        </button>
      </div>
      <p role="status" class={pages > 1 ? 'field-error' : 'hint'}>
        {pages > 1
          ? `This handout takes ${pages} pages. Shorten the short checklist lines or the lists to fit one.`
          : 'The handout fits one A4 page.'}
      </p>
      <article class="handout" aria-label="The handout, as it prints" ref={sheet}>
        <header>
          <h1>{pack.title.trim() || 'Untitled pack'}: what to ask, and when</h1>
          <p>
            From {review.type.trim() || 'a review'} “{review.name.trim() || review.sourceTitle}” by {review.publisher}
            {review.published ? `, ${review.published}` : ''}. Pack version {pack.version}.
          </p>
        </header>
        {lists.length === 0 ? (
          <p>This pack has no short lists yet: make them under “Short lists for each moment”.</p>
        ) : (
          <div class="handout-lists">
            {lists.map(({ moment, list }) => (
              <section key={moment.id} aria-labelledby={`handout-${moment.id}`}>
                <h2 id={`handout-${moment.id}`}>{moment.title}</h2>
                <ol>
                  {list.promptIds.map((id) => (
                    <li key={id}>{listLine(pack, id).text}</li>
                  ))}
                </ol>
                {(list.virtualPromptIds?.length ?? 0) > 0 && (
                  <>
                    <p class="handout-small">By video or phone, also:</p>
                    <ol>
                      {list.virtualPromptIds?.map((id) => (
                        <li key={id}>{listLine(pack, id).text}</li>
                      ))}
                    </ol>
                  </>
                )}
              </section>
            ))}
          </div>
        )}
        <footer>
          <h2>Where this comes from</h2>
          <p>
            {review.sourceTitle}
            {review.sourceUrl ? `: ${review.sourceUrl}` : ''}
          </p>
          {addresses.length > 0 && (
            <ul>
              {addresses.map((r) => (
                <li key={r.id}>
                  {r.title} ({r.publisher}): {r.url}
                </li>
              ))}
            </ul>
          )}
          <p class="handout-small">
            These are prompts from a published review about another child, used to check practice: not an assessment of
            any family. {approval}
          </p>
        </footer>
      </article>
    </section>
  );
}
