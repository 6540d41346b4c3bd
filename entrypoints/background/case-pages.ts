/**
 * The background's part in case context: answers the case-page script, checks everything it
 * says, keeps each tab's context in session storage, and shows the number of outstanding
 * prompts for the tab's case on the toolbar badge.
 */
import { browser } from 'wxt/browser';
import { DEFAULT_PACK } from '../../content';
import { packCues } from '../../content/built-in-cues';
import { answerState } from '../../core/checklist';
import { inOrderPerKey } from '../../core/in-order';
import {
  type CasePageHelloReply,
  type CasePageReportReply,
  claimedPackId,
  type PageCues,
  readCasePageMessage,
  type TabContext,
  type ToCasePage,
} from '../../core/messages';
import { caseMoment, momentItems } from '../../core/moments';
import { cueListsOf } from '../../core/pack/cue-lists';
import type { Pack } from '../../core/pack/schema';
import { type Site, siteForUrl } from '../../core/sites';
import { CASES, PANEL } from '../../core/stored';
import { loadManagedConfig } from '../../platform/managed';
import { answerMessages, type MessageSender, sendToTab } from '../../platform/messaging';
import { getStored, watchStored } from '../../platform/stored';
import { toolbarButton } from '../../platform/toolbar-button';
import { cachedPack, watchPackChanges } from '../../store/pack-storage';
import { allTabContexts, clearTabContext, loadSites, loadTabContext, saveTabContext } from '../../store/site-storage';

/** A pack by id: the built-in one at once, any other through the one cache of packs read. */
function packById(id: string): Promise<Pack | null> {
  return id === DEFAULT_PACK.id ? Promise.resolve(DEFAULT_PACK) : cachedPack(id);
}

/**
 * The pack a new case on a site starts with: the site's own choice (the practitioner's, or the
 * organisation's per site) when that pack is here, else the organisation's default, else the
 * built-in pack.
 */
async function startPackOf(site: Site | null): Promise<Pack> {
  if (site?.packId) {
    const chosen = await packById(site.packId);
    if (chosen) return chosen;
  }
  const { config } = await loadManagedConfig();
  return (await packById(config.defaultPackId ?? DEFAULT_PACK.id)) ?? DEFAULT_PACK;
}

/** The pack of the case shown: the one its answers were given with, else the site's start pack. */
async function casePackOf(ref: string | null, site: Site | null): Promise<Pack> {
  if (ref) {
    const { checklist } = await getStored(CASES, ref);
    const own = checklist ? await packById(checklist.packId) : null;
    if (own) return own;
  }
  return startPackOf(site);
}

/** A pack's cue lists as a case page reads with them. A pack without cues raises no themes. */
function pageCuesOf(pack: Pack): PageCues {
  return { packId: pack.id, themes: cueListsOf(pack, packCues(pack)) };
}

/** The enabled site a message came from, if it came from the top frame of a tab on one. */
async function senderSite(sender: MessageSender) {
  if (sender.id !== browser.runtime.id || sender.tab?.id === undefined || sender.frameId !== 0) return null;
  const { sites } = await loadSites();
  return siteForUrl(sites, sender.url);
}

async function handle(
  raw: unknown,
  sender: MessageSender,
): Promise<CasePageHelloReply | CasePageReportReply | undefined> {
  const site = await senderSite(sender);
  const start = await startPackOf(site);
  // A report is checked against the cue lists of the pack it was read with, which this
  // background gave the page; a pack that is not here checks nothing in (start's lists refuse it).
  const claimed = claimedPackId(raw);
  const readWith = (claimed && claimed !== start.id && (await packById(claimed))) || start;
  const cues = pageCuesOf(readWith);
  const message = readCasePageMessage(raw, cues.themes);
  if (!message) return undefined;
  const tabId = sender.tab?.id;
  if (!site || tabId === undefined) return message.type === 'case-page/hello' ? { enabled: false } : false;
  if (message.type === 'case-page/hello') {
    await clearTabContext(tabId); // a fresh page: what was found on the last one no longer holds
    return { enabled: true, rule: site.rule, ...cues };
  }
  const casePack = await casePackOf(message.ref, site);
  if (casePack.id !== readWith.id) {
    // The case found uses another pack: the page is read again with that pack's cue words.
    // The case is told at once, without themes, so the panel follows it meanwhile.
    const context: TabContext = {
      origin: site.origin,
      ref: message.ref,
      packId: casePack.id,
      themes: [],
      at: Date.now(),
    };
    await saveTabContext(tabId, context);
    await showOutstanding(tabId, context);
    return pageCuesOf(casePack);
  }
  const context: TabContext = {
    origin: site.origin,
    ref: message.ref,
    packId: readWith.id,
    themes: message.themes,
    at: Date.now(),
  };
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
async function outstandingFor(ref: string, startPackId: string | undefined): Promise<number | null> {
  const [{ checklist }, panel] = await Promise.all([getStored(CASES, ref), getStored(PANEL)]);
  const { config } = await loadManagedConfig();
  const pack =
    (await packById(checklist?.packId ?? startPackId ?? config.defaultPackId ?? DEFAULT_PACK.id)) ??
    (checklist ? null : DEFAULT_PACK);
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
    const outstanding = await outstandingFor(context.ref, context.packId);
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
  // One tab's reports are answered in the order they came: a slower answer for the last case
  // must never land after the next case's and leave the panel on the previous child.
  const inTabOrder = inOrderPerKey<number>();
  answerMessages((raw, sender) =>
    sender.tab?.id === undefined ? handle(raw, sender) : inTabOrder(sender.tab.id, () => handle(raw, sender)),
  );

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
  watchStored(CASES, (changes) => {
    const refs = new Set(changes.map((change) => change.id));
    recount(refs);
    void repackTabs(refs);
  });
  watchStored(PANEL, () => recount('every'));
  // A pack added, replaced or changed by policy changes every count at once, and may change
  // the pack a page is read with.
  watchPackChanges(
    () => {
      recount('every');
      void repackTabs('every');
    },
    { casesToo: false },
  );
}

/**
 * Tabs showing a case whose pack is no longer the one their page was read with (the case moved
 * to another pack, or a pack changed) are given the case's pack's cue lists to read again with.
 */
async function repackTabs(refs: ReadonlySet<string> | 'every'): Promise<void> {
  const { sites } = await loadSites();
  for (const [tabId, context] of await allTabContexts()) {
    if (refs !== 'every' && (!context.ref || !refs.has(context.ref))) continue;
    const site = sites[context.origin] ?? null;
    if (!site) continue;
    const pack = await casePackOf(context.ref, site);
    if (refs !== 'every' && pack.id === context.packId) continue;
    await sendToTab(tabId, { type: 'case-page/cues', ...pageCuesOf(pack) } satisfies ToCasePage);
  }
}
