// `corroborate check --cache DIR`: the same findings with or without the cache, a corrupt cache is a
// warning, and --cache needs a value.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { removeDir, tempDir } from './helpers.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const bin = path.join(root, 'bin', 'corroborate.js');

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function binFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...binFiles(p));
    else if (name.endsWith('.bin')) out.push(p);
  }
  return out;
}

describe('corroborate check --cache', function () {
  this.timeout(30_000);
  let dir: string;
  beforeEach(() => {
    dir = tempDir('cli-cache');
    mkdirSync(path.join(dir, 'sources'));
    writeFileSync(path.join(dir, 'sources', 'brannock.txt'), 'The Brannock Chronicle\nThe siege of Karsk lasted 140 days. The Treaty of Orlen was signed on 3 May 1611.\n');
    writeFileSync(path.join(dir, 'sources', 'orlen.md'), '# Orlen\n\nThe Treaty of Orlen was signed on 5 May 1611 by Arvid Kesten.\n');
    writeFileSync(path.join(dir, 'draft.md'), '# Karsk\n\nThe siege of Karsk lasted 200 days (Brannock). The Treaty of Orlen was signed on 3 May 1611.\n');
  });
  afterEach(() => removeDir(dir));

  it('reports the same findings from a cold cache, a warm one, a corrupt one and none', () => {
    const args = ['check', '--format', 'json', '--corpus', 'sources', '--cache', '.cache', 'draft.md'];
    const none = run(['check', '--format', 'json', '--corpus', 'sources', 'draft.md'], dir);
    const cold = run(args, dir);
    assert.equal(cold.code, 1, cold.stderr);
    assert.equal(cold.stderr, '');
    const files = binFiles(path.join(dir, '.cache'));
    assert.equal(files.length, 3); // two sources and the corpus statistics
    const warm = run(args, dir);
    assert.equal(warm.stderr, '');
    for (const f of files) writeFileSync(f, 'garbage');
    const corrupt = run(args, dir);
    assert.match(corrupt.stderr, /warning: ignored the index cache entry/);
    assert.equal(corrupt.code, 1);
    for (const r of [cold, warm, corrupt]) assert.equal(r.stdout, none.stdout);
  });

  it('checks many drafts in threads with the same output, in the same order, as in one', () => {
    for (let i = 0; i < 9; i++) {
      writeFileSync(path.join(dir, `d${i}.md`), `# Draft ${i}\n\nThe siege of Karsk lasted ${130 + i * 5} days (Brannock). The Treaty of Orlen was signed on ${i + 1} May 1611.\n`);
    }
    const files = Array.from({ length: 9 }, (_, i) => `d${i}.md`);
    writeFileSync(path.join(dir, 'bad.md'), Buffer.from([0, 1, 2]));
    const one = run(['check', '--corpus', 'sources', '--jobs', '1', ...files, 'bad.md'], dir);
    const two = run(['check', '--corpus', 'sources', '--jobs', '2', ...files, 'bad.md'], dir);
    const auto = run(['check', '--corpus', 'sources', '--format', 'json', ...files], dir);
    assert.equal(one.code, 1, one.stderr);
    assert.equal(two.stdout, one.stdout);
    assert.equal(two.stderr, one.stderr);
    assert.match(one.stderr, /bad\.md: looks like a binary file; skipped/);
    assert.deepEqual((JSON.parse(auto.stdout) as Array<{ file: string }>).map((r) => r.file), files);
    assert.equal(run(['check', '--jobs', '0', 'd0.md'], dir).code, 2);
  });

  it('needs a folder name', () => {
    const r = run(['check', '--corpus', 'sources', 'draft.md', '--cache'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--cache needs a value/);
  });
});
