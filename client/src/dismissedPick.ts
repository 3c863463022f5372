// "Corroborate: Show Dismissed Findings": lists the findings dismissed in the workspace's
// .corroborate.json files (the "Dismiss this finding" quick fix) and restores the ones picked.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DISMISSALS_REQUEST, RESTORE_REQUEST, type DismissedInfo, type RestoreResult } from '../../server/src/lsp/protocol.js';

export async function showDismissed(c: LanguageClient): Promise<void> {
  const dismissed = await c.sendRequest<DismissedInfo[]>(DISMISSALS_REQUEST, null);
  if (dismissed.length === 0) {
    void vscode.window.showInformationMessage('Corroborate: no finding is dismissed. "Dismiss this finding" (a quick fix on a finding) records one in .corroborate.json.');
    return;
  }
  const picked = await vscode.window.showQuickPick(
    dismissed.map((d) => ({
      label: `${d.code}: ${d.value}`,
      description: d.file,
      detail: d.sentence,
      item: d,
    })),
    { title: `Corroborate: ${dismissed.length} dismissed finding${dismissed.length === 1 ? '' : 's'}`, canPickMany: true, matchOnDescription: true, matchOnDetail: true, placeHolder: 'Pick the findings to restore' },
  );
  if (!picked || picked.length === 0) return;
  const { restored } = await c.sendRequest<RestoreResult>(RESTORE_REQUEST, { items: picked.map((p) => p.item) });
  void vscode.window.showInformationMessage(`Corroborate: ${restored} finding${restored === 1 ? '' : 's'} restored.`);
}
