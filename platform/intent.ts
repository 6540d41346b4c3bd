import { browser } from 'wxt/browser';
import { PANEL_INTENT_KEY, type PanelIntent, readPanelIntent } from '../core/messages';

/** Left by the background just before it opens the panel; the panel takes it once. */
export function leaveIntent(intent: Omit<PanelIntent, 'at'>): Promise<void> {
  return browser.storage.session.set({ [PANEL_INTENT_KEY]: { ...intent, at: Date.now() } });
}

/** Takes the waiting intent, if any, now and whenever a new one is left while the panel is open. */
export function takeIntents(onIntent: (intent: PanelIntent) => void): () => void {
  const take = async () => {
    const intent = readPanelIntent((await browser.storage.session.get(PANEL_INTENT_KEY))[PANEL_INTENT_KEY]);
    if (!intent) return;
    await browser.storage.session.remove(PANEL_INTENT_KEY);
    onIntent(intent);
  };
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'session' && changes[PANEL_INTENT_KEY]?.newValue != null) void take();
  };
  browser.storage.onChanged.addListener(onChanged);
  void take();
  return () => browser.storage.onChanged.removeListener(onChanged);
}
