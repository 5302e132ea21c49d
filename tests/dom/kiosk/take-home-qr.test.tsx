// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import fc from 'fast-check';
import jsQR from 'jsqr';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StageToShell } from '../../../contract/stage-protocol';
import { resetExerciseSession } from '../../../renderer/stage/exercises';
import {
  QR_PART_BYTES,
  qrMatrix,
  splitForQr,
} from '../../../renderer/stage/exercises/logic/take-home';
import { show } from './helpers';

const sent: StageToShell[] = [];
vi.mock('../../../renderer/stage/bridge', () => ({
  postToShell: (message: StageToShell) => sent.push(message),
}));

beforeEach(() => {
  sent.length = 0;
});
afterEach(() => {
  cleanup();
  resetExerciseSession();
});

const PIXELS_PER_MODULE = 4;
const utf8 = (text: string) => new TextEncoder().encode(text).length;

/**
 * What a phone's camera would see of one rendered code: the SVG's squares
 * drawn as pixels, dark on white, then read by a QR decoder. The matrix is
 * taken from the SVG itself, so the drawing is under test, not just the encoder.
 */
function scan(svg: SVGSVGElement): string {
  const [, , width, height] = (svg.getAttribute('viewBox') ?? '').split(' ').map(Number);
  if (!width || width !== height) throw new Error('the code is not a square');
  const side = width * PIXELS_PER_MODULE;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  const background = svg.querySelector(':scope > rect');
  expect(background?.getAttribute('fill')).toBe('#ffffff');
  expect(background?.getAttribute('width')).toBe(String(width));
  expect(svg.querySelector('g')?.getAttribute('fill')).toBe('#000000');
  for (const rect of svg.querySelectorAll('g rect')) {
    const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((a) => Number(rect.getAttribute(a)));
    for (let row = y! * PIXELS_PER_MODULE; row < (y! + h!) * PIXELS_PER_MODULE; row++) {
      for (let col = x! * PIXELS_PER_MODULE; col < (x! + w!) * PIXELS_PER_MODULE; col++) {
        const at = (row * side + col) * 4;
        pixels[at] = pixels[at + 1] = pixels[at + 2] = 0;
      }
    }
  }
  const code = jsQR(pixels, side, side, { inversionAttempts: 'dontInvert' });
  if (!code) throw new Error('the code could not be read');
  // The bytes as sent, read as UTF-8, as phones read them.
  const text = new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(code.binaryData));
  expect(code.data).toBe(text);
  return text;
}

function openCodes(prompt: string, text: string) {
  show('Reflection', { prompt });
  fireEvent.change(screen.getByLabelText(prompt), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: 'Take it home on your phone' }));
  return screen.getByTestId('take-home-qr');
}

/** Every part, in order, by moving through them as the person would. */
function scanAllParts(dialog: HTMLElement): { texts: string[]; labels: string[] } {
  const texts: string[] = [];
  const labels: string[] = [];
  for (;;) {
    const svgs = dialog.querySelectorAll<SVGSVGElement>('svg[data-qr-part]');
    expect(svgs).toHaveLength(1);
    const svg = svgs[0]!;
    expect(svg.getAttribute('data-qr-part')).toBe(String(texts.length + 1));
    texts.push(scan(svg));
    labels.push(dialog.querySelector('.gw-take-home-part')?.textContent ?? '');
    const next = within(dialog).queryByRole('button', { name: 'Next part' });
    if (!next || (next as HTMLButtonElement).disabled) return { texts, labels };
    fireEvent.click(next);
  }
}

describe('Take it home on your phone', () => {
  it('holds exactly the words typed, accents and emoji included', () => {
    const text = 'Mañana: caminar con mi hermana 🌞. Café, té y calma — ñandú ✨\nSegunda línea 👩‍👩‍👧';
    const dialog = openCodes('What helped?', text);
    expect(dialog.getAttribute('role')).toBe('dialog');
    const svg = dialog.querySelector<SVGSVGElement>('svg[data-qr-part]')!;
    expect(svg.getAttribute('data-qr-part')).toBe('1');
    expect(scan(svg)).toBe(text);
    // One code: no parts to count.
    expect(dialog.querySelector('.gw-take-home-part')).toBeNull();
    expect(dialog.textContent).toContain('The code holds only your words.');
    expect(dialog.textContent).toContain('Nothing is sent anywhere');
    // Drawn as shapes in the page: no picture, no canvas, no address.
    expect(dialog.querySelector('img, canvas, image, a')).toBeNull();
    expect(dialog.innerHTML).not.toMatch(/data:|https?:/);
    expect(sent).toEqual([]);
  });

  it('splits long writing into parts that join back exactly', () => {
    const sentence =
      'Hoy aprendí que pedir ayuda está bien. I can call Ana 📞, señora López, or the café crew. ';
    const text = sentence.repeat(14).trim();
    expect(utf8(text)).toBeGreaterThan(2 * QR_PART_BYTES);
    const dialog = openCodes('What will you try?', text);
    const { texts, labels } = scanAllParts(dialog);
    expect(texts.length).toBeGreaterThanOrEqual(3);
    expect(texts.join('')).toBe(text);
    expect(labels).toEqual(texts.map((_, i) => `Part ${i + 1} of ${texts.length}`));
    for (const part of texts) expect(utf8(part)).toBeLessThanOrEqual(QR_PART_BYTES);
  });

  it('Done closes the codes and leaves nothing of them behind', () => {
    openCodes('What helped?', 'A walk by the river');
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    });
    expect(screen.queryByTestId('take-home-qr')).toBeNull();
    expect(document.querySelector('svg[data-qr-part]')).toBeNull();
    expect(document.activeElement?.textContent).toBe('Take it home on your phone');
  });

  it('Esc closes the codes too', () => {
    const dialog = openCodes('What helped?', 'A walk by the river');
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByTestId('take-home-qr')).toBeNull();
  });

  it('takes a plan home as its sections and lines', () => {
    show('PlanBuilder', { sections: ['warning-signs', 'people-to-call'] });
    fireEvent.change(screen.getByLabelText('My warning signs'), {
      target: { value: 'No duermo bien\nSkipping meals' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    fireEvent.click(screen.getByRole('button', { name: 'Review' }));
    fireEvent.click(screen.getByRole('button', { name: 'Take it home on your phone' }));
    const svg = screen
      .getByTestId('take-home-qr')
      .querySelector<SVGSVGElement>('svg[data-qr-part="1"]')!;
    expect(scan(svg)).toBe(
      'My plan for staying well\n\nMy warning signs\n- No duermo bien\n- Skipping meals',
    );
  });

  it('cannot be opened with nothing written', () => {
    show('Reflection', { prompt: 'What helped?' });
    expect(screen.getByRole('button', { name: 'Take it home on your phone' })).toHaveProperty(
      'disabled',
      true,
    );
  });
});

describe('splitting for codes', () => {
  it('never splits a character, never goes over the limit, and joins back exactly', () => {
    const pieces = fc.constantFrom(
      'a',
      ' ',
      '\n',
      'ñ',
      'é',
      'e\u0301', // e and a combining accent: one character to a reader
      '😀',
      '👩‍👩‍👧',
      '🇪🇸',
      '中',
      'word ',
    );
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 300 }),
        fc.integer({ min: 30, max: 120 }),
        (list, limit) => {
          const text = list.join('');
          const parts = splitForQr(text, limit);
          expect(parts.join('')).toBe(text);
          const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
          const characters = (s: string) => [...segmenter.segment(s)].map((g) => g.segment);
          for (const part of parts) {
            expect(utf8(part)).toBeLessThanOrEqual(limit);
            expect(part).not.toBe('');
          }
          // Joined character by character, the parts give the text's characters: none was cut.
          expect(parts.flatMap(characters)).toEqual(characters(text));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('ends a part after a space when one is near, so words stay whole', () => {
    const parts = splitForQr('one two three four five six seven eight nine ten', 20);
    expect(parts).toEqual(['one two three four ', 'five six seven ', 'eight nine ten']);
  });

  it('turns half an emoji into a replacement character instead of failing', () => {
    expect(splitForQr('ok \uD83D then', 100)).toEqual(['ok \uFFFD then']);
    expect(() => qrMatrix('ok \uD83D')).not.toThrow();
  });

  it('keeps a full part small enough to scan: version 15 at most', () => {
    // Three-byte characters give the most modules for the bytes.
    const [part] = splitForQr('中'.repeat(400));
    expect(utf8(part!)).toBeLessThanOrEqual(QR_PART_BYTES);
    expect(qrMatrix(part!).size).toBeLessThanOrEqual(17 + 4 * 15);
  });
});
