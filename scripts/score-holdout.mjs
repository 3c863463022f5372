// Scores this checkout on the held-out sets in test/holdout/ (each written blind to the code; see its
// README): one line per set with macro-F1, must-not-flag violations and false `contradicted`.
// Needs ../shared/dev-set/score.mjs beside the project, as `node ../shared/dev-set/score-all.mjs` does.
//   node scripts/score-holdout.mjs [--project DIR] [SET...]
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const at = args.indexOf('--project');
const project = at >= 0 ? path.resolve(args.splice(at, 2)[1]) : root;
const holdout = path.join(root, 'test', 'holdout');
const scorer = path.resolve(root, '..', 'shared', 'dev-set', 'score.mjs');
const seedCorpus = path.resolve(root, '..', 'shared', 'seed-corpus');
if (!existsSync(scorer)) {
  console.error(`score-holdout: no scorer at ${scorer}`);
  process.exit(2);
}

const sets = args.length > 0 ? args : readdirSync(holdout).filter((n) => existsSync(path.join(holdout, n, 'labels.json')));
let sum = 0;
let violations = 0;
for (const name of sets) {
  const dir = path.join(holdout, name);
  const corpus = existsSync(path.join(dir, 'corpus')) ? path.join(dir, 'corpus') : seedCorpus;
  const run = spawnSync(process.execPath, [scorer, '--project', project, '--labels', path.join(dir, 'labels.json'), '--corpus', corpus, '--json'],
    { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (run.status !== 0) {
    console.error(`score-holdout: ${name} could not be scored\n${run.stderr}`);
    process.exit(2);
  }
  const report = JSON.parse(run.stdout);
  const c = report.per_code.contradicted;
  sum += report.macroF1;
  violations += report.must_not_flag_violations;
  console.log(`${name.padEnd(16)} macroF1=${report.macroF1.toFixed(3)}  violations=${report.must_not_flag_violations}  contradicted TP=${c.TP} FP=${c.FP}`);
}
console.log(`mean macroF1=${(sum / sets.length).toFixed(3)} over ${sets.length} sets, violations=${violations}`);
