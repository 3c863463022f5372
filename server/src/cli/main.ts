// `corroborate check [--corpus PATH]... [--cache DIR] [--jobs N] [--format text|json|sarif] [--] FILE...`
// Exit 0: no findings; 1: findings; 2: usage error, or nothing could be checked (reason on stderr).
import { promises as fs, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { findConfigFile, loadConfigFile, DEFAULT_SETTINGS, type CorroborateSettings } from '../config.js';
import { bundledCorpusDir, loadSources, missingCorpusPath } from '../corpus/sources.js';
import { toDiagnostics, type Diagnostic } from '../diagnostics.js';
import { indexCorpus } from '../corpus/cache.js';
import { availableCores } from '../corpus/indexWorkers.js';
import { checkDraft, LineIndex, type CorpusIndex } from '../engine/index.js';
import { explainCommand } from './explain.js';
import { formatJson, formatSarif, formatText, type FileResult } from './format.js';

const USAGE = `Usage: corroborate check [--corpus PATH]... [--cache DIR] [--jobs N] [--format text|json|sarif] [--] FILE...
       corroborate explain [--corpus PATH]... FILE[:LINE[:COL]]
       corroborate report [--corpus PATH]... [--out DIR] FILE|FOLDER|GLOB...   (see corroborate report --help)

Checks Markdown drafts against a corpus of sources and reports claims that disagree with the
sources, that the sources disagree about, that no source addresses, or that carry no citation.

Options:
  --corpus PATH     a folder or file of .md/.txt sources (repeatable); replaces the bundled corpus
                    and any sources named in .corroborate.json
  --cache DIR       keep the corpus index in DIR (created if need be): a later run with the same
                    sources, or with a few changed, reads it instead of indexing them again
  --jobs N          check drafts in N threads (default: one per core for 8 drafts or more)
  --format FORMAT   text (default), json (LSP diagnostics per file) or sarif (SARIF 2.1.0)
  --no-config       ignore .corroborate.json files
  -h, --help        show this help
  -v, --version     show the version

Exit status: 0 no findings, 1 findings, 2 usage error or nothing could be checked.`;

type Format = 'text' | 'json' | 'sarif';

interface Options {
  corpus: string[];
  cache?: string;
  jobs?: number;
  format: Format;
  useConfig: boolean;
  files: string[];
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Options | 'help' | 'version' {
  const options: Options = { corpus: [], format: 'text', useConfig: true, files: [] };
  const args = [...argv];
  const command = args.shift();
  if (command === '-h' || command === '--help' || command === 'help') return 'help';
  if (command === '-v' || command === '--version') return 'version';
  if (command !== 'check') throw new UsageError(command ? `unknown command "${command}"; try "corroborate check FILE..."` : 'missing command; try "corroborate check FILE..."');
  while (args.length > 0) {
    const arg = args.shift()!;
    if (arg === '--') {
      options.files.push(...args.splice(0));
      break;
    }
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? args.shift();
      if (v === undefined || v === '') throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--corpus':
        options.corpus.push(value());
        break;
      case '--cache':
        options.cache = value();
        break;
      case '--jobs': {
        const v = value();
        if (!/^[1-9]\d{0,2}$/.test(v)) throw new UsageError(`--jobs must be a whole number from 1, not "${v}"`);
        options.jobs = Number(v);
        break;
      }
      case '--format': {
        const f = value();
        if (f !== 'text' && f !== 'json' && f !== 'sarif') throw new UsageError(`--format must be text, json or sarif, not "${f}"`);
        options.format = f;
        break;
      }
      case '--no-config':
        options.useConfig = false;
        break;
      case '-h':
      case '--help':
        return 'help';
      case '-v':
      case '--version':
        return 'version';
      default:
        if (flag.startsWith('-') && flag !== '-') throw new UsageError(`unknown option "${flag}"`);
        options.files.push(arg);
    }
  }
  if (options.files.length === 0) throw new UsageError('no files to check; give one or more Markdown files');
  return options;
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
  file: string;
  text: string;
  settings: CorroborateSettings;
  sourcePaths: string[];
}

/**
 * Checks drafts in worker threads (each takes the next draft when it is free). Returns diagnostics
 * by draft; a draft left without (a thread failed) is checked by the caller.
 */
async function checkInThreads(drafts: Draft[], threads: number, cacheDir: string, warn: (m: string) => void): Promise<Array<Diagnostic[] | undefined>> {
  const out = new Array<Diagnostic[] | undefined>(drafts.length);
  const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'checkWorker.js');
  let next = 0;
  let failed = false;
  await Promise.all(Array.from({ length: threads }, () => new Promise<void>((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(script, { workerData: { cacheDir } });
    } catch (error) {
      if (!failed) warn(`checking in one thread (${(error as Error).message})`);
      failed = true;
      return resolve();
    }
    let current = -1;
    const give = () => {
      if (failed || next >= drafts.length) {
        void worker.terminate().finally(resolve);
        return;
      }
      current = next++;
      const d = drafts[current]!;
      worker.postMessage({ id: current, text: d.text, sourcePaths: d.sourcePaths, severity: d.settings.severity });
    };
    worker.on('message', (m: { id: number; diagnostics?: Diagnostic[]; error?: string }) => {
      if (m.error) {
        if (!failed) warn(`a checking thread failed (${m.error.split('\n')[0]}); checking the rest in one thread`);
        failed = true;
      } else out[m.id] = m.diagnostics;
      give();
    });
    worker.on('error', (error) => {
      if (!failed) warn(`a checking thread failed (${error.message}); checking the rest in one thread`);
      failed = true;
      resolve();
    });
    give();
  })));
  return out;
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
  let buffer: Buffer;
  try {
    buffer = await fs.readFile(file);
  } catch (error) {
    return { reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  if (buffer.length === 0) return { reason: 'is empty' };
  if (buffer.subarray(0, 8192).includes(0)) return { reason: 'looks like a binary file' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buffer) };
  } catch {
    return { reason: 'is not UTF-8 text' };
  }
}

export async function main(argv: string[], stdout: NodeJS.WritableStream, stderr: NodeJS.WritableStream): Promise<number> {
  if (argv[0] === 'explain') return explainCommand(argv.slice(1), stdout, stderr);
  // (Loaded only when asked for: check need not load the HTML renderer.)
  if (argv[0] === 'report') return (await import('./report/command.js')).reportCommand(argv.slice(1), stdout, stderr);
  let options: Options | 'help' | 'version';
  try {
    options = parseArgs(argv);
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
  const missing = await missingCorpusPath(options.corpus);
  if (missing) {
    stderr.write(`corroborate: --corpus ${missing.path}: ${missing.reason}\n`);
    return 2;
  }
  const warn = (message: string) => stderr.write(`corroborate: warning: ${message}\n`);
  const { drafts, unreadable } = await readDrafts(options, stderr, warn);
  const results = await checkDrafts(drafts, options, warn);

  if (options.format === 'json') stdout.write(formatJson(results));
  else if (options.format === 'sarif') stdout.write(formatSarif(results, version()));
  // (With nothing checked, no "✓ 0 findings": the reason goes to stderr and the status is 2.)
  else if (results.length > 0) stdout.write(formatText(results, (stdout as NodeJS.WriteStream).isTTY === true && !process.env.NO_COLOR));

  if (results.length === 0) {
    if (unreadable > 0) stderr.write(`corroborate: nothing could be checked (${unreadable} file${unreadable === 1 ? '' : 's'} skipped)\n`);
    return 2;
  }
  return results.some((r) => r.diagnostics.length > 0) ? 1 : 0;
}

/** Reads every draft in order, with the settings of its .corroborate.json, reporting the unreadable. */
export async function readDrafts(options: Options, stderr: NodeJS.WritableStream, warn: (m: string) => void): Promise<{ drafts: Draft[]; unreadable: number }> {
  const configs = new Map<string, Promise<CorroborateSettings>>();
  const settingsFor = async (file: string): Promise<CorroborateSettings> => {
    if (!options.useConfig) return DEFAULT_SETTINGS;
    const configFile = await findConfigFile(path.dirname(path.resolve(file)));
    if (!configFile) return DEFAULT_SETTINGS;
    let settings = configs.get(configFile);
    if (!settings) {
      settings = loadConfigFile(configFile, warn);
      configs.set(configFile, settings);
    }
    return settings;
  };
  const drafts: Draft[] = [];
  let unreadable = 0;
  for (const file of options.files) {
    const settings = await settingsFor(file);
    const draft = await readDraft(file, settings.maxFileBytes);
    if ('reason' in draft) {
      stderr.write(`corroborate: ${file}: ${draft.reason}; skipped\n`);
      unreadable++;
      continue;
    }
    const sourcePaths = options.corpus.length > 0
      ? options.corpus
      : [...(settings.includeBundledCorpus ? [bundledCorpusDir()] : []), ...settings.sources];
    drafts.push({ file, text: draft.text, settings, sourcePaths });
  }
  return { drafts, unreadable };
}

/** Checks the drafts (read first, every one) against their corpora, in threads when there are many. */
async function checkDrafts(drafts: Draft[], options: Options, warn: (m: string) => void): Promise<FileResult[]> {
  // Many drafts are checked in threads, which read the corpus's index from a cache folder: the one
  // --cache names, or a temporary one.
  const threads = Math.min(drafts.length, options.jobs ?? (drafts.length >= 8 ? availableCores() : 1));
  let temporaryCache: string | undefined;
  if (threads > 1 && !options.cache) temporaryCache = await fs.mkdtemp(path.join(os.tmpdir(), 'corroborate-check-'));
  const cacheDir = options.cache ?? temporaryCache;

  // One index per distinct list of source paths (drafts under different configs may differ).
  const indexes = new Map<string, Promise<CorpusIndex>>();
  const indexFor = (paths: string[]) => {
    const key = JSON.stringify(paths);
    let index = indexes.get(key);
    if (!index) {
      index = loadSources(paths, { warn }).then(async (sources) => {
        if (sources.length === 0) warn(`no sources could be read from ${paths.join(', ')}; every claim will be reported as not in the sources`);
        // Worker threads for a large corpus; the cache, when there is one.
        return (await indexCorpus(sources, { cacheDir, warn })).index;
      });
      indexes.set(key, index);
    }
    return index;
  };

  const results: FileResult[] = [];
  try {
    for (const d of drafts) await indexFor(d.sourcePaths);
    const checked = threads > 1 ? await checkInThreads(drafts, threads, cacheDir!, warn) : [];
    for (let i = 0; i < drafts.length; i++) {
      const { file, text, settings, sourcePaths } = drafts[i]!;
      let diagnostics = checked[i];
      if (!diagnostics) {
        const index = await indexFor(sourcePaths);
        diagnostics = toDiagnostics(checkDraft(text, index).findings, new LineIndex(text), index, settings.severity);
      }
      results.push({ file, diagnostics });
    }
  } finally {
    if (temporaryCache) await fs.rm(temporaryCache, { recursive: true, force: true }).catch(() => undefined);
  }
  return results;
}
