// Jobs handed to worker threads, each thread taking the next job when it is free. A job left
// without a result (a thread could not start, or failed) is for the caller to do in its own thread.
import { Worker } from 'node:worker_threads';

export type WorkerReply<R> = { id: number; result: R } | { id: number; error: string };

export async function runInThreads<J, R>(script: string, workerData: unknown, jobs: readonly J[], threads: number, warn: (m: string) => void): Promise<Array<R | undefined>> {
  const out = new Array<R | undefined>(jobs.length);
  let next = 0;
  let failed = false;
  const fail = (why: string) => {
    if (!failed) warn(`a thread failed (${why.split('\n')[0]}); doing the rest in one thread`);
    failed = true;
  };
  await Promise.all(Array.from({ length: threads }, () => new Promise<void>((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(script, { workerData });
    } catch (error) {
      fail((error as Error).message);
      return resolve();
    }
    const give = () => {
      if (failed || next >= jobs.length) return void worker.terminate().finally(resolve);
      const id = next++;
      worker.postMessage({ id, job: jobs[id] });
    };
    worker.on('message', (reply: WorkerReply<R>) => {
      if ('error' in reply) fail(reply.error);
      else out[reply.id] = reply.result;
      give();
    });
    worker.on('error', (error) => {
      fail(error.message);
      resolve();
    });
    give();
  })));
  return out;
}
