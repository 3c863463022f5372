// A bibliography file's text as entries (key, title, authors, year, attached files): BibTeX and
// BibLaTeX through citation-js (loaded when the first bibliography is read: it is slow to load),
// CSL-JSON as the JSON it is. A file that cannot be read as either gives a reason, never a throw.
import path from 'node:path';
import type { BibliographyEntry } from '../engine/index.js';

export type ParsedBibliography = { entries: BibliographyEntry[] } | { reason: string };

interface CslName {
  given?: string;
  family?: string;
  literal?: string;
}

interface CslItem {
  id?: unknown;
  'citation-key'?: unknown;
  title?: unknown;
  author?: unknown;
  editor?: unknown;
  issued?: { 'date-parts'?: unknown[][] };
  file?: unknown;
}

interface RawBibtexEntry {
  label: string;
  properties: Record<string, string>;
}

const nameOf = (n: CslName) => (n.literal ?? [n.given, n.family].filter(Boolean).join(' ')).trim();

/** A CSL item as an entry, with the files a BibTeX `file` field attached (if any). */
function entryOf(item: CslItem, key: string, files: string[]): BibliographyEntry {
  const names = Array.isArray(item.author) ? item.author : Array.isArray(item.editor) ? item.editor : [];
  const year = Number(item.issued?.['date-parts']?.[0]?.[0]);
  return {
    key,
    ...(typeof item.title === 'string' && item.title.trim() ? { title: item.title.trim() } : {}),
    authors: (names as CslName[]).map(nameOf).filter(Boolean),
    ...(Number.isFinite(year) && year !== 0 ? { year } : {}),
    files,
  };
}

/**
 * The paths of Zotero's `file` field: `Full Text PDF:files/12/Quill.pdf:application/pdf;Snapshot:…`
 * (description, path, type; `;` between files, `\:` a colon in a path), or a bare path.
 */
export function attachedFiles(field: string | undefined): string[] {
  if (!field) return [];
  return field.split(/(?<!\\);/).map((part) => {
    const pieces = part.split(/(?<!\\):/);
    const file = pieces.length >= 3 ? pieces.slice(1, -1).join(':') : pieces.length === 2 ? pieces[1]! : part;
    return file.replace(/\\([:;\\])/g, '$1').trim();
  }).filter(Boolean);
}

async function parseBibtex(text: string): Promise<ParsedBibliography> {
  const { plugins } = await import('@citation-js/core');
  await import('@citation-js/plugin-bibtex');
  let raw: RawBibtexEntry[];
  try {
    raw = plugins.input.data(text, '@bibtex/text') as RawBibtexEntry[];
  } catch (error) {
    return { reason: `cannot be read as BibTeX (${String((error as Error).message).split('\n')[0]})` };
  }
  const entries: BibliographyEntry[] = [];
  for (const one of raw) {
    try {
      // (BibLaTeX's mapping reads BibTeX's fields too, and `date` besides `year`.)
      const [item] = plugins.input.data([one], '@biblatex/entries+list') as CslItem[];
      if (item) entries.push(entryOf(item, one.label, attachedFiles(one.properties.file)));
    } catch {
      entries.push({ key: one.label, authors: [], files: attachedFiles(one.properties.file) });
    }
  }
  if (entries.length === 0 && /\S/.test(text)) return { reason: 'has no BibTeX entry that could be read' };
  return { entries };
}

function parseCslJson(text: string): ParsedBibliography {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { reason: `cannot be read as CSL-JSON (${(error as Error).message})` };
  }
  const items = Array.isArray(value) ? value : (value as { items?: unknown } | null)?.items;
  if (!Array.isArray(items)) return { reason: 'cannot be read as CSL-JSON (not a list of items)' };
  const entries: BibliographyEntry[] = [];
  for (const item of items as CslItem[]) {
    const key = item?.['citation-key'] ?? item?.id;
    if (typeof key !== 'string' && typeof key !== 'number') continue;
    entries.push(entryOf(item, String(key), typeof item.file === 'string' ? attachedFiles(item.file) : []));
  }
  if (entries.length === 0 && items.length > 0) return { reason: 'has no CSL-JSON item with an id' };
  return { entries };
}

/** Reads a bibliography's text by its file's extension. */
export async function parseBibliography(text: string, file: string): Promise<ParsedBibliography> {
  if (text.includes('\u0000')) return { reason: 'is not a text file' };
  const ext = path.extname(file).toLowerCase();
  if (ext === '.json') return parseCslJson(text);
  if (ext === '.bib' || ext === '.bibtex') return parseBibtex(text);
  return { reason: `is not a .bib or CSL-JSON (.json) file` };
}
