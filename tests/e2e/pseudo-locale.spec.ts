import { expect, test, type Frame, type Page } from '@playwright/test';
import { startTestHost, type TestHost } from './support/host';

// The pseudo-locale test (issue 17): the whole interface in `qps-ploc`,
// where every word from a catalog is accented and bracketed ⟦…⟧. The lesson
// and the crisis lines are written in accented letters too, so any plain
// ASCII word left on a screen did not come from a catalog: it bypassed the
// one i18n mechanism and would stay English for a Spanish reader.

const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ACCENTED = [...'åƀçđéƒĝĥîĵķļɱñöþǫŕšŧûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŦÛṼŴẊÝŽ'];
/** Author text in the same accented letters (prop names and tags stay as MDX needs them). */
const a = (text: string): string =>
  text.replace(/[A-Za-z]/g, (letter) => ACCENTED[LETTERS.indexOf(letter)]!);

const LESSON = `---
title: ${a('Pseudo lesson')}
duration: 30
language: qps-ploc
summary: ${a('Every exercise, in accented letters.')}
contentNote: ${a('Talks about hard days.')}
---

# ${a('Welcome')}

${a('Every word here is the author’s.')}

<Callout kind="tip">${a('A tip for the room.')}</Callout>

<Notes minutes={2}>${a('Notes for the facilitator.')}</Notes>

---

## ${a('Content note')}

<ContentNote>${a('The next part is about a hard day.')}</ContentNote>

<Notes minutes={2}>${a('Pause here.')}</Notes>

---

## ${a('Poll')}

<Poll question="${a('How did you get here?')}" options={["${a('Bus')}", "${a('Walking')}"]} />

<Notes minutes={2}>${a('Count hands.')}</Notes>

---

## ${a('Myth')}

<MythOrFact statement="${a('Recovery is possible.')}" answer="fact" explanation="${a('Many people recover.')}" />

<Notes minutes={2}>${a('Ask why.')}</Notes>

---

## ${a('Quiz')}

<Quiz question="${a('What helps?')}" options={["${a('Talking')}", "${a('Hiding')}"]} answer="${a('Talking')}" explanation="${a('Talking helps.')}" />

<Notes minutes={2}>${a('Talk it over.')}</Notes>

---

## ${a('Reflection')}

<Reflection prompt="${a('What helped this week?')}" />

<Notes minutes={3}>${a('Quiet time.')}</Notes>

---

## ${a('Breathing')}

<Breathing pattern="box" cycles={2} />

<Notes minutes={3}>${a('Breathe slowly.')}</Notes>

---

## ${a('Grounding')}

<Grounding steps="5-4-3-2-1" />

<Notes minutes={3}>${a('Go slowly.')}</Notes>

---

## ${a('Cards')}

<CardSort items={["${a('Walking')}", "${a('Skipping sleep')}"]} categories={["${a('Helps')}", "${a('Does not help')}"]} />

<Notes minutes={3}>${a('Sort them.')}</Notes>

---

## ${a('Check-in')}

<CheckIn group scale="1-10" question="${a('How is your energy?')}" labels={["${a('Low')}", "${a('High')}"]} />

<Notes minutes={2}>${a('Tap once each.')}</Notes>

---

## ${a('Feelings')}

<CheckIn scale="feelings" question="${a('How do you feel?')}" />

<Notes minutes={1}>${a('No right answer.')}</Notes>

---

## ${a('Timer')}

<Timer minutes={2} label="${a('Talk in pairs')}" />

<Notes minutes={2}>${a('Keep time.')}</Notes>

---

## ${a('Plan')}

<PlanBuilder />

<Notes minutes={3}>${a('Their plan.')}</Notes>
`;

const RESOURCES = `region: zz
regions:
  - id: zz
    name: ${a('Pseudo land')}
    resources:
      - name: ${a('Help line')}
        description: ${a('Support at any time.')}
        call: '123'
        text: '456'
        keyword: ${a('HELLO')}
        hours: '24/7'
      - name: ${a('Emergency services')}
        call: '999'
        emergency: true
`;

/**
 * Every piece of text a person could see or hear in one document: text
 * nodes, and the names and hints in attributes. Left out: hidden parts,
 * key caps (<kbd>), and text marked as another language on purpose (a
 * language's own name, the checker's English messages).
 */
function bypassesIn(target: Page | Frame): Promise<string[]> {
  return target.evaluate(() => {
    const found: string[] = [];
    const pageLang = document.documentElement.lang;
    const skipped = (el: Element | null): boolean => {
      if (!el) return true;
      // <time>: a clock formatted by Intl in the reader's locale ("6:05 PM"), not a catalog's words.
      if (el.closest('script, style, kbd, time, [aria-hidden="true"], [hidden], template'))
        return true;
      const marked = el.closest('[lang]');
      if (marked && marked !== document.documentElement && marked.getAttribute('lang') !== pageLang)
        return true;
      const style = getComputedStyle(el);
      return style.display === 'none' || style.visibility === 'hidden';
    };
    // Catalog words come bracketed, possibly one message inside another; what is left must hold no ASCII letter.
    const unbracketed = (text: string): string => {
      let rest = text;
      for (let previous = ''; previous !== rest;) {
        previous = rest;
        rest = rest.replace(/⟦[^⟦⟧]*⟧/g, '');
      }
      return rest;
    };
    const check = (text: string | null, where: string) => {
      if (text && /[A-Za-z]{2,}/.test(unbracketed(text))) found.push(`${where}: ${text.trim()}`);
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!skipped(node.parentElement))
        check(node.textContent, `<${node.parentElement!.localName}>`);
    }
    for (const el of document.body.querySelectorAll(
      '[aria-label], [title], [placeholder], [alt]',
    )) {
      if (skipped(el)) continue;
      for (const name of ['aria-label', 'title', 'placeholder', 'alt'])
        check(el.getAttribute(name), `${el.localName}[${name}]`);
    }
    return found;
  });
}

async function stageFrame(page: Page): Promise<Frame> {
  const handle = await page.locator('.stage-frame iframe').elementHandle();
  const frame = await handle!.contentFrame();
  return frame!;
}

let host: TestHost;

test.beforeAll(async () => {
  host = await startTestHost({
    lessons: [],
    files: { 'pseudo/index.mdx': LESSON, 'resources.yml': RESOURCES },
    watch: false,
  });
});

test.afterAll(async () => {
  await host?.cleanup();
});

test.beforeEach(async ({ page }) => {
  // The display setting the pseudo-locale is reached by (never offered on screen).
  await page.addInitScript(() => {
    localStorage.setItem(
      'groundwork.display.v1',
      JSON.stringify({ textScale: 1, contrast: 'normal', singleKeys: true, language: 'qps-ploc' }),
    );
  });
});

test('the library, its settings and the crisis panel take every word from the catalogs', async ({
  page,
}) => {
  await page.goto(host.at('#/'));
  // Checked and shown (ok, or with suggestions for the author), not broken.
  await expect(page.locator('.card:is([data-status="ok"], [data-status="warning"])')).toHaveCount(
    1,
    { timeout: 60_000 },
  );
  await expect(page.locator('html')).toHaveAttribute('lang', 'qps-ploc');
  expect(await bypassesIn(page)).toEqual([]);

  await page.locator('.library-header .button-quiet').click();
  await expect(page.locator('dialog .display-settings')).toBeVisible();
  expect(await bypassesIn(page)).toEqual([]);
  await page.keyboard.press('Escape');

  await page.keyboard.press('F1');
  await expect(page.locator('.crisis-panel')).toBeVisible();
  await expect(page.locator('.crisis-resource')).toHaveCount(2);
  expect(await bypassesIn(page)).toEqual([]);
});

test('every slide of a lesson, around it and inside the stage, before and after use', async ({
  page,
}) => {
  await page.goto(host.at('#/lesson/pseudo/1'));
  const frame = page.locator('.stage-frame');
  await expect(frame).toHaveAttribute('data-slide-index', '0', { timeout: 60_000 });
  const total = 13;
  for (let index = 0; index < total; index++) {
    await expect(frame).toHaveAttribute('data-slide-index', String(index));
    const stage = await stageFrame(page);
    await expect(stage.locator(`section[data-slide-index="${index}"]`)).toBeVisible();
    const before = [...(await bypassesIn(page)), ...(await bypassesIn(stage))];
    expect(before, `slide ${index + 1}`).toEqual([]);
    // Use the slide's first control once (an answer, a tally, a start), then look again.
    const control = stage
      .locator(`section[data-slide-index="${index}"] button:visible:enabled`)
      .first();
    if ((await control.count()) > 0) {
      await control.click();
      const after = [...(await bypassesIn(page)), ...(await bypassesIn(stage))];
      expect(after, `slide ${index + 1}, after its first button`).toEqual([]);
    }
    // Next: the last button among the page buttons around the counter.
    if (index < total - 1) await page.locator('.controls-center .button').last().click();
  }
});

test('the presenter view and its overlays', async ({ page }) => {
  await page.goto(host.at('#/presenter/pseudo/1'));
  await expect(page.locator('.stage-frame').first()).toHaveAttribute('data-slide-index', /\d/, {
    timeout: 60_000,
  });
  expect(await bypassesIn(page)).toEqual([]);
  await page.keyboard.press('?');
  await expect(page.locator('.help-overlay')).toBeVisible();
  expect(await bypassesIn(page)).toEqual([]);
});

test('the printed handout and guide', async ({ page }) => {
  for (const document of ['handout', 'guide', 'card']) {
    await page.goto(host.at(`#/print/pseudo/${document}?paper=a4`));
    await expect(page.locator('.print-toolbar button.primary')).toBeEnabled({ timeout: 60_000 });
    expect(await bypassesIn(page), document).toEqual([]);
  }
});
