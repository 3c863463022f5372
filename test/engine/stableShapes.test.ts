// What keeps identity's compiled code in a new server's first edits (README, perf-s9): every frame it
// compares in frameShape's one shape, refs arrays of packed elements, copies built whole rather than
// written over. Shapes are V8's, not the language's: these tests hold what the code can see of them
// (own keys, their order, that a copy is a new object), and that comparing shaped frames means the same.
import assert from 'node:assert/strict';
import { makeCorpus, makeWorld } from '../../bench/synth.js';
import { compareAsShaped } from '../../server/src/engine/comparison.js';
import { shapedFrame, shapedRefs } from '../../server/src/engine/frameShape.js';
import { compareFrames, withUnknownNamesAlike } from '../../server/src/engine/frames/identity.js';
import type { FactFrame } from '../../server/src/engine/frames/types.js';
import { buildCorpusIndex } from '../../server/src/engine/index.js';

const keys = (o: object | undefined) => (o === undefined ? [] : Object.keys(o));

describe('shapes identity meets', () => {
  const index = buildCorpusIndex(makeCorpus(makeWorld(5, 60), 5, 120_000).map((s) => ({ key: s.key, title: s.title, uri: `/bench/${s.file}`, text: s.text })));
  const frames: FactFrame[] = [];
  for (const s of index.statements) for (const f of s.implied ? [s.frame, s.implied] : [s.frame]) frames.push(f);

  it('a frame with an unknown name made alike is a new frame in frameShape\'s one shape, the frame itself untouched', () => {
    let made = 0;
    for (const frame of frames.filter((f) => f.subject?.refs.some((r) => r.key !== undefined)).slice(0, 400)) {
      const before = JSON.stringify(frame);
      // (No corpus word at all: every named ref is unknown.)
      const alike = withUnknownNamesAlike(frame, new Set());
      assert.equal(JSON.stringify(frame), before);
      if (alike === frame) continue;
      made++;
      const shaped = shapedFrame(frame);
      assert.deepEqual(keys(alike), keys(shaped));
      assert.deepEqual(keys(alike.subject), keys(shaped.subject));
      for (const [i, ref] of alike.subject!.refs.entries()) assert.deepEqual(keys(ref), keys(shaped.subject!.refs[i]));
      assert.ok(alike.subject!.refs.every((r) => r.key === '\u0001' || !frame.subject!.refs.some((o) => o.key === r.key && o.key !== undefined)));
    }
    assert.ok(made > 20, `${made} frames made alike`);
  });

  it('shapedRefs gives a new array of every ref, in order, with no holes', () => {
    const refs = frames.flatMap((f) => f.subject?.refs ?? []).slice(0, 50);
    const shaped = shapedRefs(refs);
    assert.notEqual(shaped, refs);
    assert.equal(shaped.length, refs.length);
    assert.ok(shaped.every((r, i) => i in shaped && r.text === refs[i]!.text && r.key === refs[i]!.key));
  });

  it('compareAsShaped decides as compareFrames does, reasons and all', () => {
    let pairs = 0;
    for (const [i, a] of frames.entries()) {
      if (i % 5 !== 0) continue;
      for (const b of frames.slice(i, i + 40)) {
        pairs++;
        assert.deepEqual({ ...compareAsShaped(a, b, index.events) }, { ...compareFrames(a, b, index.events) }, `${JSON.stringify(a)} / ${JSON.stringify(b)}`);
      }
    }
    assert.ok(pairs > 1000, `${pairs} pairs`);
  });
});
