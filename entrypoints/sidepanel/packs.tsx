/**
 * The side panel's pack part: the list of learning packs on this device, and the section for
 * choosing the open case's pack. Loaded a moment after the checklist, as its own chunk.
 */
import type { ComponentType } from 'preact';
import { PackSection } from '../../components/PackSection';
import { useStoreState } from '../../components/use-store';
import { progressOf } from '../../core/checklist';
import { openOptionsPage } from '../../platform/tabs';
import { listPacks, watchPackChanges } from '../../store/pack-storage';
import type { PanelStore } from '../../store/panel-store';

/** Lists the packs into the panel store, now and whenever packs or the policy change. */
export function startPackPart(panel: PanelStore): ComponentType {
  const refresh = () => void listPacks().then((list) => panel.actions.setPacks(list.packs, list.defaultPackId));
  refresh();
  const stop = watchPackChanges(refresh, { casesToo: false });
  addEventListener('pagehide', stop);
  return function ConnectedPackSection() {
    const { packs, openRef, pack, missingPack, checklist, choosingPack } = useStoreState(panel);
    // The chooser opens from the pack's name on the case line, or at once when the pack is missing.
    if (openRef === null || (!choosingPack && missingPack === null)) return null;
    const all = progressOf(
      checklist,
      pack.themes.flatMap((t) => t.prompts.map((p) => p.id)),
    );
    return (
      <PackSection
        // Another case, or another pack, starts the chooser afresh.
        key={`${openRef} ${missingPack ?? pack.id}`}
        caseRef={openRef}
        currentId={missingPack ?? pack.id}
        missing={missingPack !== null}
        answered={missingPack ? Object.keys(checklist?.answers ?? {}).length : all.done + all.notApplicable}
        onChosen={panel.actions.focusCase}
        focusFirst={choosingPack}
        packs={packs ?? []}
        onChoose={(id) => void panel.actions.choosePack(id)}
        onOpenSettings={() => void openOptionsPage()}
      />
    );
  };
}
