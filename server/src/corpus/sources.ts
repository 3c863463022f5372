// Reading sources from disk: folders or files of `.md`/`.txt`, PDFs, saved web pages and Word files
// (read by corpus/readers/), with an optional manifest.json. Anything unreadable is skipped with a
// warning; the rest of the corpus still loads.
import { frontMatterOf } from '../frontMatter.js';
import { existsSync, promises as fs, type Stats } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SourceInput } from '../engine/index.js';
import { isMarkdownSource, markdownToProse } from '../engine/index.js';
import { whyUnreadable } from './fileErrors.js';
import { mapLimit } from './mapLimit.js';
import { READER_EXTENSIONS, UNPACKED_PER_BYTE_LIMIT } from './readers/kinds.js';
import type { ReadText } from './readers/types.js';
import { openReadCache } from './readCache.js';

/** Sources read as text as they are. */
const TEXT_EXTENSIONS = ['.md', '.markdown', '.txt'];
export const SOURCE_EXTENSIONS = [...TEXT_EXTENSIONS, ...READER_EXTENSIONS];
/** The kinds of source file, as messages name them. */
export const SOURCE_KINDS = '.md, .txt, .pdf, .html, .htm or .docx';
export const DEFAULT_MAX_SOURCE_BYTES = 20 * 1024 * 1024;

export interface ManifestEntry {
  file: string;
  key?: string;
  title?: string;
  author?: string;
  kind?: string;
  url?: string;
}

export interface LoadOptions {
  warn: (message: string) => void;
  maxSourceBytes?: number;
  /** Where to cache what the readers make of PDFs, web pages and Word files (corpus/readCache.ts); none: no cache. */
  cacheDir?: string;
  /** Called before each of the paths is read (the server reports it as progress). */
  onPath?: (index: number, path: string) => void;
}

function moduleDir(): string {
  // Bundled as CommonJS (the extension) __dirname exists; run as ESM it does not.
  return typeof __dirname !== 'undefined' ? __dirname : path.dirname(fileURLToPath(import.meta.url));
}

/** The corpus shipped with the package: the nearest `corpus/manifest.json` above this module. */
export function bundledCorpusDir(): string {
  let dir = moduleDir();
  for (let i = 0; i < 6; i++) {
    // Synchronous on purpose: runs once at start-up.
    if (existsSync(path.join(dir, 'corpus', 'manifest.json'))) return path.join(dir, 'corpus');
    dir = path.dirname(dir);
  }
  return path.resolve(moduleDir(), '..', '..', '..', 'corpus');
}

async function readManifest(dir: string, options: LoadOptions): Promise<Map<string, ManifestEntry>> {
  const entries = new Map<string, ManifestEntry>();
  const file = path.join(dir, 'manifest.json');
  let raw: string;
  try {
    raw = await fs.readFile(file, 'utf8');
  } catch {
    return entries;
  }
  try {
    const parsed = JSON.parse(raw) as { sources?: unknown };
    const list = Array.isArray(parsed.sources) ? parsed.sources : [];
    for (const item of list) {
      if (item && typeof item === 'object' && typeof (item as ManifestEntry).file === 'string') {
        const entry = item as ManifestEntry;
        entries.set(entry.file, entry);
      } else {
        options.warn(`${file}: a manifest entry without a "file" was ignored`);
      }
    }
  } catch (error) {
    options.warn(`${file}: not valid JSON (${(error as Error).message}); titles come from the files`);
  }
  return entries;
}

function stemOf(file: string): string {
  return path.basename(file).replace(/\.[^.]+$/, '');
}

/** Title from front matter, else the first heading or line, else the file name. */
export function titleFromText(text: string, file: string, markdown = /\.(md|markdown)$/i.test(file)): string {
  if (markdown) {
    const prose = markdownToProse(text);
    if (prose.frontMatterTitle) return prose.frontMatterTitle;
    if (prose.firstHeading) return prose.firstHeading;
  }
  const firstLine = text.split(/\r?\n|\r/).find((l) => l.trim().length > 0)?.trim();
  if (firstLine && firstLine.length <= 120) return firstLine.replace(/^#+\s*/, '');
  return stemOf(file);
}

/** The author a source names: front matter `author:`, or a byline such as `Post by Tristan Herman on …`. */
export function authorFromText(text: string): string | undefined {
  const frontMatter = frontMatterOf(text);
  const declared = frontMatter && /^author:\s*["']?(.+?)["']?\s*$/m.exec(frontMatter)?.[1];
  if (declared) return declared;
  const head = text.split(/\r?\n|\r/).filter((l) => l.trim()).slice(0, 3);
  for (const line of head) {
    const byline = /^\s*(?:(?:posted|post|written|published)\b.{0,60}?\s)?by\s+(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3})\s*(?:$|,|\bon\b|\||·|-)/iu.exec(line);
    if (byline && /^\p{Lu}/u.test(byline[1]!)) return byline[1];
  }
  return undefined;
}

function looksBinary(buffer: Buffer): boolean {
  return buffer.subarray(0, 8192).includes(0);
}

/** A file's bytes, or undefined (and a warning) when it is over the limit or cannot be read. */
async function readBytes(file: string, limit: number, options: LoadOptions): Promise<Buffer | undefined> {
  try {
    // The size is looked at before anything is read: a 500 MB file is never loaded.
    const stat = await fs.stat(file);
    if (stat.size > limit) {
      options.warn(`${file}: skipped, ${stat.size} bytes is over the ${limit}-byte limit for a source`);
      return undefined;
    }
    const buffer = await fs.readFile(file);
    if (buffer.length === 0) {
      options.warn(`${file}: skipped, the file is empty`);
      return undefined;
    }
    return buffer;
  } catch (error) {
    options.warn(`${file}: skipped, cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    return undefined;
  }
}

/** Bytes as UTF-8 text without its byte-order mark, or undefined when they are not UTF-8. */
export function utf8Text(buffer: Uint8Array): string | undefined {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    return undefined;
  }
}

/** A `.md`/`.txt` file's text, or undefined (and a warning) when it is binary or not UTF-8. */
function decodeText(file: string, buffer: Buffer, options: LoadOptions): ReadText | undefined {
  if (looksBinary(buffer)) {
    options.warn(`${file}: skipped, it looks like a binary file`);
    return undefined;
  }
  const text = utf8Text(buffer);
  if (text === undefined) {
    options.warn(`${file}: skipped, it is not UTF-8 text`);
    return undefined;
  }
  return { text, format: isMarkdownSource({ uri: file }) ? 'markdown' : 'text', warnings: [] };
}

let readers: Promise<typeof import('./readers/index.js')> | undefined;

/** The readers, loaded once, when the first file that needs one is read. */
function loadReaders(): Promise<typeof import('./readers/index.js')> {
  return (readers ??= import('./readers/index.js'));
}

/** A PDF, web page or Word file read as text, or undefined (and why) when its reader cannot read it. */
async function readOther(file: string, buffer: Buffer, limit: number, options: LoadOptions): Promise<ReadText | undefined> {
  const { READERS, isUnreadable, readersFingerprint } = await loadReaders();
  const extension = path.extname(file).toLowerCase();
  const cache = options.cacheDir ? openReadCache(options.cacheDir, readersFingerprint(), options.warn) : undefined;
  try {
    let read = await cache?.get(buffer, extension);
    if (!read) {
      read = await READERS[extension]!(buffer, file, { maxUnpackedBytes: limit * UNPACKED_PER_BYTE_LIMIT });
      await cache?.put(buffer, extension, read);
    }
    for (const warning of read.warnings) options.warn(`${file}: ${warning}`);
    return read;
  } catch (error) {
    // A reader refuses what it cannot read with a reason; anything else thrown is a damaged file.
    const reason = isUnreadable(error) ? error.reason : `it could not be read (${(error as Error)?.message ?? String(error)})`;
    options.warn(`${file}: skipped, ${reason}`);
    return undefined;
  }
}

async function readSource(
  file: string,
  manifest: ManifestEntry | undefined,
  options: LoadOptions,
): Promise<SourceInput | undefined> {
  const limit = options.maxSourceBytes ?? DEFAULT_MAX_SOURCE_BYTES;
  const buffer = await readBytes(file, limit, options);
  if (!buffer) return undefined;
  const binary = !TEXT_EXTENSIONS.includes(path.extname(file).toLowerCase());
  const read = binary ? await readOther(file, buffer, limit, options) : decodeText(file, buffer, options);
  if (!read) return undefined;
  if (!/\S/.test(read.text)) {
    options.warn(`${file}: skipped, the file has no text`);
    return undefined;
  }
  const { text, format } = read;
  return {
    key: manifest?.key ?? stemOf(file),
    title: manifest?.title ?? read.title ?? titleFromText(text, file, format === 'markdown'),
    author: manifest?.author ?? read.author ?? authorFromText(text),
    kind: manifest?.kind,
    urls: manifest?.url ? [manifest.url] : undefined,
    uri: file,
    text,
    ...(binary ? { format, places: read.places } : {}),
  };
}

/** A path with its real path and what it is, or why they could not be had. */
interface Inspected {
  target: string;
  real?: string;
  stat?: Stats;
  /** Which step failed: the real path, or the stat. */
  failed?: { step: 'realpath' | 'stat'; error: NodeJS.ErrnoException };
}

async function inspect(target: string): Promise<Inspected> {
  let real: string;
  try {
    real = await fs.realpath(target);
  } catch (error) {
    return { target, failed: { step: 'realpath', error: error as NodeJS.ErrnoException } };
  }
  try {
    return { target, real, stat: await fs.stat(real) };
  } catch (error) {
    return { target, real, failed: { step: 'stat', error: error as NodeJS.ErrnoException } };
  }
}

/** How many files are looked at or read at once: a large corpus loads at the speed of the disk. */
const PARALLEL_READS = 32;

/**
 * Loads every source under the given folders or files, path by path; a source reached from two of
 * the paths is loaded once. Keys are then made unique (see giveUniqueKeys) so that every source
 * can be cited. The command line and the language server both load a corpus this way, so the
 * same corpus gets the same keys in both.
 */
export async function loadSources(paths: string[], options: LoadOptions): Promise<SourceInput[]> {
  const sources: SourceInput[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < paths.length; i++) {
    options.onPath?.(i, paths[i]!);
    for (const source of await sourcesAt(paths[i]!, options)) {
      const id = path.resolve(source.uri);
      if (seen.has(id)) continue;
      seen.add(id);
      sources.push(source);
    }
  }
  giveUniqueKeys(sources);
  return sources;
}

/**
 * Makes the sources' keys unique, in order: a second `notes` becomes `notes-2` (or `notes-3` when a
 * source is already called `notes-2`).
 */
export function giveUniqueKeys(sources: SourceInput[]): void {
  const keys = new Map<string, number>();
  for (const source of sources) {
    let count = (keys.get(source.key) ?? 0) + 1;
    keys.set(source.key, count);
    if (count > 1) {
      while (keys.has(`${source.key}-${count}`)) count++;
      const unique = `${source.key}-${count}`;
      keys.set(unique, 1);
      source.key = unique;
    }
  }
}

/**
 * Every source under one folder or file. Folders are walked in name order; the entries of a folder
 * are looked at, and the files read, several at a time, and the results (and warnings) are taken
 * in order, so the outcome is as if they were read one by one.
 */
async function sourcesAt(root: string, options: LoadOptions): Promise<SourceInput[]> {
  const files: Array<{ target: string; entry: ManifestEntry | undefined }> = [];
  const seen = new Set<string>();

  const visit = async (found: Inspected, manifest: Map<string, ManifestEntry> | undefined, explicit: boolean) => {
    const { target } = found;
    if (found.failed?.step === 'realpath') {
      options.warn(`${target}: skipped, ${whyUnreadable(found.failed.error) === 'does not exist' ? 'it does not exist' : 'cannot be read'}`);
      return;
    }
    const real = found.real!;
    if (seen.has(real)) {
      // The same file named twice is simply read once; a folder met again is a symlink loop.
      if (found.stat?.isDirectory()) options.warn(`${target}: skipped, it leads back to a folder already read (a symlink loop?)`);
      return;
    }
    seen.add(real);
    if (found.failed || !found.stat) {
      options.warn(`${target}: skipped, cannot be read`);
      return;
    }
    if (found.stat.isDirectory()) {
      let names: string[];
      try {
        names = (await fs.readdir(real)).sort();
      } catch (error) {
        options.warn(`${target}: skipped, the folder cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
        return;
      }
      const folderManifest = await readManifest(real, options);
      const children = await mapLimit(names.filter((name) => !name.startsWith('.') && name !== 'node_modules'), PARALLEL_READS, (name) => inspect(path.join(target, name)));
      for (const child of children) await visit(child, folderManifest, false);
      return;
    }
    if (!found.stat.isFile()) {
      if (explicit || SOURCE_EXTENSIONS.includes(path.extname(target).toLowerCase())) {
        options.warn(`${target}: skipped, it is not a regular file`);
      }
      return;
    }
    const ext = path.extname(target).toLowerCase();
    if (!SOURCE_EXTENSIONS.includes(ext)) {
      if (explicit) options.warn(`${target}: skipped, sources must be ${SOURCE_KINDS} files`);
      return;
    }
    const parentManifest = manifest ?? (await readManifest(path.dirname(real), options));
    files.push({ target, entry: parentManifest.get(path.basename(target)) });
  };

  await visit(await inspect(root), undefined, true);

  // Read the files several at a time; their warnings are given in order.
  const read = await mapLimit(files, PARALLEL_READS, async ({ target, entry }) => {
    const warnings: string[] = [];
    const source = await readSource(target, entry, { ...options, warn: (m) => warnings.push(m) });
    return { source, warnings };
  });
  const sources: SourceInput[] = [];
  for (const { source, warnings } of read) {
    for (const w of warnings) options.warn(w);
    if (source) sources.push(source);
  }
  return sources;
}

/** The first `--corpus` path that does not exist or cannot be looked at, and why: a mistyped corpus is a usage error, not an empty one. */
export async function missingCorpusPath(paths: readonly string[]): Promise<{ path: string; reason: string } | undefined> {
  for (const p of paths) {
    try {
      await fs.stat(p);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return { path: p, reason: code === 'ENOENT' || code === 'ENOTDIR' ? 'no such file or folder' : `cannot be read (${code ?? 'error'})` };
    }
  }
  return undefined;
}
