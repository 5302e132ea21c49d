/** The parts of a relapse-prevention plan, in the order people usually fill them. */
export const PLAN_SECTION_IDS = [
  'warning-signs',
  'triggers',
  'coping-steps',
  'people-to-call',
  'professional-contacts',
  'crisis-contacts',
] as const;

export type PlanSectionId = (typeof PLAN_SECTION_IDS)[number];

export interface PlanSection {
  id: PlanSectionId;
  title: string;
  prompt: string;
  example: string;
}

export const PLAN_SECTIONS: Record<PlanSectionId, PlanSection> = {
  'warning-signs': {
    id: 'warning-signs',
    title: 'My warning signs',
    prompt: 'What do you notice in yourself when things start to slip?',
    example: 'Sleeping badly, skipping meals, pulling away from friends',
  },
  triggers: {
    id: 'triggers',
    title: 'My triggers',
    prompt: 'Which places, people, feelings or times of day make things harder?',
    example: 'Payday, being alone on Sunday evenings, arguments at home',
  },
  'coping-steps': {
    id: 'coping-steps',
    title: 'Things that help me cope',
    prompt: 'What can you do on your own to get through a hard moment?',
    example: 'Go for a walk, slow breathing, call a friend, leave the situation',
  },
  'people-to-call': {
    id: 'people-to-call',
    title: 'People I can call',
    prompt: 'Who can you reach out to? Add a phone number if you know it.',
    example: 'My sister, a friend from my group',
  },
  'professional-contacts': {
    id: 'professional-contacts',
    title: 'Professional contacts',
    prompt: 'Your doctor, counsellor, key worker or clinic, with how to reach them.',
    example: 'Clinic front desk, my counsellor',
  },
  'crisis-contacts': {
    id: 'crisis-contacts',
    title: 'If I am in crisis',
    prompt: 'Numbers to call when you feel unsafe: a local crisis line and emergency services.',
    example: 'Your local crisis line, emergency services',
  },
};
