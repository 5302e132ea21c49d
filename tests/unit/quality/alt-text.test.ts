import { describe, expect, it } from 'vitest';
import { qualityDiagnostics } from './parse-lesson';

const front = '---\ntitle: Pictures\nduration: 10\nobjectives: [a]\nsources: [b]\n---\n';

async function altWarnings(body: string): Promise<string[]> {
  const found = await qualityDiagnostics(`${front}\n${body}\n\n<Notes minutes={10}>Hi.</Notes>\n`);
  return found.filter((d) => d.code === 'missing-alt').map((d) => `${d.line}:${d.column}`);
}

describe('missing-alt: pictures without a description', () => {
  it('warns on a Markdown picture with empty brackets, at its line and column', async () => {
    const body = [
      '![](./lake.png)', // 8
      '',
      '![   ](./lake.png)', // 10: only spaces
      '',
      'Text with an inline ![](./icon.png) picture.', // 12, column 21
      '',
      '![](data:image/png;base64,iVBORw0KGgo=)', // 14: not turned into an import, still checked
    ].join('\n');
    expect(await altWarnings(body)).toEqual(['8:1', '10:1', '12:21', '14:1']);
  });

  it('warns on <img> with no alt, or a bare alt with no value', async () => {
    const body = ['<img src="./lake.png" />', '', '<img src="./lake.png" alt />'].join('\n');
    expect(await altWarnings(body)).toEqual(['8:1', '10:1']);
  });

  it('names the fix with the file the author wrote', async () => {
    const found = await qualityDiagnostics(`${front}\n![](./calm-lake.jpg)\n`);
    const message = found.find((d) => d.code === 'missing-alt')?.message ?? '';
    expect(message).toContain('screen reader');
    expect(message).toContain('![What the picture shows](./calm-lake.jpg)');
    expect(message).toContain('<img src="./calm-lake.jpg" alt="" />');
    const jsx = await qualityDiagnostics(`${front}\n<img src="./lake.png" />\n`);
    expect(jsx.find((d) => d.code === 'missing-alt')?.message).toContain('alt=""');
  });

  it('accepts a description, and decoration marked on purpose', async () => {
    const body = [
      '![A calm lake at sunrise](./lake.png)',
      '',
      '<img src="./lake.png" alt="A calm lake at sunrise" />',
      '',
      '<img src="./border.png" alt="" />', // decorative, written out
      '',
      '<img src="./border.png" role="presentation" />',
      '',
      '<img src="./border.png" aria-hidden="true" />',
      '',
      '<img src="./lake.png" alt={"A lake"} />', // code: only the stage knows
    ].join('\n');
    expect(await altWarnings(body)).toEqual([]);
  });

  it('is silenced like the other quality checks', async () => {
    const body = '{/* groundwork-ignore missing-alt */}\n![](./lake.png)';
    expect(await altWarnings(body)).toEqual([]);
  });
});
