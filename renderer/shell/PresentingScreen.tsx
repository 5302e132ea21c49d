import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';

/** How long a slide may take to paint before the shell treats the stage as hung. */
const STAGE_SILENCE_MS = 2500;
import type { StageToShell } from '../../contract/stage-protocol';
import { elementOwnsKey } from '../shared/key-ownership';
import { keyToNavAction } from '../shared/navigation';
import { useShell } from './context';
import { CrisisButton } from './CrisisPanel';
import { NewSessionButton } from './NewSessionButton';
import { useShellStrings } from './strings';
import { firstError } from './diagnostic-text';
import { DiagnosticLine } from './DiagnosticList';
import { LessonErrorScreen } from './LessonErrorScreen';
import { NotesPanel } from './NotesPanel';
import { isShowingStaleVersion, slideCountOf } from './presentation-state';
import { StageFrame } from './StageFrame';

export function PresentingScreen({ index }: { index: number }): ReactNode {
  const presentation = useShell((s) => s.presentation);
  const notesVisible = useShell((s) => s.notesVisible);
  const navigate = useShell((s) => s.navigate);
  const goToSlide = useShell((s) => s.goToSlide);
  const t = useShellStrings();
  const sessionRun = useShell((s) => s.sessionRun);
  const showLibrary = useShell((s) => s.showLibrary);
  const toggleNotes = useShell((s) => s.toggleNotes);
  const stageRendered = useShell((s) => s.stageRendered);
  const stageFailed = useShell((s) => s.stageFailed);
  const saveFile = useShell((s) => s.saveFile);
  const root = useRef<HTMLDivElement>(null);

  const { shown, lesson } = presentation;
  const count = slideCountOf(presentation);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.isComposing) return;
      const target = event.target instanceof Element ? event.target : null;
      if (elementOwnsKey(target, event.key)) return;
      const action = keyToNavAction(event);
      if (!action) return;
      event.preventDefault();
      navigate(action);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [navigate]);

  // Keys go to the shell from the start, not to whatever had focus in the library.
  const hasStage = shown !== null;

  // A lesson whose code never returns hangs only its own stage process, but
  // if the stage had the keyboard, Esc would go to it and be lost. When the
  // stage has not painted the requested slide for a while, take the keyboard
  // back and say so.
  const [silentFor, setSilentFor] = useState<string | null>(null);
  const waitingFor = presentation.renderedIndex === index ? null : `${shown?.version}:${index}`;
  useEffect(() => {
    if (waitingFor === null) return;
    const timer = setTimeout(() => {
      setSilentFor(waitingFor);
      root.current?.focus();
    }, STAGE_SILENCE_MS);
    return () => clearTimeout(timer);
  }, [waitingFor]);
  useEffect(() => {
    if (hasStage) root.current?.focus();
  }, [hasStage]);

  const onStageMessage = useCallback(
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
          navigate(message.action);
          return;
        case 'navigated':
          goToSlide(message.index);
          return;
        case 'load-error':
          stageFailed(message.message);
          return;
        case 'save-file':
          void saveFile({
            suggestedName: message.suggestedName,
            mimeType: message.mimeType,
            base64: message.base64,
          });
          return;
      }
    },
    [goToSlide, navigate, saveFile, stageFailed, stageRendered],
  );

  if (presentation.status === 'loading' || presentation.status === 'idle') {
    return (
      <div className="presenting-status">
        <p>Opening the lesson…</p>
      </div>
    );
  }

  if (presentation.status === 'failed') {
    return (
      <LessonErrorScreen
        title="This lesson could not be opened"
        summary={presentation.requestError ?? 'The lesson could not be loaded.'}
        diagnostics={[]}
        onBack={showLibrary}
      />
    );
  }

  if (!shown || count === 0) {
    return (
      <LessonErrorScreen
        title={lesson?.meta?.title ?? lesson?.file ?? 'Lesson'}
        summary={
          shown
            ? 'This lesson has no slides yet.'
            : 'This lesson has problems that stop it from being shown.'
        }
        diagnostics={lesson?.diagnostics ?? []}
        onBack={showLibrary}
      />
    );
  }

  const staleError =
    isShowingStaleVersion(presentation) && lesson ? firstError(lesson.diagnostics) : null;
  const unresponsive = waitingFor !== null && silentFor === waitingFor;
  const notes = notesVisible ? <NotesPanel slide={shown.slides[index]} index={index} /> : null;

  return (
    <div
      className="presenting"
      ref={root}
      tabIndex={-1}
      aria-label={shown.meta?.title ?? shown.slug}
    >
      {unresponsive ? (
        <div className="banner" role="alert">
          <p>{t.stoppedResponding}</p>
        </div>
      ) : null}
      {staleError || presentation.stageError ? (
        <div className="banner" role="alert">
          {staleError ? (
            <p>
              The latest change has a problem, so the previous version stays on screen:{' '}
              <DiagnosticLine diagnostic={staleError} />
            </p>
          ) : (
            <p>This lesson could not be shown: {presentation.stageError}</p>
          )}
        </div>
      ) : null}
      <div className="presenting-body">
        <div className="stage-area">
          <StageFrame
            lesson={shown}
            index={index}
            renderedIndex={presentation.renderedIndex}
            sessionRun={sessionRun}
            onMessage={onStageMessage}
          />
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
      <nav className="controls" aria-label="Slide controls">
        <button type="button" className="button button-quiet" onClick={showLibrary}>
          <span aria-hidden="true">←</span> {t.lessons}
        </button>
        <div className="controls-center">
          <button
            type="button"
            className="button"
            onClick={() => navigate('prev')}
            disabled={index === 0}
            aria-label={t.previousSlide}
          >
            ‹ {t.back}
          </button>
          <span className="counter" role="status" aria-label={t.slideOf(index + 1, count)}>
            {index + 1} / {count}
          </span>
          <button
            type="button"
            className="button"
            onClick={() => navigate('next')}
            disabled={index >= count - 1}
            aria-label={t.nextSlide}
          >
            {t.next} ›
          </button>
        </div>
        <div className="controls-end">
          <NewSessionButton />
          <CrisisButton />
          <button
            type="button"
            className="button button-quiet"
            aria-pressed={notesVisible}
            onClick={toggleNotes}
          >
            {t.notes} <kbd>N</kbd>
          </button>
        </div>
      </nav>
    </div>
  );
}
