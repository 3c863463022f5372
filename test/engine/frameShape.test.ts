// Frames in one shape (frameShape.ts) are what identity compares in place of the frames themselves:
// they must hold every slot of the frame, with the same values, and every comparison of two shaped
// frames must be the comparison of the frames.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { makeCorpus, makeWorld } from '../../bench/synth.js';
import { loadSources } from '../../server/src/corpus/sources.js';
import { shapedFrameOf } from '../../server/src/engine/corpusIndex.js';
import { shapedFrame } from '../../server/src/engine/frameShape.js';
import { compareFrames, compareUnwritten, surelyAnotherSubject } from '../../server/src/engine/frames/identity.js';
import type { FactFrame } from '../../server/src/engine/frames/types.js';
import { buildCorpusIndex, type CorpusIndex } from '../../server/src/engine/index.js';

/** The value without its slots that are undefined, at any depth: what the frame itself would hold. */
function withoutUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUndefined);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => [k, withoutUndefined(v)]));
}

function framesOf(index: CorpusIndex): FactFrame[] {
  const seen = new Map<string, FactFrame>();
  for (const s of index.statements) for (const f of s.implied ? [s.frame, s.implied] : [s.frame]) seen.set(JSON.stringify(f), f);
  return [...seen.values()];
}

describe('frames in one shape', () => {
  const holdout = path.join('test', 'holdout');
  const sets = readdirSync(holdout).map((name) => path.join(holdout, name, 'corpus')).filter((dir) => { try { return readdirSync(dir).length > 0; } catch { return false; } });
  const synthetic = () => buildCorpusIndex(makeCorpus(makeWorld(7, 120), 7, 400_000).map((s) => ({ key: s.key, title: s.title, uri: `/bench/${s.file}`, text: s.text })));
  const indexes: Array<[string, () => Promise<CorpusIndex>]> = [
    ...sets.slice(0, 8).map((dir): [string, () => Promise<CorpusIndex>] => [dir, async () => buildCorpusIndex(await loadSources([dir], { warn: () => undefined }))]),
    ['synthetic', async () => synthetic()],
  ];

  it('hold every slot of the frame, with the same values (no slot left out, none added)', async () => {
    let frames = 0;
    for (const [set, build] of indexes) {
      for (const frame of framesOf(await build())) {
        frames++;
        const shaped = shapedFrame(frame);
        assert.deepEqual(withoutUndefined(shaped), withoutUndefined(frame), `${set}: ${JSON.stringify(frame)}`);
        // (The same arrays of sides and people, not copies: identity may read them by reference.)
        assert.equal(shaped.sides, frame.sides);
      }
    }
    assert.ok(frames > 1000, `${frames} frames`);
  });

  it('compare as the frames do: the same decision for every frame and each of its candidate groups', async () => {
    let pairs = 0;
    for (const [set, build] of indexes) {
      const index = await build();
      // (Every 5th frame of a corpus with each of its candidates: some ten thousand pairs in all.)
      for (const [i, frame] of framesOf(index).entries()) {
        if (i % 5 !== 0) continue;
        const shaped = shapedFrame(frame);
        for (const group of index.candidateGroups(frame)) {
          pairs++;
          const theirs = shapedFrameOf(group);
          const what = `${set}: ${JSON.stringify(frame)} / ${JSON.stringify(group.frame)}`;
          assert.deepEqual(compareFrames(shaped, theirs, index.events), compareFrames(frame, group.frame, index.events), what);
          assert.equal(surelyAnotherSubject(shaped, theirs, index.events), surelyAnotherSubject(frame, group.frame, index.events), what);
        }
      }
    }
    assert.ok(pairs > 10_000, `${pairs} pairs`);
  });

  it('decide unwritten as written: the same relation, slot and reason, read after the other comparisons', async () => {
    let pairs = 0;
    for (const [set, build] of indexes) {
      const index = await build();
      const compared = framesOf(index).filter((_, i) => i % 7 === 3).flatMap((frame) => index.candidateGroups(frame).map((group) => ({ frame, group })));
      const written = compared.map(({ frame, group }) => compareFrames(frame, group.frame, index.events));
      // (As identify does: every group decided first, the reasons read later, each once or twice.)
      const unwritten = compared.map(({ frame, group }) => compareUnwritten(shapedFrame(frame), shapedFrameOf(group), index.events));
      compared.forEach(({ frame, group }, k) => {
        pairs++;
        const [decision, expected] = [unwritten[k]!, written[k]!];
        const what = `${set}: ${JSON.stringify(frame)} / ${JSON.stringify(group.frame)}`;
        assert.deepEqual([decision.relation, decision.slot, decision.reason, decision.reason], [expected.relation, expected.slot, expected.reason, expected.reason], what);
        // (A copy with its relation changed, as the promotions make, keeps the slot.)
        assert.deepEqual({ ...decision, relation: 'weak', reason: 'r' }, { relation: 'weak', slot: expected.slot, reason: 'r' }, what);
      });
    }
    assert.ok(pairs > 5_000, `${pairs} pairs`);
  });

  it('write reasons again after a comparison that failed', () => {
    const frame: FactFrame = { dimension: 'count', measure: { kind: 'deaths' } };
    assert.throws(() => compareUnwritten(frame, { dimension: 'count' } as FactFrame, { lookup: () => ({ count: 0 }) }));
    assert.equal(compareFrames(frame, { dimension: 'count', measure: { kind: 'wounded' } }).reason, 'a different thing counted (deaths / wounded)');
  });
});
