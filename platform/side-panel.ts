import { browser } from 'wxt/browser';

/**
 * Chrome and Edge: make the toolbar button (and its keyboard shortcut, `_execute_action`)
 * open the side panel. Browsers without the sidePanel API (Firefox uses sidebar_action)
 * are left as they are.
 */
export async function openPanelOnToolbarClick(): Promise<void> {
  const sidePanel = (browser as { sidePanel?: typeof browser.sidePanel }).sidePanel;
  if (!sidePanel?.setPanelBehavior) return;
  await sidePanel.setPanelBehavior({ openPanelOnActionClick: true });
}
