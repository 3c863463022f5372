// A worker thread of the index pool (see indexWorkers.ts). It prepares the sources it is handed,
// keeps them, and when told the corpus's names reads them into cache entries, which it hands back
// (transferred, not copied). Messages:
//   in:  { type: 'prepare', job }             out: { type: 'prepared', id, stats }
//   in:  { type: 'read', names, namesHash, ids, jobs }
//                                             out: { type: 'entry', id, entry } per source, or
//                                                  { type: 'objects', id, read, reason } when the
//                                                  index could not be encoded
//   out: { type: 'error', message } on any failure
import { parentPort, workerData } from 'node:worker_threads';
import type { EntryIdentity } from './indexEntry.js';
import { JobRunner, type Job } from './indexJobs.js';

interface PrepareMessage {
  type: 'prepare';
  job: Job;
}
interface ReadMessage {
  type: 'read';
  names: string[];
  namesHash: string;
  /** Sources this worker prepared, then sources to prepare and read here. */
  ids: number[];
  jobs: Job[];
}

const port = parentPort;
if (port) {
  const runner = new JobRunner((workerData as { identity: EntryIdentity }).identity);
  port.on('message', (message: PrepareMessage | ReadMessage) => {
    try {
      if (message.type === 'prepare') {
        const stats = runner.prepare(message.job);
        port.postMessage({ type: 'prepared', id: message.job.id, stats });
      } else if (message.type === 'read') {
        const names = new Set(message.names);
        const work: Array<[number, Job | undefined]> = [...message.ids.map((id): [number, undefined] => [id, undefined]), ...message.jobs.map((j): [number, Job] => [j.id, j])];
        for (const [id, job] of work) {
          const result = runner.read(id, names, message.namesHash, true, job);
          if (result.entry) {
            const entry = result.entry;
            port.postMessage({ type: 'entry', id, entry }, [entry.buffer as ArrayBuffer]);
          } else {
            port.postMessage({ type: 'objects', id, read: result.read, reason: result.notCached });
          }
        }
      }
    } catch (error) {
      port.postMessage({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  });
}
