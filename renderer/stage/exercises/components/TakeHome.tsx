import {
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { focusAsChosen } from '../../chosen-focus';
import { darkRuns, qrMatrix, QR_QUIET_ZONE, splitForQr, type QrMatrix } from '../logic/take-home';
import { TAKE_HOME_PRINT_MAX } from '../../../../contract/kiosk';
import { postToShell } from '../../bridge';
import { useKioskPrinter } from '../kiosk';
import { useStrings } from '../strings/use-strings';

/**
 * "Take it home on your phone", on a kiosk, where nothing can be saved as a
 * file: the words as QR codes the person's own phone reads off the screen.
 * The codes exist only while they are open; Done drops them.
 */
export function TakeHome({ text }: { text: string }) {
  const t = useStrings().takeHome;
  const printer = useKioskPrinter();
  // The words as they were when the person asked, so the codes never change under the camera.
  const [shown, setShown] = useState<string | null>(null);
  const opener = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        ref={opener}
        type="button"
        className="gw-button gw-button-primary"
        disabled={text.trim() === ''}
        onClick={() => setShown(text)}
      >
        {t.open}
      </button>
      {printer && (
        // The shell asks the person first and prints the words on its own page.
        <button
          type="button"
          className="gw-button"
          disabled={text.trim() === ''}
          onClick={() =>
            postToShell({ type: 'print-text', text: text.slice(0, TAKE_HOME_PRINT_MAX) })
          }
        >
          {t.print}
        </button>
      )}
      {shown !== null && (
        <TakeHomeCodes
          text={shown}
          onDone={() => {
            setShown(null);
            focusAsChosen(opener.current);
          }}
        />
      )}
    </>
  );
}

const FOCUSABLE = 'button:not(:disabled), [tabindex="0"]';

function TakeHomeCodes({ text, onDone }: { text: string; onDone: () => void }) {
  const t = useStrings().takeHome;
  const parts = useMemo(() => splitForQr(text).map((part) => qrMatrix(part)), [text]);
  const [index, setIndex] = useState(0);
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const count = parts.length;
  const current = parts[Math.min(index, count - 1)];

  // The person opened the codes, so Esc is theirs to close them with.
  useEffect(() => {
    focusAsChosen(heading.current);
  }, []);

  // Leaving the slide (the kiosk's Next, a swipe) hides the codes with it:
  // they close then, so none is waiting on the screen on the way back.
  const root = useRef<HTMLDivElement>(null);
  const done = useRef(onDone);
  useEffect(() => {
    done.current = onDone;
  }, [onDone]);
  useEffect(() => {
    const element = root.current;
    if (!element || typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(() => {
      if (element.getClientRects().length === 0) done.current();
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // The codes cover the whole screen: Tab stays among their buttons, Esc closes them.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onDone();
      return;
    }
    if (event.key !== 'Tab') return;
    const focusable = [...event.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = focusable[0];
    const last = focusable.at(-1);
    if (!first || !last) return;
    const active = document.activeElement;
    if (event.shiftKey && (active === first || !event.currentTarget.contains(active))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <div
      ref={root}
      className="gw-take-home"
      role="dialog"
      aria-modal="true"
      aria-labelledby={titleId}
      data-testid="take-home-qr"
      onKeyDown={onKeyDown}
    >
      <div className="gw-take-home-body">
        <h2 id={titleId} ref={heading} tabIndex={-1} className="gw-ex-title">
          {t.title}
        </h2>
        <p className="gw-ex-lead">
          {t.lead} {count > 1 && t.parts(count)}
        </p>
        {count > 1 && <p className="gw-take-home-part">{t.part(index + 1, count)}</p>}
        {current && (
          <QrCode key={index} matrix={current} part={index + 1} label={t.code(index + 1, count)} />
        )}
        <p className="gw-privacy">{t.only}</p>
        <div className="gw-ex-actions">
          {count > 1 && (
            <>
              <button
                type="button"
                className="gw-button"
                disabled={index === 0}
                onClick={() => setIndex((i) => Math.max(0, i - 1))}
              >
                {t.previous}
              </button>
              <button
                type="button"
                className="gw-button"
                disabled={index === count - 1}
                onClick={() => setIndex((i) => Math.min(count - 1, i + 1))}
              >
                {t.next}
              </button>
            </>
          )}
          <button type="button" className="gw-button gw-button-primary" onClick={onDone}>
            {t.done}
          </button>
        </div>
      </div>
    </div>
  );
}

/**
 * One code as an inline SVG: a white square with the quiet zone, and one
 * black rectangle per run of dark modules. crispEdges keeps neighbouring
 * rectangles from leaving hairline gaps a camera could read as white.
 */
function QrCode({ matrix, part, label }: { matrix: QrMatrix; part: number; label: string }) {
  const side = matrix.size + 2 * QR_QUIET_ZONE;
  const rects: ReactNode[] = darkRuns(matrix).map((run) => (
    <rect
      key={`${run.row}-${run.col}`}
      x={run.col + QR_QUIET_ZONE}
      y={run.row + QR_QUIET_ZONE}
      width={run.length}
      height={1}
    />
  ));
  return (
    <svg
      className="gw-qr"
      data-qr-part={part}
      viewBox={`0 0 ${side} ${side}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
      focusable="false"
    >
      <rect width={side} height={side} fill="#ffffff" />
      <g fill="#000000">{rects}</g>
    </svg>
  );
}
