import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  BASE_THEMES,
  CONTRAST_PAIRS,
  contrastRatio,
  pairColours,
  THEME_BASES,
  THEME_FONTS,
  themeViewSchema,
} from '../../contract/theme';
import { loadTheme, parseTheme } from '../../core/theme/load';

const at = (r: { diagnostics: { line: number; column: number; code: string }[] }) =>
  r.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`);

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function contentWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'gw-theme-'));
  temps.push(dir);
  const content = join(dir, 'content');
  mkdirSync(content);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(content, name, '..'), { recursive: true });
    writeFileSync(join(content, name), text);
  }
  return content;
}

const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>';

describe('the shipped themes', () => {
  it.each(THEME_BASES)('%s keeps every colour pair at WCAG AA', (base) => {
    for (const pair of CONTRAST_PAIRS) {
      const [fg, bg] = pairColours(pair, BASE_THEMES[base].colours);
      expect(
        contrastRatio(fg, bg),
        `${pair.foreground} on ${pair.background}`,
      ).toBeGreaterThanOrEqual(pair.minimum);
    }
  });

  it('measures contrast as WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});

describe('theme.yml', () => {
  it('is optional: without it, the default theme with no name and no problem', async () => {
    const theme = await loadTheme(contentWith({}));
    expect(theme).toMatchObject({ base: 'default', name: null, logo: null, diagnostics: [] });
    expect(themeViewSchema.safeParse(theme).success).toBe(true);
  });

  it('chooses the high-contrast base and lays its own colours over it', () => {
    const parsed = parseTheme(
      'base: high-contrast\nfont: Noto Sans\ncolors:\n  accent: "#00305A"\n',
    );
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.theme.base).toBe('high-contrast');
    expect(parsed.theme.colours.background).toBe('#ffffff');
    expect(parsed.theme.colours.accent).toBe('#00305a');
    expect(parsed.theme.font).toBe('noto-sans');
  });

  it('chooses Atkinson Hyperlegible by its name, keeping the Arabic and Hebrew fonts after it', () => {
    const parsed = parseTheme('font: Atkinson Hyperlegible\n');
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.theme.font).toBe('atkinson-hyperlegible');
    expect(THEME_FONTS['atkinson-hyperlegible'].stack).toMatch(
      /^'Atkinson Hyperlegible', 'Noto Sans', 'Noto Sans Arabic', 'Noto Sans Hebrew'/,
    );
  });

  it('names the failing colour pair and its ratio, at the colour the author wrote', () => {
    const parsed = parseTheme('name: Riverside\ncolors:\n  muted: "#9a9a9a"\n');
    expect(at(parsed)).toEqual(['3:10 theme-contrast']);
    const message = parsed.diagnostics[0]!.message;
    expect(message).toContain('muted (#9a9a9a) on background (#faf7f2)');
    expect(message).toMatch(/contrast of 2\.\d\d:1, below the 4\.5:1 needed for quieter text/);
    // Unreadable colours are not used; the rest of the file still is.
    expect(parsed.theme.colours.muted).toBe(BASE_THEMES.default.colours.muted);
    expect(parsed.theme.name).toBe('Riverside');
  });

  it('reports white button text on a light accent', () => {
    const parsed = parseTheme('colors:\n  accent: "#6fa8dc"\n');
    expect(parsed.diagnostics.map((d) => d.message).join('\n')).toContain(
      'white button text (#ffffff) on accent (#6fa8dc)',
    );
  });

  it('reports a wrong field, a colour that is not one and an unknown font at line:column, keeping the rest', () => {
    const parsed = parseTheme(
      'name: Riverside Clinic\ncolour: red\ncolors:\n  text: blue\n  accent: "#164766"\nfont: Comic Sans\n',
    );
    expect(at(parsed)).toEqual(['2:1 theme-invalid', '4:9 theme-invalid', '6:7 theme-invalid']);
    expect(parsed.diagnostics[0]!.message).toContain('"colour" is not a field of theme.yml');
    expect(parsed.diagnostics[1]!.message).toContain('"colors.text" must be a colour');
    expect(parsed.diagnostics[2]!.message).toContain(
      'bundled fonts: Noto Sans, Atkinson Hyperlegible',
    );
    expect(parsed.theme.name).toBe('Riverside Clinic');
    expect(parsed.theme.colours.accent).toBe('#164766');
  });

  it('reports YAML that does not parse, with its position', () => {
    const parsed = parseTheme('name: Riverside\nbase: default\nname: Hillside\n');
    expect(at(parsed)).toEqual(['3:1 theme-yaml']);
    expect(parsed.diagnostics[0]!.file).toBe('theme.yml');
    expect(parsed.theme.base).toBe('default');
  });

  it('inlines a logo that lives inside the content folder', async () => {
    const content = contentWith({
      'theme.yml': 'name: Riverside\nlogo: images/logo.svg\n',
      'images/logo.svg': SVG,
    });
    const theme = await loadTheme(content);
    expect(theme.diagnostics).toEqual([]);
    expect(theme.logo).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(themeViewSchema.safeParse(theme).success).toBe(true);
  });

  it('refuses a logo outside the content folder, through ../ or a symlink, a web address, or a missing file', async () => {
    const content = contentWith({ 'theme.yml': 'logo: ../logo.svg\n' });
    writeFileSync(join(content, '..', 'logo.svg'), SVG);
    const outside = await loadTheme(content);
    expect(outside.logo).toBeNull();
    expect(outside.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual([
      '1:7 theme-logo',
    ]);
    expect(outside.diagnostics[0]!.message).toContain('is outside the content folder');

    symlinkSync(join(content, '..', 'logo.svg'), join(content, 'linked.svg'));
    writeFileSync(join(content, 'theme.yml'), 'logo: linked.svg\n');
    expect((await loadTheme(content)).diagnostics[0]!.message).toContain(
      'outside the content folder',
    );

    writeFileSync(join(content, 'theme.yml'), 'logo: https://example.org/logo.svg\n');
    expect((await loadTheme(content)).diagnostics[0]!.message).toContain('web address');

    writeFileSync(join(content, 'theme.yml'), 'logo: images/none.png\n');
    expect((await loadTheme(content)).diagnostics[0]!.message).toContain('was not found');

    writeFileSync(join(content, 'theme.yml'), 'logo: logo.gif\n');
    expect((await loadTheme(content)).diagnostics[0]!.message).toContain('.svg or .png');
  });
});
