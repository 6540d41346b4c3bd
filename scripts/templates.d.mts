export const PLACEHOLDERS: {
  chromeId: string;
  edgeId: string;
  chromeUpdateUrl: string;
  edgeUpdateUrl: string;
  firefoxInstallUrl: string;
};
export const FIREFOX_ID: string;
export const EXAMPLE_SETTINGS: Record<string, unknown>;
export interface TemplateOptions {
  chromeId?: string;
  edgeId?: string;
  chromeUpdateUrl?: string;
  edgeUpdateUrl?: string;
  firefoxInstallUrl?: string;
  settings?: Record<string, unknown>;
  schema?: { properties: Record<string, { type: string; title?: string; description?: string }> };
}
export function readSchema(): { properties: Record<string, { type: string; title?: string; description?: string }> };
export function buildTemplates(options?: TemplateOptions): Record<string, string>;
export function writeTemplates(outDir: string, templates: Record<string, string>): void;
