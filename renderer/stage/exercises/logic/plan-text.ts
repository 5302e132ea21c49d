import { longDate, type Strings } from '../strings/languages';
import type { PlanSectionId } from './plan-sections';

export interface PlanExport {
  sections: readonly PlanSectionId[];
  entries: Readonly<Record<string, string>>;
  date: Date;
  /** The lesson's language: the words of the file and how its date is written. */
  language: string;
  words: Strings['plan'];
}

/** Lines a person typed, one per line, without empty ones. */
export function planLines(text: string | undefined): string[] {
  return (text ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** The plan as plain text, for people who prefer a file they can edit. */
export function planText({ sections, entries, date, language, words }: PlanExport): string {
  const parts = [words.title, words.madeOn(longDate(date, language)), ''];
  for (const id of sections) {
    parts.push(words.sections[id].title.toLocaleUpperCase(language || undefined));
    const lines = planLines(entries[id]);
    parts.push(...(lines.length > 0 ? lines.map((l) => `- ${l}`) : [`- ${words.blank}`]), '');
  }
  return parts.join('\n');
}

/**
 * The plan for a phone (a kiosk's take-home codes): the person's lines under
 * their section titles, without the date or the sections left blank, so it
 * fits in as few codes as it can.
 */
export function planTakeHomeText(
  sections: readonly PlanSectionId[],
  entries: Readonly<Record<string, string>>,
  words: Strings['plan'],
): string {
  const parts = [words.title];
  for (const id of sections) {
    const lines = planLines(entries[id]);
    if (lines.length === 0) continue;
    parts.push('', words.sections[id].title, ...lines.map((line) => `- ${line}`));
  }
  return parts.length === 1 ? '' : parts.join('\n');
}
