// Dismissing a finding and keeping Check All's results, over the wire: the real server over stdio.
// Every corpus here is made up inside the test (a fictional siege).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DocumentDiagnosticRequest, WorkspaceDiagnosticRequest, type CodeAction, type Diagnostic, type DocumentDiagnosticReport, type WorkspaceDiagnosticReport } from 'vscode-languageserver-protocol/node';
import type { DismissedInfo } from '../../server/src/lsp/protocol.js';
import { TestClient, tempTree, uriOf } from './lspClient.js';

const QUILL = '# The Fall of Varnholt\n\nThe siege of Varnholt lasted 143 days.\n';
const DRAFT = 'The siege of Varnholt lasted 90 days.\n';
const SETTINGS = { debounceMs: 0, sources: ['sources'], includeBundledCorpus: false };

function codes(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => String(d.code)).sort();
}

describe('dismiss a finding over stdio', function () {
  this.timeout(30_000);
  let tree: ReturnType<typeof tempTree>;
  let client: TestClient;

  beforeEach(async () => {
    tree = tempTree({ 'sources/quill.md': QUILL, '.corroborate.json': '{\n  "includeBundledCorpus": false\n}\n' });
    client = await TestClient.start({ settings: { ...SETTINGS }, workspaceFolders: [tree.dir] });
    await client.ready();
  });

  afterEach(async () => {
    await client.stop();
    tree.cleanup();
  });

  it('dismiss → gone → recorded in .corroborate.json → listed → restored → back', async () => {
    assert.deepEqual(client.capabilities.executeCommandProvider?.commands, ['corroborate.dismissFinding']);
    const uri = uriOf(path.join(tree.dir, 'essays', 'draft.md'));
    await client.open(uri, DRAFT);
    const diagnostics = await client.diagnosticsFor(uri, { version: 1 });
    assert.deepEqual(codes(diagnostics), ['contradicted', 'needs-citation']);
    const contradicted = diagnostics.filter((d) => d.code === 'contradicted');
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: contradicted[0]!.range, context: { diagnostics: contradicted } });
    const dismiss = actions.find((a) => a.title === 'Dismiss this finding');
    assert.ok(dismiss?.command, `a dismiss action among ${actions.map((a) => a.title).join(', ')}`);

    const published = client.diagnostics.items.length;
    assert.equal(await client.request('workspace/executeCommand', dismiss.command), true);
    const after = await client.diagnosticsFor(uri, { from: published, predicate: (d) => d.length === 1 });
    assert.deepEqual(codes(after), ['needs-citation']);
    const config = readFileSync(path.join(tree.dir, '.corroborate.json'), 'utf8');
    assert.ok(config.startsWith('{\n  "includeBundledCorpus": false,\n  "dismissed": ['), config);
    assert.match(config, /"file": "essays\/draft\.md",\s*"code": "contradicted",\s*"value": "90 days",\s*"sentence": "the siege of varnholt lasted 90 days\."/);

    const listed = await client.request<DismissedInfo[]>('corroborate/dismissals', null);
    assert.deepEqual(listed.map((d) => [d.uri, d.file, d.configFile, d.code, d.value]), [[uri, 'essays/draft.md', path.join(tree.dir, '.corroborate.json'), 'contradicted', '90 days']]);

    // An edit elsewhere keeps it dismissed; a changed sentence brings it back.
    const edited = await client.change(uri, `An opening line.\n\n${DRAFT}`);
    assert.deepEqual(codes(await client.diagnosticsFor(uri, { version: edited })), ['needs-citation']);

    const restoredFrom = client.diagnostics.items.length;
    assert.deepEqual(await client.request('corroborate/restore', { items: listed }), { restored: 1 });
    const back = await client.diagnosticsFor(uri, { from: restoredFrom, predicate: (d) => d.length === 2 });
    assert.deepEqual(codes(back), ['contradicted', 'needs-citation']);
    assert.deepEqual(await client.request('corroborate/dismissals', null), []);
    const restored = readFileSync(path.join(tree.dir, '.corroborate.json'), 'utf8');
    assert.ok(restored.startsWith('{\n  "includeBundledCorpus": false,') && !restored.includes('90 days'), restored);
  });

  it('a .corroborate.json that cannot be read as JSON is left alone, and the writer is told why', async () => {
    const file = tree.write('.corroborate.json', '{ "includeBundledCorpus": false');
    const uri = uriOf(path.join(tree.dir, 'draft.md'));
    const args = { uri, code: 'contradicted', value: '90 days', sentence: 'The siege of Varnholt lasted 90 days.' };
    assert.equal(await client.request('workspace/executeCommand', { command: 'corroborate.dismissFinding', arguments: [args] }), false);
    const shown = await client.shown.next((m) => /not dismissed/.test(m.message), 'a message saying why');
    assert.match(shown.message, /is not valid JSON/);
    assert.equal(readFileSync(file, 'utf8'), '{ "includeBundledCorpus": false');
  });
});

describe('Check All results stay when a draft is opened and closed', function () {
  this.timeout(30_000);
  let tree: ReturnType<typeof tempTree>;
  let client: TestClient | undefined;

  beforeEach(() => {
    tree = tempTree({ 'sources/quill.md': QUILL, 'drafts/checked.md': DRAFT, 'drafts/other.md': DRAFT });
  });

  afterEach(async () => {
    await client?.stop();
    tree.cleanup();
  });

  it('pushed: a checked draft, closed, is published with its findings as saved; a draft not checked is cleared', async () => {
    client = await TestClient.start({ settings: { ...SETTINGS }, workspaceFolders: [tree.dir] });
    await client.ready();
    const checked = uriOf(path.join(tree.dir, 'drafts', 'checked.md'));
    const other = uriOf(path.join(tree.dir, 'drafts', 'other.md'));
    await client.request('corroborate/checkWorkspace', { uris: [checked] });
    await client.diagnosticsFor(checked, { predicate: (d) => d.length === 2 });
    for (const uri of [checked, other]) {
      await client.open(uri, DRAFT);
      await client.diagnosticsFor(uri, { version: 1 });
      const from = client.diagnostics.items.length;
      await client.close(uri);
      const afterClose = await client.diagnosticsFor(uri, { from });
      assert.deepEqual(codes(afterClose), uri === checked ? ['contradicted', 'needs-citation'] : [], uri);
    }
  });

  it('pulled: a checked draft, closed, is reported with its findings by workspace/diagnostic and textDocument/diagnostic', async () => {
    client = await TestClient.start({ settings: { ...SETTINGS }, workspaceFolders: [tree.dir], pullDiagnostics: true });
    await client.ready();
    const checked = uriOf(path.join(tree.dir, 'drafts', 'checked.md'));
    await client.request('corroborate/checkWorkspace', { uris: [checked] });
    const first = await client.request<WorkspaceDiagnosticReport>(WorkspaceDiagnosticRequest.method, { previousResultIds: [] });
    const held = first.items.find((i) => i.uri === checked)!;
    assert.deepEqual(codes((held as { items: Diagnostic[] }).items), ['contradicted', 'needs-citation']);
    await client.open(checked, DRAFT);
    const open = await client.request<DocumentDiagnosticReport>(DocumentDiagnosticRequest.method, { textDocument: { uri: checked } });
    assert.deepEqual(codes((open as { items: Diagnostic[] }).items), ['contradicted', 'needs-citation']);
    await client.close(checked);
    // The client, as VS Code's does, asks again with what it holds: the draft's report is sent anew, not emptied.
    const again = await client.request<WorkspaceDiagnosticReport>(WorkspaceDiagnosticRequest.method, { previousResultIds: [{ uri: checked, value: held.resultId! }] });
    const report = again.items.find((i) => i.uri === checked) as { items: Diagnostic[] } | undefined;
    assert.ok(report, 'a report of the closed draft');
    assert.deepEqual(codes(report.items), ['contradicted', 'needs-citation']);
    const pulled = await client.request<DocumentDiagnosticReport>(DocumentDiagnosticRequest.method, { textDocument: { uri: checked } });
    assert.deepEqual(codes((pulled as { items: Diagnostic[] }).items), ['contradicted', 'needs-citation']);
  });
});
