import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { LoadedLesson } from '../../../contract/lesson';
import type { SharedExercises } from '../../../contract/session';
import type { StageToShell } from '../../../contract/stage-protocol';
import { useShell } from '../context';
import { CrisisButton } from '../CrisisPanel';
import { LessonErrorScreen } from '../LessonErrorScreen';
import { NewSessionButton } from '../NewSessionButton';
import { slideCountOf } from '../presentation-state';
import { PrintMenu } from '../print/PrintMenu';
import { useRoomTotals } from '../room/room-context';
import { RoomPanel } from '../room/RoomPanel';
import { SlideControls } from '../SlideControls';
import { SaveDialog } from '../SaveDialog';
import { StageFrame } from '../StageFrame';
import { NOTES_SCALES } from '../store';
import { useShellStrings, type ShellStrings } from '../strings';
import './facilitator.css';
import { Overlays } from './Overlays';
import { formatDuration, pacingAt } from './pacing';
import { openAudienceWindow } from './open-audience-window';
import { formatClock, useNow } from './use-now';
import { useStageMessages } from './use-stage-messages';
import { useViewKeys } from './use-view-keys';

const noop = (): void => undefined;

/** How long after a page turn the next-slide preview follows. */
const PREVIEW_DELAY_MS = 150;

/**
 * The facilitator's screen on the laptop: the slide the room sees, the next
 * one (rendered, not a title), the notes in large type, the clock and the
 * pacing, every slide in a strip, and whether the projector's view is open.
 * The projector shows the same session through the audience view.
 */
export function PresenterScreen({ index }: { index: number }): ReactNode {
  const presentation = useShell((s) => s.presentation);
  const showLibrary = useShell((s) => s.showLibrary);
  const t = useShellStrings();
  useViewKeys();

  const { shown, lesson } = presentation;
  const count = slideCountOf(presentation);
  if (presentation.status === 'loading' || presentation.status === 'idle') {
    return (
      <div className="presenting-status">
        <p>{t.opening}</p>
      </div>
    );
  }
  if (!shown || count === 0) {
    return (
      <LessonErrorScreen
        title={lesson?.meta?.title ?? lesson?.file ?? presentation.slug ?? t.lessonError.untitled}
        summary={presentation.requestError ?? t.couldNotStart}
        diagnostics={lesson?.diagnostics ?? []}
        onBack={showLibrary}
      />
    );
  }
  return <PresenterLayout lesson={shown} index={index} count={count} />;
}

function PresenterLayout({
  lesson,
  index,
  count,
}: {
  lesson: LoadedLesson;
  index: number;
  count: number;
}): ReactNode {
  const t = useShellStrings();
  const sessionRun = useShell((s) => s.sessionRun);
  const session = useShell((s) => s.session);
  const renderedIndex = useShell((s) => s.presentation.renderedIndex);
  const exercises = useShell((s) => s.sharedExercises);
  const previewExercises = useShell((s) => s.previewExercises);
  const attachStage = useShell((s) => s.attachStage);
  const goToSlide = useShell((s) => s.goToSlide);
  const switchView = useShell((s) => s.switchView);
  const openOverlay = useShell((s) => s.openOverlay);
  const toggleScreen = useShell((s) => s.toggleScreen);
  const resumeSlides = useShell((s) => s.resumeSlides);
  const onStageMessage = useStageMessages();
  const roomTotals = useRoomTotals();
  const root = useRef<HTMLDivElement>(null);
  const [unresponsive, setUnresponsive] = useState(false);

  useEffect(() => {
    root.current?.focus();
  }, []);
  const takeKeyboard = useCallback(() => {
    const modal = document.querySelector<HTMLElement>('dialog[open]');
    (modal ?? root.current)?.focus({ preventScroll: true });
  }, []);

  const next = index + 1 < count ? index + 1 : null;
  const screen = session?.screen ?? 'slide';
  const slide = lesson.slides[index];

  return (
    <div
      className="presenter"
      ref={root}
      tabIndex={-1}
      aria-label={`${t.presenterView}: ${lesson.meta?.title ?? lesson.slug}`}
    >
      {unresponsive ? (
        <div className="banner" role="alert">
          <p>{t.stoppedResponding}</p>
        </div>
      ) : null}
      <PresenterStatus lesson={lesson} index={index} t={t} />
      <div className="presenter-main">
        <section className="presenter-current" aria-label={t.slideOf(index + 1, count)}>
          <div className="stage-area">
            <StageFrame
              key={sessionRun}
              lesson={lesson}
              role="current"
              exercises={exercises}
              roomTotals={roomTotals}
              index={index}
              renderedIndex={renderedIndex}
              onMessage={onStageMessage}
              takeKeyboard={takeKeyboard}
              onUnresponsive={setUnresponsive}
              attachStage={attachStage}
            />
          </div>
          {screen !== 'slide' ? (
            <p className={`screen-chip screen-chip-${screen}`} role="status">
              {t.audienceSees(
                screen === 'black'
                  ? t.blackScreen
                  : screen === 'white'
                    ? t.whiteScreen
                    : screen === 'join'
                      ? t.room.joinScreen
                      : t.breakScreen,
              )}{' '}
              <button
                type="button"
                className="button button-small"
                onClick={() => (screen === 'pause' ? resumeSlides() : toggleScreen(screen))}
              >
                {screen === 'pause' ? t.endBreak : t.slideShowing}
              </button>
            </p>
          ) : null}
        </section>
        <aside className="presenter-side">
          <section className="presenter-next" aria-label={t.upNext}>
            <h2 className="presenter-label">
              {t.upNext}
              {next !== null ? ` · ${next + 1}` : ''}
            </h2>
            {next !== null ? (
              <NextSlide
                lesson={lesson}
                index={next}
                exercises={previewExercises}
                run={sessionRun}
              />
            ) : (
              <p className="presenter-end">{t.endOfLesson}</p>
            )}
          </section>
          <PresenterNotes slide={slide} index={index} />
          <RoomPanel />
          <PrintMenu slug={lesson.slug} language={lesson.meta?.language} />
        </aside>
      </div>
      <SlideStrip lesson={lesson} index={index} onGo={goToSlide} />
      <SaveDialog />
      <Overlays />
      <SlideControls index={index} count={count}>
        <button
          type="button"
          className="button button-quiet"
          aria-pressed={screen === 'black'}
          onClick={() => toggleScreen('black')}
        >
          {t.blackScreen} <kbd>B</kbd>
        </button>
        <button
          type="button"
          className="button button-quiet"
          aria-pressed={screen === 'pause'}
          onClick={() => (screen === 'pause' ? resumeSlides() : openOverlay('pause'))}
        >
          {t.breakScreen} <kbd>P</kbd>
        </button>
        <button
          type="button"
          className="button button-quiet"
          onClick={() => openOverlay('overview')}
        >
          {t.overview} <kbd>O</kbd>
        </button>
        <button type="button" className="button button-quiet" onClick={() => openOverlay('help')}>
          <span aria-hidden="true">?</span>
          <span className="visually-hidden">{t.keyboardHelp}</span>
        </button>
        <NewSessionButton />
        <button
          type="button"
          className="button button-quiet"
          onClick={() => switchView('audience')}
        >
          {t.showAudienceHere} <kbd>A</kbd>
        </button>
        <CrisisButton />
      </SlideControls>
    </div>
  );
}

function PresenterStatus({
  lesson,
  index,
  t,
}: {
  lesson: LoadedLesson;
  index: number;
  t: ShellStrings;
}): ReactNode {
  const startedAt = useShell((s) => s.session?.startedAt ?? null);
  const audienceViews = useShell((s) => s.session?.audienceViews ?? 0);
  const slug = lesson.slug;
  const now = useNow(1000);
  const language = lesson.meta?.language ?? 'en';
  const elapsed = startedAt === null ? 0 : now - startedAt;
  const pacing = pacingAt(lesson.slides, lesson.meta?.duration ?? null, index, elapsed);
  const progress =
    pacing.totalMinutes > 0 ? Math.min(1, elapsed / 60_000 / pacing.totalMinutes) : 0;
  const planned =
    pacing.totalMinutes > 0 ? Math.min(1, pacing.plannedEnd / pacing.totalMinutes) : 0;
  const pace =
    pacing.status === 'behind'
      ? t.behind(pacing.driftMinutes)
      : pacing.status === 'ahead'
        ? t.ahead(-pacing.driftMinutes)
        : t.onTime;
  return (
    <header className="presenter-status">
      <p className="status-item">
        <span className="status-label">{t.elapsed}</span>
        <span className="status-value" data-elapsed>
          {formatDuration(elapsed)}
        </span>
      </p>
      <p className="status-item">
        <span className="status-label">{t.clock}</span>
        <time className="status-value">{formatClock(now, language)}</time>
      </p>
      <div className="status-item status-pacing" data-pacing={pacing.status}>
        <span className="status-value">{pace}</span>
        <span className="pacing-bar" aria-hidden="true">
          <span className="pacing-done" style={{ width: `${progress * 100}%` }} />
          <span className="pacing-planned" style={{ insetInlineStart: `${planned * 100}%` }} />
        </span>
      </div>
      <div
        className="status-item status-audience"
        data-audience={audienceViews > 0 ? 'connected' : 'closed'}
      >
        <span
          className={`status-dot${audienceViews > 0 ? ' status-dot-on' : ''}`}
          aria-hidden="true"
        />
        <span>{audienceViews > 0 ? t.audienceConnected : t.audienceNotOpen}</span>
        {audienceViews === 0 ? (
          <button
            type="button"
            className="button button-small"
            onClick={() => openAudienceWindow(slug)}
          >
            {t.openAudienceWindow}
          </button>
        ) : null}
      </div>
    </header>
  );
}

/** The next slide, rendered in a stage of its own that nobody can focus or click. */
function NextSlide({
  lesson,
  index,
  exercises,
  run,
}: {
  lesson: LoadedLesson;
  index: number;
  exercises: SharedExercises | null;
  run: number;
}): ReactNode {
  const [rendered, setRendered] = useState<number | null>(null);
  const onMessage = useCallback((message: StageToShell) => {
    if (message.type === 'rendered') setRendered(message.index);
  }, []);
  // The preview turns a moment after the slide the room sees, so on two
  // cores it never competes with that page turn, and a quick run of clicks
  // renders only the slide it ends on.
  const [shownIndex, setShownIndex] = useState(index);
  useEffect(() => {
    const timer = setTimeout(() => setShownIndex(index), PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
  }, [index]);
  return (
    <div className="presenter-preview stage-area" inert>
      <StageFrame
        key={run}
        lesson={lesson}
        role="next"
        exercises={exercises}
        index={shownIndex}
        renderedIndex={rendered}
        onMessage={onMessage}
        takeKeyboard={noop}
        onUnresponsive={noop}
        attachStage={noop}
      />
    </div>
  );
}

function PresenterNotes({
  slide,
  index,
}: {
  slide: LoadedLesson['slides'][number] | undefined;
  index: number;
}): ReactNode {
  const t = useShellStrings();
  const scale = useShell((s) => NOTES_SCALES[s.notesScale] ?? 1);
  const cycle = useShell((s) => s.cycleNotesScale);
  return (
    <section className="presenter-notes" aria-label={t.notesFor(index + 1)}>
      <div className="presenter-notes-head">
        <h2 className="presenter-label">
          {t.notesFor(index + 1)}
          {typeof slide?.minutes === 'number' ? ` · ${t.plannedFor(slide.minutes)}` : ''}
        </h2>
        <div className="notes-size">
          <button type="button" className="button button-small" onClick={() => cycle(-1)}>
            {/* The name starts with what the button shows, so "click A minus" works by voice. */}
            A−<span className="visually-hidden"> {t.notesSmaller}</span>
          </button>
          <button type="button" className="button button-small" onClick={() => cycle(1)}>
            A+<span className="visually-hidden"> {t.notesLarger}</span> <kbd>N</kbd>
          </button>
        </div>
      </div>
      <div
        className="presenter-notes-text"
        // Long notes scroll: the keyboard can reach them to scroll too.
        tabIndex={0}
        style={{ fontSize: `${1.35 * scale}rem` }}
        data-notes-scale={scale}
      >
        {slide?.notes ? (
          <p className="notes-text">{slide.notes}</p>
        ) : (
          <p className="notes-empty">{t.noNotes}</p>
        )}
      </div>
    </section>
  );
}

function SlideStrip({
  lesson,
  index,
  onGo,
}: {
  lesson: LoadedLesson;
  index: number;
  onGo(index: number): void;
}): ReactNode {
  const t = useShellStrings();
  const current = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    current.current?.scrollIntoView({ block: 'nearest', inline: 'center' });
  }, [index]);
  return (
    <nav className="slide-strip" aria-label={t.overview}>
      <ol>
        {lesson.slides.map((slide) => (
          <li key={slide.index}>
            <button
              type="button"
              ref={slide.index === index ? current : undefined}
              className="strip-slide"
              // Reached by keyboard through O (the overview) and G; the strip is for the mouse.
              tabIndex={-1}
              aria-current={slide.index === index ? 'true' : undefined}
              title={slide.title ?? undefined}
              onClick={() => onGo(slide.index)}
            >
              <span className="strip-number">{slide.index + 1}</span>
              <span className="strip-title">{slide.title ?? ''}</span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
