// A checker finds the blocks it kept by the state each was entered in, compared field by field
// (sameFieldsFrom), not by the state's key written out: the two must always agree.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildCorpusIndex, DraftChecker } from '../../server/src/engine/index.js';
import { AFTER_HEADING_YEARS, sameFieldsFrom, type DiscourseSnapshot } from '../../server/src/engine/frames/discourse.js';

/** The key from the field at `from` on (the key is the fields' JSON joined by \u0002). */
const keyFrom = (s: DiscourseSnapshot, from: number) => s.key.split('\u0002').slice(from).join('\u0002');

describe('discourse states compared field by field', () => {
  it('are the same exactly when their keys are, over the states of the public drafts and copies of them', () => {
    const dir = path.join('test', 'dev-set', 'drafts');
    const checker = new DraftChecker(buildCorpusIndex([]));
    const states: DiscourseSnapshot[] = [];
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.md')).slice(0, 12)) {
      for (const block of checker.analyze(readFileSync(path.join(dir, file), 'utf8')).checked) states.push(block.entered, block.after);
    }
    // (Copies whose arrays are remade of the same elements, as `remember` remakes them: the same
    // state by another object, which only the fields' JSON or their elements can tell.)
    const copies = states.slice(0, 200).map((s) => ({ key: s.key, id: s.id, state: { ...s.state, recent: [...s.state.recent], headings: [...s.state.headings] } }) as DiscourseSnapshot);
    const all = [...states, ...copies];
    let same = 0;
    for (let i = 0; i < all.length; i += 3) {
      for (let j = i; j < all.length; j += 7) {
        for (const from of [0, AFTER_HEADING_YEARS]) {
          const equal = keyFrom(all[i]!, from) === keyFrom(all[j]!, from);
          assert.equal(sameFieldsFrom(all[i]!, all[j]!, from), equal, `${i}, ${j} from ${from}`);
          if (equal && all[i] !== all[j]) same++;
        }
      }
    }
    assert.ok(same > 50, `only ${same} pairs of the same state`);
  });
});
