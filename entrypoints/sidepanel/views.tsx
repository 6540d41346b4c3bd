/**
 * The side panel's parts that load on demand: the resources and supervision views (with the
 * pack's reference material and the supervision store), and the case summary to copy or print.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ResourcesView as Resources } from '../../components/ResourcesView';
import type { LazyViewProps } from '../../components/SidePanel';
import { Supervision } from '../../components/Supervision';
import { DEFAULT_PACK } from '../../content';
import { saferSleepCard } from '../../content/safer-sleep';
import { searchItemsOf } from '../../content/search-items';
import type { ManagedConfig } from '../../core/managed';
import { buildIndex } from '../../core/search';
import { summaryText } from '../../core/summary';
import { copyText } from '../../platform/clipboard';
import { loadManagedConfig } from '../../platform/managed';
import type { PanelState } from '../../store/panel-store';
import { createSupervisionStore, type SupervisionStore } from '../../store/supervision-store';
import { useStoreState } from '../../store/use-store';

/** Each theme's "why this matters", by theme id. */
export const WHYS: Readonly<Record<string, string>> = Object.fromEntries(DEFAULT_PACK.themes.map((t) => [t.id, t.why]));

const searchIndex = buildIndex(searchItemsOf(DEFAULT_PACK, saferSleepCard));

const managed = loadManagedConfig();

export function ResourcesView({ focus, onShowTheme }: LazyViewProps) {
  const [organisation, setOrganisation] = useState<ManagedConfig | null>(null);
  useEffect(() => {
    void managed.then((m) => setOrganisation(m.config));
  }, []);
  return (
    <Resources
      pack={DEFAULT_PACK}
      card={saferSleepCard}
      index={searchIndex}
      focus={focus}
      onShowTheme={onShowTheme}
      organisation={organisation}
    />
  );
}

let supervisionStore: SupervisionStore | undefined;

function supervision(): SupervisionStore {
  if (!supervisionStore) {
    const store = createSupervisionStore(DEFAULT_PACK.id);
    void store.actions.start();
    addEventListener('pagehide', () => store.actions.stop());
    supervisionStore = store;
  }
  return supervisionStore;
}

export function SupervisionView() {
  const store = supervision();
  const state = useStoreState(store);
  // Typing is saved after a pause; leaving the view saves straight away.
  useEffect(() => () => store.actions.flush(), [store]);
  return (
    <Supervision
      pack={DEFAULT_PACK}
      supervision={state.supervision}
      onAnswer={store.actions.answer}
      onMarkAction={(id, done) => void store.actions.markAction(id, done)}
      onCopy={copyText}
    />
  );
}

function summaryOf(state: PanelState): string | null {
  if (!state.openRef) return null;
  return summaryText({
    pack: DEFAULT_PACK,
    ref: state.openRef,
    choice: state.checklist?.view?.moment ?? 'all',
    virtual: state.checklist?.view?.virtual ?? false,
    checklist: state.checklist,
    now: new Date(),
  });
}

export function copySummary(state: PanelState): Promise<boolean> {
  const text = summaryOf(state);
  return text === null ? Promise.resolve(false) : copyText(text);
}

/** Prints the summary on its own: the print stylesheet shows only #print-summary. */
export function printSummary(state: PanelState): void {
  const text = summaryOf(state);
  const target = document.getElementById('print-summary');
  if (text === null || !target) return;
  render(<pre class="print-summary">{text}</pre>, target);
  print();
}
