import { render } from 'preact';
import { SidePanel } from '../../components/SidePanel';
import { DEFAULT_PACK } from '../../content';
import { createCaseStorage } from '../../store/case-storage';
import { createPanelStore, type PanelStore } from '../../store/panel-store';
import { useStoreState } from '../../store/use-store';
import '../../components/panel.css';

function ConnectedPanel({ store }: { store: PanelStore }) {
  const state = useStoreState(store);
  const { actions } = store;
  return (
    <SidePanel
      {...state}
      onOpenCase={actions.openCase}
      onAnswer={(id, answer) => void actions.answer(id, answer)}
      onReset={() => void actions.resetCase()}
      onDismissNotice={actions.dismissNotice}
    />
  );
}

const store = createPanelStore({ caseStorage: createCaseStorage(), pack: DEFAULT_PACK });
const root = document.getElementById('app');
// Render only once stored answers are in, so the first thing shown is the practitioner's case.
void store.actions.start().finally(() => {
  if (root) render(<ConnectedPanel store={store} />, root);
  // The benchmark reads this mark: the stored case is on screen and answers can be given.
  performance.mark('pause-point:interactive');
});
addEventListener('pagehide', () => store.actions.stop());
