import { describe, expect, it } from 'vitest';
import { planFor } from '../../../renderer/stage/exercises/logic/breathing';
import { planLines, planPdf, planText } from '../../../renderer/stage/exercises/logic/plan-pdf';
import { bytesToBase64, datedName } from '../../../renderer/stage/exercises/logic/save-file';
import {
  announcementBetween,
  clockText,
  spokenTime,
} from '../../../renderer/stage/exercises/logic/timer';
import { instanceKey } from '../../../renderer/stage/exercises/instance-key';
import { fromBase64 } from './base64';
import { stringsFor } from '../../../renderer/stage/exercises/strings/languages';

const en = stringsFor('en');
const es = stringsFor('es');

describe('breathing patterns', () => {
  it('box is 4-4-4-4, 4-7-8 has no second hold, custom skips zero holds', () => {
    expect(planFor({ pattern: 'box' }).phases.map((p) => p.seconds)).toEqual([4, 4, 4, 4]);
    expect(planFor({ pattern: '4-7-8' }).phases.map((p) => p.kind)).toEqual([
      'inhale',
      'hold',
      'exhale',
    ]);
    expect(planFor({ pattern: 'custom', inhale: 5, hold: 0, exhale: 6.5, cycles: 3 })).toEqual({
      phases: [
        { kind: 'inhale', seconds: 5 },
        { kind: 'exhale', seconds: 7 },
      ],
      cycles: 3,
    });
  });
});

describe('timer text', () => {
  it('formats the clock and spoken time', () => {
    expect(clockText(245_000)).toBe('4:05');
    expect(clockText(59_001)).toBe('1:00');
    expect(spokenTime(61_000, en.timer)).toBe('1 minute 1 second');
    expect(spokenTime(120_000, en.timer)).toBe('2 minutes');
    expect(spokenTime(0, en.timer)).toBe('0 seconds');
    expect(spokenTime(61_000, es.timer)).toBe('1 minuto y 1 segundo');
    expect(spokenTime(150_000, es.timer)).toBe('2 minutos y 30 segundos');
  });

  it('announces whole minutes, 30 and 10 seconds and the end, nothing else', () => {
    const t = en.timer;
    expect(announcementBetween(120_400, 119_900, t)).toBe('2 minutes left.');
    expect(announcementBetween(95_000, 94_000, t)).toBeNull();
    expect(announcementBetween(30_500, 30_000, t)).toBe('30 seconds left.');
    expect(announcementBetween(10_100, 9_900, t)).toBe('10 seconds left.');
    expect(announcementBetween(500, 0, t)).toBe('Time is up.');
    // A throttled window that skips the 30-second mark still announces it.
    expect(announcementBetween(33_000, 28_000, t)).toBe('28 seconds left.');
    expect(announcementBetween(60_400, 59_900, es.timer)).toBe('Tiempo restante: 1 minuto.');
    expect(announcementBetween(500, 0, es.timer)).toBe('Se acabó el tiempo.');
  });
});

describe('plan export', () => {
  const plan = {
    sections: ['warning-signs', 'crisis-contacts'] as const,
    entries: { 'warning-signs': 'Sleeping badly\n\n  Skipping meals ', triggers: 'hidden' },
    date: new Date(2026, 10, 3),
    language: 'en',
    words: en.plan,
  };

  it('keeps only non-empty lines', () => {
    expect(planLines(plan.entries['warning-signs'])).toEqual(['Sleeping badly', 'Skipping meals']);
  });

  it('writes only the chosen sections as text', () => {
    const text = planText({ ...plan, sections: [...plan.sections] });
    expect(text).toContain('MY WARNING SIGNS\n- Sleeping badly\n- Skipping meals');
    expect(text).toContain('IF I AM IN CRISIS\n- (left blank)');
    expect(text).not.toContain('hidden');
    expect(text.split('\n').slice(0, 2)).toEqual([
      'My plan for staying well',
      'Made on November 3, 2026',
    ]);
  });

  it('writes the file in the lesson’s language, date included', () => {
    const text = planText({
      ...plan,
      sections: [...plan.sections],
      language: 'es-MX',
      words: es.plan,
    });
    expect(text.split('\n').slice(0, 2)).toEqual([
      'Mi plan para mantenerme bien',
      'Hecho el 3 de noviembre de 2026',
    ]);
    expect(text).toContain('MIS SEÑALES DE ALERTA\n- Sleeping badly');
    expect(text).toContain('SI ESTOY EN CRISIS\n- (en blanco)');
  });

  const pages = (bytes: Uint8Array) =>
    new TextDecoder('latin1').decode(bytes).match(/\/Type \/Page\b/g)?.length;
  const lines = (n: number) =>
    Array.from({ length: n }, (_, i) => `Line ${i} of a long list`).join('\n');

  it('fits a full plan on one page by making the text smaller', () => {
    const full = lines(8);
    const bytes = planPdf({
      sections: [
        'warning-signs',
        'triggers',
        'coping-steps',
        'people-to-call',
        'professional-contacts',
        'crisis-contacts',
      ],
      entries: {
        'warning-signs': full,
        triggers: full,
        'coping-steps': full,
        'people-to-call': full,
        'professional-contacts': full,
        'crisis-contacts': full,
      },
      date: plan.date,
      language: 'en',
      words: en.plan,
    });
    expect(new TextDecoder('latin1').decode(bytes.subarray(0, 5))).toBe('%PDF-');
    expect(pages(bytes)).toBe(1);
  });

  it('adds a page rather than cutting or shrinking text below a readable size', () => {
    const long = lines(60);
    const bytes = planPdf({
      sections: ['warning-signs', 'triggers'],
      entries: { 'warning-signs': long, triggers: long },
      date: plan.date,
      language: 'en',
      words: en.plan,
    });
    expect(pages(bytes)).toBe(2);
  });
});

describe('save-file helpers', () => {
  it('base64-encodes large byte arrays without overflowing', () => {
    const bytes = new Uint8Array(200_000).map((_, i) => i % 256);
    expect(fromBase64(bytesToBase64(bytes))).toEqual(bytes);
  });

  it('dates file names', () => {
    expect(datedName('my-plan', 'pdf', new Date(2026, 0, 9))).toBe('my-plan-2026-01-09.pdf');
  });
});

describe('instance keys', () => {
  it('are stable for the same props in any order and differ by slide and id', () => {
    const a = instanceKey('Poll', { question: 'Q', options: ['a', 'b'] }, 3);
    const b = instanceKey('Poll', { options: ['a', 'b'], question: 'Q' }, 3);
    expect(a).toBe(b);
    expect(instanceKey('Poll', { question: 'Q', options: ['a', 'b'] }, 4)).not.toBe(a);
    expect(instanceKey('Poll', { question: 'Q', options: ['a', 'b'], id: 'x' }, 3)).not.toBe(a);
  });
});
