import type { PrintRequest } from '../../contract/print';
import type { ExportResult } from './electron-job';

/** One document to print and where its PDF goes (absolute). */
export interface PrintJob {
  request: PrintRequest;
  out: string;
}

/** Called once per job as soon as it is printed (or has failed). */
export type OnResult = (job: PrintJob, result: ExportResult) => void;

/**
 * The engine as a whole could not run (the browser would not start, the
 * Electron app crashed): the jobs it did not finish go to the next engine.
 */
export class EngineFailure extends Error {}
