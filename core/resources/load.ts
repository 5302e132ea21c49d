import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import type { CrisisNotice } from '../../contract/crisis';
import type { Diagnostic, DiagnosticCode, Severity } from '../../contract/diagnostics';
import { firstLine, issueAt, nodeOffset, type YamlPath as Path } from '../yaml/positions';
import {
  crisisRegionSchema,
  crisisResourceSchema,
  resourcesFileSchema,
  type CrisisRegion,
  type CrisisResource,
  type CrisisResources,
} from './schema';

/** The file's name inside the content folder. */
export const RESOURCES_FILE = 'resources.yml';

/**
 * Shown when the file is missing or cannot be read at all: a person looking
 * for help must never find an empty screen.
 */
export const FALLBACK_REGION: CrisisRegion = {
  id: 'international',
  name: { en: 'Anywhere', es: 'Cualquier lugar' },
  resources: [
    {
      name: { en: 'Your local emergency number', es: 'El número de emergencias local' },
      description: {
        en: 'If someone is in danger right now, call the emergency number where you are or go to the nearest emergency department.',
        es: 'Si alguien está en peligro ahora mismo, llame al número de emergencias de donde esté o vaya a la sala de emergencias más cercana.',
      },
      emergency: true,
    },
  ],
};

export interface CrisisResourcesResult {
  resources: CrisisResources;
  diagnostics: Diagnostic[];
}

function fallback(notice: CrisisNotice): CrisisResources {
  return { region: null, regions: [FALLBACK_REGION], shown: [FALLBACK_REGION], notice };
}

/** Reads `resources.yml` from the content folder. Never throws: problems become diagnostics. */
export async function loadCrisisResources(contentDir: string): Promise<CrisisResourcesResult> {
  let text: string;
  try {
    text = await readFile(join(contentDir, RESOURCES_FILE), 'utf8');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    const message = missing
      ? `There is no ${RESOURCES_FILE} in the content folder, so Groundwork can only say to call the local emergency number. Copy the bundled one and set your region.`
      : `${RESOURCES_FILE} could not be read (${(error as Error).message}), so Groundwork can only say to call the local emergency number.`;
    return {
      resources: fallback(missing ? 'no-file' : 'unusable'),
      diagnostics: [
        {
          file: RESOURCES_FILE,
          line: 1,
          column: 1,
          severity: missing ? 'warning' : 'error',
          code: 'resources-missing',
          message,
        },
      ],
    };
  }
  return parseCrisisResources(text);
}

/** Validates the text of a resources file; pure, so tests need no files. Diagnostics come in file order. */
export function parseCrisisResources(source: string, file = RESOURCES_FILE): CrisisResourcesResult {
  const result = validate(source, file);
  result.diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
  return result;
}

function validate(source: string, file: string): CrisisResourcesResult {
  const text = source.replace(/^\uFEFF/, '');
  const lineCounter = new LineCounter();
  const diagnostics: Diagnostic[] = [];
  const report = (offset: number, severity: Severity, code: DiagnosticCode, message: string) => {
    const { line, col } = lineCounter.linePos(offset);
    diagnostics.push({
      file,
      line: Math.max(1, line),
      column: Math.max(1, col),
      severity,
      code,
      message,
    });
  };
  const unusable: CrisisNotice = 'unusable';

  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const error of doc.errors)
      report(
        error.pos[0],
        'error',
        'resources-yaml',
        `${RESOURCES_FILE} is not valid YAML: ${firstLine(error.message)}`,
      );
    return { resources: fallback(unusable), diagnostics };
  }

  const offsetOf = (path: Path, key?: string) => nodeOffset(doc, path, key);
  const top = resourcesFileSchema.safeParse(doc.toJS());
  if (!top.success) {
    for (const issue of top.error.issues)
      report(
        ...issueAt(issue, [], offsetOf),
        'error',
        'resources-invalid',
        describe(issue, 'The file'),
      );
    return { resources: fallback(unusable), diagnostics };
  }

  const regions: CrisisRegion[] = [];
  top.data.regions.forEach((rawRegion, i) => {
    const regionPath = ['regions', i];
    const parsed = crisisRegionSchema.safeParse(rawRegion);
    if (!parsed.success) {
      const label = `Region ${i + 1}${isRecord(rawRegion) && typeof rawRegion.id === 'string' ? ` ("${rawRegion.id}")` : ''}`;
      for (const issue of parsed.error.issues) {
        report(
          ...issueAt(issue, regionPath, offsetOf),
          'error',
          'resources-invalid',
          `${describe(issue, label)} This region is left out until it is fixed.`,
        );
      }
      return;
    }
    const { id, name } = parsed.data;
    if (regions.some((r) => r.id === id)) {
      report(
        offsetOf([...regionPath, 'id']),
        'error',
        'resources-invalid',
        `Region id "${id}" is used twice; only the first one is shown.`,
      );
      return;
    }
    const resources: CrisisResource[] = [];
    parsed.data.resources.forEach((rawResource, j) => {
      const resourcePath = [...regionPath, 'resources', j];
      const resource = crisisResourceSchema.safeParse(rawResource);
      if (resource.success) {
        resources.push(resource.data);
        return;
      }
      const named =
        isRecord(rawResource) && typeof rawResource.name === 'string'
          ? ` ("${rawResource.name}")`
          : '';
      for (const issue of resource.error.issues) {
        report(
          ...issueAt(issue, resourcePath, offsetOf),
          'error',
          'resources-invalid',
          `${describe(issue, `In region "${id}", resource ${j + 1}${named}`)} This line is left out until it is fixed.`,
        );
      }
    });
    if (resources.length > 0) regions.push({ id, name, resources });
  });

  if (regions.length === 0) return { resources: fallback(unusable), diagnostics };

  const wanted = top.data.region?.trim() || null;
  const selected = wanted ? regions.find((r) => r.id === wanted) : undefined;
  if (selected)
    return {
      resources: { region: selected.id, regions, shown: [selected], notice: null },
      diagnostics,
    };

  const regionOffset = offsetOf([], 'region');
  if (wanted === null) {
    // How Groundwork ships, until staff set it up: a warning, not an error,
    // and the crisis panel says so to everyone too.
    report(
      regionOffset,
      'warning',
      'resources-region',
      `No region is set, so "Get help now" shows every region's crisis lines and someone may find another country's numbers first. Choose the region in the app (the library's "Choose the region") or write region: with one of ${regions.map((r) => r.id).join(', ')}.`,
    );
    return {
      resources: { region: null, regions, shown: regions, notice: 'region-unset' },
      diagnostics,
    };
  }
  report(
    regionOffset,
    'warning',
    'resources-region',
    `The region "${wanted}" is not in the list, so Groundwork shows every region's crisis lines. Known regions: ${regions.map((r) => r.id).join(', ')}.`,
  );
  return {
    resources: { region: null, regions, shown: regions, notice: 'region-unknown' },
    diagnostics,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(issue: z.core.$ZodIssue, where: string): string {
  const field = issue.path.length > 0 ? `"${issue.path.map(String).join('.')}" ` : '';
  if (issue.code === 'unrecognized_keys') {
    return `${where}: ${issue.keys.map((k) => `"${k}"`).join(', ')} is not a field Groundwork knows (fields: name, description, call, text, chat, website, hours, languages, emergency, or for a region: id, name, resources).`;
  }
  if (issue.code === 'invalid_type' && issue.input === undefined)
    return `${where}: ${field}is missing.`;
  return `${where}: ${field}${issue.message}.`.replace(/\.\.$/, '.');
}
