// Indexing a corpus at scale: sources are split among worker threads, progress is reported, and
// each source's index is cached on disk under the hash of its content, so that a restart with an
// unchanged corpus, or with one source changed, reads the cache instead of indexing again.
//
// The cache folder (the editor's storage, or `corroborate check --cache DIR`) holds
//   index-v<format>/<version>-<engine fingerprint>/sources/<hh>/<content hash>.bin   one per source
//   index-v<format>/<version>-<engine fingerprint>/corpus/<corpus hash>.bin          corpus-wide statistics
// A new format, package version or engine build writes to a new folder, so a stale cache is never
// read; folders unused for two weeks and entries unused for a month are deleted. A corrupt or
// unreadable entry is reported as a warning and the source is indexed afresh.
import { codeFingerprint } from './fingerprint.js';
import { existsSync, readdirSync, readFileSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CACHE_FORMAT,
  contentHash,
  corpusHash,
  decodeCorpusStats,
  decodeMain,
  decodeQueries,
  decodeStats,
  encodeCorpusStats,
  EntryError,
  namesHash,
  openSourceEntry,
  queriesHold,
  type EntryIdentity,
  type SourceEntry,
} from './indexEntry.js';
import type { Job } from './indexJobs.js';
import { assembleIndex, isMarkdownSource, mergeStats, type CorpusIndex, type CorpusStats, type ReadSource, type SourceInput, type SourceStats } from '../engine/index.js';
import { availableCores, LocalExecutor, WorkerPool, type Executor, type ReadResult } from './indexWorkers.js';
import { SERVER_VERSION } from '../lsp/protocol.js';
import { mapLimit } from './mapLimit.js';

export interface IndexProgress {
  /** 0 to 1. */
  fraction: number;
  message: string;
}

export interface IndexOptions {
  /** Where to keep the cache; none: no cache. */
  cacheDir?: string;
  /** At most this many worker threads (default: one per core); 0 indexes in this thread. */
  workers?: number;
  /** Below this many bytes to index, threads cost more than they save (default 1 MB). */
  minBytesForWorkers?: number;
  onProgress?: (progress: IndexProgress) => void;
  warn?: (message: string) => void;
  /** The worker script (tests only). */
  workerScript?: string;
}

export interface IndexReport {
  sources: number;
  bytes: number;
  /** Sources whose index came from the cache. */
  fromCache: number;
  /** Sources indexed (not in the cache, or read again because the corpus's names changed). */
  indexed: number;
  /** Of those, sources that were in the cache but had to be read again. */
  reread: number;
  /** Worker threads used (0: this thread). */
  threads: number;
  /** Whether the corpus-wide statistics came from the cache. */
  statsFromCache: boolean;
  ms: number;
  /** Where the time went, in ms: reading the cache, indexing, decoding entries, assembling, writing. */
  timings: Record<'cacheRead' | 'index' | 'decode' | 'assemble' | 'write', number>;
}

function moduleFile(): string {
  return typeof __filename !== 'undefined' ? __filename : fileURLToPath(import.meta.url);
}

let fingerprint: string | undefined;

/** The engine's compiled modules below `dir`, as sorted relative paths. */
function engineFiles(dir: string, prefix = ''): string[] {
  const names: string[] = [];
  for (const entry of readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const relative = path.join(prefix, entry.name);
    if (entry.isDirectory()) names.push(...engineFiles(dir, relative));
    else if (/\.[cm]?js$/.test(entry.name)) names.push(relative);
  }
  return names.sort();
}

/**
 * A fingerprint of the code that builds the index: the engine's files and the indexing modules
 * (run from out/), or the bundle this runs in. A rebuilt engine never reads an older cache.
 */
export function engineFingerprint(): string {
  if (fingerprint) return fingerprint;
  const file = moduleFile();
  const dir = path.dirname(file);
  // Run from out/, this module is in corpus/ beside engine/; bundled, there is no engine folder.
  const engineDir = path.join(dir, '..', 'engine');
  fingerprint = codeFingerprint((hash) => {
    if (existsSync(path.join(engineDir, 'index.js'))) {
      // Every engine module, in subfolders too (frames/): any of them can change what the index holds.
      for (const name of engineFiles(engineDir)) hash.update(name).update(readFileSync(path.join(engineDir, name)));
      for (const name of ['indexCodec.js', 'indexEntry.js', 'indexJobs.js', path.basename(file)]) {
        const p = path.join(dir, name);
        if (existsSync(p)) hash.update(name).update(readFileSync(p));
      }
    } else {
      hash.update(readFileSync(file));
    }
  });
  return fingerprint;
}

export function cacheIdentity(): EntryIdentity {
  return { version: SERVER_VERSION, engine: engineFingerprint() };
}

const DAY = 24 * 60 * 60 * 1000;
const UNUSED_FOLDER_DAYS = 14;
const UNUSED_ENTRY_DAYS = 30;

/** The cache folder of one format, version and engine. */
export class CorpusCache {
  readonly root: string;
  readonly dir: string;
  private warnings = 0;

  constructor(
    cacheDir: string,
    readonly identity: EntryIdentity,
    private readonly warn: (message: string) => void,
  ) {
    this.root = path.join(cacheDir, `index-v${CACHE_FORMAT}`);
    this.dir = path.join(this.root, `${identity.version.replace(/[^\w.-]/g, '_')}-${identity.engine}`);
  }

  entryPath(hash: string): string {
    return path.join(this.dir, 'sources', hash.slice(0, 2), `${hash}.bin`);
  }

  statsPath(key: string): string {
    return path.join(this.dir, 'corpus', `${key}.bin`);
  }

  /** Warns about a bad entry (the first few by name, then a count at the end). */
  badEntry(file: string, reason: string): void {
    this.warnings++;
    if (this.warnings <= 5) this.warn(`ignored the index cache entry ${file} (${reason}); indexing that source again`);
  }

  finishWarnings(): void {
    if (this.warnings > 5) this.warn(`ignored ${this.warnings - 5} more bad index cache entries`);
    this.warnings = 0;
  }

  private async readFile(file: string): Promise<Buffer | undefined> {
    try {
      const bytes = await fs.readFile(file);
      void this.touch(file);
      return bytes;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') this.badEntry(file, `cannot be read: ${code ?? (error as Error).message}`);
      return undefined;
    }
  }

  /** Marks an entry as used (at most once a day), so that pruning keeps it. */
  private async touch(file: string): Promise<void> {
    try {
      const stat = await fs.stat(file);
      if (Date.now() - stat.mtimeMs > DAY) {
        const now = new Date();
        await fs.utimes(file, now, now);
      }
    } catch {
      // not important
    }
  }

  async readEntry(hash: string): Promise<SourceEntry | undefined> {
    const file = this.entryPath(hash);
    const bytes = await this.readFile(file);
    if (!bytes) return undefined;
    try {
      return openSourceEntry(bytes, this.identity, hash);
    } catch (error) {
      this.badEntry(file, (error as Error).message);
      return undefined;
    }
  }

  async readStats(key: string): Promise<CorpusStats | undefined> {
    const file = this.statsPath(key);
    const bytes = await this.readFile(file);
    if (!bytes) return undefined;
    try {
      return decodeCorpusStats(bytes, this.identity, key);
    } catch (error) {
      this.badEntry(file, (error as Error).message);
      return undefined;
    }
  }

  /** Writes a file whole or not at all (a temporary file renamed into place). Failures are warnings. */
  private async writeFile(file: string, bytes: Uint8Array): Promise<boolean> {
    const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      await fs.mkdir(path.dirname(file), { recursive: true });
      await fs.writeFile(temp, bytes);
      await fs.rename(temp, file);
      return true;
    } catch (error) {
      await fs.rm(temp, { force: true }).catch(() => undefined);
      this.writeFailed(error);
      return false;
    }
  }

  private writeWarned = false;
  private writeFailed(error: unknown): void {
    if (this.writeWarned) return;
    this.writeWarned = true;
    this.warn(`cannot write the index cache in ${this.dir} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); indexing works without it`);
  }

  writeEntry(hash: string, bytes: Uint8Array): Promise<boolean> {
    return this.writeFile(this.entryPath(hash), bytes);
  }

  writeStats(key: string, stats: CorpusStats): Promise<boolean> {
    return this.writeFile(this.statsPath(key), encodeCorpusStats(this.identity, key, stats));
  }

  /**
   * Marks this folder as used and, at most once a day, deletes other versions' folders unused for
   * two weeks and entries unused for a month. The marking is awaited; the sweep runs on in the
   * background unless `wait`. Never fails.
   */
  async prune(now = Date.now(), wait = false): Promise<void> {
    let sweep = false;
    try {
      const stamp = path.join(this.dir, '.pruned');
      const last = await fs.stat(stamp).then((s) => s.mtimeMs, () => 0);
      await fs.mkdir(this.dir, { recursive: true });
      await fs.writeFile(path.join(this.dir, '.used'), '');
      if (now - last >= DAY) {
        await fs.writeFile(stamp, '');
        sweep = true;
      }
    } catch {
      return; // pruning is housekeeping: never a reason to fail
    }
    if (!sweep) return;
    const running = this.sweep(now);
    if (wait) await running;
  }

  /** Deletes what is old; only deletes (so a folder removed meanwhile stays removed). */
  private async sweep(now: number): Promise<void> {
    try {
      for (const name of await fs.readdir(this.root)) {
        const other = path.join(this.root, name);
        if (other === this.dir) continue;
        const used = await fs.stat(path.join(other, '.used')).then((s) => s.mtimeMs, () => fs.stat(other).then((s) => s.mtimeMs, () => now));
        if (now - used > UNUSED_FOLDER_DAYS * DAY) await fs.rm(other, { recursive: true, force: true });
      }
      for (const sub of ['sources', 'corpus']) {
        const stack = [path.join(this.dir, sub)];
        while (stack.length > 0) {
          const dir = stack.pop()!;
          const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
          for (const entry of entries) {
            const p = path.join(dir, entry.name);
            if (entry.isDirectory()) stack.push(p);
            else {
              const stat = await fs.stat(p).catch(() => undefined);
              if (stat && now - stat.mtimeMs > (entry.name.endsWith('.tmp') ? DAY : UNUSED_ENTRY_DAYS * DAY)) await fs.rm(p, { force: true });
            }
          }
        }
      }
    } catch {
      // housekeeping
    }
  }
}

/** The progress of indexing as one fraction: reading the cache, preparing, reading, assembling. */
class ProgressMeter {
  prepared = 0;
  read = 0;
  private lastReport = 0;
  constructor(
    private readonly total: number,
    private readonly sources: number,
    private readonly report?: (p: IndexProgress) => void,
  ) {}

  emit(message: string, force = false): void {
    if (!this.report) return;
    const now = Date.now();
    if (!force && now - this.lastReport < 100) return;
    this.lastReport = now;
    const fraction = this.total === 0 ? 0.9 : 0.05 + 0.45 * (this.prepared / this.total) + 0.45 * (this.read / this.total);
    this.report({ fraction: Math.min(1, fraction), message });
  }

  message(done: number): string {
    return `Indexing sources: ${done} of ${this.sources}`;
  }
}

/**
 * Indexes the corpus: from the cache where it can, in worker threads where it is worth it. Gives
 * the same index as the engine's buildCorpusIndex(inputs).
 */
export async function indexCorpus(inputs: SourceInput[], options: IndexOptions = {}): Promise<{ index: CorpusIndex; report: IndexReport }> {
  return new IndexRun(inputs, options).run();
}

/** One indexing of a corpus: what the cache held, what was read, and where the time went. */
class IndexRun {
  private readonly started = performance.now();
  private readonly warn: (message: string) => void;
  private readonly identity: EntryIdentity;
  private readonly cache: CorpusCache | undefined;
  private readonly hashes: string[];
  private readonly timings: IndexReport['timings'] = { cacheRead: 0, index: 0, decode: 0, assemble: 0, write: 0 };
  private mark = performance.now();
  private entries: Array<SourceEntry | undefined> = [];
  private stats: CorpusStats | undefined;
  private statsFromCache = false;
  /** Per-source statistics of cached sources, when the corpus's must be put together again. */
  private readonly sourceStats: Array<SourceStats | undefined>;
  private readonly missing: Job[] = [];
  private meter!: ProgressMeter;
  private readonly reads: Array<ReadSource | undefined>;
  private readonly writes: Array<Promise<boolean>> = [];
  private notCachedWarned = false;
  private indexedCount = 0;
  private reread = 0;

  constructor(
    private readonly inputs: SourceInput[],
    private readonly options: IndexOptions,
  ) {
    this.warn = options.warn ?? (() => undefined);
    // Without a cache, entries only carry work between threads: the engine's files need not be read.
    this.identity = options.cacheDir ? cacheIdentity() : { version: SERVER_VERSION, engine: 'uncached' };
    this.cache = options.cacheDir ? new CorpusCache(options.cacheDir, this.identity, this.warn) : undefined;
    this.hashes = inputs.map((input) => contentHash(input.text, isMarkdownSource(input)));
    this.sourceStats = inputs.map(() => undefined);
    this.reads = inputs.map(() => undefined);
  }

  private lap(what: keyof IndexReport['timings']): void {
    const now = performance.now();
    this.timings[what] += now - this.mark;
    this.mark = now;
  }

  private job(i: number): Job {
    return { id: i, input: this.inputs[i]!, hash: this.hashes[i]! };
  }

  private dropEntry(i: number, error: unknown): void {
    this.cache?.badEntry(this.cache.entryPath(this.hashes[i]!), (error as Error).message);
    this.entries[i] = undefined;
  }

  async run(): Promise<{ index: CorpusIndex; report: IndexReport }> {
    const { inputs, options, cache } = this;
    options.onProgress?.({ fraction: 0, message: cache ? 'Reading the index cache' : 'Indexing sources' });
    const key = corpusHash(this.hashes);
    await this.readCache(key);
    inputs.forEach((_, i) => {
      if (!this.entries[i]) this.missing.push(this.job(i));
    });
    const missingBytes = this.missing.reduce((n, j) => n + j.input.text.length, 0);
    this.meter = new ProgressMeter(missingBytes, inputs.length, options.onProgress);
    const executor = await this.indexMissing(missingBytes);

    this.meter.emit('Assembling the index', true);
    this.lap('index');
    const index = assembleIndex(inputs, this.reads as ReadSource[], this.stats!);
    this.lap('assemble');
    if (cache) {
      if (!this.statsFromCache) this.writes.push(cache.writeStats(key, this.stats!));
      await Promise.all(this.writes);
      this.lap('write');
      await cache.prune();
      cache.finishWarnings();
    }
    options.onProgress?.({ fraction: 1, message: 'Indexed' });
    return { index, report: this.report(executor) };
  }

  private report(executor: Executor): IndexReport {
    const { inputs } = this;
    return {
      sources: inputs.length,
      bytes: inputs.reduce((n, input) => n + input.text.length, 0),
      fromCache: inputs.length - this.indexedCount,
      indexed: this.indexedCount,
      reread: this.reread,
      threads: executor instanceof WorkerPool ? executor.threads : 0,
      statsFromCache: this.statsFromCache,
      ms: performance.now() - this.started,
      timings: this.timings,
    };
  }

  /** Reads the sources' entries and the corpus's statistics from the cache, where it has them. */
  private async readCache(key: string): Promise<void> {
    const { cache } = this;
    this.entries = cache ? await mapLimit(this.hashes, 32, (hash) => cache.readEntry(hash)) : this.inputs.map(() => undefined);
    this.stats = cache && this.entries.every(Boolean) ? await cache.readStats(key) : undefined;
    this.lap('cacheRead');
    this.statsFromCache = !!this.stats;
    if (this.stats) return;
    this.entries.forEach((entry, i) => {
      if (!entry) return;
      try {
        this.sourceStats[i] = decodeStats(entry);
      } catch (error) {
        this.dropEntry(i, error);
      }
    });
  }

  /** Threads only for sources to index (and enough of them); a cache whose names still hold needs none. */
  private makeExecutor(missingBytes: number): Executor {
    const threads = Math.min(this.options.workers ?? availableCores(), availableCores(), this.missing.length);
    if (this.missing.length > 0 && threads >= 2 && missingBytes >= (this.options.minBytesForWorkers ?? 1_000_000)) {
      try {
        return new WorkerPool(threads, this.identity, this.options.workerScript);
      } catch (error) {
        this.warn(`indexing in one thread: ${(error as Error).message}`);
      }
    }
    return new LocalExecutor(this.identity, !!this.cache);
  }

  /** Indexes what the cache did not hold; returns the executor that did it (closed). */
  private async indexMissing(missingBytes: number): Promise<Executor> {
    let executor: Executor | undefined;
    try {
      executor = this.makeExecutor(missingBytes);
      try {
        await this.indexWith(executor);
      } catch (error) {
        if (!(executor instanceof WorkerPool)) throw error;
        // A worker failed (or could not start): index here instead, from the start.
        this.warn(`index workers failed (${(error as Error).message}); indexing in one thread`);
        await executor.close();
        this.missing.splice(0, this.missing.length, ...this.inputs.map((_, i) => this.job(i)));
        this.entries.fill(undefined);
        this.sourceStats.fill(undefined);
        this.reads.fill(undefined);
        this.stats = undefined;
        this.indexedCount = 0;
        executor = new LocalExecutor(this.identity, !!this.cache);
        await this.indexWith(executor);
      }
    } finally {
      await executor?.close();
    }
    return executor;
  }

  /** The corpus-wide statistics: from the cache, or merged from every source's (preparing those missing). */
  private async corpusStats(ex: Executor): Promise<CorpusStats> {
    if (this.stats) return this.stats;
    if (this.missing.length > 0) {
      await ex.prepare(this.missing, (id, s) => {
        this.sourceStats[id] = s;
        this.meter.prepared += this.inputs[id]!.text.length;
        this.meter.emit(this.meter.message(0));
      });
    }
    this.stats = mergeStats(this.sourceStats as SourceStats[]);
    this.sourceStats.fill(undefined); // per-source term counts are large and no longer needed
    return this.stats;
  }

  /** Cached sources stay valid when the names their reading asked about are known (or not) as before. */
  private staleEntries(knownNames: ReadonlySet<string>, names: string): Job[] {
    const again: Job[] = [];
    this.entries.forEach((entry, i) => {
      if (!entry || entry.names === names) return;
      let holds = false;
      try {
        holds = queriesHold(decodeQueries(entry), knownNames);
      } catch (error) {
        this.dropEntry(i, error);
      }
      if (!holds) {
        this.entries[i] = undefined;
        again.push(this.job(i));
      }
    });
    return again;
  }

  private async indexWith(ex: Executor): Promise<void> {
    const corpus = await this.corpusStats(ex);
    const names = namesHash(corpus.knownNames);
    const again = this.staleEntries(corpus.knownNames, names);
    this.reread = again.length;
    const progress = { done: 0 };
    const onRead = (result: ReadResult) => this.took(result, progress);
    const first = ex.read(corpus.knownNames, names, this.missing.map((j) => j.id), again, onRead);
    this.lap('index');
    // Meanwhile (the workers run on), decode what the cache holds.
    const failed: Job[] = [];
    this.entries.forEach((entry, i) => {
      if (!entry) return;
      try {
        this.reads[i] = decodeMain(entry, this.inputs[i]!);
        progress.done++;
      } catch (error) {
        this.dropEntry(i, error);
        failed.push(this.job(i));
      }
    });
    this.lap('decode');
    await first;
    this.lap('index');
    if (failed.length > 0) await ex.read(corpus.knownNames, names, [], failed, onRead);
  }

  /** Takes one source's reading: writes its entry to the cache, and keeps what it reads. */
  private took(result: ReadResult, progress: { done: number }): void {
    const input = this.inputs[result.id]!;
    let read = result.read;
    if (result.entry) {
      if (this.cache) this.writes.push(this.cache.writeEntry(this.hashes[result.id]!, result.entry));
      if (!read) read = decodeMain(openSourceEntry(result.entry, this.identity, this.hashes[result.id]!), input);
    } else if (this.cache && result.notCached && !this.notCachedWarned) {
      this.notCachedWarned = true;
      this.warn(`some sources' index cannot be cached (${result.notCached})`);
    }
    this.reads[result.id] = read;
    this.indexedCount++;
    this.meter.read += input.text.length;
    this.meter.emit(this.meter.message(++progress.done));
  }
}

export { EntryError };
