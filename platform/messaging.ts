import { type Browser, browser } from 'wxt/browser';

export type MessageSender = Browser.runtime.MessageSender;

/**
 * Listens for runtime messages and answers each with the handler's result.
 *
 * Answers through sendResponse and `return true`, not by returning a Promise, although the
 * webextension-polyfill behind `wxt/browser` accepts a Promise in every browser: WXT's fake
 * browser, which the unit tests run against, waits for an answer only when a listener
 * returns `true`, and answers `undefined` to a listener that returns a Promise. This one form
 * works the same in Chrome, Edge, Firefox and the unit tests.
 */
export function answerMessages(handler: (message: unknown, sender: MessageSender) => Promise<unknown>): () => void {
  const listener = (message: unknown, sender: MessageSender, sendResponse: (response: unknown) => void) => {
    handler(message, sender).then(sendResponse, () => sendResponse(undefined));
    return true as const;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

export function sendToExtension(message: unknown): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}

/** Sends to a tab's content script; resolves undefined when no script is listening there. */
export async function sendToTab(tabId: number, message: unknown): Promise<unknown> {
  try {
    return await browser.tabs.sendMessage(tabId, message);
  } catch {
    return undefined;
  }
}
