import { QUALITY_CODES } from '../../contract/diagnostics';

// One list, in the contract beside every other code; the checks read it from here.
export { QUALITY_CODES };
export type QualityCode = (typeof QUALITY_CODES)[number];
