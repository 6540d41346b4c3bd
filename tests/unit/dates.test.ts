import { describe, expect, it } from 'vitest';
import { ivyPack } from '../../content/ivy';
import { saferSleepCard } from '../../content/safer-sleep';
import { formatDateTime, formatDay, isDayText } from '../../core/time';

describe('one date format', () => {
  it('writes a day and a moment the same way everywhere', () => {
    const when = new Date(Date.UTC(2026, 10, 27, 14, 5, 39));
    expect(formatDay(when)).toBe('27 Nov 2026');
    expect(formatDateTime(when)).toBe('27 Nov 2026, 14:05');
    expect(formatDateTime(Date.UTC(2026, 8, 3, 7, 0))).toBe('3 Sep 2026, 07:00');
  });

  it('is the format of every date written in the built-in packs and the safer sleep card', () => {
    const written = [
      saferSleepCard.checked,
      ...ivyPack.resources.flatMap((r) => (r.addressChecked ? [r.addressChecked.on] : [])),
    ];
    expect(written.length).toBeGreaterThan(1);
    for (const text of written) expect(text, text).toSatisfy(isDayText);
  });
});
