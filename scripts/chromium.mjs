// One way to start Chromium with Pause Point loaded, shared by the end-to-end tests, the
// benchmark and the screenshot script.
import { chromium } from '@playwright/test';

/** Any Chromium can be used: set CHROMIUM_PATH to its executable. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that load one unpacked extension and keep Chromium off the network. */
export function extensionArgs(extensionDir) {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    // Without these Chromium tries to reach Google's servers, which these machines refuse.
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ];
}

/** Headless Chromium with the extension, for tests and measurements. */
export function launchWithExtension(extensionDir) {
  return chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...extensionArgs(extensionDir), '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
}

/** The extension's id, read from its service worker's address. */
export async function extensionIdOf(context) {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = worker.url().split('/')[2];
  if (!id) throw new Error(`Unexpected service worker URL ${worker.url()}`);
  return id;
}

/** Runs a script in the real side panel's page, over the browser's DevTools session. */
export async function inSidePanel(session, extensionId, expression) {
  const { targetInfos } = await session.send('Target.getTargets');
  const panel = targetInfos.find((t) => t.url.startsWith(`chrome-extension://${extensionId}/sidepanel.html`));
  if (!panel) throw new Error('No side panel is open');
  const { sessionId } = await session.send('Target.attachToTarget', { targetId: panel.targetId, flatten: false });
  const reply = new Promise((done) => {
    const listen = (event) => {
      if (event.sessionId !== sessionId) return;
      const message = JSON.parse(event.message);
      if (message.id !== 1) return;
      session.off('Target.receivedMessageFromTarget', listen);
      done(message.result?.result?.value);
    };
    session.on('Target.receivedMessageFromTarget', listen);
  });
  await session.send('Target.sendMessageToTarget', {
    sessionId,
    message: JSON.stringify({
      id: 1,
      method: 'Runtime.evaluate',
      params: { expression, awaitPromise: true, returnByValue: true },
    }),
  });
  const value = await reply;
  await session.send('Target.detachFromTarget', { sessionId });
  return value;
}
