import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { postToShell } from './bridge';
import { stageLibrary, type ComponentMap } from './components';
import { evaluateLesson } from './evaluate';
import { ExerciseLanguageContext, KioskContext, KioskPrinterContext } from './exercises';
import { GroundworkSlide } from './GroundworkSlide';
import { PaperModeContext } from './print/paper-mode';
import { proseComponents } from './prose';
import { usePrintReport } from './print/use-print-report';
import { ReadingLayout } from './ReadingLayout';
import { LessonError, LessonErrorBoundary } from './SlideErrorBoundary';
import { SlideCanvas } from './SlideCanvas';
import { stageStore } from './stage-store';
import { textDirection } from '../shared/text-direction';

// Markdown's blocks first: a lesson cannot name a library component `p`.
const components: ComponentMap = { ...proseComponents, ...stageLibrary, GroundworkSlide };

export function StageApp(): ReactNode {
  const lesson = useStore(stageStore, (s) => s.lesson);
  const index = useStore(stageStore, (s) => s.index);
  const printing = useStore(stageStore, (s) => s.printing);
  const kiosk = useStore(stageStore, (s) => s.kiosk);
  const reading = useStore(stageStore, (s) => s.reading);
  const printer = useStore(stageStore, (s) => s.printer);
  const textScale = useStore(stageStore, (s) => s.textScale);
  const code = lesson?.code ?? null;
  const evaluation = useMemo(
    () => (code === null ? null : evaluateLesson(code, stageLibrary)),
    [code],
  );
  const [renderError, setRenderError] = useState<{ key: string; message: string } | null>(null);

  // The lesson's language and the way it is written: layout, bars and lists
  // mirror for Arabic or Hebrew; each block of text may still turn (prose.tsx).
  const language = lesson ? lesson.language || 'en' : null;
  useEffect(() => {
    if (language === null) return;
    const root = document.documentElement;
    root.lang = language;
    root.dir = textDirection(language);
  }, [language]);

  // The stage shows the message itself; the shell only hears that it failed.
  useEffect(() => {
    if (evaluation && !evaluation.ok) postToShell({ type: 'load-error' });
  }, [evaluation]);

  const onLessonError = useCallback(
    (message: string) => {
      if (!lesson) return;
      setRenderError({ key: lesson.key, message });
      postToShell({ type: 'load-error' });
    },
    [lesson],
  );

  // Reported after the browser has painted the slide, so "rendered" means visible.
  const ok = evaluation?.ok === true;
  useEffect(() => {
    if (!lesson || !ok) return;
    let second = 0;
    const first = requestAnimationFrame(() => {
      second = requestAnimationFrame(() => postToShell({ type: 'rendered', index }));
    });
    return () => {
      cancelAnimationFrame(first);
      cancelAnimationFrame(second);
    };
  }, [lesson, index, ok]);

  const lessonError =
    evaluation && !evaluation.ok
      ? evaluation.message
      : lesson && renderError?.key === lesson.key
        ? renderError.message
        : null;
  usePrintReport(printing && lesson !== null && evaluation !== null, lessonError);

  let content: ReactNode = null;
  if (lesson && evaluation) {
    if (!evaluation.ok) {
      content = <LessonError message={evaluation.message} />;
    } else if (renderError?.key === lesson.key) {
      content = <LessonError message={renderError.message} />;
    } else {
      const { Content } = evaluation;
      content = (
        <LessonErrorBoundary key={lesson.key} onError={onLessonError}>
          <KioskContext value={kiosk}>
            <KioskPrinterContext value={printer}>
              <PaperModeContext value={printing}>
                <Content components={components} />
              </PaperModeContext>
            </KioskPrinterContext>
          </KioskContext>
        </LessonErrorBoundary>
      );
    }
    // Exercises and error boxes speak the lesson's language (its frontmatter `language`).
    content = <ExerciseLanguageContext value={lesson.language}>{content}</ExerciseLanguageContext>;
  }
  // A kiosk's screen is read up close, often upright: the slide reflows to it
  // instead of being one 1920×1080 picture scaled to fit.
  if ((kiosk || reading) && !printing) {
    return (
      <ReadingLayout textScale={textScale} kiosk={kiosk}>
        {content}
      </ReadingLayout>
    );
  }
  return <SlideCanvas>{content}</SlideCanvas>;
}
