/**
 * Fast ways in: keyboard shortcuts that open the panel on the search box or the safer sleep
 * card, a
 * "Safer sleep advice" item in the page's context menu that opens it on the safer sleep card,
 * and the address-bar keyword "pp" that searches Pause Point.
 */
import { browser } from 'wxt/browser';
import { DEFAULT_PACK } from '../../content';
import { saferSleepCard } from '../../content/safer-sleep';
import type { PanelIntent } from '../../core/messages';
import { SAFER_SLEEP_CARD_ID, searchItemsOf } from '../../core/pack/search-items';
import { buildIndex, search } from '../../core/search';
import { leaveIntent } from '../../platform/intent';
import { openPanelNow } from '../../platform/side-panel';

const MENU_ID = 'safer-sleep-advice';
const index = buildIndex(searchItemsOf(DEFAULT_PACK, saferSleepCard));

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

/** XML-escapes text for an address-bar suggestion. */
function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

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

  browser.omnibox.setDefaultSuggestion({ description: 'Search Pause Point for %s' });
  browser.omnibox.onInputChanged.addListener((text, suggest) => {
    suggest(
      search(index, text, 6).map(({ item }) => ({
        content: `#${item.kind}:${item.id}`,
        description: escapeXml(
          `${item.kind === 'resource' ? 'Resource' : item.kind === 'card' ? 'Card' : item.kind === 'theme' ? 'Theme' : 'Prompt'}: ${item.title}`,
        ),
      })),
    );
  });
  browser.omnibox.onInputEntered.addListener((text, disposition) => {
    const chosen = /^#(\w+):([\w-]+)$/.exec(text);
    const item = chosen
      ? index.items.find((entry) => entry.item.kind === chosen[1] && entry.item.id === chosen[2])?.item
      : search(index, text, 1)[0]?.item;
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
