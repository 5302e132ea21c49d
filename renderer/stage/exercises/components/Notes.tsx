import type { NotesProps } from '../schemas';

/**
 * Speaker notes are pulled out by the compiler for the presenter view; on
 * the slide itself they must never show.
 */
export function Notes(_props: NotesProps) {
  return null;
}
