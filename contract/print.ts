import { z } from 'zod';
import { diagnosticSchema } from './diagnostics';

/**
 * Handouts: the three documents Groundwork prints, how a print job is
 * asked for, and what the sandboxed stage tells the shell a lesson's slides
 * contain. One print route renders each document (the shell's
 * `#/print/<slug>/<document>`); every engine (Electron's printToPDF, the
 * browser's own print, the CLI's Chromium) prints that route.
 *
 * Lesson code never runs in the printed page. The stage renders the slides
 * in its sandbox and reports them as plain content blocks (text, lists,
 * tables, images as data: URLs, exercises as paper forms); the shell checks
 * them against these schemas and lays them out itself, so a lesson can
 * neither reach the print page nor change its wording (crisis lines,
 * sources, the guide's checklist).
 */

export const PRINT_DOCUMENTS = ['handout', 'guide', 'card'] as const;
export type PrintDocument = (typeof PRINT_DOCUMENTS)[number];

export const PAPER_SIZES = ['a4', 'letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

/** Sheet sizes in millimetres and their CSS `@page size` names. */
export const PAPER = {
  a4: { widthMm: 210, heightMm: 297, css: 'A4' },
  letter: { widthMm: 215.9, heightMm: 279.4, css: 'letter' },
} as const satisfies Record<PaperSize, { widthMm: number; heightMm: number; css: string }>;

/**
 * Countries where Letter is the usual paper (ISO 3166 codes); everywhere
 * else uses A4.
 */
const LETTER_COUNTRIES = new Set([
  'US',
  'CA',
  'MX',
  'PR',
  'PH',
  'CL',
  'CO',
  'VE',
  'CR',
  'GT',
  'PA',
  'SV',
  'NI',
  'DO',
  'BZ',
]);

/** The paper a locale ("en-US", "es_MX.UTF-8", "en-GB") usually prints on. */
export function paperForLocale(locale: string | undefined): PaperSize {
  const region = /^[a-z]{2,3}[-_]([a-z]{2})\b/i.exec(locale?.trim() ?? '')?.[1]?.toUpperCase();
  return region !== undefined && LETTER_COUNTRIES.has(region) ? 'letter' : 'a4';
}

const slug = z.string().min(1).max(200);
/** A crisis region id as content/resources.yml spells it. */
const regionId = z
  .string()
  .max(64)
  .regex(/^[a-z0-9][a-z0-9-]*$/);

/** One print job. `region` overrides the configured region (null: the configured one). */
export const printRequestSchema = z.strictObject({
  slug,
  document: z.enum(PRINT_DOCUMENTS),
  paper: z.enum(PAPER_SIZES),
  region: regionId.nullable(),
});
export type PrintRequest = z.infer<typeof printRequestSchema>;

/**
 * The hash route of a print job, shared by the shell's router, Electron and
 * the CLI. `auto` opens the browser's print dialog once the page is ready
 * (the browser host's "Print handouts…").
 */
export function printHash(request: PrintRequest, options: { auto?: boolean } = {}): string {
  const query = new URLSearchParams({ paper: request.paper });
  if (request.region !== null) query.set('region', request.region);
  if (options.auto === true) query.set('auto', '1');
  return `#/print/${encodeURIComponent(request.slug)}/${request.document}?${query.toString()}`;
}

/**
 * What the print page answers once it is ready to print, or once it knows it
 * cannot be: `window[PRINT_GLOBAL]` is a promise of this, set as the page
 * starts. Engines await it (Playwright's `evaluate`, Electron's
 * `executeJavaScript`) and print only on `ready: true`; nothing prints
 * after a timeout.
 */
export const printOutcomeSchema = z.strictObject({
  ready: z.boolean(),
  document: z.enum(PRINT_DOCUMENTS),
  paper: z.enum(PAPER_SIZES),
  /** Pages the layout made (the PDF must have exactly these). */
  pages: z.number().int().min(0),
  /** The lesson's title and language, for the file name and the PDF's `lang`. */
  title: z.string(),
  language: z.string(),
  /** Problems found on the way: a slide that threw, one too long for its page. */
  diagnostics: z.array(diagnosticSchema),
  /** Why the page cannot print, when `ready` is false. */
  failure: z.string().nullable(),
});
export type PrintOutcome = z.infer<typeof printOutcomeSchema>;

export const PRINT_GLOBAL = 'groundworkPrint';

/** The file name a document is offered under: `coping-strategies-handout.pdf`. */
export function printFileName(slugName: string, document: PrintDocument): string {
  const base = slugName.replace(/\.mdx?$/i, '').replace(/[^A-Za-z0-9._-]+/g, '-');
  return `${base || 'lesson'}-${document}.pdf`;
}

/**
 * Every bound of what the stage may report, defined once: the stage's
 * reader stops at them and the shell's schema refuses anything beyond.
 */
export const PRINT_LIMITS = {
  slides: 2_000,
  blocksPerSlide: 400,
  runsPerBlock: 400,
  textLength: 8_000,
  /** Lists in lists in quotes in callouts: a real slide stays far below this. */
  depth: 8,
  listItems: 200,
  tableRows: 100,
  tableColumns: 12,
  /** An inlined image (`data:` URL), in characters. */
  imageLength: 8_000_000,
  /** Everything a slide reports, in characters of JSON. */
  slideChars: 12_000_000,
  formEntries: 40,
  formLines: 24,
  /**
   * How long the hidden stage may take to render every slide. A lesson that
   * keeps suspending answers pings and is never "hung", so this bound is what
   * ends the wait; it fails the document, it never prints a partial one.
   */
  stageReadMs: 120_000,
} as const;
const P = PRINT_LIMITS;

const text = z.string().max(P.textLength);
export const INLINE_MARKS = ['strong', 'em', 'code'] as const;

/** A run of text with its emphasis; a line break is `\n` in the text. */
export const inlineRunSchema = z.strictObject({
  text,
  marks: z.array(z.enum(INLINE_MARKS)).max(INLINE_MARKS.length),
});
export type InlineRun = z.infer<typeof inlineRunSchema>;
const runs = z.array(inlineRunSchema).max(P.runsPerBlock);

/**
 * The paper form of an exercise: what a person fills in by hand. Each
 * exercise defines its own (renderer/stage/exercises), from its checked
 * props and in the lesson's language.
 */
export const paperPartSchema = z.discriminatedUnion('kind', [
  /** A sentence to read: a question, a statement, an instruction. */
  z.strictObject({ kind: z.literal('text'), text }),
  /** Tick boxes, one per option; `multiple` says whether more than one may be ticked. */
  z.strictObject({
    kind: z.literal('choices'),
    options: z.array(text).min(1).max(P.formEntries),
    multiple: z.boolean(),
  }),
  /** Ruled lines to write on, with an optional label above them. */
  z.strictObject({
    kind: z.literal('lines'),
    label: text.nullable(),
    count: z.number().int().min(1).max(P.formLines),
  }),
  /** A table with a tick cell for every row and column (a card sort). */
  z.strictObject({
    kind: z.literal('grid'),
    rows: z.array(text).min(1).max(P.formEntries),
    columns: z.array(text).min(1).max(P.tableColumns),
  }),
  /** Numbered steps to follow (breathing, grounding). */
  z.strictObject({ kind: z.literal('steps'), steps: z.array(text).min(1).max(P.formEntries) }),
  /** Boxes to circle along a scale, with what its ends mean. */
  z.strictObject({
    kind: z.literal('scale'),
    points: z.array(text).min(2).max(P.formEntries),
    low: text.nullable(),
    high: text.nullable(),
  }),
]);
export type PaperPart = z.infer<typeof paperPartSchema>;

export const paperFormSchema = z.strictObject({
  /** The exercise's name as people know it: "Poll", "Reflection", "My plan". */
  title: text,
  parts: z.array(paperPartSchema).min(1).max(P.formEntries),
  /**
   * For the facilitator guide only: how to run it in the room, the answer
   * of a quiz. Never on the participant handout.
   */
  facilitator: z.array(text).max(P.formEntries),
  /** A big form (a whole plan) needs a page of its own on the handout. */
  size: z.enum(['small', 'large']),
});
export type PaperForm = z.infer<typeof paperFormSchema>;

export const CALLOUT_KINDS = ['info', 'tip', 'warning', 'support'] as const;

/** A data: URL of an image the compiler inlined; nothing else can be loaded in print. */
const imageSource = z
  .string()
  .max(P.imageLength)
  .regex(/^data:image\/(png|jpeg|gif|webp|svg\+xml);base64,[A-Za-z0-9+/]*={0,2}$/);

export type PrintBlock =
  | { type: 'heading'; level: 1 | 2 | 3; runs: InlineRun[] }
  | { type: 'paragraph'; runs: InlineRun[] }
  | { type: 'list'; ordered: boolean; items: PrintBlock[][] }
  | { type: 'quote'; blocks: PrintBlock[] }
  | {
      type: 'callout';
      kind: (typeof CALLOUT_KINDS)[number];
      title: string | null;
      blocks: PrintBlock[];
    }
  | { type: 'content-note'; blocks: PrintBlock[] }
  | { type: 'image'; src: string; alt: string }
  | { type: 'table'; rows: InlineRun[][][]; header: boolean }
  | { type: 'code'; text: string }
  | { type: 'rule' }
  | { type: 'paper'; form: PaperForm }
  /** Something on the slide that could not be shown (an exercise's prop error). */
  | { type: 'problem'; text: string };

function blocksAt(depth: number): z.ZodType<PrintBlock[]> {
  const inner: z.ZodType<PrintBlock[]> =
    depth >= P.depth ? z.array(z.never()).max(0) : z.lazy(() => blocksAt(depth + 1));
  const block = z.discriminatedUnion('type', [
    z.strictObject({
      type: z.literal('heading'),
      level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
      runs,
    }),
    z.strictObject({ type: z.literal('paragraph'), runs }),
    z.strictObject({
      type: z.literal('list'),
      ordered: z.boolean(),
      items: z.array(inner).max(P.listItems),
    }),
    z.strictObject({ type: z.literal('quote'), blocks: inner }),
    z.strictObject({
      type: z.literal('callout'),
      kind: z.enum(CALLOUT_KINDS),
      title: text.nullable(),
      blocks: inner,
    }),
    z.strictObject({ type: z.literal('content-note'), blocks: inner }),
    z.strictObject({ type: z.literal('image'), src: imageSource, alt: text }),
    z.strictObject({
      type: z.literal('table'),
      rows: z.array(z.array(runs).max(P.tableColumns)).max(P.tableRows),
      header: z.boolean(),
    }),
    z.strictObject({ type: z.literal('code'), text }),
    z.strictObject({ type: z.literal('rule') }),
    z.strictObject({ type: z.literal('paper'), form: paperFormSchema }),
    z.strictObject({ type: z.literal('problem'), text }),
  ]);
  return z.array(block).max(P.blocksPerSlide) as z.ZodType<PrintBlock[]>;
}

export const printBlocksSchema: z.ZodType<PrintBlock[]> = blocksAt(0);

/** One slide as the stage read it; `error` is the message when the slide threw. */
export const printSlideSchema = z.strictObject({
  index: z.number().int().min(0).max(100_000),
  blocks: printBlocksSchema,
  error: text.nullable(),
});
export type PrintSlide = z.infer<typeof printSlideSchema>;

/** What the stage posts after rendering every slide for print. */
export const printContentSchema = z.strictObject({
  /** The lesson could not be evaluated at all: why. */
  lessonError: text.nullable(),
  slides: z.array(printSlideSchema).max(P.slides),
});
export type PrintContent = z.infer<typeof printContentSchema>;
