import { render } from '@testing-library/preact';
import type { ComponentChild } from 'preact';
import { useState } from 'preact/hooks';
import type { DraftPack } from '../../core/pack/edit';

/** A draft's edit, as the studio's forms give it. */
type Edit = (pack: DraftPack) => void;

/**
 * Studio forms with a draft of their own, changed the way the studio store changes it (a copy,
 * edited, replaces the draft). Gives a way to read the draft as it now is.
 */
export function renderWithDraft(
  start: DraftPack,
  forms: (pack: DraftPack, onChange: (edit: Edit) => void) => ComponentChild,
): () => DraftPack {
  let latest = start;
  function Harness() {
    const [pack, setPack] = useState(start);
    latest = pack;
    const onChange = (edit: Edit) =>
      setPack((before) => {
        const next = structuredClone(before);
        edit(next);
        return next;
      });
    return <>{forms(pack, onChange)}</>;
  }
  render(<Harness />);
  return () => latest;
}
