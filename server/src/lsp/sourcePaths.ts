// Turning `corroborate.sources` entries (folders, files or simple globs, relative to the workspace)
// into paths that loadSources can read, and the folders to watch for changes.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SOURCE_EXTENSIONS, SOURCE_KINDS } from '../corpus/sources.js';
import { walkFiles } from '../corpus/walk.js';
import { globBase, globToRegExp, hasGlob, toSlashes } from '../corpus/glob.js';

export { globBase, globToRegExp, hasGlob, toSlashes };

/** One `sources` entry and the folders a relative entry is resolved against. */
export interface SourceSpec {
  entry: string;
  baseDirs: string[];
  /** Where the entry came from, for warnings (`settings`, a `.corroborate.json` path). */
  origin: string;
}

export interface ResolvedSources {
  /** Folders and files to hand to loadSources (globs already expanded to files). */
  paths: string[];
  /** Folders or files whose changes should re-index the corpus. */
  watchRoots: string[];
  /** Folders and files named directly (not by a glob). */
  plainRoots: string[];
  /** Where each plain root was named (`settings`, a `.corroborate.json` path): for the warnings the editor shows. */
  origins: Map<string, string>;
  /** Globs as regular expressions over absolute paths (with `/` separators), for watched-file events. */
  globs: RegExp[];
}

/** Hard limit on files visited while expanding one glob, so `/**` cannot hang the server. */
const MAX_GLOB_VISITS = 50_000;

/** `~` and `~/…` as the user's home folder, as a shell reads them. */
export function expandHome(entry: string): string {
  if (entry === '~') return os.homedir();
  if (entry.startsWith('~/') || entry.startsWith('~\\')) return path.join(os.homedir(), entry.slice(2));
  return entry;
}

async function exists(p: string): Promise<boolean> {
  try {
    await fs.access(p);
    return true;
  } catch {
    return false;
  }
}

/** Every Markdown or text file under `base` whose absolute path matches `pattern`. */
async function expandGlob(absoluteGlob: string, warn: (m: string) => void, origin: string): Promise<string[]> {
  const base = globBase(absoluteGlob) || '.';
  const regex = globToRegExp(absoluteGlob);
  const files: string[] = [];
  const budget = { left: MAX_GLOB_VISITS };
  await walkFiles(base, {
    onEntry: () => budget.left-- > 0,
    onFile: (file) => {
      if (SOURCE_EXTENSIONS.includes(path.extname(file).toLowerCase()) && regex.test(toSlashes(file))) files.push(file);
    },
  });
  if (budget.left <= 0) warn(`${origin}: the glob ${absoluteGlob} matched too many files; only the first ${MAX_GLOB_VISITS} files looked at were used`);
  if (files.length === 0) warn(`${origin}: the glob ${absoluteGlob} matched no source file (${SOURCE_KINDS})`);
  return files;
}

/**
 * Resolves `sources` entries. A relative entry is looked up in each base folder (the workspace
 * folders); the folders where it exists are used. Globs are expanded now; their base folders are
 * watched so that new matching files are picked up.
 */
export async function resolveSources(specs: SourceSpec[], warn: (message: string) => void): Promise<ResolvedSources> {
  const paths: string[] = [];
  const watchRoots: string[] = [];
  const plainRoots: string[] = [];
  const globs: RegExp[] = [];
  const origins = new Map<string, string>();
  const add = (list: string[], p: string) => {
    if (!list.includes(p)) list.push(p);
  };
  for (const spec of specs) {
    const entry = expandHome(spec.entry.trim());
    if (!entry) continue;
    const candidates = path.isAbsolute(entry)
      ? [path.normalize(entry)]
      : spec.baseDirs.length > 0
        ? spec.baseDirs.map((dir) => path.resolve(dir, entry))
        : [path.resolve(entry)];
    if (hasGlob(entry)) {
      for (const candidate of candidates) {
        for (const file of await expandGlob(candidate, warn, spec.origin)) add(paths, file);
        add(watchRoots, path.resolve(globBase(candidate) || '.'));
        globs.push(globToRegExp(candidate));
      }
      continue;
    }
    const found: string[] = [];
    for (const candidate of candidates) if (await exists(candidate)) found.push(candidate);
    // None exists: hand over the first, so the loader says clearly that it does not exist.
    for (const p of found.length > 0 ? found : candidates.slice(0, 1)) {
      add(paths, p);
      add(watchRoots, p);
      add(plainRoots, p);
      if (!origins.has(p)) origins.set(p, spec.origin);
    }
  }
  return { paths, watchRoots, plainRoots, globs, origins };
}

/** Is `file` inside (or equal to) `folder`? Both absolute. */
export function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** Does a changed file concern the sources (inside a watched root, or matching a glob)? */
export function concernsSources(file: string, resolved: ResolvedSources): boolean {
  if (resolved.plainRoots.some((root) => isInside(file, root))) {
    const base = path.basename(file);
    if (base === 'manifest.json') return true;
    const ext = path.extname(file).toLowerCase();
    // A deleted folder has no extension: treat it as relevant.
    return ext === '' || SOURCE_EXTENSIONS.includes(ext);
  }
  return resolved.globs.some((g) => g.test(toSlashes(file)));
}
