// PLACEHOLDER written by the lead so the compiler builds; the quality-checks engineer replaces this file.
import type { Root } from 'mdast';
import type { Diagnostic } from '../../contract/diagnostics';
export interface QualitySlide { index: number; startLine: number; endLine: number; nodes: Root['children'] }
export interface QualityInput { file: string; source: string; tree: Root; slides: QualitySlide[]; meta: { duration?: number; objectives?: string[]; sources?: string[] } | null }
export function checkQuality(_input: QualityInput): Diagnostic[] { return []; }
