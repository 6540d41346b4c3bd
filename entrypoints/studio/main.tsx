import { render } from 'preact';
import { Studio } from '../../components/studio/Studio';
import { packCues } from '../../content/built-in-cues';
import { readPackFile } from '../../core/pack/file';
import { downloadText } from '../../platform/download';
import { listDrafts, loadDraft, removeDraft, saveDraft, watchDrafts } from '../../store/draft-storage';
import { listPacks, loadPack, reservedPackIds, savePack } from '../../store/pack-storage';
import { createStudioStore } from '../../store/studio-store';
import '../../components/panel.css';
import './studio.css';
import { useEffect, useState } from 'preact/hooks';
import type { FitCheckSlot } from '../../components/studio/Studio';
import type { DraftPack } from '../../core/pack/edit';
import type { PackInfo } from '../../core/pack/info';

// The fit check draws the side panel itself: its code loads when the browser is idle, not with the studio.
let fitCode: Promise<FitCheckSlot> | null = null;
const loadFit = () => {
  fitCode ??= import('./fit').then((m) => m.FitCheck);
  return fitCode;
};
// (Not the panel's useLater: sharing it with the studio split it out of the panel's first load.)
function FitCheck(props: { pack: DraftPack; packs: readonly PackInfo[] }) {
  const [Part, setPart] = useState<FitCheckSlot | null>(null);
  useEffect(() => {
    const idle = requestIdleCallback(() => void loadFit().then((part) => setPart(() => part)), { timeout: 2000 });
    return () => cancelIdleCallback(idle);
  }, []);
  return Part ? <Part {...props} /> : null;
}

const store = createStudioStore({
  listDrafts,
  loadDraft,
  saveDraft,
  removeDraft,
  listPacks: async () => (await listPacks()).packs,
  // A copy carries the pack's cue lists, which built-in packs keep beside their text.
  loadPack: async (id) => {
    const pack = await loadPack(id);
    const cues = pack ? packCues(pack) : undefined;
    return pack && cues ? { ...pack, cues } : pack;
  },
  reservedIds: reservedPackIds,
  // The path a pack file takes on the settings page, so the same checks apply.
  checkFile: async (text, bytes) => readPackFile(text, bytes, await reservedPackIds()),
  addPack: savePack,
  download: downloadText,
  now: () => Date.now(),
  watchDrafts,
});

// The benchmark's mark, as the side panel sets it: the page is drawn and can be used.
const stopWatching = store.subscribe((state) => {
  if (!state.ready) return;
  stopWatching();
  requestAnimationFrame(() => performance.mark('pause-point:interactive'));
});

// A draft open in this tab is written before the tab closes.
addEventListener('pagehide', () => void store.getState().flush());
// Drafts added or deleted in another tab, or by "Delete all data", are heard at once.
store.getState().watch();
void store.getState().refresh();

const root = document.getElementById('app');
if (root) render(<Studio store={store} FitCheck={FitCheck} />, root);
