// The contract's public face: the host API (host-api.ts) and the types it carries.
export * from './host-api';
export * from './session';
export type { CrisisRegion, CrisisResource, CrisisResourcesView } from './crisis';
export type { Diagnostic, DiagnosticCode, Severity } from './diagnostics';
export type { LessonMeta, LessonStatus, LessonSummary, LoadedLesson, SlideInfo } from './lesson';
export * from './print';
