import { resolve } from 'node:path';
import { expect, test, type Frame, type FrameLocator, type Page } from '@playwright/test';
import { startTestHost, type TestHost } from './support/host';

// A whole bundled lesson with the keyboard alone (issue 17): from the
// library, Tab to the lesson and Enter; on every slide, Tab through each
// control of its activity and use it as a keyboard user would (Enter on a
// button, typing in a field, a number on a card), then on with the arrow
// keys. After every key the focus is on something visible and meaningful,
// in the shell or in the slide, never on either document's body.

const CONTENT = resolve(import.meta.dirname, '../../content');
let host: TestHost;

test.beforeAll(async () => {
  host = await startTestHost({ contentDir: CONTENT, watch: false });
});

// A session outlives its pages: each test starts without one.
test.afterEach(async () => {
  await host?.endSession();
});

test.afterAll(async () => {
  await host?.cleanup();
});

/** Where the focus is, as read in one document (the shell's or the stage's). */
interface Focus {
  where: 'shell' | 'stage';
  /** On the body or the root element: nowhere a person can see. */
  body: boolean;
  /** The document has the system focus (not the browser's own toolbar). */
  hasFocus: boolean;
  visible: boolean;
  tag: string;
  /** Its accessible name, near enough: aria-label, its label, or its text. */
  name: string;
  /** In the stage: inside the slide on screen (or that slide itself). */
  inShownSlide: boolean;
  /** In the stage: the slide itself (its aria-label is "Slide 4 of 14: Poll"). */
  isSlide: boolean;
  /** In the shell: inside an open modal dialog. */
  inDialog: boolean;
  /** In the shell: the stage's frame, whose own focus is read next. */
  isStage: boolean;
  /** The focused element owns the arrow keys (a text field, a card of a card sort). */
  ownsArrows: boolean;
}

function readFocus(where: 'shell' | 'stage'): Focus {
  const active = document.activeElement;
  const element = active instanceof HTMLElement ? active : null;
  const body = element === null || element === document.body || active === document.documentElement;
  const rect = element?.getBoundingClientRect();
  const field =
    element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement ? element : null;
  const label =
    element?.getAttribute('aria-label') ??
    field?.labels?.[0]?.textContent ??
    element?.textContent ??
    '';
  return {
    where,
    body,
    hasFocus: document.hasFocus(),
    visible:
      element !== null &&
      element.checkVisibility({ visibilityProperty: true }) &&
      rect !== undefined &&
      rect.width > 0 &&
      rect.height > 0,
    tag: element?.tagName ?? '',
    name: label.replace(/\s+/g, ' ').trim().slice(0, 80),
    inShownSlide: element?.closest('.gw-slide[data-current]') != null,
    isSlide: element?.matches('.gw-slide') ?? false,
    inDialog: element?.closest('dialog[open]') != null,
    isStage: element?.matches('.stage-frame iframe') ?? false,
    ownsArrows:
      element?.matches(
        'textarea, input, select, [data-owns-keys] *, [data-owns-keys], .gw-card, [role="radio"], [role="slider"]',
      ) ?? false,
  };
}

function stageFrame(page: Page): Frame {
  const frame = page.frames().find((f) => f.url().endsWith('/stage.html'));
  if (!frame) throw new Error('no stage frame');
  return frame;
}

/** The focus as a person has it: in the shell, or in the slide when the stage's frame has it. */
async function focusOf(page: Page): Promise<Focus> {
  const shell = await page.evaluate(readFocus, 'shell' as const);
  if (!shell.isStage) return shell;
  return stageFrame(page).evaluate(readFocus, 'stage' as const);
}

/** What is wrong with the focus, or null: nothing. */
function problem(focus: Focus): string | null {
  if (!focus.hasFocus) return `the ${focus.where} page does not have the focus`;
  if (focus.body) return `the focus is on the ${focus.where}'s body`;
  if (!focus.visible) return `the focus is on a ${focus.tag} nobody can see`;
  if (focus.where === 'stage' && !focus.inShownSlide) {
    return `the focus is on a ${focus.tag} outside the slide on screen`;
  }
  return null;
}

/** After a key: the focus settles somewhere visible and meaningful (polled: the shell may take it back). */
async function expectMeaningfulFocus(page: Page, step: string): Promise<Focus> {
  await expect.poll(async () => problem(await focusOf(page)), { message: step }).toBeNull();
  return focusOf(page);
}

async function press(page: Page, key: string, step: string): Promise<Focus> {
  await page.keyboard.press(key);
  return expectMeaningfulFocus(page, `${step} (${key})`);
}

/** The focus is on this element of the slide (polled). */
async function expectStageFocus(page: Page, name: RegExp | string, step: string): Promise<void> {
  await expect
    .poll(
      async () => {
        const focus = await focusOf(page);
        return focus.where === 'stage' ? focus.name : `(${focus.where}) ${focus.name}`;
      },
      { message: step },
    )
    .toMatch(name);
}

interface Walk {
  page: Page;
  stage: FrameLocator;
  /** Names already used on this slide: each control is used once, then Tab goes on. */
  used: Set<string>;
}

/**
 * What a keyboard user does with each control of the exercise gallery, by
 * the slide's title and the control's name, and what they should see. A
 * control with no entry is only passed with Tab (Try again would start the
 * answer over; Skip ahead turns the page and Save to a file asks the shell
 * first: each tested on its own below).
 */
const USE: Record<string, [RegExp, (walk: Walk) => Promise<void>][]> = {
  'A content note': [
    [
      /^Continue$/,
      async ({ page }) => {
        await press(page, 'Enter', 'Continue');
        await expectStageFocus(page, /You can take a break/, 'Continue: on the line that stays');
      },
    ],
    [
      /^Show the content note again$/,
      async ({ page }) => {
        await press(page, 'Enter', 'Show again');
        await expectStageFocus(page, /^Content note$/, 'Show again: on the note’s title');
      },
    ],
  ],
  Poll: [
    [
      /^Add one to “Bus or train”$/,
      async ({ page, stage }) => {
        await press(page, 'Enter', 'a hand for Bus');
        await expect(stage.getByText('1 answer so far')).toBeVisible();
      },
    ],
    [
      /^Add one to “Walking”$/,
      async ({ page, stage }) => {
        await press(page, 'Enter', 'a hand for Walking');
        await expect(stage.getByText('2 answers so far')).toBeVisible();
      },
    ],
    [
      /^Clear counts$/,
      async ({ page, stage }) => {
        await press(page, 'Enter', 'Clear counts');
        await expect(stage.getByText('0 answers so far')).toBeVisible();
        await expectStageFocus(page, /^Add one to “Bus or train”$/, 'Clear: on the first +');
      },
    ],
  ],
  'Myths and facts': [
    [
      /^It’s a myth$/,
      async ({ page }) => {
        // Help from the middle of an activity: F1 opens the crisis lines, Tab
        // never leaves them, Esc closes them and the focus is back here.
        await page.keyboard.press('F1');
        const panel = page.getByRole('dialog', { name: 'Get help now' });
        await expect(panel).toBeVisible();
        for (let i = 1; i <= 12; i++) {
          const focus = await press(page, 'Tab', `crisis panel, Tab ${i}`);
          expect(focus.where === 'shell' && focus.inDialog, `Tab ${i} stays in the panel`).toBe(
            true,
          );
        }
        await page.keyboard.press('Escape');
        await expect(panel).toBeHidden();
        await expectStageFocus(page, /^It’s a myth$/, 'Esc: back on the answer');
      },
    ],
    [
      /^It’s a fact$/,
      async ({ page }) => {
        await press(page, 'Enter', 'It’s a fact');
        await expectStageFocus(page, /That’s right\. This is a fact\./, 'on the feedback');
      },
    ],
  ],
  Quiz: [
    [
      /^Reveal the answer$/,
      async ({ page }) => {
        await press(page, 'Enter', 'Reveal the answer');
        await expectStageFocus(page, /The answer is “Talking to someone you trust”/, 'feedback');
      },
    ],
  ],
  Reflection: [
    [
      /^What is one thing that helped you this week\?$/,
      async ({ page, stage }) => {
        // An h typed in a field the person tabbed into is a letter, not help.
        await page.keyboard.type('A hot shower helped', { delay: 20 });
        await expect(stage.getByRole('textbox')).toHaveValue('A hot shower helped');
        await expect(page.getByRole('dialog')).toHaveCount(0);
        await expectMeaningfulFocus(page, 'typed a reflection');
      },
    ],
  ],
  Breathing: [
    [
      /^Start$/,
      async ({ page, stage }) => {
        await press(page, 'Enter', 'Start breathing');
        await expect(stage.getByRole('button', { name: 'Pause' })).toBeVisible();
      },
    ],
    [
      /^Pause$/,
      async ({ page, stage }) => {
        await press(page, 'Enter', 'Pause breathing');
        await expect(stage.getByRole('button', { name: 'Resume' })).toBeVisible();
      },
    ],
    [
      /^Start over$/,
      async ({ page }) => {
        await press(page, 'Enter', 'Start over');
        await expectStageFocus(page, /^Start$/, 'Start over: on Start');
      },
    ],
  ],
  Grounding: [
    [
      /^Your notes \(optional\)$/,
      async ({ page, stage }) => {
        await page.keyboard.type('the window, my shoes', { delay: 20 });
        await expect(stage.getByRole('textbox')).toHaveValue('the window, my shoes');
      },
    ],
    [
      /^Next$/,
      async ({ page, stage }) => {
        await press(page, 'Enter', 'next grounding step');
        await expect(stage.getByText('Step 2 of 5')).toBeVisible();
      },
    ],
  ],
  'Card sort': [
    ...(
      [
        ['Going for a walk', '1'],
        ['Skipping sleep', '2'],
        ['Calling a friend', '1'],
        ['Staying in bed all day', '2'],
        ['Drinking water', '1'],
      ] as const
    ).map(
      ([card, group]) =>
        [
          new RegExp(`^${card}$`),
          async ({ page, stage }: Walk) => {
            // On a card, its group's number sorts it; the focus goes with the card.
            await press(page, group, `sort “${card}”`);
            const name = group === '1' ? 'Helps me' : 'Does not help me';
            await expect(
              stage.getByRole('region', { name }).getByRole('button', { name: card }),
            ).toBeVisible();
            await expectStageFocus(page, new RegExp(`^${card}$`), `“${card}” keeps the focus`);
            // The card went ahead of the pile in the Tab order: back with Shift+Tab to the next one.
            const pile = stage.getByRole('region', { name: 'Not sorted yet' }).locator('.gw-card');
            for (let i = 0; (await pile.count()) > 0; i++) {
              expect(i, 'Shift+Tab reaches the pile').toBeLessThan(10);
              await press(page, 'Shift+Tab', `back towards the pile, ${i + 1}`);
              const onPile = await stageFrame(page).evaluate(
                () =>
                  document.activeElement?.matches('[aria-label="Not sorted yet"] .gw-card') ??
                  false,
              );
              if (onPile) break;
            }
          },
        ] as [RegExp, (walk: Walk) => Promise<void>],
    ),
  ],
  'Check-in': [
    [
      /^5$/,
      async ({ page, stage }) => {
        await press(page, 'Enter', 'a tap on 5');
        await expect(stage.getByText(/Added one to 5/)).toBeAttached();
      },
    ],
    [
      /^Undo last tap$/,
      async ({ page }) => {
        await press(page, 'Enter', 'Undo last tap');
        await expectStageFocus(page, /^1, Very low$/, 'Undo: on the first answer');
      },
    ],
  ],
  Timer: [
    [
      /^Start$/,
      async ({ page, stage }) => {
        await press(page, 'Enter', 'Start the timer');
        await expect(stage.getByRole('button', { name: 'Pause' })).toBeVisible();
      },
    ],
    [
      /^Pause$/,
      async ({ page, stage }) => {
        await press(page, 'Enter', 'Pause the timer');
        await expect(stage.getByRole('button', { name: 'Resume' })).toBeVisible();
      },
    ],
    [
      /^Chime: on$/,
      async ({ page, stage }) => {
        await press(page, 'Enter', 'chime off');
        await expect(stage.getByRole('button', { name: 'Chime: off' })).toBeVisible();
      },
    ],
  ],
  'My plan for staying well': [
    [
      /^My warning signs$/,
      async ({ page, stage }) => {
        await page.keyboard.type('Sleeping badly', { delay: 20 });
        await expect(stage.getByRole('textbox', { name: 'My warning signs' })).toHaveValue(
          'Sleeping badly',
        );
      },
    ],
    [
      /^Next$/,
      async ({ page, stage }) => {
        await press(page, 'Enter', 'next part of the plan');
        await expect(stage.getByText('Step 2 of 7')).toBeVisible();
      },
    ],
  ],
};

/** The slide's own controls a Tab reaches. */
function tabbableInSlide(): number {
  const slide = document.querySelector('.gw-slide[data-current]');
  if (!slide) return 0;
  return [
    ...slide.querySelectorAll<HTMLElement>(
      'button, a[href], input, textarea, select, summary, [tabindex]:not([tabindex="-1"])',
    ),
  ].filter((el) => !el.matches(':disabled') && el.checkVisibility()).length;
}

test('the exercise gallery from the library to its last slide with the keyboard alone', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.goto(host.url);
  const link = page.getByRole('link', { name: 'Exercise gallery' });
  await expect(link).toBeVisible();
  for (let i = 1; i <= 80; i++) {
    if (await link.evaluate((a) => a === document.activeElement)) break;
    await press(page, 'Tab', `library, Tab ${i}`);
  }
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/lesson\/exercise-gallery\/1$/);
  await expect(page.locator('.stage-frame')).toHaveAttribute('data-slide-index', '0', {
    timeout: 30_000,
  });
  await expectMeaningfulFocus(page, 'the lesson opened');
  const counter = page.locator('.counter');
  const count = Number((await counter.textContent())!.split('/')[1]);
  expect(count).toBeGreaterThan(10);
  const stage = page.frameLocator('.stage-frame iframe');
  const reached: Record<string, string[]> = {};

  for (let n = 0; n < count; n++) {
    await expect(page.locator('.stage-frame')).toHaveAttribute('data-slide-index', String(n));
    const title = (await stageFrame(page).evaluate(
      () => document.querySelector('.gw-slide[data-current]')?.getAttribute('aria-label') ?? '',
    ))!.replace(/^Slide \d+ of \d+: /, '');
    const rules = USE[title] ?? [];
    const walk: Walk = { page, stage, used: new Set() };
    const names: string[] = [];
    reached[title] = names;
    if ((await stageFrame(page).evaluate(tabbableInSlide)) > 0) {
      // Into the slide, and through every control in it until Tab reaches the bar under it.
      let focus = await press(page, 'Tab', `slide ${n + 1}, into the slide`);
      expect(focus.where, `slide ${n + 1}: Tab goes into the slide first`).toBe('stage');
      for (let i = 1; focus.where === 'stage'; i++) {
        expect(i, `slide ${n + 1}: Tab leaves the slide in the end`).toBeLessThan(60);
        // Use the control; a button that becomes another (Start is Pause now) is used again.
        for (let uses = 0; focus.where === 'stage' && uses < 10; uses++) {
          const name = focus.name;
          names.push(name);
          const rule = rules.find(([pattern]) => pattern.test(name) && !walk.used.has(name));
          if (!rule) break;
          walk.used.add(name);
          await rule[1](walk);
          focus = await expectMeaningfulFocus(page, `slide ${n + 1}, used ${name}`);
        }
        focus = await press(page, 'Tab', `slide ${n + 1}, Tab ${i}`);
      }
      // The first control after the slide is the bar's first button.
      expect(focus.name).toMatch(/Lessons/);
      // Back to the slide's last control that leaves the arrows to the page.
      focus = await press(page, 'Shift+Tab', `slide ${n + 1}, back into the slide`);
      expect(focus.where).toBe('stage');
      for (let i = 0; focus.ownsArrows; i++) {
        expect(i, `slide ${n + 1}: a control that leaves the arrows to the page`).toBeLessThan(30);
        focus = await press(page, 'Shift+Tab', `slide ${n + 1}, back past ${focus.name}`);
        expect(focus.where).toBe('stage');
      }
    }
    for (const [name] of rules) {
      expect(
        names.some((reachedName) => name.test(reachedName)),
        `slide ${n + 1} (${title}): Tab reached ${name}`,
      ).toBe(true);
    }
    if (n === count - 1) break;
    await press(page, 'ArrowRight', `slide ${n + 1}, on to the next`);
    await expect(page.locator('.stage-frame')).toHaveAttribute('data-slide-index', String(n + 1));
    await expectMeaningfulFocus(page, `slide ${n + 2} shown`);
  }
  // Every activity slide had controls a Tab reached.
  for (const title of Object.keys(USE)) {
    expect(reached[title]?.length ?? 0, `${title} has controls`).toBeGreaterThan(0);
  }
  await expect(counter).toHaveText(`${count} / ${count}`);
});

test('a page turn from a control in the slide puts the focus on the new slide, never on the body', async ({
  page,
}) => {
  await page.goto(host.at('#/lesson/exercise-gallery/3'));
  await expect(page.locator('.stage-frame')).toHaveAttribute('data-slide-index', '2', {
    timeout: 30_000,
  });
  const stage = page.frameLocator('.stage-frame iframe');
  await expect(stage.getByRole('button', { name: 'Skip ahead' })).toBeVisible();
  // "Skip ahead" turns the page from inside the slide: the shell follows, and the button is gone.
  await press(page, 'Tab', 'into the content note');
  await press(page, 'Tab', 'to Skip ahead');
  await expectStageFocus(page, /^Skip ahead$/, 'on Skip ahead');
  await press(page, 'Enter', 'Skip ahead');
  await expect(page.locator('.stage-frame')).toHaveAttribute('data-slide-index', '3');
  await expect(stage.locator('section[data-slide-index="3"]')).toBeFocused();
  expect((await focusOf(page)).isSlide).toBe(true);
  await expect(stage.locator('section[data-slide-index="3"]')).toHaveAttribute(
    'aria-label',
    'Slide 4 of 14: Poll',
  );
  // The keyboard goes on from there: Tab reaches the new slide's first control.
  await press(page, 'Tab', 'on from the slide');
  await expectStageFocus(page, /^Add one to “Bus or train”$/, 'the poll’s first +');

  // The shell's Next button keeps the focus; Shift+Tab back from the bar is in the new slide.
  for (let i = 0; i < 10 && !/^Next/.test((await focusOf(page)).name); i++) {
    await press(page, 'Tab', `to the shell’s Next, Tab ${i + 1}`);
  }
  await expect(page.locator('.controls').getByRole('button', { name: /^Next/ })).toBeFocused();
  await press(page, 'Enter', 'the shell’s Next');
  await expect(page.locator('.stage-frame')).toHaveAttribute('data-slide-index', '4');
  await expect(page.locator('.controls').getByRole('button', { name: /^Next/ })).toBeFocused();
  await press(page, 'Shift+Tab', 'back to Back');
  await press(page, 'Shift+Tab', 'back to Lessons');
  await press(page, 'Shift+Tab', 'back into the slide');
  await expectStageFocus(page, /^It’s a fact$/, 'the new slide’s last control');

  // An arrow key from a control in the slide: the slide is turned in the
  // stage and the new slide takes the focus, never a body.
  await press(page, 'ArrowRight', 'an arrow from “It’s a fact”');
  await expect(page.locator('.stage-frame')).toHaveAttribute('data-slide-index', '5');
  await expect(stage.locator('section[data-slide-index="5"]')).toBeFocused();
  // H there is still the crisis panel, and Esc gives the slide its focus back.
  await press(page, 'h', 'H on the new slide');
  await expect(page.getByRole('dialog', { name: 'Get help now' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Get help now' })).toBeHidden();
  await press(page, 'Tab', 'on from the new slide');
  await expectStageFocus(page, /^Reveal the answer$/, 'the quiz’s first control');
});

test('the question before saving gives the focus back to the control that asked', async ({
  page,
}) => {
  await page.goto(host.at('#/lesson/exercise-gallery/7'));
  await expect(page.locator('.stage-frame')).toHaveAttribute('data-slide-index', '6', {
    timeout: 30_000,
  });
  const stage = page.frameLocator('.stage-frame iframe');
  await expect(stage.getByRole('textbox')).toBeVisible();
  await press(page, 'Tab', 'into the reflection');
  await page.keyboard.type('A hot shower helped', { delay: 20 });
  await press(page, 'Tab', 'to Save to a file');
  await expectStageFocus(page, /^Save to a file$/, 'on Save');
  await press(page, 'Enter', 'Save to a file');
  const question = page.getByRole('dialog');
  await expect(question).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(question).toBeHidden();
  await expectMeaningfulFocus(page, 'the question closed');
  await expectStageFocus(page, /^Save to a file$/, 'Esc: back on Save');
});
