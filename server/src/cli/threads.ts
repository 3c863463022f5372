// Jobs shared between this thread and worker threads (checking drafts for `check` and `report`).
// This thread takes jobs too: it has the corpus indexed and its code warmed up already, where a
// worker of its own would load, compile and warm up the engine once more. Each worker is given two
// jobs at a time, so that it never waits while this thread is busy with one of its own.
import { parentPort, Worker } from 'node:worker_threads';

type WorkerReply<R> = { id: number; result: R } | { id: number; error: string };

/** How many jobs a worker holds at a time: the one it works on and the next. */
const JOBS_IN_HAND = 2;

const errorText = (error: unknown) => (error instanceof Error ? (error.stack ?? error.message) : String(error));

/**
 * Does every job, in `threads` threads: this one (with `here`) and `threads - 1` workers running
 * `script` (see `serveJobs`), each taking the next job when it is free. A worker that cannot start
 * or fails is warned of once; its jobs, and the rest, are done here.
 */
export async function runInThreads<J, R>(script: string, workerData: unknown, jobs: readonly J[], threads: number, here: (job: J) => Promise<R>, warn: (m: string) => void): Promise<R[]> {
  const out = new Array<R>(jobs.length);
  const done = new Array<boolean>(jobs.length).fill(false);
  let next = 0;
  let failed = false;
  const fail = (why: string) => {
    if (!failed) warn(`a thread failed (${why.split('\n')[0]}); doing the rest in one thread`);
    failed = true;
  };
  const take = () => (!failed && next < jobs.length ? next++ : undefined);
  const workers = Array.from({ length: Math.max(0, threads - 1) }, () => workOn<J, R>(script, workerData, jobs, take, fail, (id, result) => {
    out[id] = result;
    done[id] = true;
  }));
  for (let id = take(); id !== undefined; id = take()) {
    out[id] = await here(jobs[id]!);
    done[id] = true;
    // (Lets the workers' replies in, and hands them their next jobs.)
    await new Promise((resolve) => setImmediate(resolve));
  }
  await Promise.all(workers);
  for (let id = 0; id < jobs.length; id++) if (!done[id]) out[id] = await here(jobs[id]!);
  return out;
}

/** One worker, kept given jobs until there are none left (or something failed); resolves when it has stopped. */
function workOn<J, R>(script: string, workerData: unknown, jobs: readonly J[], take: () => number | undefined, fail: (why: string) => void, result: (id: number, r: R) => void): Promise<void> {
  return new Promise<void>((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(script, { workerData });
    } catch (error) {
      fail((error as Error).message);
      return resolve();
    }
    let inHand = 0;
    const give = () => {
      while (inHand < JOBS_IN_HAND) {
        const id = take();
        if (id === undefined) break;
        inHand++;
        worker.postMessage({ id, job: jobs[id] });
      }
      if (inHand === 0) void worker.terminate().finally(resolve);
    };
    worker.on('message', (reply: WorkerReply<R>) => {
      inHand--;
      if ('error' in reply) fail(reply.error);
      else result(reply.id, reply.result);
      give();
    });
    worker.on('error', (error) => {
      fail(error.message);
      resolve();
    });
    // (A worker that stops with jobs in hand and no error, out of memory or killed: its jobs are done here.)
    worker.on('exit', (code) => {
      if (inHand > 0) fail(`a worker stopped with code ${code}`);
      resolve();
    });
    give();
  });
}

/** In a worker thread: does each job posted to it with `work`, replying with its result or its error. */
export function serveJobs<J, R>(work: (job: J) => Promise<R>): void {
  const port = parentPort;
  if (!port) return;
  port.on('message', ({ id, job }: { id: number; job: J }) => {
    work(job).then(
      (result) => port.postMessage({ id, result }),
      (error: unknown) => port.postMessage({ id, error: errorText(error) }),
    );
  });
}
