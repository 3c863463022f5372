// An in-memory workspace for the features' tests: a made-up corpus (the engine knows only what these
// sources say) and drafts held as the editor would hold them, with no process, disk or editor.
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { CancellationToken } from 'vscode-languageserver';
import { DEFAULT_SETTINGS, type CorroborateSettings } from '../../server/src/config.js';
import { dismissalsOf } from '../../server/src/dismissed.js';
import { buildCorpusIndex, type BibliographyEntry, type CorpusIndex, type Dismissal, type SourceInput } from '../../server/src/engine/index.js';
import { changeOffsets, DraftStates } from '../../server/src/lsp/documents.js';
import type { PullState } from '../../server/src/lsp/features/pullDiagnostics.js';
import type { WorkspaceView } from '../../server/src/lsp/features/state.js';
import { WorkspaceReports } from '../../server/src/lsp/workspaceReports.js';
import type { FindingsGuide } from '../../server/src/lsp/findingsGuide.js';

export const ROOT = '/virtual';
export const fileUri = (name: string) => `file://${ROOT}/${name}`;

export const CORPUS: SourceInput[] = [
  {
    key: 'quillon', title: 'The Quillon Annals', author: 'Edda Quillon', kind: 'annals', uri: `${ROOT}/sources/quillon.md`,
    text: [
      '# The Quillon Annals',
      '',
      'The siege of Tarrow lasted 93 days. The Treaty of Mense was signed on 9 June 1702 by Queen Ysolde.',
    ].join('\n'),
  },
  {
    key: 'ferrand', title: 'Notes on the Mense Wars', author: 'Hal Ferrand', kind: 'history', uri: `${ROOT}/sources/ferrand.txt`,
    text: 'Notes on the Mense Wars\nThe siege of Tarrow lasted 93 days, and about 4,000 defenders were taken prisoner.',
  },
];

/** A workspace whose index is built from `sources`, with settings changed by `settings`. */
export class MemoryWorkspace implements WorkspaceView {
  readonly index: CorpusIndex;
  settings: CorroborateSettings;
  generation = 1;
  documentChanges = false;
  findingsGuide: FindingsGuide = {};
  /** The bibliography every draft is checked with (a test sets it). */
  bibliography: readonly BibliographyEntry[] = [];

  constructor(sources: SourceInput[] = CORPUS, settings: Partial<CorroborateSettings> = {}) {
    this.index = buildCorpusIndex(sources.map((s) => ({ ...s })));
    this.settings = { ...DEFAULT_SETTINGS, severity: {}, ...settings };
  }

  isSourceDocument(uri: string): boolean {
    return this.index.sources.some((s) => fileUri(s.uri.slice(ROOT.length + 1)) === uri);
  }

  /** The settings' dismissals (their `file` absolute, under ROOT) of the draft. */
  dismissalsOf(uri: string): readonly Dismissal[] {
    return dismissalsOf(this.settings.dismissed, uri.startsWith(`file://${ROOT}/`) ? uri.slice('file://'.length) : undefined);
  }

  bibliographyOf(): readonly BibliographyEntry[] {
    return this.bibliography;
  }

  /** Drafts under ROOT (the one workspace folder) can be dismissed. */
  canDismiss(uri: string): boolean {
    return uri.startsWith(`file://${ROOT}/`);
  }
}

/** The server's state over a MemoryWorkspace and drafts opened with `open`. */
export class MemoryState implements PullState {
  readonly drafts = new DraftStates();
  readonly reports = new WorkspaceReports(this.drafts.resultIds);
  private readonly documents = new Map<string, TextDocument>();

  constructor(readonly workspace: MemoryWorkspace = new MemoryWorkspace()) {}

  document(uri: string): TextDocument | undefined {
    return this.documents.get(uri);
  }

  open(name: string, text: string): TextDocument {
    const doc = TextDocument.create(fileUri(name), 'markdown', 1, text);
    this.documents.set(doc.uri, doc);
    return doc;
  }

  /** Closes the draft, dropping what was kept for it, as the server does. */
  close(uri: string): void {
    this.documents.delete(uri);
    this.drafts.drop(uri);
  }

  /** Applies an editor's incremental changes (a new version), keeping their offsets as the server does. */
  change(uri: string, changes: TextDocumentContentChangeEvent[]): TextDocument {
    const old = this.documents.get(uri)!;
    this.drafts.get(uri).recordChanges(old.getText(), changeOffsets(old, changes));
    const doc = TextDocument.update(TextDocument.create(uri, 'markdown', old.version, old.getText()), changes, old.version + 1);
    this.documents.set(uri, doc);
    return doc;
  }

  /** Replaces the draft's text, as an edit would (a new version). */
  edit(uri: string, text: string): TextDocument {
    const old = this.documents.get(uri)!;
    const doc = TextDocument.create(uri, 'markdown', old.version + 1, text);
    this.documents.set(uri, doc);
    return doc;
  }
}

export const NEVER = CancellationToken.None;
export const CANCELLED: CancellationToken = { isCancellationRequested: true, onCancellationRequested: CancellationToken.Cancelled.onCancellationRequested };

/** The position of the first `needle` in `text` (plus `delta` characters). */
export function positionOf(text: string, needle: string, delta = 0): { line: number; character: number } {
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`${needle} is not in the text`);
  const before = text.slice(0, offset + delta).split('\n');
  return { line: before.length - 1, character: before[before.length - 1]!.length };
}
