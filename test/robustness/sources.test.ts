// Faulty sources, through the real server: each is skipped with a warning in the output log
// (window/logMessage) and the rest of the corpus still works. Unreadable files need the server to run
// unprivileged: as root (CI) it is started as `nobody`, where file permissions apply.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { TestClient, tempTree, uriOf } from '../protocol/lspClient.js';
import { isRoot, sleep, startHooked, type Hooked } from './harness.js';

const QUILL = '# The Fall of Varnholt\n\nThe siege of Varnholt lasted 143 days.\n';
const MARSH = '# Harbour Chronicles\n\nThe Varnholt garrison numbered 4,000 men when the siege began.\n';
const DRAFT = 'The siege of Varnholt lasted 90 days. The Varnholt garrison numbered 9,000 men.\n';

const codes = (d: Diagnostic[]) => d.map((x) => String(x.code)).sort();

/** A warning in the output log that names `file` and says why. */
function warned(client: TestClient, file: string, why: RegExp, timeoutMs = 10_000) {
  return client.logs.next((l) => l.type === 2 && l.message.includes(file) && why.test(l.message), `a warning about ${file} (${why})`, timeoutMs);
}

describe('faulty sources in the language server', function () {
  this.timeout(30_000);
  let tree: ReturnType<typeof tempTree>;
  let hooked: Hooked | undefined;

  beforeEach(() => {
    tree = tempTree({ 'sources/quill.md': QUILL, 'sources/marsh.md': MARSH });
    chmodSync(tree.dir, 0o755); // the server may run as nobody
  });

  afterEach(async () => {
    await hooked?.client.stop();
    hooked?.cleanup();
    hooked = undefined;
    // Folders without permissions cannot be emptied until they have them again.
    try {
      chmodSync(path.join(tree.dir, 'sources', 'locked'), 0o755);
    } catch {
      // not made in this test
    }
    tree.cleanup();
  });

  it('skips unreadable, binary, empty, non-UTF-8, enormous and looping sources and a missing folder, each with a warning, and uses the rest', async () => {
    const s = (name: string) => path.join(tree.dir, 'sources', name);
    writeFileSync(s('binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    writeFileSync(s('empty.md'), '');
    writeFileSync(s('blank.txt'), '  \n\n\t\n');
    writeFileSync(s('latin1.txt'), Buffer.from('Caf\xe9 de la Paix: the siege of Varnholt lasted 12 days.\n', 'latin1'));
    writeFileSync(s('huge.txt'), '');
    truncateSync(s('huge.txt'), 21 * 1024 * 1024); // sparse: over the 20 MiB limit, costs no disk
    symlinkSync('loop.md', s('loop.md')); // a link to itself
    symlinkSync('pong.md', s('ping.md'));
    symlinkSync('ping.md', s('pong.md'));
    symlinkSync('.', s('again')); // a folder loop: sources/again/again/…
    symlinkSync('gone.md', s('dangling.md'));
    symlinkSync('/dev/zero', s('zero.md')); // endless if it were read
    execFileSync('mkfifo', [s('fifo.md')]); // blocks forever if it were read
    mkdirSync(s('folder.md'));
    // Everything so far readable by anyone (whatever the umask), then two things that are not.
    execFileSync('chmod', ['-R', 'a+rX', tree.dir]);
    // Permissions only bind a process without root's privileges: as root the server runs as nobody
    // (from a copy of the bundled server when nobody cannot enter the checkout).
    {
      writeFileSync(s('secret.md'), 'The siege of Varnholt lasted 12 days.\n');
      chmodSync(s('secret.md'), 0o000);
      mkdirSync(s('locked'));
      writeFileSync(s('locked/inner.md'), 'The siege of Varnholt lasted 12 days.\n');
      chmodSync(s('locked'), 0o000);
    }
    hooked = await startHooked({ dropPrivileges: isRoot }, {
      settings: { debounceMs: 0, includeBundledCorpus: false, sources: ['sources', 'no-such-folder'] },
      workspaceFolders: [tree.dir],
    });
    const { client } = hooked;
    const status = await client.ready();
    if (isRoot) assert.ok(hooked.events().some((e) => e.kind === 'privileges' && e.uid === 65534), 'the server runs as nobody');

    await warned(client, 'binary.md', /skipped, it looks like a binary file/);
    await warned(client, 'empty.md', /skipped, the file is empty/);
    await warned(client, 'blank.txt', /skipped, the file has no text/);
    await warned(client, 'latin1.txt', /skipped, it is not UTF-8 text/);
    await warned(client, 'huge.txt', /skipped, 22020096 bytes is over the 20971520-byte limit/);
    await warned(client, 'loop.md', /skipped, cannot be read/);
    await warned(client, 'ping.md', /skipped, cannot be read/);
    await warned(client, 'pong.md', /skipped, cannot be read/);
    await warned(client, 'dangling.md', /skipped, it does not exist/);
    await warned(client, 'no-such-folder', /skipped, it does not exist/);
    await warned(client, 'secret.md', /skipped, cannot be read \(EACCES\)/);
    await warned(client, 'locked', /skipped, the folder cannot be read \(EACCES\)/);

    // The rest of the corpus works: exactly the two good sources, and their verdicts.
    assert.equal((status as { sources: number }).sources, 2);
    const sources = await client.request<Array<{ key: string }>>('corroborate/sources', null);
    assert.deepEqual(sources.map((x) => x.key).sort(), ['marsh', 'quill']);
    const uri = uriOf(path.join(tree.dir, 'essay.md'));
    await client.open(uri, DRAFT);
    const found = await client.diagnosticsFor(uri, { version: 1 });
    assert.deepEqual(codes(found), ['contradicted', 'contradicted', 'needs-citation', 'needs-citation']);

    // And again on a re-index, with no new trouble: the fifo and /dev/zero were never opened.
    const again = await client.request<{ sources: number }>('corroborate/reindex', null);
    assert.equal(again.sources, 2);
    assert.ok(!client.stderr.includes('corroborate-ls:'), client.stderr);
  });

  it('skips a source deleted just before it is read, with a warning, and indexes the others', async () => {
    const doomed = tree.write('sources/doomed.md', '# Doomed\n\nThe siege of Varnholt lasted 12 days.\n');
    hooked = await startHooked({ faults: [{ path: doomed, onRead: 'delete' }] }, {
      settings: { debounceMs: 0, includeBundledCorpus: false, sources: ['sources'] },
      workspaceFolders: [tree.dir],
    });
    const { client } = hooked;
    const status = await client.ready();
    assert.ok(hooked.events().some((e) => e.kind === 'fault' && e.path === doomed), 'the fault was injected');
    await warned(client, 'doomed.md', /skipped, cannot be read \(ENOENT\)/);
    assert.equal((status as { sources: number }).sources, 2);
    const uri = uriOf(path.join(tree.dir, 'essay.md'));
    await client.open(uri, DRAFT);
    assert.deepEqual(codes(await client.diagnosticsFor(uri, { version: 1 })), ['contradicted', 'contradicted', 'needs-citation', 'needs-citation']);
  });

  it('a source rewritten while the corpus is being indexed ends up indexed as it is now', async () => {
    const quill = path.join(tree.dir, 'sources', 'quill.md');
    const rewritten = '# The Fall of Varnholt\n\nThe siege of Varnholt lasted 90 days.\n';
    // The server reads the old text; the file changes right after, while indexing still runs.
    hooked = await startHooked({ faults: [{ path: quill, onRead: 'rewrite', after: true, text: rewritten, delayMs: 300 }] }, {
      settings: { debounceMs: 0, includeBundledCorpus: false, sources: ['sources'] },
      workspaceFolders: [tree.dir],
    });
    const { client } = hooked;
    for (let i = 0; i < 500 && !hooked.events().some((e) => e.kind === 'fault'); i++) await sleep(10);
    assert.ok(hooked.events().some((e) => e.kind === 'fault'), 'the source was rewritten during indexing');
    // The editor's file watcher reports the change while the index is still being built.
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(quill), type: 2 }] });
    await client.logs.next((l) => /Sources changed \(quill\.md\)/.test(l.message), 'the change to be taken in');
    // Wait for the last indexing to finish: two "Indexed" lines (start-up, then the change).
    await client.logs.next((l) => /^Indexed /.test(l.message), 'indexing');
    for (let i = 0; i < 500 && client.logs.items.filter((l) => /^Indexed /.test(l.message)).length < 2; i++) await sleep(10);
    assert.equal(client.logs.items.filter((l) => /^Indexed /.test(l.message)).length, 2, 'indexed again after the change');
    await client.request('corroborate/sources', null);
    const uri = uriOf(path.join(tree.dir, 'essay.md'));
    await client.open(uri, 'The siege of Varnholt lasted 90 days [@quill].\n');
    // Had the old text (143 days) stayed in the index, this would be contradicted.
    assert.deepEqual(codes(await client.diagnosticsFor(uri, { version: 1 })), []);
  });

  it('a sources folder that does not exist: a warning, and drafts are still checked', async () => {
    hooked = await startHooked({}, {
      settings: { debounceMs: 0, includeBundledCorpus: false, sources: ['nowhere'] },
      workspaceFolders: [tree.dir],
    });
    const { client } = hooked;
    const status = await client.ready();
    assert.equal((status as { sources: number }).sources, 0);
    await warned(client, 'nowhere', /skipped, it does not exist/);
    await warned(client, 'No sources were loaded', /corroborate\.sources/);
    // A setup mistake is shown, not only logged: one notification naming the setting and the path,
    // and the status carries it until it is fixed.
    const shown = await client.shown.next((m) => m.message.includes('nowhere'), 'the warning notification');
    assert.equal(shown.type, 2, 'a warning');
    assert.match(shown.message, /^Corroborate: a sources entry does not exist \(named in settings \(corroborate\.sources\)\).*: .*nowhere$/);
    assert.match((status as { warning?: string }).warning ?? '', /does not exist .*nowhere/);
    const again = await client.request<{ warning?: string }>('corroborate/reindex', null);
    assert.match(again.warning ?? '', /does not exist/, 'still in the status');
    await sleep(100);
    assert.equal(client.shown.items.filter((m) => m.message.includes('nowhere')).length, 1, 'shown once');
    const uri = uriOf(path.join(tree.dir, 'essay.md'));
    await client.open(uri, DRAFT);
    assert.deepEqual(codes(await client.diagnosticsFor(uri, { version: 1 })), ['needs-citation', 'needs-citation', 'not-in-sources', 'not-in-sources']);
    // Once it exists (and the editor reports it), it is used.
    rmSync(path.join(tree.dir, 'nowhere'), { recursive: true, force: true });
    const file = tree.write('nowhere/quill.md', QUILL);
    const mark = client.diagnostics.items.length;
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(file), type: 1 }] });
    const after = await client.diagnosticsFor(uri, { from: mark, predicate: (d) => d.some((x) => x.code === 'contradicted') });
    assert.deepEqual(codes(after), ['contradicted', 'needs-citation', 'needs-citation', 'not-in-sources']);
    assert.equal((await client.request<{ warning?: string }>('corroborate/reindex', null)).warning, undefined, 'fixed: gone from the status');
  });

  it('a sources folder with no source file in it: a warning naming it', async () => {
    // (A kind of file Corroborate does not read: a PDF is a source now.)
    tree.write('pdfs/chapter.odt', 'PK');
    hooked = await startHooked({}, {
      settings: { debounceMs: 0, includeBundledCorpus: false, sources: ['pdfs'] },
      workspaceFolders: [tree.dir],
    });
    const status = await hooked.client.ready();
    assert.match((status as { warning?: string }).warning ?? '', /holds no \.md, \.txt, \.pdf, \.html, \.htm or \.docx files \(named in settings \(corroborate\.sources\)\).*pdfs$/);
    await hooked.client.shown.next((m) => m.message.includes('holds no .md, .txt, .pdf, .html, .htm or .docx files'), 'the warning notification');
  });

  it('a sources folder whose only source cannot be read (a damaged PDF): a warning saying so', async () => {
    tree.write('scans/chapter.pdf', '%PDF-1.4');
    hooked = await startHooked({}, {
      settings: { debounceMs: 0, includeBundledCorpus: false, sources: ['scans'] },
      workspaceFolders: [tree.dir],
    });
    const status = await hooked.client.ready();
    assert.match((status as { warning?: string }).warning ?? '', /holds no source file that could be read .*\(named in settings \(corroborate\.sources\)\).*scans$/);
  });
});
