// A sources entry that gives no source (a mistyped folder, one that cannot be read, one with no
// source file in it) is a setup mistake: the editor shows it, not only the log, until it is fixed.
import { constants, promises as fs } from 'node:fs';
import path from 'node:path';
import { SOURCE_EXTENSIONS } from '../corpus/sources.js';
import { walkFiles } from '../corpus/walk.js';
import { whyUnreadable } from '../corpus/fileErrors.js';
import { isInside } from './sourcePaths.js';

export interface SourceProblem {
  /** The folder or file as resolved. */
  path: string;
  /** Where it was named: `settings (corroborate.sources)` or a `.corroborate.json` path. */
  origin: string;
  reason: 'does not exist' | 'cannot be read' | 'holds no .md, .txt, .pdf, .html, .htm or .docx files' | 'holds no source file that could be read (see the output log)';
}

/** Why a root that gave no source gave none. */
async function whyEmpty(root: string): Promise<SourceProblem['reason']> {
  try {
    const stat = await fs.stat(root);
    if (stat.isDirectory()) await fs.readdir(root);
    else await fs.access(root, constants.R_OK);
  } catch (error) {
    return whyUnreadable(error);
  }
  // Source files that were all skipped (a damaged PDF, a scan) are another mistake than none at all.
  let some = SOURCE_EXTENSIONS.includes(path.extname(root).toLowerCase());
  let budget = 10_000;
  if (!some) await walkFiles(root, { onEntry: () => budget-- > 0, onFile: (file) => !(some = SOURCE_EXTENSIONS.includes(path.extname(file).toLowerCase())) });
  return some ? 'holds no source file that could be read (see the output log)' : 'holds no .md, .txt, .pdf, .html, .htm or .docx files';
}

/** The roots named directly (not by a glob) that no loaded source came from, each with why. */
export async function sourceProblems(roots: readonly string[], origins: ReadonlyMap<string, string>, loaded: readonly { uri: string }[]): Promise<SourceProblem[]> {
  const problems: SourceProblem[] = [];
  for (const root of roots) {
    if (loaded.some((s) => isInside(path.resolve(s.uri), root))) continue;
    problems.push({ path: root, origin: origins.get(root) ?? 'settings (corroborate.sources)', reason: await whyEmpty(root) });
  }
  return problems;
}

/**
 * `Corroborate: a sources entry does not exist (named in settings (corroborate.sources)): /work/nowhere`:
 * what is wrong first, as a notification shows only its start; the path last.
 */
export function problemMessage(problem: SourceProblem): string {
  return `Corroborate: a sources entry ${problem.reason} (named in ${problem.origin}), so no sources are read from it: ${problem.path}`;
}
