// Word-level tokens: their kinds, lower-cased forms and offsets.
import assert from 'node:assert/strict';
import { tokenize } from '../../server/src/engine/tokens.js';

const brief = (text: string, offset = 0) => tokenize(text, offset).map((t) => `${t.kind[0]}:${t.text}:${t.lower}@${t.start}-${t.end}`);

describe('tokens', () => {
  const cases: Array<[string, string, string[]]> = [
    ['numbers with separators, decimals and glued suffixes', '1,200.5 and 3bn, 40k, 7th', ['n:1,200.5:1,200.5@0-7', 'w:and:and@8-11', 'n:3bn:3bn@12-15', 'p:,:,@15-16', 'n:40k:40k@17-20', 'p:,:,@20-21', 'n:7th:7th@22-25']],
    ['dotted thousands, and digits run into letters as a word', '1.000.000 12abc', ['n:1.000.000:1.000.000@0-9', 'w:12abc:12abc@10-15']],
    ['curly apostrophes straightened in the lower-cased form only', 'Don’t ’Tis', ['w:Don’t:don\'t@0-5', 'p:’:\'@6-7', 'w:Tis:tis@7-10']],
    ['letters beyond ASCII, and a numeral that is no letter', 'İzmir Ⅻ 𝐀b', ['w:İzmir:i̇zmir@0-5', 'p:Ⅻ:ⅻ@6-7', 'w:𝐀b:𝐀b@8-11']],
    ['punctuation, one token a character', '(a)—b…', ['p:(:(@0-1', 'w:a:a@1-2', 'p:):)@2-3', 'p:—:—@3-4', 'w:b:b@4-5', 'p:…:…@5-6']],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => assert.deepEqual(brief(text), expected));
  }

  it('counts offsets from where the text stands, and reads a second text afresh', () => {
    assert.deepEqual(brief('12 men', 100), ['n:12:12@100-102', 'w:men:men@103-106']);
    // (The pattern is shared: a text read after another starts at its own beginning.)
    assert.deepEqual(brief('x'), ['w:x:x@0-1']);
  });
});
