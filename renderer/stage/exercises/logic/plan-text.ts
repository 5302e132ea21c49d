import { PLAN_SECTIONS, type PlanSectionId } from './plan-sections';

export interface PlanExport {
  sections: readonly PlanSectionId[];
  entries: Readonly<Record<string, string>>;
  date: Date;
}

/** Lines a person typed, one per line, without empty ones. */
export function planLines(text: string | undefined): string[] {
  return (text ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** The plan as plain text, for people who prefer a file they can edit. */
export function planText({ sections, entries, date }: PlanExport): string {
  const parts = [`My plan for staying well`, `Made on ${date.toLocaleDateString()}`, ''];
  for (const id of sections) {
    parts.push(PLAN_SECTIONS[id].title.toUpperCase());
    const lines = planLines(entries[id]);
    parts.push(...(lines.length > 0 ? lines.map((l) => `- ${l}`) : ['- (left blank)']), '');
  }
  return parts.join('\n');
}
