// Every public dev set, scored by its own scorer against `corroborate check` as acceptance runs it.
// The sets are a snapshot of ../shared/dev-set kept in test/dev-set so the gate runs in any clone;
// test/dev-set/floors.json holds the level each set has reached, and no change may go below it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const devSet = path.join(root, 'test', 'dev-set');

interface Floor { macroF1: number; violations: number; falseContradicted: number }
interface SetReport {
  set: string;
  macroF1: number;
  must_not_flag_violations: number;
  per_code: { contradicted: { FP: number } };
}

function scoreEverySet(): SetReport[] {
  const result = spawnSync(process.execPath, [path.join(devSet, 'score-all.mjs'), '--json', '--project', root], {
    cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
  });
  assert.equal(result.status, 0, `score-all.mjs failed:\n${result.stderr}`);
  return (JSON.parse(result.stdout) as { sets: SetReport[] }).sets;
}

describe('the public dev sets', function () {
  this.timeout(300000);
  const floors = (JSON.parse(readFileSync(path.join(devSet, 'floors.json'), 'utf8')) as { sets: Record<string, Floor> }).sets;
  let reports: SetReport[] = [];
  before(function () { reports = scoreEverySet(); });

  it('scores every set that has a floor, and has a floor for every set', function () {
    assert.deepEqual(reports.map((r) => r.set).sort(), Object.keys(floors).sort());
  });
  for (const [name, floor] of Object.entries(floors)) {
    it(`${name}: macro-F1 at least ${floor.macroF1}, ${floor.violations} must-not-flag violations, ${floor.falseContradicted} false contradicted`, function () {
      const report = reports.find((r) => r.set === name);
      assert.ok(report, `${name} was not scored`);
      const seen = `macro-F1 ${report.macroF1.toFixed(3)}, violations ${report.must_not_flag_violations}, false contradicted ${report.per_code.contradicted.FP}`;
      assert.ok(report.macroF1 >= floor.macroF1, seen);
      assert.ok(report.must_not_flag_violations <= floor.violations, seen);
      assert.ok(report.per_code.contradicted.FP <= floor.falseContradicted, seen);
    });
  }
});
