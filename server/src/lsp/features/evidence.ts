// The evidence behind a lean diagnostic (corroborate/evidence): the finding its short id names, in
// full, as the command line's JSON gives it.
import type { CancellationToken } from 'vscode-languageserver';
import { fullDiagnostic, severityOf, type Diagnostic } from '../../diagnostics.js';
import type { EvidenceParams } from '../protocol.js';
import { analysisOf } from './diagnostics.js';
import type { ServerState } from './state.js';

export function provideEvidence(state: ServerState, params: EvidenceParams | undefined, token: CancellationToken): Diagnostic | null {
  const uri = params?.textDocument?.uri;
  const doc = typeof uri === 'string' ? state.document(uri) : undefined;
  const corpus = state.workspace.index;
  if (!doc || !corpus || token.isCancellationRequested) return null;
  // Bring the draft's ids up to date first: a diagnostic of the text as it is now is found by its id.
  analysisOf(state, doc);
  const named = state.drafts.get(doc.uri).ids.find(params!.id);
  if (!named) return null;
  const severity = severityOf(named.finding.code, state.workspace.settings.severity);
  return severity === 'off' ? null : fullDiagnostic(named.finding, severity, named.lines, corpus);
}
