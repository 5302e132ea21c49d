import { missingCaseError, type SaveRefusal } from '../../../../contract/stage-protocol';
import type { Strings } from '../strings/languages';
import type { SaveAnswer } from './save-file';

/**
 * What to tell the person once the shell has answered: the truth, not
 * "ready" before anything happened. `saved` is the exercise's own sentence.
 */
export function saveStatus(answer: SaveAnswer, saved: string, t: Strings['saving']): string {
  switch (answer.outcome) {
    case 'saved':
      return saved;
    case 'cancelled':
      return t.cancelled;
    case 'failed':
      return t.failed;
    case 'refused':
      return refusalStatus(answer.reason, t);
    default:
      throw missingCaseError(answer.outcome);
  }
}

function refusalStatus(reason: SaveRefusal | undefined, t: Strings['saving']): string {
  switch (reason) {
    case 'busy':
      return t.busy;
    case 'too-many':
      return t.tooMany;
    case 'type-not-allowed':
    case 'too-large':
    case undefined:
      return t.notAllowed;
    default:
      throw missingCaseError(reason);
  }
}
