import { createContext, useContext } from 'react';
import { SHARED_LIMITS } from '../../../contract/session';
import { boundedKey } from './bounded-key';

/**
 * The slide an exercise sits on, when the stage tells us. Keying state by
 * slide keeps the same `<Timer minutes={5} />` on two slides apart; without
 * it, identical exercises share their state unless the author gives an `id`.
 */
export const ExerciseSlideContext = createContext<number | null>(null);

/**
 * A stable key for one exercise instance: it must survive the slide being
 * unmounted and mounted again (the stage keeps only neighbouring slides
 * mounted), so React's useId is no use. Built from the slide, the kind and
 * either the author's `id` or the props themselves, and bounded in length:
 * the key is also the exercise's name in the shared session state.
 */
export function instanceKey(
  kind: string,
  props: Readonly<Record<string, unknown>>,
  slide: number | null,
): string {
  const { children: _children, id, ...rest } = props;
  const own = typeof id === 'string' ? `id=${id}` : stableJson(rest);
  return boundedKey(`${slide ?? '-'}|${kind}|${own}`, SHARED_LIMITS.idLength);
}

export function useInstanceKey(kind: string, props: Readonly<Record<string, unknown>>): string {
  return instanceKey(kind, props, useContext(ExerciseSlideContext));
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}
