// A worker thread of `corroborate check --jobs N`: checks the drafts it is handed against the corpus,
// whose index it reads from the cache folder the main thread filled. Messages:
//   in:  { id, text, sourcePaths, severity }     out: { id, diagnostics } or { id, error }
import { parentPort, workerData } from 'node:worker_threads';
import { indexCorpus } from '../corpus/cache.js';
import { loadSources } from '../corpus/sources.js';
import { toDiagnostics, type SeverityOverrides } from '../diagnostics.js';
import { checkDraft, LineIndex, type CorpusIndex } from '../engine/index.js';

interface Job {
  id: number;
  text: string;
  sourcePaths: string[];
  severity: SeverityOverrides;
}

const port = parentPort;
if (port) {
  const { cacheDir } = workerData as { cacheDir: string };
  const indexes = new Map<string, Promise<CorpusIndex>>();
  // Warnings about sources were given by the main thread already.
  const quiet = () => undefined;
  const indexFor = (paths: string[]) => {
    const key = JSON.stringify(paths);
    let index = indexes.get(key);
    if (!index) {
      index = loadSources(paths, { warn: quiet, cacheDir }).then(async (sources) => (await indexCorpus(sources, { cacheDir, workers: 0, warn: quiet })).index);
      indexes.set(key, index);
    }
    return index;
  };
  port.on('message', (job: Job) => {
    indexFor(job.sourcePaths).then(
      (index) => {
        const report = checkDraft(job.text, index);
        port.postMessage({ id: job.id, diagnostics: toDiagnostics(report.findings, new LineIndex(job.text), index, job.severity) });
      },
      (error: unknown) => port.postMessage({ id: job.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
    ).catch((error: unknown) => port.postMessage({ id: job.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }));
  });
}
