// What the server keeps for each open draft, in one place so that closing a draft drops all of it
// in one call (as harper-ls keeps a DocumentState per document).
import { DraftChecker, type CorpusIndex, type DraftReport, type LineIndex } from '../engine/index.js';
import type { Diagnostic } from '../diagnostics.js';

/** A check of one version of a draft, against one corpus index and one set of settings. */
export interface Analysis {
  version: number;
  /** The workspace's generation it was made in: a newer index or new settings make it stale. */
  generation: number;
  text: string;
  lines: LineIndex;
  report: DraftReport;
  diagnostics: Diagnostic[];
}

/** One open draft: its incremental checker, the pending check, the last analysis, the notice given. */
export class DraftState {
  private checker: DraftChecker | undefined;
  /** The debounced check after the last edit. */
  private timer: NodeJS.Timeout | undefined;
  analysis: Analysis | undefined;
  /** Whether the writer was told that the draft is too large to check (told once, until it shrinks). */
  oversizeNotified = false;

  /** The draft's checker for this corpus: a keystroke re-reads only the blocks it touched. */
  checkerFor(corpus: CorpusIndex): DraftChecker {
    if (!this.checker || this.checker.index !== corpus) this.checker = new DraftChecker(corpus);
    return this.checker;
  }

  /** Forgets the analysis and the checker, so that the next check starts afresh. */
  reset(): void {
    this.analysis = undefined;
    this.checker = undefined;
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
