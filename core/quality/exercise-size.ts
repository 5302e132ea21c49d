import type { RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { LibraryComponentName } from '../../contract/components';
import { answerWords } from '../../contract/exercise-words';
import { missingCaseError } from '../../contract/missing-case';
import { readLiteralProps } from '../lessons/plugins/literal-props';
import { designSize, ROOM_MIN_TEXT, type Crowded } from './design-size';
import { exerciseText } from './exercise-text';
import { linesOf, textWidth, type Weight } from './text-width';

/**
 * How tall each of the library's exercises is on the projected slide, from
 * its props: the layout of its component (renderer/stage/exercises/
 * components/) with the sizes of exercises.css, in canvas pixels. Each
 * exercise is measured as it first shows and at its tallest (a quiz once its
 * answer is shown, a check-in once someone has chosen), because either may
 * be the moment the slide runs out of room.
 */

export interface ExerciseSize {
  /** At its tallest. */
  height: number;
  /** As it first shows. */
  initial: number;
  /** What makes it tall, for the message: "6 options". */
  detail?: string;
  /** When it is at its tallest, if not at first: "once the answer is shown". */
  when?: string;
  /** A content note: nothing after it shows until Continue. */
  contentNote?: boolean;
  /** A diagram's words that do not fit their place in its drawing. */
  crowded?: Crowded[];
}

/** Height of author content (a callout's text) stacked in a box `width` pixels wide. */
export type ContentHeight = (nodes: readonly RootContent[], width: number) => number;

// exercises.css: `.gw-ex` text, titles, hints, buttons.
const TEXT = 34;
const LINE = TEXT * 1.4;
const TITLE = 46;
const TITLE_LINE = TITLE * 1.25;
const TITLE_GAP = 16;
const HINT = ROOM_MIN_TEXT;
const HINT_LINE = HINT * 1.4;
/** The smallest text of an exercise (labels, cards, notes): the room's minimum. */
const SMALL = ROOM_MIN_TEXT;
const HINT_GAP = 20;
const BUTTON = 76;
/** `.gw-ex-actions`: a row of buttons and the 20px above it. */
const ACTIONS = 20 + BUTTON;

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value : null;
const list = (value: unknown): string[] | null =>
  Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]) : null;

/** A title (`.gw-ex-title`) with its gap below; one line when the text is code. */
function title(value: string | null, width: number): number {
  return (value === null ? 1 : linesOf(value, width, TITLE, 'bold')) * TITLE_LINE + TITLE_GAP;
}

function hint(lines: number): number {
  return lines * HINT_LINE + HINT_GAP;
}

function lines(value: string, width: number, px = TEXT, weight: Weight = 'regular'): number {
  return Math.max(1, linesOf(value, width, px, weight));
}

/**
 * Items of a wrapping row (`flex-wrap: wrap`) in `width`: the height of the
 * rows they fill, `gap` apart (the same gap as between the items).
 */
function wrappedRows(
  items: readonly { width: number; height: number }[],
  width: number,
  gap: number,
): number {
  const rows: number[] = [];
  let used = -1;
  for (const item of items) {
    const w = Math.min(item.width, width);
    if (used < 0 || used + gap + w > width + 0.5) {
      rows.push(item.height);
      used = w;
    } else {
      rows[rows.length - 1] = Math.max(rows.at(-1) ?? 0, item.height);
      used += gap + w;
    }
  }
  return rows.reduce((a, b) => a + b, 0) + gap * Math.max(0, rows.length - 1);
}

/**
 * A quiz's option (`.gw-choice`, a wrapping flex row of its marker, its text
 * and, once revealed, the answer's tag): the text sits beside the marker
 * when it fits on one line there, else on a row of its own; a tag that does
 * not fit beside them takes another row.
 */
function choice(option: string, width: number, marker: number, tag = 0): number {
  const frame = 2 * 12 + 2 * 3;
  const content = width - 2 * 24 - 2 * 3;
  const row = Math.max(marker, LINE);
  if (linesOf(option, content - marker - 18, TEXT) <= 1) {
    const fits = tag === 0 || linesOf(option, content - marker - 18 - tag - 18, TEXT) <= 1;
    return Math.max(80, frame + row + (fits ? 0 : 18 + LINE));
  }
  return frame + marker + 18 + lines(option, content) * LINE + (tag > 0 ? 18 + LINE : 0);
}

/** The revealed answer's tag beside its option ("✓ Correct answer"). */
const ANSWER_TAG = 380;
/** Room the feedback's fixed words take beside the answer ("Not quite. The answer is “…”."). */
const VERDICT_WORDS = 520;

/** `.gw-feedback`: the verdict line and the explanation, in a bordered box. */
function feedback(explanation: string | null, answer: string | null, width: number): number {
  const inner = width - 2 * 3 - 2 * 28;
  const verdict = answer === null ? 1 : lines(answer, inner - 52 - VERDICT_WORDS);
  const said = explanation === null ? 1 : lines(explanation, inner);
  return 20 + 2 * 3 + 2 * 18 + verdict * LINE + 8 + said * LINE;
}

function poll(props: Record<string, unknown>, width: number, language: string): ExerciseSize {
  const words = exerciseText(language);
  const options = list(props.options) ?? ['', ''];
  // `.gw-poll-row`: minmax(200px, 1.3fr) 2fr 3.5ch auto, gaps of 20; the last column is − and +.
  const fixed = 3 * 20 + 3.5 * textWidth('0', TEXT) + (2 * BUTTON + 12);
  const optionWidth = Math.max(200, ((width - fixed) * 1.3) / 3.3);
  const rows = options.map((o) => Math.max(BUTTON, lines(o, optionWidth) * LINE));
  const height =
    title(text(props.question), width) +
    hint(props.multiple === true ? words.pollMany : words.pollOne) +
    rows.reduce((a, b) => a + b, 0) +
    14 * (rows.length - 1) +
    ACTIONS;
  return { height, initial: height, detail: `${options.length} options` };
}

function quiz(props: Record<string, unknown>, width: number, language: string): ExerciseSize {
  const words = exerciseText(language);
  const group = props.group === true;
  const options = list(props.options) ?? ['', ''];
  const answer = text(props.answer);
  const marker = group ? 52 : 40;
  const choices = options.map((o) => choice(o, width, marker));
  const shown = options.map((o) => (o === answer ? choice(o, width, marker, ANSWER_TAG) : 0));
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const top = title(text(props.question), width) + hint(group ? words.quizGroup : words.quizAlone);
  const between = 14 * (options.length - 1);
  // A group's list has 12px below it, inside the 20px above the buttons.
  const initial = top + sum(choices) + between + ACTIONS;
  // The answer's option gets its tag, and a border 2px wider all round.
  const grows = sum(shown.map((h, i) => (h > 0 ? h - choices[i]! + 4 : 0)));
  const height = initial + grows + feedback(text(props.explanation), answer, width);
  return {
    height,
    initial,
    detail: `${options.length} options`,
    when: 'once the answer is shown',
  };
}

function mythOrFact(props: Record<string, unknown>, width: number, language: string): ExerciseSize {
  const words = exerciseText(language);
  const statementWidth = width - 10 - 2 * 32;
  const statement = text(props.statement);
  // `.gw-statement`: 38px bold in a box with 20px above and below.
  const quote =
    2 * 20 + (statement === null ? 1 : lines(statement, statementWidth, 38, 'bold')) * 38 * 1.4;
  const top = title(null, width) + quote;
  const answer =
    props.group === true
      ? words.mythGroupOneRow
        ? ACTIONS
        : 20 + hint(1) + 20 + BUTTON // the hint, and the button on a row of its own
      : 20 + ACTIONS; // the Myth and Fact buttons sit in a group of their own, 20px lower
  const initial = top + answer;
  const height = top + feedback(text(props.explanation), null, width) + ACTIONS;
  return { height: Math.max(initial, height), initial, when: 'once the answer is shown' };
}

function reflection(props: Record<string, unknown>, width: number, language: string): ExerciseSize {
  const privacy = 2 * 12 + exerciseText(language).reflectionPrivacy * SMALL * 1.4;
  const textarea = 6 * 32 * 1.45 + 2 * 16 + 2 * 3;
  const status = 12 + SMALL * 1.4;
  const height = title(text(props.prompt), width) + privacy + 16 + textarea + ACTIONS + status;
  return { height, initial: height };
}

function breathing(props: Record<string, unknown>, language: string): ExerciseSize {
  const seconds = (value: unknown, fallback: number) =>
    typeof value === 'number' ? value : fallback;
  const phases =
    props.pattern === 'box'
      ? 4
      : props.pattern === '4-7-8'
        ? 3
        : [
            seconds(props.inhale, 4),
            seconds(props.hold, 0),
            seconds(props.exhale, 4),
            seconds(props.holdAfter, 0),
          ].filter((s) => s > 0).length;
  const described = exerciseText(language).breathing[Math.min(4, Math.max(2, phases)) as 2 | 3 | 4];
  // The pacer's 340px box, beside the cue, the round and the buttons.
  const height = TITLE_LINE + TITLE_GAP + hint(described) + 340;
  return { height, initial: height };
}

function cardSort(props: Record<string, unknown>, width: number, language: string): ExerciseSize {
  const items = list(props.items) ?? ['', ''];
  const categories = list(props.categories) ?? ['', ''];
  const columnFrame = 2 * 3 + 12 + 18 + 10; // border, padding, gap below the heading
  const inner = width - 2 * 3 - 2 * 18;
  const cards = items.map((item) => {
    const w = textWidth(item, SMALL) + 2 * 22 + 2 * 3;
    const h = w > inner ? lines(item, inner - 50, SMALL) * SMALL * 1.4 + 2 * 10 + 2 * 3 : BUTTON;
    return { width: w, height: Math.max(BUTTON, h) };
  });
  const pile = columnFrame + SMALL * 1.25 + wrappedRows(cards, inner, 12);
  const columnWidth = (width - 18 * (categories.length - 1)) / categories.length;
  const groups = Math.max(
    ...categories.map((c) => {
      const heading = Math.max(
        44,
        lines(c, columnWidth - 2 * 3 - 2 * 18 - 44 - 12, SMALL) * SMALL * 1.25,
      );
      return Math.max(150, columnFrame + heading);
    }),
  );
  const height = hint(exerciseText(language).cardSortHelp) + pile + 18 + groups + 18 + ACTIONS;
  return {
    height,
    initial: height,
    detail: `${items.length} cards in ${categories.length} groups`,
  };
}

function checkIn(props: Record<string, unknown>, width: number, language: string): ExerciseSize {
  const words = exerciseText(language);
  const group = props.group === true;
  const scale = props.scale === 'feelings' ? 'feelings' : '1-10';
  const points =
    scale === '1-10'
      ? Array.from({ length: 10 }, (_, i) => String(i + 1))
      : (list(props.labels) ?? [...answerWords(language).feelings]);
  const buttons =
    scale === '1-10'
      ? BUTTON // ten buttons that share one row
      : wrappedRows(
          points.map((p) => ({
            width: Math.max(BUTTON, textWidth(p, 32, 'bold') + 2 * 32 + 2 * 3),
            height: BUTTON,
          })),
          width,
          14,
        );
  const ends = scale === '1-10' ? 10 + SMALL * 1.4 : 0;
  const top =
    title(text(props.question), width) +
    hint(group ? words.checkInGroup : words.checkInAlone) +
    buttons +
    ends;
  if (group) {
    const bar = (width - 12 * (points.length - 1)) / points.length;
    const label = Math.max(...points.map((p) => lines(p, bar, SMALL))) * SMALL * 1.4;
    const histogram = 20 + hint(1) + (HINT_LINE + 6 + 160 + 6 + label);
    const height = top + histogram + ACTIONS;
    return {
      height,
      initial: height,
      ...(scale === 'feelings' ? { detail: `${points.length} feelings` } : {}),
    };
  }
  // "You chose 7. Thank you for checking in." appears once someone chooses.
  const initial = top + 20;
  return {
    height: initial + LINE,
    initial,
    when: 'once someone chooses an answer',
    ...(scale === 'feelings' ? { detail: `${points.length} feelings` } : {}),
  };
}

function timer(props: Record<string, unknown>, width: number): ExerciseSize {
  const label = props.label === undefined ? 'Timer' : text(props.label);
  // The clock (160px, 20 below), its bar (28), the state line (16 above, 20 below), the buttons.
  const height = title(label, width) + 160 + 20 + 28 + 16 + LINE + 20 + BUTTON;
  return { height, initial: height };
}

function callout(
  node: MdxJsxFlowElement,
  props: Record<string, unknown>,
  width: number,
  content: ContentHeight,
): ExerciseSize {
  const inner = width - 12 - 2 * 28;
  const heading = text(props.title);
  const titleHeight = (heading === null ? 1 : lines(heading, inner - 44, 32)) * 32 * 1.4 + 8;
  const height = 2 * 18 + titleHeight + content(node.children, inner);
  return { height, initial: height };
}

function contentNote(
  node: MdxJsxFlowElement,
  width: number,
  language: string,
  content: ContentHeight,
): ExerciseSize {
  const words = exerciseText(language);
  const inner = width - 2 * 4 - 2 * 36;
  const said =
    node.children.length > 0 ? content(node.children, inner) : words.contentNoteFallback * LINE;
  // Border and padding, the title (32px), the author's words (20 below), the hint, the buttons.
  const height =
    2 * 4 + 2 * 28 + 32 * 1.2 + 8 + said + 20 + words.contentNoteHint * HINT_LINE + ACTIONS;
  return { height, initial: height, contentNote: true };
}

/**
 * The exercise's size, or null when it cannot be told from the lesson's
 * text (its props are spread in from code).
 */
export function exerciseSize(
  name: LibraryComponentName,
  node: MdxJsxFlowElement,
  width: number,
  language: string,
  content: ContentHeight,
): ExerciseSize | null {
  const read = readLiteralProps(node);
  if (read === null) return null;
  const props = read.props;
  switch (name) {
    case 'Poll':
      return poll(props, width, language);
    case 'Quiz':
      return quiz(props, width, language);
    case 'MythOrFact':
      return mythOrFact(props, width, language);
    case 'Reflection':
      return reflection(props, width, language);
    case 'Breathing':
      return breathing(props, language);
    case 'Grounding': {
      const height = exerciseText(language).groundingHeight;
      return { height, initial: height };
    }
    case 'CardSort':
      return cardSort(props, width, language);
    case 'CheckIn':
      return checkIn(props, width, language);
    case 'Timer':
      return timer(props, width);
    case 'PlanBuilder': {
      const words = exerciseText(language);
      return {
        height: words.planReviewHeight,
        initial: words.planHeight,
        when: 'on its review step',
      };
    }
    case 'Callout':
      return callout(node, props, width, content);
    case 'ContentNote':
      return contentNote(node, width, language, content);
    case 'Notes':
    case 'Layout':
      return null;
    case 'Column':
    case 'Icon':
    case 'Steps':
    case 'Cycle':
    case 'Ladder':
    case 'Circles':
    case 'Compare': {
      const size = designSize(name, node, props, width, content);
      return { ...size, initial: size.height };
    }
    default:
      throw missingCaseError(name);
  }
}
