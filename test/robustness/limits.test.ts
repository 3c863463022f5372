// Limits, through the server: a draft over corroborate.maxFileBytes (2 MiB unless set) is not checked,
// with exactly one notice while it stays over, and its old findings are cleared. (A limit set lower,
// and a draft coming back under it, are in test/protocol.)
import assert from 'node:assert/strict';
import path from 'node:path';
import { TestClient, tempTree, uriOf } from '../protocol/lspClient.js';

const QUILL = '# The Fall of Varnholt\n\nThe siege of Varnholt lasted 143 days.\n';
const MiB = 1024 * 1024;

describe('limits in the language server', function () {
  this.timeout(30_000);
  let tree: ReturnType<typeof tempTree>;
  let client: TestClient;

  beforeEach(async () => {
    tree = tempTree({ 'sources/quill.md': QUILL });
    // No maxFileBytes: the default applies.
    client = await TestClient.start({ settings: { debounceMs: 0, includeBundledCorpus: false, sources: ['sources'] }, workspaceFolders: [tree.dir] });
    await client.ready();
  });

  afterEach(async () => {
    await client.stop();
    tree.cleanup();
  });

  it('a draft that grows over 2 MiB is not checked: its findings are cleared and one notice says why, however often it is edited', async () => {
    const uri = uriOf(path.join(tree.dir, 'long.md'));
    const claim = 'The siege of Varnholt lasted 90 days.\n';
    await client.open(uri, claim);
    assert.equal((await client.diagnosticsFor(uri, { version: 1 })).length, 2);

    // A paste takes it to 2 MiB and one byte: every paragraph a finding, were it checked.
    const paragraph = 'The siege of Varnholt lasted 90 days.\n\n';
    const big = claim + paragraph.repeat(Math.ceil(2 * MiB / paragraph.length));
    const over = big.slice(0, 2 * MiB + 1);
    assert.equal(Buffer.byteLength(over), 2 * MiB + 1);
    const started = performance.now();
    let version = await client.change(uri, over);
    assert.deepEqual(await client.diagnosticsFor(uri, { version }), [], 'the old findings are cleared');
    const elapsed = performance.now() - started;
    assert.ok(elapsed < 2000, `answered in ${Math.round(elapsed)} ms, without checking it`);
    // Typing on, still over the limit; hovering, asking for fixes and links meanwhile.
    for (let i = 0; i < 5; i++) {
      version = await client.change(uri, over + 'x'.repeat(i + 1));
      assert.equal(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 32 } }), null);
      assert.deepEqual(await client.request('textDocument/documentLink', { textDocument: { uri } }), []);
    }
    assert.deepEqual(await client.diagnosticsFor(uri, { version }), []);
    await client.request('corroborate/sources', null);
    const notices = client.shown.items.filter((m) => /maxFileBytes/.test(m.message));
    assert.equal(notices.length, 1, 'one notice');
    assert.equal(notices[0]!.type, 2, 'a warning');
    assert.match(notices[0]!.message, /long\.md is not checked: it is 2097153 bytes, over corroborate\.maxFileBytes \(2097152\)/);
  });

  it('counts bytes, not characters: 1.1 million two-byte characters are over the limit', async () => {
    const uri = uriOf(path.join(tree.dir, 'accents.md'));
    const text = 'The siege of Varnholt lasted 90 days. ' + 'é'.repeat(1_100_000);
    assert.ok(text.length < 2 * MiB && Buffer.byteLength(text) > 2 * MiB);
    await client.open(uri, text);
    assert.deepEqual(await client.diagnosticsFor(uri, { version: 1 }), []);
    await client.shown.next((m) => /accents\.md is not checked/.test(m.message), 'the notice');
  });
});
