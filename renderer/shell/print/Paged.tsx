import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
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

  useLayoutEffect(() => {
    if (pages !== null || !column.current) return;
    const heights = [...column.current.children].map((el) => (el as HTMLElement).offsetHeight);
    const packed = paginate(
      pieces.map((piece, i) => ({ height: heights[i] ?? 0, newPage: piece.newPage })),
      contentHeightPx(paper),
      GAP_PX,
    );
    setPages(packed);
    laidOut.current(packed);
  }, [pages, pieces, paper]);

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
