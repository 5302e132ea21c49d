import type { ReactNode } from 'react';
import type {
  CirclesProps,
  CompareProps,
  CycleProps,
  LadderProps,
  StepsProps,
} from '../../../contract/design-props';
import {
  CYCLE_EDGE_EM,
  CYCLE_LABEL_EM,
  cycleAngle,
  cycleHead,
  cycleShape,
} from '../../../contract/cycle-geometry';
import { NEW_LINE_ATTRIBUTE } from '../print/paper-mode';

/*
 * Diagrams drawn from their props. Every word is HTML text in a list, in
 * reading order: it can be selected, translated, read by a screen reader
 * and printed as a list; the SVG draws only shapes and arrows, and is
 * hidden from screen readers. Colours are the stage's custom properties
 * (design.css), so a theme recolours them.
 */

/** An arrow pointing along the line of reading (design.css mirrors it in a right-to-left lesson). */
function Arrow({ className }: { className: string }): ReactNode {
  return (
    <svg className={className} viewBox="0 0 48 48" aria-hidden="true" focusable="false">
      <path d="M8 24h30M26 11l13 13-13 13" />
    </svg>
  );
}

/** A part's shorter line, under its name on the slide and on paper. */
function Detail({ text }: { text: string | undefined }): ReactNode {
  return text ? (
    <span className="gw-diagram-detail" {...{ [NEW_LINE_ATTRIBUTE]: '' }}>
      {text}
    </span>
  ) : null;
}

/** A process: numbered boxes in a row, an arrow from each to the next. */
export function Steps({ steps, details, label }: StepsProps): ReactNode {
  return (
    <figure className="gw-diagram gw-steps" data-count={steps.length}>
      <ol className="gw-steps-list" aria-label={label}>
        {steps.map((step, i) => (
          <li key={i} className="gw-steps-item">
            <span className="gw-diagram-number" aria-hidden="true">
              {i + 1}
            </span>
            <span className="gw-diagram-text">{step}</span>
            <Detail text={details?.[i]} />
            {i < steps.length - 1 && <Arrow className="gw-steps-arrow" />}
          </li>
        ))}
      </ol>
    </figure>
  );
}

/**
 * Steps that lead back to the first, clockwise from the top. The loop is as
 * big as its place (design.css); the boxes' places are in contract/cycle-geometry.ts,
 * which the check reads too. Down, the ellipse keeps half a two-line box clear
 * at the top and bottom, so its radius is part percent, part em: the arrowheads
 * turn with it through `atan2` of the loop's own size (`cqw`, `cqh`).
 */
export function Cycle({ steps, label }: CycleProps): ReactNode {
  const n = steps.length;
  const { width, rx } = cycleShape(n);
  // Across, in percent of the loop's width; down, from the middle less the clear edge.
  const across = (cos: number) => `${50 + rx * cos}%`;
  const down = (sin: number, edge: number) => `calc(50% + ${sin} * (50% - ${edge}em))`;
  // The arrowheads' em is the figure's (the slide's text); the boxes' is their own, 0.9 of it.
  const headEdge = CYCLE_EDGE_EM * CYCLE_LABEL_EM;
  return (
    <figure className="gw-diagram gw-cycle" data-count={n}>
      <div className="gw-cycle-loop">
        <div className="gw-cycle-drawing" aria-hidden="true">
          <svg
            className="gw-cycle-ring"
            viewBox="0 0 100 100"
            preserveAspectRatio="none"
            focusable="false"
            style={{
              left: `${50 - rx}%`,
              top: `${headEdge}em`,
              width: `${2 * rx}%`,
              height: `calc(100% - ${2 * headEdge}em)`,
            }}
          >
            <ellipse cx="50" cy="50" rx="50" ry="50" />
          </svg>
          {steps.map((_, i) => {
            const { cos, sin } = cycleAngle(cycleHead(i, n), n);
            // The ellipse's direction there, clockwise, in the loop's own pixels.
            const turn = `atan2(calc(${cos} * (50cqh - ${headEdge}em)), calc(${-sin} * ${rx}cqw))`;
            return (
              <svg
                key={i}
                className="gw-cycle-head"
                viewBox="-4 -4 8 8"
                focusable="false"
                style={{ left: across(cos), top: down(sin, headEdge), rotate: turn }}
              >
                <path d="M-3 -3.2 L3 0 L-3 3.2 Z" />
              </svg>
            );
          })}
        </div>
        <ol className="gw-cycle-list" aria-label={label}>
          {steps.map((step, i) => {
            const { cos, sin } = cycleAngle(i, n);
            return (
              <li
                key={i}
                className="gw-cycle-item"
                style={{
                  insetInlineStart: across(cos),
                  top: down(sin, CYCLE_EDGE_EM),
                  width: `${width}%`,
                }}
              >
                <span className="gw-diagram-number" aria-hidden="true">
                  {i + 1}
                </span>
                <span className="gw-diagram-text">{step}</span>
              </li>
            );
          })}
        </ol>
      </div>
    </figure>
  );
}

/** Levels as stairs, the first at the bottom, an arrow up beside them. */
export function Ladder({ levels, details, label }: LadderProps): ReactNode {
  return (
    <figure className="gw-diagram gw-ladder" data-count={levels.length}>
      <ol className="gw-ladder-list" aria-label={label}>
        {levels.map((level, i) => (
          <li
            key={i}
            className="gw-ladder-item"
            style={{ marginInlineStart: `${(i * 36) / Math.max(1, levels.length - 1)}%` }}
          >
            <span className="gw-diagram-number" aria-hidden="true">
              {i + 1}
            </span>
            <span className="gw-diagram-text">{level}</span>
            <Detail text={details?.[i]} />
          </li>
        ))}
      </ol>
    </figure>
  );
}

/** Rings around a centre, the first in the middle: drawn as ellipses to use the slide's width. */
export function Circles({ rings, label }: CirclesProps): ReactNode {
  const n = rings.length;
  // Outermost first, so each smaller ring is drawn over the one around it.
  const drawn = rings.map((_, i) => n - 1 - i);
  return (
    <figure className="gw-diagram gw-circles" data-count={n}>
      <svg
        className="gw-circles-drawing"
        viewBox="0 0 210 100"
        preserveAspectRatio="none"
        aria-hidden="true"
        focusable="false"
      >
        {drawn.map((i) => (
          <ellipse
            key={i}
            className="gw-circles-ring"
            data-ring={i}
            data-odd={i % 2 === 1 ? '' : undefined}
            cx="105"
            cy="50"
            rx={(104 * (i + 1)) / n}
            ry={(49.5 * (i + 1)) / n}
          />
        ))}
      </svg>
      <ol className="gw-circles-list" aria-label={label}>
        {rings.map((ring, i) => {
          // Inside its own band, near the top, within the ring's width there.
          const y = i === 0 ? 50 : 50 - (50 * (i + 0.5)) / n;
          const share = i === 0 ? 1 : Math.sqrt(1 - ((i + 0.5) / (i + 1)) ** 2);
          const width = ((100 * (i + 1)) / n) * share * 0.92;
          return (
            <li
              key={i}
              className="gw-circles-item"
              data-ring={i}
              style={{ top: `${y}%`, width: `${width}%` }}
            >
              {ring}
            </li>
          );
        })}
      </ol>
    </figure>
  );
}

/** Two sides, one list each, an arrow both ways between them. */
export function Compare({ titles, left, right, label }: CompareProps): ReactNode {
  const side = (title: string, items: readonly string[], which: string) => (
    <section className="gw-compare-side" data-side={which}>
      <h3 className="gw-compare-title">{title}</h3>
      <ul className="gw-compare-list">
        {items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    </section>
  );
  return (
    <figure className="gw-diagram gw-compare" aria-label={label}>
      {side(titles[0], left, 'first')}
      <svg className="gw-compare-arrows" viewBox="0 0 48 96" aria-hidden="true" focusable="false">
        <path d="M6 34h36M30 22l12 12-12 12M42 62H6M18 50 6 62l12 12" />
      </svg>
      {side(titles[1], right, 'second')}
    </figure>
  );
}
