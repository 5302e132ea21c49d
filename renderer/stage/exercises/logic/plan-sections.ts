/**
 * The parts of a relapse-prevention plan, in the order people usually fill
 * them. Their titles, prompts and examples are in each language's strings.
 */
export const PLAN_SECTION_IDS = [
  'warning-signs',
  'triggers',
  'coping-steps',
  'people-to-call',
  'professional-contacts',
  'crisis-contacts',
] as const;

export type PlanSectionId = (typeof PLAN_SECTION_IDS)[number];
