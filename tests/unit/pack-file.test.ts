import { describe, expect, it } from 'vitest';
import { BUILT_IN_PACKS } from '../../content';
import { ivyPack } from '../../content/ivy';
import { MAX_PACK_BYTES, readPackFile, utf8Length } from '../../core/pack/file';
import { BUILT_IN_PACK_IDS, packInfo } from '../../core/pack/info';
import { PACK_SCHEMA_VERSION } from '../../core/pack/schema';
import { EXAMPLE_PACK_TEXT } from '../example-pack';

const exampleText = EXAMPLE_PACK_TEXT;
const example = JSON.parse(EXAMPLE_PACK_TEXT); // untyped: tests below break it on purpose
const read = (value: unknown, reserved: ReadonlySet<string> = BUILT_IN_PACK_IDS) => {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return readPackFile(text, new TextEncoder().encode(text).length, reserved);
};

describe('adding a learning pack from a file', () => {
  it('accepts the documented example pack', () => {
    const result = read(exampleText);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(packInfo(result.pack, 'added')).toEqual({
        id: 'example-partnership-hearing-the-child',
        version: '1.0.0',
        title: 'Example: hearing the child',
        sourceTitle: 'Example pack: hearing the child',
        origin: 'added',
        themes: 2,
        prompts: 6,
        // The example says nothing of its approval.
        governance: {},
      });
    }
  });

  it('accepts the Ivy pack written out as a file under another id', () => {
    expect(read({ ...ivyPack, id: 'ivy-copy' }).ok).toBe(true);
  });

  it.each([
    ['not JSON', '{"id": ', 'This file is not a learning pack: it is not readable JSON.'],
    ['a list', '[]', 'This file is not a learning pack.'],
    ['JSON null', 'null', 'This file is not a learning pack.'],
    [
      'a prototype-polluting key',
      `{"__proto__": {"polluted": true}, ${exampleText.trim().slice(1)}`,
      'This file contains names that are not allowed in a learning pack.',
    ],
    [
      'a pack for a newer format',
      // Every version up to PACK_SCHEMA_VERSION is known; the next is not.
      JSON.stringify({ ...example, schemaVersion: PACK_SCHEMA_VERSION + 1 }),
      'This pack was made for a newer version of Pause Point. Update Pause Point, then add it.',
    ],
    [
      'a built-in pack’s id',
      JSON.stringify({ ...example, id: 'cscp-ivy' }),
      'The id “cscp-ivy” belongs to a pack already in Pause Point. Give this pack an id of its own.',
    ],
  ])('refuses %s, saying why', (_what, text, problem) => {
    expect(read(text)).toEqual({ ok: false, problems: [problem] });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a file over 1 MB before reading it', () => {
    expect(readPackFile('{}', MAX_PACK_BYTES + 1, BUILT_IN_PACK_IDS)).toEqual({
      ok: false,
      problems: ['This file is larger than 1 MB, so it is not a learning pack.'],
    });
  });

  it('lists every reason an invalid pack is refused, in words an author can act on', () => {
    const broken = structuredClone(example);
    broken.colour = 'blue';
    broken.themes[0].prompts = broken.themes[0].prompts.slice(0, 2);
    broken.actions[0].resourceIds = ['missing-resource'];
    broken.resources[0].url = 'http://insecure.example.org/';
    const result = read(broken);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toEqual(
        expect.arrayContaining([
          'colour: this is not part of the pack format.',
          expect.stringMatching(/^themes\.0\.prompts: /),
          'resources.0.url: links must use https',
        ]),
      );
    }
    // The cross-reference checks run once the shapes are right.
    const unlinked = structuredClone(example);
    unlinked.actions[0].resourceIds = ['missing-resource'];
    unlinked.moments[0].promptIds[0] = 'words-recorded';
    expect(read(unlinked)).toEqual({
      ok: false,
      problems: [
        'The prompt "words-recorded" is in the "conference" list but does not name that moment.',
        'The resource "missing-resource" is linked to but not in the pack.',
      ],
    });
  });

  it('says what is wrong in a hand-written file in plain words, never the schema library’s', () => {
    const broken = structuredClone(example);
    broken.title = 42;
    broken.themes[0].prompts = 'none';
    broken.themes[1].prompts[0].moments = ['conference', 'lunch'];
    broken.review = null;
    delete broken.version;
    const result = read(broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual(
      expect.arrayContaining([
        'title: this should be text, in quotes.',
        'themes.0.prompts: this should be a list, in square brackets.',
        expect.stringMatching(
          /^themes\.1\.prompts\.0\.moments\.1: this should be one of: conference, [a-z-]+(, [a-z-]+)+\.$/,
        ),
        'review: this should be a group of named parts, in curly brackets.',
        'version: this is missing, and the pack format needs it.',
      ]),
    );
    for (const problem of result.problems) expect(problem).not.toMatch(/Invalid|Expected|received/);
    // Too few and too many, in numbers the author can check.
    const short = structuredClone(example);
    short.themes[0].prompts = short.themes[0].prompts.slice(0, 2);
    const shortResult = read(short);
    expect(shortResult.ok ? [] : shortResult.problems).toContain(
      'themes.0.prompts: this list needs at least 3; it has 2.',
    );
  });

  it('shows at most 20 reasons and says how many more there are', () => {
    const broken = structuredClone(example);
    broken.reflectiveQuestions = Array.from({ length: 30 }, (_, i) => ({ id: `Q${i}`, text: 'x' }));
    const result = read(broken);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toHaveLength(21);
      expect(result.problems[20]).toBe('…and 10 more.');
    }
  });

  it('knows the ids of the built-in packs', () => {
    expect([...BUILT_IN_PACK_IDS]).toEqual(BUILT_IN_PACKS.map((p) => p.id));
  });
});

describe('utf8Length', () => {
  it('counts what a file of the text would take, as TextEncoder does', () => {
    for (const text of [
      '',
      'plain',
      'café',
      '€ and £',
      '👶 baby',
      'lone \ud800 high',
      'lone \udc00 low',
      'end \ud83d',
    ]) {
      expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
    }
  });
});
