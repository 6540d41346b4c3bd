export function desktopArgs(): string[];
export function markProfileClosedCleanly(profileDir: string): void;
