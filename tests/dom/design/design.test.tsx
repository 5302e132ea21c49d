// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { DESIGN_COMPONENTS, type DesignComponentName } from '../../../contract/components';
import { ICON_NAMES } from '../../../contract/icons';
import { stageLibrary } from '../../../renderer/stage/components';
import { ICONS } from '../../../renderer/stage/design/icons';

afterEach(cleanup);

function show(name: DesignComponentName, props: Record<string, unknown>) {
  return render(createElement(stageLibrary[name]!, props));
}

describe('icons', () => {
  it('bundles a drawing for every name an author may use', () => {
    for (const name of ICON_NAMES) expect(ICONS[name], name).toBeDefined();
  });

  it('are decoration unless labelled, and a picture with its name when labelled', () => {
    const { container } = show('Icon', { name: 'sun' });
    expect(container.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    cleanup();
    show('Icon', { name: 'phone', label: 'Phone' });
    expect(screen.getByRole('img', { name: 'Phone' })).toBeDefined();
  });

  it('shows a clear box naming the nearest icons for a name it does not have', () => {
    show('Icon', { name: 'telephone' });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Icon: "name" is not an icon Groundwork has');
    expect(alert.textContent).toContain('"phone"');
  });
});

describe('layouts', () => {
  it('mark the slide and show nothing themselves', () => {
    const { container } = show('Layout', { kind: 'statement' });
    const mark = container.querySelector('[data-gw-layout]');
    expect(mark?.getAttribute('data-gw-layout')).toBe('statement');
    expect((mark as HTMLElement).hidden).toBe(true);
  });

  it('give a column its title as a heading over its content', () => {
    show('Column', { title: 'What helps', icon: 'sun', children: 'A walk' });
    expect(screen.getByRole('heading', { name: 'What helps' })).toBeDefined();
    expect(screen.getByText('A walk')).toBeDefined();
  });
});

describe('diagrams', () => {
  it('say their parts as a list in order, named by their label, the drawing hidden', () => {
    const { container } = show('Steps', {
      steps: ['Emotional', 'Mental', 'Physical'],
      details: ['Feelings', 'Thoughts', 'Using'],
      label: 'Stages of relapse',
    });
    const list = screen.getByRole('list', { name: 'Stages of relapse' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      '1EmotionalFeelings',
      '2MentalThoughts',
      '3PhysicalUsing',
    ]);
    for (const svg of container.querySelectorAll('svg'))
      expect(svg.getAttribute('aria-hidden')).toBe('true');
    // The visible numbers are not read out twice: the list numbers its items.
    for (const number of container.querySelectorAll('.gw-diagram-number'))
      expect(number.getAttribute('aria-hidden')).toBe('true');
  });

  it.each([
    ['Cycle', { steps: ['Trigger', 'Craving', 'Coping'] }, ['Trigger', 'Craving', 'Coping']],
    ['Ladder', { levels: ['Outpatient', 'Residential'] }, ['Outpatient', 'Residential']],
    ['Circles', { rings: ['You', 'Family', 'Services'] }, ['You', 'Family', 'Services']],
  ] as const)('%s keeps every word as text in the list', (name, props, words) => {
    show(name, props);
    const text = screen.getAllByRole('listitem').map((li) => li.textContent ?? '');
    words.forEach((word, i) => expect(text[i]).toContain(word));
  });

  it('Compare shows both sides under their titles', () => {
    show('Compare', { titles: ['Helps', 'Hinders'], left: ['Sleep'], right: ['Isolation'] });
    expect(screen.getByRole('heading', { name: 'Helps' })).toBeDefined();
    expect(screen.getByRole('heading', { name: 'Hinders' })).toBeDefined();
    expect(screen.getByText('Isolation')).toBeDefined();
  });

  it('say plainly when details do not line up with the steps', () => {
    show('Ladder', { levels: ['Low', 'High'], details: ['one'] });
    expect(screen.getByRole('alert').textContent).toContain('"details" has 1 entries');
  });
});

it('every design component is in the stage’s library', () => {
  for (const name of DESIGN_COMPONENTS) expect(stageLibrary[name], name).toBeDefined();
});
