import { describe, expect, it } from 'vitest';
import { parseExportArgs, UsageError, type ArgsContext } from '../../core/export/args';

const context: ArgsContext = {
  cwd: '/work/here',
  env: { LANG: 'en_GB.UTF-8' },
  intlLocale: 'en-US',
};
const parse = (...argv: string[]) => parseExportArgs(argv, context);
const refusal = (...argv: string[]): string => {
  try {
    parse(...argv);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`accepted: ${argv.join(' ')}`);
};

describe('npm run export arguments', () => {
  it('takes lessons and documents, in any order, with the defaults filled in', () => {
    expect(parse('words-matter', '--guide', 'quick-start', '--handout')).toEqual({
      slugs: ['words-matter', 'quick-start'],
      all: false,
      // In the contract's order, whatever the command line's.
      documents: ['handout', 'guide'],
      paper: 'a4',
      paperFrom: 'LANG=en_GB.UTF-8',
      region: null,
      out: null,
      outDir: '/work/here',
      contentDir: null,
      json: false,
      help: false,
    });
  });

  it('resolves --out, --out-dir and --content against the working folder', () => {
    expect(parse('a', '--card', '--out', 'cards/a.pdf')).toMatchObject({
      out: '/work/here/cards/a.pdf',
    });
    expect(
      parse('--all', '--card', '--handout', '--out-dir', '../pdfs', '--content', '/lessons'),
    ).toMatchObject({ all: true, slugs: [], outDir: '/work/pdfs', contentDir: '/lessons' });
  });

  it('takes --paper, --region and --json as given, and a lesson named twice once', () => {
    expect(
      parse('a', 'a', '--card', '--paper', 'Letter', '--region', 'us', '--json'),
    ).toMatchObject({
      slugs: ['a'],
      paper: 'letter',
      paperFrom: '--paper',
      region: 'us',
      json: true,
    });
  });

  it('--help needs nothing else', () => {
    expect(parse('--help').help).toBe(true);
    expect(parse('-h').help).toBe(true);
  });

  it.each([
    [['words-matter'], /Choose what to print: --handout, --guide or --card/],
    [['--handout'], /Name at least one lesson, or give --all/],
    [['a', '--all', '--guide'], /not both \(got a\)/],
    [['a', '--handout', '--paper', 'a5'], /--paper must be a4 or letter, not "a5"/],
    [['a', '--handout', '--paper'], /--paper/],
    [['a', '--card', '--region', 'US!'], /--region must be a region id/],
    [['a', '--handout', '--guide', '--out', 'x.pdf'], /--out names one file.*--out-dir/],
    [['--all', '--handout', '--out', 'x.pdf'], /--out names one file/],
    [['a', '--handout', '--out', 'x.pdf', '--out-dir', 'd'], /not both/],
    [['a', '--handout', '--pages', '3'], /Unknown option '--pages'/],
    [['../etc', '--handout'], /"\.\.\/etc" is not a lesson name/],
  ])('refuses %j with a sentence saying why', (argv, message) => {
    expect(refusal(...argv)).toMatch(message);
  });

  it('does not pass on node:util’s advice about "--", which npm run swallows', () => {
    expect(refusal('a', '--handout', '--nope')).not.toMatch(/To specify/);
  });
});
