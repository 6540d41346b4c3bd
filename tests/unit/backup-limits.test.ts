import { describe, expect, it } from 'vitest';
import { planImport, readBackup } from '../../core/backup';
import { MAX_CASES, readCaseIndex, SCHEMA_VERSION } from '../../core/stored';

const head = '"format":"pause-point-backup","schemaVersion":1,"exportedAt":"2026-11-01T00:00:00.000Z"';
const at = Date.UTC(2026, 10, 1);

// How long a refusal takes is measured by the benchmark (scripts/bench.mjs, "4.8 MB junk
// backup"), not asserted here: a time limit in a unit test fails on a busy machine.

describe('a hostile backup file', () => {
  it('of 2.4 million numbers (4.8 MB) is refused', () => {
    const checked = readBackup(`{${head},"caseIndex":{},"supervision":[],"cases":[${'0,'.repeat(2_400_000)}0]}`);
    expect(checked.ok).toBe(false);
  });

  it('with a case list of 500,000 entries is refused, saying why', () => {
    // Short references and early times: 3.5 MB, under the size limit.
    const entries = Array.from({ length: 500_000 }, (_, i) => `"${i.toString(36)}":1`).join(',');
    const checked = readBackup(`{${head},"cases":[],"supervision":[],"caseIndex":{${entries}}}`);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.reason).toMatch(/more cases than/);
    // Accepting such a list made every tick rewrite megabytes.
  });

  it('with a case of 100,000 answers is refused', () => {
    const answers = Array.from({ length: 100_000 }, (_, i) => `"p-${i}":{"state":"done","at":${at}}`).join(',');
    const text = `{${head},"caseIndex":{"C-1":${at}},"supervision":[],"cases":[{"ref":"C-1","packId":"cscp-ivy","packVersion":"1.0.0","resetAt":0,"answers":{${answers}}}]}`;
    expect(readBackup(text).ok).toBe(false);
  });
});

describe('a stored case list', () => {
  it('longer than any practitioner could have is cut to the most a device can hold', () => {
    const raw = Object.fromEntries(Array.from({ length: MAX_CASES + 10 }, (_, i) => [`C-${i}`, at + i]));
    const { index, problem } = readCaseIndex(raw);
    expect(Object.keys(index).length).toBeLessThanOrEqual(MAX_CASES);
    expect(problem).not.toBeNull();
  });
});

describe('a backup’s Pack studio drafts', () => {
  const draft = (id: string, packText: string) => ({ id, startedAt: at, updatedAt: at, packText });
  const backupWith = (drafts: ReturnType<typeof draft>[]) =>
    readBackup(JSON.stringify({ ...JSON.parse(`{${head}}`), caseIndex: {}, cases: [], supervision: [], drafts }));

  it('are left out, saying why, when Pack studio could never open or keep them', () => {
    // 400,000 euro signs: 400,000 characters, within what a draft's text may hold, but 1.2 MB
    // as a file is counted, past the 1 MB a pack (and a draft) may be.
    const checked = backupWith([
      draft('dlarge', JSON.stringify({ id: 'large', title: '€'.repeat(400_000) })),
      draft('dnotjson', '{"id": "broken'),
      draft('dfine', JSON.stringify({ id: 'fine', title: 'A pack being written' })),
    ]);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    const plan = planImport({ schemaVersion: SCHEMA_VERSION }, checked.backup, 'merge');
    expect(Object.keys(plan.set).filter((key) => key.startsWith('draft:'))).toEqual(['draft:dfine']);
    expect(plan.skipped).toContain(
      '2 Pack studio drafts were left out: larger than 1 MB, or not a draft Pack studio can read, so they could never be opened or kept.',
    );
  });
});
