/**
 * Fast ways in: keyboard shortcuts that open the panel on the search box or the safer sleep
 * card, a
 * "Safer sleep advice" item in the page's context menu that opens it on the safer sleep card,
 * and the address-bar keyword "pp" that searches Pause Point.
 */
import { browser } from 'wxt/browser';
import { DEFAULT_PACK } from '../../content';
import { saferSleepCardFor } from '../../content/safer-sleep';
import type { PanelIntent } from '../../core/messages';
import { SAFER_SLEEP_CARD_ID, searchItemsOf } from '../../core/pack/search-items';
import { buildIndex, search } from '../../core/search';
import { leaveIntent } from '../../platform/intent';
import { openPanelNow } from '../../platform/side-panel';

const MENU_ID = 'safer-sleep-advice';
const index = buildIndex(searchItemsOf(DEFAULT_PACK, saferSleepCardFor(DEFAULT_PACK)));

/**
 * Opens the side panel in a window. Must run before any `await` in a user's action: the
 * browser allows it only then. Where there is no side panel API (or it refuses), the panel's
 * page opens in a tab instead.
 */
function openPanel(windowId: number | undefined, intent: Omit<PanelIntent, 'at'>): Promise<void> {
  const opened = openPanelNow(windowId);
  return Promise.all([
    leaveIntent(intent),
    opened.catch(() => browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html') })),
  ]).then(() => undefined);
}

/** Text for an address-bar suggestion: Chrome and Edge read it as XML; Firefox shows it as it is. */
function suggestionText(text: string): string {
  if (import.meta.env.FIREFOX) return text;
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const KIND_WORD = { resource: 'Resource', card: 'Card', theme: 'Theme', prompt: 'Question', word: 'Meaning' } as const;

export function watchQuickLookup(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.removeAll(() => {
      browser.contextMenus.create({ id: MENU_ID, title: 'Safer sleep advice', contexts: ['all'] });
    });
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID) return;
    void openPanel(tab?.windowId, { view: 'resources', focus: 'safer-sleep-card' });
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'open-search') void openPanel(tab?.windowId, { view: 'resources', focus: 'search' });
    if (command === 'open-safer-sleep') void openPanel(tab?.windowId, { view: 'resources', focus: 'safer-sleep-card' });
  });

  // Firefox shows the description as written (no %s filled in), so it names no placeholder.
  browser.omnibox.setDefaultSuggestion({
    description: suggestionText('Search Pause Point: resources, questions and the safer sleep card'),
  });
  browser.omnibox.onInputChanged.addListener((text, suggest) => {
    // What a suggestion puts in the address bar is its own title, in words, not an id.
    suggest(
      search(index, text, 6).map(({ item }) => ({
        content: item.title,
        description: suggestionText(`${KIND_WORD[item.kind]}: ${item.title}`),
      })),
    );
  });
  browser.omnibox.onInputEntered.addListener((text, disposition) => {
    const typed = text.trim();
    const item = index.items.find((entry) => entry.item.title === typed)?.item ?? search(index, typed, 1)[0]?.item;
    if (item?.url) {
      const url = item.url;
      void (disposition === 'currentTab' ? browser.tabs.update({ url }) : browser.tabs.create({ url }));
      return;
    }
    void browser.windows
      .getCurrent()
      .then((win) =>
        openPanel(
          win.id,
          item?.id === SAFER_SLEEP_CARD_ID || !item
            ? { view: 'resources', focus: item ? 'safer-sleep-card' : 'search' }
            : { view: 'checklist', focus: null, themeId: item.themeId },
        ),
      );
  });
}
