// @vitest-environment happy-dom
/**
 * The case-page script's conversation with the extension, over a fake messenger: what it does
 * when the extension says a site is off, and when a message is lost on its way.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const sent: { type: string; ref?: string | null }[] = [];
let answer: (message: { type: string }) => Promise<unknown>;

vi.mock('../../platform/messaging', () => ({
  sendToExtension: (message: { type: string; ref?: string | null }) => {
    sent.push(message);
    return answer(message);
  },
  answerMessages: () => () => undefined,
}));

const RUNNING = Symbol.for('pause-point.case-page');
const ENABLED = { enabled: true, rule: { kind: 'path', pattern: '/cases/{ref}' }, packId: 'cscp-ivy', themes: [] };

async function started() {
  const { watchCasePage } = await import('../../entrypoints/case-page/watch');
  watchCasePage();
  await vi.advanceTimersByTimeAsync(0);
  return watchCasePage;
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.resetModules();
  sent.length = 0;
  history.replaceState(null, '', '/cases/DEMO-1001');
  delete (globalThis as Record<symbol, unknown>)[RUNNING];
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the case-page script', () => {
  it('starts when started again after being told its site was off', async () => {
    answer = async () => ({ enabled: false });
    const watchCasePage = await started();
    expect(sent.map((m) => m.type)).toEqual(['case-page/hello']);

    // The site is turned on, and the script started again in the open page.
    answer = async (message) => (message.type === 'case-page/hello' ? ENABLED : true);
    watchCasePage();
    await vi.advanceTimersByTimeAsync(2000);
    expect(sent.filter((m) => m.type === 'case-page/report').at(-1)?.ref).toBe('DEMO-1001');
  });

  it('sends a report again when it was lost on its way, and goes on following the page', async () => {
    let lose = 1;
    answer = async (message) => {
      if (message.type === 'case-page/hello') return ENABLED;
      if (lose-- > 0) throw new Error('Could not establish connection. Receiving end does not exist.');
      return true;
    };
    await started();
    await vi.advanceTimersByTimeAsync(500);
    const reports = () => sent.filter((m) => m.type === 'case-page/report').map((m) => m.ref);
    expect(reports()).toEqual(['DEMO-1001']);
    await vi.advanceTimersByTimeAsync(1500);
    expect(reports()).toEqual(['DEMO-1001', 'DEMO-1001']);

    history.pushState(null, '', '/cases/DEMO-1002');
    dispatchEvent(new PopStateEvent('popstate'));
    await vi.advanceTimersByTimeAsync(1500);
    expect(reports().at(-1)).toBe('DEMO-1002');
  });

  it('asks again when its first question is lost, and reads the page once answered', async () => {
    let lose = 1;
    answer = async (message) => {
      if (message.type === 'case-page/hello' && lose-- > 0) throw new Error('The message port closed.');
      return message.type === 'case-page/hello' ? ENABLED : true;
    };
    await started();
    await vi.advanceTimersByTimeAsync(2500);
    expect(sent.map((m) => m.type).slice(0, 3)).toEqual(['case-page/hello', 'case-page/hello', 'case-page/report']);
  });
});
