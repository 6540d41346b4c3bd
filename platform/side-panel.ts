import { browser } from 'wxt/browser';
import { toolbarButton } from './toolbar-button';

/** Firefox's sidebar API, which Chrome's typings do not describe. */
interface SidebarAction {
  open(): Promise<void>;
  toggle(): Promise<void>;
}

function sidebarAction(): SidebarAction | undefined {
  return (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;
}

/**
 * Chrome and Edge: the toolbar button (and its keyboard shortcut, `_execute_action`) opens
 * the side panel. Firefox: the toolbar button toggles the sidebar (its shortcut,
 * `_execute_sidebar_action`, is handled by Firefox itself).
 */
export async function openPanelOnToolbarClick(): Promise<void> {
  const sidePanel = (browser as { sidePanel?: typeof browser.sidePanel }).sidePanel;
  if (sidePanel?.setPanelBehavior) {
    await sidePanel.setPanelBehavior({ openPanelOnActionClick: true });
    return;
  }
  const sidebar = sidebarAction();
  if (sidebar) toolbarButton().onClicked.addListener(() => void sidebar.toggle());
}

/**
 * Opens the panel in a window from a user's action (a shortcut, a menu item). Call it before
 * any `await`: browsers allow it only then. Rejects where it cannot, so callers can fall back.
 */
export function openPanelNow(windowId: number | undefined): Promise<void> {
  const sidePanel = (browser as { sidePanel?: typeof browser.sidePanel }).sidePanel;
  if (sidePanel && windowId !== undefined) return sidePanel.open({ windowId });
  const sidebar = sidebarAction();
  if (sidebar) return sidebar.open();
  return Promise.reject(new Error('This browser has no side panel.'));
}
