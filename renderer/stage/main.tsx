import './realm-guard';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { missingCaseError } from '../../contract/stage-protocol';
import { parseShellMessage } from '../shared/stage-messages';
import { embedded, postToShell, shellWindow } from './bridge';
import {
  applyShared,
  forgetSharedState,
  noteSaveOutcome,
  startExerciseSync,
} from './exercise-sync';
import { settleSave } from './exercises/logic/save-file';
import { exerciseStore } from './exercises/store/exercise-store';
import {
  focusCameFromShell,
  forwardKioskActivity,
  forwardNavigationKeys,
  forwardSwipes,
} from './input';
import { isKiosk, setKioskPolicy } from './kiosk-policy';
import { forgetEchoes, gotoFromShell } from './local-navigation';
import { StageApp } from './StageApp';
import { stageStore } from './stage-store';
import '../shared/fonts';
import { forwardPointerMoves } from './pointer-moves';
import { applyStageTheme } from './theme';
import './stage.css';
// After stage.css: the kiosk's reading layout restyles the slide (ReadingLayout.tsx).
import './reading.css';
// Last: reduced motion and forced colours win over every rule above.
import './preferences.css';

// Registered before any lesson code runs, in the capture phase, so a lesson's
// own listeners cannot stop the shell's messages (its pings above all) from
// arriving. The sender is compared with the parent taken at load: a lesson
// can shadow `window.parent`.
window.addEventListener(
  'message',
  (event: MessageEvent) => {
    // Only the shell that embeds the stage may drive it.
    if (!embedded || event.source !== shellWindow) return;
    const message = parseShellMessage(event.data);
    if (!message) return;
    switch (message.type) {
      case 'ping':
        // Answered here, at once: an answer that never comes means lesson code holds the thread.
        postToShell({ type: 'pong', seq: message.seq });
        return;
      case 'load': {
        forgetEchoes();
        // Before the store changes, so no render of the kiosk's layout runs under the old policy.
        setKioskPolicy(message.kiosk);
        const fresh = stageStore.getState().lesson?.key !== message.lessonKey;
        stageStore.getState().load(
          {
            key: message.lessonKey,
            code: message.code,
            slides: message.slides,
            language: message.language,
          },
          message.index,
          message.kiosk,
          message.printer,
          message.reading,
        );
        // A new lesson key reset the exercises: nothing of the old lesson is shared or unsaved.
        if (fresh) forgetSharedState();
        return;
      }
      case 'goto':
        gotoFromShell(message.index);
        return;
      case 'save-result':
        settleSave(message.id, { outcome: message.outcome, reason: message.reason });
        noteSaveOutcome(message.outcome);
        return;
      case 'focus-from-shell':
        focusCameFromShell();
        return;
      case 'exercises':
        // Another view's state: shown here and never reported back.
        applyShared(message.exercises);
        return;
      case 'room':
        // The phones' totals: shown beside the room's counts, never posted back
        // or saved (not a shared slice). A kiosk has no room: nothing from phones.
        exerciseStore.getState().phonesSet(isKiosk() ? {} : message.totals);
        return;
      case 'print':
        stageStore.getState().print();
        return;
      case 'text-scale':
        stageStore.getState().setTextScale(message.scale);
        return;
      case 'theme':
        applyStageTheme(message.theme, document.documentElement);
        return;
      default:
        throw missingCaseError(message);
    }
  },
  { capture: true },
);

forwardNavigationKeys(window);
forwardKioskActivity(window);
forwardSwipes(window);
forwardPointerMoves(window);
startExerciseSync(window);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <StageApp />
    </StrictMode>,
  );
}
postToShell({ type: 'ready' });
