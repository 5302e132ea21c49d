import { PRINT_LIMITS, type PaperForm, type PaperPart } from '../../../../contract/print';

const P = PRINT_LIMITS;

/** Text cut to the contract's length, with an ellipsis where it was cut. */
export function clip(text: string, max: number = P.textLength): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  // Never leave half of a character made of two UTF-16 units.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}

function list(entries: readonly string[], max: number): string[] {
  return entries.slice(0, max).map((entry) => clip(entry));
}

function lineCount(count: number): number {
  const whole = Math.round(count);
  return Number.isFinite(whole) ? Math.min(P.formLines, Math.max(1, whole)) : 1;
}

/** One part within bounds, or null when too little of it is left to fill in. */
function clampPart(part: PaperPart): PaperPart | null {
  switch (part.kind) {
    case 'text':
      return { kind: 'text', text: clip(part.text) };
    case 'choices': {
      const options = list(part.options, P.formEntries);
      return options.length > 0 ? { kind: 'choices', options, multiple: part.multiple } : null;
    }
    case 'lines':
      return {
        kind: 'lines',
        label: part.label === null ? null : clip(part.label),
        count: lineCount(part.count),
      };
    case 'grid': {
      const rows = list(part.rows, P.formEntries);
      const columns = list(part.columns, P.tableColumns);
      return rows.length > 0 && columns.length > 0 ? { kind: 'grid', rows, columns } : null;
    }
    case 'steps': {
      const steps = list(part.steps, P.formEntries);
      return steps.length > 0 ? { kind: 'steps', steps } : null;
    }
    case 'scale': {
      const points = list(part.points, P.formEntries);
      return points.length >= 2
        ? {
            kind: 'scale',
            points,
            low: part.low === null ? null : clip(part.low),
            high: part.high === null ? null : clip(part.high),
          }
        : null;
    }
  }
}

/**
 * A paper form within PRINT_LIMITS, so it always passes `paperFormSchema`:
 * long text is cut, long lists keep their first entries, line counts stay
 * between 1 and the limit. Only the contract's keys are kept.
 */
export function clampForm(form: PaperForm): PaperForm {
  const parts = form.parts
    .map(clampPart)
    .filter((part): part is PaperPart => part !== null)
    .slice(0, P.formEntries);
  const title = clip(form.title);
  return {
    title,
    parts: parts.length > 0 ? parts : [{ kind: 'text', text: title }],
    facilitator: list(form.facilitator, P.formEntries),
    size: form.size === 'large' ? 'large' : 'small',
  };
}
