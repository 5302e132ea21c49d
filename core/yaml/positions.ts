import { isMap, isPair, isScalar, type Document } from 'yaml';
import type { z } from 'zod';

/** A path into a parsed YAML document, as zod reports an issue's path. */
export type YamlPath = readonly PropertyKey[];

/**
 * Offset of the node at `path` (of the key `key` inside it, when given),
 * walking up until one exists, so a diagnostic always points somewhere in
 * the author's file. Shared by every YAML file Groundwork reads from the
 * content folder (resources.yml, theme.yml).
 */
export function nodeOffset(doc: Document, path: YamlPath, key?: string): number {
  for (let length = path.length; length >= 0; length--) {
    const node = length === 0 ? doc.contents : doc.getIn(path.slice(0, length) as unknown[], true);
    if (key !== undefined && length === path.length && isMap(node)) {
      const pair = node.items.find(
        (item) => isPair(item) && isScalar(item.key) && item.key.value === key,
      );
      if (pair && isScalar(pair.key) && pair.key.range) return pair.key.range[0];
    }
    if (key !== undefined && length === 0 && isMap(doc.contents)) {
      const pair = doc.contents.items.find((item) => isScalar(item.key) && item.key.value === key);
      if (pair && isScalar(pair.key) && pair.key.range) return pair.key.range[0];
    }
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    if (range) return range[0];
  }
  return 0;
}

/** The first line of a YAML parser message (the rest repeats the source). */
export function firstLine(message: string): string {
  return message.split('\n')[0]?.trim() ?? message;
}

/** The source offset a zod issue points at: the offending value, else its key, else the nearest parent. */
export function issueAt(
  issue: z.core.$ZodIssue,
  prefix: YamlPath,
  offsetOf: (path: YamlPath, key?: string) => number,
): [number] {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'unrecognized_keys') return [offsetOf(path, issue.keys[0])];
  return [offsetOf(path)];
}
