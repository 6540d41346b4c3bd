// What `npm start` does so the demo opens on a clean window: no warning bars over the page.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Flags for a Chromium a person uses. Playwright adds --no-sandbox (it must, as root or in a
 * container), and Chromium then shows an "unsupported command-line flag" bar over every
 * page; --test-type is how Chromium's own test tools hide that bar. The restore bubble after
 * a stop by Ctrl+C offers to reopen the tabs the demo reopens anyway.
 */
export function desktopArgs() {
  // Maximised: a practitioner's window fills the screen, and so does the demo's (it opened at 1050 × 700).
  return ['--test-type', '--hide-crash-restore-bubble', '--no-default-browser-check', '--start-maximized'];
}

/**
 * Stopping `npm start` with Ctrl+C ends Chromium without its own shutdown, and on the next
 * launch it says it "didn't shut down correctly". Marking the last session as closed
 * cleanly, before launch, is what a normal shutdown would have written.
 */
export function markProfileClosedCleanly(profileDir) {
  const file = join(profileDir, 'Default', 'Preferences');
  if (!existsSync(file)) return;
  let prefs;
  try {
    prefs = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return; // Chromium rebuilds a damaged file itself; it is not ours to rewrite.
  }
  if (typeof prefs !== 'object' || prefs === null) return;
  prefs.profile = { ...(prefs.profile ?? {}), exit_type: 'Normal', exited_cleanly: true };
  writeFileSync(file, JSON.stringify(prefs));
}
