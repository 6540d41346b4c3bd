export interface Measured {
  files: string[];
  raw: number;
  gzip: number;
}
export function loadsOf(dir: string, html: string): { first: string[]; later: string[] };
export function sizeReport(dir: string): Record<string, Measured>;
