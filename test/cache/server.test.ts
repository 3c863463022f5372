// The language server keeps its corpus index in initializationOptions.cacheDir: a restart reads it
// from there and publishes the same diagnostics; indexing reports progress as it goes.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { TestClient, tempTree, uriOf } from '../protocol/lspClient.js';
import { PAGE, removeDir, syntheticInputs, tempDir } from './helpers.js';

describe('language server with an index cache', function () {
  this.timeout(30_000);
  let tree: ReturnType<typeof tempTree>;
  let cacheDir: string;
  before(() => {
    const files: Record<string, string> = { 'sources/blog.md': PAGE.text };
    for (const s of syntheticInputs(40_000, 3)) files[`sources/${path.basename(s.uri)}`] = s.text;
    files['draft.md'] = '# Kestravel\n\nThe siege of Kestravel lasted 200 days [@blog]. It ended on 4 May 1622.\n';
    tree = tempTree(files);
    cacheDir = tempDir('ls-cache');
  });
  after(() => {
    tree.cleanup();
    removeDir(cacheDir);
  });

  async function session(): Promise<{ logs: string[]; diagnostics: unknown; progress: string[] }> {
    const client = await TestClient.start({
      workspaceFolders: [tree.dir],
      settings: { sources: ['sources'], includeBundledCorpus: false, debounceMs: 0 },
      initializationOptions: { cacheDir },
    });
    try {
      await client.ready();
      const uri = uriOf(path.join(tree.dir, 'draft.md'));
      await client.open(uri, readFileSync(path.join(tree.dir, 'draft.md'), 'utf8'));
      const diagnostics = await client.diagnosticsFor(uri, { version: 1 });
      return {
        logs: client.logs.items.map((l) => l.message),
        diagnostics,
        progress: client.progress.items.map((p) => p.value.message ?? p.value.title ?? p.value.kind),
      };
    } finally {
      await client.stop();
    }
  }

  it('indexes once, then starts from the cache with the same diagnostics', async () => {
    const first = await session();
    assert.match(first.logs.join('\n'), /Indexed \d+ sources \(\d+ statements\) in \d+ ms, 0 from the cache/);
    assert.ok(first.progress.some((m) => /Indexing sources: \d+ of \d+/.test(m)), first.progress.join('\n'));
    const second = await session();
    const count = /Indexed (\d+) sources/.exec(second.logs.join('\n'))![1];
    assert.match(second.logs.join('\n'), new RegExp(`, ${count} from the cache`));
    assert.deepStrictEqual(second.diagnostics, first.diagnostics);
    assert.ok((first.diagnostics as unknown[]).length > 0);
  });
});
