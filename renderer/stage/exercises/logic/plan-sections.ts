export { PLAN_SECTION_IDS, type PlanSectionId } from '../../../../contract/exercise-props';
