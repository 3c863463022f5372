// True essays in a student's words, checked against the bundled corpus: a revision sheet, a timeline,
// a book review, phases of the battle told under a title on it, an essay on Verdun; and six a helper
// wrote to find false findings, each of which had one (a persuasive essay, a revision sheet on Pavlov's
// House and the airlift, two timelines of invasions, Stalingrad beside Kursk, a Q&A). Every sentence in
// them is true, or of something the corpus does not state, so none may be called `contradicted`: that
// is the worst thing the checker can do. (Where the sources disagree with each other, saying so is
// right; where a cited source is silent, saying so is too.)
import assert from 'node:assert/strict';
import path from 'node:path';
import { checkEssays, essayFiles, resultFor, type CheckedEssay } from './essayFixtures.js';

describe('true essays, against the bundled corpus', function () {
  this.timeout(60000);
  const files = essayFiles('true-essays');
  let results: CheckedEssay[] = [];
  before(() => {
    results = checkEssays('true-essays');
  });

  it('checks every essay, and reads claims in each', () => {
    assert.equal(results.length, files.length);
    for (const r of results) assert.ok(r.diagnostics.length > 0, `${path.basename(r.file)} has no findings at all`);
  });
  for (const file of files) {
    it(`${file}: nothing contradicted`, () => {
      assert.deepEqual(resultFor(results, file).filter((d) => d.code === 'contradicted').map((d) => `${d.data?.claim?.text}: ${d.message}`), []);
    });
  }
});
