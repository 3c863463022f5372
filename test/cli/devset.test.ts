// The public dev set's own scorer, run against `corroborate check` as acceptance runs it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const scorer = path.resolve(root, '..', 'shared', 'dev-set', 'score.mjs');

describe('the public dev set', function () {
  this.timeout(120000);
  it('scores macro-F1 of at least 0.9 with no must-not-flag violations', function () {
    if (!existsSync(scorer)) {
      console.warn(`    (no dev set at ${scorer}: this checkout has no ../shared beside it)`);
      this.skip();
    }
    const result = spawnSync(process.execPath, [scorer, '--json'], { cwd: root, encoding: 'utf8' });
    const report = JSON.parse(result.stdout) as { macroF1: number; must_not_flag_violations: number; summary: string };
    assert.ok(report.macroF1 >= 0.9, report.summary);
    assert.equal(report.must_not_flag_violations, 0, report.summary);
  });
});
