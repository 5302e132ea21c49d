import { useMemo, type ReactNode } from 'react';
import { darkRuns, qrMatrix, QR_QUIET_ZONE } from './qr';

/** A QR code as one SVG, with its quiet zone: dark runs on white, whatever the theme. */
export function QrCode({
  text,
  label,
  className,
}: {
  text: string;
  label: string;
  className?: string;
}): ReactNode {
  const matrix = useMemo(() => qrMatrix(text), [text]);
  const side = matrix.size + QR_QUIET_ZONE * 2;
  return (
    <svg
      className={className}
      viewBox={`0 0 ${side} ${side}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <rect width={side} height={side} fill="#fff" />
      {darkRuns(matrix).map((run) => (
        <rect
          key={`${run.row}-${run.col}`}
          x={run.col + QR_QUIET_ZONE}
          y={run.row + QR_QUIET_ZONE}
          width={run.length}
          height={1}
          fill="#000"
        />
      ))}
    </svg>
  );
}
