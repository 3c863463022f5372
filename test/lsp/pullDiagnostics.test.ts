// Pull diagnostics in-process (LSP 3.17): the reports a pulling client is answered, their result
// ids and `unchanged`, against an in-memory workspace with a made-up corpus (test/lsp/workspace.ts).
// When they are answered (waiting for the index, the debounce, a change) is server.test.ts's business.
import assert from 'node:assert/strict';
import type { DocumentDiagnosticReport, FullDocumentDiagnosticReport, WorkspaceFullDocumentDiagnosticReport } from 'vscode-languageserver';
import type { Diagnostic } from '../../server/src/diagnostics.js';
import { provideDocumentDiagnosticReport, provideWorkspaceDiagnosticReport, sameDiagnostics } from '../../server/src/lsp/features/pullDiagnostics.js';
import { CANCELLED, MemoryState, MemoryWorkspace, NEVER, fileUri } from './workspace.js';

const CONTRADICTED = 'The siege of Tarrow lasted 61 days.[^1]\n\n[^1]: Edda Quillon, *The Quillon Annals*.\n';
const UNCITED = 'The siege of Tarrow lasted 93 days.\n';

function pull(state: MemoryState, uri: string, previousResultId?: string): DocumentDiagnosticReport {
  const pulled = provideDocumentDiagnosticReport(state, { textDocument: { uri }, ...(previousResultId !== undefined ? { previousResultId } : {}) }, NEVER);
  assert.ok(pulled, 'a report');
  return pulled.report;
}

function full(report: DocumentDiagnosticReport): FullDocumentDiagnosticReport & { resultId: string } {
  assert.equal(report.kind, 'full');
  assert.equal(typeof report.resultId, 'string', 'a full report of an open draft has a result id');
  return report as FullDocumentDiagnosticReport & { resultId: string };
}

const codesOf = (report: { items: Array<{ code?: unknown }> }) => report.items.map((d) => d.code);

describe('pull diagnostics in-process: textDocument/diagnostic', () => {
  it('answers a full report under a result id, then unchanged for that id', () => {
    const state = new MemoryState();
    const doc = state.open('draft.md', CONTRADICTED);
    const first = full(pull(state, doc.uri));
    assert.deepEqual(codesOf(first), ['contradicted']);
    assert.match(first.items[0]!.message as string, /93 days/);
    assert.deepEqual(pull(state, doc.uri, first.resultId), { kind: 'unchanged', resultId: first.resultId });
    // An id the client does not hold these diagnostics under: the diagnostics again, in full.
    assert.deepEqual(full(pull(state, doc.uri, 'some other id')), first);
  });

  it('gives a new result id when the findings change, and keeps it through an edit that leaves them as they were', () => {
    const state = new MemoryState();
    const doc = state.open('draft.md', CONTRADICTED);
    const before = full(pull(state, doc.uri));
    state.edit(doc.uri, UNCITED);
    const after = full(pull(state, doc.uri, before.resultId));
    assert.notEqual(after.resultId, before.resultId);
    assert.deepEqual(codesOf(after), ['needs-citation']);
    // Words added below the finding move nothing: the client already holds these diagnostics.
    state.edit(doc.uri, `${UNCITED}\nMore words, and no claims.\n`);
    assert.deepEqual(pull(state, doc.uri, after.resultId), { kind: 'unchanged', resultId: after.resultId });
    // A line added above moves the finding: new diagnostics, a new id.
    state.edit(doc.uri, `A new first line.\n${UNCITED}`);
    const moved = full(pull(state, doc.uri, after.resultId));
    assert.notEqual(moved.resultId, after.resultId);
    assert.equal(moved.items[0]!.range.start.line, 1);
  });

  it('gives a new result id when new settings change the diagnostics, and none when they do not', () => {
    const state = new MemoryState();
    const doc = state.open('draft.md', CONTRADICTED);
    const before = full(pull(state, doc.uri));
    state.workspace.generation++;
    assert.deepEqual(pull(state, doc.uri, before.resultId), { kind: 'unchanged', resultId: before.resultId });
    state.workspace.settings = { ...state.workspace.settings, severity: { contradicted: 1 } };
    state.workspace.generation++;
    const after = full(pull(state, doc.uri, before.resultId));
    assert.notEqual(after.resultId, before.resultId);
    assert.equal(after.items[0]!.severity, 1);
  });

  it('never gives a draft opened again an id of the one closed, whose diagnostics the client may still hold', () => {
    const state = new MemoryState();
    const doc = state.open('draft.md', CONTRADICTED);
    const first = full(pull(state, doc.uri));
    state.close(doc.uri);
    state.open('draft.md', UNCITED);
    const reopened = full(pull(state, doc.uri, first.resultId));
    assert.notEqual(reopened.resultId, first.resultId);
    assert.deepEqual(codesOf(reopened), ['needs-citation']);
  });

  it('answers nothing to a cancelled request, and a draft that is not open from its workspace report', () => {
    const state = new MemoryState();
    const doc = state.open('draft.md', CONTRADICTED);
    assert.equal(provideDocumentDiagnosticReport(state, { textDocument: { uri: doc.uri } }, CANCELLED), undefined);
    assert.equal(state.drafts.get(doc.uri).pulled, undefined, 'nothing was checked');
    const closed = fileUri('closed.md');
    assert.deepEqual(pull(state, closed), { kind: 'full', items: [] });
    const [contradicted] = full(pull(state, doc.uri)).items as Diagnostic[];
    state.reports.set(closed, [contradicted!]);
    const report = full(pull(state, closed));
    assert.deepEqual(codesOf(report), ['contradicted']);
    assert.deepEqual(pull(state, closed, report.resultId), { kind: 'unchanged', resultId: report.resultId });
  });

  it('tells once that a draft is too large, with an empty report', () => {
    const state = new MemoryState(new MemoryWorkspace(undefined, { maxFileBytes: 40 }));
    const doc = state.open('draft.md', CONTRADICTED);
    const first = provideDocumentDiagnosticReport(state, { textDocument: { uri: doc.uri } }, NEVER)!;
    assert.match(first.notice!, /draft\.md is not checked/);
    assert.deepEqual(full(first.report).items, []);
    assert.equal(provideDocumentDiagnosticReport(state, { textDocument: { uri: doc.uri } }, NEVER)!.notice, undefined);
  });
});

describe('pull diagnostics in-process: workspace/diagnostic', () => {
  const items = (report: { items: unknown[] } | undefined) => (report?.items ?? []) as WorkspaceFullDocumentDiagnosticReport[];

  it('answers the reports of drafts not open that differ from what the client holds, and nothing when none does', () => {
    const state = new MemoryState();
    assert.equal(provideWorkspaceDiagnosticReport(state, { previousResultIds: [] }, NEVER), undefined);
    const doc = state.open('draft.md', CONTRADICTED);
    const diagnostics = full(pull(state, doc.uri)).items as Diagnostic[];
    const [a, b] = [fileUri('a.md'), fileUri('b.md')];
    state.reports.set(a, diagnostics);
    state.reports.set(b, []);
    const first = items(provideWorkspaceDiagnosticReport(state, { previousResultIds: [] }, NEVER));
    assert.deepEqual(first.map((r) => [r.kind, r.uri, r.version, codesOf(r)]), [['full', a, null, ['contradicted']], ['full', b, null, []]]);
    const held = first.map((r) => ({ uri: r.uri, value: r.resultId! }));
    assert.equal(provideWorkspaceDiagnosticReport(state, { previousResultIds: held }, NEVER), undefined);
    state.reports.set(a, []);
    assert.deepEqual(items(provideWorkspaceDiagnosticReport(state, { previousResultIds: held }, NEVER)).map((r) => [r.uri, r.items.length]), [[a, 0]]);
    assert.equal(provideWorkspaceDiagnosticReport(state, { previousResultIds: [] }, CANCELLED), undefined);
  });

  it('forgets an empty report once it is delivered, and keeps one with findings', () => {
    const state = new MemoryState();
    const doc = state.open('draft.md', CONTRADICTED);
    const diagnostics = full(pull(state, doc.uri)).items as Diagnostic[];
    state.reports.set(fileUri('empty.md'), []);
    state.reports.set(fileUri('found.md'), diagnostics);
    state.reports.delivered([fileUri('empty.md'), fileUri('found.md')]);
    assert.equal(state.reports.get(fileUri('empty.md')), undefined);
    assert.equal(state.reports.get(fileUri('found.md'))?.diagnostics, diagnostics);
  });
});

describe('pull diagnostics in-process: sameDiagnostics', () => {
  const base: Diagnostic = { range: { start: { line: 0, character: 1 }, end: { line: 0, character: 4 } }, severity: 2, code: 'contradicted', source: 'corroborate', message: 'm', data: { id: '1' } };

  it('tells apart diagnostics that differ in any field, and not copies', () => {
    assert.ok(sameDiagnostics([base], [{ ...base, range: { start: { line: 0, character: 1 }, end: { line: 0, character: 4 } }, data: { id: '1' } }]));
    assert.ok(!sameDiagnostics([base], []));
    for (const other of [
      { ...base, message: 'n' },
      { ...base, severity: 1 as const },
      { ...base, code: 'needs-citation' as const },
      { ...base, range: { start: { line: 0, character: 1 }, end: { line: 1, character: 4 } } },
      { ...base, data: { id: '2' } },
      { ...base, relatedInformation: [{ location: { uri: 'file:///s.md', range: base.range }, message: 'r' }] },
    ]) {
      assert.ok(!sameDiagnostics([base], [other]), JSON.stringify(other));
    }
  });
});
