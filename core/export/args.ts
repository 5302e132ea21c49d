import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { slugSchema } from '../../contract/host-api';
import {
  PAPER_SIZES,
  PRINT_DOCUMENTS,
  type PaperSize,
  type PrintDocument,
} from '../../contract/print';
import { defaultPaper } from './paper';

export const EXPORT_USAGE = `Usage: npm run export -- <lesson...> | --all  --handout --guide --card  [options]

Prints a lesson's participant handout, facilitator guide or help card to
PDF, without opening the app. Choose one or more documents.

  <lesson...>        lesson names (the folder or file name in the content folder)
  --all              every lesson in the content folder
  --handout          the participant handout: the slides, no speaker notes
  --guide            the facilitator guide: notes, timings and a checklist
  --card             the help card: the region's crisis lines
  --paper a4|letter  paper size (default: from the system locale)
  --region ID        crisis lines of this region (an id in resources.yml);
                     default: the region resources.yml sets
  --out FILE         where to write the one document asked for
  --out-dir DIR      folder for the files (default: the current folder);
                     each is named <lesson>-<document>.pdf
  --content DIR      the lessons folder (default: the bundled content/)
  --json             print a JSON report on stdout (everything else on stderr)
  -h, --help         this text

Exit status: 0 when every document was written without errors; 1 when a
document has errors (it is still written, with the problem shown) or could
not be printed; 2 for a usage error or when no browser engine is found.`;

/** A mistake in how the command was called: printed with the usage, exit status 2. */
export class UsageError extends Error {}

export interface ExportArgs {
  /** Lessons named on the command line; empty with `--all`. */
  slugs: string[];
  all: boolean;
  documents: PrintDocument[];
  paper: PaperSize;
  /** How the paper was chosen, for the report. */
  paperFrom: string;
  region: string | null;
  /** `--out`, absolute; null when files go into `outDir` under their own names. */
  out: string | null;
  /** Absolute. */
  outDir: string;
  /** Absolute; null for the bundled lessons. */
  contentDir: string | null;
  json: boolean;
  help: boolean;
}

export interface ArgsContext {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** The runtime's locale (`Intl`), for the default paper. */
  intlLocale: string | undefined;
}

const REGION_ID = /^[a-z0-9][a-z0-9-]*$/;

/** `npm run export -- …`; throws a UsageError with one plain sentence on bad input. */
export function parseExportArgs(argv: readonly string[], context: ArgsContext): ExportArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        handout: { type: 'boolean', default: false },
        guide: { type: 'boolean', default: false },
        card: { type: 'boolean', default: false },
        all: { type: 'boolean', default: false },
        paper: { type: 'string' },
        region: { type: 'string' },
        out: { type: 'string' },
        'out-dir': { type: 'string' },
        content: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    // node:util's messages name the option; drop its advice about "--" (npm eats it).
    throw new UsageError((error as Error).message.replace(/\s*To specify .*$/s, ''));
  }
  const { values, positionals } = parsed;
  const base: Omit<ExportArgs, 'slugs' | 'documents' | 'paper' | 'paperFrom'> = {
    all: values.all,
    region: null,
    out: null,
    outDir: resolve(context.cwd),
    contentDir: values.content !== undefined ? resolve(context.cwd, values.content) : null,
    json: values.json,
    help: values.help,
  };
  if (values.help) {
    return { ...base, slugs: [], documents: [], paper: 'a4', paperFrom: '' };
  }

  const documents = PRINT_DOCUMENTS.filter((document) => values[document]);
  if (documents.length === 0) {
    throw new UsageError('Choose what to print: --handout, --guide or --card (one or more).');
  }

  const slugs = [...new Set(positionals)];
  if (values.all && slugs.length > 0) {
    throw new UsageError(`Name lessons or give --all, not both (got ${slugs.join(', ')}).`);
  }
  if (!values.all && slugs.length === 0) {
    throw new UsageError('Name at least one lesson, or give --all for every lesson.');
  }
  for (const slug of slugs) {
    if (slug.startsWith('-') || !slugSchema.safeParse(slug).success) {
      throw new UsageError(
        `"${slug}" is not a lesson name: use the name of its folder or file in the content folder, without a path.`,
      );
    }
  }

  let paper: PaperSize;
  let paperFrom: string;
  if (values.paper !== undefined) {
    const asked = values.paper.toLowerCase();
    if (!(PAPER_SIZES as readonly string[]).includes(asked)) {
      throw new UsageError(`--paper must be a4 or letter, not "${values.paper}".`);
    }
    paper = asked as PaperSize;
    paperFrom = '--paper';
  } else {
    ({ paper, from: paperFrom } = defaultPaper(context.env, context.intlLocale));
  }

  let region: string | null = null;
  if (values.region !== undefined) {
    if (values.region.length > 64 || !REGION_ID.test(values.region)) {
      throw new UsageError(
        `--region must be a region id from resources.yml (lower-case letters, digits and dashes), not "${values.region}".`,
      );
    }
    region = values.region;
  }

  if (values.out !== undefined && values['out-dir'] !== undefined) {
    throw new UsageError('Give --out FILE for one document or --out-dir DIR, not both.');
  }
  let out: string | null = null;
  if (values.out !== undefined) {
    if (values.all || slugs.length * documents.length !== 1) {
      throw new UsageError(
        '--out names one file, but this asks for several documents: use --out-dir DIR instead.',
      );
    }
    if (values.out.trim() === '') throw new UsageError('--out needs a file name.');
    out = resolve(context.cwd, values.out);
  }
  const outDir =
    values['out-dir'] !== undefined ? resolve(context.cwd, values['out-dir']) : base.outDir;

  return { ...base, slugs, documents, paper, paperFrom, region, out, outDir };
}
