/**
 * Messages between the case-page content script and the rest of the extension, and the
 * per-tab page context kept in session storage. Everything a content script sends is
 * outside input: a case page is not trusted, so every message is checked for its shape and,
 * for cue words, against the pack, so no page text can travel inside one.
 */
import * as v from 'valibot';
import { isCaseReference } from './case-reference';
import type { CaseRule } from './case-rules';
import { raisableCues } from './cue-text';
import type { RaisedTheme, ThemeCues } from './cues';
import { MOMENT_IDS } from './moments';
import { storedItem, storedKind } from './stored';
import { TimeSchema } from './time';

export type CasePageMessage =
  | { type: 'case-page/hello' }
  /** `packId`: the pack whose cue words the page was read with (the one the extension gave). */
  | { type: 'case-page/report'; ref: string | null; packId?: string; themes: RaisedTheme[] };

/** A pack's cue lists, as the extension gives them to a case page to read it with. */
export interface PageCues {
  packId: string;
  themes: ThemeCues[];
}

export type CasePageHelloReply = ({ enabled: true; rule: CaseRule } & PageCues) | { enabled: false };

/**
 * The extension's answer to a report: true when taken; the cue lists of another pack when the
 * case found uses that pack, for the page to be read again with them; false when not taken.
 */
export type CasePageReportReply = boolean | PageCues;

/** From the extension to a case page's content script. */
export type ToCasePage =
  | { type: 'case-page/stop' }
  | { type: 'case-page/find'; rule: CaseRule }
  | ({ type: 'case-page/cues' } & PageCues);

const RefSchema = v.nullable(v.pipe(v.string(), v.maxLength(40), v.check(isCaseReference)));
const PackIdSchema = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/));

const RaisedThemeSchema = v.strictObject({
  themeId: v.pipe(v.string(), v.maxLength(64)),
  cues: v.pipe(v.array(v.pipe(v.string(), v.maxLength(80))), v.maxLength(60)),
});

const CasePageMessageSchema = v.variant('type', [
  v.strictObject({ type: v.literal('case-page/hello') }),
  v.strictObject({
    type: v.literal('case-page/report'),
    ref: RefSchema,
    packId: v.optional(PackIdSchema),
    themes: v.pipe(v.array(RaisedThemeSchema), v.maxLength(20)),
  }),
]);

/** The pack a report says it was read with, before it is checked: which cue lists to check it against. */
export function claimedPackId(raw: unknown): string | null {
  const packId = typeof raw === 'object' && raw !== null ? (raw as { packId?: unknown }).packId : undefined;
  return v.is(PackIdSchema, packId) ? packId : null;
}

/**
 * Checks a message from a content script. Theme ids and cue words must be the pack's own,
 * in the pack's spelling; anything else is refused whole.
 */
export function readCasePageMessage(raw: unknown, packThemes: readonly ThemeCues[]): CasePageMessage | null {
  const parsed = v.safeParse(CasePageMessageSchema, raw);
  if (!parsed.success) return null;
  const message = parsed.output;
  if (message.type === 'case-page/report') {
    for (const raised of message.themes) {
      const theme = packThemes.find((t) => t.themeId === raised.themeId);
      if (!theme || raised.cues.length === 0) return null;
      const allowed = raisableCues(theme);
      if (!raised.cues.every((cue) => allowed.includes(cue))) return null;
    }
  }
  return message;
}

/** What Pause Point knows about one tab, kept in session storage (memory only) while the tab lives. */
export interface TabContext {
  origin: string;
  ref: string | null;
  /** The pack whose themes these are: the case's own, or the one a new case there starts with. */
  packId?: string;
  themes: RaisedTheme[];
  at: number;
}

const TabContextSchema = v.strictObject({
  origin: v.pipe(v.string(), v.maxLength(300)),
  ref: RefSchema,
  packId: v.optional(PackIdSchema),
  themes: v.pipe(v.array(RaisedThemeSchema), v.maxLength(20)),
  at: TimeSchema,
});

export function readTabContext(raw: unknown): TabContext | null {
  const parsed = v.safeParse(TabContextSchema, raw);
  return parsed.success ? parsed.output : null;
}

/** Each tab's context, under `tab:<tab id>` in session storage (memory only). */
export const TAB_CONTEXTS = storedKind<TabContext | null>('tab:', {
  area: 'session',
  what: 'what was found on one tab’s page (memory only)',
  schema: TabContextSchema,
  id: v.pipe(v.string(), v.regex(/^\d{1,16}$/)),
  fallback: null,
  read: readTabContext,
});

/**
 * Where the side panel should open, set by a keyboard shortcut, the context menu or the
 * address-bar keyword just before they open the panel. Kept in session storage, read once.
 */
const PanelIntentSchema = v.strictObject({
  view: v.picklist(['checklist', 'resources', 'supervision']),
  focus: v.nullable(v.picklist(['search', 'safer-sleep-card'])),
  /** A theme to show, for a search result that is a theme or prompt. */
  themeId: v.optional(v.pipe(v.string(), v.maxLength(64))),
  at: TimeSchema,
});

export type PanelIntent = v.InferOutput<typeof PanelIntentSchema>;

export function readPanelIntent(raw: unknown): PanelIntent | null {
  const parsed = v.safeParse(PanelIntentSchema, raw);
  return parsed.success ? parsed.output : null;
}

export const PANEL_INTENT = storedItem<PanelIntent | null>('panelIntent', {
  area: 'session',
  what: 'where the side panel should open, read once (memory only)',
  schema: PanelIntentSchema,
  fallback: null,
  read: readPanelIntent,
});

/**
 * A summary on its way to the print tab, in session storage (memory only) and taken once: no
 * case reference ends up in the tab's address or the browser's history.
 */
const PrintJobSchema = v.strictObject({
  text: v.pipe(v.string(), v.minLength(1), v.maxLength(50_000)),
  /**
   * What the summary is of, so the print tab can write it again when the case's pack changes
   * (a new version added while the tab is open): the case, its pack and the moment shown.
   */
  source: v.optional(
    v.strictObject({
      ref: v.pipe(v.string(), v.maxLength(40), v.check(isCaseReference)),
      packId: PackIdSchema,
      choice: v.picklist([...MOMENT_IDS, 'all']),
      virtual: v.boolean(),
    }),
  ),
  /** The tab opened for it; absent for the moment between storing the job and making the tab. */
  tabId: v.optional(v.pipe(v.number(), v.integer())),
});
export type PrintJob = v.InferOutput<typeof PrintJobSchema>;

export const PRINT_JOB = storedItem<PrintJob | null>('printSummary', {
  area: 'session',
  what: 'a summary waiting to be printed, and the tab it is for (memory only)',
  schema: PrintJobSchema,
  fallback: null,
  read: (raw) => {
    const parsed = v.safeParse(PrintJobSchema, raw);
    return parsed.success ? parsed.output : null;
  },
});
