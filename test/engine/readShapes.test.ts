// What keeps the compiled code of sentence reading in a new server's first edits (README, perf-s10):
// tokens and hedges built whole in one shape, never spread and written over. Shapes are V8's, not the
// language's: these tests hold what the code can see of them (own keys and their order), and that a
// sentence read again where it stands elsewhere reads as a fresh reading there.
import assert from 'node:assert/strict';
import { Discourse } from '../../server/src/engine/frames/discourse.js';
import { itemNumberOf, readSentence } from '../../server/src/engine/frames/read.js';
import { buildCorpusIndex } from '../../server/src/engine/index.js';
import { makeToken, tokenize } from '../../server/src/engine/tokens.js';

describe('shapes sentence reading makes', () => {
  it('makeToken gives tokenize\'s keys, in its order', () => {
    const [read] = tokenize('Karsk');
    const made = makeToken('word', 'Karsk', 'karsk', 3, 8);
    assert.deepEqual(Object.keys(made), Object.keys(read!));
    assert.deepEqual(made, { kind: 'word', text: 'Karsk', lower: 'karsk', start: 3, end: 8 });
  });

  const index = buildCorpusIndex([{ key: 'c', title: 'C', uri: '/virtual/c.md', text: 'The siege of Karsk lasted 140 days. About 300 men held the fort.' }]);
  const sentences = [
    'The siege of Karsk lasted about 140 days, in the year MCCCXLIX.',
    'Between 200 and 300 men held the fort at Karsk in June \'41.',
    'Some 40 of the garrison died of the fever, nearly a third of them.',
  ];
  for (const text of sentences) {
    it(`a sentence read again elsewhere reads as a fresh reading there: ${text}`, () => {
      // (Kept where it was first read, then met 57 characters on: the kept reading is moved.)
      const read = (offset: number, keep: boolean) => readSentence(text, offset, [], new Discourse(), index.knowledge, true, keep);
      const first = read(0, true);
      // (Kept values are copies made once: read again where it stands, a sentence gives the same ones.)
      assert.ok(read(0, true).every((f, i) => f.value === first[i]!.value));
      const moved = read(57, true);
      const fresh = read(57, false);
      assert.ok(fresh.length > 0);
      assert.equal(JSON.stringify(moved), JSON.stringify(fresh));
      for (const [i, f] of moved.entries()) {
        assert.deepEqual(Object.keys(f.value), Object.keys(fresh[i]!.value));
        assert.deepEqual(Object.keys(f.value.hedge ?? {}), Object.keys(fresh[i]!.value.hedge ?? {}));
      }
    });
  }
});

describe('reading: the number a block’s line opens with', () => {
  const table: Array<[string, string, number | undefined]> = [
    ['a list item’s number', '3. How long did the siege last?', 3],
    ['…with a bracket', '12) 150 days.', 12],
    ['a number in bold', '**4.** The siege of Tull ended in 1855.', 4],
    ['no number', 'The siege of Tull ended in 1855.', undefined],
    ['a year opening a line is no item’s number', '1855. The siege ended.', undefined],
  ];
  for (const [what, line, expected] of table) {
    it(`${what}: ${line}`, () => {
      const text = `# Quiz\n\n${line}`;
      const start = text.indexOf(line) + (/^\d+[.)] /.exec(line)?.[0].length ?? 0);
      assert.equal(itemNumberOf(text, start), expected);
    });
  }
});
