import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { LoadedLesson } from '../../contract/lesson';
import type { ShellToStage, StageToShell } from '../../contract/stage-protocol';
import { parseStageMessage } from '../shared/stage-messages';

interface Props {
  lesson: LoadedLesson;
  index: number;
  renderedIndex: number | null;
  /** Changes when the facilitator starts a new session. */
  sessionRun: number;
  onMessage(message: StageToShell): void;
}

export function lessonKey(lesson: LoadedLesson): string {
  return `${lesson.slug}@${lesson.version}`;
}

/**
 * The sandboxed iframe the lesson runs in. `allow-scripts` alone gives it an
 * opaque origin: lesson code can neither reach the shell's DOM nor call the
 * host API. Messages from it are trusted only if they come from this frame
 * and pass validation.
 */
export function StageFrame({
  lesson,
  index,
  renderedIndex,
  sessionRun,
  onMessage,
}: Props): ReactNode {
  const frame = useRef<HTMLIFrameElement>(null);
  // Counts `ready` messages: a stage that reloaded itself must be sent the lesson again.
  const [readyCount, setReadyCount] = useState(0);
  const indexRef = useRef(index);
  const onMessageRef = useRef(onMessage);

  useEffect(() => {
    indexRef.current = index;
    onMessageRef.current = onMessage;
  });

  useEffect(() => {
    const receive = (event: MessageEvent): void => {
      const win = frame.current?.contentWindow;
      if (!win || event.source !== win) return;
      const message = parseStageMessage(event.data);
      if (!message) return;
      if (message.type === 'ready') setReadyCount((n) => n + 1);
      onMessageRef.current(message);
    };
    window.addEventListener('message', receive);
    return () => window.removeEventListener('message', receive);
  }, []);

  const key = lessonKey(lesson);
  const code = lesson.code;
  const { slides } = lesson;
  const language = lesson.meta?.language ?? 'en';

  useEffect(() => {
    if (readyCount === 0 || code === null) return;
    post(frame.current, {
      type: 'load',
      lessonKey: key,
      code,
      slides,
      index: indexRef.current,
      language,
    });
  }, [readyCount, key, code, slides, language]);

  // A new session: the stage forgets every answer. Not on first mount: a
  // fresh stage has nothing to forget.
  const firstRun = useRef(sessionRun);
  useEffect(() => {
    if (readyCount === 0 || sessionRun === firstRun.current) return;
    post(frame.current, { type: 'reset-session' });
  }, [readyCount, sessionRun]);

  // Presenter keys (and a clicker's PageDown) go straight to the stage, which
  // turns the page itself: no round trip through the shell before the paint.
  // Only when nothing else has the focus (the crisis panel, the notes).
  useEffect(() => {
    if (readyCount !== 1) return;
    const active = document.activeElement;
    if (!active || active === document.body || active.classList.contains('presenting')) {
      frame.current?.focus();
    }
  }, [readyCount]);

  // A layout effect, so the stage hears about a key press in the same task,
  // not after the shell's next paint: that frame is the whole latency budget.
  useLayoutEffect(() => {
    if (readyCount === 0) return;
    post(frame.current, { type: 'goto', index });
  }, [readyCount, index]);

  const title = lesson.meta?.title ?? lesson.slug;
  return (
    <div
      className="stage-frame"
      data-slide-index={renderedIndex ?? undefined}
      data-requested-index={index}
    >
      <iframe
        ref={frame}
        src="stage.html"
        sandbox="allow-scripts"
        title={`Slides of the lesson “${title}”`}
        referrerPolicy="no-referrer"
      />
    </div>
  );
}

function post(frame: HTMLIFrameElement | null, message: ShellToStage): void {
  // The stage's origin is opaque, so '*' is the only target that reaches it;
  // the message goes to this frame's window and nowhere else.
  frame?.contentWindow?.postMessage(message, '*');
}
