// One draft checked for `check`: plain data in and out, so that it runs the same in a worker thread
// (checkWorker.ts) and in the main one.
import { toDiagnostics, type Diagnostic, type SeverityOverrides } from '../diagnostics.js';
import { checkDraft, LineIndex, type BibliographyEntry, type CorpusIndex, type Dismissal } from '../engine/index.js';

/** What a draft's own settings ask of its check, the same for `check` and `report`. */
export interface DraftOptions {
  /** The findings its .corroborate.json dismissed: not reported. */
  dismissed?: readonly Dismissal[];
  /** Its bibliography's entries, by which its pandoc keys resolve. */
  bibliography?: readonly BibliographyEntry[];
}

export interface CheckJob {
  text: string;
  sourcePaths: string[];
  severity: SeverityOverrides;
  options: DraftOptions;
}

/** Bibliographies met so far in this thread, by their entries: each job brings its own copy. */
const BIBLIOGRAPHIES = new Map<string, readonly BibliographyEntry[]>();

/**
 * The draft's options with its bibliography the one this thread met before, when it is the same:
 * entries are matched with the corpus once per bibliography (held by identity), not once per draft.
 */
export function checkOptionsOf(options: DraftOptions): DraftOptions {
  const entries = options.bibliography;
  if (!entries || entries.length === 0) return options;
  const key = JSON.stringify(entries);
  const known = BIBLIOGRAPHIES.get(key);
  if (known) return { ...options, bibliography: known };
  BIBLIOGRAPHIES.set(key, entries);
  return options;
}

export function checkJob(job: CheckJob, index: CorpusIndex): Diagnostic[] {
  const report = checkDraft(job.text, index, checkOptionsOf(job.options));
  return toDiagnostics(report.findings, new LineIndex(job.text), index, job.severity);
}
