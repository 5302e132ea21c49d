import { useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { LoadedLesson } from '../../contract/lesson';
import type { PhoneTotalsByKey } from '../../contract/room';
import type { SharedExercises } from '../../contract/session';
import type { ShellToStage, StageToShell } from '../../contract/stage-protocol';
import { parseStageMessage } from '../shared/stage-messages';
import { watchLiveness } from './liveness';
import { guardStageFocus } from './stage-focus';
import type { StagePort } from './store';
import { useShellStrings } from './strings';
import { stageTheme, useTheme } from './theme/theme-store';

interface Props {
  lesson: LoadedLesson;
  /** The slide being presented, or the presenter's preview of the next one. */
  role?: 'current' | 'next';
  /** The session's exercise state to show; posted whenever it changes. */
  exercises?: SharedExercises | null;
  /** The phones' totals for the current slide's exercises (the room); posted whenever they change. */
  roomTotals?: PhoneTotalsByKey | null;
  /** The audience's stage is never sent the speaker notes, not even in memory. */
  withoutNotes?: boolean;
  /** Self-study on a kiosk: the stage reflows and exercises take their solo form. */
  kiosk?: boolean;
  /** The reading layout outside a kiosk: this window cannot hold the projected slide readably. */
  reading?: boolean;
  /** The reading layout's text size (kiosk and reading only). */
  textScale?: number;
  /** A kiosk with a printer for visitors: the take-home offers a printed page. */
  printer?: boolean;
  index: number;
  renderedIndex: number | null;
  onMessage(message: StageToShell): void;
  /** The shell's way to move the keyboard focus back to itself. */
  takeKeyboard(): void;
  /** The stage stopped answering pings (true), or answers again (false). */
  onUnresponsive(unresponsive: boolean): void;
  attachStage(port: StagePort | null): void;
}

export function lessonKey(lesson: LoadedLesson): string {
  return `${lesson.slug}@${lesson.version}`;
}

/**
 * The sandboxed iframe the lesson runs in. `allow-scripts` alone gives it an
 * opaque origin: lesson code can neither reach the shell's DOM nor call the
 * host API. Messages from it are trusted only if they come from this frame
 * and pass validation, and even then they are claims, not commands.
 *
 * One StageFrame is one stage document: the presenting screen keys it on the
 * session run, so a new session destroys the iframe and everything the
 * lesson kept in its realm.
 */
export function StageFrame({
  lesson,
  role = 'current',
  exercises = null,
  roomTotals = null,
  withoutNotes = false,
  kiosk = false,
  reading = false,
  textScale = 1,
  printer = false,
  index,
  renderedIndex,
  onMessage,
  takeKeyboard,
  onUnresponsive,
  attachStage,
}: Props): ReactNode {
  const t = useShellStrings();
  const frame = useRef<HTMLIFrameElement>(null);
  // Counts `ready` messages: a stage that reloaded itself must be sent the lesson again.
  const [readyCount, setReadyCount] = useState(0);
  const indexRef = useRef(index);
  const callbacks = useRef({ onMessage, takeKeyboard, onUnresponsive });
  // The last slide the stage was told to show, so the same `goto` is never
  // posted twice: a late duplicate would undo a page turn the stage made itself.
  const lastGoto = useRef<number | null>(null);

  useEffect(() => {
    indexRef.current = index;
    callbacks.current = { onMessage, takeKeyboard, onUnresponsive };
  });

  // The port the store posts through, straight from the key handler.
  useEffect(() => {
    const port: StagePort = {
      goto(to) {
        if (lastGoto.current === to) return;
        lastGoto.current = to;
        post(frame.current, { type: 'goto', index: to });
      },
      post: (message) => post(frame.current, message),
    };
    attachStage(port);
    return () => attachStage(null);
  }, [attachStage]);

  const focusGuard = useRef<ReturnType<typeof guardStageFocus> | null>(null);
  useEffect(() => {
    const guard = guardStageFocus({
      frame: () => frame.current,
      takeKeyboard: () => callbacks.current.takeKeyboard(),
      tabbedIn: () => post(frame.current, { type: 'focus-from-shell' }),
    });
    focusGuard.current = guard;
    return () => {
      focusGuard.current = null;
      guard.dispose();
    };
  }, []);

  const liveness = useRef<ReturnType<typeof watchLiveness> | null>(null);
  const started = readyCount > 0;
  useEffect(() => {
    if (!started) return;
    const watch = watchLiveness({
      ping: (seq) => post(frame.current, { type: 'ping', seq }),
      onChange: (unresponsive) => {
        focusGuard.current?.setHung(unresponsive);
        callbacks.current.onUnresponsive(unresponsive);
      },
    });
    liveness.current = watch;
    return () => {
      liveness.current = null;
      watch.stop();
      // The next stage is a new document: it starts out answering.
      callbacks.current.onUnresponsive(false);
    };
  }, [started]);

  useEffect(() => {
    const receive = (event: MessageEvent): void => {
      const win = frame.current?.contentWindow;
      if (!win || event.source !== win) return;
      const message = parseStageMessage(event.data);
      if (!message) return;
      // Liveness and focus are the frame's own business; the rest goes to the screen.
      if (message.type === 'pong') return liveness.current?.pong(message.seq);
      if (message.type === 'pointerdown') return focusGuard.current?.stagePointer();
      if (message.type === 'release-keyboard') return focusGuard.current?.release();
      if (message.type === 'ready') setReadyCount((n) => n + 1);
      callbacks.current.onMessage(message);
    };
    window.addEventListener('message', receive);
    return () => window.removeEventListener('message', receive);
  }, []);

  const key = lessonKey(lesson);
  const code = lesson.code;
  // No stage is ever sent the phones' questions (issue 16): they are the
  // host's and the presenter's, and the stage has no use for them.
  const slides = useMemo(
    () =>
      lesson.slides.map(({ questions: _questions, ...s }) =>
        withoutNotes ? { ...s, notes: null } : s,
      ),
    [lesson.slides, withoutNotes],
  );
  const language = lesson.meta?.language ?? 'en';

  // Before the lesson, so its first slide is drawn in the organisation's colours.
  const theme = useTheme();
  useEffect(() => {
    if (readyCount === 0) return;
    post(frame.current, { type: 'theme', theme: stageTheme(theme) });
  }, [readyCount, theme]);

  useEffect(() => {
    if (readyCount === 0 || code === null) return;
    lastGoto.current = indexRef.current;
    post(frame.current, {
      type: 'load',
      lessonKey: key,
      code,
      slides,
      index: indexRef.current,
      language,
      kiosk,
      printer: kiosk && printer,
      reading: reading && !kiosk,
    });
  }, [readyCount, key, code, slides, language, kiosk, printer, reading]);

  useEffect(() => {
    if (readyCount === 0 || code === null || !(kiosk || reading)) return;
    post(frame.current, { type: 'text-scale', scale: textScale });
  }, [readyCount, key, code, kiosk, reading, textScale]);

  // After every load too: a stage that (re)loaded starts blank and is shown the room's state.
  useEffect(() => {
    if (readyCount === 0 || code === null || exercises === null) return;
    post(frame.current, { type: 'exercises', exercises });
  }, [readyCount, key, code, exercises]);

  useEffect(() => {
    if (readyCount === 0 || code === null || roomTotals === null) return;
    post(frame.current, { type: 'room', totals: roomTotals });
  }, [readyCount, key, code, roomTotals]);

  // Deep links, clamps and reloads; key presses have already posted their `goto`.
  useLayoutEffect(() => {
    if (readyCount === 0 || lastGoto.current === index) return;
    lastGoto.current = index;
    post(frame.current, { type: 'goto', index });
  }, [readyCount, index]);

  const title = lesson.meta?.title ?? lesson.slug;
  return (
    <div
      className="stage-frame"
      data-role={role}
      data-reading={reading && !kiosk ? '' : undefined}
      data-slide-index={renderedIndex ?? undefined}
      data-requested-index={index}
    >
      <iframe
        ref={frame}
        src="stage.html"
        sandbox="allow-scripts"
        title={role === 'next' ? t.stageTitleNext(title) : t.stageTitle(title)}
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
