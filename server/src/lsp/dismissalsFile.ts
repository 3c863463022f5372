// Writing the `dismissed` list of a .corroborate.json. Only that list is touched, by a minimal text
// edit (jsonc-parser's modify): the rest of the file (other settings, their order, its comments and
// layout) stays as it was. A file that cannot be read as JSON (with comments) is not written at all:
// the writer is told why, and nothing is lost. Writes go one at a time, each to a temporary file
// renamed over the old one, so that a crash never leaves half a file.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { applyEdits, findNodeAtLocation, format, modify, parse, parseTree, printParseErrorCode, type FormattingOptions, type ParseError } from 'jsonc-parser';
import { dismissedPath, type DismissedFinding } from '../dismissed.js';
import { dismissalKey, type Dismissal } from '../engine/index.js';

/** A file as read for an edit: its text ('{}' when it does not exist or is empty) and its entries. */
interface EditableFile {
  text: string;
  /** The raw `dismissed` entries, in order (an entry may be malformed: it is kept, never matched). */
  entries: unknown[];
  formatting: FormattingOptions;
}

let queue: Promise<unknown> = Promise.resolve();

/** Runs `edit` after every edit before it has finished (two quick dismissals must not race). */
function oneAtATime<T>(edit: () => Promise<T>): Promise<T> {
  const run = queue.then(edit, edit);
  queue = run.catch(() => undefined);
  return run;
}

async function readForEdit(file: string): Promise<EditableFile> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new Error(`${file} cannot be read (${(error as Error).message})`);
    text = '';
  }
  if (text.trim() === '') text = '{}\n';
  const errors: ParseError[] = [];
  const root: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0) {
    const { error, offset } = errors[0]!;
    const line = text.slice(0, offset).split('\n').length;
    throw new Error(`${file} is not valid JSON (${printParseErrorCode(error)} on line ${line}); fix it, then try again`);
  }
  if (typeof root !== 'object' || root === null || Array.isArray(root)) throw new Error(`${file} does not hold a JSON object; fix it, then try again`);
  const list = (root as Record<string, unknown>).dismissed;
  if (list !== undefined && !Array.isArray(list)) throw new Error(`"dismissed" in ${file} is not a list; fix it, then try again`);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const indent = /\n([ \t]+)"/.exec(text)?.[1];
  const formatting: FormattingOptions = { insertSpaces: !indent?.startsWith('\t'), tabSize: indent && !indent.startsWith('\t') ? indent.length : 2, eol };
  return { text, entries: list ?? [], formatting };
}

async function writeAtomically(file: string, text: string): Promise<void> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  await fs.writeFile(temporary, text, 'utf8');
  try {
    await fs.rename(temporary, file);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}

/**
 * `text` with `entry` added at the end of the `dismissed` list (made if absent), laid out like the
 * file. Only the text added is laid out: jsonc-parser's own formatting would lay out the whole line
 * around it too, rewriting a neighbouring setting written on one line.
 */
function appended(text: string, entries: readonly unknown[], entry: unknown, formatting: FormattingOptions): string {
  // (An empty list is written anew, so that its first entry is laid out from the bracket on.)
  const [edit] = entries.length === 0 ? modify(text, ['dismissed'], [entry], {}) : modify(text, ['dismissed', -1], entry, {});
  if (!edit) return text;
  const changed = applyEdits(text, [edit]);
  const start = edit.offset;
  const end = start + edit.content.length;
  const layout = format(changed, { offset: start, length: end - start }, formatting).filter((e) => e.offset >= start && e.offset + e.length <= end);
  return applyEdits(changed, layout);
}

/**
 * `text` without the `index`th entry of the `dismissed` list, with the comma that parted it from its
 * neighbour. (jsonc-parser's own removal of a last entry cuts one character short when the list
 * closes right after it, `}]`, leaving a stray brace.)
 */
function removedAt(text: string, index: number): string {
  const list = findNodeAtLocation(parseTree(text)!, ['dismissed']);
  const items = list?.children ?? [];
  const item = items[index];
  if (!item) return text;
  const [from, to] = index + 1 < items.length
    ? [item.offset, items[index + 1]!.offset]
    : index > 0 ? [items[index - 1]!.offset + items[index - 1]!.length, item.offset + item.length] : [item.offset, item.offset + item.length];
  return text.slice(0, from) + text.slice(to);
}

/** Whether a raw entry of `configFile` names this draft (absolute path) and this finding. */
function sameEntry(raw: unknown, configFile: string, draftPath: string, key: string): boolean {
  if (typeof raw !== 'object' || raw === null) return false;
  const e = raw as Record<string, unknown>;
  if (typeof e.file !== 'string' || typeof e.value !== 'string' || typeof e.sentence !== 'string' || typeof e.code !== 'string') return false;
  if (path.resolve(path.dirname(configFile), e.file) !== path.resolve(draftPath)) return false;
  return dismissalKey({ code: e.code as Dismissal['code'], value: e.value, sentence: e.sentence }) === key;
}

/**
 * Appends a dismissal of a finding of `draftPath` to `configFile` (made if absent). False when the
 * file already holds it. Throws, having written nothing, when the file cannot be edited safely.
 */
export function addDismissal(configFile: string, draftPath: string, dismissal: Dismissal): Promise<boolean> {
  return oneAtATime(async () => {
    const { text, entries, formatting } = await readForEdit(configFile);
    const key = dismissalKey(dismissal);
    if (entries.some((e) => sameEntry(e, configFile, draftPath, key))) return false;
    const entry = { file: dismissedPath(configFile, draftPath), code: dismissal.code, value: dismissal.value, sentence: dismissal.sentence };
    await writeAtomically(configFile, appended(text, entries, entry, formatting));
    return true;
  });
}

/** Takes the given dismissals (their `file` absolute) out of `configFile`; how many were there. */
export function removeDismissals(configFile: string, dismissals: readonly DismissedFinding[]): Promise<number> {
  return oneAtATime(async () => {
    const { text, entries } = await readForEdit(configFile);
    const doomed = entries
      .map((raw, i) => (dismissals.some((d) => sameEntry(raw, configFile, d.file, dismissalKey(d))) ? i : -1))
      .filter((i) => i >= 0);
    if (doomed.length === 0) return 0;
    let after = text;
    // From the last: each removal leaves the places of the entries before it as they were.
    for (const i of doomed.reverse()) after = removedAt(after, i);
    await writeAtomically(configFile, after);
    return doomed.length;
  });
}
