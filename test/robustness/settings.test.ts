// Bad settings through the server, from the editor (workspace/configuration) and from
// .corroborate.json: every one falls back to its default, with a warning that names the setting, and
// the server goes on checking. (Wrong debounceMs and citationStyle, and an unknown code, are also
// covered by test/protocol; the command line's side by test/cli.)
import assert from 'node:assert/strict';
import path from 'node:path';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol/node';
import { TestClient, tempTree, uriOf } from '../protocol/lspClient.js';

const QUILL = '# The Fall of Varnholt\n\nThe siege of Varnholt lasted 143 days.\n';
const DRAFT = 'The siege of Varnholt lasted 90 days.\n';

const pairs = (d: Diagnostic[]) => d.map((x) => `${x.code}:${x.severity}`).sort();

function warning(client: TestClient, pattern: RegExp) {
  return client.logs.next((l) => l.type === 2 && pattern.test(l.message), `a warning matching ${pattern}`, 5000);
}

describe('bad settings fall back to their defaults, with a warning naming them', function () {
  this.timeout(30_000);
  let tree: ReturnType<typeof tempTree>;
  let client: TestClient | undefined;

  beforeEach(() => {
    tree = tempTree({ 'sources/quill.md': QUILL });
  });

  afterEach(async () => {
    await client?.stop();
    client = undefined;
    tree.cleanup();
  });

  it('from the editor: wrong types, unknown severities, unknown codes and names', async () => {
    // The sources come from .corroborate.json, which the editor's (bad) sources add to.
    tree.write('.corroborate.json', JSON.stringify({ sources: ['sources'] }));
    client = await TestClient.start({
      settings: {
        sources: 'sources', // not a list
        includeBundledCorpus: 'no',
        debounceMs: -5,
        maxFileBytes: -1, // were it taken, no draft would be checked
        citationStyle: 7,
        severity: { contradicted: 'loud', 'needs-citation': 3, 'made-up': 'error', 'not-in-sources': 'off' },
        maxFileByte: 10, // a typo
        trace: { server: 'off' }, // VS Code's own: no warning
      },
      workspaceFolders: [tree.dir],
    });
    const status = await client.ready();
    await warning(client, /corroborate\.sources must be a list of paths; using the default \(\[\]\)/);
    await warning(client, /corroborate\.includeBundledCorpus must be true or false; using the default \(true\)/);
    await warning(client, /corroborate\.debounceMs must be a number of milliseconds from 0 to 10000; using the default \(200\)/);
    await warning(client, /corroborate\.maxFileBytes must be a positive number of bytes; using the default \(2097152\)/);
    await warning(client, /corroborate\.citationStyle must be one of auto, footnote, pandoc, mla; using the default \("auto"\)/);
    await warning(client, /corroborate\.severity\.contradicted must be error, warning, information, hint or off; using the default/);
    await warning(client, /corroborate\.severity\.needs-citation must be error, warning, information, hint or off; using the default/);
    await warning(client, /corroborate\.severity has an unknown code "made-up"/);
    await warning(client, /corroborate\.maxFileByte is not a setting; ignored/);
    assert.ok(!client.logs.items.some((l) => /corroborate\.trace/.test(l.message)), 'trace is a setting of the editor');

    // The defaults, in effect: the bundled corpus besides the file's sources (the editor's fell back to
    // none), every draft checked, default severities except the one good override, footnotes for new
    // citations.
    assert.equal((status as { sources: number }).sources, 4, 'the bundled corpus and quill.md');
    const uri = uriOf(path.join(tree.dir, 'essay.md'));
    await client.open(uri, DRAFT);
    const found = await client.diagnosticsFor(uri, { version: 1, timeoutMs: 5000 });
    assert.deepEqual(pairs(found), ['contradicted:2', 'needs-citation:2']);
    const agreeing = uriOf(path.join(tree.dir, 'agreeing.md'));
    await client.open(agreeing, 'The siege of Varnholt lasted 143 days.\n');
    const uncited = (await client.diagnosticsFor(agreeing, { version: 1, timeoutMs: 5000 })).filter((d) => d.code === 'needs-citation');
    assert.equal(uncited.length, 1);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: agreeing }, range: uncited[0]!.range, context: { diagnostics: uncited },
    });
    const cites = actions.filter((a) => a.title.startsWith('Cite '));
    assert.ok(cites.length > 0 && cites.every((a) => a.title.endsWith('(footnote)')), actions.map((a) => a.title).join('; '));
  });

  it('from the editor: the whole severity setting of the wrong type', async () => {
    client = await TestClient.start({
      settings: { sources: ['sources'], includeBundledCorpus: false, debounceMs: 0, severity: 'error' },
      workspaceFolders: [tree.dir],
    });
    await client.ready();
    await warning(client, /corroborate\.severity must be an object of code to severity; using the default \(\{\}\)/);
    const uri = uriOf(path.join(tree.dir, 'essay.md'));
    await client.open(uri, DRAFT);
    assert.deepEqual(pairs(await client.diagnosticsFor(uri, { version: 1 })), ['contradicted:2', 'needs-citation:2']);
  });

  it('a bad value sent later replaces a good one with the default, not with the old value', async () => {
    client = await TestClient.start({
      settings: { sources: ['sources'], includeBundledCorpus: false, debounceMs: 0, maxFileBytes: 20 },
      workspaceFolders: [tree.dir],
    });
    await client.ready();
    const uri = uriOf(path.join(tree.dir, 'essay.md'));
    await client.open(uri, DRAFT);
    assert.deepEqual(await client.diagnosticsFor(uri, { version: 1 }), [], 'over 20 bytes: not checked');
    client.settings = { sources: ['sources'], includeBundledCorpus: false, debounceMs: 0, maxFileBytes: '2 MB' };
    const mark = client.diagnostics.items.length;
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await warning(client, /corroborate\.maxFileBytes must be a positive number of bytes/);
    const after = await client.diagnosticsFor(uri, { from: mark, predicate: (d) => d.length > 0 });
    assert.deepEqual(pairs(after), ['contradicted:2', 'needs-citation:2']);
  });

  it('from .corroborate.json: bad values and unreadable JSON', async () => {
    const file = tree.write('.corroborate.json', JSON.stringify({
      sources: ['sources'], includeBundledCorpus: false, maxFileBytes: 'huge', severity: { contradicted: 'loud' }, debounceMs: '0', colour: 'red',
    }));
    client = await TestClient.start({ settings: {}, workspaceFolders: [tree.dir] });
    const status = await client.ready();
    for (const pattern of [/maxFileBytes must be a positive number/, /severity\.contradicted must be error/, /debounceMs must be a number/, /corroborate\.colour is not a setting/]) {
      const message = (await warning(client, pattern)).message;
      assert.ok(message.startsWith(`${file}: `), `the warning names the file: ${message}`);
    }
    assert.equal((status as { sources: number }).sources, 1, 'the good values are kept');
    const uri = uriOf(path.join(tree.dir, 'essay.md'));
    await client.open(uri, DRAFT);
    assert.deepEqual(pairs(await client.diagnosticsFor(uri, { version: 1 })), ['contradicted:2', 'needs-citation:2']);

    // Broken JSON: the defaults (the bundled corpus), and a warning naming the file.
    tree.write('.corroborate.json', '{ "sources": ["sources"], ');
    const reindexed = await client.request<{ sources: number }>('corroborate/reindex', null);
    await warning(client, new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: cannot be read as JSON`));
    assert.equal(reindexed.sources, 3);
  });
});
