import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCrisisResources, parseCrisisResources } from '../../core/resources/load';

const contentDir = resolve(import.meta.dirname, '../../content');
const bundled = readFileSync(join(contentDir, 'resources.yml'), 'utf8');
const at = (r: ReturnType<typeof parseCrisisResources>) =>
  r.diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.code}`);

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the bundled resources.yml', () => {
  it('lists the main crisis lines; no region set is said in the panel and warned about by the checker', async () => {
    const { resources, diagnostics } = await loadCrisisResources(contentDir);
    expect(diagnostics.map((d) => `${d.severity} ${d.code}`)).toEqual(['warning resources-region']);
    expect(diagnostics[0]?.message).toContain('No region is set');
    expect(resources.notice).toBe('region-unset');
    expect(resources.shown.map((r) => r.id)).toEqual([
      'us',
      'uk',
      'ie',
      'ca',
      'au',
      'nz',
      'mx',
      'es',
      'international',
    ]);
    const us = resources.regions.find((r) => r.id === 'us');
    expect(us?.resources[0]).toMatchObject({
      name: '988 Suicide & Crisis Lifeline',
      call: '988',
      text: '988',
    });
    expect(us?.resources.some((r) => r.call === '1-800-662-4357')).toBe(true);
    expect(resources.regions.find((r) => r.id === 'uk')?.resources.map((r) => r.call)).toEqual([
      '116 123',
      '111',
      undefined,
      '0808 808 8000',
      '999',
    ]);
  });

  it('shows only the chosen region once a facilitator sets one', () => {
    const { resources, diagnostics } = parseCrisisResources(
      bundled.replace(/^region:\s*$/m, 'region: au'),
    );
    expect(diagnostics).toEqual([]);
    expect(resources.notice).toBeNull();
    expect(resources.shown.map((r) => r.name)).toEqual(['Australia']);
    expect(resources.shown[0]?.resources[0]?.call).toBe('13 11 14');
  });
});

describe('mistakes in resources.yml', () => {
  it('reports a missing file and still offers the local emergency number', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gw-res-'));
    temps.push(dir);
    const { resources, diagnostics } = await loadCrisisResources(dir);
    expect(diagnostics.map((d) => `${d.file} ${d.line}:${d.column} ${d.code}`)).toEqual([
      'resources.yml 1:1 resources-missing',
    ]);
    expect(resources.shown[0]?.resources[0]?.emergency).toBe(true);
    expect(resources.notice).toBe('no-file');
  });

  it('reports invalid YAML at its line and column', () => {
    const result = parseCrisisResources('region: us\nregions:\n  - id: [\n');
    expect(at(result)).toEqual(['4:1 error resources-yaml']);
    expect(result.resources.shown[0]?.resources[0]?.emergency).toBe(true);
  });

  it('reports a duplicate key', () => {
    expect(at(parseCrisisResources('region: us\nregion: uk\nregions: []\n'))).toEqual([
      '2:1 error resources-yaml',
    ]);
  });

  it('reports a file that is not a map of region and regions', () => {
    expect(at(parseCrisisResources('- just a list\n'))).toEqual(['1:1 error resources-invalid']);
    expect(at(parseCrisisResources('region: us\nregoins: []\n'))).toEqual([
      '1:1 error resources-invalid',
      '2:1 error resources-invalid',
    ]);
  });

  it('leaves out a bad entry with its position and keeps the rest of the region', () => {
    const text = [
      'region: us', // 1
      'regions:', // 2
      '  - id: us', // 3
      '    name: United States', // 4
      '    resources:', // 5
      '      - name: Broken line', // 6
      '        call: call me', // 7
      '        colour: blue', // 8
      '      - name: No way to reach it', // 9
      '        hours: 24/7', // 10
      '      - name: Good line', // 11
      "        call: '988'", // 12
      '        chat: 988lifeline.org', // 13
      '      - name: Good line two', // 14
      '        call: 18006624357', // 15
    ].join('\n');
    const result = parseCrisisResources(text);
    expect(at(result)).toEqual([
      '7:15 error resources-invalid',
      '8:9 error resources-invalid',
      '9:9 error resources-invalid',
      '13:15 error resources-invalid',
    ]);
    expect(result.diagnostics[0]?.message).toContain('"Broken line"');
    expect(result.diagnostics[1]?.message).toContain('"colour" is not a field');
    expect(result.diagnostics[2]?.message).toContain('at least one way to reach it');
    expect(result.diagnostics[3]?.message).toContain('https://');
    expect(result.resources.shown[0]?.resources.map((r) => r.name)).toEqual(['Good line two']);
    expect(result.resources.shown[0]?.resources[0]?.call).toBe('18006624357');
  });

  it('leaves out a bad region and a repeated region id', () => {
    const text = [
      'region: uk', // 1
      'regions:', // 2
      '  - id: United Kingdom', // 3
      '    name: UK', // 4
      '    resources: []', // 5
      '  - id: au', // 6
      '    name: Australia', // 7
      '    resources:', // 8
      "      - { name: Lifeline, call: '13 11 14' }", // 9
      '  - id: au', // 10
      '    name: Again', // 11
      '    resources:', // 12
      "      - { name: Other, call: '000' }", // 13
    ].join('\n');
    const result = parseCrisisResources(text);
    expect(at(result)).toEqual([
      '1:1 warning resources-region',
      '3:9 error resources-invalid',
      '5:16 error resources-invalid',
      '10:9 error resources-invalid',
    ]);
    expect(result.resources.regions.map((r) => r.name)).toEqual(['Australia']);
  });

  it('says plainly when the chosen region is not in the list, and shows every region', () => {
    const result = parseCrisisResources(bundled.replace(/^region:\s*$/m, 'region: mars'));
    expect(result.diagnostics.map((d) => d.code)).toEqual(['resources-region']);
    expect(result.diagnostics[0]?.message).toContain('"mars"');
    expect(result.diagnostics[0]?.message).toContain(
      'Known regions: us, uk, ie, ca, au, nz, mx, es, international',
    );
    expect(result.resources.notice).toBe('region-unknown');
    expect(result.resources.shown).toHaveLength(9);
  });

  it('takes names and descriptions per language, and a texting keyword', () => {
    const result = parseCrisisResources(
      [
        'region: ie',
        'regions:',
        '  - id: ie',
        '    name: { en: Ireland, es: Irlanda }',
        '    resources:',
        '      - name: Text line',
        '        description:',
        '          en: Free text support.',
        '          es: Apoyo gratuito por mensaje.',
        '        text: "50808"',
        '        keyword: HELLO',
      ].join('\n'),
    );
    expect(result.diagnostics).toEqual([]);
    const region = result.resources.shown[0]!;
    expect(region.name).toEqual({ en: 'Ireland', es: 'Irlanda' });
    expect(region.resources[0]).toMatchObject({ keyword: 'HELLO', text: '50808' });
  });

  it('names the line of a description in a language that is not a tag, and a keyword with no number', () => {
    const result = parseCrisisResources(
      [
        'regions:',
        '  - id: ie',
        '    name: Ireland',
        '    resources:',
        '      - name: A line',
        '        call: "116 123"',
        '        description: { english!: Free. }',
        '      - name: Another',
        '        call: "999"',
        '        keyword: HELLO',
      ].join('\n'),
    );
    expect(result.diagnostics.map((d) => `${d.line} ${d.code}`)).toEqual([
      '7 resources-invalid',
      '10 resources-invalid',
    ]);
    expect(result.diagnostics[1]?.message).toContain('keyword');
  });

  it('never throws, whatever the text', () => {
    for (const text of [
      '',
      '\uFEFF',
      ':::',
      'regions: 5',
      'regions:\n  - 5\n',
      'regions:\n  - id: x\n    name: y\n    resources: [5]\n',
      '\t\u0000',
    ]) {
      const result = parseCrisisResources(text);
      expect(result.resources.shown.length).toBeGreaterThan(0);
      expect(result.diagnostics.length).toBeGreaterThan(0);
    }
  });
});
