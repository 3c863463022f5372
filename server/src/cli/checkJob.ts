// One draft checked for `check`: plain data in and out, so that it runs the same in a worker thread
// (checkWorker.ts) and in the main one.
import { toDiagnostics, type Diagnostic, type SeverityOverrides } from '../diagnostics.js';
import { checkDraft, LineIndex, type BibliographyEntry, type CorpusIndex, type Dismissal } from '../engine/index.js';

export interface CheckJob {
  text: string;
  sourcePaths: string[];
  severity: SeverityOverrides;
  /** The findings its .corroborate.json dismissed: not reported. */
  dismissed: readonly Dismissal[];
  bibliography: readonly BibliographyEntry[];
}

export function checkJob(job: CheckJob, index: CorpusIndex): Diagnostic[] {
  const report = checkDraft(job.text, index, { dismissed: job.dismissed, bibliography: job.bibliography });
  return toDiagnostics(report.findings, new LineIndex(job.text), index, job.severity);
}
