// Corroborate's own messages beside LSP, shared by the server and the VS Code client.

/** The server's version (kept equal to package.json's by a test). */
export const SERVER_VERSION = '0.1.0';

/** Server → client notification whenever indexing starts or ends. */
export const STATUS_NOTIFICATION = 'corroborate/status';
export interface StatusParams {
  /** Sources indexed. */
  sources: number;
  /** Statements (checkable values) indexed across the sources. */
  claims: number;
  busy: boolean;
  message?: string;
  /** Setup mistakes to show until they are fixed (a sources folder that does not exist), one per line. */
  warning?: string;
}
/** Client → server request: the indexed sources. */
export const SOURCES_REQUEST = 'corroborate/sources';
export interface SourceInfo {
  key: string;
  title: string;
  author?: string;
  kind?: string;
  uri: string;
}
/** Client → server request: re-read settings and sources, re-index, re-check open drafts. */
export const REINDEX_REQUEST = 'corroborate/reindex';
/** Client → server request: check Markdown files (given, or all in the workspace folders) and deliver their diagnostics. */
export const CHECK_WORKSPACE_REQUEST = 'corroborate/checkWorkspace';
export interface CheckWorkspaceParams {
  uris?: string[];
}
export interface CheckWorkspaceResult {
  files: number;
  findings: number;
  skipped: number;
}
/**
 * Client → server request: the evidence behind one of a draft's diagnostics, named by the short id
 * in its `data`. Answers the finding as the command line's JSON gives it (CONTRACT.md: related
 * information and the evidence in full), or null when the draft no longer holds it.
 */
export const EVIDENCE_REQUEST = 'corroborate/evidence';
export interface EvidenceParams {
  textDocument: { uri: string };
  id: string;
}
/**
 * workspace/executeCommand command (offered by the "Dismiss this finding" quick fix): records the
 * finding in the draft's workspace folder's .corroborate.json, outside the draft. Its one argument
 * is a DismissFindingArgs.
 */
export const DISMISS_FINDING_COMMAND = 'corroborate.dismissFinding';
export interface DismissFindingArgs {
  uri: string;
  code: string;
  value: string;
  sentence: string;
}
/** Client → server request: every dismissed finding the workspace's .corroborate.json files hold. */
export const DISMISSALS_REQUEST = 'corroborate/dismissals';
export interface DismissedInfo {
  /** The draft's file URI, and its path as the file writes it (relative to the file). */
  uri: string;
  file: string;
  /** The .corroborate.json that holds it. */
  configFile: string;
  code: string;
  value: string;
  sentence: string;
}
/** Client → server request: takes the given dismissals out of their files; the findings come back. */
export const RESTORE_REQUEST = 'corroborate/restore';
export interface RestoreParams {
  items: DismissedInfo[];
}
export interface RestoreResult {
  restored: number;
}
