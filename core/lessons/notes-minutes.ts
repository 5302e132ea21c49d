import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';

/**
 * `<Notes minutes={3}>` or `minutes="3"`: the facilitator's planned time for
 * a slide, read by the quality checks (do they add up to `duration`?) and
 * by the presenter view's pacing. Null when absent or not a number.
 */
export function notesMinutes(element: MdxJsxFlowElement | MdxJsxTextElement): number | null {
  for (const attribute of element.attributes) {
    if (
      attribute.type !== 'mdxJsxAttribute' ||
      attribute.name !== 'minutes' ||
      attribute.value == null
    )
      continue;
    const raw = typeof attribute.value === 'string' ? attribute.value : attribute.value.value;
    const value = Number(raw.trim());
    return raw.trim() !== '' && Number.isFinite(value) && value >= 0 ? value : null;
  }
  return null;
}
