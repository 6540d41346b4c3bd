import { type ComponentType, render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { type PageSlotProps, SidePanel } from '../../components/SidePanel';
import { DEFAULT_PACK } from '../../content';
import { createCaseStorage } from '../../store/case-storage';
import { createPanelStore, type PanelStore } from '../../store/panel-store';
import { useStoreState } from '../../store/use-store';
import '../../components/panel.css';

const store = createPanelStore({ caseStorage: createCaseStorage(), pack: DEFAULT_PACK });
// The page section's code loads beside the checklist's start, never in its way.
const pageSection = import('./page').then((page) => page.createPageSection(store));

function ConnectedPanel({ store }: { store: PanelStore }) {
  const state = useStoreState(store);
  const [PageSection, setPageSection] = useState<ComponentType<PageSlotProps> | null>(null);
  useEffect(() => {
    void pageSection.then((section) => setPageSection(() => section));
  }, []);
  const { actions } = store;
  return (
    <SidePanel
      {...state}
      PageSection={PageSection}
      onOpenCase={actions.openCase}
      onAnswer={(id, answer) => void actions.answer(id, answer)}
      onReset={() => void actions.resetCase()}
      onDismissNotice={actions.dismissNotice}
    />
  );
}

const root = document.getElementById('app');
// Render once stored answers are in, so the first thing shown is the practitioner's case.
void store.actions.start().finally(() => {
  if (root) render(<ConnectedPanel store={store} />, root);
  // The benchmark reads this mark: the stored case is on screen and answers can be given.
  performance.mark('pause-point:interactive');
});
addEventListener('pagehide', () => store.actions.stop());
