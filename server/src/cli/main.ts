// `corroborate check [OPTION]... [--] FILE|FOLDER|GLOB|-...` (USAGE below says every option).
// Exit 0: no findings (or none at --fail-on's level); 1: findings; 2: usage error, a --corpus that
// does not exist, or nothing could be checked (the reason on stderr).
import { corpusIndexer } from '../corpus/indexer.js';
import { promises as fs, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CONFIG_FILE, findConfigFile, loadConfigFile, DEFAULT_SETTINGS, type CorroborateSettings } from '../config.js';
import { BibliographyFiles } from '../bibliography/files.js';
import { draftBibliographies } from '../bibliography/frontMatter.js';
import { bundledCorpusDir, missingCorpusPath } from '../corpus/sources.js';
import { ignoreMatchers, ignorePattern, type IgnoreMatcher } from '../corpus/glob.js';
import { dismissalsOf } from '../dismissed.js';
import { availableCores } from '../corpus/indexWorkers.js';
import { type BibliographyEntry, type Dismissal, type Severity } from '../engine/index.js';
import { isInside, resolveSources } from '../lsp/sourcePaths.js';
import { checkJob, type CheckJob } from './checkJob.js';
import { explainCommand } from './explain.js';
import { formatJson, formatText, type FileResult } from './format.js';
import { expandInputs, STDIN, type DraftInput } from './inputs.js';
import { buildSarif, type RunNotification, type SourceRoot } from './sarif.js';
import { runInThreads } from './threads.js';

const USAGE = `Usage: corroborate check [OPTION]... [--] FILE|FOLDER|GLOB|-...
       corroborate explain [--corpus PATH]... FILE[:LINE[:COL]]
       corroborate report [--corpus PATH]... [--out DIR] FILE|FOLDER|GLOB...   (see corroborate report --help)

Checks Markdown drafts against a corpus of sources and reports claims that disagree with the
sources, that the sources disagree about, that no source addresses, or that carry no citation.

What to check:
  FILE              a Markdown draft
  FOLDER            every Markdown file below it (hidden folders and node_modules left out)
  GLOB              a pattern, quoted or not: "submissions/**/*.md"
  -                 the draft on standard input
  --stdin-filename NAME
                    the name of the draft on standard input, for messages and .corroborate.json
  --ignore PATTERN  leave out drafts that match (repeatable; as in .gitignore: "late/", "*.notes.md")

Sources:
  --corpus PATH     a folder or file of .md/.txt sources (repeatable); replaces the bundled corpus
                    and any sources named in .corroborate.json
  --cache DIR       keep the corpus index in DIR (created if need be): a later run with the same
                    sources, or with a few changed, reads it instead of indexing them again
  --no-config       ignore .corroborate.json files

Output:
  -f, --format FORMAT
                    text (default), json (LSP diagnostics per file) or sarif (SARIF 2.1.0)
  -o, --output FILE write the report to FILE instead of standard output
  -q, --quiet       report warnings and errors only
  --jobs N          check drafts in N threads (default: one per core for 8 drafts or more)

Exit status:
  --fail-on LEVEL   exit 1 only for findings at LEVEL or above: error, warning, information, hint
                    (default: any finding; error when --max-warnings is given)
  --max-warnings N  also exit 1 when there are more than N warnings

  -h, --help        show this help
  -v, --version     show the version

Exit status: 0 no findings (at --fail-on's level), 1 findings, 2 a usage error or nothing could be checked.`;

type Format = 'text' | 'json' | 'sarif';

export interface CheckOptions {
  corpus: string[];
  cache?: string;
  jobs?: number;
  format: Format;
  output?: string;
  quiet: boolean;
  /** The least severe level that makes the exit status 1 (1 error … 4 hint). */
  failOn: Severity;
  maxWarnings?: number;
  ignore: string[];
  stdinFilename?: string;
  useConfig: boolean;
  files: string[];
}

class UsageError extends Error {}

const LEVELS: Record<string, Severity> = { error: 1, warning: 2, information: 3, info: 3, hint: 4 };

/** A parseArgs error in this command's words. */
function usageMessage(error: Error & { code?: string }): string {
  const option = /'(-[^' ,<]+)(?:, (--[^' <]+))?/.exec(error.message);
  const flag = option?.[2] ?? option?.[1] ?? 'an option';
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option "${flag}" (see "corroborate check --help"; a file named so goes after "--")`;
  if (/does not take an argument/.test(error.message)) return `${flag} takes no value`;
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `${flag} needs a value (write ${flag}=VALUE for one that starts with "-")`;
  return error.message;
}

function parseCheckArgs(argv: string[]): CheckOptions | 'help' | 'version' {
  const command = argv[0];
  if (command === '-h' || command === '--help' || command === 'help') return 'help';
  if (command === '-v' || command === '--version') return 'version';
  if (command !== 'check') throw new UsageError(command ? `unknown command "${command}"; try "corroborate check FILE..."` : 'missing command; try "corroborate check FILE..."');
  let parsed;
  try {
    parsed = parseArgs({
      args: argv.slice(1),
      allowPositionals: true,
      strict: true,
      options: {
        corpus: { type: 'string', multiple: true },
        cache: { type: 'string' },
        jobs: { type: 'string' },
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        quiet: { type: 'boolean', short: 'q' },
        'fail-on': { type: 'string' },
        'max-warnings': { type: 'string' },
        ignore: { type: 'string', multiple: true },
        'stdin-filename': { type: 'string' },
        'no-config': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError(usageMessage(error as Error));
  }
  const v = parsed.values;
  if (v.help) return 'help';
  if (v.version) return 'version';
  const nonEmpty = (flag: string, value: string | undefined) => {
    if (value !== undefined && value.trim() === '') throw new UsageError(`--${flag} needs a value`);
    return value;
  };
  for (const c of v.corpus ?? []) nonEmpty('corpus', c);
  for (const i of v.ignore ?? []) nonEmpty('ignore', i);
  const format = v.format ?? 'text';
  if (format !== 'text' && format !== 'json' && format !== 'sarif') throw new UsageError(`--format must be text, json or sarif, not "${format}"`);
  if (v.jobs !== undefined && !/^[1-9]\d{0,2}$/.test(v.jobs)) throw new UsageError(`--jobs must be a whole number from 1, not "${v.jobs}"`);
  const failOnWord = v['fail-on'];
  if (failOnWord !== undefined && LEVELS[failOnWord.toLowerCase()] === undefined) {
    throw new UsageError(`--fail-on must be error, warning, information or hint, not "${failOnWord}"`);
  }
  const maxWarnings = v['max-warnings'];
  if (maxWarnings !== undefined && !/^\d{1,9}$/.test(maxWarnings)) throw new UsageError(`--max-warnings must be a whole number from 0, not "${maxWarnings}"`);
  const files = parsed.positionals;
  if (files.length === 0) throw new UsageError('no files to check; give Markdown files, folders or globs, or - for standard input');
  const stdinFilename = nonEmpty('stdin-filename', v['stdin-filename']);
  if (stdinFilename !== undefined && !files.includes(STDIN)) throw new UsageError('--stdin-filename names the draft read from standard input: give - among the files');
  return {
    corpus: v.corpus ?? [],
    cache: nonEmpty('cache', v.cache),
    jobs: v.jobs === undefined ? undefined : Number(v.jobs),
    format,
    output: nonEmpty('output', v.output),
    quiet: v.quiet ?? false,
    // ESLint's rule: with --max-warnings, warnings fail by their number, so only errors fail by being there.
    failOn: failOnWord !== undefined ? LEVELS[failOnWord.toLowerCase()]! : maxWarnings !== undefined ? 1 : 4,
    maxWarnings: maxWarnings === undefined ? undefined : Number(maxWarnings),
    ignore: v.ignore ?? [],
    stdinFilename,
    useConfig: !v['no-config'],
    files,
  };
}

function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(path.join(bundledCorpusDir(), '..', 'package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

interface Draft {
  input: DraftInput;
  file: string;
  text: string;
  settings: CorroborateSettings;
  sourcePaths: string[];
  /** The findings its .corroborate.json dismissed: not reported. */
  dismissed: Dismissal[];
  /** The entries of its bibliographies (its .corroborate.json's and its front matter's). */
  bibliography: readonly BibliographyEntry[];
}

/** Reads a draft, or says in one line why it cannot be checked. */
async function readDraft(file: string, maxBytes: number): Promise<{ text: string } | { reason: string }> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { reason: code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? 'error'})` };
  }
  if (stat.isDirectory()) return { reason: 'is a folder, not a file' };
  // A fifo or a device would block the read for ever, or never end.
  if (!stat.isFile()) return { reason: 'is not a regular file' };
  if (stat.size > maxBytes) return { reason: `${stat.size} bytes is over the ${maxBytes}-byte limit` };
  try {
    return decodeDraft(await fs.readFile(file), maxBytes);
  } catch (error) {
    return { reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  }
}

/** Reads the draft on standard input (to its end, but no further than the size limit). */
async function readStdin(stdin: NodeJS.ReadableStream, maxBytes: number): Promise<{ text: string } | { reason: string }> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stdin) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      size += buffer.length;
      if (size > maxBytes) return { reason: `over the ${maxBytes}-byte limit` };
      chunks.push(buffer);
    }
  } catch (error) {
    return { reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` };
  }
  return decodeDraft(Buffer.concat(chunks), maxBytes);
}

function decodeDraft(buffer: Buffer, maxBytes: number): { text: string } | { reason: string } {
  if (buffer.length === 0) return { reason: 'is empty' };
  if (buffer.length > maxBytes) return { reason: `${buffer.length} bytes is over the ${maxBytes}-byte limit` };
  if (buffer.subarray(0, 8192).includes(0)) return { reason: 'looks like a binary file' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buffer) };
  } catch {
    return { reason: 'is not UTF-8 text' };
  }
}

export interface CheckIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin?: NodeJS.ReadableStream;
  cwd?: string;
}

export async function main(argv: string[], stdout: NodeJS.WritableStream, stderr: NodeJS.WritableStream, stdin: NodeJS.ReadableStream = process.stdin): Promise<number> {
  if (argv[0] === 'explain') return explainCommand(argv.slice(1), stdout, stderr);
  // (Loaded only when asked for: check need not load the HTML renderer.)
  if (argv[0] === 'report') return (await import('./report/command.js')).reportCommand(argv.slice(1), stdout, stderr);
  let options: CheckOptions | 'help' | 'version';
  try {
    options = parseCheckArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      stderr.write(`corroborate: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  if (options === 'help') {
    stdout.write(USAGE + '\n');
    return 0;
  }
  if (options === 'version') {
    stdout.write(version() + '\n');
    return 0;
  }
  return check(options, { stdout, stderr, stdin });
}

/** Runs `check` with parsed options. */
export async function check(options: CheckOptions, io: CheckIo): Promise<number> {
  const { stdout, stderr } = io;
  const cwd = io.cwd ?? process.cwd();
  const corpus = options.corpus.map((c) => path.resolve(cwd, c));
  const missing = await missingCorpusPath(corpus);
  if (missing) {
    stderr.write(`corroborate: --corpus ${options.corpus[corpus.indexOf(missing.path)] ?? missing.path}: ${missing.reason}\n`);
    return 2;
  }
  // What is said on stderr is also said in SARIF's invocation.
  const notifications: RunNotification[] = [];
  const warn = (message: string) => {
    notifications.push({ level: 'warning', message });
    stderr.write(`corroborate: warning: ${message}\n`);
  };
  const skip = (file: string, reason: string, level: RunNotification['level'] = 'error') => {
    notifications.push({ level, file, message: reason });
    stderr.write(`corroborate: ${file}: ${reason}; skipped\n`);
  };
  const read = await readDrafts(options, { cwd, stdin: io.stdin ?? process.stdin, warn, skip });
  const { drafts, sourceRoots } = read;
  const results = await checkDrafts(drafts, options, warn);
  if (options.quiet) for (const r of results) r.diagnostics = r.diagnostics.filter((d) => d.severity <= 2);

  let status: number;
  if (results.length === 0) {
    const why = read.unreadable > 0
      ? `${read.unreadable} file${read.unreadable === 1 ? '' : 's'} skipped`
      : read.ignored > 0 ? `every draft given is ignored` : 'no draft given';
    stderr.write(`corroborate: nothing could be checked (${why})\n`);
    notifications.push({ level: 'error', message: `nothing could be checked (${why})` });
    status = 2;
  } else {
    status = exitStatus(results, options, stderr);
  }

  // (With nothing checked, text gives no "✓ 0 findings": the reason goes to stderr and the status is 2.)
  let report: string | undefined;
  if (options.format === 'json') report = formatJson(results);
  else if (options.format === 'sarif') {
    report = JSON.stringify(buildSarif({ results, notifications, sourceRoots, cwd, version: version(), exitCode: status }), null, 2) + '\n';
  } else if (results.length > 0) {
    const color = options.output === undefined && (stdout as NodeJS.WriteStream).isTTY === true && !process.env.NO_COLOR;
    report = formatText(results, color);
  }
  if (options.output !== undefined) {
    const out = path.resolve(cwd, options.output);
    try {
      await fs.mkdir(path.dirname(out), { recursive: true });
      await fs.writeFile(out, report ?? '');
    } catch (error) {
      stderr.write(`corroborate: --output ${options.output}: cannot be written (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})\n`);
      return 2;
    }
  } else if (report !== undefined) {
    stdout.write(report);
  }
  return status;
}

/** 1 when a finding is at --fail-on's level or above, or there are more warnings than --max-warnings; else 0. */
function exitStatus(results: FileResult[], options: CheckOptions, stderr: NodeJS.WritableStream): number {
  let failing = false;
  let warnings = 0;
  for (const r of results) {
    for (const d of r.diagnostics) {
      if (d.severity <= options.failOn) failing = true;
      if (d.severity === 2) warnings++;
    }
  }
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    stderr.write(`corroborate: ${warnings} warnings, more than --max-warnings ${options.maxWarnings} allows\n`);
    failing = true;
  }
  return failing ? 1 : 0;
}

export interface ReadContext {
  cwd: string;
  stdin: NodeJS.ReadableStream;
  warn: (message: string) => void;
  skip: (file: string, reason: string, level?: RunNotification['level']) => void;
}

interface ConfigInEffect {
  file?: string;
  settings: CorroborateSettings;
  /** Its sources with their globs expanded (absolute). */
  sources: string[];
  /** The folders and files it names itself (not by a glob). */
  plainSources: string[];
  ignore: IgnoreMatcher[];
}

/**
 * The drafts the command line names, in order, each read, with the settings of its .corroborate.json
 * and the sources it is checked against. A draft a folder or a glob found is left out silently when
 * it is one of its own sources; one an ignore pattern matches is left out too (with a note on
 * stderr when the command line named it). Every draft that cannot be read is reported.
 */
export async function readDrafts(options: CheckOptions, context: ReadContext): Promise<{ drafts: Draft[]; unreadable: number; ignored: number; sourceRoots: SourceRoot[] }> {
  const { cwd, warn, skip } = context;
  const commandLineIgnore = ignoreMatchers(options.ignore.map((p) => ignorePattern(p, cwd)), options.ignore);
  const corpus = options.corpus.map((c) => path.resolve(cwd, c));
  const configFor = configLookup(options.useConfig, warn);
  const isSource = sourceTest();
  const roots = sourceRootCollector();
  const bibliographyOf = bibliographyReader(cwd, warn);
  const inputs = await expandInputs(options.files, cwd, options.stdinFilename);
  const drafts: Draft[] = [];
  let unreadable = 0;
  let ignored = 0;
  for (const input of inputs) {
    if (input.problem !== undefined) {
      skip(input.file, input.problem);
      unreadable++;
      continue;
    }
    const config = await configFor(input.path ? path.dirname(input.path) : cwd);
    const { settings } = config;
    const sourcePaths = corpus.length > 0
      ? corpus
      : [...(settings.includeBundledCorpus ? [bundledCorpusDir()] : []), ...config.sources];
    if (input.path && !input.explicit && isSource(input.path, corpus.length > 0 ? corpus : config)) continue;
    const ignoredBy = input.path === undefined
      ? undefined
      : commandLineIgnore.find((m) => m.ignores(input.path!)) ? 'an --ignore pattern' : config.ignore.some((m) => m.ignores(input.path!)) ? `the ignore list of ${path.relative(cwd, config.file!)}` : undefined;
    if (ignoredBy) {
      ignored++;
      if (input.explicit) skip(input.file, `left out by ${ignoredBy}`, 'note');
      continue;
    }
    const draft = input.stdin ? await readStdin(context.stdin, settings.maxFileBytes) : await readDraft(input.path!, settings.maxFileBytes);
    if ('reason' in draft) {
      skip(input.file, draft.reason);
      unreadable++;
      continue;
    }
    await roots.add(sourcePaths, (p) => (corpus.includes(p) ? `--corpus ${path.relative(cwd, p) || '.'}` : `a source named in ${config.file ? path.relative(cwd, config.file) : '.corroborate.json'}`));
    const bibliography = await bibliographyOf(draft.text, input, config);
    drafts.push({ input, file: input.file, text: draft.text, settings, sourcePaths, dismissed: dismissalsOf(settings.dismissed, input.path), bibliography });
  }
  return { drafts, unreadable, ignored, sourceRoots: roots.sourceRoots };
}

/**
 * A draft's bibliography: the front matter's files (relative to the draft), then its
 * .corroborate.json's. Each file is read once; one that cannot be read is warned of once.
 */
function bibliographyReader(cwd: string, warn: (m: string) => void): (text: string, input: DraftInput, config: ConfigInEffect) => Promise<readonly BibliographyEntry[]> {
  const files = new BibliographyFiles();
  return async (text, input, config) => {
    const named = [
      ...draftBibliographies(text, input.path ? path.dirname(input.path) : cwd, input.file),
      ...config.settings.bibliography.map((p) => ({ path: p, origin: path.relative(cwd, config.file ?? '') || CONFIG_FILE })),
    ];
    if (named.length === 0) return [];
    const { entries, fresh } = await files.load(named);
    for (const problem of fresh) warn(`${path.relative(cwd, problem.path) || problem.path}: the bibliography ${problem.reason} (named in ${problem.origin}); its keys are not used`);
    return entries;
  };
}

/** The .corroborate.json in effect in a folder: looked up once per folder and read once per file. */
function configLookup(useConfig: boolean, warn: (m: string) => void): (dir: string) => Promise<ConfigInEffect> {
  const configOfDir = new Map<string, Promise<string | undefined>>();
  const configs = new Map<string, Promise<ConfigInEffect>>();
  const defaults: ConfigInEffect = { settings: DEFAULT_SETTINGS, sources: [], plainSources: [], ignore: [] };
  const read = async (file: string): Promise<ConfigInEffect> => {
    const settings = await loadConfigFile(file, warn);
    const resolved = await resolveSources(settings.sources.map((entry) => ({ entry, baseDirs: [], origin: file })), warn);
    return { file, settings, sources: resolved.paths, plainSources: resolved.plainRoots, ignore: ignoreMatchers(settings.ignore) };
  };
  return async (dir) => {
    if (!useConfig) return defaults;
    let found = configOfDir.get(dir);
    if (!found) configOfDir.set(dir, (found = findConfigFile(dir)));
    const file = await found;
    if (!file) return defaults;
    let config = configs.get(file);
    if (!config) configs.set(file, (config = read(file)));
    return config;
  };
}

/** Whether a draft a folder or glob found is one of the sources it would be checked against. */
function sourceTest(): (file: string, sources: string[] | ConfigInEffect) => boolean {
  const globbedSources = new Map<ConfigInEffect, Set<string>>();
  return (file, sources) => {
    if (isInside(file, bundledCorpusDir())) return true;
    if (Array.isArray(sources)) return sources.some((s) => isInside(file, s));
    if (sources.plainSources.some((s) => isInside(file, s))) return true;
    let files = globbedSources.get(sources);
    if (!files) globbedSources.set(sources, (files = new Set(sources.sources)));
    return files.has(file);
  };
}

/** The folders the drafts' sources lie in, each once, with how it was named (SARIF's source roots). */
function sourceRootCollector(): { sourceRoots: SourceRoot[]; add(paths: string[], description: (p: string) => string): Promise<void> } {
  const sourceRoots: SourceRoot[] = [];
  const rootOf = new Map<string, string>();
  const add = async (paths: string[], description: (p: string) => string) => {
    for (const p of paths) {
      if (rootOf.has(p)) continue;
      let isDir = false;
      try {
        isDir = (await fs.stat(p)).isDirectory();
      } catch {
        // A source path that cannot be looked at has no sentences to place.
      }
      const root = isDir ? p : path.dirname(p);
      rootOf.set(p, root);
      if (sourceRoots.some((r) => r.path === root)) continue;
      const bundled = p === bundledCorpusDir();
      sourceRoots.push({ path: root, description: bundled ? `The corpus that ships with Corroborate ${version()}.` : description(p), bundled });
    }
  };
  return { sourceRoots, add };
}

/** Checks the drafts (read first, every one) against their corpora, in threads when there are many. */
async function checkDrafts(drafts: Draft[], options: CheckOptions, warn: (m: string) => void): Promise<FileResult[]> {
  // Many drafts are checked in threads: this one and workers, which read the corpus's index from a
  // cache folder (the one --cache names, or a temporary one).
  const threads = Math.min(drafts.length, options.jobs ?? (drafts.length >= 8 ? availableCores() : 1));
  let temporaryCache: string | undefined;
  if (threads > 1 && !options.cache) temporaryCache = await fs.mkdtemp(path.join(os.tmpdir(), 'corroborate-check-'));
  const cacheDir = options.cache ?? temporaryCache;

  // One index per distinct list of source paths (drafts under different configs may differ); worker
  // threads for a large corpus; the cache, when there is one.
  const indexFor = corpusIndexer({ cacheDir, warn });
  try {
    for (const d of drafts) await indexFor(d.sourcePaths);
    const jobs: CheckJob[] = drafts.map((d) => ({ text: d.text, sourcePaths: d.sourcePaths, severity: d.settings.severity, options: { dismissed: d.dismissed, bibliography: d.bibliography } }));
    const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'checkWorker.js');
    const here = async (job: CheckJob) => checkJob(job, await indexFor(job.sourcePaths));
    const checked = await runInThreads(script, { cacheDir }, jobs, threads, here, warn);
    return drafts.map((d, i) => ({ file: d.file, path: d.input.path, text: d.text, diagnostics: checked[i]! }));
  } finally {
    if (temporaryCache) await fs.rm(temporaryCache, { recursive: true, force: true }).catch(() => undefined);
  }
}
