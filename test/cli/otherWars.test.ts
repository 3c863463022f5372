// Essays about other wars (the Somme, Vicksburg, 1812, Korea, the Thirty Years' War, the Crimea,
// Mafeking, Paris in 1870, the Boxer siege, Ladysmith; and, written later by a helper who was asked to
// write true essays and find the checker's false findings, 1812 again, the Somme and Verdun, the Winter
// War and Leningrad, the American Civil War, the Battle of Britain, the Pacific), checked against the
// bundled corpus about the Soviet-German war: the corpus states none of their facts, so however
// many words they share with it (sieges, orders, prisoners, six months, a quarter), nothing in them
// can be contradicted by it or be
// a point its sources disagree on. They are not-in-sources. An essay that cites only its own works
// (the `-own-` files, as a real essay does) gets no citation-mismatch at all; the others also cite
// corpus sources for facts those do not state, which the contract's verdict table makes a
// citation-mismatch, and only there.
import assert from 'node:assert/strict';
import path from 'node:path';
import { checkEssays, checkFiles, essayFiles, madeUpWorldDrafts, resultFor, type CheckedEssay } from './essayFixtures.js';

describe('essays about other wars, against the bundled corpus', function () {
  this.timeout(60000);
  const files = essayFiles('other-wars');
  let results: CheckedEssay[] = [];
  before(() => {
    results = checkEssays('other-wars');
  });

  it('checks all sixteen essays and finds their values missing from the sources', () => {
    assert.equal(results.length, 16);
    for (const r of results) assert.ok(r.diagnostics.some((d) => d.code === 'not-in-sources'), `${path.basename(r.file)} has no not-in-sources`);
  });
  for (const file of files) {
    const ownWorksOnly = file.includes('-own-');
    it(`${file}: nothing contradicted, no sources disagreeing, ${ownWorksOnly ? 'no citation-mismatch at all' : 'no citation blamed unless it cites a corpus source'}`, () => {
      const found = resultFor(results, file);
      const wrong = found.filter((d) => d.code === 'contradicted' || d.code === 'sources-disagree'
        || (d.code === 'citation-mismatch' && (ownWorksOnly || (d.data?.citedSources ?? []).length === 0)));
      assert.deepEqual(wrong.map((d) => `${d.code} ${d.data?.claim?.text}: ${d.message}`), []);
    });
  }
});

// The held-out sets' made-up worlds (a rising in the glens, a winter march, a hard winter in a pass,
// sieges of a walled town …) are other wars and other times too: checked against the bundled corpus
// instead of their own, not one of their values may be contradicted, disputed or blamed on a citation.
describe('drafts about the held-out made-up worlds, against the bundled corpus', function () {
  this.timeout(120000);
  it('get no contradicted, no sources-disagree and no citation-mismatch', () => {
    const files = madeUpWorldDrafts();
    const results = checkFiles(files);
    assert.ok(files.length >= 80 && results.length === files.length, `${results.length} results for ${files.length} drafts`);
    const wrong = results.flatMap((r) => r.diagnostics.filter((d) => ['contradicted', 'sources-disagree', 'citation-mismatch'].includes(d.code))
      .map((d) => `${path.basename(r.file)} ${d.code} ${d.data?.claim?.text}: ${d.message}`));
    assert.deepEqual(wrong, []);
  });
});
