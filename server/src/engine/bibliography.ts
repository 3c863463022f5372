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

/** A corpus's sources by what an entry is matched with: attached file's name, and title's words (whole, and main title). */
interface SourceFinder {
  byFile: ReadonlyMap<string, readonly BibliographySource[]>;
  byWholeTitle: ReadonlyMap<string, readonly BibliographySource[]>;
  byTitleForm: ReadonlyMap<string, readonly BibliographySource[]>;
  surnames: ReadonlyMap<BibliographySource, ReadonlySet<string>>;
}

const FINDERS = new WeakMap<readonly BibliographySource[], SourceFinder>();

/** The sources' file names, titles and authors' words, worked out once per corpus, not per entry. */
function finderOf(sources: readonly BibliographySource[]): SourceFinder {
  let finder = FINDERS.get(sources);
  if (finder) return finder;
  const byFile = new Map<string, BibliographySource[]>();
  const byWholeTitle = new Map<string, BibliographySource[]>();
  const byTitleForm = new Map<string, BibliographySource[]>();
  const surnames = new Map<BibliographySource, ReadonlySet<string>>();
  const add = (map: Map<string, BibliographySource[]>, key: string, s: BibliographySource) => {
    const list = map.get(key);
    if (!list) map.set(key, [s]);
    else if (list[list.length - 1] !== s) list.push(s);
  };
  for (const s of sources) {
    add(byFile, fileName(s.uri), s);
    // (Each form as its words joined: two titles are one when their words are.)
    const all = titleForms(s.title);
    const forms = all.filter((f) => f.length > 0);
    const whole = all[0]!;
    if (whole.length > 0) add(byWholeTitle, whole.join(' '), s);
    for (const f of forms) add(byTitleForm, f.join(' '), s);
    if (s.author) surnames.set(s, new Set(words(s.author)));
  }
  FINDERS.set(sources, (finder = { byFile, byWholeTitle, byTitleForm, surnames }));
  return finder;
}

/** Whether some author of the entry has the source author's surname (or either names none). */
function authorsAgree(entry: BibliographyEntry, theirs: ReadonlySet<string> | undefined): boolean {
  if (!theirs || entry.authors.length === 0) return true;
  return entry.authors.some((a) => {
    const last = words(a).pop();
    return last !== undefined && theirs.has(last);
  });
}

/** The sources under any of the keys, each once. */
function under(map: ReadonlyMap<string, readonly BibliographySource[]>, keys: Iterable<string>): BibliographySource[] {
  return [...new Set([...keys].flatMap((k) => map.get(k) ?? []))];
}

/**
 * The corpus source an entry is: the one whose file its attached files name; else the one whose
 * title is the entry's (whole or main title, either way) with an author in common. None when two
 * sources fit as well: the checker says less rather than something wrong.
 */
export function sourceOfEntry(entry: BibliographyEntry, sources: readonly BibliographySource[]): BibliographySource | undefined {
  const finder = finderOf(sources);
  const names = new Set(entry.files.map(fileName).filter(Boolean));
  if (names.size > 0) {
    const byFile = under(finder.byFile, names);
    if (byFile.length === 1) return byFile[0];
  }
  if (!entry.title) return undefined;
  const mine = titleForms(entry.title).filter((f) => f.length > 0);
  if (mine.length === 0) return undefined;
  const agree = (s: BibliographySource) => authorsAgree(entry, finder.surnames.get(s));
  const whole = under(finder.byWholeTitle, [mine[0]!.join(' ')]).filter(agree);
  if (whole.length === 1) return whole[0];
  const found = under(finder.byTitleForm, mine.map((m) => m.join(' '))).filter(agree);
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
