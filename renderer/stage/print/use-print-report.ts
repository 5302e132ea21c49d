import { useEffect, useRef } from 'react';
import type { PrintContent } from '../../../contract/print';
import { postToShell } from '../bridge';
import { readSlide } from './read-slide';

/**
 * Once every slide is mounted for print, reads them and tells the shell.
 * Reads a task after React's commit, so state a lesson sets in its mount
 * effects has rendered; not on an animation frame, which Chromium never
 * runs in a hidden frame such as the print page's stage. Answers once per
 * print request; a lesson that could not be evaluated answers with its
 * error instead.
 */
export function usePrintReport(printing: boolean, lessonError: string | null): void {
  const sent = useRef(false);
  useEffect(() => {
    if (!printing || sent.current) return;
    let second: ReturnType<typeof setTimeout> | undefined;
    const first = setTimeout(() => {
      second = setTimeout(() => {
        sent.current = true;
        postToShell({ type: 'print-content', content: readPrintContent(document, lessonError) });
      });
    });
    return () => {
      clearTimeout(first);
      clearTimeout(second);
    };
  }, [printing, lessonError]);
}

export function readPrintContent(doc: Document, lessonError: string | null): PrintContent {
  if (lessonError !== null) return { lessonError: lessonError.slice(0, 2_000), slides: [] };
  const slides = [...doc.querySelectorAll('section.gw-slide[data-slide-index]')].map((section) =>
    readSlide(section, Number(section.getAttribute('data-slide-index'))),
  );
  return { lessonError: null, slides };
}
