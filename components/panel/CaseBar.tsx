import type { Ref } from 'preact';

// Props in, nothing of the panel's store: Pack studio's preview draws it too, and loads only this.
export interface CaseBarProps {
  caseRef: string;
  /** The moment's one-word name: "Visit". */
  moment: string;
  /** The case's pack, named when there is more than one pack to choose from. */
  pack?: { title: string; version: string } | undefined;
  choosingPack: boolean;
  onChoosePack(): void;
  choosingCase: boolean;
  onOtherCases(): void;
  headingRef?: Ref<HTMLHeadingElement>;
  /** The heading's id, which the checklist section is labelled by. */
  headingId?: string;
  /** Drawn for show (Pack studio's preview): the buttons are there, and do nothing. */
  still?: boolean;
}

/**
 * The case line itself, "Case DEMO-1001 · Visit · Ivy", with its buttons: drawn by the panel for
 * the open case, and by Pack studio's preview for a made-up one, so the preview is as tall as the panel.
 */
export function CaseBar({
  caseRef,
  moment,
  pack,
  choosingPack,
  onChoosePack,
  choosingCase,
  onOtherCases,
  headingRef,
  headingId = 'checklist-heading',
  still = false,
}: CaseBarProps) {
  return (
    <div class="case-bar">
      {/* The reference's length, so the heading never gets narrower than "Case" and it (panel.css). */}
      <h2 id={headingId} ref={headingRef} tabIndex={-1} style={{ '--ref-chars': String(caseRef.length) }}>
        Case <span class="case-ref">{caseRef}</span>
        <span class="case-moment"> · {moment}</span>
      </h2>
      {pack && (
        <button
          type="button"
          class="quiet case-pack"
          aria-expanded={choosingPack}
          disabled={still}
          title={`Learning pack: ${pack.title} ${pack.version}`}
          onClick={onChoosePack}
        >
          <span aria-hidden="true">· </span>
          <span class="visually-hidden">Learning pack: </span>
          {pack.title}
          <span class="visually-hidden"> (change)</span>
        </button>
      )}
      <button
        type="button"
        class="quiet"
        aria-expanded={choosingCase}
        disabled={still}
        aria-controls={choosingCase ? 'case-selector' : undefined}
        onClick={onOtherCases}
      >
        {choosingCase ? 'Close the case list' : 'Other cases'}
      </button>
    </div>
  );
}
