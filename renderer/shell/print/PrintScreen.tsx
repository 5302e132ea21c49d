import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import {
  readableRegions,
  type ReadableRegion,
  type CrisisResourcesView,
} from '../../../contract/crisis';
import type { Diagnostic } from '../../../contract/diagnostics';
import type { LoadedLesson } from '../../../contract/lesson';
import { PRINT_LIMITS, type PrintContent, type PrintRequest } from '../../../contract/print';
import { useHostApi } from '../context';
import { cardPieces, guidePieces, handoutPieces, type Organisation } from './documents';
import { contentHeightPx, Paged } from './Paged';
import type { Placed } from './paginate';
import { reportPrintOutcome } from './print-outcome';
import { printStringsFor } from './print-strings';
import { PrintStage, type PrintStageFailure } from './PrintStage';
import './print.css';

type Loaded = { lesson: LoadedLesson; crisis: CrisisResourcesView; organisation: Organisation };

/** The regions a document shows: the one asked for, the configured one, or every region. */
function regionsFor(
  request: PrintRequest,
  crisis: CrisisResourcesView,
  language: string,
): ReadableRegion[] | string {
  const wanted = request.region ?? crisis.region;
  if (wanted === null) return readableRegions(crisis.shown, language);
  const region = crisis.regions.find((r) => r.id === wanted);
  if (!region) {
    return `The region "${wanted}" is not in content/resources.yml. Known regions: ${crisis.regions.map((r) => r.id).join(', ')}.`;
  }
  return readableRegions([region], language);
}

function slideDiagnostics(lesson: LoadedLesson, content: PrintContent): Diagnostic[] {
  return content.slides.flatMap((read) => {
    if (read.error === null) return [];
    const slide = lesson.slides[read.index];
    const title = slide?.title ? ` “${slide.title}”` : '';
    return [
      {
        file: lesson.file,
        line: slide?.line ?? 1,
        column: 1,
        severity: 'error' as const,
        code: 'print-slide-error' as const,
        message: `Slide ${read.index + 1}${title} could not be printed: ${read.error}`,
      },
    ];
  });
}

/**
 * The print route: one document of one lesson, laid out on paper. It reads
 * the slides through a hidden sandboxed stage, lays them out, waits for
 * fonts and images, and only then tells engines it is ready
 * (`window.groundworkPrint`); in the browser host with `auto` it opens the
 * browser's print dialog itself.
 */
const STAGE_FAILURES: Record<PrintStageFailure, string> = {
  hung: 'The lesson stopped responding while its slides were read for print.',
  left: 'The lesson tried to open another page while its slides were read for print, so nothing was printed. Remove the code that changes the page address.',
  'too-slow': `The lesson's slides did not finish rendering within ${PRINT_LIMITS.stageReadMs / 60_000} minutes, so nothing was printed.`,
};

export function PrintScreen({
  request,
  auto,
}: {
  request: PrintRequest;
  auto: boolean;
}): ReactNode {
  const api = useHostApi();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [content, setContent] = useState<PrintContent | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [ready, setReady] = useState(false);
  const language = loaded?.lesson.meta?.language ?? 'en';
  const t = printStringsFor(language);

  const report = useCallback(
    (message: string, diagnostics: Diagnostic[] = []) => {
      reportPrintOutcome({
        ready: false,
        document: request.document,
        paper: request.paper,
        pages: 0,
        title: '',
        language: 'en',
        diagnostics,
        failure: message,
      });
    },
    [request],
  );
  const fail = useCallback(
    (message: string, diagnostics: Diagnostic[] = []) => {
      setFailure(message);
      report(message, diagnostics);
    },
    [report],
  );

  useEffect(() => {
    let live = true;
    Promise.all([
      api.loadLesson(request.slug),
      api.getCrisisResources(),
      // The organisation's name and logo head the page; without them it still prints.
      api.getTheme().then(
        (theme): Organisation => ({ name: theme.name, logo: theme.logo }),
        (): Organisation => ({ name: null, logo: null }),
      ),
    ]).then(
      ([lesson, crisis, organisation]) => {
        if (!live) return;
        document.documentElement.lang = lesson.meta?.language ?? 'en';
        document.title = `${lesson.meta?.title ?? lesson.slug} · ${printStringsFor(lesson.meta?.language)[request.document]}`;
        if (request.document !== 'card' && lesson.code === null) {
          fail(
            `The lesson ${lesson.file} could not be compiled, so it cannot be printed.`,
            lesson.diagnostics.filter((d) => d.severity === 'error'),
          );
          return;
        }
        setLoaded({ lesson, crisis, organisation });
      },
      (error: unknown) => {
        if (live) fail(error instanceof Error ? error.message : String(error));
      },
    );
    return () => {
      live = false;
    };
  }, [api, request, fail]);

  const regions = loaded ? regionsFor(request, loaded.crisis, language) : [];
  // Failures known from what arrived, not from an event: derived, then reported.
  const derivedFailure =
    typeof regions === 'string'
      ? regions
      : content?.lessonError != null && loaded
        ? `The lesson ${loaded.lesson.file} could not be shown: ${content.lessonError}`
        : null;
  useEffect(() => {
    if (derivedFailure !== null) report(derivedFailure);
  }, [derivedFailure, report]);
  const shownFailure = failure ?? derivedFailure;

  const pieces = useMemo(() => {
    if (!loaded || typeof regions === 'string') return null;
    const { lesson, organisation } = loaded;
    const title = lesson.meta?.title ?? lesson.slug;
    if (request.document === 'card') return cardPieces(title, regions, t);
    if (!content) return null;
    if (content.lessonError !== null) return null;
    return request.document === 'handout'
      ? handoutPieces(
          lesson,
          content,
          regions,
          t,
          contentHeightPx(request.paper) / 3 - 12,
          organisation,
        )
      : guidePieces(lesson, content, regions, t, organisation);
    // `regions` is derived from `loaded` and `request`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loaded, content, request, t]);

  const onLaidOut = useCallback(
    (pages: Placed[][]) => {
      if (!loaded || !pieces) return;
      const { lesson } = loaded;
      const diagnostics = content ? slideDiagnostics(lesson, content) : [];
      for (const page of pages) {
        for (const { index, scale } of page) {
          const key = pieces[index]?.key ?? '';
          const slideIndex = /^slide-(\d+)$/.exec(key)?.[1];
          if (scale >= 1 || slideIndex === undefined) continue;
          const slide = lesson.slides[Number(slideIndex)];
          diagnostics.push({
            file: lesson.file,
            line: slide?.line ?? 1,
            column: 1,
            severity: 'warning',
            code: 'print-overflow',
            message: `Slide ${Number(slideIndex) + 1} is longer than a page, so its ${request.document} page is printed at ${Math.round(scale * 100)}% size. Split the slide to print it full size.`,
          });
        }
      }
      // Ready only once the fonts are loaded and every image is decoded.
      const images = [...document.querySelectorAll<HTMLImageElement>('.print-sheets img')];
      void Promise.all([
        document.fonts.ready,
        ...images.map((img) => img.decode().catch(() => undefined)),
      ]).then(() => {
        setReady(true);
        reportPrintOutcome({
          ready: true,
          document: request.document,
          paper: request.paper,
          pages: pages.length,
          title: lesson.meta?.title ?? lesson.slug,
          language: lesson.meta?.language ?? 'en',
          diagnostics,
          failure: null,
        });
        if (auto) window.print();
      });
    },
    [loaded, pieces, content, request, auto],
  );

  return (
    <div className="print-screen">
      <div className="print-toolbar" role="toolbar" aria-label={t[request.document]}>
        <a href="#/" className="button">
          {t.back}
        </a>
        {/* A failure is the exporting tool's report (also printed by `npm run export`), in English. */}
        <p role="status" lang={shownFailure === null ? undefined : 'en'}>
          {shownFailure ?? (ready ? t[request.document] : t.preparing)}
        </p>
        <button
          type="button"
          className="button primary"
          disabled={!ready}
          onClick={() => window.print()}
        >
          {t.printButton}
        </button>
      </div>
      {loaded && request.document !== 'card' && !content && shownFailure === null ? (
        <PrintStage
          lesson={loaded.lesson}
          onContent={setContent}
          onFailed={(why) => fail(STAGE_FAILURES[why])}
        />
      ) : null}
      {pieces && shownFailure === null ? (
        <Paged
          pieces={pieces}
          paper={request.paper}
          footer={(n, total) =>
            `${loaded?.lesson.meta?.title ?? ''} · ${t[request.document]} · ${t.pageOf(n, total)}`
          }
          onLaidOut={onLaidOut}
        />
      ) : null}
    </div>
  );
}
