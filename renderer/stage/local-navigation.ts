import type { NavAction } from '../../contract/stage-protocol';
import { applyNavAction } from '../shared/navigation';
import { postToShell } from './bridge';
import { setSkipHandler } from './exercises/skip-port';
import { stageStore } from './stage-store';

/**
 * Moves between slides in the stage itself when the stage has the keyboard
 * (or a swipe), then tells the shell, which follows. Waiting for the shell
 * first would cost a cross-process round trip on every key press.
 *
 * The shell answers each `navigated` with a `goto` for the same slide; those
 * echoes are expected, in order, and ignored, so a quick run of key presses
 * never jumps back to a slide the stage has already left.
 */
const expectedEchoes: number[] = [];

/** Handles next/prev/first/last locally; returns false for actions only the shell can do. */
export function navigateLocally(action: NavAction): boolean {
  if (action !== 'next' && action !== 'prev' && action !== 'first' && action !== 'last') {
    return false;
  }
  const { lesson, index, goto } = stageStore.getState();
  if (!lesson) return false;
  const result = applyNavAction(action, index, lesson.slides.length);
  if (result.kind === 'goto') {
    goto(result.index);
    expectedEchoes.push(result.index);
    postToShell({ type: 'navigated', index: result.index });
  }
  return true;
}

/** A `goto` from the shell: applied unless it is the echo of a local move. */
export function gotoFromShell(index: number): void {
  if (expectedEchoes[0] === index) {
    expectedEchoes.shift();
    return;
  }
  // The shell decided otherwise (a clamp, a deep link): it is the authority.
  expectedEchoes.length = 0;
  stageStore.getState().goto(index);
}

/** A new lesson or version: nothing from before is still on its way. */
export function forgetEchoes(): void {
  expectedEchoes.length = 0;
}

/**
 * "Skip ahead" past a content note's hard part: `slides` slides on from the
 * current one, or the last slide when the lesson ends sooner.
 */
export function skipSlides(slides: number): void {
  const { lesson, index, goto } = stageStore.getState();
  if (!lesson) return;
  const target = Math.min(index + slides, lesson.slides.length - 1);
  if (target === index) return;
  goto(target);
  expectedEchoes.push(target);
  postToShell({ type: 'navigated', index: target });
}

setSkipHandler(skipSlides);
