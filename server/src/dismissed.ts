// The `dismissed` list of `.corroborate.json`: findings the writer dismissed without editing the
// draft, each named by the draft's path (relative to the file), its code, its value as written and
// its sentence. Read here for the command line and the language server alike; the engine matches them
// (engine/dismissals.ts), the language server writes them (lsp/dismissalsFile.ts).
import path from 'node:path';
import { FINDING_CODES, type Dismissal, type FindingCode } from './engine/index.js';

/** One entry of the list: `file` as written in the file, absolute once loaded from one. */
export interface DismissedFinding extends Dismissal {
  file: string;
  /** The `.corroborate.json` it was read from (set once loaded from one). */
  origin?: string;
}

const FIELDS = ['file', 'code', 'value', 'sentence'] as const;

/** The entries of a raw `dismissed` value; a malformed entry is left out with a warning naming it. */
export function readDismissed(raw: unknown, where: string, warn: (message: string) => void): DismissedFinding[] {
  if (!Array.isArray(raw)) {
    warn(`${where}: corroborate.dismissed must be a list of {"file", "code", "value", "sentence"}; ignored`);
    return [];
  }
  const out: DismissedFinding[] = [];
  raw.forEach((entry: unknown, i) => {
    const problem = entryProblem(entry);
    if (problem) warn(`${where}: corroborate.dismissed[${i}] ${problem}; that entry is ignored`);
    else {
      const e = entry as Record<string, string>;
      out.push({ file: e.file!, code: e.code as FindingCode, value: e.value!, sentence: e.sentence! });
    }
  });
  return out;
}

/** What is wrong with an entry, or undefined when nothing is. */
function entryProblem(entry: unknown): string | undefined {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return 'must be an object with "file", "code", "value" and "sentence"';
  const e = entry as Record<string, unknown>;
  const missing = FIELDS.filter((f) => typeof e[f] !== 'string' || (e[f] as string).trim() === '');
  if (missing.length > 0) return `needs ${missing.map((f) => `"${f}"`).join(', ')} (text)`;
  if (!FINDING_CODES.includes(e.code as FindingCode)) return `has an unknown code "${String(e.code)}" (codes: ${FINDING_CODES.join(', ')})`;
  return undefined;
}

/** The entries of a config file with their paths made absolute against its folder. */
export function resolveDismissed(list: readonly DismissedFinding[], configFile: string): DismissedFinding[] {
  return list.map((d) => ({ ...d, file: path.resolve(path.dirname(configFile), d.file), origin: configFile }));
}

/** The dismissals of one draft (its absolute path), from entries already resolved; none for no path. */
export function dismissalsOf(list: readonly DismissedFinding[], draftPath: string | undefined): Dismissal[] {
  if (!draftPath || list.length === 0) return [];
  const target = path.resolve(draftPath);
  return list.filter((d) => d.file === target).map(({ code, value, sentence }) => ({ code, value, sentence }));
}

/** A draft's path as a dismissal in `configFile` names it: relative to the file's folder, with forward slashes. */
export function dismissedPath(configFile: string, draftPath: string): string {
  return path.relative(path.dirname(configFile), draftPath).split(path.sep).join('/');
}
