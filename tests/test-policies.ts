/**
 * The managed-policy files the policy tests write. Each applies to every browser started while
 * it exists, so one left behind by a run that was killed part-way (the machine restarted, a
 * time limit) would quietly change every later run: the Firefox suite's demo site was then
 * the organisation's, on another port, and the case-context tests failed for no fault of
 * Pause Point. Playwright's global set-up removes them before any test starts.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';

export const CHROMIUM_POLICY_DIR = '/etc/chromium/policies/managed';
/** Only the tests write this file name, so it is always safe to remove. */
export const CHROMIUM_POLICY_FILE = `${CHROMIUM_POLICY_DIR}/pause-point-test.json`;
/** The benchmark's policy of 30 packs (scripts/bench.mjs, BENCH_ONLY=policy). */
const CHROMIUM_BENCH_POLICY_FILE = `${CHROMIUM_POLICY_DIR}/pause-point-bench.json`;
/** Firefox reads one policy file, which a machine may have for its own reasons. */
export const FIREFOX_POLICY_FILE = '/etc/firefox/policies/policies.json';
/** The organisation the tests' policies name, which tells their files from a real one. */
export const TEST_ORGANISATION = 'Example Safeguarding Children Partnership';

function writtenByTests(file: string): boolean {
  try {
    const extensions = JSON.parse(readFileSync(file, 'utf8'))?.policies?.['3rdparty']?.Extensions ?? {};
    return Object.values(extensions).some(
      (policy) => (policy as { organisationName?: unknown } | null)?.organisationName === TEST_ORGANISATION,
    );
  } catch {
    return false;
  }
}

/** Removes policy files a killed test run left behind; says which. A machine's own file stays. */
function removeLeftoverTestPolicies(): string[] {
  const removed: string[] = [];
  try {
    for (const file of [CHROMIUM_POLICY_FILE, CHROMIUM_BENCH_POLICY_FILE]) {
      if (!existsSync(file)) continue;
      rmSync(file, { force: true });
      removed.push(file);
    }
    if (existsSync(FIREFOX_POLICY_FILE) && writtenByTests(FIREFOX_POLICY_FILE)) {
      rmSync(FIREFOX_POLICY_FILE, { force: true });
      removed.push(FIREFOX_POLICY_FILE);
    }
  } catch {
    // Not root: the policy tests skip themselves, and could have written nothing.
  }
  return removed;
}

export default function globalSetup(): void {
  for (const file of removeLeftoverTestPolicies()) {
    console.log(`Removed ${file}, left by an earlier test run that did not finish.`);
  }
}
