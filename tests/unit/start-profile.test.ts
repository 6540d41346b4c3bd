import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { desktopArgs, markProfileClosedCleanly } from '../../scripts/chromium-profile.mjs';

describe('npm start opens Chromium without warning bars', () => {
  it('hides the unsupported-flag bar that --no-sandbox brings up', () => {
    expect(desktopArgs()).toContain('--test-type');
    expect(desktopArgs()).toContain('--hide-crash-restore-bubble');
  });

  it('marks the last session as closed cleanly, keeping every other preference', () => {
    const profile = mkdtempSync(join(tmpdir(), 'pp-profile-'));
    mkdirSync(join(profile, 'Default'));
    const file = join(profile, 'Default', 'Preferences');
    writeFileSync(file, JSON.stringify({ profile: { exit_type: 'Crashed', exited_cleanly: false, name: 'Me' }, x: 1 }));
    markProfileClosedCleanly(profile);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
      profile: { exit_type: 'Normal', exited_cleanly: true, name: 'Me' },
      x: 1,
    });
  });

  it('leaves a new or unreadable profile alone', () => {
    const profile = mkdtempSync(join(tmpdir(), 'pp-profile-'));
    expect(() => markProfileClosedCleanly(profile)).not.toThrow();
    mkdirSync(join(profile, 'Default'));
    writeFileSync(join(profile, 'Default', 'Preferences'), '{not json');
    markProfileClosedCleanly(profile);
    expect(readFileSync(join(profile, 'Default', 'Preferences'), 'utf8')).toBe('{not json');
  });
});
