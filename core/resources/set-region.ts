import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { parseCrisisResources, RESOURCES_FILE } from './load';

/**
 * Writes the region staff chose into the content folder's resources.yml
 * (`region:`), keeping the file's comments and layout, so the choice is the
 * same file `npm run check` reads and a clinic can see and share. Null
 * clears it. Refuses a region the file does not list, or a file that is
 * missing or broken: the crisis lines are never rewritten from a guess.
 */
export async function setCrisisRegion(contentDir: string, region: string | null): Promise<void> {
  const path = join(contentDir, RESOURCES_FILE);
  const text = await readFile(path, 'utf8');
  const { resources } = parseCrisisResources(text);
  if (resources.notice === 'unusable') {
    throw new Error(`${RESOURCES_FILE} has mistakes to fix first (run npm run check).`);
  }
  if (region !== null && !resources.regions.some((r) => r.id === region)) {
    throw new Error(`The region "${region}" is not in ${RESOURCES_FILE}.`);
  }
  const doc = parseDocument(text);
  doc.set('region', region);
  // Written beside it and renamed over it: a crash mid-write never leaves half a file.
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, doc.toString());
  await rename(temporary, path);
}
