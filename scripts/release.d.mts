export const RELEASE_DIR: string;
export function packagesOf(
  version: string,
): { browser: 'chrome' | 'edge' | 'firefox'; buildDir: string; file: string }[];
export function sourcesFileOf(version: string): string;
export function filesUnder(dir: string): string[];
export function sha256(bytes: Buffer | string): string;
