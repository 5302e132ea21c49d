import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { StageToShell } from '../../../contract/stage-protocol';
import { missingCaseError } from '../../../contract/stage-protocol';
import { StageFrame } from '../StageFrame';
import { useShell } from '../context';
import { READING_TEXT_SCALES } from '../../../contract/kiosk';
import { useKiosk, useKioskStore, useKioskStrings } from './kiosk-context';
import { KioskHelpButton } from './KioskHelpButton';

/** How long a stage may stop answering before the kiosk gives up on it and goes home. */
const HUNG_STAGE_MS = 8_000;

const noop = (): void => undefined;

/**
 * A lesson in the reading layout: the slide reflows to the whole screen
 * (the stage does that in kiosk mode), with big Back and Next buttons, a
 * progress bar and a text size. No notes, no facilitator controls.
 */
export function KioskReader(): ReactNode {
  const store = useKioskStore();
  const lesson = useKiosk((s) => s.lesson);
  const index = useKiosk((s) => s.index);
  const phase = useKiosk((s) => s.phase);
  const visit = useKiosk((s) => s.visit);
  const textScale = useKiosk((s) => s.textScale);
  const renderedIndex = useKiosk((s) => s.renderedIndex);
  const printer = useKiosk((s) => s.status.printer);
  const openCrisis = useShell((s) => s.openCrisis);
  const t = useKioskStrings();
  const root = useRef<HTMLDivElement>(null);
  const [hungSince, setHungSince] = useState<number | null>(null);

  const onMessage = useCallback(
    (message: StageToShell) => {
      const kiosk = store.getState();
      switch (message.type) {
        case 'nav':
          // Only moving through the lesson and help: Esc, notes and the presenter keys do nothing here.
          if (message.action === 'crisis') void openCrisis();
          else if (
            message.action === 'next' ||
            message.action === 'prev' ||
            message.action === 'first' ||
            message.action === 'last'
          )
            kiosk.navigate(message.action);
          return;
        case 'navigated':
          kiosk.stageNavigated(message.index);
          return;
        case 'rendered':
          kiosk.stageRendered(message.index);
          return;
        case 'activity':
          kiosk.activity();
          return;
        case 'writing':
          kiosk.setWriting(message.unsaved);
          return;
        case 'load-error':
          kiosk.stageBroke();
          return;
        case 'save-file':
          // Never on a shared computer: the stage offers the QR hand-off instead.
          return;
        case 'print-text':
          kiosk.offerPrint(message.text);
          return;
        case 'ready':
        case 'slide-error':
        case 'pong':
        case 'pointerdown':
        case 'release-keyboard':
        case 'pointer-moved':
        case 'exercises':
        case 'print-content':
          return;
        default:
          throw missingCaseError(message);
      }
    },
    [store, openCrisis],
  );

  // A stage that stops answering (lesson code in an endless loop) is replaced, not waited for.
  useEffect(() => {
    if (hungSince === null) return;
    const timer = setTimeout(() => store.getState().stageBroke(), HUNG_STAGE_MS);
    return () => clearTimeout(timer);
  }, [hungSince, store]);

  const onUnresponsive = useCallback((hung: boolean) => {
    setHungSince(hung ? Date.now() : null);
  }, []);
  const takeKeyboard = useCallback(() => root.current?.focus({ preventScroll: true }), []);

  if (!lesson) return null;
  const count = lesson.slides.length;
  const title = lesson.meta?.title ?? lesson.slug;
  const finished = phase === 'finished';
  const shownIndex = finished ? count - 1 : index;
  const smallest = textScale <= READING_TEXT_SCALES[0];
  const largest = textScale >= READING_TEXT_SCALES[READING_TEXT_SCALES.length - 1]!;

  return (
    <div className="kiosk-reader" ref={root} tabIndex={-1} aria-label={title}>
      <header className="kiosk-reader-bar">
        <button
          type="button"
          className="kiosk-button"
          onClick={() => store.getState().leaveLesson()}
        >
          {t.lessons}
        </button>
        <div className="kiosk-progress">
          <p className="kiosk-progress-text">{t.progress(shownIndex + 1, count)}</p>
          <div
            className="kiosk-progress-track"
            role="progressbar"
            aria-label={title}
            aria-valuemin={1}
            aria-valuemax={count}
            aria-valuenow={shownIndex + 1}
            aria-valuetext={t.progress(shownIndex + 1, count)}
          >
            <span
              className="kiosk-progress-fill"
              style={{ width: `${((shownIndex + 1) / count) * 100}%` }}
            />
          </div>
        </div>
        <div
          className="kiosk-text-size"
          role="group"
          aria-label={`${t.textSmaller} / ${t.textLarger}`}
        >
          <button
            type="button"
            className="kiosk-button kiosk-button-square"
            aria-label={t.textSmaller}
            disabled={smallest}
            onClick={() => store.getState().textSize(-1)}
          >
            A−
          </button>
          <button
            type="button"
            className="kiosk-button kiosk-button-square"
            aria-label={t.textLarger}
            disabled={largest}
            onClick={() => store.getState().textSize(1)}
          >
            A+
          </button>
        </div>
        <button type="button" className="kiosk-button" onClick={() => store.getState().ask('done')}>
          {t.done}
        </button>
      </header>
      <div className="kiosk-stage-area" hidden={finished}>
        <StageFrame
          // A new visit is a new stage document: nothing the last person typed survives.
          key={visit}
          lesson={lesson}
          withoutNotes
          kiosk
          textScale={textScale}
          printer={printer}
          index={shownIndex}
          renderedIndex={renderedIndex}
          onMessage={onMessage}
          takeKeyboard={takeKeyboard}
          onUnresponsive={onUnresponsive}
          attachStage={noop}
        />
      </div>
      {finished ? (
        <section className="kiosk-finished" aria-labelledby="kiosk-finished-title">
          <h2 id="kiosk-finished-title">{t.finishedTitle}</h2>
          <p>{t.finishedLead}</p>
          <div className="kiosk-finished-actions">
            <button
              type="button"
              className="kiosk-button kiosk-button-big"
              onClick={() => store.getState().leaveLesson()}
            >
              {t.anotherLesson}
            </button>
            <button
              type="button"
              className="kiosk-button kiosk-button-big"
              onClick={() => store.getState().ask('done')}
            >
              {t.done}
            </button>
          </div>
        </section>
      ) : null}
      <nav className="kiosk-pager" aria-label={title}>
        <button
          type="button"
          className="kiosk-button kiosk-button-big"
          disabled={shownIndex === 0 && !finished}
          onClick={() => store.getState().navigate('prev')}
        >
          ← {t.back}
        </button>
        <KioskHelpButton />
        <button
          type="button"
          className="kiosk-button kiosk-button-big kiosk-button-primary"
          disabled={finished}
          onClick={() => store.getState().navigate('next')}
        >
          {index >= count - 1 ? t.finish : t.next} →
        </button>
      </nav>
    </div>
  );
}
