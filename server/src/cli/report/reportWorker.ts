// A worker thread of `corroborate report`: checks the drafts it is handed and renders their pages,
// reading the corpus's index from the cache folder the main thread filled.
//   in: { id, job: ReportJob }     out: { id, result: DraftOutcome } or { id, error }
import { corpusIndexer } from '../../corpus/indexer.js';
import { workerData } from 'node:worker_threads';
import { serveJobs } from '../threads.js';
import { draftOutcome, type DraftJob, type SourcePages } from './draftOutcome.js';

export interface ReportJob extends DraftJob {
  sourcePaths: string[];
}

export interface ReportWorkerData {
  cacheDir: string;
  sourcePages: SourcePages;
  generated: string;
}

if (workerData) {
  const { cacheDir, sourcePages, generated } = workerData as ReportWorkerData;
  // Warnings about sources were given by the main thread already.
  const indexFor = corpusIndexer({ cacheDir, warn: () => undefined, workers: 0, sayEmpty: false });
  serveJobs(async (job: ReportJob) => draftOutcome(job, await indexFor(job.sourcePaths), sourcePages, generated));
}
