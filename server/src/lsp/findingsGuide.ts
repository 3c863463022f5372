// Where each finding code is explained: `docs/findings.md`, shipped with the package, opened in the
// editor at the code's heading (a diagnostic's `codeDescription`). A file URI: no network.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundledCorpusDir } from '../corpus/sources.js';
import { FINDING_CODES, type FindingCode } from '../engine/index.js';

export type FindingsGuide = Partial<Record<FindingCode, string>>;

/** The guide beside the bundled corpus, in the package's root. */
export function findingsGuidePath(): string {
  return path.join(bundledCorpusDir(), '..', 'docs', 'findings.md');
}

/**
 * Each code's link: the guide's URI at the line of the code's heading (`#L12`, which editors open at
 * that line). A code the guide does not explain gets no link; a guide that cannot be read, none at all.
 */
export function findingsGuideLinks(file = findingsGuidePath()): FindingsGuide {
  let text: string;
  try {
    // Synchronous on purpose: read once, when the server starts.
    text = readFileSync(file, 'utf8');
  } catch {
    return {};
  }
  const uri = pathToFileURL(file).href;
  const lines = text.split(/\r?\n/);
  const links: FindingsGuide = {};
  for (const code of FINDING_CODES) {
    const line = lines.findIndex((l) => l.trim() === `## ${code}`);
    if (line >= 0) links[code] = `${uri}#L${line + 1}`;
  }
  return links;
}
