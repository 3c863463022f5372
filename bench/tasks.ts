// One benchmark task, run in its own process so that its memory is its own:
//   node out/bench/tasks.js TASK 'JSON ARGS'
// Prints `SAMPLE {...}` for each measurement as it goes (so that a task stopped for taking too long
// still reports what it measured) and `RESULT {...}` at the end.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { indexCorpus } from '../server/src/corpus/cache.js';
import { bundledCorpusDir, loadSources } from '../server/src/corpus/sources.js';
import { checkDraft, type CorpusIndex } from '../server/src/engine/index.js';
import { BenchClient, peakMemoryOf } from './lsp.js';
import type { DiagnosticsRecord } from './floorServer.js';
import { EDIT_KINDS, EditPlan, type EditKind } from './editPlan.js';

type Args = Record<string, unknown> & { budgetMs?: number };

const emit = (kind: 'SAMPLE' | 'RESULT' | 'NOTE', value: unknown) => process.stdout.write(`${kind} ${JSON.stringify(value)}\n`);

function peakSelf(): number | undefined {
  return peakMemoryOf(process.pid);
}

/** Runs `fn` `warmup` times unmeasured, then up to `runs` times (at least once) within the budget. */
async function repeat(args: Args, fn: () => unknown | Promise<unknown>): Promise<number[]> {
  const runs = Number(args.runs ?? 10);
  const warmup = Number(args.warmup ?? 1);
  const budget = Number(args.budgetMs ?? 60_000);
  const started = performance.now();
  for (let i = 0; i < warmup; i++) {
    const t = performance.now();
    await fn();
    emit('NOTE', { warmup: performance.now() - t });
    if (performance.now() - started > budget / 2) break;
  }
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    const ms = performance.now() - t;
    samples.push(ms);
    emit('SAMPLE', ms);
    if (performance.now() - started + ms > budget) break;
  }
  return samples;
}

async function loadIndex(corpus: string, cacheDir: string | undefined): Promise<CorpusIndex> {
  const dir = corpus === 'bundled' ? bundledCorpusDir() : corpus;
  const inputs = await loadSources([dir], { warn: (m) => process.stderr.write(`${m}\n`), cacheDir });
  return (await indexCorpus(inputs, { cacheDir, warn: (m) => process.stderr.write(`${m}\n`) })).index;
}

const tasks: Record<string, (args: Args) => Promise<unknown>> = {
  /** remark-parse + remark-gfm alone: the floor a full parse cannot go below. */
  async parse(args) {
    const text = readFileSync(String(args.draft), 'utf8');
    const samples = await repeat(args, () => unified().use(remarkParse).use(remarkGfm).parse(text));
    return { samples, peak: peakSelf() };
  },

  /** A full check of a draft (checkDraft), the index loaded from the cache first. */
  async check(args) {
    const text = readFileSync(String(args.draft), 'utf8');
    const index = await loadIndex(String(args.corpus), args.cacheDir as string | undefined);
    let first: number | undefined;
    const samples = await repeat({ ...args, warmup: 0 }, () => {
      const t = performance.now();
      checkDraft(text, index);
      first ??= performance.now() - t;
    });
    return { samples, first, peak: peakSelf() };
  },

  /** Reads a corpus and indexes it (cold with an empty cache folder, warm with a filled one). */
  async index(args) {
    const t0 = performance.now();
    const inputs = await loadSources([String(args.corpus)], { warn: (m) => process.stderr.write(`${m}\n`), cacheDir: args.cacheDir as string | undefined });
    const t1 = performance.now();
    const { report } = await indexCorpus(inputs, { cacheDir: args.cacheDir as string | undefined, warn: (m) => process.stderr.write(`${m}\n`) });
    const t2 = performance.now();
    const bytes = inputs.reduce((n, s) => n + Buffer.byteLength(s.text), 0);
    const result = { loadMs: t1 - t0, indexMs: t2 - t1, totalMs: t2 - t0, bytes, report, peak: peakSelf(), heapUsed: process.memoryUsage().heapUsed };
    emit('SAMPLE', result.totalMs);
    return result;
  },

  /**
   * Edits through the real language server over stdio (debounce 0): each edit is sent as an
   * incremental change and timed to the publishDiagnostics of its version. The kinds of edit
   * (`kinds`: start, middle, end, title) take turns, so that each sees the same machine; with
   * `record`, what was published for each version is written there for the floor to replay.
   */
  async edit(args) {
    const draftFile = String(args.draft);
    const corpus = String(args.corpus);
    const started = performance.now();
    const budget = Number(args.budgetMs ?? 60_000);
    const client = await BenchClient.start({
      server: String(args.server),
      settings: { debounceMs: 0, includeBundledCorpus: corpus === 'bundled', sources: corpus === 'bundled' ? [] : [corpus] },
      initializationOptions: args.cacheDir ? { cacheDir: args.cacheDir } : {},
      execArgv: (args.execArgv as string[] | undefined) ?? [],
    });
    try {
      await client.whenIdle(budget);
      const ready = performance.now() - started;
      const uri = pathToFileURL(draftFile).href;
      const recorder = args.record ? new DiagnosticsRecorder() : undefined;
      let t = performance.now();
      await client.open(uri, readFileSync(draftFile, 'utf8'));
      recorder?.add(1, (await client.diagnostics(uri, 1, Math.max(1000, budget - (performance.now() - started)))).diagnostics);
      const firstCheck = performance.now() - t;
      emit('NOTE', { ready, firstCheck });
      const plan = new EditPlan(client.text(uri), kindsOf(args));
      const edits = Number(args.edits ?? 100) * plan.kinds.length;
      const warmup = Number(args.warmup ?? 5);
      for (let i = 0; i < warmup + edits; i++) {
        const kind = plan.kinds[i % plan.kinds.length]!;
        const [start, end, insert] = plan.next(client.text(uri), kind);
        const version = await client.edit(uri, start, end, insert);
        t = client.lastSentAt;
        const published = await client.diagnostics(uri, version, 30_000);
        const ms = performance.now() - t;
        recorder?.edit(version, [start, end, insert], i >= warmup ? kind : undefined, published.diagnostics);
        if (i >= warmup) emit('SAMPLE', { kind, ms });
        if (performance.now() - started > budget) break;
      }
      if (recorder) recorder.write(String(args.record), readFileSync(draftFile, 'utf8'));
      return { ready, firstCheck, serverPeak: client.peakMemory() };
    } finally {
      await client.stop();
    }
  },

  /**
   * The floor: the edits of a recorded run, sent the same way to a server on the same library
   * that checks nothing and publishes what the real server published for each version.
   */
  async floor(args) {
    const record = JSON.parse(readFileSync(String(args.record), 'utf8')) as RecordedRun;
    const client = await BenchClient.start({ server: String(args.server), serverArgs: [String(args.record)], settings: {} });
    const started = performance.now();
    const budget = Number(args.budgetMs ?? 60_000);
    try {
      const uri = pathToFileURL(String(args.draft)).href;
      await client.open(uri, record.text);
      await client.diagnostics(uri, 1, 30_000);
      for (const { edit: [start, end, insert], kind } of record.edits) {
        const version = await client.edit(uri, start, end, insert);
        const t = client.lastSentAt;
        await client.diagnostics(uri, version, 30_000);
        if (kind) emit('SAMPLE', { kind, ms: performance.now() - t });
        if (performance.now() - started > budget) break;
      }
      return { serverPeak: client.peakMemory() };
    } finally {
      await client.stop();
    }
  },

  /** Server start to the first diagnostics of a draft opened at once (bundled corpus). */
  async start(args) {
    const draftFile = String(args.draft);
    const text = readFileSync(draftFile, 'utf8');
    const uri = pathToFileURL(draftFile).href;
    const peaks: number[] = [];
    const samples = await repeat({ ...args, warmup: 1 }, async () => {
      const client = await BenchClient.start({
        server: String(args.server),
        settings: { debounceMs: 0 },
        initializationOptions: args.cacheDir ? { cacheDir: args.cacheDir } : {},
      });
      try {
        await client.open(uri, text);
        await client.diagnostics(uri, 1, 60_000);
        const peak = client.peakMemory();
        if (peak) peaks.push(peak);
      } finally {
        await client.stop();
      }
    });
    return { samples, serverPeak: Math.max(0, ...peaks) || undefined };
  },

  /**
   * `corroborate check` over a folder of drafts, as a user runs it (or `report`, with `command`).
   * Each run's CPU time (user + system, every thread) is a NOTE beside its wall time.
   */
  async cli(args) {
    const dir = String(args.drafts);
    const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort().map((f) => path.join(dir, f));
    const probe = path.join(path.dirname(fileURLToPath(import.meta.url)), 'cpuProbe.js');
    const peaks: number[] = [];
    const samples = await repeat({ ...args, warmup: 0 }, () => new Promise<void>((resolve, reject) => {
      const extra = [...(args.corpus ? ['--corpus', String(args.corpus)] : []), ...(args.cacheDir ? ['--cache', String(args.cacheDir)] : [])];
      // `check --format json`, or with `command: 'report'` the HTML report (into a folder it replaces each run).
      const command = args.command === 'report' ? ['report', '--out', String(args.out)] : ['check', '--format', 'json'];
      const child = spawn(process.execPath, ['--import', pathToFileURL(probe).href, String(args.bin), ...command, ...extra, ...files], { stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      let peak = 0;
      child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
      const poll = setInterval(() => (peak = Math.max(peak, peakMemoryOf(child.pid) ?? 0)), 50);
      child.on('close', (code) => {
        clearInterval(poll);
        peaks.push(peak);
        const cpu = /^BENCH_CPU (.+)$/m.exec(stderr)?.[1];
        if (cpu) emit('NOTE', { cpu: JSON.parse(cpu) as unknown, loadAverage: loadavg()[0] });
        if (code === 0 || code === 1) resolve();
        else reject(new Error(`corroborate ${command[0]} exited ${code}: ${stderr.slice(0, 500)}`));
      });
    }));
    return { samples, files: files.length, peak: Math.max(0, ...peaks) || undefined };
  },
};

function kindsOf(args: Args): EditKind[] {
  const asked = (args.kinds as string[] | undefined) ?? EDIT_KINDS;
  return EDIT_KINDS.filter((k) => asked.includes(k));
}

interface RecordedEdit {
  version: number;
  edit: [number, number, string];
  /** The kind of a measured edit (a warm-up edit has none). */
  kind?: EditKind;
}

interface RecordedRun extends DiagnosticsRecord {
  text: string;
  edits: RecordedEdit[];
}

/** What the real server published for each version, each distinct diagnostic stored once. */
class DiagnosticsRecorder {
  private readonly table: unknown[] = [];
  private readonly ids = new Map<string, number>();
  private readonly versions: Record<string, number[]> = {};
  private readonly edits: RecordedEdit[] = [];

  add(version: number, diagnostics: unknown[]): void {
    this.versions[String(version)] = diagnostics.map((d) => {
      const json = JSON.stringify(d);
      let id = this.ids.get(json);
      if (id === undefined) {
        this.ids.set(json, (id = this.table.length));
        this.table.push(d);
      }
      return id;
    });
  }

  edit(version: number, edit: [number, number, string], kind: EditKind | undefined, diagnostics: unknown[]): void {
    this.add(version, diagnostics);
    this.edits.push({ version, edit, ...(kind ? { kind } : {}) });
  }

  write(file: string, text: string): void {
    writeFileSync(file, JSON.stringify({ text, table: this.table, versions: this.versions, edits: this.edits }));
  }
}

const [name, raw] = process.argv.slice(2);
const task = name ? tasks[name] : undefined;
if (!task) {
  process.stderr.write(`unknown task ${name}; one of ${Object.keys(tasks).join(', ')}\n`);
  process.exitCode = 2;
} else {
  task(JSON.parse(raw ?? '{}') as Args).then(
    (result) => {
      emit('RESULT', result);
      process.exit(0);
    },
    (error) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    },
  );
}
