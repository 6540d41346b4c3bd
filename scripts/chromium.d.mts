import type { BrowserContext } from '@playwright/test';

export const CHROMIUM_PATH: string;
export function extensionArgs(extensionDir: string): string[];
export function launchWithExtension(extensionDir: string): Promise<BrowserContext>;
export function extensionIdOf(context: BrowserContext): Promise<string>;
export function inSidePanel(
  session: import('@playwright/test').CDPSession,
  extensionId: string,
  expression: string,
): Promise<unknown>;
