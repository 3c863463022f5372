// Dismissing a finding outside the draft, listing what was dismissed, and restoring it: the
// `dismissed` list of .corroborate.json (see dismissed.ts). After each change the settings are read
// again at once (not only when the editor's file watcher reports it), so the finding goes or comes
// back before the request is answered.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { dismissedPath, type DismissedFinding } from '../../dismissed.js';
import { FINDING_CODES, normalWords, type FindingCode } from '../../engine/index.js';
import { addDismissal, removeDismissals } from '../dismissalsFile.js';
import type { DismissedInfo, DismissFindingArgs, RestoreParams, RestoreResult } from '../protocol.js';
import { pathOfUri } from '../workspace.js';
import { recheckClosed, type CommandState } from './commands.js';

/** The command's argument, if it is one: a draft's URI, a known code, a value and a sentence. */
function dismissArgs(raw: unknown): DismissFindingArgs | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const a = raw as Record<string, unknown>;
  const texts = [a.uri, a.value, a.sentence].every((t) => typeof t === 'string' && t.trim() !== '');
  return texts && FINDING_CODES.includes(a.code as FindingCode) ? (a as unknown as DismissFindingArgs) : undefined;
}

/** workspace/executeCommand `corroborate.dismissFinding`: records the finding; whether it was. */
export async function dismissFinding(state: CommandState, raw: unknown): Promise<boolean> {
  const { workspace } = state;
  const args = dismissArgs(raw);
  if (!args) {
    workspace.showError('Corroborate: the finding was not dismissed: the command was not given a draft, a code, a value and a sentence.');
    return false;
  }
  const draftPath = pathOfUri(args.uri);
  const file = workspace.dismissalFile(args.uri);
  if (!draftPath || !file) {
    workspace.showError(`Corroborate: the finding was not dismissed: ${decodeURIComponent(path.basename(args.uri))} is not in a workspace folder, whose ${'.corroborate.json'} would keep the dismissal. Open its folder, or silence the finding with a comment.`);
    return false;
  }
  const dismissal = { code: args.code as FindingCode, value: args.value, sentence: normalWords(args.sentence) };
  try {
    const added = await addDismissal(file, draftPath, dismissal);
    workspace.log(`${added ? 'Dismissed' : 'Already dismissed'}: ${dismissal.code} "${dismissal.value}" in ${dismissedPath(file, draftPath)} (${file})`);
  } catch (error) {
    workspace.showError(`Corroborate: the finding was not dismissed: ${(error as Error).message}`);
    return false;
  }
  await workspace.requestReload(false);
  return true;
}

/** `corroborate/dismissals`: every dismissed finding of the workspace's .corroborate.json files. */
export function listDismissals(state: CommandState): DismissedInfo[] {
  return state.workspace.settings.dismissed.map((d) => ({
    uri: pathToFileURL(d.file).href,
    file: d.origin ? dismissedPath(d.origin, d.file) : d.file,
    configFile: d.origin ?? '',
    code: d.code,
    value: d.value,
    sentence: d.sentence,
  }));
}

/**
 * `corroborate/restore`: takes the given dismissals out of the files that hold them (only files the
 * workspace reads), re-reads the settings, and re-checks the closed drafts a workspace check covered.
 */
export async function restoreDismissals(state: CommandState, params: RestoreParams | undefined): Promise<RestoreResult> {
  const { workspace } = state;
  const byFile = new Map<string, DismissedFinding[]>();
  for (const item of Array.isArray(params?.items) ? params!.items : []) {
    const draftPath = typeof item?.uri === 'string' ? pathOfUri(item.uri) : undefined;
    if (!draftPath || !workspace.settingsFiles.includes(item.configFile) || !dismissArgs(item)) continue;
    const list = byFile.get(item.configFile) ?? [];
    list.push({ file: draftPath, code: item.code as FindingCode, value: item.value, sentence: item.sentence });
    byFile.set(item.configFile, list);
  }
  let restored = 0;
  for (const [file, items] of byFile) {
    try {
      restored += await removeDismissals(file, items);
    } catch (error) {
      workspace.showError(`Corroborate: nothing was restored from ${file}: ${(error as Error).message}`);
    }
  }
  if (restored === 0) return { restored };
  await workspace.requestReload(false);
  const uris = new Set([...byFile.values()].flat().map((d) => pathToFileURL(d.file).href));
  for (const uri of uris) if (state.reports.covers(uri) && !state.document(uri)) await recheckClosed(state, uri);
  return { restored };
}
