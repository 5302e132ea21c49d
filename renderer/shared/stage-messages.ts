import type { SlideInfo } from '../../contract/lesson';
import {
  NAV_ACTIONS,
  SAVE_LIMITS,
  SAVE_OUTCOMES,
  SAVE_REFUSALS,
  type NavAction,
  type SaveOutcome,
  type SaveRefusal,
  type ShellToStage,
  type StageToShell,
} from '../../contract/stage-protocol';

/**
 * Validation of the messages crossing the iframe boundary. Lesson code runs
 * in the stage and can post anything, so the shell accepts only well-formed
 * messages with bounded sizes; the stage is equally strict, since any page
 * could hold a reference to its window.
 */

type Obj = Record<string, unknown>;

const MAX_TEXT = 4_000;
/** Base64 of the largest file the shell would offer to save (4 characters per 3 bytes). */
const MAX_FILE_BASE64 = Math.ceil(SAVE_LIMITS.maxBytes / 3) * 4;

function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isIndex(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 100_000;
}

function isText(value: unknown, max = MAX_TEXT): value is string {
  return typeof value === 'string' && value.length <= max;
}

/** Sequence numbers and request ids: small non-negative integers. */
function isCounter(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function isNavAction(value: unknown): value is NavAction {
  return typeof value === 'string' && (NAV_ACTIONS as readonly string[]).includes(value);
}

function isSaveOutcome(value: unknown): value is SaveOutcome {
  return typeof value === 'string' && (SAVE_OUTCOMES as readonly string[]).includes(value);
}

function isSaveRefusal(value: unknown): value is SaveRefusal {
  return typeof value === 'string' && (SAVE_REFUSALS as readonly string[]).includes(value);
}

const FILE_NAME_FORBIDDEN = /[/\\:*?"<>|]/;

/** A bare file name for the save dialog: no folders, nothing a file system rejects. */
function isFileName(name: string): boolean {
  if (name.length === 0 || name.length > 120 || FILE_NAME_FORBIDDEN.test(name)) return false;
  if (name === '.' || name === '..') return false;
  return [...name].every((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f);
}
const MIME_TYPE = /^[a-z]+\/[a-z0-9.+-]+(;\s*charset=[a-z0-9-]+)?$/i;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Checks shape and size only. Whether a file may be saved at all (its type,
 * how often the lesson asks) is the shell's save policy, which answers every
 * refused request instead of dropping it silently.
 */
export function parseStageMessage(data: unknown): StageToShell | null {
  if (!isObj(data)) return null;
  switch (data.type) {
    case 'ready':
      return { type: 'ready' };
    case 'rendered':
      return isIndex(data.index) ? { type: 'rendered', index: data.index } : null;
    case 'nav':
      return isNavAction(data.action) ? { type: 'nav', action: data.action } : null;
    case 'navigated':
      return isIndex(data.index) ? { type: 'navigated', index: data.index } : null;
    // Any text the lesson sends with an error is dropped: the shell shows only its own words.
    case 'slide-error':
      return isIndex(data.index) ? { type: 'slide-error', index: data.index } : null;
    case 'load-error':
      return { type: 'load-error' };
    case 'save-file': {
      const { id, suggestedName, mimeType, base64 } = data;
      if (!isCounter(id)) return null;
      if (!isText(suggestedName, 1_000) || !isFileName(suggestedName)) return null;
      if (!isText(mimeType, 100) || !MIME_TYPE.test(mimeType)) return null;
      if (!isText(base64, MAX_FILE_BASE64) || !BASE64.test(base64)) return null;
      return { type: 'save-file', id, suggestedName, mimeType, base64 };
    }
    case 'pong':
      return isCounter(data.seq) ? { type: 'pong', seq: data.seq } : null;
    case 'pointerdown':
      return { type: 'pointerdown' };
    case 'release-keyboard':
      return { type: 'release-keyboard' };
    default:
      return null;
  }
}

function isSlideInfo(value: unknown): value is SlideInfo {
  if (!isObj(value)) return false;
  return (
    isIndex(value.index) &&
    typeof value.line === 'number' &&
    (value.title === null || typeof value.title === 'string') &&
    (value.notes === null || typeof value.notes === 'string')
  );
}

export function parseShellMessage(data: unknown): ShellToStage | null {
  if (!isObj(data)) return null;
  switch (data.type) {
    case 'load': {
      const { lessonKey, code, slides, index, language } = data;
      if (typeof lessonKey !== 'string' || typeof code !== 'string') return null;
      if (!Array.isArray(slides) || !slides.every(isSlideInfo)) return null;
      if (!isIndex(index) || typeof language !== 'string') return null;
      return { type: 'load', lessonKey, code, slides, index, language };
    }
    case 'goto':
      return isIndex(data.index) ? { type: 'goto', index: data.index } : null;
    case 'ping':
      return isCounter(data.seq) ? { type: 'ping', seq: data.seq } : null;
    case 'save-result': {
      const { id, outcome, reason } = data;
      if (!isCounter(id) || !isSaveOutcome(outcome)) return null;
      if (reason === undefined) return { type: 'save-result', id, outcome };
      return isSaveRefusal(reason) ? { type: 'save-result', id, outcome, reason } : null;
    }
    case 'focus-from-shell':
      return { type: 'focus-from-shell' };
    default:
      return null;
  }
}
