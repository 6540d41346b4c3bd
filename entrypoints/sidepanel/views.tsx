/**
 * The side panel's parts that load on demand: the resources and supervision views (with the
 * pack's reference material and the supervision store), and the case summary to copy or print.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Loading } from '../../components/later';
import type { PackExtras } from '../../components/panel/context';
import { ResourcesView as Resources } from '../../components/ResourcesView';
import { Supervision } from '../../components/Supervision';
import { useStoreState } from '../../components/use-store';
import { YourPractice } from '../../components/YourPractice';
import { DEFAULT_PACK } from '../../content';
import { saferSleepCardFor } from '../../content/safer-sleep';
import type { MonthCounts, MonthId } from '../../core/counting';
import type { ManagedConfig } from '../../core/managed';
import type { PrintJob } from '../../core/messages';
import type { Pack } from '../../core/pack/schema';
import { searchItemsOf } from '../../core/pack/search-items';
import { themeReviews } from '../../core/pack/sources';
import { buildIndex } from '../../core/search';
import { summaryText } from '../../core/summary';
import { copyText } from '../../platform/clipboard';
import { loadManagedConfig } from '../../platform/managed';
import { printInTab } from '../../platform/print';
import { openOptionsPage } from '../../platform/tabs';
import { countingState, loadCounts, watchCounts } from '../../store/counting';
import type { PanelState, PanelStore } from '../../store/panel-store';
import { createSupervisionStore, type SupervisionStore } from '../../store/supervision-store';

/** A pack, whole, by id: the built-in one at once, any other through the one cache of packs read. */
function fullPack(id: string): Promise<Pack | null> {
  if (id === DEFAULT_PACK.id) return Promise.resolve(DEFAULT_PACK);
  return import('../../store/pack-storage').then((m) => m.cachedPack(id));
}

/** What the checklist shows once the rest of the pack is in: each theme's "why this matters", the glossary. */
export async function extrasOf(key: string): Promise<PackExtras | null> {
  const [packId = '', version] = key.split('@');
  let pack = await fullPack(packId);
  if (pack && version !== undefined && pack.version !== version) pack = await freshPack(packId);
  return (
    pack && {
      whys: Object.fromEntries(pack.themes.map((t) => [t.id, t.why])),
      reviews: themeReviews(pack),
      glossary: pack.glossary ?? [],
    }
  );
}

/** A pack read from this device now, not from the cache. */
function freshPack(id: string): Promise<Pack | null> {
  if (id === DEFAULT_PACK.id) return Promise.resolve(DEFAULT_PACK);
  return import('../../store/pack-storage').then((m) => m.loadPack(id));
}

const searchIndexes = new Map<string, ReturnType<typeof buildIndex>>();

function searchIndexOf(pack: Pack) {
  const key = `${pack.id}@${pack.version}`;
  let index = searchIndexes.get(key);
  if (!index) {
    index = buildIndex(searchItemsOf(pack, saferSleepCardFor(pack)));
    searchIndexes.set(key, index);
  }
  return index;
}

/** The whole pack the panel shows, at the version it shows: a new version is read as it arrives. */
function usePack({ id, version }: { id: string; version: string }): Pack | null {
  const [pack, setPack] = useState<Pack | null>(null);
  useEffect(() => {
    let current = true;
    void fullPack(id)
      .then((found) => (found && found.version !== version ? freshPack(id) : found))
      .then((found) => current && setPack(found));
    return () => {
      current = false;
    };
  }, [id, version]);
  return pack?.id === id && pack.version === version ? pack : null;
}

const managed = loadManagedConfig();

function ResourcesView({ panel }: { panel: PanelStore }) {
  const { pack: shown, focus } = useStoreState(panel);
  const [organisation, setOrganisation] = useState<ManagedConfig | null>(null);
  const pack = usePack(shown);
  useEffect(() => {
    void managed.then((m) => setOrganisation(m.config));
  }, []);
  if (!pack) return <Loading />;
  return (
    <Resources
      pack={pack}
      card={saferSleepCardFor(pack)}
      index={searchIndexOf(pack)}
      focus={focus?.to ?? null}
      focusAt={focus?.at}
      onShowTheme={(themeId) => void panel.actions.showTheme(themeId)}
      organisation={organisation}
    />
  );
}

/** Supervision answers are kept per pack: one store for each pack shown. */
const supervisionStores = new Map<string, SupervisionStore>();

function supervision(packId: string): SupervisionStore {
  let store = supervisionStores.get(packId);
  if (!store) {
    const created = createSupervisionStore(packId);
    void created.actions.start();
    addEventListener('pagehide', () => created.actions.stop());
    supervisionStores.set(packId, created);
    store = created;
  }
  return store;
}

function SupervisionView({ panel }: { panel: PanelStore }) {
  const pack = usePack(useStoreState(panel).pack);
  return pack ? <PackSupervision pack={pack} /> : <Loading />;
}

/** "Your practice": the counts kept on this device; not shown at all when the organisation turned counting off. */
function PracticeSection({ pack }: { pack: Pack }) {
  const [read, setRead] = useState<{ on: boolean; offByPolicy: boolean; counts: Map<MonthId, MonthCounts> } | null>(
    null,
  );
  useEffect(() => {
    const load = () =>
      void Promise.all([countingState(), loadCounts()]).then(([state, counts]) => setRead({ ...state, counts }));
    load();
    // An answer is counted a moment after it is saved (the first reads the policy, which can take seconds).
    return watchCounts(load);
  }, []);
  if (!read || read.offByPolicy) return null;
  return (
    <YourPractice
      pack={pack}
      counts={read.counts}
      on={read.on}
      now={Date.now()}
      onOpenSettings={() => void openOptionsPage()}
    />
  );
}

function PackSupervision({ pack }: { pack: Pack }) {
  const store = supervision(pack.id);
  const state = useStoreState(store);
  // Typing is saved after a pause; leaving the view saves straight away.
  useEffect(() => () => store.actions.flush(), [store]);
  return (
    <>
      <Supervision
        pack={pack}
        supervision={state.supervision}
        problem={state.problem}
        onAnswer={store.actions.answer}
        onMarkAction={(id, done) => void store.actions.markAction(id, done)}
        onCopy={copyText}
      />
      <PracticeSection pack={pack} />
    </>
  );
}

/** The summary of the open case, with the version of its pack the panel shows: never another. */
async function summaryOf(state: PanelState): Promise<{ text: string; source: PrintJob['source'] } | null> {
  let pack = state.openRef && !state.missingPack ? await fullPack(state.pack.id) : null;
  // The one cache of packs read may still hold the version the panel has just moved on from.
  if (pack && pack.version !== state.pack.version) pack = await freshPack(state.pack.id);
  if (!state.openRef || !pack) return null;
  const source = {
    ref: state.openRef,
    packId: pack.id,
    choice: state.checklist?.view?.moment ?? 'all',
    virtual: state.checklist?.view?.virtual ?? false,
  } as const;
  return { text: summaryText({ ...source, pack, checklist: state.checklist, now: new Date() }), source };
}

/** The other views, and the summary to copy or print, for the panel's shell. */
export function startViews(panel: PanelStore): {
  ResourcesView: ComponentType;
  SupervisionView: ComponentType;
  extrasOf: typeof extrasOf;
  copySummary(): Promise<boolean>;
  printSummary(): Promise<void>;
} {
  return {
    ResourcesView: () => <ResourcesView panel={panel} />,
    SupervisionView: () => <SupervisionView panel={panel} />,
    extrasOf,
    async copySummary() {
      const summary = await summaryOf(panel.getState());
      return summary === null ? false : copyText(summary.text);
    },
    /** Opens the summary in a tab of its own and prints it there (a side panel cannot print). */
    async printSummary() {
      const summary = await summaryOf(panel.getState());
      if (summary !== null) await printInTab(summary.text, summary.source);
    },
  };
}
