// packedMap (packed.ts): Array.prototype.map's elements in an array V8 keeps packed, so that compiled
// code reading a chunk's footnotes (prose.ts) or a state's refs renamed by a title edit (titles.ts)
// meets one kind of array (README, perf-s11). What the language can see is map's answer; the kind of
// array is V8's, checked with its natives in a child process.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { packedMap } from '../../server/src/engine/packed.js';

describe('packedMap', () => {
  it('gives what map gives: a new array of the same elements, in order, the input untouched', () => {
    const inputs: Array<Array<{ label: string; range: { start: number; end: number } }>> = [
      [],
      [{ label: '1', range: { start: 3, end: 7 } }],
      Array.from({ length: 40 }, (_, i) => ({ label: `n${i}`, range: { start: i * 10, end: i * 10 + 4 } })),
    ];
    const shift = (f: { label: string; range: { start: number; end: number } }) => ({ ...f, range: { start: f.range.start + 5, end: f.range.end + 5 } });
    for (const input of inputs) {
      const before = JSON.stringify(input);
      const packed = packedMap(input, shift);
      assert.notEqual(packed, input);
      assert.deepEqual(packed, input.map(shift));
      assert.equal(JSON.stringify(packed), JSON.stringify(input.map(shift)));
      assert.equal(JSON.stringify(input), before);
    }
    const same = [{ a: 1 }, { a: 2 }];
    assert.ok(packedMap(same, (x) => x).every((x, i) => x === same[i]));
  });

  it('gives packed elements, run by itself and compiled into an optimized caller', () => {
    const module = fileURLToPath(new URL('../../server/src/engine/packed.js', import.meta.url));
    const script = `
      const { packedMap } = await import(${JSON.stringify(module)});
      const caller = (a) => packedMap(a, (x) => ({ ...x, n: x.n + 1 }));
      const input = Array.from({ length: 20 }, (_, n) => ({ n }));
      const kinds = [%HasHoleyElements(caller(input))];
      %PrepareFunctionForOptimization(caller);
      caller(input); caller(input);
      %OptimizeFunctionOnNextCall(caller);
      kinds.push(%HasHoleyElements(caller(input)), %HasHoleyElements(caller([])));
      console.log(JSON.stringify(kinds));`;
    const run = spawnSync(process.execPath, ['--allow-natives-syntax', '--input-type=module', '-e', script], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout), [false, false, false]);
  });
});
