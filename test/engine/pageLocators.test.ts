// The page a citation's own text cites: the number ending a parenthetical, unless a word before it
// says it numbers something else (a chapter, a volume, a paragraph).
import assert from 'node:assert/strict';
import { trailingPages } from '../../server/src/engine/pageLocators.js';

describe('pageLocators: the page a parenthetical cites', () => {
  const cases: Array<[string, string, string | undefined]> = [
    ['a page after the author', 'Vane 231', '231'],
    ['a page after a comma', 'Vane, 231', '231'],
    ['no page after `ch.`', 'Vane, ch. 4', undefined],
    ['no page after `para.`', 'Vane, para. 3', undefined],
    ['no page after `par.`', 'Vane, par. 3', undefined],
  ];
  for (const [name, text, page] of cases) it(name, () => assert.equal(trailingPages('parenthetical', text)?.text, page));
});
