import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { parseShellMessage } from '../shared/stage-messages';
import { postToShell } from './bridge';
import { forwardNavigationKeys, forwardSwipes } from './input';
import { forgetEchoes, gotoFromShell } from './local-navigation';
import { StageApp } from './StageApp';
import { stageStore } from './stage-store';
import './stage.css';

window.addEventListener('message', (event: MessageEvent) => {
  // Only the shell that embeds the stage may drive it.
  if (event.source !== window.parent || window.parent === window) return;
  const message = parseShellMessage(event.data);
  if (!message) return;
  const store = stageStore.getState();
  switch (message.type) {
    case 'load':
      forgetEchoes();
      store.load(
        {
          key: message.lessonKey,
          code: message.code,
          slides: message.slides,
          language: message.language,
        },
        message.index,
      );
      break;
    case 'goto':
      gotoFromShell(message.index);
      break;
    case 'reset-session':
      store.resetSession();
      break;
  }
});

forwardNavigationKeys(window);
forwardSwipes(window);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <StageApp />
    </StrictMode>,
  );
}
postToShell({ type: 'ready' });
