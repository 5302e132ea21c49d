import type { ReactNode } from 'react';
import type { ReadableRegion } from '../../../contract/crisis';
import type { LoadedLesson, SlideInfo } from '../../../contract/lesson';
import type { PrintContent, PrintSlide } from '../../../contract/print';
import type { ThemeView } from '../../../contract/theme';
import type { Piece } from './Paged';
import type { PrintStrings } from './print-strings';
import { SlideBlocks, runsText } from './SlideBlocks';

/** The pieces of each document, in order; Paged lays them out on paper. */

/** Whose handout it is: theme.yml's name and logo (a checked data: URL), either may be absent. */
export type Organisation = Pick<ThemeView, 'name' | 'logo'>;

/** The organisation above a document's title; nothing when theme.yml names none. */
function OrganisationLine({ organisation }: { organisation: Organisation }): ReactNode {
  if (organisation.name === null && organisation.logo === null) return null;
  return (
    <p className="print-organisation">
      {organisation.logo !== null ? (
        // The logo repeats the name beside it; theme.yml gives it no words of its own.
        <img src={organisation.logo} alt="" />
      ) : null}
      {organisation.name !== null ? <span>{organisation.name}</span> : null}
    </p>
  );
}

function slideTitle(slide: SlideInfo, t: PrintStrings): string {
  return slide.title ?? t.untitled;
}

/** The slide's blocks without its first heading when that heading is the title shown above it. */
function body(slide: SlideInfo, read: PrintSlide | undefined) {
  const blocks = read?.blocks ?? [];
  const first = blocks[0];
  if (first?.type === 'heading' && runsText(first.runs).trim() === slide.title?.trim()) {
    return blocks.slice(1);
  }
  return blocks;
}

function SlideContent({
  slide,
  read,
  t,
  facilitator,
}: {
  slide: SlideInfo;
  read: PrintSlide | undefined;
  t: PrintStrings;
  facilitator: boolean;
}): ReactNode {
  if (read?.error != null) {
    return (
      <p className="print-problem">
        ⚠ {t.slideProblem}: {read.error}
      </p>
    );
  }
  return <SlideBlocks blocks={body(slide, read)} facilitator={facilitator} />;
}

function Help({ regions, t }: { regions: ReadableRegion[]; t: PrintStrings }): ReactNode {
  return (
    <section className="print-help">
      <h2>{t.helpTitle}</h2>
      <p className="print-help-lead">{t.helpLead}</p>
      {regions.map((region) => (
        <div key={region.id} className="print-help-region">
          {regions.length > 1 ? <h3>{region.name}</h3> : null}
          <ul>
            {region.resources.map((r) => (
              <li key={r.name}>
                <strong>{r.name}</strong>
                {r.call ? ` · ${t.call} ${r.call}` : ''}
                {r.text
                  ? ` · ${r.keyword ? t.textKeyword(r.keyword, r.text) : `${t.text} ${r.text}`}`
                  : ''}
                {r.hours ? ` · ${r.hours}` : ''}
                {r.website ? <span className="print-help-web"> · {r.website}</span> : null}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

function Sources({ lesson, t }: { lesson: LoadedLesson; t: PrintStrings }): ReactNode {
  const sources = lesson.meta?.sources ?? [];
  if (sources.length === 0) return null;
  return (
    <section className="print-sources">
      <h2>{t.sources}</h2>
      <ul>
        {sources.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
    </section>
  );
}

function byIndex(content: PrintContent): Map<number, PrintSlide> {
  const map = new Map<number, PrintSlide>();
  for (const slide of content.slides) if (!map.has(slide.index)) map.set(slide.index, slide);
  return map;
}

export function handoutPieces(
  lesson: LoadedLesson,
  content: PrintContent,
  regions: ReadableRegion[],
  t: PrintStrings,
  slotHeight: number,
  organisation: Organisation,
): Piece[] {
  const read = byIndex(content);
  const pieces: Piece[] = [
    {
      key: 'title',
      node: (
        <header className="print-title">
          <OrganisationLine organisation={organisation} />
          <h1>{lesson.meta?.title ?? lesson.slug}</h1>
          {lesson.meta?.summary ? <p>{lesson.meta.summary}</p> : null}
        </header>
      ),
    },
  ];
  for (const slide of lesson.slides) {
    pieces.push({
      key: `slide-${slide.index}`,
      node: (
        <article
          className="handout-slide"
          style={{ minHeight: slotHeight }}
          data-slide={slide.index + 1}
        >
          <div className="handout-frame">
            <p className="handout-number">{t.slide(slide.index + 1)}</p>
            <h2 className="handout-title">{slideTitle(slide, t)}</h2>
            <SlideContent slide={slide} read={read.get(slide.index)} t={t} facilitator={false} />
          </div>
          <div className="handout-notes">
            <p>{t.notesLines}</p>
            <div className="handout-ruled" />
          </div>
        </article>
      ),
    });
  }
  pieces.push({ key: 'help', node: <Help regions={regions} t={t} /> });
  pieces.push({ key: 'sources', node: <Sources lesson={lesson} t={t} /> });
  return pieces;
}

const TIMING_ROWS_PER_PIECE = 24;

export function guidePieces(
  lesson: LoadedLesson,
  content: PrintContent,
  regions: ReadableRegion[],
  t: PrintStrings,
  organisation: Organisation,
): Piece[] {
  const read = byIndex(content);
  const meta = lesson.meta;
  const pieces: Piece[] = [
    {
      key: 'title',
      node: (
        <header className="print-title guide-title">
          <OrganisationLine organisation={organisation} />
          <p className="print-kind">{t.guide}</p>
          <h1>{meta?.title ?? lesson.slug}</h1>
          {meta?.summary ? <p>{meta.summary}</p> : null}
          <dl>
            <dt>{t.duration}</dt>
            <dd>{t.minutes(meta?.duration ?? 0)}</dd>
            {meta?.audience ? (
              <>
                <dt>{t.audience}</dt>
                <dd>{meta.audience}</dd>
              </>
            ) : null}
            {meta?.contentNote ? (
              <>
                <dt>{t.contentNote}</dt>
                <dd>{meta.contentNote}</dd>
              </>
            ) : null}
          </dl>
          {meta && meta.objectives.length > 0 ? (
            <>
              <h2>{t.objectives}</h2>
              <ul>
                {meta.objectives.map((o) => (
                  <li key={o}>{o}</li>
                ))}
              </ul>
            </>
          ) : null}
        </header>
      ),
    },
  ];
  let total = 0;
  const rows = lesson.slides.map((slide) => {
    total += slide.minutes ?? 0;
    return { slide, cumulative: total };
  });
  for (let start = 0; start < rows.length; start += TIMING_ROWS_PER_PIECE) {
    const chunk = rows.slice(start, start + TIMING_ROWS_PER_PIECE);
    const last = start + TIMING_ROWS_PER_PIECE >= rows.length;
    pieces.push({
      key: `timing-${start}`,
      newPage: start === 0,
      node: (
        <section className="guide-timing">
          {start === 0 ? <h2>{t.timing}</h2> : null}
          <table>
            <thead>
              <tr>
                {t.timingColumns.map((c) => (
                  <th key={c}>{c}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {chunk.map(({ slide, cumulative }) => (
                <tr key={slide.index}>
                  <td>{slide.index + 1}</td>
                  <td>{slideTitle(slide, t)}</td>
                  <td>{slide.minutes ?? '–'}</td>
                  <td>{cumulative}</td>
                </tr>
              ))}
            </tbody>
            {last ? (
              <tfoot>
                <tr>
                  <th colSpan={3}>{t.total}</th>
                  <th data-testid="timing-total">{t.minutes(total)}</th>
                </tr>
              </tfoot>
            ) : null}
          </table>
        </section>
      ),
    });
  }
  pieces.push({
    key: 'checklist',
    node: (
      <section className="guide-checklist">
        <h2>{t.checklist}</h2>
        <ul className="paper-choices">
          {t.checklistItems.map((item) => (
            <li key={item}>
              <span className="paper-box" aria-hidden="true" />
              {item}
            </li>
          ))}
        </ul>
        <Help regions={regions} t={t} />
      </section>
    ),
  });
  lesson.slides.forEach((slide, i) => {
    pieces.push({
      key: `slide-${slide.index}`,
      newPage: i === 0,
      node: (
        <article className="guide-slide">
          <p className="handout-number">
            {t.slide(slide.index + 1)}
            {slide.minutes != null ? ` · ${t.minutes(slide.minutes)}` : ''}
          </p>
          <h2 className="handout-title">{slideTitle(slide, t)}</h2>
          <div className="guide-slide-content">
            <SlideContent slide={slide} read={read.get(slide.index)} t={t} facilitator />
          </div>
          <h3>{t.notes}</h3>
          <p className="guide-notes">{slide.notes ?? t.noNotes}</p>
        </article>
      ),
    });
  });
  pieces.push({ key: 'sources', newPage: true, node: <Sources lesson={lesson} t={t} /> });
  return pieces;
}

const CARDS_PER_SHEET = 8;

function Card({ region, title, t }: { region: ReadableRegion; title: string; t: PrintStrings }) {
  const resources = [...region.resources].sort(
    (a, b) => Number(b.emergency === true) - Number(a.emergency === true),
  );
  return (
    <div className="help-card">
      <p className="help-card-title">{t.helpTitle}</p>
      <p className="help-card-region">{region.name}</p>
      <ul>
        {resources.map((r) => (
          <li key={r.name}>
            <strong>{r.name}</strong>
            {r.call ? (
              <span>
                {' '}
                {t.call} <b>{r.call}</b>
              </span>
            ) : null}
            {r.text ? (
              <span>
                {' '}
                {r.keyword ? (
                  t.textKeyword(r.keyword, r.text)
                ) : (
                  <>
                    {t.text} <b>{r.text}</b>
                  </>
                )}
              </span>
            ) : null}
            {r.hours ? <span> · {r.hours}</span> : null}
          </li>
        ))}
      </ul>
      <p className="help-card-foot">{title}</p>
    </div>
  );
}

/** One sheet of cards: the region's card eight times, or, with no region set, one card per region. */
export function cardPieces(
  lessonTitle: string,
  regions: ReadableRegion[],
  t: PrintStrings,
): Piece[] {
  const cards =
    regions.length === 1 ? Array.from({ length: CARDS_PER_SHEET }, () => regions[0]!) : regions;
  const pieces: Piece[] = [];
  for (let start = 0; start < cards.length; start += CARDS_PER_SHEET) {
    pieces.push({
      key: `sheet-${start}`,
      newPage: true,
      node: (
        <div className="help-card-sheet">
          {cards.slice(start, start + CARDS_PER_SHEET).map((region, i) => (
            <Card key={`${region.id}-${i}`} region={region} title={lessonTitle} t={t} />
          ))}
        </div>
      ),
    });
  }
  return pieces;
}
