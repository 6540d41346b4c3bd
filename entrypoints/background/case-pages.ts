/**
 * The background's part in case context: answers the case-page script, checks everything it
 * says, keeps each tab's context in session storage, and shows the number of outstanding
 * prompts for the tab's case on the toolbar badge.
 */
import { browser } from 'wxt/browser';
import { DEFAULT_PACK } from '../../content';
import { packCues } from '../../content/built-in-cues';
import { answerState } from '../../core/checklist';
import type { ThemeCues } from '../../core/cues';
import { type CasePageHelloReply, readCasePageMessage, type TabContext } from '../../core/messages';
import { caseMoment, momentItems } from '../../core/moments';
import { cueListsOf } from '../../core/pack/cue-lists';
import type { Pack } from '../../core/pack/schema';
import { siteForUrl } from '../../core/sites';
import { CASES, PANEL } from '../../core/stored';
import { loadManagedConfig } from '../../platform/managed';
import { answerMessages, type MessageSender } from '../../platform/messaging';
import { getStored, watchStored } from '../../platform/stored';
import { toolbarButton } from '../../platform/toolbar-button';
import { cachedPack } from '../../store/pack-storage';
import { allTabContexts, clearTabContext, loadSites, loadTabContext, saveTabContext } from '../../store/site-storage';

/** A pack by id: the built-in one at once, any other through the one cache of packs read. */
function packById(id: string): Promise<Pack | null> {
  return id === DEFAULT_PACK.id ? Promise.resolve(DEFAULT_PACK) : cachedPack(id);
}

/**
 * The cue lists case pages are read with: those of the pack new cases start with (the
 * built-in pack unless the organisation chose another). A pack without cues raises no themes.
 */
async function pageCues(): Promise<ThemeCues[]> {
  const { config } = await loadManagedConfig();
  const pack = (await packById(config.defaultPackId ?? DEFAULT_PACK.id)) ?? DEFAULT_PACK;
  return cueListsOf(pack, packCues(pack));
}

/** The enabled site a message came from, if it came from the top frame of a tab on one. */
async function senderSite(sender: MessageSender) {
  if (sender.id !== browser.runtime.id || sender.tab?.id === undefined || sender.frameId !== 0) return null;
  const { sites } = await loadSites();
  return siteForUrl(sites, sender.url);
}

async function handle(raw: unknown, sender: MessageSender): Promise<CasePageHelloReply | boolean | undefined> {
  const packCues = await pageCues();
  const message = readCasePageMessage(raw, packCues);
  if (!message) return undefined;
  const site = await senderSite(sender);
  const tabId = sender.tab?.id;
  if (!site || tabId === undefined) return message.type === 'case-page/hello' ? { enabled: false } : false;
  if (message.type === 'case-page/hello') {
    await clearTabContext(tabId); // a fresh page: what was found on the last one no longer holds
    return { enabled: true, rule: site.rule, themes: packCues };
  }
  const context: TabContext = { origin: site.origin, ref: message.ref, themes: message.themes, at: Date.now() };
  await saveTabContext(tabId, context);
  await showOutstanding(tabId, context);
  return true;
}

/**
 * The badge's colour: at least 3:1 against light and dark toolbars (white, #f1f3f4, #f9f9fb;
 * #202124, #282828, #2b2a33, #35363a, #3c3c3c: 3.15:1 at worst), with black digits (6:1).
 */
export const BADGE_COLOUR = '#d86848';

/** The questions still outstanding at the moment the case is shown at: the panel's own count. */
async function outstandingFor(ref: string): Promise<number | null> {
  const [{ checklist }, panel] = await Promise.all([getStored(CASES, ref), getStored(PANEL)]);
  const { config } = await loadManagedConfig();
  const pack =
    (await packById(checklist?.packId ?? config.defaultPackId ?? DEFAULT_PACK.id)) ?? (checklist ? null : DEFAULT_PACK);
  // A case answered with a pack that is not here has no count to show.
  if (!pack) return null;
  const { moment, virtual } = caseMoment(checklist?.view, panel.moment, pack);
  return momentItems(pack, moment, virtual).filter(({ prompt }) => answerState(checklist, prompt.id) === 'open').length;
}

async function showOutstanding(tabId: number, context: TabContext | null): Promise<void> {
  try {
    if (!context?.ref) {
      await toolbarButton().setBadgeText({ tabId, text: '' });
      return;
    }
    const outstanding = await outstandingFor(context.ref);
    if (outstanding === null) {
      await toolbarButton().setBadgeText({ tabId, text: '' });
      return;
    }
    await toolbarButton().setBadgeText({ tabId, text: String(outstanding) });
    await toolbarButton().setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR });
    await toolbarButton().setBadgeTextColor?.({ tabId, color: '#000000' });
    await toolbarButton().setTitle({
      tabId,
      title: `Pause Point: ${outstanding} ${outstanding === 1 ? 'question' : 'questions'} outstanding for case ${context.ref}`,
    });
  } catch {
    // The tab closed meanwhile.
  }
}

export function watchCasePages(): void {
  answerMessages(handle);

  // Leaving an enabled site ends what Pause Point knew about the tab.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url === undefined) return;
    void loadTabContext(tabId).then(async (context) => {
      if (context && new URL(change.url as string).origin !== context.origin) {
        await clearTabContext(tabId);
        await showOutstanding(tabId, null);
      }
    });
  });
  browser.tabs.onRemoved.addListener((tabId) => void clearTabContext(tabId));

  // A tick in any panel changes the count on every tab showing that case; the moment last
  // chosen is the moment of every case not yet kept, so their counts change too.
  const recount = (refs: ReadonlySet<string> | 'every') =>
    void allTabContexts().then((contexts) => {
      for (const [tabId, context] of contexts) {
        if (context.ref && (refs === 'every' || refs.has(context.ref))) void showOutstanding(tabId, context);
      }
    });
  watchStored(CASES, (changes) => recount(new Set(changes.map((change) => change.id))));
  watchStored(PANEL, () => recount('every'));
}
