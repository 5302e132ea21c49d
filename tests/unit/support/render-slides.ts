import { getMDXExport } from 'mdx-bundler/client';
import { createElement, Fragment, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { LIBRARY_COMPONENTS, LIBRARY_GLOBAL, SLIDE_COMPONENT } from '../../../contract/components';

/**
 * Every slide as the stage would build it, to HTML: each library component
 * a stand-in that shows its name and its literal props, each slide wrapper
 * building its own content as the stage's does (`render`). `indices` are
 * the `index` each slide wrapper was given, in the order they rendered.
 */
export function renderSlidesWithIndices(
  code: string,
  props: Record<string, unknown> = {},
  extra: Record<string, unknown> = {},
): { slides: string[]; indices: string[]; html: string } {
  const stub =
    (name: string) =>
    ({ children, ...rest }: { children?: ReactNode } & Record<string, unknown>) =>
      createElement(
        'div',
        { 'data-component': name, 'data-props': JSON.stringify(rest) },
        children,
      );
  const slides: ReactNode[] = [];
  const indices: string[] = [];
  const components: Record<string, unknown> = Object.fromEntries(
    LIBRARY_COMPONENTS.map((name) => [name, stub(name)]),
  );
  components[SLIDE_COMPONENT] = ({ index, render }: { index: string; render: () => ReactNode }) => {
    indices.push(index);
    slides.push(render());
    return null;
  };
  Object.assign(components, extra);
  const exports = getMDXExport(code, { [LIBRARY_GLOBAL]: components }) as {
    default: (props: { components: unknown }) => ReactNode;
  };
  const html = renderToStaticMarkup(createElement(exports.default, { ...props, components }));
  return {
    slides: slides.map((slide) => renderToStaticMarkup(createElement(Fragment, null, slide))),
    indices,
    html,
  };
}

export function renderSlides(code: string): string[] {
  return renderSlidesWithIndices(code).slides;
}
