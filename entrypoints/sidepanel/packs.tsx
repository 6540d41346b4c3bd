/**
 * The side panel's pack part: the list of learning packs on this device, and the section for
 * choosing the open case's pack. Loaded a moment after the checklist, as its own chunk.
 */
import type { ComponentType } from 'preact';
import { PackSection } from '../../components/PackSection';
import type { PackSlotProps } from '../../components/SidePanel';
import { useStoreState } from '../../components/use-store';
import { openOptionsPage } from '../../platform/tabs';
import { listPacks, watchPackChanges } from '../../store/pack-storage';
import type { PanelStore } from '../../store/panel-store';

/** Lists the packs into the panel store, now and whenever packs or the policy change. */
export function createPackSection(panel: PanelStore): ComponentType<PackSlotProps> {
  const refresh = () => void listPacks().then((list) => panel.actions.setPacks(list.packs, list.defaultPackId));
  refresh();
  const stop = watchPackChanges(refresh, { casesToo: false });
  addEventListener('pagehide', stop);
  return function ConnectedPackSection(slot: PackSlotProps) {
    const { packs } = useStoreState(panel);
    return (
      <PackSection
        {...slot}
        packs={packs ?? []}
        onChoose={(id) => void panel.actions.choosePack(id)}
        onOpenSettings={() => void openOptionsPage()}
      />
    );
  };
}
