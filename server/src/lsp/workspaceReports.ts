// The diagnostics of drafts the editor does not hold open, for a client that pulls them with
// workspace/diagnostic: what corroborate/checkWorkspace found in a closed draft (checked again from
// disk when one it covered is closed, so its findings stay listed), and an empty report for any other
// draft just closed, so that its findings leave the problem list as they did when pushed.
import type { CancellationToken, Disposable } from 'vscode-languageserver';
import type { Diagnostic } from '../diagnostics.js';
import type { ResultIds } from './documents.js';

export interface WorkspaceReport {
  uri: string;
  resultId: string;
  diagnostics: readonly Diagnostic[];
}

export class WorkspaceReports {
  private readonly reports = new Map<string, WorkspaceReport>();
  /** The drafts corroborate/checkWorkspace checked: their findings stay listed while they are closed. */
  private readonly covered = new Set<string>();
  private readonly wakers = new Set<() => void>();
  private shutDown = false;

  constructor(private readonly resultIds: ResultIds) {}

  /** Keeps `diagnostics` as the draft's report under a new result id, and wakes the pulls waiting for one. */
  set(uri: string, diagnostics: readonly Diagnostic[]): void {
    this.reports.set(uri, { uri, resultId: this.resultIds.next(), diagnostics });
    this.wake();
  }

  /** A workspace check checked the draft (open or not). */
  cover(uri: string): void {
    this.covered.add(uri);
  }

  /** The drafts a workspace check checked, open or not. */
  coveredUris(): string[] {
    return [...this.covered];
  }

  /** Whether a workspace check checked the draft: closing it then keeps its findings, as saved. */
  covers(uri: string): boolean {
    return this.covered.has(uri);
  }

  get(uri: string): WorkspaceReport | undefined {
    return this.reports.get(uri);
  }

  /** The reports whose result id is not the one the client holds (`held`: result ids by URI). */
  changedSince(held: ReadonlyMap<string, string>): WorkspaceReport[] {
    return [...this.reports.values()].filter((report) => held.get(report.uri) !== report.resultId);
  }

  /**
   * The client has been given these reports. An empty one is then forgotten, since the client holds
   * nothing for that draft either; otherwise every draft ever closed would be kept.
   */
  delivered(uris: Iterable<string>): void {
    for (const uri of uris) {
      if (this.reports.get(uri)?.diagnostics.length === 0) this.reports.delete(uri);
    }
  }

  /** Resolves at the next `set`, at shutdown, or when the request is cancelled. */
  next(token: CancellationToken): Promise<void> {
    if (this.shutDown || token.isCancellationRequested) return Promise.resolve();
    return new Promise((resolve) => {
      let cancellation: Disposable | undefined;
      const done = () => {
        this.wakers.delete(done);
        cancellation?.dispose();
        resolve();
      };
      this.wakers.add(done);
      cancellation = token.onCancellationRequested(done);
    });
  }

  /** The server is shutting down: every waiting pull is woken, and none waits again. */
  close(): void {
    this.shutDown = true;
    this.wake();
  }

  get closed(): boolean {
    return this.shutDown;
  }

  private wake(): void {
    for (const waker of [...this.wakers]) waker();
  }
}
