import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, sep } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import type { Diagnostic, DiagnosticCode } from '../../contract/diagnostics';
import {
  BASE_THEMES,
  CONTRAST_PAIRS,
  contrastRatio,
  MAX_LOGO_BYTES,
  pairColours,
  THEME_COLOUR_NAMES,
  THEME_COLOURS,
  type ThemeColours,
  type ThemeView,
} from '../../contract/theme';
import { firstLine, issueAt, nodeOffset, type YamlPath } from '../yaml/positions';
import { THEME_FIELDS, themeFileSchema, type ThemeFile } from './schema';

/** The file's name inside the content folder. */
export const THEME_FILE = 'theme.yml';

const LOGO_TYPES: Record<string, string> = { '.svg': 'image/svg+xml', '.png': 'image/png' };

/** A checked theme.yml, before its logo file is read: pure, so tests need no files. */
export interface ParsedTheme {
  theme: Omit<ThemeView, 'logo' | 'diagnostics'>;
  /** The logo path as written, and where, for the file checks that need the disk. */
  logo: { path: string; line: number; column: number } | null;
  diagnostics: Diagnostic[];
}

/**
 * Reads `theme.yml` from the content folder. Never throws: a missing file is
 * the shipped default, and every problem is a diagnostic while the parts
 * that are right still apply.
 */
export async function loadTheme(contentDir: string): Promise<ThemeView> {
  let text: string;
  try {
    text = await readFile(join(contentDir, THEME_FILE), 'utf8');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    const parsed = parseTheme('');
    const diagnostics: Diagnostic[] = missing
      ? []
      : [
          at(
            1,
            1,
            'theme-invalid',
            `${THEME_FILE} could not be read (${(error as Error).message}), so the default theme is used.`,
          ),
        ];
    return { ...parsed.theme, logo: null, diagnostics };
  }
  const parsed = parseTheme(text);
  const logo = parsed.logo ? await readLogo(contentDir, parsed.logo) : null;
  const diagnostics = [...parsed.diagnostics];
  if (logo && 'problem' in logo) diagnostics.push(logo.problem);
  diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
  return {
    ...parsed.theme,
    logo: logo && 'dataUrl' in logo ? logo.dataUrl : null,
    diagnostics,
  };
}

function at(line: number, column: number, code: DiagnosticCode, message: string): Diagnostic {
  return { file: THEME_FILE, line, column, severity: 'error', code, message };
}

/** Checks the text of a theme file: its YAML, its fields, its logo path and its colours' contrast. */
export function parseTheme(source: string): ParsedTheme {
  const text = source.replace(/^\uFEFF/, '');
  const lineCounter = new LineCounter();
  const diagnostics: Diagnostic[] = [];
  const report = (offset: number, code: DiagnosticCode, message: string): void => {
    const { line, col } = lineCounter.linePos(offset);
    diagnostics.push(at(Math.max(1, line), Math.max(1, col), code, message));
  };
  const fallback = (): ParsedTheme => ({
    theme: {
      base: 'default',
      name: null,
      colours: BASE_THEMES.default.colours,
      font: BASE_THEMES.default.font,
    },
    logo: null,
    diagnostics,
  });

  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const error of doc.errors)
      report(
        error.pos[0],
        'theme-yaml',
        `${THEME_FILE} is not valid YAML, so the default theme is used: ${firstLine(error.message)}`,
      );
    return fallback();
  }
  const offsetOf = (path: YamlPath, key?: string): number => nodeOffset(doc, path, key);

  // Each field on its own: one wrong colour leaves the name, logo and other colours working.
  const raw: unknown = doc.toJS();
  const file: ThemeFile = {};
  if (raw !== null && raw !== undefined) {
    if (typeof raw !== 'object' || Array.isArray(raw)) {
      report(
        offsetOf([]),
        'theme-invalid',
        `${THEME_FILE} must be a list of fields (${THEME_FIELDS.join(', ')}), so the default theme is used.`,
      );
      return fallback();
    }
    const record = raw as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (!(THEME_FIELDS as readonly string[]).includes(key)) {
        report(
          offsetOf([], key),
          'theme-invalid',
          `"${key}" is not a field of ${THEME_FILE} (fields: ${THEME_FIELDS.join(', ')}); it is ignored.`,
        );
        continue;
      }
      const field = themeFileSchema.unwrap().shape[key as keyof ThemeFile];
      const result = (field as z.ZodType).safeParse(record[key]);
      if (result.success) {
        Object.assign(file, { [key]: result.data });
        continue;
      }
      for (const issue of result.error.issues)
        report(...issueAt(issue, [key], offsetOf), 'theme-invalid', describe(key, issue));
      // A colour map with one bad entry keeps its good ones.
      if (key === 'colors') file.colors = goodColours(record[key]);
    }
  }

  const base = file.base ?? 'default';
  const colours: ThemeColours = { ...BASE_THEMES[base].colours };
  for (const name of THEME_COLOUR_NAMES) {
    const value = file.colors?.[name];
    if (value !== undefined) colours[name] = value;
  }

  // Every pair the app draws must be readable; a theme that fails one falls back to its base's colours.
  let readable = true;
  for (const pair of CONTRAST_PAIRS) {
    const [fg, bg] = pairColours(pair, colours);
    const ratio = contrastRatio(fg, bg);
    if (ratio >= pair.minimum) continue;
    readable = false;
    const written = [pair.foreground, pair.background].find(
      (name) => name !== 'onAccent' && file.colors?.[name] !== undefined,
    );
    const fgName =
      pair.foreground === 'onAccent' ? `white button text (${fg})` : `${pair.foreground} (${fg})`;
    report(
      written ? offsetOf(['colors', written]) : offsetOf([], 'base'),
      'theme-contrast',
      `The colours ${fgName} on ${pair.background} (${bg}) have a contrast of ${ratio.toFixed(2)}:1, below the ${pair.minimum}:1 needed for ${pair.use} (WCAG AA), so ${THEME_FILE}'s colours are not used. Make ${describePair(pair.foreground, pair.background)} further apart in lightness.`,
    );
  }

  let logo: ParsedTheme['logo'] = null;
  if (file.logo !== undefined) {
    const { line, col } = lineCounter.linePos(offsetOf(['logo']));
    logo = { path: file.logo, line: Math.max(1, line), column: Math.max(1, col) };
  }

  return {
    theme: {
      base,
      name: file.name ?? null,
      colours: readable ? colours : BASE_THEMES[base].colours,
      font: file.font ?? BASE_THEMES[base].font,
    },
    logo,
    diagnostics,
  };
}

function describePair(foreground: string, background: string): string {
  const name = (key: string): string =>
    key === 'onAccent' ? 'white' : THEME_COLOURS[key as keyof typeof THEME_COLOURS].describe;
  return `${name(foreground)} and ${name(background)}`;
}

function describe(key: string, issue: z.core.$ZodIssue): string {
  const inner = issue.path.map(String).join('.');
  const field = inner ? `${key}.${inner}` : key;
  if (issue.code === 'unrecognized_keys') {
    return `"${key}" has ${issue.keys.map((k) => `"${k}"`).join(', ')}, which ${THEME_FILE} does not know (colors: ${THEME_COLOUR_NAMES.join(', ')}); it is ignored.`;
  }
  return `"${field}" ${issue.message}; it is ignored.`;
}

function goodColours(value: unknown): ThemeFile['colors'] {
  if (typeof value !== 'object' || value === null) return undefined;
  const good: Record<string, string> = {};
  const field = themeFileSchema.unwrap().shape.colors.unwrap().shape;
  for (const name of THEME_COLOUR_NAMES) {
    const result = field[name].safeParse((value as Record<string, unknown>)[name]);
    if (result.success && result.data !== undefined) good[name] = result.data;
  }
  return good;
}

/**
 * The logo as a data: URL, or why not. It must be an .svg or .png file inside
 * the content folder (its real path, so a symlink cannot lead out of it):
 * the views never load anything by path, and nothing comes from the network.
 */
async function readLogo(
  contentDir: string,
  logo: NonNullable<ParsedTheme['logo']>,
): Promise<{ dataUrl: string } | { problem: Diagnostic }> {
  const problem = (message: string): { problem: Diagnostic } => ({
    problem: at(logo.line, logo.column, 'theme-logo', `The logo "${logo.path}" ${message}`),
  });
  if (/^[a-z][a-z0-9+.-]*:/i.test(logo.path) && !/^[a-z]:[\\/]/i.test(logo.path))
    return problem(
      'is a web address; Groundwork works offline, so the logo must be a file inside the content folder, e.g. logo: images/logo.svg.',
    );
  if (isAbsolute(logo.path))
    return problem(
      'is a full path; write it relative to the content folder, e.g. logo: images/logo.svg.',
    );
  const type = LOGO_TYPES[extname(logo.path).toLowerCase()];
  if (type === undefined) return problem('must be an .svg or .png file.');
  let root: string;
  let real: string;
  try {
    root = await realpath(contentDir);
    real = await realpath(join(contentDir, logo.path));
  } catch {
    return problem('was not found in the content folder.');
  }
  const inside = relative(root, real);
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside))
    return problem(
      'is outside the content folder; put the file inside it, e.g. content/images/logo.svg.',
    );
  const info = await stat(real);
  if (!info.isFile()) return problem('is not a file.');
  if (info.size > MAX_LOGO_BYTES)
    return problem(
      `is ${Math.round(info.size / 1024)} KB; a logo may be at most ${MAX_LOGO_BYTES / 1024} KB.`,
    );
  const bytes = await readFile(real);
  return { dataUrl: `data:${type};base64,${bytes.toString('base64')}` };
}
