import { describe, expect, it } from 'vitest';
import { ivyPack } from '../../content/ivy';
import { readDraftPack } from '../../core/pack/edit';
import { studioProblems } from '../../core/pack/problems';
import { PACK_LIMITS, type Pack, validatePack } from '../../core/pack/schema';
import { maxPack } from '../../scripts/max-pack.mjs';

function first<T>(items: readonly T[]): T {
  const item = items[0];
  if (item === undefined) throw new Error('Ivy lacks a resource, action or reflective question');
  return item;
}
const resource = first(ivyPack.resources);
const action = first(ivyPack.actions);
const question = first(ivyPack.reflectiveQuestions);

/** Ivy with `count` of one list, each item its own. */
function withMany(list: 'resources' | 'actions' | 'reflectiveQuestions' | 'glossary' | 'notes', count: number): Pack {
  const pack: Pack = structuredClone(ivyPack);
  const n = Array.from({ length: count }, (_, i) => i);
  // Ivy's own resources stay: its questions link to them.
  if (list === 'resources') {
    pack.resources = [
      ...pack.resources,
      ...n.slice(pack.resources.length).map((i) => ({ ...resource, id: `resource-${i}` })),
    ];
  }
  if (list === 'actions') pack.actions = n.map((i) => ({ ...action, id: `action-${i}`, resourceIds: [] }));
  if (list === 'reflectiveQuestions') pack.reflectiveQuestions = n.map((i) => ({ ...question, id: `reflect-${i}` }));
  if (list === 'glossary') pack.glossary = n.map((i) => ({ term: `term ${i}`, meaning: 'A plain meaning.' }));
  if (list === 'notes') pack.review.notes = n.map((i) => `Note ${i}.`);
  return pack;
}

describe('the most of each list a pack holds', () => {
  const limits: [Parameters<typeof withMany>[0], number, string, string][] = [
    ['resources', 100, 'resources', 'There can be at most 100 resources. Remove some.'],
    ['actions', 50, 'actions', 'There can be at most 50 actions. Remove some.'],
    ['reflectiveQuestions', 30, 'reflectiveQuestions', 'There can be at most 30 reflective questions. Remove some.'],
    ['glossary', 60, 'glossary', 'There can be at most 60 words explained. Remove some.'],
    ['notes', 20, 'review.notes', 'There can be at most 20 notes. Remove some.'],
  ];
  for (const [list, most, path, studioText] of limits) {
    it(`${list}: ${most} pass, ${most + 1} are refused in plain words`, () => {
      expect(validatePack(withMany(list, most))).toMatchObject({ ok: true });
      const over = withMany(list, most + 1);
      const checked = validatePack(over);
      expect(checked.ok).toBe(false);
      if (checked.ok) return;
      expect(checked.problems).toContain(
        `${path}: a pack holds at most ${most} ${studioText.replace(/^There can be at most \d+ (.*)\. Remove some\.$/, '$1')}; this has ${most + 1}. Remove some.`,
      );
      expect(studioProblems(checked.issues, readDraftPack(over)).map((p) => p.message)).toContain(studioText);
    });
  }

  it('a question links to at most 10 resources', () => {
    const pack: Pack = structuredClone(ivyPack);
    const prompt = pack.themes[0]?.prompts[0];
    if (!prompt) throw new Error('no question');
    prompt.resourceIds = Array.from({ length: 11 }, () => resource.id);
    const checked = validatePack(pack);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.problems).toContain(
      'themes.0.prompts.0.resourceIds: a pack holds at most 10 resources linked; this has 11. Remove some.',
    );
  });

  it('cue lists for more themes than a pack holds are refused', () => {
    const pack: Pack = structuredClone(ivyPack);
    pack.cues = {
      themes: Object.fromEntries(
        Array.from({ length: 21 }, (_, i) => [`theme-${i}`, { cues: ['father'], notCues: [] }]),
      ),
      prompts: {},
    };
    const checked = validatePack(pack);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.problems).toContain(
      'cues.themes: a pack holds at most 20 themes with cue words; this has 21. Remove some.',
    );
    expect(studioProblems(checked.issues, readDraftPack(pack)).map((p) => p.message)).toContain(
      'There can be cue words for at most 20 themes. Remove those for themes not in the pack.',
    );
  });
});

describe('the benchmark’s largest pack (scripts/max-pack.mjs)', () => {
  it('is a valid pack, at every list’s limit, within the 1 MB a pack file may be', () => {
    const { pack, bytes } = maxPack();
    const checked = validatePack(pack);
    expect(checked.ok ? [] : checked.problems).toEqual([]);
    if (!checked.ok) return;
    const p = checked.pack;
    expect(p.themes).toHaveLength(PACK_LIMITS.themes);
    for (const theme of p.themes) expect(theme.prompts).toHaveLength(PACK_LIMITS.prompts);
    expect(p.resources).toHaveLength(PACK_LIMITS.resources);
    expect(p.actions).toHaveLength(PACK_LIMITS.actions);
    expect(p.reflectiveQuestions).toHaveLength(PACK_LIMITS.reflectiveQuestions);
    expect(p.glossary).toHaveLength(PACK_LIMITS.glossary);
    expect(p.review.notes).toHaveLength(PACK_LIMITS.notes);
    expect(bytes).toBeLessThanOrEqual(1024 * 1024);
    expect(bytes).toBeGreaterThan(0.9 * 1024 * 1024);
  });
});
