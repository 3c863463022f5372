// What the features read: the open drafts, the state kept for each, and the workspace they are
// checked in (its corpus index and settings). The server gives its own; tests give made-up ones.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CorroborateSettings } from '../../config.js';
import type { BibliographyEntry, CorpusIndex, Dismissal } from '../../engine/index.js';
import type { DraftStates } from '../documents.js';
import type { FindingsGuide } from '../findingsGuide.js';

export interface WorkspaceView {
  /** The corpus index; undefined until the first indexing is done. */
  readonly index: CorpusIndex | undefined;
  readonly settings: CorroborateSettings;
  /** Bumped whenever the index or the settings change: analyses made before are stale. */
  readonly generation: number;
  /** Whether the client takes edits pinned to a document's version (workspaceEdit.documentChanges). */
  readonly documentChanges: boolean;
  /** Each code's explanation, for the diagnostics' codeDescription: empty when the client shows none. */
  readonly findingsGuide: FindingsGuide;
  /** Whether the URI is one of the loaded sources (never checked as a draft). */
  isSourceDocument(uri: string): boolean;
  /** The findings dismissed in the draft (`.corroborate.json`'s `dismissed` list), left out of its check. */
  dismissalsOf(uri: string): readonly Dismissal[];
  /** The draft's bibliography (its front matter's and the settings'), by which its pandoc keys resolve. */
  bibliographyOf(uri: string, text: string): readonly BibliographyEntry[];
  /** Whether a finding of the draft can be dismissed: it lies in a workspace folder, whose .corroborate.json keeps dismissals. */
  canDismiss(uri: string): boolean;
}

export interface ServerState {
  readonly workspace: WorkspaceView;
  readonly drafts: DraftStates;
  /** The document as the editor holds it now, if it is open. */
  document(uri: string): TextDocument | undefined;
}
