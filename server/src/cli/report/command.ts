// `corroborate report [--corpus PATH]... [--out DIR] [--cache DIR] [--jobs N] [--no-config] [--] FILE|FOLDER|GLOB...`
// Writes a static HTML report: a class page, a page per draft and a page per source.
// Exit 0: the report was written; 2: usage error, a --corpus or --out that cannot be used, or
// nothing could be checked (reason on stderr).
import path from 'node:path';
import { parseArgs } from 'node:util';
import { missingCorpusPath } from '../../corpus/sources.js';
import { readDrafts, type CheckOptions } from '../main.js';
import { buildReport } from './build.js';
import { outDirProblem } from './outDir.js';

export const REPORT_USAGE = `Usage: corroborate report [--corpus PATH]... [--out DIR] [--cache DIR] [--jobs N] [--] FILE|FOLDER|GLOB...

Checks the drafts and writes a static HTML report that opens from disk in any browser: a class
page (a row per draft), a page per draft (its text with each checked value marked) and a page per
source. A FOLDER stands for every .md file below it; a GLOB (quote it) for the files it matches.

Options:
  --corpus PATH     a folder or file of .md/.txt sources (repeatable); replaces the bundled corpus
  --out DIR         where to write the report (default: corroborate-report); a new or empty folder,
                    or one holding an earlier report, whose pages are replaced
  --cache DIR       keep the corpus index in DIR, as "check --cache" does
  --jobs N          check drafts in N threads (default: one per core for 8 drafts or more)
  --no-config       ignore .corroborate.json files
  -h, --help        show this help

Exit status: 0 report written, 2 usage error or nothing could be checked.`;

const OPTIONS = {
  corpus: { type: 'string', multiple: true },
  out: { type: 'string' },
  cache: { type: 'string' },
  jobs: { type: 'string' },
  'no-config': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

class UsageError extends Error {}

function readOptions(argv: string[]) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help' as const;
  if (values.jobs !== undefined && !/^[1-9]\d{0,2}$/.test(values.jobs)) throw new UsageError(`--jobs must be a whole number from 1, not "${values.jobs}"`);
  for (const name of ['out', 'cache'] as const) if (values[name] === '') throw new UsageError(`--${name} needs a value`);
  if (positionals.includes('-')) throw new UsageError('report reads drafts from files, not from standard input');
  if (positionals.length === 0) throw new UsageError('no drafts to report on; give Markdown files, folders or globs');
  return {
    corpus: values.corpus ?? [],
    out: values.out ?? 'corroborate-report',
    cache: values.cache,
    jobs: values.jobs === undefined ? undefined : Number(values.jobs),
    useConfig: !values['no-config'],
    inputs: positionals,
  };
}

/** Runs `report` (argv after the command). */
export async function reportCommand(argv: string[], stdout: NodeJS.WritableStream, stderr: NodeJS.WritableStream): Promise<number> {
  let options: ReturnType<typeof readOptions>;
  try {
    options = readOptions(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    stderr.write(`corroborate: ${error.message}\n${REPORT_USAGE}\n`);
    return 2;
  }
  if (options === 'help') {
    stdout.write(REPORT_USAGE + '\n');
    return 0;
  }
  const missing = await missingCorpusPath(options.corpus);
  if (missing) {
    stderr.write(`corroborate: --corpus ${missing.path}: ${missing.reason}\n`);
    return 2;
  }
  const outProblem = await outDirProblem(options.out);
  if (outProblem) {
    stderr.write(`corroborate: --out ${options.out}: ${outProblem}\n`);
    return 2;
  }
  const warn = (message: string) => stderr.write(`corroborate: warning: ${message}\n`);
  const skip = (file: string, reason: string) => stderr.write(`corroborate: ${file}: ${reason}; skipped\n`);
  // Files, folders and globs as `check` takes them (one expansion, one reading of the drafts).
  const checkOptions: CheckOptions = { corpus: options.corpus, useConfig: options.useConfig, files: options.inputs, format: 'text', quiet: false, failOn: 4, ignore: [] };
  const { drafts, unreadable } = await readDrafts(checkOptions, { cwd: process.cwd(), stdin: process.stdin, warn, skip });
  if (drafts.length === 0) {
    stderr.write(`corroborate: nothing could be checked${unreadable > 0 ? ` (${unreadable} skipped)` : ''}; no report written\n`);
    return 2;
  }
  const reportDrafts = drafts.map((d) => ({ file: d.file, text: d.text, severity: d.settings.severity, sourcePaths: d.sourcePaths, options: { dismissed: d.dismissed, bibliography: d.bibliography } }));
  const written = await buildReport(reportDrafts, { out: options.out, cache: options.cache, jobs: options.jobs, warn });
  stdout.write(`Report written: ${path.join(options.out, 'index.html')} (${written.drafts} draft${written.drafts === 1 ? '' : 's'}, ${written.sources} source${written.sources === 1 ? '' : 's'})\n`);
  return 0;
}
