// True essays in a student's words, checked against the bundled corpus: a revision sheet, a timeline,
// a book review, phases of the battle told under a title on it, an essay on Verdun. Every sentence in
// them is true, or of something the corpus does not state, so none may be called `contradicted`: that
// is the worst thing the checker can do. (Where the sources disagree with each other, saying so is
// right; where a cited source is silent, saying so is too.)
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const essays = path.join(root, 'test', 'fixtures', 'true-essays');

interface Diagnostic { code: string; message: string; data?: { claim?: { text: string } } }

describe('true essays, against the bundled corpus', function () {
  this.timeout(60000);
  const files = readdirSync(essays).filter((f) => f.endsWith('.md')).sort();
  let results: Array<{ file: string; diagnostics: Diagnostic[] }> = [];
  before(() => {
    const run = spawnSync(process.execPath, [path.join(root, 'bin', 'corroborate.js'), 'check', '--format', 'json', ...files.map((f) => path.join(essays, f))], {
      cwd: root, encoding: 'utf8',
    });
    results = JSON.parse(run.stdout) as typeof results;
  });

  it('checks every essay, and reads claims in each', () => {
    assert.equal(results.length, files.length);
    for (const r of results) assert.ok(r.diagnostics.length > 0, `${path.basename(r.file)} has no findings at all`);
  });
  for (const file of files) {
    it(`${file}: nothing contradicted`, () => {
      const found = results.find((r) => path.basename(r.file) === file)!.diagnostics;
      assert.deepEqual(found.filter((d) => d.code === 'contradicted').map((d) => `${d.data?.claim?.text}: ${d.message}`), []);
    });
  }
});
