/** Types of ensure-built.mjs, for its tests. */
export interface Part {
  label: string;
  inputs: string[];
  outputs: string[];
  build(): Promise<void>;
}
export const PARTS: Record<'renderer' | 'node', Part>;
export function ensureBuilt(options?: {
  force?: boolean;
  root?: string;
  parts?: Record<string, Part>;
  only?: string[];
  log?: (line: string) => void;
}): Promise<string[]>;
