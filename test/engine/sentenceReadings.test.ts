// A block read again frames only the sentences an edit changed (engine/sentenceReadings.ts): the
// others, entered in the same state of the discourse, are taken as they were read, moved to where
// they stand now. The result must always be what a fresh check finds.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { loadSources } from '../../server/src/corpus/sources.js';
import { buildCorpusIndex, checkDraft, DraftChecker, type CorpusIndex } from '../../server/src/engine/index.js';

const index = buildCorpusIndex([
  {
    key: 'brannock', title: 'The Brannock Chronicle', author: 'Oswin Brannock', uri: '/virtual/brannock.txt',
    text: 'The Brannock Chronicle\nThe siege of Karsk lasted 140 days. Around 12,000 died there. The Treaty of Orlen was signed on 3 May 1611.\n',
  },
]);

const PARAGRAPH = 'The siege of Karsk began in 1611. It lasted 140 days. Around 12,000 died there (Brannock). It ended the war. The Treaty of Orlen was signed on 3 May 1611.';
const DRAFT = `# The Siege of Karsk\n\n${PARAGRAPH}\n\nAfter the siege, Karsk was rebuilt.\n`;

/** A check of `text` after `edit` ([start, end, insert]) by a checker that checked `text` before. */
function edited(checker: DraftChecker, text: string, [start, end, insert]: [number, number, string]): string {
  const next = text.slice(0, start) + insert + text.slice(end);
  const analysis = checker.analyze(next, { changes: [{ start, end, newLength: insert.length }] });
  assert.deepEqual(analysis.report(), checkDraft(next, checker.index));
  return next;
}

describe('a block read again frames only the sentences an edit changed', function () {
  this.timeout(120000);

  it('frames one sentence of five for a digit changed in the last, and one for a word typed in the first', () => {
    const checker = new DraftChecker(index);
    checker.analyze(DRAFT);
    let text = edited(checker, DRAFT, [DRAFT.indexOf('3 May'), DRAFT.indexOf('3 May') + 1, '4']);
    assert.equal(checker.blocksRead, 1);
    assert.equal(checker.sentencesFramed, 1);
    // (Every sentence after the first moved: taken as read, where they stand now.)
    const at = text.indexOf(' began');
    text = edited(checker, text, [at, at, ' still']);
    assert.equal(checker.sentencesFramed, 1);
  });

  it('frames the sentences after a changed one again when it leaves the discourse otherwise', () => {
    const checker = new DraftChecker(index);
    checker.analyze(DRAFT);
    // (`It` in the sentences after refers to what the first names: Orlen's treaty, not the siege.)
    const at = DRAFT.indexOf('The siege of Karsk began');
    edited(checker, DRAFT, [at, at + 'The siege of Karsk'.length, 'The Treaty of Orlen']);
    assert.ok(checker.sentencesFramed > 1, `${checker.sentencesFramed} framed`);
  });

  it('frames one sentence for an edit, after a title edit, of a block that asks nothing of the title', () => {
    // (Each section names a siege of its own: the title's soon leaves the subjects `the siege` may
    // mean, and its blocks are kept across the title edit. Their sentences were read in states with
    // the old title, and are found by their words in states the same but for it.)
    const sections = Array.from({ length: 8 }, (_, i) => `## The Siege of Tull${'x'.repeat(i)}\n\nThe siege of Tull${'x'.repeat(i)} began in ${1600 + i}. It lasted ${100 + i} days (Brannock). Around ${1000 + i} died there. The town was rebuilt in ${1620 + i}.`);
    const draft = ['# The Siege of Karsk', '', 'It lasted 140 days.', '', ...sections, ''].join('\n');
    const checker = new DraftChecker(index);
    checker.analyze(draft);
    const name = draft.indexOf('Karsk') + 1;
    let text = edited(checker, draft, [name, name + 1, 'u']);
    let at = text.indexOf('rebuilt in 1627') + 'rebuilt in 162'.length;
    text = edited(checker, text, [at, at + 1, '9']);
    assert.equal(checker.blocksRead, 1);
    assert.equal(checker.sentencesFramed, 1);
    at = text.indexOf('rebuilt in 1623');
    text = edited(checker, text, [at, at, 'still ']);
    assert.equal(checker.sentencesFramed, 1);
    // (The title's name back: the blocks that take it read again, to the same as a fresh check.)
    edited(checker, text, [name, name + 1, 'a']);
  });

  it('equals a fresh check after every edit of a random sequence in sentences, the title included', () => {
    const edit = fc.record({
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      remove: fc.integer({ min: 0, max: 4 }),
      insert: fc.constantFrom('', ' still', '7', 'Karsk ', 'It ', 'the siege ', 'Orlen', '. It lasted 90 days', ' (Brannock)', '[^1]', ' 1612'),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
        const checker = new DraftChecker(index);
        let text = `${DRAFT}\n[^1]: Oswin Brannock, chronicle.\n`;
        checker.analyze(text);
        for (const e of edits) {
          const start = Math.floor(e.at * text.length);
          text = edited(checker, text, [start, Math.min(text.length, start + e.remove), e.insert]);
        }
      }),
      { numRuns: 80, seed: 5 },
    );
  });

  describe('in the held-out drafts', () => {
    const sets = ['ambry-vale', 'kelderby', 'harrowgate', 'brinscombe', 'ferrowmouth', 'isle-of-carrow'].map((name) => path.join('test', 'holdout', name));
    const indexes = new Map<string, CorpusIndex>();
    before(async () => {
      for (const set of sets) indexes.set(set, buildCorpusIndex(await loadSources([path.join(set, 'corpus')], { warn: () => undefined })));
    });

    it('equals a fresh check after digits changed, words typed and the title renamed, sentence by sentence', () => {
      let edits = 0;
      for (const set of sets) {
        for (const file of readdirSync(path.join(set, 'drafts')).filter((f) => f.endsWith('.md'))) {
          let text = readFileSync(path.join(set, 'drafts', file), 'utf8');
          const checker = new DraftChecker(indexes.get(set)!);
          checker.analyze(text);
          // A digit changed and a word typed at every third sentence's end, front to back; the title's first capital's next letter.
          const ends = [...text.matchAll(/[a-z]\. /g)].map((m) => m.index!).filter((_, i) => i % 3 === 1);
          for (const end of ends.reverse()) {
            text = edited(checker, text, [end, end, ' still']);
            const digit = /\d/.exec(text.slice(end - 200, end));
            if (digit) text = edited(checker, text, [end - 200 + digit.index, end - 200 + digit.index + 1, String((Number(digit[0]) + 3) % 10)]);
          }
          const title = /^# \S*?([A-Z])([a-z])/m.exec(text);
          if (title) text = edited(checker, text, [title.index + title[0].length - 1, title.index + title[0].length, 'q']);
          edits += 2 * ends.length + 1;
        }
      }
      assert.ok(edits > 100, `${edits} edits`);
    });
  });
});
