// The one walk over a folder tree for the files in it, used to expand source globs and to list the
// workspace's drafts. (Reading a corpus folder is loadSources's own walk: it follows symbolic links,
// guards against their loops and reads each folder's manifest, which neither of these wants.)
import { promises as fs } from 'node:fs';
import path from 'node:path';

/** The extensions of the drafts a folder holds (the workspace's, or a folder given to `corroborate check`). */
export const MARKDOWN_EXTENSIONS = ['.md', '.markdown', '.mdown', '.mkd'];

export interface WalkOptions {
  /** Called for every entry looked at, before anything else; false stops the walk (a budget). */
  onEntry?: () => boolean;
  /** Entries to pass over besides hidden ones and node_modules. */
  skip?: (full: string, name: string) => boolean;
  /** Called for each regular file; false stops the walk. */
  onFile: (file: string) => boolean | void;
}

/**
 * Walks `dir` depth first in name order, passing over hidden entries, node_modules and folders that
 * cannot be read; symbolic links are not followed. Returns false when a callback stopped it.
 */
export async function walkFiles(dir: string, options: WalkOptions): Promise<boolean> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return true;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (options.onEntry && !options.onEntry()) return false;
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    if (options.skip?.(full, entry.name)) continue;
    if (entry.isDirectory()) {
      if (!(await walkFiles(full, options))) return false;
    } else if (entry.isFile() && options.onFile(full) === false) {
      return false;
    }
  }
  return true;
}
