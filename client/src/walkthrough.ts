// The commands behind the Getting Started walkthrough (`contributes.walkthroughs`): add a folder of
// sources to `corroborate.sources`, and open the sample draft that ships in the package. They take
// the `vscode` API as an argument, so that they can be tested without VS Code.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type * as vscode from 'vscode';

export const ADD_SOURCES_FOLDER_COMMAND = 'corroborate.addSourcesFolder';
export const OPEN_SAMPLE_COMMAND = 'corroborate.openSample';

/** Where the package keeps its sample drafts (the repository's examples/ folder). */
export const SAMPLES_FOLDER = 'examples';

/**
 * A picked folder as a `corroborate.sources` entry. Relative to the workspace folder when there is
 * exactly one and the folder is inside it (the setting then travels with the project); absolute
 * otherwise, since a relative entry is looked for in every workspace folder.
 */
export function sourcesEntryFor(folder: string, workspaceFolders: readonly string[]): string {
  if (workspaceFolders.length !== 1) return folder;
  const relative = path.relative(workspaceFolders[0]!, folder);
  if (relative === '') return '.';
  if (relative.startsWith('..') || path.isAbsolute(relative)) return folder;
  return relative.split(path.sep).join('/');
}

/** `existing` (a setting's value, possibly not a list) with each of `entries` added once. */
export function withSources(existing: unknown, entries: readonly string[]): string[] {
  const list = Array.isArray(existing) ? existing.filter((e): e is string => typeof e === 'string') : [];
  for (const entry of entries) if (!list.includes(entry)) list.push(entry);
  return list;
}

/**
 * Asks for one or more folders and adds them to `corroborate.sources`: in the workspace's settings
 * when a folder is open, else in the user's. Returns the new list, or undefined when cancelled.
 */
export async function addSourcesFolder(api: typeof vscode): Promise<string[] | undefined> {
  const picked = await api.window.showOpenDialog({
    canSelectFiles: false,
    canSelectFolders: true,
    canSelectMany: true,
    openLabel: 'Use as Sources',
    title: 'Corroborate: choose a folder of sources (.md or .txt files)',
  });
  const chosen = (picked ?? []).filter((uri) => uri.scheme === 'file');
  if (chosen.length === 0) return undefined;
  const folders = (api.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file').map((f) => f.uri.fsPath);
  const entries = chosen.map((uri) => sourcesEntryFor(uri.fsPath, folders));
  const config = api.workspace.getConfiguration('corroborate');
  const inWorkspace = folders.length > 0;
  const inspected = config.inspect<string[]>('sources');
  const current = inWorkspace ? inspected?.workspaceValue : inspected?.globalValue;
  const next = withSources(current, entries);
  await config.update('sources', next, inWorkspace ? api.ConfigurationTarget.Workspace : api.ConfigurationTarget.Global);
  void api.window.showInformationMessage(
    `Corroborate: added ${entries.map((e) => `"${e}"`).join(', ')} to corroborate.sources (${inWorkspace ? 'workspace' : 'user'} settings). The status bar shows the sources once they are indexed.`,
  );
  return next;
}

/**
 * Opens a copy of the package's sample draft as a new, unsaved Markdown document, which is checked
 * like any draft. Returns the text opened, or undefined when the package holds no sample.
 */
export async function openSample(api: typeof vscode, extensionPath: string): Promise<string | undefined> {
  const folder = path.join(extensionPath, SAMPLES_FOLDER);
  const names = await fs.readdir(folder).catch(() => [] as string[]);
  const sample = names.filter((name) => name.endsWith('.md')).sort()[0];
  if (!sample) {
    void api.window.showWarningMessage(`Corroborate: no sample draft in ${folder}.`);
    return undefined;
  }
  const content = await fs.readFile(path.join(folder, sample), 'utf8');
  const document = await api.workspace.openTextDocument({ language: 'markdown', content });
  await api.window.showTextDocument(document);
  return content;
}
