/**
 * Drives real Firefox ESR with Pause Point installed, over WebDriver BiDi (puppeteer-core).
 *
 * What Firefox needs here, found by trying (see docs/firefox.md):
 * - extension pages open only with `--remote-allow-system-access`, and only by navigating the
 *   browsing context itself: Firefox sends no navigation events for them, so `page.goto()`
 *   would wait for ever;
 * - extension pages' console reaches no BiDi event, so Firefox prints it to its own output;
 * - the extension's UUID is pinned by a pref, so its pages have a known address.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { extensionErrorsIn } from './printed';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The Firefox test build (`wxt build -b firefox --mode test`), which `npm run test:e2e` makes. */
export const FIREFOX_BUILD = resolve(process.env.FIREFOX_EXTENSION_DIR ?? '.output/firefox-mv2-test');
export const GECKO_ID = 'pause-point@pausepoint.uk';
const UUID = '5a1e6c0d-7f3b-4b8e-9c2a-0d4e6f8a1b3c';
export const EXTENSION_ORIGIN = `moz-extension://${UUID}`;

/** Every wait has a bound, and says what it was waiting for when it gives up. */
export async function within<T>(ms: number, what: string, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Firefox: gave up after ${ms} ms waiting for ${what}`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The parts of puppeteer-core's BiDi objects this suite uses that its typings keep private. */
interface BidiSession {
  send(method: string, params: object): Promise<{ result: unknown }>;
}
interface BidiBrowsingContext {
  navigate(url: string, wait: 'none' | 'interactive' | 'complete'): Promise<void>;
  userContext: { browser: { session: BidiSession } };
}
function contextOf(page: Page): BidiBrowsingContext {
  return (page.mainFrame() as unknown as { browsingContext: BidiBrowsingContext }).browsingContext;
}

export interface Firefox {
  browser: Browser;
  /** Everything Firefox printed: its own messages and the console of every page. */
  output(): string;
  /** Errors from any of Pause Point's pages, its background page or its case-page script. */
  extensionErrors(): string[];
  /** Runs an expression in the browser window itself (toolbar, sidebar), as Firefox's own UI code. */
  inBrowserWindow<T>(expression: string): Promise<T>;
  /** Clicks an element of the browser window (a toolbar button), found by a CSS selector. */
  clickInBrowserWindow(selector: string): Promise<void>;
  /** Opens one of Pause Point's pages in a new tab. */
  openExtensionPage(path: string): Promise<Page>;
  /** Loads one of Pause Point's pages in this tab (also how to reload one). */
  navigate(page: Page, path: string): Promise<Page>;
  /** Opens a web page in a new tab and waits for it to load. */
  openPage(url: string): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** A profile folder that outlives this launch (for a restart); a fresh temporary one otherwise. */
  profile?: string;
  /** Install the build permanently (it survives a restart); temporary otherwise. */
  permanent?: boolean;
  /** Do not install: the add-on is already in `profile`. */
  installed?: boolean;
}

export async function launchFirefox(options: LaunchOptions = {}): Promise<Firefox> {
  const ownProfile = options.profile === undefined;
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'pause-point-firefox-'));
  const browser = await within(
    30_000,
    `Firefox to start (${FIREFOX_PATH})`,
    puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      // FIREFOX_HEADED=1 (under Xvfb or on a desktop) shows the window, to watch a run or take
      // screenshots of the sidebar, which a headless Firefox does not draw; FIREFOX_WINDOW adds
      // window arguments such as '--width=1280 --height=720'.
      headless: process.env.FIREFOX_HEADED !== '1',
      userDataDir: profile,
      args: [
        '--remote-allow-system-access',
        ...(process.env.FIREFOX_WINDOW ? process.env.FIREFOX_WINDOW.split(' ') : []),
      ],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
        'devtools.console.stdout.content': true,
        // Grants a site asked for with permissions.request() without the prompt a test cannot click.
        'extensions.webextOptionalPermissionPrompts': false,
        // An unsigned build can be installed for good on ESR only with this.
        'xpinstall.signatures.required': false,
      },
    }),
  );
  let printed = '';
  const child = browser.process();
  child?.stdout?.on('data', (chunk: Buffer) => {
    printed += chunk.toString();
  });
  child?.stderr?.on('data', (chunk: Buffer) => {
    printed += chunk.toString();
  });
  const [first] = await browser.pages();
  if (!first) throw new Error('Firefox started without a tab');
  const session = contextOf(first).userContext.browser.session;

  if (!options.installed) {
    const extensionData = options.permanent
      ? { type: 'archivePath', path: xpiOf(FIREFOX_BUILD) }
      : { type: 'path', path: FIREFOX_BUILD };
    await within(
      15_000,
      'the add-on to install',
      session.send('webExtension.install', { extensionData, 'moz:permanent': options.permanent === true }),
    );
  }

  const navigate = async (page: Page, url: string) => {
    await within(15_000, `${url} to load`, contextOf(page).navigate(url, 'complete'));
    return page;
  };

  const browserWindow = async () => {
    const tree = (await session.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as {
      contexts: { context: string; url: string }[];
    };
    const window = tree.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
    if (!window) throw new Error('No Firefox browser window');
    return window.context;
  };
  const inBrowserWindow = async <T>(expression: string) => {
    const answer = (
      await session.send('script.evaluate', {
        expression,
        target: { context: await browserWindow() },
        awaitPromise: true,
        resultOwnership: 'none',
      })
    ).result as { type: string; result?: { value?: unknown }; exceptionDetails?: { text: string } };
    if (answer.type !== 'success') throw new Error(`In the browser window: ${answer.exceptionDetails?.text}`);
    return answer.result?.value as T;
  };

  return {
    browser,
    output: () => printed,
    inBrowserWindow,
    async clickInBrowserWindow(selector) {
      // BiDi's input actions refuse the browser window, so the button gets the command a
      // click gives it: Firefox's own code then runs as for a click (the add-on's onClicked,
      // with the user-input permission that opening a sidebar needs).
      const clicked = await inBrowserWindow<boolean>(
        `(() => { const b = document.querySelector(${JSON.stringify(selector)}); if (!b) return false; b.doCommand(); return true; })()`,
      );
      if (!clicked) throw new Error(`Nothing matches ${selector} in the browser window`);
    },
    extensionErrors: () => extensionErrorsIn(printed, EXTENSION_ORIGIN),
    openExtensionPage: async (path) => navigate(await browser.newPage(), `${EXTENSION_ORIGIN}/${path}`),
    navigate: (page, path) => navigate(page, `${EXTENSION_ORIGIN}/${path}`),
    async openPage(url) {
      const page = await browser.newPage();
      await within(15_000, `${url} to load`, page.goto(url, { waitUntil: 'load' }));
      return page;
    },
    async close() {
      await within(15_000, 'Firefox to close', browser.close()).catch(() => child?.kill('SIGKILL'));
      if (ownProfile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Finds an element by its role and accessible name, as a practitioner or screen reader would. */
export function byRole(role: string, name: string): string {
  return `::-p-aria(${name}[role="${role}"])`;
}

/**
 * Clicks where the element is once the page has settled around it. Pack studio lays out only the
 * questions near the screen (content-visibility); in Firefox, questions drawn for the first time
 * after a scroll took the page up by their guessed height, and a click aimed where "Add to this
 * browser" had been landed on the space beside it, so nothing happened (a person clicks where the
 * button then is, and a keyboard press always reached it).
 */
export async function click(page: Page, role: string, name: string): Promise<void> {
  const element = await within(10_000, `the ${role} “${name}”`, page.waitForSelector(byRole(role, name)));
  if (!element) throw new Error(`Firefox: no ${role} “${name}”`);
  let last = '';
  for (let tries = 0; tries < 20; tries++) {
    const now = await element.evaluate(
      (el) =>
        new Promise<string>((settled) => {
          const box = el.getBoundingClientRect();
          if (box.top < 0 || box.bottom > innerHeight) el.scrollIntoView({ block: 'center' });
          // Two frames, or 100 ms where there are none: a tab in the background draws no frames.
          let done = false;
          const measure = () => {
            if (done) return;
            done = true;
            const after = el.getBoundingClientRect();
            settled(after.top >= 0 && after.bottom <= innerHeight ? `${after.top},${after.left}` : 'out');
          };
          requestAnimationFrame(() => requestAnimationFrame(measure));
          setTimeout(measure, 100);
        }),
    );
    if (now !== 'out' && now === last) break;
    last = now;
  }
  await element.click();
}

/** Waits until the page shows this text. */
export async function seeText(page: Page, text: string, ms = 10_000): Promise<void> {
  await within(
    ms,
    `the text “${text}”`,
    // biome-ignore lint/performance/useDomNodeTextContent: only text a person can see counts, as innerText gives it.
    page.waitForFunction((wanted) => document.body.innerText.includes(wanted), { timeout: 0 }, text),
  );
}

/** Asks again until `read` gives a value `ok` accepts, then gives it; fails with the last value seen. */
export async function poll<T>(what: string, read: () => Promise<T>, ok: (value: T) => boolean, ms = 10_000) {
  const until = Date.now() + ms;
  let last: T | undefined;
  while (Date.now() < until) {
    last = await read();
    if (ok(last)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Firefox: gave up after ${ms} ms waiting for ${what}; last seen: ${JSON.stringify(last)}`);
}

/** Packs a folder as an .xpi (a zip), the form Firefox installs permanently. */
function xpiOf(dir: string): string {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(path);
    }
  };
  walk(dir);
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const path of files) {
    const name = Buffer.from(relative(dir, path).split('\\').join('/'));
    const data = readFileSync(path);
    const packed = deflateRawSync(data);
    const crc = crc32(data);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(8, 8); // deflate
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(packed.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(name.length, 26);
    local.push(header, name, packed);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(packed.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
    offset += header.length + name.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  const xpi = join(mkdtempSync(join(tmpdir(), 'pause-point-xpi-')), 'pause-point.xpi');
  writeFileSync(xpi, Buffer.concat([...local, directory, end]));
  return xpi;
}
