// `npm run bench [-- --json] [-- --quick] [-- --dir DIR] [-- --keystroke | --cli [--rounds N]] [-- --compare DIR]`:
// how fast Corroborate is, on inputs it makes itself (made-up sources and drafts, never real history).
// `--keystroke` measures only the edits and their floor; `--cli` only `check` and `report` of 200
// drafts, with their CPU time; `--compare DIR` measures another built checkout's server (or command
// line) too, turn about with this one's (before and after a change, in one run). Each task runs in its own process (so
// memory figures are per task) with a time cap, so the whole run stays under ten minutes however
// slow a part is; a capped figure is printed as "> cap".
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bookPdf, wrapWords } from './pdfWriter.js';
import { makeCorpus, makeDraft, makeWorld, writeCorpus, type SyntheticSource } from './synth.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Bump when the generated inputs change, so that an old work folder is made again. */
const INPUTS_VERSION = 3;
/** The PDF corpus: this many pages in all, in chapters of this many. */
const PDF_PAGES = 200;
const PDF_CHAPTER_PAGES = 20;
const PDF_LINES_PER_PAGE = 40;

const argv = process.argv.slice(2);
const json = argv.includes('--json');
const quick = argv.includes('--quick');
const dirArg = argv.indexOf('--dir');
/** Only the keystroke figures (edits and their floor), with the 5 MB corpus. */
const keystrokeOnly = argv.includes('--keystroke');
/** Only `check` and `report` of the 200 drafts (with --compare, the other build's turn about), `--rounds N` times. */
const cliOnly = argv.includes('--cli');
const roundsArg = argv.indexOf('--rounds');
const ROUNDS = roundsArg >= 0 ? Math.max(1, Number(argv[roundsArg + 1]) || 3) : 3;
const compareArg = argv.indexOf('--compare');
/** Another built checkout (`--compare DIR`) whose server's edits are measured too, turn about with this one's. */
const COMPARE = compareArg >= 0 && argv[compareArg + 1] ? path.resolve(argv[compareArg + 1]!) : undefined;
const WORK = dirArg >= 0 && argv[dirArg + 1] ? path.resolve(argv[dirArg + 1]!) : path.join(os.tmpdir(), 'corroborate-bench');
const log = (message: string) => process.stderr.write(`[bench ${((performance.now() - benchStart) / 1000).toFixed(0).padStart(3)} s] ${message}\n`);
const benchStart = performance.now();
/** The targets of `check` and `report` of 200 drafts (issue 12), in ms, and each run's cap. */
const CLI_TARGETS = { check: 10_000, report: 15_000 } as const;
const CLI_CAP_MS = 90_000;
/** The whole run stays under this; tasks still to come are skipped past it. (`--cli`: each command, each build, each round.) */
const DEADLINE_MS = cliOnly ? ROUNDS * Object.keys(CLI_TARGETS).length * (COMPARE ? 2 : 1) * CLI_CAP_MS : COMPARE ? 1_500_000 : 570_000;

// ---- statistics -----------------------------------------------------------------------------------

/** Nearest rank: the p95 of 20 samples is the 19th, of 10 the 10th (the largest). */
function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1]!;
}

/** The middle sample, or the mean of the two middle ones. */
function median(sorted: number[]): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

interface Summary {
  median: number;
  p95: number;
  runs: number;
  min: number;
  max: number;
}

function summarize(samples: number[]): Summary | undefined {
  if (samples.length === 0) return undefined;
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: median(sorted), p95: quantile(sorted, 0.95), runs: sorted.length, min: sorted[0]!, max: sorted[sorted.length - 1]! };
}

// ---- inputs ---------------------------------------------------------------------------------------

interface Inputs {
  corpus5: string;
  corpus50: string;
  draft300: string;
  draft3k: string;
  draft60k: string;
  drafts200: string;
  pdf200: string;
  bytes5: number;
  bytes50: number;
  /** The PDF corpus's size on disk, and its text's. */
  bytesPdf: number;
  textBytesPdf: number;
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function makeInputs(): Inputs {
  const stamp = path.join(WORK, 'inputs.json');
  const paths = {
    corpus5: path.join(WORK, 'corpus-5mb'),
    corpus50: path.join(WORK, 'corpus-50mb'),
    draft300: path.join(WORK, 'draft-300.md'),
    draft3k: path.join(WORK, 'draft-3k.md'),
    draft60k: path.join(WORK, 'draft-60k.md'),
    drafts200: path.join(WORK, 'drafts-200'),
    pdf200: path.join(WORK, 'corpus-pdf-200'),
  };
  if (existsSync(stamp)) {
    try {
      const saved = JSON.parse(readFileSync(stamp, 'utf8')) as Inputs & { version: number };
      if (saved.version === INPUTS_VERSION && Object.values(paths).every((p) => existsSync(p))) {
        log(`reusing the inputs in ${WORK}`);
        return saved;
      }
    } catch {
      // made again below
    }
  }
  log(`making inputs in ${WORK}`);
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  const world = makeWorld(1, 2000);
  const small = makeCorpus(world, 2, 5_000_000);
  const large = makeCorpus(world, 3, 50_000_000);
  const bytes5 = writeCorpus(paths.corpus5, small);
  const bytes50 = writeCorpus(paths.corpus50, large);
  const cite = (s: SyntheticSource[]) => s.map((x) => ({ key: x.key, title: x.title }));
  writeFileSync(paths.draft300, makeDraft(world, cite(small), 30, 300));
  writeFileSync(paths.draft3k, makeDraft(world, cite(small), 31, 3000));
  writeFileSync(paths.draft60k, makeDraft(world, cite(small), 32, 60000));
  mkdirSync(paths.drafts200, { recursive: true });
  for (let i = 0; i < 200; i++) writeFileSync(path.join(paths.drafts200, `draft-${String(i).padStart(3, '0')}.md`), makeDraft(world, cite(small), 1000 + i, 2000));
  const pdf = writePdfCorpus(paths.pdf200, makeCorpus(world, 5, PDF_PAGES * 3_000, [PDF_CHAPTER_PAGES * 3]));
  const inputs: Inputs = { ...paths, bytes5, bytes50, bytesPdf: pdf.bytes, textBytesPdf: pdf.textBytes };
  writeFileSync(stamp, JSON.stringify({ version: INPUTS_VERSION, ...inputs }, null, 2));
  log(`drafts: ${words(readFileSync(paths.draft3k, 'utf8'))} and ${words(readFileSync(paths.draft60k, 'utf8'))} words; corpora ${(bytes5 / 1e6).toFixed(1)} MB (${small.length} sources) and ${(bytes50 / 1e6).toFixed(1)} MB (${large.length} sources)`);
  return inputs;
}

/**
 * Made-up sources set as PDF chapters of PDF_CHAPTER_PAGES pages (labelled on from one chapter to
 * the next, as chapters of one book), PDF_PAGES pages in all.
 */
function writePdfCorpus(dir: string, sources: SyntheticSource[]): { bytes: number; textBytes: number } {
  mkdirSync(dir, { recursive: true });
  let pages = 0;
  let bytes = 0;
  let textBytes = 0;
  for (const source of sources) {
    if (pages >= PDF_PAGES) break;
    const paragraphs = source.text.split(/\n\s*\n/).map((p) => p.replace(/^#+\s*/, '').trim()).filter(Boolean);
    const lines = paragraphs.reduce((n, p) => n + wrapWords(p, 70).length + 1, 0);
    // Whole paragraphs up to this chapter's pages.
    const room = Math.min(PDF_CHAPTER_PAGES, PDF_PAGES - pages) * PDF_LINES_PER_PAGE;
    const kept: string[] = [];
    let used = 0;
    for (const p of paragraphs) {
      const n = wrapWords(p, 70).length + (kept.length > 0 ? 1 : 0);
      if (used + n > room) break;
      kept.push(p);
      used += n;
    }
    if (lines === 0 || kept.length === 0) continue;
    const file = bookPdf(kept, { title: source.title, author: source.author, firstPage: pages + 1, perPage: PDF_LINES_PER_PAGE });
    writeFileSync(path.join(dir, `${source.key}.pdf`), file);
    pages += Math.ceil(used / PDF_LINES_PER_PAGE);
    bytes += file.length;
    textBytes += Buffer.byteLength(kept.join('\n\n'));
  }
  log(`PDF corpus: ${pages} pages, ${(bytes / 1e6).toFixed(1)} MB of PDF, ${(textBytes / 1e6).toFixed(2)} MB of text`);
  return { bytes, textBytes };
}

// ---- the build measured -----------------------------------------------------------------------------

/**
 * Copies the build (out/, the bundle, bin/, the corpus) into the work folder and runs everything
 * from there: a rebuild during the run (tsc -w, another terminal) cannot change what is measured
 * half-way, nor make the index cache of one task useless to the next.
 */
function snapshotBuild(): { TASKS: string; SERVER: string; BUNDLED_SERVER: string; CLI: string; FLOOR: string; COMPARE_SERVER?: string; COMPARE_CLI?: string } {
  log('bundling the server (npm run bundle) and copying the build');
  const bundled = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'bundle.mjs')], { cwd: ROOT, encoding: 'utf8' });
  if (bundled.status !== 0) throw new Error(`npm run bundle failed: ${bundled.stderr}`);
  const build = path.join(WORK, 'build');
  rmSync(build, { recursive: true, force: true });
  mkdirSync(build, { recursive: true });
  for (const name of ['out/server', 'out/bench', 'dist', 'bin', 'corpus', 'package.json']) {
    cpSync(path.join(ROOT, name), path.join(build, name), { recursive: true });
  }
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(build, 'node_modules'), 'dir');
  let COMPARE_SERVER: string | undefined;
  if (COMPARE) {
    const other = path.join(WORK, 'build-compare');
    rmSync(other, { recursive: true, force: true });
    for (const name of ['out/server', 'bin', 'corpus', 'package.json']) cpSync(path.join(COMPARE, name), path.join(other, name), { recursive: true });
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(other, 'node_modules'), 'dir');
    COMPARE_SERVER = path.join(other, 'out', 'server', 'src', 'lsp', 'main.js');
  }
  return {
    COMPARE_SERVER,
    COMPARE_CLI: COMPARE ? path.join(WORK, 'build-compare', 'bin', 'corroborate.js') : undefined,
    /** A server on the same library that checks nothing (bench/floorServer.ts). */
    FLOOR: path.join(build, 'out', 'bench', 'floorServer.js'),
    TASKS: path.join(build, 'out', 'bench', 'tasks.js'),
    SERVER: path.join(build, 'out', 'server', 'src', 'lsp', 'main.js'),
    /** The server as VS Code runs it: one CommonJS file made by esbuild (npm run bundle). */
    BUNDLED_SERVER: path.join(build, 'dist', 'server.js'),
    CLI: path.join(build, 'bin', 'corroborate.js'),
  };
}

// ---- running tasks --------------------------------------------------------------------------------

interface TaskRun {
  samples: number[];
  /** The samples of each kind of edit (start, middle, end, title), for the edit and floor tasks. */
  byKind: Record<string, number[]>;
  notes: unknown[];
  result?: Record<string, unknown>;
  /** Stopped at its cap before it finished. */
  capped: boolean;
  error?: string;
  wallMs: number;
}

/** Runs a task in its own process; stops it (and what it started) at `capMs`. */
let TASKS = '';

function runTask(task: string, args: Record<string, unknown>, capMs: number): Promise<TaskRun> {
  const remaining = DEADLINE_MS - (performance.now() - benchStart);
  const cap = Math.max(0, Math.min(capMs, remaining));
  const started = performance.now();
  if (cap < 2000) return Promise.resolve({ samples: [], byKind: {}, notes: [], capped: true, error: 'skipped: the bench ran out of time', wallMs: 0 });
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [TASKS, task, JSON.stringify({ ...args, budgetMs: Math.max(1000, cap - 5000) })], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true, // its own process group: stopping it stops the language server it started too
    });
    const run: TaskRun = { samples: [], byKind: {}, notes: [], capped: false, wallMs: 0 };
    let buffer = '';
    let stderr = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        const space = line.indexOf(' ');
        const kind = line.slice(0, space);
        try {
          const value = JSON.parse(line.slice(space + 1)) as unknown;
          if (kind === 'SAMPLE' && typeof value === 'number') run.samples.push(value);
          else if (kind === 'SAMPLE') {
            const { kind: editKind, ms } = value as { kind: string; ms: number };
            run.samples.push(ms);
            (run.byKind[editKind] ??= []).push(ms);
          }
          else if (kind === 'NOTE') run.notes.push(value);
          else if (kind === 'RESULT') run.result = value as Record<string, unknown>;
        } catch {
          // not ours
        }
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      run.capped = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, cap);
    child.on('exit', (code) => {
      clearTimeout(timer);
      run.wallMs = performance.now() - started;
      if (!run.capped && code !== 0) run.error = `exit ${code}: ${stderr.trim().split('\n').slice(-3).join(' / ')}`;
      else if (stderr.trim()) log(`${task}: ${stderr.trim().split('\n').slice(0, 3).join(' / ')}`);
      resolve(run);
    });
  });
}

// ---- the machine ----------------------------------------------------------------------------------

function machine(): Record<string, string | number> {
  let cpu = os.cpus()[0]?.model ?? 'unknown';
  try {
    cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? cpu;
  } catch {
    // not Linux
  }
  return {
    cpu,
    cores: typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length,
    ramGB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    loadAverageAtStart: os.loadavg().map((l) => l.toFixed(2)).join(' '),
  };
}

// ---- the table ------------------------------------------------------------------------------------

interface Row {
  figure: string;
  median: string;
  p95: string;
  runs: string;
  memory: string;
  target: string;
  met: string;
}

const fmtMs = (ms: number | undefined) =>
  ms === undefined || Number.isNaN(ms) ? '–' : ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : ms >= 100 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(1)} ms`;
const fmtMB = (bytes: unknown) => (typeof bytes === 'number' && bytes > 0 ? `${Math.round(bytes / 2 ** 20)} MB` : '–');

async function main(): Promise<void> {
  const info = machine();
  log(`machine: ${info.cpu}, ${info.cores} cores, ${info.ramGB} GB, Node ${info.node}; load average ${info.loadAverageAtStart}`);
  if (!existsSync(path.join(ROOT, 'out', 'bench', 'tasks.js'))) throw new Error('build first: npm run build');
  const inputs = makeInputs();
  const build = snapshotBuild();
  TASKS = build.TASKS;
  if (cliOnly) return writeResults(await cliRounds({ CLI: build.CLI, COMPARE_CLI: build.COMPARE_CLI }, inputs, info));
  const { SERVER, BUNDLED_SERVER, CLI, FLOOR, COMPARE_SERVER } = build;
  const caches = path.join(WORK, 'caches');
  rmSync(caches, { recursive: true, force: true });
  const n = (full: number, q: number) => (quick ? q : full);
  const runs: Record<string, TaskRun | TaskRun[]> = {};
  const step = async (key: string, task: string, args: Record<string, unknown>, cap: number) => {
    log(`${key}…`);
    const r = await runTask(task, args, cap);
    runs[key] = r;
    const s = summarize(r.samples);
    log(`${key}: ${s ? `median ${fmtMs(s.median)}, p95 ${fmtMs(s.p95)} over ${s.runs}` : 'no samples'}${r.capped ? ` (stopped at its cap, ${fmtMs(r.wallMs)})` : ''}${r.error ? ` ERROR ${r.error}` : ''}`);
    return r;
  };
  /** Cold and warm indexing, one process per run; the last cold run's cache serves the warm runs. */
  const indexRuns = async (key: string, corpus: string, coldRuns: number, warmRuns: number, coldCap: number, warmCap: number) => {
    const cold: TaskRun[] = [];
    const coldStarted = performance.now();
    let cacheDir = '';
    for (let i = 0; i < coldRuns; i++) {
      const elapsed = performance.now() - coldStarted;
      const last = cold[cold.length - 1]?.wallMs ?? 0;
      if (i > 0 && elapsed + last > coldCap) break;
      const dir = path.join(caches, `${key}-cold-${i}`);
      log(`${key} cold index ${i + 1}…`);
      const r = await runTask('index', { corpus, cacheDir: dir }, i === 0 ? coldCap : coldCap - elapsed);
      cold.push(r);
      if (r.result) cacheDir = dir;
      log(`${key} cold: ${r.result ? `${fmtMs(r.result.totalMs as number)}, peak ${fmtMB(r.result.peak)}` : r.error ?? 'capped'}`);
      if (!r.result) break;
    }
    runs[`${key}-cold`] = cold;
    const warm: TaskRun[] = [];
    const warmStarted = performance.now();
    for (let i = 0; i < warmRuns && cacheDir; i++) {
      if (performance.now() - warmStarted > warmCap) break;
      const r = await runTask('index', { corpus, cacheDir }, warmCap);
      warm.push(r);
      if (!r.result) break;
    }
    runs[`${key}-warm`] = warm;
    const ws = summarize(warm.flatMap((r) => r.samples));
    if (ws) log(`${key} warm: median ${fmtMs(ws.median)}, p95 ${fmtMs(ws.p95)} over ${ws.runs}`);
    return cacheDir;
  };

  const keystrokes = (draft: string, size: string, editsPerKind: number, cap: number) =>
    keystrokeRuns(step, runs, { SERVER, FLOOR, COMPARE_SERVER, cache: cache5, compareCache: path.join(caches, 'compare') }, { corpus: inputs.corpus5, draft, size, editsPerKind, cap });
  const others = !keystrokeOnly;
  // Parsing alone: the floor.
  if (others) await step('parse-3k', 'parse', { draft: inputs.draft3k, runs: n(30, 5), warmup: 3 }, 30_000);
  if (others) await step('parse-60k', 'parse', { draft: inputs.draft60k, runs: n(10, 2), warmup: 1 }, 40_000);
  // The corpus, cold and warm.
  const cache5 = await indexRuns('index-5mb', inputs.corpus5, others ? n(3, 1) : 1, others ? n(5, 2) : 0, 90_000, 20_000);
  if (others) await indexRuns('index-50mb', inputs.corpus50, n(2, 1), n(5, 2), 150_000, 30_000);
  if (others) await indexRuns('index-pdf', inputs.pdf200, n(3, 1), n(5, 2), 60_000, 20_000);
  // Full checks of the drafts.
  if (others) await step('check-3k-bundled', 'check', { draft: inputs.draft3k, corpus: 'bundled', runs: n(10, 3) }, 20_000);
  if (others) await step('check-3k-5mb', 'check', { draft: inputs.draft3k, corpus: inputs.corpus5, cacheDir: cache5, runs: n(10, 3) }, 30_000);
  if (others) await step('check-60k-5mb', 'check', { draft: inputs.draft60k, corpus: inputs.corpus5, cacheDir: cache5, runs: n(5, 1) }, 45_000);
  // Edits through the language server, and their floor.
  await keystrokes(inputs.draft3k, '3k', n(40, 15), 60_000);
  await keystrokes(inputs.draft60k, '60k', n(20, 8), 150_000);
  if (others) await otherSteps(step, { BUNDLED_SERVER, SERVER, CLI }, inputs, n);

  writeResults(buildReport(runs, inputs, info, performance.now() - benchStart));
}

/** Prints the results, and keeps both forms in the work folder, whichever is printed. */
function writeResults(report: { markdown: string; json: unknown }): void {
  writeFileSync(path.join(WORK, 'last-run.json'), `${JSON.stringify(report.json, null, 2)}\n`);
  writeFileSync(path.join(WORK, 'last-run.md'), `${report.markdown}\n`);
  if (json) process.stdout.write(`${JSON.stringify(report.json, null, 2)}\n`);
  else process.stdout.write(`${report.markdown}\n`);
  log(`also written: ${path.join(WORK, 'last-run.md')} and last-run.json`);
}

type Step = (key: string, task: string, args: Record<string, unknown>, cap: number) => Promise<TaskRun>;

/** Start-up with the bundled corpus, as an editor starts the server; the command line over many drafts. */
async function otherSteps(step: Step, servers: { BUNDLED_SERVER: string; SERVER: string; CLI: string }, inputs: Inputs, n: (full: number, q: number) => number): Promise<void> {
  await step('start-300', 'start', { draft: inputs.draft300, server: servers.BUNDLED_SERVER, runs: n(10, 3) }, 25_000);
  await step('start-300-out', 'start', { draft: inputs.draft300, server: servers.SERVER, runs: n(10, 3) }, 25_000);
  await step('start-3k', 'start', { draft: inputs.draft3k, server: servers.BUNDLED_SERVER, runs: n(5, 2) }, 25_000);
  // (As `corroborate check drafts/*.md` runs.)
  await step('cli-200', 'cli', { drafts: inputs.drafts200, bin: servers.CLI, runs: n(3, 1) }, 75_000);
  // (As `corroborate report drafts/*.md` runs: the same check, and every page written.)
  await step('report-200', 'cli', { drafts: inputs.drafts200, bin: servers.CLI, command: 'report', out: path.join(WORK, 'report-200'), runs: n(3, 1) }, 90_000);
}

// ---- check and report of 200 drafts, before and after ------------------------------------------------

type CliBuild = 'this' | 'before';

/**
 * `check` and `report` of the 200 drafts, ROUNDS times, each run its own process timed by the wall
 * and by its CPU; with --compare, the other build's too, turn about (before then this one, then this
 * one then before in the next round, so that a trend of the machine's load falls on both).
 */
async function cliRounds(bins: { CLI: string; COMPARE_CLI?: string }, inputs: Inputs, info: Record<string, string | number>): Promise<{ markdown: string; json: unknown }> {
  const builds: Array<[CliBuild, string]> = [['this', bins.CLI], ...(bins.COMPARE_CLI ? [['before', bins.COMPARE_CLI] as [CliBuild, string]] : [])];
  const runs: Record<string, TaskRun[]> = {};
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 === 0 ? [...builds].reverse() : builds;
    for (const command of ['check', 'report'] as const) {
      for (const [which, bin] of order) {
        const key = `${command}-${which}`;
        const out = path.join(WORK, `report-200-${which}`);
        const r = await runTask('cli', { drafts: inputs.drafts200, bin, runs: 1, ...(command === 'report' ? { command, out } : {}) }, CLI_CAP_MS);
        (runs[key] ??= []).push(r);
        log(`${key} (round ${round + 1} of ${ROUNDS}): ${r.samples[0] !== undefined ? fmtMs(r.samples[0]) : (r.error ?? 'capped')}, CPU ${fmtMs(cpuOf(r)[0])}, load average ${loadOf(r)[0]?.toFixed(2) ?? '–'}`);
      }
    }
  }
  return { markdown: cliTable(runs, builds.map(([b]) => b), info).join('\n'), json: { machine: { ...info, loadAverageAtEnd: os.loadavg().map((l) => l.toFixed(2)).join(' ') }, rounds: ROUNDS, compare: COMPARE, runs: Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, v.map(withSummary)])) } };
}

const cpuOf = (r: TaskRun) => r.notes.map((n) => (n as { cpu?: { userMs: number; systemMs: number } }).cpu).filter((c) => c !== undefined).map((c) => c.userMs + c.systemMs);
const loadOf = (r: TaskRun) => r.notes.map((n) => (n as { loadAverage?: number }).loadAverage).filter((l): l is number => l !== undefined);

/** The table of `--cli`: each command's runs and medians, by the wall and by CPU, and after ÷ before. */
function cliTable(runs: Record<string, TaskRun[]>, builds: CliBuild[], info: Record<string, string | number>): string[] {
  const name = (b: CliBuild) => (b === 'this' ? (COMPARE ? 'after (this checkout)' : 'this checkout') : `before (${COMPARE})`);
  const out = ['| Command, 200 drafts × 2,000 words, bundled corpus | Build | Wall, each run | Wall median | CPU (user + system), each run | CPU median | Target | Met |', '|---|---|---|---|---|---|---|---|'];
  const medians: Record<string, { wall?: number; cpu?: number }> = {};
  for (const command of ['check', 'report'] as const) {
    for (const b of builds) {
      const rs = runs[`${command}-${b}`] ?? [];
      const wall = rs.flatMap((r) => r.samples);
      const cpu = rs.flatMap(cpuOf);
      const m = (medians[`${command}-${b}`] = { wall: summarize(wall)?.median, cpu: summarize(cpu)?.median });
      const limit = CLI_TARGETS[command];
      const target = `≤ ${limit / 1000} s`;
      out.push(`| \`corroborate ${command}\` | ${name(b)} | ${wall.map(fmtMs).join(' · ') || '–'} | ${fmtMs(m.wall)} | ${cpu.map(fmtMs).join(' · ') || '–'} | ${fmtMs(m.cpu)} | ${target} | ${verdict(m.wall, limit, rs.some((r) => r.capped))} |`);
    }
    const [a, b] = [medians[`${command}-this`], medians[`${command}-before`]];
    if (a && b) out.push(`| \`corroborate ${command}\` | after ÷ before (medians) | | ${ratioOf(a.wall, b.wall)} | | ${ratioOf(a.cpu, b.cpu)} | | |`);
  }
  const loads = Object.values(runs).flat().flatMap(loadOf);
  return [...out, '', `${ROUNDS} round${ROUNDS === 1 ? '' : 's'}${COMPARE ? ', the two builds turn about' : ''}; load average (1 min) between ${Math.min(...loads).toFixed(2)} and ${Math.max(...loads).toFixed(2)} at the end of the runs. ${info.cpu}, ${info.cores} cores, Node ${info.node}; load average at the start ${info.loadAverageAtStart}. The whole run took ${fmtMs(performance.now() - benchStart)}.`];
}

const ratioOf = (a: number | undefined, b: number | undefined) => (a !== undefined && b !== undefined ? `${(a / b).toFixed(2)}×` : '–');

/** The rounds of one task as one run: their samples, of each kind too, together. */
function mergeRuns(rounds: TaskRun[]): TaskRun {
  const byKind: Record<string, number[]> = {};
  for (const r of rounds) for (const [kind, ms] of Object.entries(r.byKind)) (byKind[kind] ??= []).push(...ms);
  return {
    samples: rounds.flatMap((r) => r.samples),
    byKind,
    notes: rounds.flatMap((r) => r.notes),
    result: rounds.find((r) => r.result)?.result,
    capped: rounds.some((r) => r.capped),
    error: rounds.map((r) => r.error).find(Boolean),
    wallMs: rounds.reduce((t, r) => t + r.wallMs, 0),
  };
}

/**
 * Edits of a draft through the language server (each kind of edit in turn), then the same edits
 * to the floor server, which publishes what was recorded; with --compare, the other build's
 * server too, turn about. Twice, so that a slow spell of the machine falls on both.
 */
async function keystrokeRuns(
  step: Step,
  runs: Record<string, TaskRun | TaskRun[]>,
  servers: { SERVER: string; FLOOR: string; COMPARE_SERVER?: string; cache: string; compareCache: string },
  what: { corpus: string; draft: string; size: string; editsPerKind: number; cap: number },
): Promise<void> {
  const { draft, size, cap } = what;
  const record = path.join(WORK, `edits-${size}.json`);
  const edit = { draft, corpus: what.corpus, edits: what.editsPerKind, warmup: 4 };
  for (let round = 0; round < 2; round++) {
    await step(`edit-${size}#${round}`, 'edit', { ...edit, cacheDir: servers.cache, server: servers.SERVER, record }, cap);
    if (servers.COMPARE_SERVER) await step(`before-${size}#${round}`, 'edit', { ...edit, cacheDir: servers.compareCache, server: servers.COMPARE_SERVER }, cap + 60_000);
    await step(`floor-${size}#${round}`, 'floor', { draft, record, server: servers.FLOOR }, cap);
  }
  for (const key of [`edit-${size}`, `before-${size}`, `floor-${size}`]) {
    const rounds = [0, 1].map((r) => runs[`${key}#${r}`] as TaskRun | undefined).filter((r): r is TaskRun => !!r);
    if (rounds.length > 0) runs[key] = mergeRuns(rounds);
  }
}

/** "yes", or "no" with how far over the limit. */
function verdict(value: number | undefined, limit: number, capped: boolean): string {
  if (value === undefined || Number.isNaN(value)) return capped ? `no (over the cap)` : '–';
  return value <= limit ? 'yes' : `no (${(value / limit).toFixed(value / limit >= 10 ? 0 : 1)}×)`;
}

/** The rows of a corpus's cold and warm index runs. */
function indexRows(rows: Row[], many: (key: string) => TaskRun[], key: string, label: string, bytes: number, target?: { ms: number; text: string }, memLimit?: number, measure: 'indexMs' | 'totalMs' = 'indexMs'): void {
  const cold = many(`${key}-cold`);
  const results = cold.map((r) => r.result).filter((r): r is Record<string, unknown> => !!r);
  const ms = results.map((r) => r[measure] as number);
  const s = summarize(ms);
  const peak = Math.max(0, ...results.map((r) => (r.peak as number) ?? 0));
  const capped = cold.some((r) => r.capped);
  const mbps = s ? `${(bytes / 1e6 / (s.median / 1000)).toFixed(2)} MB/s` : '';
  const threads = results[0] ? (results[0].report as { threads: number }).threads : 0;
  rows.push({
    figure: `Cold ${measure === 'totalMs' ? 'read and index' : 'index'}, ${label} (${threads || 1} thread${threads === 1 ? '' : 's'}${mbps ? `; ${mbps}` : ''}), cache written`,
    median: s ? fmtMs(s.median) : capped ? `> ${fmtMs(cold[0]?.wallMs)}` : '–',
    p95: s ? fmtMs(s.p95) : '–',
    runs: String(ms.length),
    memory: fmtMB(peak),
    target: target ? `≤ ${target.ms / 1000} s${memLimit ? `, ≤ ${memLimit / 2 ** 30} GB` : ''}` : '',
    met: target ? (s ? [verdict(s.median, target.ms, false), ...(memLimit ? [peak <= memLimit ? 'memory yes' : `memory no (${(peak / memLimit).toFixed(1)}×)`] : [])].join('; ') : 'no') : '',
  });
  const warm = many(`${key}-warm`);
  const wr = warm.map((r) => r.result).filter((r): r is Record<string, unknown> => !!r);
  const ws = summarize(wr.map((r) => r.totalMs as number));
  rows.push({
    figure: `Warm start from the cache, ${label} (read the sources, hash, load the index)`,
    median: ws ? fmtMs(ws.median) : '–',
    p95: ws ? fmtMs(ws.p95) : '–',
    runs: String(wr.length),
    memory: fmtMB(Math.max(0, ...wr.map((r) => (r.peak as number) ?? 0))),
    target: target ? '≤ 1 s' : '',
    met: target ? verdict(ws?.median, 1000, false) : '',
  });
}

function buildReport(runs: Record<string, TaskRun | TaskRun[]>, inputs: Inputs, info: Record<string, string | number>, totalMs: number) {
  const one = (key: string) => runs[key] as TaskRun | undefined;
  const many = (key: string) => (runs[key] as TaskRun[] | undefined) ?? [];
  const rows: Row[] = [];
  const timed = (key: string, figure: string, target?: { limit: number; text: string; on: 'median' | 'p95' }, memory?: unknown) => {
    const r = one(key);
    const s = summarize(r?.samples ?? []);
    const capped = !!r?.capped;
    const lower = capped && r ? `> ${fmtMs(r.wallMs)}` : undefined;
    rows.push({
      figure,
      median: s ? fmtMs(s.median) : (lower ?? (r?.error ? 'error' : '–')),
      p95: s ? fmtMs(s.p95) : (lower ?? '–'),
      runs: s ? `${s.runs}${capped ? ' (capped)' : ''}` : '0',
      memory: fmtMB(memory ?? r?.result?.peak ?? r?.result?.serverPeak),
      target: target?.text ?? '',
      met: target ? verdict(s?.[target.on], target.limit, capped) : '',
    });
    return s;
  };

  const p3 = timed('parse-3k', 'remark-parse + remark-gfm alone, 3,000-word draft (the floor)');
  const p60 = timed('parse-60k', 'remark-parse + remark-gfm alone, 60,000-word draft');
  const e3 = timed('edit-3k', 'Edit → fresh diagnostics, 3,000 words, 5 MB corpus (every kind; server over stdio, debounce 0)', { limit: 10, text: 'p95 ≤ 10 ms', on: 'p95' });
  const e60run = one('edit-60k');
  const e60 = timed('edit-60k', 'Edit → fresh diagnostics, 60,000 words, 5 MB corpus (every kind)', { limit: 30, text: 'p95 ≤ 30 ms', on: 'p95' });
  const c3 = timed('check-3k-5mb', 'Full check (checkDraft), 3,000 words, 5 MB corpus');
  timed('check-3k-bundled', 'Full check, 3,000 words, bundled corpus');
  const c60 = timed('check-60k-5mb', 'Full check, 60,000 words, 5 MB corpus');
  const ratio = (a?: Summary, b?: Summary) => (a && b ? `${(a.median / b.median).toFixed(1)}×` : '–');
  rows.push({ figure: 'Full check ÷ remark parse alone (medians), 3,000 / 60,000 words', median: `${ratio(c3, p3)} / ${ratio(c60, p60)}`, p95: '', runs: '', memory: '', target: '', met: '' });
  if (e60 && p60) rows.push({ figure: 'Edit p95 as a share of one full remark parse, 60,000 words', median: '', p95: `${((e60.p95 / p60.median) * 100).toFixed(1)}%`, runs: '', memory: '', target: '< 5%', met: e60.p95 / p60.median < 0.05 ? 'yes' : 'no' });
  if (e3 === undefined && one('edit-3k')?.error) log(`edit-3k: ${one('edit-3k')!.error}`);

  indexRows(rows, many, 'index-5mb', `${(inputs.bytes5 / 1e6).toFixed(0)} MB`, inputs.bytes5);
  indexRows(rows, many, 'index-50mb', `${(inputs.bytes50 / 1e6).toFixed(0)} MB`, inputs.bytes50, { ms: 30_000, text: '' }, 2 ** 30);
  // (For PDFs reading the files is most of the work: their figure is reading and indexing both.)
  indexRows(rows, many, 'index-pdf', `${PDF_PAGES} PDF pages (${(inputs.bytesPdf / 1e6).toFixed(1)} MB of PDF, ${(inputs.textBytesPdf / 1e6).toFixed(2)} MB of text)`, inputs.textBytesPdf, { ms: 30_000, text: '' }, 2 ** 30, 'totalMs');
  timed('start-300', 'Server start → first diagnostics, bundled corpus, 300-word draft (dist/server.js, as VS Code runs it)', { limit: 300, text: '≤ 300 ms', on: 'median' });
  timed('start-300-out', 'Server start → first diagnostics, bundled corpus, 300-word draft (corroborate-ls: out/, unbundled ESM)', { limit: 300, text: '≤ 300 ms', on: 'median' });
  timed('start-3k', 'Server start → first diagnostics, bundled corpus, 3,000-word draft (dist/server.js)', { limit: 300, text: '≤ 300 ms', on: 'median' });
  timed('cli-200', '`corroborate check` of 200 drafts × 2,000 words, bundled corpus', { limit: CLI_TARGETS.check, text: `≤ ${CLI_TARGETS.check / 1000} s`, on: 'median' });
  timed('report-200', '`corroborate report` of 200 drafts × 2,000 words, bundled corpus (every page written)', { limit: CLI_TARGETS.report, text: `≤ ${CLI_TARGETS.report / 1000} s`, on: 'median' });

  const e60first = (e60run?.notes.find((x) => (x as { firstCheck?: number }).firstCheck !== undefined) as { firstCheck?: number } | undefined)?.firstCheck;
  const machineLine = `Measured with \`npm run bench\` on ${info.cpu}, ${info.cores} cores, ${info.ramGB} GB RAM, Node ${info.node} (${info.os}); load average at start ${info.loadAverageAtStart}, at end ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}. The whole bench took ${fmtMs(totalMs)}.`;
  const lines = keystrokeOnly ? [...keystrokeTable(one), machineLine] : [
    ...keystrokeTable(one),
    `Measured with \`npm run bench\` on ${info.cpu}, ${info.cores} cores, ${info.ramGB} GB RAM, Node ${info.node} (${info.os}); load average at start ${info.loadAverageAtStart}, at end ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}. The whole bench took ${fmtMs(totalMs)}.`,
    '',
    '| Figure | Median | p95 | Runs | Peak memory | Target | Met |',
    '|---|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${[r.figure, r.median, r.p95, r.runs, r.memory, r.target, r.met].join(' | ')} |`),
    '',
    `Corpora: ${(inputs.bytes5 / 1e6).toFixed(1)} MB and ${(inputs.bytes50 / 1e6).toFixed(1)} MB of made-up sources; drafts of 3,000 and 60,000 words. Peak memory is the process's VmHWM (the server's, for edits and start-up; worker threads included). "> t" means the task was stopped at its time cap before a first result.${e60first !== undefined ? ` The 60,000-word draft's first check in the server took ${fmtMs(e60first)}.` : ''}`,
  ];
  const json = {
    machine: { ...info, loadAverageAtEnd: os.loadavg().map((l) => l.toFixed(2)).join(' ') },
    totalMs,
    inputs,
    rows,
    tasks: Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, Array.isArray(v) ? v.map(withSummary) : withSummary(v)])),
  };
  return { markdown: lines.join('\n'), json };
}

const EDIT_KIND_NAMES: Record<string, string> = { start: 'at the start', middle: 'in the middle', end: 'at the end', title: 'of the title name' };

/**
 * The keystroke figures: each kind of edit's time to fresh diagnostics beside the floor's for the
 * same edits (a server on the same library that publishes the same diagnostics without checking),
 * and, with --compare, the other build's.
 */
function keystrokeTable(one: (key: string) => TaskRun | undefined): string[] {
  const out = [
    `| Edit → fresh diagnostics, 5 MB corpus | Median | p95 | Floor median | Floor p95 | p95 ÷ floor p95 | Runs |${COMPARE ? ' Before: median | Before: p95 | Before ÷ now (p95) |' : ''} Target | Met |`,
    `|---|---|---|---|---|---|---|${COMPARE ? '---|---|---|' : ''}---|---|`,
  ];
  for (const [size, words, limit] of [['3k', '3,000', 10], ['60k', '60,000', 30]] as const) {
    const edits = one(`edit-${size}`);
    const floor = one(`floor-${size}`);
    const before = one(`before-${size}`);
    if (!edits) continue;
    const ordinary = summarize(['start', 'middle', 'end'].flatMap((k) => edits.byKind[k] ?? []));
    for (const kind of ['start', 'middle', 'end', 'title', 'all']) {
      const pick = (r: TaskRun | undefined) => summarize(kind === 'all' ? (r?.samples ?? []) : (r?.byKind[kind] ?? []));
      const [s, f, b] = [pick(edits), pick(floor), pick(before)];
      if (!s) continue;
      const ratio = f ? s.p95 / f.p95 : NaN;
      const titleRatio = kind === 'title' && ordinary ? s.p95 / ordinary.p95 : NaN;
      const target = kind === 'title' ? `≤ 2× an ordinary edit's p95 (${fmtMs(ordinary?.p95)})` : `p95 ≤ ${limit} ms, ≤ 1.5× floor`;
      const met = kind === 'title'
        ? (Number.isNaN(titleRatio) ? '–' : `${titleRatio <= 2 ? 'yes' : 'no'} (${titleRatio.toFixed(1)}×)`)
        : `${s.p95 <= limit ? 'yes' : `no (${(s.p95 / limit).toFixed(1)}×)`}; floor ${Number.isNaN(ratio) ? '–' : ratio <= 1.5 ? 'yes' : 'no'}`;
      const compare = COMPARE ? ` ${fmtMs(b?.median)} | ${fmtMs(b?.p95)} | ${b ? `${(b.p95 / s.p95).toFixed(1)}×` : '–'} |` : '';
      const label = kind === 'all' ? 'every edit' : `an edit ${EDIT_KIND_NAMES[kind]}`;
      out.push(`| ${words} words, ${label} | ${fmtMs(s.median)} | ${fmtMs(s.p95)} | ${fmtMs(f?.median)} | ${fmtMs(f?.p95)} | ${Number.isNaN(ratio) ? '–' : `${ratio.toFixed(1)}×`} | ${s.runs} |${compare} ${target} | ${met} |`);
    }
  }
  return out.length > 2 ? [...out, '', ...(COMPARE ? [`"Before" is the server of ${COMPARE}, measured turn about with this one in the same run.`, ''] : [])] : [];
}

function withSummary(run: TaskRun) {
  return { ...run, summary: summarize(run.samples) };
}

main().catch((error) => {
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
