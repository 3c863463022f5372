// `corroborate check` honours the findings dismissed in .corroborate.json (the editor's "Dismiss
// this finding"): the real bin, in a child process, on a made-up corpus and drafts written here.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const bin = path.join(root, 'bin', 'corroborate.js');

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const SOURCE = 'The Brannock Chronicle\nThe siege of Karsk lasted 140 days.\n';
const DRAFT = '# Karsk\n\nThe siege of Karsk\nlasted 200 days (Brannock).\n';

describe('corroborate check: dismissed findings', function () {
  this.timeout(30000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'corroborate-dismissed-'));
    mkdirSync(path.join(dir, 'sources'));
    mkdirSync(path.join(dir, 'essays'));
    writeFileSync(path.join(dir, 'sources', 'brannock.txt'), SOURCE);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const config = (dismissed: unknown[]) =>
    writeFileSync(path.join(dir, '.corroborate.json'), JSON.stringify({ sources: ['sources'], includeBundledCorpus: false, dismissed }, null, 2));
  const entry = { file: 'essays/one.md', code: 'contradicted', value: '200 days', sentence: 'the siege of karsk lasted 200 days (brannock).' };
  const codesOf = (stdout: string) => (JSON.parse(stdout) as Array<{ file: string; diagnostics: Array<{ code: string }> }>).map((r) => [r.file, r.diagnostics.map((d) => d.code)]);

  it('leaves a dismissed finding out of the text and the JSON, for that draft only', () => {
    writeFileSync(path.join(dir, 'essays', 'one.md'), DRAFT);
    writeFileSync(path.join(dir, 'essays', 'two.md'), DRAFT);
    config([]);
    assert.deepEqual(codesOf(run(['check', '--format', 'json', 'essays'], dir).stdout), [['essays/one.md', ['contradicted']], ['essays/two.md', ['contradicted']]]);
    config([entry]);
    const json = run(['check', '--format', 'json', 'essays'], dir);
    assert.deepEqual(codesOf(json.stdout), [['essays/one.md', []], ['essays/two.md', ['contradicted']]]);
    assert.equal(json.code, 1, 'two.md still has a finding');
    const text = run(['check', 'essays/one.md'], dir);
    assert.equal(text.code, 0, text.stdout);
    assert.doesNotMatch(text.stdout, /contradicted/);
    // From inside the folder, the same file by another relative path: still dismissed.
    assert.equal(run(['check', 'one.md'], path.join(dir, 'essays')).code, 0);
  });

  it('lapses when the sentence changes; a malformed entry is ignored with a warning', () => {
    writeFileSync(path.join(dir, 'essays', 'one.md'), '# Karsk\n\nThe long siege of Karsk lasted 200 days (Brannock).\n');
    config([entry, { file: 'essays/one.md', code: 'wrong-code', value: '200 days', sentence: 'x' }, 'not an entry']);
    const { code, stdout, stderr } = run(['check', '--format', 'json', 'essays/one.md'], dir);
    assert.equal(code, 1);
    assert.deepEqual(codesOf(stdout), [['essays/one.md', ['contradicted']]]);
    assert.match(stderr, /corroborate\.dismissed\[1\] has an unknown code "wrong-code"/);
    assert.match(stderr, /corroborate\.dismissed\[2\] must be an object/);
  });
});
