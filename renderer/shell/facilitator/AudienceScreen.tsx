import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useShell } from '../context';
import { slideCountOf } from '../presentation-state';
import { isLessonRoute } from '../routes';
import { ShownAsks } from '../room/JoinCover';
import { useRoomTotals } from '../room/room-context';
import { StageFrame } from '../StageFrame';
import { useShellStrings } from '../strings';
import './facilitator.css';
import { ScreenCover } from './ScreenCover';
import { useStageMessages } from './use-stage-messages';
import { useViewKeys } from './use-view-keys';

/** The pointer disappears after this long without moving: nobody wants a cursor on the projector. */
export const POINTER_HIDE_MS = 2000;

/**
 * The projector's view: the session's slide alone, filling the window at
 * 16:9, with no controls and no notes (its stage is never sent them). It
 * follows the session wherever it is driven from; the crisis panel opens
 * here when anyone opens it.
 */
export function AudienceScreen(): ReactNode {
  const presentation = useShell((s) => s.presentation);
  const session = useShell((s) => s.session);
  const index = useShell((s) => (isLessonRoute(s.route) ? s.route.index : 0));
  const sessionRun = useShell((s) => s.sessionRun);
  const exercises = useShell((s) => s.sharedExercises);
  const attachStage = useShell((s) => s.attachStage);
  const roomTotals = useRoomTotals();
  const t = useShellStrings();
  const onStageMessage = useStageMessages();
  const root = useRef<HTMLDivElement>(null);
  const pointerIdle = usePointerIdle(root);
  useViewKeys();

  useEffect(() => {
    root.current?.focus();
  }, []);
  const takeKeyboard = useCallback(() => root.current?.focus({ preventScroll: true }), []);
  const noop = useCallback(() => undefined, []);

  const { shown } = presentation;
  const ready = shown !== null && slideCountOf(presentation) > 0 && session !== null;
  return (
    <div
      className={`audience${pointerIdle ? ' pointer-idle' : ''}`}
      ref={root}
      tabIndex={-1}
      aria-label={shown?.meta?.title ?? t.audienceView}
    >
      {ready ? (
        <div className="stage-area audience-stage">
          <StageFrame
            key={sessionRun}
            lesson={shown}
            role="current"
            withoutNotes
            exercises={exercises}
            roomTotals={roomTotals}
            index={index}
            renderedIndex={presentation.renderedIndex}
            onMessage={onStageMessage}
            takeKeyboard={takeKeyboard}
            onUnresponsive={noop}
            attachStage={attachStage}
          />
          {/* Nobody clicks the projector: a shield keeps the pointer (and focus) out of the slide. */}
          <div className="audience-shield" aria-hidden="true" />
          <ShownAsks />
          <ScreenCover />
        </div>
      ) : (
        <div className="audience-waiting" role="status">
          <p>{presentation.status === 'failed' ? t.sessionEnded : t.waiting}</p>
        </div>
      )}
    </div>
  );
}

/** True once the pointer has rested for POINTER_HIDE_MS; any movement shows it again. */
function usePointerIdle(root: React.RefObject<HTMLElement | null>): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    const element = root.current;
    if (!element) return;
    let timer = setTimeout(() => setIdle(true), POINTER_HIDE_MS);
    const moved = (): void => {
      setIdle(false);
      clearTimeout(timer);
      timer = setTimeout(() => setIdle(true), POINTER_HIDE_MS);
    };
    element.addEventListener('pointermove', moved);
    return () => {
      clearTimeout(timer);
      element.removeEventListener('pointermove', moved);
    };
  }, [root]);
  return idle;
}
