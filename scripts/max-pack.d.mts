export function maxPack(): { pack: unknown; bytes: number };
