import { useEffect, useRef, type ReactNode } from 'react';
import type { LoadedLesson } from '../../../contract/lesson';
import { PRINT_LIMITS, type PrintContent } from '../../../contract/print';
import type { ShellToStage } from '../../../contract/stage-protocol';
import { parseStageMessage } from '../../shared/stage-messages';
import { stageTheme, themeStore } from '../theme/theme-store';
import { watchLiveness } from '../liveness';

/** Why the slides could not be read: the lesson hung, navigated its frame away, or never finished. */
export type PrintStageFailure = 'hung' | 'left' | 'too-slow';

/**
 * A hidden stage that renders every slide for print and reports what they
 * contain. The lesson runs here, sandboxed as on screen (`allow-scripts`
 * alone: an opaque origin); the printed page itself never runs lesson code.
 */
export function PrintStage({
  lesson,
  onContent,
  onFailed,
}: {
  lesson: LoadedLesson;
  onContent(content: PrintContent): void;
  onFailed(why: PrintStageFailure): void;
}): ReactNode {
  const frame = useRef<HTMLIFrameElement>(null);
  const callbacks = useRef({ onContent, onFailed });
  useEffect(() => {
    callbacks.current = { onContent, onFailed };
  });
  // The stage document loads once; a second load means lesson code navigated its frame away.
  const loads = useRef(0);
  const failOnce = useRef<(why: PrintStageFailure) => void>(() => undefined);

  useEffect(() => {
    const post = (message: ShellToStage): void =>
      frame.current?.contentWindow?.postMessage(message, '*');
    let done = false;
    let liveness: ReturnType<typeof watchLiveness> | null = null;
    const fail = (why: PrintStageFailure): void => {
      if (done) return;
      done = true;
      liveness?.stop();
      clearTimeout(bound);
      callbacks.current.onFailed(why);
    };
    failOnce.current = fail;
    const bound = setTimeout(() => fail('too-slow'), PRINT_LIMITS.stageReadMs);
    const receive = (event: MessageEvent): void => {
      if (!frame.current?.contentWindow || event.source !== frame.current.contentWindow) return;
      const message = parseStageMessage(event.data);
      if (!message || done) return;
      if (message.type === 'pong') return liveness?.pong(message.seq);
      if (message.type === 'ready' && lesson.code !== null) {
        post({ type: 'theme', theme: stageTheme(themeStore.getState().theme) });
        post({
          type: 'load',
          lessonKey: `${lesson.slug}@${lesson.version}`,
          code: lesson.code,
          // The handout never carries the notes, not even into the stage, nor
          // the phones' questions, which no stage is sent.
          slides: lesson.slides.map(({ questions: _questions, ...s }) => ({ ...s, notes: null })),
          index: 0,
          language: lesson.meta?.language ?? 'en',
          kiosk: false,
          printer: false,
          reading: false,
        });
        post({ type: 'print' });
        liveness ??= watchLiveness({
          ping: (seq) => post({ type: 'ping', seq }),
          onChange: (hung) => {
            if (hung) fail('hung');
          },
        });
      }
      if (message.type === 'print-content') {
        done = true;
        clearTimeout(bound);
        liveness?.stop();
        callbacks.current.onContent(message.content);
      }
    };
    window.addEventListener('message', receive);
    return () => {
      window.removeEventListener('message', receive);
      clearTimeout(bound);
      liveness?.stop();
    };
  }, [lesson]);

  return (
    <iframe
      ref={frame}
      className="print-stage"
      src="stage.html"
      sandbox="allow-scripts"
      title="Reading the slides for print"
      aria-hidden="true"
      tabIndex={-1}
      referrerPolicy="no-referrer"
      onLoad={() => {
        loads.current += 1;
        if (loads.current > 1) failOnce.current('left');
      }}
    />
  );
}
