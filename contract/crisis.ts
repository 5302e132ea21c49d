/** One crisis line or service, as the crisis panel shows it. Numbers are shown, never dialled. */
export interface CrisisResource {
  name: string;
  description?: string;
  call?: string;
  text?: string;
  chat?: string;
  website?: string;
  hours?: string;
  languages?: string[];
  /** The emergency number (911, 999, 112…): shown first and marked. */
  emergency?: boolean;
}

export interface CrisisRegion {
  id: string;
  name: string;
  resources: CrisisResource[];
}

/** What the crisis panel shows: the chosen region, or every region with a notice when none is set. */
export interface CrisisResourcesView {
  region: string | null;
  shown: CrisisRegion[];
  /** A plain sentence shown above the list (no region set, file missing), or null. */
  notice: string | null;
}
