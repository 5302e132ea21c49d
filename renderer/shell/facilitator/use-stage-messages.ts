import { useCallback } from 'react';
import { missingCaseError, type StageToShell } from '../../../contract/stage-protocol';
import { useShell } from '../context';

/** What a view does with the messages of the stage it presents (not the preview's). */
export function useStageMessages(): (message: StageToShell) => void {
  const stageRendered = useShell((s) => s.stageRendered);
  const stageFailed = useShell((s) => s.stageFailed);
  const requestSave = useShell((s) => s.requestSave);
  const navigateFromStage = useShell((s) => s.navigateFromStage);
  const goToSlide = useShell((s) => s.goToSlide);
  const stageExercises = useShell((s) => s.stageExercises);
  const stageWriting = useShell((s) => s.stageWriting);
  return useCallback(
    (message: StageToShell) => {
      switch (message.type) {
        case 'ready':
        case 'slide-error':
          // The stage shows a slide's error on the slide itself; nothing to add here.
          return;
        case 'rendered':
          stageRendered(message.index);
          return;
        case 'nav':
          navigateFromStage(message.action);
          return;
        case 'navigated':
          goToSlide(message.index);
          return;
        case 'load-error':
          stageFailed();
          return;
        case 'save-file':
          requestSave(message);
          return;
        case 'exercises':
          stageExercises(message.exercises);
          return;
        case 'writing':
          stageWriting(message.unsaved);
          return;
        case 'pong':
        case 'pointerdown':
        case 'release-keyboard':
          // Handled by the frame itself (liveness and focus).
          return;
        case 'print-content':
          // Only the print page asks for it; a presenting stage that sends it is ignored.
          return;
        case 'activity':
        case 'print-text':
          // Only a kiosk has an idle timer, and a printer for visitors.
          return;
        case 'pointer-moved':
          // The single window's quiet frame listens for it itself (PresentingScreen).
          return;
        default:
          throw missingCaseError(message);
      }
    },
    [
      goToSlide,
      navigateFromStage,
      requestSave,
      stageExercises,
      stageFailed,
      stageRendered,
      stageWriting,
    ],
  );
}
