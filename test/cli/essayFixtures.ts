// Essays kept as fixtures (`test/fixtures/<folder>/*.md`), checked in one run of the command line
// against the bundled corpus: each file's diagnostics, as `check --format json` reports them.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export interface EssayDiagnostic { code: string; message: string; data?: { claim?: { text: string }; citedSources?: string[] } }
export interface CheckedEssay { file: string; diagnostics: EssayDiagnostic[] }

/** The folder's essay files, sorted. */
export function essayFiles(folder: string): string[] {
  return readdirSync(path.join(root, 'test', 'fixtures', folder)).filter((f) => f.endsWith('.md')).sort();
}

/** Checks every essay of the folder in one run; one result per file. */
export function checkEssays(folder: string): CheckedEssay[] {
  const dir = path.join(root, 'test', 'fixtures', folder);
  return checkFiles(essayFiles(folder).map((f) => path.join(dir, f)));
}

/**
 * The drafts of the held-out sets that are made-up worlds with corpora of their own
 * (`test/holdout/<set>/{corpus,drafts}`), by path.
 */
export function madeUpWorldDrafts(): string[] {
  const holdout = path.join(root, 'test', 'holdout');
  return readdirSync(holdout).filter((set) => existsSync(path.join(holdout, set, 'corpus'))).sort()
    .flatMap((set) => readdirSync(path.join(holdout, set, 'drafts')).filter((f) => f.endsWith('.md')).sort().map((f) => path.join(holdout, set, 'drafts', f)));
}

/** Checks the files in one run of the command line, against the bundled corpus; one result per file. */
export function checkFiles(files: readonly string[]): CheckedEssay[] {
  const run = spawnSync(process.execPath, [path.join(root, 'bin', 'corroborate.js'), 'check', '--format', 'json', ...files], { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return JSON.parse(run.stdout) as CheckedEssay[];
}

/** The result for one file of a run, by its base name. */
export function resultFor(results: readonly CheckedEssay[], file: string): EssayDiagnostic[] {
  return results.find((r) => path.basename(r.file) === file)!.diagnostics;
}
