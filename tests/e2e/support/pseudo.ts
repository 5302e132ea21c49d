import type { Frame, Page } from '@playwright/test';

// The pseudo-locale walk's lesson, crisis lines and check (issue 17), shared
// by the ordinary app's walk and the kiosk's.

const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ACCENTED = [...'åƀçđéƒĝĥîĵķļɱñöþǫŕšŧûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŦÛṼŴẊÝŽ'];
/** Author text in the same accented letters (prop names and tags stay as MDX needs them). */
export const a = (text: string): string =>
  text.replace(/[A-Za-z]/g, (letter) => ACCENTED[LETTERS.indexOf(letter)]!);

export const LESSON = `---
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

export const RESOURCES = `region: zz
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
export function bypassesIn(target: Page | Frame): Promise<string[]> {
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
