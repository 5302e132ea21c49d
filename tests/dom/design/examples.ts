import type { DesignComponentName } from '../../../contract/components';

/** One valid example of each design component, as an author would write it. */
export const DESIGN_EXAMPLES: Record<DesignComponentName, Record<string, unknown>> = {
  Layout: { kind: 'statement' },
  Column: { title: 'What helps', children: 'A walk' },
  Icon: { name: 'phone', label: 'Phone' },
  Steps: { steps: ['Emotional', 'Mental', 'Physical'] },
  Cycle: { steps: ['Trigger', 'Thought', 'Feeling', 'Action'] },
  Ladder: { levels: ['Outpatient', 'Intensive outpatient', 'Residential'] },
  Circles: { rings: ['You', 'Close people', 'Groups', 'Services'] },
  Compare: { titles: ['Helps', 'Gets in the way'], left: ['Sleep'], right: ['Isolation'] },
};
