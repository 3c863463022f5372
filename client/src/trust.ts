// Workspace trust for `corroborate.sources`: in a workspace VS Code does not trust, sources that the
// workspace's own settings name outside the workspace folders are not read. Pure functions (no
// `vscode` import) so that they can be tested without an editor.
import os from 'node:os';
import path from 'node:path';

const GLOB_CHARS = /[*?[\]{}]/;

function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** The fixed folder part of an entry: the entry itself, or a glob's folders before its first wildcard. */
function fixedPart(entry: string): string {
  if (!GLOB_CHARS.test(entry)) return entry;
  const segments = entry.replace(/\\/g, '/').split('/');
  const fixed: string[] = [];
  for (const segment of segments) {
    if (GLOB_CHARS.test(segment)) break;
    fixed.push(segment);
  }
  const joined = fixed.join('/');
  return joined === '' && entry.startsWith('/') ? '/' : joined || '.';
}

/** Does a `sources` entry stay inside the workspace folders, wherever it is resolved? */
export function staysInside(entry: string, folders: readonly string[]): boolean {
  const trimmed = entry.trim();
  if (!trimmed) return true;
  if (trimmed === '~' || trimmed.startsWith('~/') || trimmed.startsWith('~\\')) {
    const expanded = path.join(os.homedir(), trimmed.slice(1));
    return folders.some((f) => isInside(path.resolve(fixedPart(expanded)), f));
  }
  const fixed = fixedPart(trimmed);
  if (path.isAbsolute(fixed)) return folders.some((f) => isInside(path.resolve(fixed), f));
  if (folders.length === 0) return false;
  return folders.every((f) => isInside(path.resolve(f, fixed), f));
}

export interface SourcesInspection {
  globalValue?: readonly string[];
  workspaceValue?: readonly string[];
  workspaceFolderValue?: readonly string[];
}

/**
 * The `sources` an untrusted workspace may use: the value VS Code resolved, less the entries that
 * workspace-level settings contribute and that reach outside the workspace. User settings are kept.
 */
export function trustedSources(
  effective: readonly string[],
  inspection: SourcesInspection | undefined,
  folders: readonly string[],
): { kept: string[]; dropped: string[] } {
  const fromWorkspace = new Set([...(inspection?.workspaceValue ?? []), ...(inspection?.workspaceFolderValue ?? [])]);
  const fromUser = new Set(inspection?.globalValue ?? []);
  const kept: string[] = [];
  const dropped: string[] = [];
  for (const entry of effective) {
    const workspaceNamed = fromWorkspace.has(entry) && !fromUser.has(entry);
    if (workspaceNamed && !staysInside(entry, folders)) dropped.push(entry);
    else kept.push(entry);
  }
  return { kept, dropped };
}
