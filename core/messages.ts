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
import { CaseRuleSchema } from './sites';
import { TimeSchema } from './time';

export type CasePageMessage =
  | { type: 'case-page/hello' }
  | { type: 'case-page/report'; ref: string | null; themes: RaisedTheme[] };

export type CasePageHelloReply = { enabled: true; rule: CaseRule; themes: ThemeCues[] } | { enabled: false };

/** From the extension to a case page's content script. */
export type ToCasePage = { type: 'case-page/stop' } | { type: 'case-page/find'; rule: CaseRule };

const RefSchema = v.nullable(v.pipe(v.string(), v.maxLength(40), v.check(isCaseReference)));

const RaisedThemeSchema = v.strictObject({
  themeId: v.pipe(v.string(), v.maxLength(64)),
  cues: v.pipe(v.array(v.pipe(v.string(), v.maxLength(80))), v.maxLength(60)),
});

const CasePageMessageSchema = v.variant('type', [
  v.strictObject({ type: v.literal('case-page/hello') }),
  v.strictObject({
    type: v.literal('case-page/report'),
    ref: RefSchema,
    themes: v.pipe(v.array(RaisedThemeSchema), v.maxLength(20)),
  }),
]);

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

export const ToCasePageSchema = v.variant('type', [
  v.strictObject({ type: v.literal('case-page/stop') }),
  v.strictObject({ type: v.literal('case-page/find'), rule: CaseRuleSchema }),
]);

/** What Pause Point knows about one tab, kept in session storage (memory only) while the tab lives. */
export interface TabContext {
  origin: string;
  ref: string | null;
  themes: RaisedTheme[];
  at: number;
}

export const TabContextSchema = v.strictObject({
  origin: v.pipe(v.string(), v.maxLength(300)),
  ref: RefSchema,
  themes: v.pipe(v.array(RaisedThemeSchema), v.maxLength(20)),
  at: TimeSchema,
});

export const TAB_CONTEXT_PREFIX = 'tab:';

export function tabContextKey(tabId: number): string {
  return `${TAB_CONTEXT_PREFIX}${tabId}`;
}

export function readTabContext(raw: unknown): TabContext | null {
  const parsed = v.safeParse(TabContextSchema, raw);
  return parsed.success ? parsed.output : null;
}

/**
 * Where the side panel should open, set by a keyboard shortcut, the context menu or the
 * address-bar keyword just before they open the panel. Kept in session storage, read once.
 */
export const PANEL_INTENT_KEY = 'panelIntent';

export const PanelIntentSchema = v.strictObject({
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
