import { saveSite } from '../../store/site-storage';
import { resyncCasePageScript } from '../../store/sites';

/** The fictional case system that `npm start` serves (scripts/demo-server.mjs). */
export const DEMO_ORIGIN = 'http://127.0.0.1:4321';

/**
 * In the demo build only (`npm start`), the demo case system is enabled on first install, so
 * a newcomer sees detection at once. Its origin is pre-granted in that build's manifest;
 * release builds have neither.
 */
export async function enableDemoSite(): Promise<void> {
  if (import.meta.env.MODE !== 'demo') return;
  await saveSite({ origin: DEMO_ORIGIN, rule: { kind: 'path', pattern: '/cases/{ref}' } });
  await resyncCasePageScript();
}
