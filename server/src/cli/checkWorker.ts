// A worker thread of `corroborate check --jobs N`: checks the drafts it is handed against the corpus,
// whose index it reads from the cache folder the main thread filled. Messages:
//   in:  { id, text, sourcePaths, severity, dismissed, bibliography }     out: { id, diagnostics } or { id, error }
import { corpusIndexer } from '../corpus/indexer.js';
import { parentPort, workerData } from 'node:worker_threads';
import { toDiagnostics, type SeverityOverrides } from '../diagnostics.js';
import { checkDraft, LineIndex, type BibliographyEntry, type Dismissal } from '../engine/index.js';

interface Job {
  id: number;
  text: string;
  sourcePaths: string[];
  severity: SeverityOverrides;
  dismissed: Dismissal[];
  bibliography: BibliographyEntry[];
}

const port = parentPort;
if (port) {
  const { cacheDir } = workerData as { cacheDir: string };
  // Warnings about sources were given by the main thread already.
  const indexFor = corpusIndexer({ cacheDir, warn: () => undefined, workers: 0, sayEmpty: false });
  port.on('message', (job: Job) => {
    indexFor(job.sourcePaths).then(
      (index) => {
        const report = checkDraft(job.text, index, { dismissed: job.dismissed, bibliography: job.bibliography });
        port.postMessage({ id: job.id, diagnostics: toDiagnostics(report.findings, new LineIndex(job.text), index, job.severity) });
      },
      (error: unknown) => port.postMessage({ id: job.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
    ).catch((error: unknown) => port.postMessage({ id: job.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }));
  });
}
