// Building the report: the corpora indexed once each, every draft checked and its page rendered (in
// worker threads when there are many), then the source pages and the class page, all written out.
import { corpusIndexer } from '../../corpus/indexer.js';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { availableCores } from '../../corpus/indexWorkers.js';
import { mapLimit } from '../../corpus/mapLimit.js';
import type { CorpusIndex } from '../../engine/index.js';
import type { DraftOptions } from '../checkJob.js';
import type { SeverityOverrides } from '../../diagnostics.js';
import { renderClassPage, type SourceEntry } from './classPage.js';
import { draftOutcome, type DraftOutcome, type EvidenceUse, type SourcePages } from './draftOutcome.js';
import { pageNames } from './names.js';
import { prepareOutDir } from './outDir.js';
import type { ReportJob, ReportWorkerData } from './reportWorker.js';
import { renderSourcePage } from './sourcePage.js';
import { runInThreads } from '../threads.js';

export interface ReportDraft {
  file: string;
  text: string;
  severity: SeverityOverrides;
  sourcePaths: string[];
  options?: DraftOptions;
}

export interface BuildOptions {
  out: string;
  cache?: string;
  jobs?: number;
  warn: (message: string) => void;
}

/** Every source of the corpora, once each (by where it lives), with its page's name. */
function sourceEntries(indexes: CorpusIndex[]): SourceEntry[] {
  const byUri = new Map<string, SourceEntry>();
  for (const index of indexes) {
    for (const s of index.sources) {
      if (!byUri.has(s.uri)) byUri.set(s.uri, { uri: s.uri, ...(s.format ? { format: s.format } : {}), key: s.key, title: s.title, author: s.author, kind: s.kind, text: s.text, page: '', citedBy: [], sentencesChecked: 0 });
    }
  }
  const entries = [...byUri.values()];
  pageNames(entries.map((e) => e.key), 'sources').forEach((page, i) => (entries[i]!.page = page));
  return entries;
}

/** Checks the drafts and renders their pages: in `threads` threads (workers read the index from `cacheDir`). */
async function draftOutcomes(jobs: ReportJob[], indexFor: (paths: string[]) => Promise<CorpusIndex>, data: ReportWorkerData, threads: number, warn: (m: string) => void): Promise<DraftOutcome[]> {
  const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'reportWorker.js');
  const here = async (job: ReportJob) => draftOutcome(job, await indexFor(job.sourcePaths), data.sourcePages, data.generated);
  return runInThreads(script, data, jobs, threads, here, warn);
}

/** Writes the report into `options.out`; returns how many drafts and sources it holds. */
export async function buildReport(drafts: ReportDraft[], options: BuildOptions): Promise<{ drafts: number; sources: number }> {
  const threads = Math.min(drafts.length, options.jobs ?? (drafts.length >= 8 ? availableCores() : 1));
  // Threads read the index from a cache folder: the one --cache names, or a temporary one.
  const temporaryCache = threads > 1 && !options.cache ? await fs.mkdtemp(path.join(os.tmpdir(), 'corroborate-report-')) : undefined;
  try {
    return await buildWith(drafts, options, threads, options.cache ?? temporaryCache);
  } finally {
    if (temporaryCache) await fs.rm(temporaryCache, { recursive: true, force: true }).catch(() => undefined);
  }
}

async function buildWith(drafts: ReportDraft[], options: BuildOptions, threads: number, cacheDir: string | undefined): Promise<{ drafts: number; sources: number }> {
  const generated = new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
  const indexFor = corpusIndexer({ cacheDir, warn: options.warn });
  const indexes = await Promise.all([...new Set(drafts.map((d) => JSON.stringify(d.sourcePaths)))].map((p) => indexFor(JSON.parse(p) as string[])));
  const sources = sourceEntries(indexes);
  const sourcePages: SourcePages = Object.fromEntries(sources.map((s) => [s.uri, s.page]));
  const pages = pageNames(drafts.map((d) => d.file), 'drafts');
  const jobs: ReportJob[] = drafts.map((d, i) => ({ file: d.file, text: d.text, severity: d.severity, sourcePaths: d.sourcePaths, page: pages[i]!, options: d.options }));
  const outcomes = await draftOutcomes(jobs, indexFor, { sourcePages, generated, cacheDir: cacheDir ?? '' }, threads, options.warn);

  const usesOf = new Map<string, EvidenceUse[]>();
  const fileOf = new Map(outcomes.map((o) => [o.summary.page, o.summary.file]));
  for (const o of outcomes) for (const use of o.uses) usesOf.set(use.uri, [...(usesOf.get(use.uri) ?? []), use]);
  const byUri = new Map(sources.map((s) => [s.uri, s]));
  for (const o of outcomes) for (const uri of o.cited) byUri.get(uri)?.citedBy.push(o.summary);
  for (const s of sources) s.sentencesChecked = new Set((usesOf.get(s.uri) ?? []).map((u) => u.start)).size;

  await prepareOutDir(options.out);
  const files: Array<[string, () => string]> = [
    ...outcomes.map((o): [string, () => string] => [o.summary.page, () => o.html]),
    ...sources.map((s): [string, () => string] => [s.page, () => renderSourcePage(s, usesOf.get(s.uri) ?? [], (page) => fileOf.get(page) ?? page, generated)]),
  ];
  await mapLimit(files, 16, ([name, content]) => fs.writeFile(path.join(options.out, name), content()));
  // The class page last: a folder with an index.html holds a whole report.
  await fs.writeFile(path.join(options.out, 'index.html'), renderClassPage(outcomes.map((o) => o.summary), sources, generated));
  return { drafts: outcomes.length, sources: sources.length };
}
