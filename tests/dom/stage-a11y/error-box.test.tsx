// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StageToShell } from '../../../contract/stage-protocol';
import { ExerciseLanguageContext } from '../../../renderer/stage/exercises';
import { GroundworkSlide } from '../../../renderer/stage/GroundworkSlide';
import { StageApp } from '../../../renderer/stage/StageApp';
import { stageStore } from '../../../renderer/stage/stage-store';

vi.mock('../../../renderer/stage/bridge', () => ({
  postToShell: (_message: StageToShell) => undefined,
}));

function Boom(): never {
  throw new Error('broken widget');
}

const slides = [{ index: 0, line: 1, title: 'Uno', notes: null }];

function load(language: string, code = '') {
  act(() =>
    stageStore
      .getState()
      .load({ key: `error-${language}-${code.length}`, code, slides, language }, 0),
  );
}

afterEach(cleanup);

describe('a slide’s error box speaks the lesson’s language', () => {
  it('in Spanish on a Spanish slide, with the error’s own words as they are', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    load('es');
    render(
      <ExerciseLanguageContext value="es-MX">
        <GroundworkSlide index="0">
          <Boom />
        </GroundworkSlide>
      </ExerciseLanguageContext>,
    );
    quiet.mockRestore();
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('No se pudo mostrar esta diapositiva');
    expect(alert.textContent).toContain('Las demás diapositivas funcionan');
    expect(alert.textContent).toContain('broken widget');
    expect(alert.textContent).not.toContain('could not be shown');
    expect(alert.querySelector('svg.gw-icon')).not.toBeNull();
  });

  it('in English when the lesson is in English', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    load('en');
    render(
      <GroundworkSlide index="0">
        <Boom />
      </GroundworkSlide>,
    );
    quiet.mockRestore();
    expect(screen.getByRole('alert').textContent).toContain('This slide could not be shown');
  });

  it('a whole lesson that cannot run says so in Spanish too', () => {
    load('es', 'throw new Error("lesson broke")');
    render(<StageApp />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('No se pudo mostrar esta lección');
    expect(alert.textContent).toContain('lesson broke');
  });
});
