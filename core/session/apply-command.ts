import { missingCaseError } from '../../contract/missing-case';
import { EMPTY_EXERCISES, type SessionCommand, type SessionState } from '../../contract/session';

/**
 * What a command does to a session: pure, so every view, the tests and a
 * resumed session agree. The caller gives the clock and a fresh id (for a
 * new session) and bumps nothing itself: the revision goes up here.
 */
export function applyCommand(
  state: SessionState,
  command: SessionCommand,
  now: number,
  newId: () => string,
): SessionState {
  const last = Math.max(0, state.lesson.slideCount - 1);
  const next = (changes: Partial<SessionState>): SessionState => ({
    ...state,
    ...changes,
    revision: state.revision + 1,
  });
  switch (command.type) {
    case 'goto':
      return next({ index: Math.min(command.index, last) });
    case 'step':
      return next({ index: Math.min(last, Math.max(0, state.index + command.by)) });
    case 'screen': {
      const mode =
        command.toggle === true && state.screen === command.mode ? 'slide' : command.mode;
      return next({ screen: mode, pauseUntil: null });
    }
    case 'pause':
      return next({ screen: 'pause', pauseUntil: now + command.minutes * 60_000 });
    case 'crisis':
      return next({ crisisOpen: command.open });
    case 'exercises':
      return next({ exercises: command.exercises });
    case 'new-session':
      // A new id: every view builds a new stage, so nothing of the last group survives.
      return next({
        id: newId(),
        index: 0,
        screen: 'slide',
        pauseUntil: null,
        startedAt: now,
        crisisOpen: false,
        exercises: EMPTY_EXERCISES,
      });
    default:
      throw missingCaseError(command);
  }
}
