/**
 * The background's part in case context: answers the case-page script, checks everything it
 * says, keeps each tab's context in session storage, and shows the number of outstanding
 * prompts for the tab's case on the toolbar badge.
 */
import { browser } from 'wxt/browser';
import { BUILT_IN_PACKS, DEFAULT_PACK } from '../../content';
import { cueListsOf } from '../../content/cue-lists';
import { answerState } from '../../core/checklist';
import { type CasePageHelloReply, readCasePageMessage, type TabContext } from '../../core/messages';
import { siteForUrl } from '../../core/sites';
import { caseKey, readCaseChecklist, refFromCaseKey } from '../../core/stored-data';
import { answerMessages, type MessageSender } from '../../platform/messaging';
import { allTabContexts, clearTabContext, loadSites, loadTabContext, saveTabContext } from '../../store/site-storage';

const packCues = cueListsOf(DEFAULT_PACK);

/** The enabled site a message came from, if it came from the top frame of a tab on one. */
async function senderSite(sender: MessageSender) {
  if (sender.id !== browser.runtime.id || sender.tab?.id === undefined || sender.frameId !== 0) return null;
  const { sites } = await loadSites();
  return siteForUrl(sites, sender.url);
}

async function handle(raw: unknown, sender: MessageSender): Promise<CasePageHelloReply | boolean | undefined> {
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

async function outstandingFor(ref: string): Promise<number> {
  const key = caseKey(ref);
  const { checklist } = readCaseChecklist((await browser.storage.local.get(key))[key], ref);
  const pack = BUILT_IN_PACKS.find((p) => p.id === checklist?.packId) ?? DEFAULT_PACK;
  const prompts = pack.themes.flatMap((t) => t.prompts);
  return prompts.filter((p) => answerState(checklist, p.id) === 'open').length;
}

async function showOutstanding(tabId: number, context: TabContext | null): Promise<void> {
  try {
    if (!context?.ref) {
      await browser.action.setBadgeText({ tabId, text: '' });
      return;
    }
    const outstanding = await outstandingFor(context.ref);
    await browser.action.setBadgeText({ tabId, text: String(outstanding) });
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#1d4f91' });
    await browser.action.setTitle({
      tabId,
      title: `Pause Point: ${outstanding} prompts outstanding for case ${context.ref}`,
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

  // A tick in any panel changes the count on every tab showing that case.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    const refs = new Set(
      Object.keys(changes)
        .map(refFromCaseKey)
        .filter((ref) => ref !== null),
    );
    if (refs.size === 0) return;
    void allTabContexts().then((contexts) => {
      for (const [tabId, context] of contexts) {
        if (context.ref && refs.has(context.ref)) void showOutstanding(tabId, context);
      }
    });
  });
}
