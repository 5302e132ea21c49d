import { createContext } from 'react';

/**
 * True while the stage renders a lesson for print: every exercise then
 * renders its paper form as data instead of its live controls, and the
 * stage's reader (read-slide.ts) turns the slide's DOM into the contract's
 * print blocks. The attributes below are how components mark what the
 * reader cannot tell from plain HTML.
 */
export const PaperModeContext = createContext(false);

/** On an exercise's placeholder: its PaperForm (contract/print.ts) as JSON. */
export const PAPER_FORM_ATTRIBUTE = 'data-gw-paper';
/** On a callout's box: its kind (info, tip, warning, support). */
export const CALLOUT_ATTRIBUTE = 'data-gw-callout';
/** On a callout's title element, so the title is not read as body text. */
export const CALLOUT_TITLE_ATTRIBUTE = 'data-gw-callout-title';
/** On a content note's box: its text is shown on paper as a note before the slide. */
export const CONTENT_NOTE_ATTRIBUTE = 'data-gw-content-note';
/** On something that could not be shown (an exercise's prop error): read as a problem. */
export const PROBLEM_ATTRIBUTE = 'data-gw-problem';
/** On anything that belongs on screen only (a button, a live status line). */
export const SCREEN_ONLY_ATTRIBUTE = 'data-gw-screen-only';
/** On a slide's error box (the slide threw): the message. */
export const SLIDE_ERROR_ATTRIBUTE = 'data-gw-slide-error';
/** On an inline element that starts a line of its own on paper (a diagram part's detail under its name). */
export const NEW_LINE_ATTRIBUTE = 'data-gw-new-line';
