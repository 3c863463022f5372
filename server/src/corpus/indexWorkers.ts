// Who runs the indexing jobs: this thread, or a pool of worker threads that split the sources among
// them (largest first, each worker taking the next source when it is free). Either way the corpus
// is indexed in two rounds: prepare every source (statistics come back), then, once the corpus's
// names are known, read every source (cache entries come back, one message per source).
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { EntryIdentity } from './indexEntry.js';
import { JobRunner, type Job } from './indexJobs.js';
import type { ReadSource, SourceStats } from '../engine/index.js';

export interface ReadResult {
  id: number;
  /** In this thread: the objects themselves. */
  read?: ReadSource;
  /** The cache entry (from a worker, always when it could be encoded). */
  entry?: Uint8Array;
  /** Why there is no entry. */
  notCached?: string;
}

export interface Executor {
  readonly threads: number;
  prepare(jobs: Job[], onPrepared: (id: number, stats: SourceStats) => void): Promise<void>;
  /** Reads sources prepared here (`ids`) and prepares-and-reads `jobs`. */
  read(names: ReadonlySet<string>, namesHash: string, ids: number[], jobs: Job[], onRead: (result: ReadResult) => void): Promise<void>;
  close(): Promise<void>;
}

function moduleDir(): string {
  // Bundled as CommonJS (the extension) __dirname exists; run as ESM it does not.
  return typeof __dirname !== 'undefined' ? __dirname : path.dirname(fileURLToPath(import.meta.url));
}

/** The worker script: next to this module (out/server/src or dist/). */
export function workerScript(): string {
  return path.join(moduleDir(), 'indexWorker.js');
}

export function availableCores(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Runs the jobs in this thread, letting other events through every few milliseconds. */
export class LocalExecutor implements Executor {
  readonly threads = 0;
  private readonly runner: JobRunner;

  constructor(identity: EntryIdentity, private readonly encode: boolean) {
    this.runner = new JobRunner(identity);
  }

  async prepare(jobs: Job[], onPrepared: (id: number, stats: SourceStats) => void): Promise<void> {
    let since = Date.now();
    for (const job of jobs) {
      onPrepared(job.id, this.runner.prepare(job));
      if (Date.now() - since > 30) {
        await yieldToEvents();
        since = Date.now();
      }
    }
  }

  async read(names: ReadonlySet<string>, namesHash: string, ids: number[], jobs: Job[], onRead: (result: ReadResult) => void): Promise<void> {
    let since = Date.now();
    const work: Array<[number, Job | undefined]> = [...ids.map((id): [number, undefined] => [id, undefined]), ...jobs.map((j): [number, Job] => [j.id, j])];
    for (const [id, job] of work) {
      const result = this.runner.read(id, names, namesHash, this.encode, job);
      onRead({ id, read: result.read, entry: result.entry, notCached: result.notCached });
      if (Date.now() - since > 30) {
        await yieldToEvents();
        since = Date.now();
      }
    }
  }

  async close(): Promise<void> {}
}

type WorkerMessage =
  | { type: 'prepared'; id: number; stats: SourceStats }
  | { type: 'entry'; id: number; entry: Uint8Array }
  | { type: 'objects'; id: number; read: ReadSource; reason?: string }
  | { type: 'error'; message: string };

/** A pool of worker threads; any failure of a worker fails the round it happened in. */
export class WorkerPool implements Executor {
  private readonly workers: Worker[];
  /** Which worker prepared each source. */
  private readonly owner = new Map<number, number>();
  private readonly assignedBytes: number[];
  private handler: ((worker: number, message: WorkerMessage) => void) | undefined;
  private failure: ((error: Error) => void) | undefined;
  private closed = false;

  constructor(readonly threads: number, identity: EntryIdentity, script = workerScript()) {
    if (!existsSync(script)) throw new Error(`the index worker ${script} is missing`);
    this.assignedBytes = new Array<number>(threads).fill(0);
    this.workers = Array.from({ length: threads }, (_, i) => {
      const worker = new Worker(script, { workerData: { identity } });
      worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'error') this.failure?.(new Error(`index worker: ${message.message}`));
        else this.handler?.(i, message);
      });
      worker.on('error', (error) => this.failure?.(error));
      worker.on('exit', (code) => {
        if (!this.closed) this.failure?.(new Error(`an index worker stopped (exit code ${code})`));
      });
      return worker;
    });
  }

  /** Runs one round: resolves when `remaining` results came back, rejects on the first failure. */
  private round(remaining: number, start: () => void, onMessage: (worker: number, message: WorkerMessage) => boolean): Promise<void> {
    if (remaining === 0) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      let left = remaining;
      this.failure = (error) => {
        this.handler = undefined;
        this.failure = undefined;
        reject(error);
      };
      this.handler = (worker, message) => {
        try {
          if (onMessage(worker, message) && --left === 0) {
            this.handler = undefined;
            this.failure = undefined;
            resolve();
          }
        } catch (error) {
          this.failure?.(error as Error);
        }
      };
      start();
    });
  }

  prepare(jobs: Job[], onPrepared: (id: number, stats: SourceStats) => void): Promise<void> {
    // Largest first: the last sources handed out are small, so the workers finish together.
    const queue = [...jobs].sort((a, b) => b.input.text.length - a.input.text.length);
    const give = (worker: number) => {
      const job = queue.shift();
      if (!job) return;
      this.owner.set(job.id, worker);
      this.assignedBytes[worker]! += job.input.text.length;
      this.workers[worker]!.postMessage({ type: 'prepare', job });
    };
    return this.round(jobs.length, () => {
      for (let w = 0; w < this.workers.length; w++) give(w);
    }, (worker, message) => {
      if (message.type !== 'prepared') return false;
      give(worker);
      onPrepared(message.id, message.stats);
      return true;
    });
  }

  read(names: ReadonlySet<string>, namesHash: string, ids: number[], jobs: Job[], onRead: (result: ReadResult) => void): Promise<void> {
    const perWorker = this.workers.map(() => ({ ids: [] as number[], jobs: [] as Job[] }));
    for (const id of ids) {
      const w = this.owner.get(id);
      if (w === undefined) throw new Error(`source ${id} was not prepared in a worker`);
      perWorker[w]!.ids.push(id);
    }
    for (const job of [...jobs].sort((a, b) => b.input.text.length - a.input.text.length)) {
      let w = 0;
      for (let i = 1; i < this.workers.length; i++) if (this.assignedBytes[i]! < this.assignedBytes[w]!) w = i;
      this.assignedBytes[w]! += job.input.text.length;
      perWorker[w]!.jobs.push(job);
    }
    const nameList = [...names];
    return this.round(ids.length + jobs.length, () => {
      perWorker.forEach((work, w) => {
        if (work.ids.length + work.jobs.length > 0) this.workers[w]!.postMessage({ type: 'read', names: nameList, namesHash, ids: work.ids, jobs: work.jobs });
      });
    }, (_worker, message) => {
      if (message.type === 'entry') onRead({ id: message.id, entry: message.entry });
      else if (message.type === 'objects') onRead({ id: message.id, read: message.read, notCached: message.reason ?? 'not plain data' });
      else return false;
      return true;
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    this.handler = undefined;
    this.failure = undefined;
    await Promise.all(this.workers.map((w) => w.terminate().catch(() => undefined)));
  }
}
