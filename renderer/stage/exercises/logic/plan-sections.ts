import { PLAN_KINDS, type PlanKind, type PlanSectionId } from '../../../../contract/exercise-props';
import type { PlanBuilderProps } from '../schemas';
import type { Strings } from '../strings/languages';

export {
  PLAN_KINDS,
  PLAN_SECTION_IDS,
  type PlanKind,
  type PlanSectionId,
} from '../../../../contract/exercise-props';

/** The parts a PlanBuilder asks for: the author's list, or its kind's. */
export function planSections(props: PlanBuilderProps): readonly PlanSectionId[] {
  return props.sections ?? PLAN_KINDS[props.kind ?? 'staying-well'];
}

/** The plan's words with the title and file name of its kind. */
export function planWords(kind: PlanKind | undefined, words: Strings['plan']): Strings['plan'] {
  return kind === 'safety'
    ? { ...words, title: words.titleSafety, fileStem: words.fileStemSafety }
    : words;
}
