import {
  useEffect,
  useId,
  useRef,
  useState,
  type CSSProperties,
  type DragEvent,
  type KeyboardEvent,
} from 'react';
import { focusAsChosen } from '../../chosen-focus';
import { useInstanceKey } from '../instance-key';
import type { CardSortProps } from '../schemas';
import { placement, UNSORTED } from '../store/card-sort-slice';
import { exerciseActions, useExerciseStore } from '../store/use-exercise-store';
import { useStrings } from '../strings/use-strings';
import { Announcement } from './Announcement';
import { Icon } from './Icon';
import { isolated } from './isolated';
import { useKeepFocus } from './keep-focus';
import { directionOf } from '../../prose';

const DRAG_TYPE = 'text/x-groundwork-card';

export function CardSort(props: CardSortProps) {
  const { items, categories } = props;
  const key = useInstanceKey('CardSort', props);
  const state = useExerciseStore((s) => s.cardSorts[key]);
  const columns = placement(state, items.length);
  const selected = state?.selected ?? null;
  const [said, setSaid] = useState('');
  // The card to focus after a move, and what had the focus when it was asked for.
  const focusCard = useRef<{ item: number; from: Element | null } | null>(null);
  const [dropTarget, setDropTarget] = useState<number | null>(null);
  const root = useRef<HTMLElement>(null);
  const helpId = useId();
  const headingId = useId();
  const t = useStrings().cardSort;

  // A moved card is a new element in another column: give focus back to it
  // so keyboard users can keep going from where they were.
  useEffect(() => {
    if (focusCard.current === null) return;
    const { item, from } = focusCard.current;
    focusCard.current = null;
    focusAsChosen(root.current?.querySelector<HTMLElement>(`[data-card="${item}"]`) ?? null, from);
  });
  // Start over is disabled once every card is back: the focus goes to the first card.
  const keepFocus = useKeepFocus();

  const columnName = (column: number) => (column === UNSORTED ? t.unsorted : categories[column]!);

  const move = (item: number, column: number, followCard: boolean) => {
    exerciseActions().cardMove(key, items.length, item, column);
    const left = columns.filter((c, i) => (i === item ? column : c) === UNSORTED).length;
    setSaid(
      `${t.moved(items[item]!, columnName(column))} ${left === 0 ? t.allSorted : t.left(left)}`,
    );
    if (followCard) focusCard.current = { item, from: document.activeElement };
  };

  const select = (item: number | null) => {
    exerciseActions().cardSelect(key, item);
    if (item !== null) {
      setSaid(t.picked(items[item]!));
    }
  };

  const onCardKey = (event: KeyboardEvent<HTMLButtonElement>, item: number) => {
    const column = columns[item]!;
    let target: number | null = null;
    // The groups run from the right in a right-to-left lesson: so do the arrows.
    const rtl = getComputedStyle(event.currentTarget).direction === 'rtl';
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const back = rtl ? 'ArrowRight' : 'ArrowLeft';
    if (event.key === forward || event.key === 'ArrowDown') {
      target = column + 1 < categories.length ? column + 1 : UNSORTED;
    } else if (event.key === back || event.key === 'ArrowUp') {
      target = column - 1 >= UNSORTED ? column - 1 : categories.length - 1;
    } else if (/^[0-9]$/.test(event.key)) {
      const n = Number(event.key);
      if (n <= categories.length) target = n - 1;
    } else if (event.key === 'Escape' && selected !== null) {
      select(null);
      setSaid(t.putDown);
    } else {
      return;
    }
    // Keys used here belong to the card sort, not to slide navigation: the
    // stage's key forwarder skips events whose default was prevented.
    event.preventDefault();
    event.stopPropagation();
    if (target !== null) move(item, target, true);
  };

  const onDrop = (event: DragEvent<HTMLElement>, column: number) => {
    event.preventDefault();
    setDropTarget(null);
    const item = Number(event.dataTransfer.getData(DRAG_TYPE));
    if (Number.isInteger(item) && event.dataTransfer.getData(DRAG_TYPE) !== '') {
      move(item, column, false);
    }
  };

  const renderColumn = (column: number) => {
    const cards = items.map((_, i) => i).filter((i) => columns[i] === column);
    const name = columnName(column);
    const canPlace = selected !== null && columns[selected] !== column;
    return (
      <section
        key={column}
        className="gw-sort-column"
        data-column={column}
        data-drop={dropTarget === column || undefined}
        aria-label={name}
        onDragOver={(e) => {
          if (!e.dataTransfer.types.includes(DRAG_TYPE)) return;
          e.preventDefault();
          setDropTarget(column);
        }}
        onDragLeave={() => setDropTarget((t) => (t === column ? null : t))}
        onDrop={(e) => onDrop(e, column)}
      >
        <h3 className="gw-sort-heading">
          {column !== UNSORTED && (
            <span className="gw-sort-number" aria-hidden="true">
              {column + 1}
            </span>
          )}
          <span dir={directionOf(name)}>{name}</span>
          <span className="gw-visually-hidden">{t.cardCount(cards.length)}</span>
        </h3>
        <ul className="gw-sort-cards">
          {cards.map((i) => (
            <li key={items[i]}>
              <button
                type="button"
                className="gw-card"
                data-card={i}
                draggable
                aria-pressed={selected === i}
                // TAKES_ESCAPE_ATTRIBUTE: a picked card takes one Esc, to put it down.
                data-takes-escape={selected === i ? '' : undefined}
                aria-describedby={helpId}
                onClick={() => select(selected === i ? null : i)}
                onKeyDown={(e) => onCardKey(e, i)}
                onDragStart={(e) => {
                  e.dataTransfer.setData(DRAG_TYPE, String(i));
                  e.dataTransfer.effectAllowed = 'move';
                }}
                onDragEnd={() => setDropTarget(null)}
              >
                {selected === i && <Icon name="move" />}
                <span dir={directionOf(items[i])}>{items[i]}</span>
              </button>
            </li>
          ))}
        </ul>
        {canPlace && (
          <button
            type="button"
            className="gw-button gw-button-primary gw-sort-place"
            // The button goes with the move: the focus follows the card.
            onClick={() => move(selected, column, true)}
          >
            {isolated(t.moveHere, items[selected]!)}
          </button>
        )}
      </section>
    );
  };

  return (
    <section ref={root} className="gw-ex gw-cardsort" aria-labelledby={headingId}>
      <h2 id={headingId} className="gw-visually-hidden">
        {t.title}
      </h2>
      <p id={helpId} className="gw-ex-hint">
        {t.help}
      </p>
      {renderColumn(UNSORTED)}
      {/* A custom property, not a grid template: the kiosk's reading layout lets the groups wrap. */}
      <div
        className="gw-sort-groups"
        style={{ '--gw-sort-columns': categories.length } as CSSProperties}
      >
        {categories.map((_, column) => renderColumn(column))}
      </div>
      <div className="gw-ex-footer">
        <button
          type="button"
          className="gw-button"
          disabled={columns.every((c) => c === UNSORTED)}
          onClick={() => {
            keepFocus(() => root.current?.querySelector<HTMLElement>('.gw-card'));
            exerciseActions().cardSortReset(key);
            setSaid(t.reset);
          }}
        >
          {t.startOver}
        </button>
      </div>
      <Announcement>{said}</Announcement>
    </section>
  );
}
