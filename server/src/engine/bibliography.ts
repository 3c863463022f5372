// A bibliography (a `.bib` or CSL-JSON file, read by the server) as the engine sees it: plain entries,
// each resolved once to the corpus source it is. A pandoc key that is an entry's resolves through
// the entry: to the source its attached file names, or whose title (and author) it has; an entry
// that names no corpus source is a work outside the corpus.
import { words, type CitableSource, type CitationLookup } from './citations.js';

export interface BibliographyEntry {
  /** The citation key (`quill1901`). */
  key: string;
  title?: string;
  /** Each author's name as it reads (`Edda Quill`), or an organisation's. */
  authors: string[];
  year?: number;
  /** The files attached to it (Zotero's `file` field), as the bibliography writes their paths. */
  files: string[];
}

/** A corpus source with where it lives: an entry's attached file is matched by the file's name. */
export type BibliographySource = CitableSource & { uri: string };

const sameWords = (a: readonly string[], b: readonly string[]) => a.length > 0 && a.length === b.length && a.every((w, i) => w === b[i]);

/** A title's words, and its main title's (before a colon, as `Title: A Subtitle`). */
function titleForms(title: string): string[][] {
  const whole = words(title);
  const main = /^([^:]+):/.exec(title)?.[1];
  return main ? [whole, words(main)] : [whole];
}

/** A file's name from a path or a file URI, in lower case (`Quill - The Fall.pdf`). */
export function fileName(pathOrUri: string): string {
  let name = pathOrUri.split(/[\\/]/).pop() ?? pathOrUri;
  try {
    if (/^[a-z]+:/i.test(pathOrUri)) name = decodeURIComponent(name);
  } catch {
    // a name with a stray `%`: as written
  }
  return name.trim().toLowerCase();
}

/** Whether some author of the entry has the source author's surname (or either names none). */
function authorsAgree(entry: BibliographyEntry, source: BibliographySource): boolean {
  if (!source.author || entry.authors.length === 0) return true;
  const theirs = new Set(words(source.author));
  return entry.authors.some((a) => {
    const last = words(a).pop();
    return last !== undefined && theirs.has(last);
  });
}

/**
 * The corpus source an entry is: the one whose file its attached files name; else the one whose
 * title is the entry's (whole or main title, either way) with an author in common. None when two
 * sources fit as well: the checker says less rather than something wrong.
 */
export function sourceOfEntry(entry: BibliographyEntry, sources: readonly BibliographySource[]): BibliographySource | undefined {
  const names = new Set(entry.files.map(fileName).filter(Boolean));
  if (names.size > 0) {
    const byFile = sources.filter((s) => names.has(fileName(s.uri)));
    if (byFile.length === 1) return byFile[0];
  }
  if (!entry.title) return undefined;
  const mine = titleForms(entry.title);
  const fits = (s: BibliographySource) => authorsAgree(entry, s) && titleForms(s.title).some((t) => mine.some((m) => sameWords(t, m)));
  const whole = sources.filter((s) => authorsAgree(entry, s) && sameWords(words(s.title), mine[0]!));
  if (whole.length === 1) return whole[0];
  const found = sources.filter(fits);
  return found.length === 1 ? found[0] : undefined;
}

/** A bibliography's entries resolved against a corpus: by key, and each source's first key. */
export interface ResolvedBibliography {
  entries: readonly BibliographyEntry[];
  /** Each entry (by its key in lower case) and the corpus source it is, if any. */
  byKey: ReadonlyMap<string, { entry: BibliographyEntry; source?: CitableSource }>;
  /** The key a citation of a corpus source is written with: its first entry's. */
  keyOfSource: ReadonlyMap<string, string>;
}

const RESOLVED = new WeakMap<readonly BibliographySource[], WeakMap<readonly BibliographyEntry[], ResolvedBibliography>>();

/** The entries resolved against the sources: once per bibliography and corpus (both kept by identity). */
export function resolveBibliography(entries: readonly BibliographyEntry[], sources: readonly BibliographySource[]): ResolvedBibliography {
  let ofSources = RESOLVED.get(sources);
  if (!ofSources) RESOLVED.set(sources, (ofSources = new WeakMap()));
  const known = ofSources.get(entries);
  if (known) return known;
  const byKey = new Map<string, { entry: BibliographyEntry; source?: CitableSource }>();
  const keyOfSource = new Map<string, string>();
  for (const entry of entries) {
    const lower = entry.key.toLowerCase();
    // (The first entry of a key wins, as pandoc takes the first bibliography's.)
    if (byKey.has(lower)) continue;
    const source = sourceOfEntry(entry, sources);
    byKey.set(lower, { entry, source });
    if (source && !keyOfSource.has(source.key)) keyOfSource.set(source.key, entry.key);
  }
  const resolved: ResolvedBibliography = { entries, byKey, keyOfSource };
  ofSources.set(entries, resolved);
  return resolved;
}

/** The corpus's lookup with the bibliography in front of it for keys. */
export function withBibliography(lookup: CitationLookup, bibliography: ResolvedBibliography): CitationLookup {
  return {
    byKey: (key) => {
      const found = bibliography.byKey.get(key.toLowerCase());
      return found ? found.source : lookup.byKey(key);
    },
    byText: (text, allowSurnameOnly) => lookup.byText(text, allowSurnameOnly),
    byUrl: (url, linkText) => lookup.byUrl(url, linkText),
    namedIn: (text) => lookup.namedIn(text),
  };
}
