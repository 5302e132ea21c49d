import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useShell } from './context';
import { Overlays } from './facilitator/Overlays';
import { ScreenCover } from './facilitator/ScreenCover';
import { useStageMessages } from './facilitator/use-stage-messages';
import { useViewKeys } from './facilitator/use-view-keys';
import { CrisisButton } from './CrisisPanel';
import { NewSessionButton } from './NewSessionButton';
import { useShellStrings } from './strings';
import { firstError } from './diagnostic-text';
import { DiagnosticLine } from './DiagnosticList';
import { LessonErrorScreen } from './LessonErrorScreen';
import { NotesPanel } from './NotesPanel';
import { isShowingStaleVersion, slideCountOf } from './presentation-state';
import { SlideControls } from './SlideControls';
import { useQuietFrame } from './quiet-frame';
import type { StageToShell } from '../../contract/stage-protocol';
import { SaveDialog } from './SaveDialog';
import { useRoomTotals } from './room/room-context';
import { useReadingLayout } from './use-reading-layout';
import { StageFrame } from './StageFrame';

export function PresentingScreen({ index }: { index: number }): ReactNode {
  const presentation = useShell((s) => s.presentation);
  const notesVisible = useShell((s) => s.notesVisible);
  const navigate = useShell((s) => s.navigate);
  const t = useShellStrings();
  const sessionRun = useShell((s) => s.sessionRun);
  const showLibrary = useShell((s) => s.showLibrary);
  const switchView = useShell((s) => s.switchView);
  const toggleNotes = useShell((s) => s.toggleNotes);
  const attachStage = useShell((s) => s.attachStage);
  const exercises = useShell((s) => s.sharedExercises);
  const root = useRef<HTMLDivElement>(null);

  const { shown, lesson } = presentation;
  const count = slideCountOf(presentation);

  useViewKeys();

  // The shell keeps the keyboard while presenting: from the start, and
  // whenever focus reached the stage without the person choosing it.
  const hasStage = shown !== null;
  useEffect(() => {
    if (hasStage) root.current?.focus();
  }, [hasStage]);

  // Back into an open modal layer (the crisis panel) if there is one, else the screen itself.
  const takeKeyboard = useCallback(() => {
    const modal = document.querySelector<HTMLElement>('dialog[open]');
    (modal ?? root.current)?.focus({ preventScroll: true });
  }, []);

  // A lesson whose code never returns hangs only its own stage process; the
  // stage's answers to the shell's pings stop, whatever it is doing.
  const [unresponsive, setUnresponsive] = useState(false);

  const onStageMessage = useStageMessages();
  const roomTotals = useRoomTotals();
  const reading = useReadingLayout();

  // The projected picture is the slide alone: the bar goes after a few idle
  // seconds. Not in the reading layout, which is read up close, zoomed, never projected.
  const bar = useRef<HTMLElement>(null);
  const { quiet, wake } = useQuietFrame(bar, hasStage && !reading.reading);
  const onMessage = useCallback(
    (message: StageToShell) => {
      if (message.type === 'pointer-moved') wake();
      else onStageMessage(message);
    },
    [onStageMessage, wake],
  );

  if (presentation.status === 'loading' || presentation.status === 'idle') {
    return (
      <div className="presenting-status">
        <p>{t.opening}</p>
        <CrisisButton />
      </div>
    );
  }

  if (presentation.status === 'failed') {
    return (
      <LessonErrorScreen
        title={t.lessonError.couldNotOpen}
        summary={presentation.requestError ?? t.lessonError.couldNotLoad}
        diagnostics={[]}
        onBack={showLibrary}
      />
    );
  }

  if (!shown || count === 0) {
    return (
      <LessonErrorScreen
        title={lesson?.meta?.title ?? lesson?.file ?? t.lessonError.untitled}
        summary={shown ? t.lessonError.noSlides : t.lessonError.hasProblems}
        diagnostics={lesson?.diagnostics ?? []}
        onBack={showLibrary}
      />
    );
  }

  const staleError =
    isShowingStaleVersion(presentation) && lesson ? firstError(lesson.diagnostics) : null;
  const notes = notesVisible ? <NotesPanel slide={shown.slides[index]} index={index} /> : null;

  return (
    <div
      className="presenting"
      data-quiet={quiet || undefined}
      ref={root}
      tabIndex={-1}
      aria-label={shown.meta?.title ?? shown.slug}
    >
      {unresponsive ? (
        <div className="banner" role="alert">
          <p>{t.stoppedResponding}</p>
        </div>
      ) : null}
      {staleError ? (
        <div className="banner" role="alert">
          <p>
            The latest change has a problem, so the previous version stays on screen:{' '}
            <DiagnosticLine diagnostic={staleError} />
          </p>
        </div>
      ) : presentation.stageFailed ? (
        // Only the shell's own words: the stage's error text may be forged, and
        // the stage already shows it on the slide, inside the frame.
        <div className="banner" role="alert">
          <p>{t.couldNotStart}</p>
        </div>
      ) : null}
      <div className="presenting-body">
        <div className="stage-area">
          <StageFrame
            // A new session is a new stage document: nothing the lesson kept survives.
            key={sessionRun}
            lesson={shown}
            exercises={exercises}
            roomTotals={roomTotals}
            reading={reading.reading}
            textScale={reading.textScale}
            index={index}
            renderedIndex={presentation.renderedIndex}
            onMessage={onMessage}
            takeKeyboard={takeKeyboard}
            onUnresponsive={setUnresponsive}
            attachStage={attachStage}
          />
          <ScreenCover />
          <button
            type="button"
            className="edge-zone edge-prev"
            aria-label={t.previousSlide}
            tabIndex={-1}
            disabled={index === 0}
            onClick={() => navigate('prev')}
          />
          <button
            type="button"
            className="edge-zone edge-next"
            aria-label={t.nextSlide}
            tabIndex={-1}
            disabled={index >= count - 1}
            onClick={() => navigate('next')}
          />
        </div>
        {notes}
      </div>
      <SaveDialog />
      <Overlays />
      <SlideControls index={index} count={count} quiet={quiet} barRef={bar}>
        <NewSessionButton />
        <button
          type="button"
          className="button button-quiet"
          onClick={() => switchView('presenter')}
        >
          {t.presenterView} <kbd>A</kbd>
        </button>
        <CrisisButton />
        <button
          type="button"
          className="button button-quiet"
          aria-pressed={notesVisible}
          onClick={toggleNotes}
        >
          {t.notes} <kbd>N</kbd>
        </button>
      </SlideControls>
    </div>
  );
}
