// Defined once in the contract, so the compiler's keys for phone questions are the stage's keys.
export { boundedKey } from '../../../contract/exercise-key';
