// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StageToShell } from '../../../contract/stage-protocol';
import { resetExerciseSession } from '../../../renderer/stage/exercises';
import { saveTextFile } from '../../../renderer/stage/exercises/logic/save-file';
import { setKioskPolicy } from '../../../renderer/stage/kiosk-policy';
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
  setKioskPolicy(false);
});

const SAVES = /Save to a file|Save as a printable PDF|Save as text|Guardar/;

describe('on a kiosk nothing is offered as a file', () => {
  it('Reflection offers the phone instead of a file', () => {
    show('Reflection', { prompt: 'What helped?' });
    fireEvent.change(screen.getByLabelText('What helped?'), { target: { value: 'A walk' } });
    expect(screen.queryByRole('button', { name: SAVES })).toBeNull();
    expect(screen.getByRole('button', { name: 'Take it home on your phone' })).toBeTruthy();
    // The privacy line that speaks of saving is not shown either.
    expect(screen.queryByText(/Save to a file/)).toBeNull();
  });

  it('PlanBuilder’s review offers the phone instead of a PDF or a text file', () => {
    show('PlanBuilder', { sections: ['warning-signs'] });
    fireEvent.change(screen.getByLabelText('My warning signs'), {
      target: { value: 'Not sleeping' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Review' }));
    expect(screen.queryByRole('button', { name: SAVES })).toBeNull();
    expect(screen.queryByText(/save/i)).toBeNull();
    expect(screen.getByRole('button', { name: 'Take it home on your phone' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Clear my plan' })).toBeTruthy();
    expect(sent.filter((m) => m.type === 'save-file')).toEqual([]);
  });

  it('in Spanish too', () => {
    show('PlanBuilder', { sections: ['warning-signs'] }, { language: 'es' });
    fireEvent.click(screen.getByRole('button', { name: 'Revisar' }));
    expect(screen.queryByRole('button', { name: SAVES })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Revise su plan' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Lléveselo en su teléfono' })).toBeTruthy();
  });

  it('a save request made anyway never reaches the shell', async () => {
    setKioskPolicy(true);
    await expect(saveTextFile('notes.txt', 'private')).resolves.toEqual({
      outcome: 'refused',
      reason: 'type-not-allowed',
    });
    expect(sent).toEqual([]);
  });

  it('outside a kiosk, the save buttons are there', () => {
    show('Reflection', { prompt: 'What helped?' }, { kiosk: false });
    expect(screen.getByRole('button', { name: 'Save to a file' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Take it home on your phone' })).toBeNull();
  });
});
