import { PANEL_INTENT, type PanelIntent } from '../core/messages';
import { getStored, removeStored, setStored, watchStored } from './stored';

/** Left by the background just before it opens the panel; the panel takes it once. */
export function leaveIntent(intent: Omit<PanelIntent, 'at'>): Promise<void> {
  return setStored(PANEL_INTENT, { ...intent, at: Date.now() });
}

/** Takes the waiting intent, if any, now and whenever a new one is left while the panel is open. */
export function takeIntents(onIntent: (intent: PanelIntent) => void): () => void {
  const take = async () => {
    const intent = await getStored(PANEL_INTENT);
    if (!intent) return;
    await removeStored(PANEL_INTENT);
    onIntent(intent);
  };
  const stop = watchStored(PANEL_INTENT, (changes) => {
    if (changes.some((change) => !change.removed)) void take();
  });
  void take();
  return stop;
}
