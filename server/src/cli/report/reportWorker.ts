// A worker thread of `corroborate report`: checks the drafts it is handed and renders their pages,
// reading the corpus's index from the cache folder the main thread filled.
//   in: { id, job: ReportJob }     out: { id, result: DraftOutcome } or { id, error }
import { parentPort, workerData } from 'node:worker_threads';
import { indexCorpus } from '../../corpus/cache.js';
import { loadSources } from '../../corpus/sources.js';
import type { CorpusIndex } from '../../engine/index.js';
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
  const indexes = new Map<string, Promise<CorpusIndex>>();
  // Warnings about sources were given by the main thread already.
  const quiet = () => undefined;
  const indexFor = (paths: string[]) => {
    const key = JSON.stringify(paths);
    let index = indexes.get(key);
    if (!index) {
      index = loadSources(paths, { warn: quiet }).then(async (sources) => (await indexCorpus(sources, { cacheDir, workers: 0, warn: quiet })).index);
      indexes.set(key, index);
    }
    return index;
  };
  const failed = (id: number, error: unknown) => port.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  port.on('message', ({ id, job }: { id: number; job: ReportJob }) => {
    indexFor(job.sourcePaths)
      .then((index) => port.postMessage({ id, result: draftOutcome(job, index, sourcePages, generated) }))
      .catch((error: unknown) => failed(id, error));
  });
}
