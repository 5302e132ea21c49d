import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { missingCaseError, type StageToShell } from '../../contract/stage-protocol';
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
import { SaveDialog } from './SaveDialog';
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
  const requestSave = useShell((s) => s.requestSave);
  const navigateFromStage = useShell((s) => s.navigateFromStage);
  const attachStage = useShell((s) => s.attachStage);
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

  // The shell keeps the keyboard while presenting: from the start, and
  // whenever focus reached the stage without the person choosing it.
  const hasStage = shown !== null;
  useEffect(() => {
    if (hasStage) root.current?.focus();
  }, [hasStage]);

  // Back into an open modal layer (the crisis panel) if there is one, else the screen itself.
  const takeKeyboard = useCallback(() => {
    const modal = document.querySelector<HTMLElement>('[aria-modal="true"] [tabindex="-1"]');
    (modal ?? root.current)?.focus({ preventScroll: true });
  }, []);

  // A lesson whose code never returns hangs only its own stage process; the
  // stage's answers to the shell's pings stop, whatever it is doing.
  const [unresponsive, setUnresponsive] = useState(false);

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
        case 'pong':
        case 'pointerdown':
        case 'release-keyboard':
          // Handled by the frame itself (liveness and focus).
          return;
        default:
          throw missingCaseError(message);
      }
    },
    [goToSlide, navigateFromStage, requestSave, stageFailed, stageRendered],
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
            index={index}
            renderedIndex={presentation.renderedIndex}
            onMessage={onStageMessage}
            takeKeyboard={takeKeyboard}
            onUnresponsive={setUnresponsive}
            attachStage={attachStage}
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
      <SaveDialog />
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
