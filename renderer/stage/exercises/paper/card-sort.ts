import type { PaperForm } from '../../../../contract/print';
import type { CardSortProps } from '../schemas';
import type { Strings } from '../strings/languages';

/** More cards than this make the grid too tall to share a page. */
const SMALL_SORT = 8;

/** A grid with a row for each card and a tick cell under each group. */
export function cardSortPaper({ items, categories }: CardSortProps, strings: Strings): PaperForm {
  const t = strings.paper.cardSort;
  return {
    title: strings.cardSort.title,
    parts: [
      { kind: 'text', text: t.instruction },
      { kind: 'grid', rows: items, columns: categories },
    ],
    facilitator: [t.run, t.talk],
    size: items.length > SMALL_SORT ? 'large' : 'small',
  };
}
