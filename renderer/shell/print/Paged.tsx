import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { PAPER, type PaperSize } from '../../../contract/print';
import { paginate, type Placed } from './paginate';

export interface Piece {
  key: string;
  node: ReactNode;
  newPage?: boolean;
}

/** Page margins and the footer line, in millimetres. */
const MARGIN_MM = 14;
const FOOTER_MM = 8;
const GAP_PX = 12;
const PX_PER_MM = 96 / 25.4;

export function contentHeightPx(paper: PaperSize): number {
  return (PAPER[paper].heightMm - 2 * MARGIN_MM - FOOTER_MM) * PX_PER_MM;
}

/**
 * Lays pieces out on sheets of paper: measured once in a column as wide as
 * the page's text, then packed page by page (paginate.ts), each page a box
 * of the sheet's exact size, so what is measured is what prints.
 */
export function Paged({
  pieces,
  paper,
  footer,
  onLaidOut,
}: {
  pieces: Piece[];
  paper: PaperSize;
  footer(page: number, total: number): string;
  onLaidOut(pages: Placed[][]): void;
}): ReactNode {
  const column = useRef<HTMLDivElement>(null);
  const [pages, setPages] = useState<Placed[][] | null>(null);
  const laidOut = useRef(onLaidOut);
  useLayoutEffect(() => {
    laidOut.current = onLaidOut;
  });

  useEffect(() => {
    const measured = column.current;
    if (pages !== null || !measured) return;
    let cancelled = false;
    // Measured only once everything that sets a piece's height has arrived:
    // measured earlier, a fallback font or a picture not yet decoded (no
    // height at all) would pack pages that overflow once they arrive.
    void settled(measured).then(() => {
      if (cancelled) return;
      const heights = [...measured.children].map((el) => (el as HTMLElement).offsetHeight);
      const packed = paginate(
        pieces.map((piece, i) => ({ height: heights[i] ?? 0, newPage: piece.newPage })),
        contentHeightPx(paper),
        GAP_PX,
      );
      setPages(packed);
    });
    return () => {
      cancelled = true;
    };
  }, [pages, pieces, paper]);

  // Told only once the sheets are on the page: what is then printed is what was packed.
  useLayoutEffect(() => {
    if (pages !== null) laidOut.current(pages);
  }, [pages]);

  const size = PAPER[paper];
  const style = {
    '--sheet-width': `${size.widthMm}mm`,
    '--sheet-height': `${size.heightMm}mm`,
    '--sheet-margin': `${MARGIN_MM}mm`,
    '--sheet-footer': `${FOOTER_MM}mm`,
  } as React.CSSProperties;

  if (pages === null) {
    return (
      <div className="print-measure" style={style} ref={column} aria-hidden="true">
        {pieces.map((piece) => (
          <div key={piece.key} className="print-piece">
            {piece.node}
          </div>
        ))}
      </div>
    );
  }
  return (
    <div className="print-sheets" style={style}>
      <style>{`@page { size: ${size.css}; margin: 0; }`}</style>
      {pages.map((page, n) => (
        <section key={n} className="print-sheet" data-page={n + 1}>
          <div className="print-sheet-body">
            {page.map(({ index, scale }) => {
              const piece = pieces[index]!;
              return (
                <div
                  key={piece.key}
                  className="print-piece"
                  style={scale < 1 ? { zoom: scale } : undefined}
                >
                  {piece.node}
                </div>
              );
            })}
          </div>
          <p className="print-footer">{footer(n + 1, pages.length)}</p>
        </section>
      ))}
    </div>
  );
}

/** The fonts the column's text asked for, and every picture in it, loaded and decoded. */
function settled(column: HTMLElement): Promise<unknown> {
  // Reading a height lays the column out, which is what starts its fonts loading.
  void column.offsetHeight;
  return Promise.all([
    document.fonts.ready,
    ...[...column.querySelectorAll('img')].map((img) => img.decode().catch(() => undefined)),
  ]);
}
