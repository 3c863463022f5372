// Bibliography files as read for the drafts: each file read again only when its size or time
// changed, and the entries of a list of files kept as one array while none of them changed (a
// draft's checker re-reads everything when it is handed another array). A file that cannot be read
// is a problem said once per version of it; the other files' entries are used.
import { promises as fs } from 'node:fs';
import type { BibliographyEntry } from '../engine/index.js';
import { whyUnreadable } from '../corpus/fileErrors.js';
import { utf8Text } from '../corpus/sources.js';
import { parseBibliography } from './parse.js';

/** A bibliography named in settings, `.corroborate.json` or a draft's front matter. */
export interface BibliographyFile {
  path: string;
  /** Where it was named: `settings (corroborate.bibliography)`, a `.corroborate.json` path, a draft's front matter. */
  origin: string;
}

export interface BibliographyProblem extends BibliographyFile {
  reason: string;
}

interface ReadFile {
  stamp: string;
  entries: readonly BibliographyEntry[];
  reason?: string;
}

const EMPTY: readonly BibliographyEntry[] = Object.freeze([]);

/** A bibliography larger than this is not read: a whole reference manager's library exported is seldom more. */
export const MAX_BIBLIOGRAPHY_BYTES = 32 * 1024 * 1024;

export class BibliographyFiles {
  private readonly files = new Map<string, ReadFile>();
  private readonly lists = new Map<string, { stamps: string; entries: readonly BibliographyEntry[] }>();
  private readonly said = new Set<string>();
  /** Files being read now: a second ask while one is read waits for it rather than reading again. */
  private readonly reading = new Map<string, Promise<ReadFile>>();

  /** One file's entries, read again if it changed; a reason when it cannot be read. */
  private async readOne(file: string): Promise<ReadFile> {
    let stamp: string;
    try {
      const stat = await fs.stat(file);
      if (!stat.isFile()) return { stamp: 'not-a-file', entries: EMPTY, reason: 'is not a file' };
      stamp = `${stat.size}:${stat.mtimeMs}`;
      if (stat.size > MAX_BIBLIOGRAPHY_BYTES) return { stamp, entries: EMPTY, reason: `is larger than ${MAX_BIBLIOGRAPHY_BYTES / 1024 / 1024} MB (${stat.size} bytes)` };
    } catch (error) {
      return { stamp: 'missing', entries: EMPTY, reason: whyUnreadable(error) };
    }
    const known = this.files.get(file);
    if (known?.stamp === stamp) return known;
    const id = `${file}\u0000${stamp}`;
    let reading = this.reading.get(id);
    if (!reading) {
      reading = this.parseFile(file, stamp).finally(() => this.reading.delete(id));
      this.reading.set(id, reading);
    }
    return reading;
  }

  private async parseFile(file: string, stamp: string): Promise<ReadFile> {
    let read: ReadFile;
    try {
      // (As sources are read: strict UTF-8, its byte-order mark dropped, which CSL-JSON would not parse with.)
      const text = utf8Text(await fs.readFile(file));
      if (text === undefined) return this.remember(file, { stamp, entries: EMPTY, reason: 'is not UTF-8 text' });
      const parsed = await parseBibliography(text, file);
      read = 'reason' in parsed ? { stamp, entries: EMPTY, reason: parsed.reason } : { stamp, entries: parsed.entries };
    } catch (error) {
      read = { stamp, entries: EMPTY, reason: `cannot be read (${(error as Error).message})` };
    }
    return this.remember(file, read);
  }

  private remember(file: string, read: ReadFile): ReadFile {
    this.files.set(file, read);
    return read;
  }

  /**
   * The entries of the files, in order (a key's first entry wins), and the problems of those that
   * cannot be read: `fresh` holds each problem only the first time it is met.
   */
  async load(files: readonly BibliographyFile[]): Promise<{ entries: readonly BibliographyEntry[]; problems: BibliographyProblem[]; fresh: BibliographyProblem[] }> {
    const problems: BibliographyProblem[] = [];
    const fresh: BibliographyProblem[] = [];
    const read = await Promise.all(files.map((f) => this.readOne(f.path)));
    read.forEach((r, i) => {
      if (r.reason === undefined) return;
      const problem = { ...files[i]!, reason: r.reason };
      problems.push(problem);
      const said = `${problem.path}\u0000${r.stamp}\u0000${r.reason}`;
      if (!this.said.has(said)) fresh.push(problem);
      this.said.add(said);
    });
    const id = files.map((f) => f.path).join('\u0000');
    const stamps = read.map((r) => r.stamp).join('\u0000');
    const known = this.lists.get(id);
    if (known?.stamps === stamps) return { entries: known.entries, problems, fresh };
    const entries = read.length === 1 ? read[0]!.entries : read.flatMap((r) => r.entries);
    this.lists.set(id, { stamps, entries });
    return { entries, problems, fresh };
  }

  /** The entries last loaded for these files (none when they were never loaded together). */
  loaded(files: readonly BibliographyFile[]): readonly BibliographyEntry[] | undefined {
    return this.lists.get(files.map((f) => f.path).join('\u0000'))?.entries;
  }
}

/** `Corroborate: a bibliography does not exist (named in …), so its keys are not used: /work/refs.bib` */
export function bibliographyProblemMessage(problem: BibliographyProblem): string {
  return `Corroborate: a bibliography ${problem.reason} (named in ${problem.origin}), so its keys are not used: ${problem.path}`;
}
