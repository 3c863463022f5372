// What the server keeps for each open draft, in one place so that closing a draft drops all of it
// in one call (as harper-ls keeps a DocumentState per document).
import { DraftChecker, type CorpusIndex, type DraftReport, type Finding, type LineIndex } from '../engine/index.js';
import type { Diagnostic } from '../diagnostics.js';

/** A check of one version of a draft, against one corpus index and one set of settings. */
export interface Analysis {
  version: number;
  /** The workspace's generation it was made in: a newer index or new settings make it stale. */
  generation: number;
  text: string;
  lines: LineIndex;
  report: DraftReport;
  /** The lean diagnostics sent for it, and the finding behind each (at the same index). */
  diagnostics: Diagnostic[];
  findings: Finding[];
}

/** A finding named by a diagnostic's short id, and the lines of the text it was found in. */
export interface IdentifiedFinding {
  finding: Finding;
  lines: LineIndex;
}

/**
 * The short ids the draft's diagnostics carry (in `data`), and the findings they stand for. A
 * finding keeps its id while its code, range and message stay the same, so that an unchanged
 * diagnostic is sent unchanged; the findings of the analysis before the last are kept too, since
 * the editor may still hold its diagnostics.
 */
export class FindingIds {
  private ids = new Map<string, string>();
  private current = new Map<string, IdentifiedFinding>();
  private previous = new Map<string, IdentifiedFinding>();
  private nextId = 1;
  private pendingIds = new Map<string, string>();
  private pending = new Map<string, IdentifiedFinding>();

  /** The id of a finding of the analysis being made (call `commit` once all are named). */
  idFor(identity: string, finding: Finding, lines: LineIndex): string {
    const id = this.ids.get(identity) ?? this.pendingIds.get(identity) ?? String(this.nextId++);
    this.pendingIds.set(identity, id);
    this.pending.set(id, { finding, lines });
    return id;
  }

  /** Makes the ids named since the last commit the current ones. */
  commit(): void {
    this.previous = this.current;
    this.current = this.pending;
    this.ids = this.pendingIds;
    this.pending = new Map();
    this.pendingIds = new Map();
  }

  find(id: unknown): IdentifiedFinding | undefined {
    if (typeof id !== 'string') return undefined;
    return this.current.get(id) ?? this.previous.get(id);
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
  /** The debounced check after the last edit (a client that is sent diagnostics). */
  private timer: NodeJS.Timeout | undefined;
  analysis: Analysis | undefined;
  /** When the draft was last opened or edited (Date.now()): a pull waits for the debounce from here. */
  editedAt = 0;
  /** The last diagnostics a pulling client was answered, which it holds under their result id. */
  pulled: PulledResult | undefined;
  /** Whether the writer was told that the draft is too large to check (told once, until it shrinks). */
  oversizeNotified = false;
  readonly ids = new FindingIds();

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
  }

  /** Runs `check` after `ms`, instead of any check still waiting. */
  schedule(ms: number, check: () => void): void {
    this.cancelCheck();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      check();
    }, ms);
  }

  cancelCheck(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }
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
