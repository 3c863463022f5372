// `node out/bench/keystrokeAb.js DIR_A DIR_B CORPUS_DIR DRAFT [ROUNDS]`: the bench's edits (EditPlan)
// made in-process on two built checkouts' engines at once. Each edit goes to A's and B's DraftChecker
// in turn, the order alternating, so both see the machine at the same moment. Times `analyze` alone (wall and CPU time):
// what a keystroke costs the engine, without the server, the wire or the diagnostics, which on a
// shared machine decide much of the figures over the wire. Use the bench's inputs (`npm run bench --
// --keystroke` makes them in $TMPDIR/corroborate-bench).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CorpusIndex, DraftChecker, SourceInput } from '../server/src/engine/index.js';
import { EDIT_KINDS, EditPlan, type EditKind } from './editPlan.js';

interface Engine {
  buildCorpusIndex(inputs: SourceInput[]): CorpusIndex;
  DraftChecker: new (index: CorpusIndex) => DraftChecker;
}

const WARMUP = 8;

const [dirA, dirB, corpusDir, draftPath, roundsArg] = process.argv.slice(2);
if (!dirA || !dirB || !corpusDir || !draftPath) throw new Error('usage: node out/bench/keystrokeAb.js DIR_A DIR_B CORPUS_DIR DRAFT [ROUNDS]');
const rounds = Number(roundsArg ?? 40);
const engines = await Promise.all([dirA, dirB].map(async (dir) => (await import(pathToFileURL(path.resolve(dir, 'out/server/src/engine/index.js')).href)) as Engine));
const inputs: SourceInput[] = readdirSync(corpusDir).filter((f) => /\.(md|txt)$/.test(f))
  .map((f) => ({ key: f.replace(/\.\w+$/, ''), title: f, uri: `/bench/${f}`, text: readFileSync(path.join(corpusDir, f), 'utf8') }));
let text = readFileSync(draftPath, 'utf8');
const checkers = engines.map((e) => new e.DraftChecker(e.buildCorpusIndex(inputs)));
for (const checker of checkers) checker.analyze(text);

const plan = new EditPlan(text, [...EDIT_KINDS]);
// Wall time, and the process's CPU time (user and system): on a shared machine the second counts
// only this process's work, though a garbage collector's helper threads add to it.
const samples: Array<Partial<Record<EditKind, number[]>>> = [{}, {}];
const cpuSamples: Array<Partial<Record<EditKind, number[]>>> = [{}, {}];
for (let i = 0; i < rounds * EDIT_KINDS.length + WARMUP; i++) {
  const kind = EDIT_KINDS[i % EDIT_KINDS.length]!;
  const [start, end, insert] = plan.next(text, kind);
  const next = text.slice(0, start) + insert + text.slice(end);
  const changes = [{ start, end, newLength: insert.length }];
  for (const which of i % 2 ? [0, 1] : [1, 0]) {
    const cpu = process.cpuUsage();
    const started = performance.now();
    checkers[which]!.analyze(next, { changes });
    const wall = performance.now() - started;
    const used = process.cpuUsage(cpu);
    if (i >= WARMUP) {
      (samples[which]![kind] ??= []).push(wall);
      (cpuSamples[which]![kind] ??= []).push((used.user + used.system) / 1000);
    }
  }
  text = next;
}

/** Nearest rank, as bench.ts reports. */
function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length))) - 1]!;
}
const ms = (x: number) => `${x.toFixed(1)} ms`;
for (const [what, measured] of [['wall', samples], ['CPU', cpuSamples]] as const) {
  console.log(`\n| Edit (${path.basename(draftPath)}), ${what} time | A: median | A: p95 | B: median | B: p95 | B ÷ A (median) | B ÷ A (p95) | Runs |`);
  console.log('|---|---|---|---|---|---|---|---|');
  for (const kind of [...EDIT_KINDS, 'every edit'] as const) {
    const [a, b] = measured.map((s) => (kind === 'every edit' ? Object.values(s).flat() : s[kind] ?? []));
    console.log(`| ${kind} | ${ms(quantile(a!, 0.5))} | ${ms(quantile(a!, 0.95))} | ${ms(quantile(b!, 0.5))} | ${ms(quantile(b!, 0.95))} | ` +
      `${(quantile(b!, 0.5) / quantile(a!, 0.5)).toFixed(2)}× | ${(quantile(b!, 0.95) / quantile(a!, 0.95)).toFixed(2)}× | ${a!.length} |`);
  }
}
