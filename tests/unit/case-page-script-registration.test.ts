import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveSite } from '../../store/site-storage';
import { resyncCasePageScript } from '../../store/sites';

/**
 * The background registers the case-page script for the sites turned on. Registration is slow in a
 * real browser, so two resyncs can overlap: the later one must win.
 */

/** A scripting API whose calls take a while, as the browser's do, recording what is registered. */
function slowScripting() {
  let registered: { id: string; matches: string[] }[] = [];
  let updates = 0;
  const later = <T>(value: () => T, ms = 5) =>
    new Promise<T>((done, fail) =>
      setTimeout(() => {
        try {
          done(value());
        } catch (error) {
          fail(error);
        }
      }, ms),
    );
  const fake = fakeBrowser as unknown as Record<string, unknown>;
  fake.scripting = {
    getRegisteredContentScripts: vi.fn(() => later(() => registered.map((s) => ({ ...s })))),
    registerContentScripts: vi.fn((scripts: { id: string; matches: string[] }[]) =>
      later(() => {
        if (registered.length > 0) throw new Error('Duplicate script ID');
        registered = scripts.map((s) => ({ id: s.id, matches: s.matches }));
      }),
    ),
    // The first update is slow (a busy browser at start-up); later ones are quick.
    updateContentScripts: vi.fn((scripts: { id: string; matches: string[] }[]) =>
      later(
        () => {
          registered = scripts.map((s) => ({ id: s.id, matches: s.matches }));
        },
        updates++ === 0 ? 40 : 5,
      ),
    ),
    unregisterContentScripts: vi.fn(() =>
      later(() => {
        registered = [];
      }),
    ),
  };
  return () => registered.flatMap((s) => s.matches);
}

describe('registering the case-page script', () => {
  beforeEach(() => fakeBrowser.reset());

  it('never lets a start-up resync undo a site turned on meanwhile', async () => {
    const matches = slowScripting();
    await saveSite({ origin: 'https://mosaic.example.gov.uk', rule: { kind: 'query', name: 'id' } });
    await resyncCasePageScript();
    const startUp = resyncCasePageScript(); // reads one site, then is slow to register it
    await new Promise((done) => setTimeout(done, 10));
    await saveSite({ origin: 'https://lcs.example.gov.uk', rule: { kind: 'query', name: 'id' } });
    const enabling = resyncCasePageScript();
    await Promise.all([startUp, enabling]);
    expect(matches().sort()).toEqual(['https://lcs.example.gov.uk/*', 'https://mosaic.example.gov.uk/*']);
  });
});
