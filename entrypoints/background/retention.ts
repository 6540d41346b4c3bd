import { browser } from 'wxt/browser';
import { loadManagedConfig } from '../../platform/managed';
import { applyRetention } from '../../store/retention';

const retain = async () => applyRetention(Date.now(), (await loadManagedConfig()).config.retentionDays);

const ALARM = 'retention';

/** Deletes data untouched for longer than the retention period: at start-up, then daily. */
export function keepRetention(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void retain();
  });
  void browser.alarms.get(ALARM).then((existing) => {
    if (!existing) void browser.alarms.create(ALARM, { periodInMinutes: 24 * 60 });
  });
  void retain();
}
