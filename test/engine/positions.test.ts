// Lines made again after a change equal lines made afresh, whatever the line breaks (CR, LF, CRLF)
// the change splits, joins, adds or removes.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { LineIndex } from '../../server/src/engine/positions.js';

const piece = fc.constantFrom('a', 'bc', ' ', '\n', '\r', '\r\n', '\n\n', 'x\r', '\ny');
const text = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''));

function positions(lines: LineIndex): string {
  return Array.from({ length: lines.text.length + 1 }, (_, i) => JSON.stringify(lines.positionAt(i))).join(' ') + ` ${lines.lineCount}`;
}

describe('LineIndex.afterChange', () => {
  it('equals the lines of the changed text made afresh', () => {
    fc.assert(
      fc.property(text, fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 6 }), text, (before, at, remove, insert) => {
        const start = Math.floor(at * before.length);
        const oldEnd = Math.min(before.length, start + remove);
        const after = before.slice(0, start) + insert + before.slice(oldEnd);
        const changed = LineIndex.afterChange(new LineIndex(before), after, { start, oldEnd, newEnd: start + insert.length });
        assert.equal(positions(changed), positions(new LineIndex(after)), JSON.stringify({ before, start, oldEnd, insert }));
      }),
      { numRuns: 3000, seed: 3 },
    );
  });
});
