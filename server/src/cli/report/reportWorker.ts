// A worker thread of `corroborate report`: checks the drafts it is handed and renders their pages,
// reading the corpus's index from the cache folder the main thread filled.
//   in: { id, job: ReportJob }     out: { id, result: DraftOutcome } or { id, error }
import { corpusIndexer } from '../../corpus/indexer.js';
import { parentPort, workerData } from 'node:worker_threads';
import { draftOutcome, type DraftJob, type SourcePages } from './draftOutcome.js';

export interface ReportJob extends DraftJob {
  sourcePaths: string[];
}

export interface ReportWorkerData {
  cacheDir: string;
  sourcePages: SourcePages;
  generated: string;
}

const port = parentPort;
if (port) {
  const { cacheDir, sourcePages, generated } = workerData as ReportWorkerData;
  // Warnings about sources were given by the main thread already.
  const indexFor = corpusIndexer({ cacheDir, warn: () => undefined, workers: 0, sayEmpty: false });
  const failed = (id: number, error: unknown) => port.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  port.on('message', ({ id, job }: { id: number; job: ReportJob }) => {
    indexFor(job.sourcePaths)
      .then((index) => port.postMessage({ id, result: draftOutcome(job, index, sourcePages, generated) }))
      .catch((error: unknown) => failed(id, error));
  });
}
