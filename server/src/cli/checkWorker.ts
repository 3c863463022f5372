// A worker thread of `corroborate check`: checks the drafts it is handed against the corpus, whose
// index it reads from the cache folder the main thread filled.
//   in: { id, job: CheckJob }     out: { id, result: Diagnostic[] } or { id, error }
import { corpusIndexer } from '../corpus/indexer.js';
import { workerData } from 'node:worker_threads';
import { checkJob, type CheckJob } from './checkJob.js';
import { serveJobs } from './threads.js';

if (workerData) {
  const { cacheDir } = workerData as { cacheDir: string };
  // Warnings about sources were given by the main thread already.
  const indexFor = corpusIndexer({ cacheDir, warn: () => undefined, workers: 0, sayEmpty: false });
  serveJobs(async (job: CheckJob) => checkJob(job, await indexFor(job.sourcePaths)));
}
