// What the server keeps for each open draft, in one place so that closing a draft drops all of it
// in one call (as harper-ls keeps a DocumentState per document).
import { DraftChecker, type BlockResult, type CorpusIndex, type DraftReport, type Finding, type LineIndex, type TextChange } from '../engine/index.js';
import type { Diagnostic } from '../diagnostics.js';
import type { BlockDiagnostics } from './features/diagnostics.js';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';

/** A check of one version of a draft, against one corpus index and one set of settings. */
export interface Analysis {
  version: number;
  /** The workspace's generation it was made in: a newer index or new settings make it stale. */
  generation: number;
  readonly text: string;
  readonly lines: LineIndex;
  /** Every finding, claim and citation where it is now (made when first asked for). */
  readonly report: DraftReport;
  /** The lean diagnostics sent for it, and the finding behind each (at the same index). */
  readonly diagnostics: Diagnostic[];
  readonly findings: Finding[];
}

/** A finding named by a diagnostic's short id, and the lines of the text it was found in. */
export interface IdentifiedFinding {
  finding: Finding;
  lines: LineIndex;
}

/**
 * The short ids the draft's diagnostics carry (in `data`), and the findings they stand for. A
 * finding keeps its id while its code, range and message stay the same, so that an unchanged
 * diagnostic is sent unchanged; the findings of the diagnostics published before the last are kept
 * too, since the editor may still hold them. (Ids are named only for the diagnostics made anew: a
 * block's diagnostics kept from the last check keep theirs.)
 */
export class FindingIds {
  private ids = new Map<string, string>();
  private findings = new Map<string, IdentifiedFinding>();
  private nextId = 1;
  private lastPublished: readonly Diagnostic[] = [];

  /** The id of a finding: the one it had if a finding with the same identity had one. */
  idFor(identity: string, finding: Finding, lines: LineIndex): string {
    let id = this.ids.get(identity);
    if (id === undefined) this.ids.set(identity, (id = String(this.nextId++)));
    this.findings.set(id, { finding, lines });
    return id;
  }

  /** The diagnostics just published: once ids of older ones pile up, only theirs and the last's are kept. */
  published(diagnostics: readonly Diagnostic[]): void {
    if (this.findings.size > 2 * (diagnostics.length + this.lastPublished.length) + 100) {
      const keep = new Set([...diagnostics, ...this.lastPublished].map((d) => (d.data as { id?: string } | undefined)?.id));
      for (const [identity, id] of this.ids) if (!keep.has(id)) this.ids.delete(identity);
      for (const id of this.findings.keys()) if (!keep.has(id)) this.findings.delete(id);
    }
    this.lastPublished = diagnostics;
  }

  find(id: unknown): IdentifiedFinding | undefined {
    if (typeof id !== 'string') return undefined;
    return this.findings.get(id);
  }
}

/** Diagnostics answered to a client that pulls them, and the result id they were answered with. */
export interface PulledResult {
  resultId: string;
  diagnostics: readonly Diagnostic[];
}

/**
 * Result ids that no other result of this server has had: a draft closed and opened again starts
 * afresh, and a client that outlives a restart of the server may still hold ids of the one before,
 * which must not match (hence the start time in each).
 */
export class ResultIds {
  private readonly session = Date.now().toString(36);
  private last = 0;

  next(): string {
    return `${this.session}-${++this.last}`;
  }
}

/** One open draft: its incremental checker, the pending check, the last analysis, the notice given. */
export class DraftState {
  private checker: DraftChecker | undefined;
  /** Cancels the debounced check after the last edit (a client that is sent diagnostics), if one waits. */
  private cancelPending: (() => void) | undefined;
  analysis: Analysis | undefined;
  /** When the draft was last opened or edited (Date.now()): a pull waits for the debounce from here. */
  editedAt = 0;
  /** The last diagnostics a pulling client was answered, which it holds under their result id. */
  pulled: PulledResult | undefined;
  /** Whether the writer was told that the draft is too large to check (told once, until it shrinks). */
  oversizeNotified = false;
  readonly ids = new FindingIds();
  /** The editor's changes since `base` (the text the checker checked last, when they began). */
  private changes: { base: string; list: TextChange[] } | undefined;
  private lastChecked: string | undefined;
  private diagnosticsCache: { generation: number; blocks: WeakMap<BlockResult, BlockDiagnostics> } | undefined;

  /** Records an editor's changes to the text `before` (offsets into the text as each found it). */
  recordChanges(before: string, changes: readonly TextChange[] | undefined): void {
    // (Past a thousand changes unchecked, as in a draft nobody pulls, the texts are compared instead.)
    if (!changes || (this.changes?.list.length ?? 0) > 1000) this.changes = undefined;
    else if (this.changes) this.changes.list.push(...changes);
    else this.changes = { base: before, list: [...changes] };
  }

  /** The changes that led from the text last checked to the text now, if all of them are known. */
  changesSinceLastCheck(): readonly TextChange[] | undefined {
    const changes = this.changes;
    return changes && changes.base === this.lastChecked && this.lastChecked !== undefined ? changes.list : undefined;
  }

  /** The text was checked: changes are counted from it now. */
  checked(text: string): void {
    this.lastChecked = text;
    this.changes = undefined;
  }

  /** Each block's diagnostics where they were last placed, for the workspace's generation (settings, index). */
  blockDiagnostics(generation: number): WeakMap<BlockResult, BlockDiagnostics> {
    if (this.diagnosticsCache?.generation !== generation) this.diagnosticsCache = { generation, blocks: new WeakMap() };
    return this.diagnosticsCache.blocks;
  }

  /** The draft's checker for this corpus: a keystroke re-reads only the blocks it touched. */
  checkerFor(corpus: CorpusIndex): DraftChecker {
    if (!this.checker || this.checker.index !== corpus) this.checker = new DraftChecker(corpus);
    return this.checker;
  }

  /** Forgets the analysis, the checker and what was pulled, so that the next check starts afresh. */
  reset(): void {
    this.analysis = undefined;
    this.checker = undefined;
    this.pulled = undefined;
    this.lastChecked = undefined;
    this.changes = undefined;
    this.diagnosticsCache = undefined;
  }

  /**
   * Runs `check` after `ms`, instead of any check still waiting. With no debounce, once the message
   * being handled is done: a timer of 0 ms waits at least 1 ms (Node's least), idle, on every keystroke.
   */
  schedule(ms: number, check: () => void): void {
    this.cancelCheck();
    const run = () => {
      this.cancelPending = undefined;
      check();
    };
    if (ms > 0) {
      const timer = setTimeout(run, ms);
      this.cancelPending = () => clearTimeout(timer);
    } else {
      const immediate = setImmediate(run);
      this.cancelPending = () => clearImmediate(immediate);
    }
  }

  cancelCheck(): void {
    this.cancelPending?.();
    this.cancelPending = undefined;
  }
}

/**
 * An editor's incremental changes as offsets, each into the text as the changes before it left it
 * (what a checker needs to re-split only what they touched); undefined when one replaced the whole text.
 */
export function changeOffsets(before: TextDocument, changes: readonly TextDocumentContentChangeEvent[]): TextChange[] | undefined {
  const out: TextChange[] = [];
  // (Several changes at once, from several cursors: each is placed in the text the ones before it made.)
  let doc = before;
  for (const [i, change] of changes.entries()) {
    if (!('range' in change)) return undefined;
    const start = doc.offsetAt(change.range.start);
    const end = Math.max(start, doc.offsetAt(change.range.end));
    out.push({ start, end, newLength: change.text.length });
    if (i + 1 < changes.length) doc = TextDocument.update(TextDocument.create(doc.uri, doc.languageId, doc.version, doc.getText()), [change], doc.version);
  }
  return out;
}

/** The state of every open draft, by URI. */
export class DraftStates {
  private readonly states = new Map<string, DraftState>();
  /** Shared by every draft (and the reports of drafts not open), so that no two results share an id. */
  readonly resultIds = new ResultIds();

  /** The draft's state, made when first asked for. */
  get(uri: string): DraftState {
    let state = this.states.get(uri);
    if (!state) this.states.set(uri, (state = new DraftState()));
    return state;
  }

  /** Drops everything kept for the draft (its pending check too). */
  drop(uri: string): void {
    this.states.get(uri)?.cancelCheck();
    this.states.delete(uri);
  }

  /** Cancels every pending check (the server is shutting down). */
  cancelChecks(): void {
    for (const state of this.states.values()) state.cancelCheck();
  }

  get size(): number {
    return this.states.size;
  }
}
