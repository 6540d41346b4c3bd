import { usePanel } from './context';

/**
 * The open case's learning pack as the end of the case line ("Case 884213 · Visit · Ivy"), with
 * the pack chooser behind it. Only when there is a choice: with one pack the line is unchanged.
 */
export function CasePack() {
  const { state, actions } = usePanel();
  const { openRef, packs, pack, missingPack, packOpen } = state;
  if (openRef === null || missingPack !== null || (packs?.length ?? 0) < 2) return null;
  return (
    <button
      type="button"
      class="quiet case-pack"
      aria-expanded={packOpen}
      aria-controls={packOpen ? 'pack-choice' : undefined}
      onClick={actions.togglePackChooser}
    >
      <span aria-hidden="true">· </span>
      <span class="visually-hidden">Learning pack: </span>
      {pack.title}
    </button>
  );
}
