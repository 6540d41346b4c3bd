import { browser } from 'wxt/browser';

type ToolbarButton = typeof browser.action;

/**
 * The toolbar button's API: `action` in Chrome and Edge (Manifest V3), `browserAction` in the
 * Firefox build (Manifest V2), where `action` does not exist and every call on it would throw.
 */
export function toolbarButton(): ToolbarButton {
  const mv2 = (browser as unknown as { browserAction?: ToolbarButton }).browserAction;
  return (browser as { action?: ToolbarButton }).action ?? (mv2 as ToolbarButton);
}
