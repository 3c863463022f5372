// Corroborate's own requests: the indexed sources, re-indexing, and checking every Markdown file
// in the workspace (open or not).
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CancellationToken } from 'vscode-languageserver';
import { toUri, type Diagnostic } from '../../diagnostics.js';
import { MARKDOWN_EXTENSIONS, walkFiles } from '../../corpus/walk.js';
import { ignoreMatchers } from '../../corpus/glob.js';
import type { CheckWorkspaceParams, CheckWorkspaceResult, SourceInfo, StatusParams } from '../protocol.js';
import { isInside } from '../sourcePaths.js';
import type { WorkspaceReports } from '../workspaceReports.js';
import { pathOfUri, type Workspace } from '../workspace.js';
import { analyzeText } from './diagnostics.js';
import type { ServerState } from './state.js';

const MAX_WORKSPACE_FILES = 5000;

export interface CommandState extends ServerState {
  readonly workspace: Workspace;
  /** The reports of drafts that are not open, and which drafts a workspace check covered. */
  readonly reports: WorkspaceReports;
  /** Checks an open draft as the editor holds it now (a client that does not pull is sent the result). */
  checkNow(uri: string): void;
  /** Hands the client the diagnostics of a draft it does not hold open: sent, or kept for its workspace pull. */
  deliverClosed(uri: string, diagnostics: readonly Diagnostic[]): void;
}

/** `corroborate/sources`: the indexed sources (indexing first, if that has not happened yet). */
export async function listSources(state: CommandState, _params: unknown, token: CancellationToken): Promise<SourceInfo[]> {
  const { workspace } = state;
  if (!workspace.index) await workspace.requestReload(false);
  if (token.isCancellationRequested) return [];
  return (workspace.index?.sources ?? []).map((s) => ({
    key: s.key,
    title: s.title,
    ...(s.author ? { author: s.author } : {}),
    ...(s.kind ? { kind: s.kind } : {}),
    uri: toUri(s.uri),
  }));
}

/** `corroborate/reindex`: reads the settings and every source again. */
export async function reindex(state: CommandState, _params: unknown, _token: CancellationToken): Promise<StatusParams> {
  await state.workspace.requestReload(true);
  const { sources, claims, busy, warning } = state.workspace.status();
  return { sources, claims, busy, ...(warning ? { warning } : {}) };
}

/**
 * `corroborate/checkWorkspace`: checks the given files, or every Markdown file in the workspace
 * folders (not the sources), delivering the diagnostics of each. Stops when cancelled.
 */
export async function checkWorkspace(state: CommandState, params: CheckWorkspaceParams | undefined, token: CancellationToken): Promise<CheckWorkspaceResult> {
  const { workspace } = state;
  if (!workspace.index) await workspace.requestReload(false);
  if (!workspace.index) return { files: 0, findings: 0, skipped: 0 };
  const uris = Array.isArray(params?.uris) ? params!.uris.filter((u) => typeof u === 'string') : await workspaceDrafts(workspace);
  const progress = await workspace.startProgress('Corroborate: checking the workspace');
  const counts = { files: 0, findings: 0, skipped: 0 };
  try {
    for (let i = 0; i < uris.length && !token.isCancellationRequested; i++) {
      const uri = uris[i]!;
      if (i % 20 === 0) progress.report(Math.round((i / uris.length) * 100), `${i} of ${uris.length} files`);
      state.reports.cover(uri);
      if (state.document(uri)) {
        state.checkNow(uri);
        counts.files++;
        counts.findings += state.drafts.get(uri).analysis?.diagnostics.length ?? 0;
        continue;
      }
      const findings = await checkClosedFile(state, uri);
      if (findings === undefined) counts.skipped++;
      else {
        counts.files++;
        counts.findings += findings;
      }
      // Let other messages (edits, hovers) through between files.
      await new Promise((resolve) => setImmediate(resolve));
    }
  } finally {
    progress.done();
  }
  const { files, findings, skipped } = counts;
  workspace.log(`Checked ${files} Markdown file${files === 1 ? '' : 's'}: ${findings} finding${findings === 1 ? '' : 's'}${skipped ? `, ${skipped} skipped` : ''}`);
  return counts;
}

/**
 * A draft a workspace check covered is closed (or its dismissals changed while it is): it is checked
 * again as saved, so that its findings stay in the problem list rather than leave with its tab.
 * When it can no longer be checked (deleted, too large), they go.
 */
export async function recheckClosed(state: CommandState, uri: string): Promise<void> {
  const found = await checkClosedFile(state, uri);
  if (found === undefined && !state.document(uri)) state.deliverClosed(uri, []);
}

/**
 * After the settings or the sources changed (a re-index): every closed draft a workspace check
 * covered is checked again, so that the findings it keeps listed are the new index's.
 */
export async function recheckCovered(state: CommandState): Promise<void> {
  for (const uri of state.reports.coveredUris()) {
    if (!state.document(uri)) await recheckClosed(state, uri);
  }
}

/** Every Markdown file in the workspace folders, but for the sources' and build folders. */
async function workspaceDrafts(workspace: Workspace): Promise<string[]> {
  const files: string[] = [];
  const skip = [...workspace.resolved.plainRoots, workspace.deps.bundledCorpusDir()];
  // (The `ignore` lists of the .corroborate.json files, as `corroborate check FOLDER` leaves them out.)
  const ignored = ignoreMatchers(workspace.settings.ignore);
  for (const folder of workspace.folders) {
    if (files.length >= MAX_WORKSPACE_FILES) break;
    await walkFiles(folder, {
      skip: (full, name) => name === 'out' || name === 'dist' || skip.some((s) => isInside(full, s)),
      onFile: (file) => {
        if (MARKDOWN_EXTENSIONS.includes(path.extname(file).toLowerCase()) && !ignored.some((m) => m.ignores(file))) files.push(file);
        return files.length < MAX_WORKSPACE_FILES;
      },
    });
  }
  return files.map((f) => pathToFileURL(f).href);
}

/** Checks a draft that is not open and delivers its findings; their number, or undefined if skipped. */
async function checkClosedFile(state: CommandState, uri: string): Promise<number | undefined> {
  const { workspace } = state;
  const { warn, folders, settings } = workspace;
  const p = pathOfUri(uri);
  if (!p || workspace.isSourceDocument(uri)) return undefined;
  // Only Markdown drafts in the workspace: whatever a client names, nothing else is read.
  if (!MARKDOWN_EXTENSIONS.includes(path.extname(p).toLowerCase()) || (folders.length > 0 && !folders.some((f) => isInside(p, f)))) {
    warn(`${p}: not checked, only Markdown files in the workspace folders are`);
    return undefined;
  }
  try {
    const stat = await fs.stat(p);
    if (!stat.isFile()) {
      // A folder, a fifo or a device: reading it could block or never end.
      warn(`${p}: not checked, it is not a file`);
      return undefined;
    }
    if (stat.size > settings.maxFileBytes) {
      warn(`${p}: not checked, ${stat.size} bytes is over corroborate.maxFileBytes (${settings.maxFileBytes})`);
      return undefined;
    }
    let text = await fs.readFile(p, 'utf8');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    const result = analyzeText(workspace, text, undefined, uri);
    if (!result) return undefined;
    if (!state.document(uri)) state.deliverClosed(uri, result.diagnostics);
    return result.diagnostics.length;
  } catch (error) {
    warn(`${p}: not checked (${(error as Error).message})`);
    return undefined;
  }
}
