// The largest learning pack the pack schema allows, for the benchmark (`BENCH_ONLY=maxpack`):
// every list at its limit (core/pack/schema.ts, PACK_LIMITS) and every text as long as it may
// be, within the 1 MB a pack file may be. Plain words, so search has something to match.

/** 1 MB, the most a pack file may be (core/pack/file.ts, MAX_PACK_BYTES). */
const MAX_PACK_BYTES = 1024 * 1024;
const LIMITS = {
  themes: 20,
  prompts: 7,
  resources: 100,
  actions: 50,
  reflectiveQuestions: 30,
  glossary: 60,
  notes: 20,
};
const GROUPS = ['safer-sleep', 'local-procedures', 'national-guidance', 'practice-tools', 'national-reviews'];
const WORDS = ['visit', 'father', 'sleep', 'plan', 'record', 'school', 'health', 'review', 'agency', 'home'];

/** Words to exactly `length` characters (`seed` varies them). */
function words(length, seed = 0) {
  let text = '';
  for (let i = seed; text.length < length; i++) text += `${WORDS[i % WORDS.length]} `;
  return text.slice(0, length).trimEnd().padEnd(length, 's');
}

/**
 * The pack, every list full and every text at its longest, with cue lists filled to `fill`
 * (0 to 1) of theirs: filled whole, they alone would take more than 1 MB.
 */
function build(fill) {
  const long = (most, seed) => words(most, seed);
  const upTo = (most) => Math.max(1, Math.round(most * fill));
  const resources = Array.from({ length: LIMITS.resources }, (_, i) => ({
    id: `resource-${i}`,
    title: `Resource ${i} ${long(140, i)}`.slice(0, 160),
    url: `https://example.org/resources/${i}`,
    publisher: long(160, i + 1),
    description: long(400, i + 2),
    fromSource: i % 2 === 0,
    group: GROUPS[i % GROUPS.length],
    note: long(400, i + 3),
  }));
  const linked = (i) => Array.from({ length: 10 }, (_, k) => `resource-${(i + k) % LIMITS.resources}`);
  const themes = Array.from({ length: LIMITS.themes }, (_, t) => ({
    id: `theme-${t}`,
    title: `Theme ${t} ${long(140, t)}`.slice(0, 160),
    short: `Theme ${t}`,
    why: long(1200, t),
    sourceSection: long(200, t + 1),
    prompts: Array.from({ length: LIMITS.prompts }, (_, p) => ({
      id: `prompt-${t}-${p}`,
      text: long(300, t + p),
      short: 'Father seen and asked about sleep?',
      sourceSection: long(200, p),
      moments: ['visit', 'conference'],
      resourceIds: linked(t * LIMITS.prompts + p),
    })),
  }));
  const cue = (t, i) => `cue${t}x${i} ${words(50, i)}`.slice(0, 60).trim();
  return {
    schemaVersion: 1,
    id: 'bench-max',
    version: '1.0.0',
    title: `Largest pack ${long(100, 0)}`.slice(0, 120),
    review: {
      type: long(160, 1),
      name: long(120, 2),
      publisher: long(160, 3),
      sourceTitle: long(200, 4),
      summary: long(800, 5),
      notes: Array.from({ length: LIMITS.notes }, (_, i) => long(400, i)),
    },
    themes,
    actions: Array.from({ length: LIMITS.actions }, (_, i) => ({
      id: `action-${i}`,
      title: `Action ${i} ${long(100, i)}`.slice(0, 120),
      text: long(400, i),
      resourceIds: linked(i),
    })),
    resources,
    reflectiveQuestions: Array.from({ length: LIMITS.reflectiveQuestions }, (_, i) => ({
      id: `reflect-${i}`,
      text: `Question ${i} ${long(280, i)}`.slice(0, 300),
    })),
    moments: [{ id: 'conference', promptIds: themes[0].prompts.slice(0, 5).map((p) => p.id) }],
    cues: {
      themes: Object.fromEntries(
        themes.map((theme, t) => [
          theme.id,
          {
            cues: Array.from({ length: upTo(200) }, (_, i) => cue(t, i)),
            notCues: Array.from({ length: upTo(80) }, (_, i) => `not ${cue(t, i)} ${words(80, i)}`.slice(0, 80).trim()),
          },
        ]),
      ),
      prompts: Object.fromEntries(
        themes.flatMap((theme, t) =>
          theme.prompts.map((prompt, p) => [
            prompt.id,
            Array.from({ length: Math.min(upTo(20), upTo(200)) }, (_, i) => cue(t, (p + i) % upTo(200))),
          ]),
        ),
      ),
    },
    glossary: Array.from({ length: LIMITS.glossary }, (_, i) => ({ term: `term ${i}`, meaning: long(400, i) })),
  };
}

/** The largest pack allowed, as data, with its size as a file (laid out, as Pack studio saves it). */
export function maxPack() {
  const bytes = (pack) => new TextEncoder().encode(JSON.stringify(pack, null, 2)).length;
  // The fullest cue lists that still fit, to within 1%.
  let low = 0;
  let high = 1;
  while (high - low > 0.01) {
    const mid = (low + high) / 2;
    if (bytes(build(mid)) <= MAX_PACK_BYTES) low = mid;
    else high = mid;
  }
  const pack = build(low);
  return { pack, bytes: bytes(pack) };
}
