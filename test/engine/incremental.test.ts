// Incremental checking equals a full check: over random edit sequences, a DraftChecker kept across
// edits reports exactly what a fresh check of the same text reports.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { buildCorpusIndex, checkDraft, DraftChecker } from '../../server/src/engine/index.js';
import { markdownToProse, ProseParser, splitChunks, type TextChange } from '../../server/src/engine/prose.js';
import { sameTitleAnswers } from '../../server/src/engine/titles.js';

const index = buildCorpusIndex([
  {
    key: 'brannock', title: 'The Brannock Chronicle', author: 'Oswin Brannock', uri: '/virtual/brannock.txt',
    text: 'The Brannock Chronicle\nThe siege of Karsk lasted 140 days. Around 12,000 died there. The Treaty of Orlen was signed on 3 May 1611.\n',
  },
  {
    key: 'halloway', title: 'Letters from the Vell Valley', author: 'Mira Halloway', uri: '/virtual/halloway.md',
    text: '# Letters from the Vell Valley\n\nThe four month siege of Karsk ruined the valley.\n',
  },
]);

const START = [
  '# The Siege of Karsk',
  '',
  'Karsk was besieged in 1611. It held out for 200 days (Brannock).',
  '',
  'Around 12,000 people died there.[^1] The Treaty of Orlen was signed on 4 May 1611 [@halloway].',
  '',
  '- The siege lasted four months.',
  '- Then 3,000 were taken prisoner.[2]',
  '',
  '## References',
  '',
  '1. Halloway, Letters.',
  '2. Brannock, The Brannock Chronicle.',
  '',
  '[^1]: Oswin Brannock, *The Brannock Chronicle*.',
  '',
].join('\n');

const fragment = fc.constantFrom(
  '\n', '\n\n', ' ', 'It ', 'Karsk ', 'the siege ', 'lasted 140 days', ' 90 days', '.', '. ', '[^1]', '[^2]',
  '\n\n[^2]: Mira Halloway, letters.\n', '# Heading\n\n', '## Works Cited\n\n', '- ', '1. ', '> ', '```\n', '<!-- corroborate-disable -->',
  '<!-- corroborate-enable -->', '(Brannock)', '[@brannock]', ' Brannock says ', 'Orlen', '3 May 1611', 'about 12,000 died', '\r\n',
);

const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.integer({ min: 0, max: 12 }),
  insert: fc.array(fragment, { maxLength: 3 }).map((parts) => parts.join('')),
});

function apply(text: string, e: { at: number; remove: number; insert: string }): string {
  const at = Math.floor(e.at * text.length);
  return text.slice(0, at) + e.insert + text.slice(at + e.remove);
}

// A longer draft for edits told by their ranges: a title the corpus names, sections, footnotes.
const LONG = [
  '# The Siege of Karsk',
  '',
  'It lasted 140 days. Around 12,000 died there.[^1]',
  '',
  'The siege lasted 200 days (Brannock). The Treaty of Orlen was signed on 3 May 1611.',
  '',
  '## The Treaty of Orlen',
  '',
  'It was signed on 4 May 1611 [@halloway]. Then 3,000 were taken prisoner.[^2]',
  '',
  '- The siege lasted four months.',
  '- Around 12,000 died.',
  '',
  'Karsk fell after 90 days.[^1] It lasted 140 days.',
  '',
  '[^1]: Oswin Brannock, *The Brannock Chronicle*.',
  '[^2]: Mira Halloway, letters.',
  '',
].join('\n');

/** An edit of the draft: where (a share of its length, or its title's name), how much it removes, what it inserts. */
const rangedEdit = fc.record({
  where: fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constant('title' as const)),
  remove: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 60 })),
  insert: fc.oneof(
    fc.array(fragment, { maxLength: 3 }).map((parts) => parts.join('')),
    fc.constantFrom('\n\n[^3]: Oswin Brannock, chronicle.\n', '[^3]', 'Orlen', 'x', 'Karsk', '\n\n## The Siege of Karsk\n\n', ''),
  ),
  /** Told as two changes: the removal, then the insertion. */
  split: fc.boolean(),
});

function applyRanged(text: string, e: { where: number | 'title'; remove: number; insert: string; split: boolean }): { after: string; changes: TextChange[] } {
  const title = /^# .* of (\w)/.exec(text);
  const at = e.where === 'title' ? (title ? title[0].length : 0) : Math.floor(e.where * text.length);
  const end = Math.min(text.length, at + (e.where === 'title' ? Math.min(e.remove, 2) : e.remove));
  const after = text.slice(0, at) + e.insert + text.slice(end);
  const changes = e.split ? [{ start: at, end, newLength: 0 }, { start: at, end: at, newLength: e.insert.length }] : [{ start: at, end, newLength: e.insert.length }];
  return { after, changes };
}

describe('incremental checking', function () {
  this.timeout(120000);

  it('equals a full check of the same text after every edit of a random sequence', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 25 }), (edits) => {
        const checker = new DraftChecker(index);
        let text = START;
        assert.deepEqual(checker.check(text), checkDraft(text, index));
        for (const e of edits) {
          text = apply(text, e);
          assert.deepEqual(checker.check(text), checkDraft(text, index), `after editing to ${JSON.stringify(text)}`);
        }
      }),
      { numRuns: 150, seed: 42 },
    );
  });

  it('equals a full check after every edit when told what each edit changed, as an editor tells the server', () => {
    fc.assert(
      fc.property(fc.array(rangedEdit, { minLength: 1, maxLength: 30 }), (edits) => {
        const checker = new DraftChecker(index);
        let text = LONG;
        checker.check(text);
        for (const e of edits) {
          const { after, changes } = applyRanged(text, e);
          text = after;
          assert.deepEqual(checker.check(text, { changes }), checkDraft(text, index), `after ${JSON.stringify(e)}, editing to ${JSON.stringify(text)}`);
        }
      }),
      { numRuns: 120, seed: 7 },
    );
  });

  it('equals a full check after an edit inside inline code, which the prose text blanks but a claim quotes', () => {
    // (A block was kept by its prose text, and its claims kept quoting the code as it was.)
    let text = '# The Siege of Karsk\n\nThe jury of `15` took ninety minutes to reach it. It lasted 140 days.\n';
    const checker = new DraftChecker(index);
    checker.check(text);
    for (const digit of ['4', '7']) {
      const at = text.indexOf('`') + 1;
      text = text.slice(0, at) + digit + text.slice(at + 1);
      const report = checker.check(text, { changes: [{ start: at, end: at + 1, newLength: 1 }] });
      assert.ok(report.claims.some((c) => c.about.includes(`\`${digit}5\``)), JSON.stringify(report.claims.map((c) => c.about)));
      assert.deepEqual(report, checkDraft(text, index));
    }
  });
});

/** The text with `name` written over as many characters at `at`, checked after the edit: the same as a fresh check. */
function renamedAt(checker: DraftChecker, text: string, at: number, name: string): string {
  const renamed = `${text.slice(0, at)}${name}${text.slice(at + name.length)}`;
  assert.deepEqual(checker.check(renamed, { changes: [{ start: at, end: at + name.length, newLength: name.length }] }), checkDraft(renamed, index));
  return renamed;
}

describe('incremental checking: what a keystroke reads again', function () {
  this.timeout(120000);

  it('re-reads, after an edit of the title, only the blocks that take its subject or may yet refer to it', () => {
    // (Each section names a siege of its own: the title's soon leaves the subjects `the siege` may mean.)
    const sections = Array.from({ length: 30 }, (_, i) => `## The Treaty of Orlen\n\nIt was signed on ${i + 1} May 1611 (Brannock). The siege of Tull${'x'.repeat(i)} lasted ${100 + i} days.`);
    const text = ['# The Siege of Karsk', '', 'It lasted 140 days.', '', ...sections].join('\n\n');
    const checker = new DraftChecker(index);
    checker.check(text);
    const at = text.indexOf('Karsk');
    const renamed = renamedAt(checker, text, at, 'Kxrsk');
    assert.ok(checker.blocksRead <= 8, `read ${checker.blocksRead} blocks`);
    renamedAt(checker, renamed, at, 'Karsk');
    assert.ok(checker.blocksRead <= 8, `read ${checker.blocksRead} blocks back`);
  });

  it('re-reads, after an edit of an event’s name early in a draft, only the few blocks whose states still hold it', () => {
    // (The discourse keeps the events named lately, and a few of those named by a name, for `the
    // siege` and whether `the light` may be either of two: kept for ever, one siege named once would
    // make every block after it read again when its name is edited.)
    const treaties = Array.from({ length: 30 }, (_, i) => `The Treaty of Orl${'x'.repeat(i)} was signed on ${i + 1} May 1612.`);
    const text = ['# The Valley', '', 'The siege of Karsk lasted 140 days.', '', ...treaties.flatMap((t) => [t, ''])].join('\n');
    const checker = new DraftChecker(index);
    checker.check(text);
    renamedAt(checker, text, text.indexOf('Karsk'), 'Kxrsk');
    assert.ok(checker.blocksRead <= 8, `read ${checker.blocksRead} blocks`);
  });

  it('re-reads, after an edit of the title, a block that refers back only to what it or its section named', () => {
    // (Six sieges named in a section: the title's has left the subjects `the siege` may mean after it.
    // A block under a heading that names nothing asks the title for its subject only where nothing
    // nearer gives one; `the siege` of a siege its own sentence named asks nothing of it. A bare `the
    // siege` a paragraph after the text named several asks the headings above which siege they name,
    // and under `## Aftermath` the title answers.)
    const sieges = ['Tull', 'Orm', 'Vell', 'Ash', 'Bly', 'Hask'].map((name, i) => `The siege of ${name} lasted ${100 + i} days.`).join(' ');
    const table: Array<[string, string, string, string, number]> = [
      // [the title, the part of it edited, what that becomes, the last section's block, blocks read]
      ['The Siege of Karsk', 'Karsk', 'Kxrsk', 'The siege of Dun lasted 90 days. The siege ended in May 1611.', 2],
      ['The Siege of Karsk', 'Karsk', 'Kxrsk', 'Around 12,000 died.', 3],
      ['The Siege of Karsk', 'Karsk', 'Kxrsk', 'The garrison of Dun held out for 90 days. It was relieved in May 1611.', 3],
      ['The Siege', 'Siege', 'Blockade', 'The siege lasted 90 days.', 2],
      ['The Siege', 'Siege', 'Blockade', 'The siege of Dun lasted 90 days. The siege ended in May 1611.', 1],
      ['The Siege of 1611', '1611', '1612', 'The siege of Dun lasted 90 days. The siege ended in May.', 3],
    ];
    for (const [title, part, becomes, last, read] of table) {
      const text = `# ${title}\n\nIt lasted 140 days.\n\n## The Treaty of Orlen\n\n${sieges}\n\n## Aftermath\n\n${last}\n`;
      const checker = new DraftChecker(index);
      checker.check(text);
      const at = text.indexOf(part);
      const renamed = `${text.slice(0, at)}${becomes}${text.slice(at + part.length)}`;
      assert.deepEqual(checker.check(renamed, { changes: [{ start: at, end: at + part.length, newLength: becomes.length }] }), checkDraft(renamed, index), `${title} → ${becomes}: ${last}`);
      assert.equal(checker.blocksRead, read, `${title} → ${becomes}: ${last}`);
    }
  });

  it('keeps, across title edits, the blocks that only pass over the title’s event among those named lately', () => {
    // (The title's mutiny stays among the events named lately for two blocks after it, which name
    // their own subjects and ask nothing of it: only the last block, whose `It` takes the title's
    // subject under a heading that names none, is read again for a name of the same standing. A name
    // the corpus knows, or one that a block's own words or look-ups meet, reads more.)
    const text = [
      '# The Mutiny of Dunmore', '', 'The Treaty of Orlen was signed on 3 May 1611 (Brannock). Tull was taken in 1611.', '',
      '## The Siege of Tull', '', 'The siege of Tull lasted 90 days. Around 12,000 died at Tull.', '',
      '## Aftermath', '', 'It lasted 140 days. The Mutiny of Duxmore began in 1612.', '',
    ].join('\n');
    const table: Array<[string, number]> = [
      // [the title's name, blocks read]
      ['Dynmore', 1],
      ['Dyxmore', 1],
      ['Duxmore', 1],
      ['Tull', 2],
      ['Karsk', 1],
      ['Kxrsk', 1],
      ['Dunmore', 1],
      ['Dumnore', 1],
    ];
    const checker = new DraftChecker(index);
    checker.check(text);
    const at = text.indexOf('Dunmore');
    let name = 'Dunmore';
    for (const [next, read] of table) {
      const renamed = `${text.slice(0, at)}${next}${text.slice(at + 7)}`;
      assert.deepEqual(checker.check(renamed, { changes: [{ start: at, end: at + name.length, newLength: next.length }] }), checkDraft(renamed, index), next);
      assert.equal(checker.blocksRead, read, next);
      // (A word typed in the first block then: found where the rename left it.)
      const typed = renamed.replace('Tull was', 'Tull still was');
      assert.deepEqual(checker.check(typed), checkDraft(typed, index), `${next}, a word typed`);
      checker.check(renamed);
      name = next;
    }
  });

  it('keeps a block across a title edit only if the new title’s references have none of the texts it remembered and names it looked up', () => {
    const entered = (name: string) => new DraftChecker(index).analyze(`# The Mutiny of ${name}\n\nIt rained.\n`).checked[1]!.entered;
    const [then, now] = [entered('Dunmore'), entered('Tull')];
    assert.equal(sameTitleAnswers({ subject: false, year: false }, then, now), true);
    assert.equal(sameTitleAnswers({ subject: false, year: false, texts: ['Mutiny of Tull'] }, then, now), false);
    assert.equal(sameTitleAnswers({ subject: false, year: false, keys: ['tull'] }, then, now), false);
    assert.equal(sameTitleAnswers({ subject: false, year: false, texts: ['Siege of Tull'], keys: ['orlen'] }, then, now), true);
  });

  it('keeps blocks across title edits of a held-out draft only where a fresh check reads them alike', () => {
    // (`Two Saltmeres, Two Collapses`: the title's two works stay among the events named lately, and
    // its paragraphs refer back to them. A block kept must say what a fresh check says.)
    const dir = path.join('test', 'holdout', 'saltmere');
    const corpus = path.join(dir, 'corpus');
    const sources = readdirSync(corpus).filter((f) => /\.(md|txt)$/.test(f)).map((f) => ({ key: f.replace(/\.\w+$/, ''), title: f, uri: `/saltmere/${f}`, text: readFileSync(path.join(corpus, f), 'utf8') }));
    const saltmere = buildCorpusIndex(sources);
    let text = readFileSync(path.join(dir, 'drafts', '01-mla-two-saltmeres.md'), 'utf8');
    const checker = new DraftChecker(saltmere);
    checker.check(text);
    let kept = 0;
    for (const [word, letters] of [['Two', 'xzx'], ['Collapses', 'xqo']] as const) {
      const at = text.indexOf(`# Two Saltmeres`) + `# Two Saltmeres, Two Collapses`.lastIndexOf(word) + 1;
      for (const letter of letters) {
        text = `${text.slice(0, at)}${letter}${text.slice(at + 1)}`;
        assert.deepEqual(checker.check(text, { changes: [{ start: at, end: at + 1, newLength: 1 }] }), checkDraft(text, saltmere), `${word}: ${letter}`);
        kept += checker.analyze(text).checked.length - checker.blocksRead;
        const typed = text.replace('The lockout hit', 'The lockout still hit');
        assert.deepEqual(checker.check(typed), checkDraft(typed, saltmere), `${word}: ${letter}, a word typed`);
        checker.check(text);
      }
    }
    assert.ok(kept > 0);
  });

  it('keeps the blocks of sections a level below the title skips, across title edits one after another', () => {
    // (`###` under `#`: the level between is a hole in the headings above. Blocks after a title edit are
    // kept when their states are the same but for the title, and each carries the newest name; the
    // first section's heading, which names a siege while the title's is among the last few events named
    // by a name, is read again: whether the two names conflict decides which two `the siege` may be.)
    const sections = ['Tull', 'Orm', 'Vell', 'Ash'].map((name, i) => `### The Siege of ${name}\n\nThe siege of ${name} lasted ${100 + i} days. It ended in May 1611.`);
    const text = ['# The Siege of Karsk', '', 'It lasted 140 days.', '', ...sections, '', '## The Treaty of Orlen', '', 'It was signed on 3 May 1611 (Brannock).'].join('\n\n');
    const checker = new DraftChecker(index);
    checker.check(text);
    const at = text.indexOf('Karsk');
    for (const name of ['Kxrsk', 'Kyrsk', 'Karsk', 'Kzrsk', 'Kyrsk']) {
      const renamed = `${text.slice(0, at)}${name}${text.slice(at + 5)}`;
      assert.deepEqual(checker.check(renamed, { changes: [{ start: at, end: at + 5, newLength: 5 }] }), checkDraft(renamed, index), name);
      assert.ok(checker.blocksRead <= 5, `${name}: read ${checker.blocksRead} blocks`);
    }
  });

  it('compares again, when the title’s name becomes another the corpus does not know, only the claims that take its subject', () => {
    // (The title's siege stays among the events named lately, which comparing reads only for whether
    // one is unknown to the corpus: the treaty's date and the counts below are not compared again.)
    const text = '# The Siege of Karsk\n\nIt lasted 140 days.\n\n## The Treaty of Orlen\n\nThe Treaty of Orlen was signed on 3 May 1611. Around 12,000 died in the siege of Tull.\n\n- Battle: the Battle of Vell\n- About 3,000 were taken prisoner.\n';
    const table: Array<[string, number]> = [
      // [the title's name, claims compared again]: a name the corpus knows, then names it does not.
      ['Kxrsk', 3],
      ['Kyrsk', 1],
      ['Kzrsk', 1],
      ['Karsk', 0],
      ['Kqrsk', 1],
    ];
    const checker = new DraftChecker(index);
    checker.check(text);
    const at = text.indexOf('Karsk');
    for (const [name, compared] of table) {
      const renamed = `${text.slice(0, at)}${name}${text.slice(at + 5)}`;
      const was = checker.claimsCompared;
      assert.deepEqual(checker.check(renamed, { changes: [{ start: at, end: at + 5, newLength: 5 }] }), checkDraft(renamed, index), name);
      assert.equal(checker.claimsCompared - was, compared, name);
    }
  });

  it('re-reads one item of a list for a keystroke in it after the title’s name was edited', () => {
    // (A list is one chunk: an edit in one item splits them all again. Items that name sieges of their
    // own, once the title's has left the subjects `the siege` may mean, keep their results across the
    // title edit, and must be found again by the next.)
    const items = Array.from({ length: 10 }, (_, i) => `- The siege of Tull${'x'.repeat(i)} lasted ${100 + i} days (Brannock).`);
    const text = ['# The Siege of Karsk', '', 'It lasted 140 days.', '', '## The Treaty of Orlen', '', ...items, ''].join('\n');
    for (const [name, typed] of [['Kxrsk', 'still '], ['Kxrsk', '9'], ['Karsk', 'still ']]) {
      const checker = new DraftChecker(index);
      checker.check(text);
      const at = text.indexOf('Karsk');
      const renamed = `${text.slice(0, at)}${name}${text.slice(at + 5)}`;
      checker.check(renamed, { changes: [{ start: at, end: at + 5, newLength: 5 }] });
      const where = renamed.indexOf('lasted 108');
      const edited = `${renamed.slice(0, where)}${typed}${renamed.slice(where)}`;
      assert.deepEqual(checker.check(edited, { changes: [{ start: where, end: where, newLength: typed.length }] }), checkDraft(edited, index));
      assert.equal(checker.blocksRead, 1, `${name}, then ${JSON.stringify(typed)} typed`);
    }
  });

  it('re-reads one block for a keystroke in a long draft, told or not where it was', () => {
    const paragraphs = Array.from({ length: 300 }, (_, i) => `Paragraph ${i}: the siege of Karsk lasted ${100 + i} days.[^${i % 3 + 1}]`);
    const text = `${paragraphs.join('\n\n')}\n\n[^1]: Oswin Brannock, chronicle.\n[^2]: Mira Halloway, letters.\n[^3]: Brannock.\n`;
    const checker = new DraftChecker(index);
    checker.check(text);
    // (Another word each time: a text checked a few checks before is found again, and read not at all.)
    for (const [told, typed] of [[true, 'still '], [false, 'then ']] as const) {
      const at = text.indexOf('lasted 250');
      const edited = `${text.slice(0, at)}${typed}${text.slice(at)}`;
      assert.deepEqual(checker.check(edited, told ? { changes: [{ start: at, end: at, newLength: typed.length }] } : {}), checkDraft(edited, index));
      assert.equal(checker.blocksRead, 1);
      checker.check(text);
    }
  });

  it('re-reads one block for a keystroke even after the discourse has named its states afresh', () => {
    const paragraphs = Array.from({ length: 100 }, (_, i) => `In ${1500 + i} the siege of Karsk lasted ${100 + i} days.`);
    const text = paragraphs.join('\n\n');
    const checker = new DraftChecker(index);
    checker.check(text);
    // Another draft with thousands of states of its own: the ids of states are named again from here.
    checkDraft(Array.from({ length: 2500 }, (_, i) => `In ${1000 + i} it rained.`).join('\n\n'), index);
    const at = text.indexOf('lasted 150');
    const edited = `${text.slice(0, at)}still ${text.slice(at)}`;
    assert.deepEqual(checker.check(edited, { changes: [{ start: at, end: at, newLength: 6 }] }), checkDraft(edited, index));
    assert.equal(checker.blocksRead, 1);
  });

  it('compares no claim again for a word typed in its sentence that changes no reading of it', () => {
    const text = 'The siege of Karsk lasted 140 days, and around 12,000 died there (Brannock).\n\nThe Treaty of Orlen was signed on 3 May 1611.\n';
    const checker = new DraftChecker(index);
    checker.check(text);
    const table: Array<[string, string, number]> = [
      // [what is typed, before what, claims compared again]
      ['still ', 'lasted 140', 0],
      ['then ', 'around 12,000', 0],
      [' indeed', ' (Brannock)', 0],
      ['1', '40 days', 1],
      ['Oswin ', 'Brannock)', 0],
    ];
    for (const [typed, before, compared] of table) {
      const at = text.indexOf(before);
      const edited = `${text.slice(0, at)}${typed}${text.slice(at)}`;
      const was = checker.claimsCompared;
      assert.deepEqual(checker.check(edited, { changes: [{ start: at, end: at, newLength: typed.length }] }), checkDraft(edited, index), typed);
      assert.equal(checker.claimsCompared - was, compared, `${JSON.stringify(typed)} before ${JSON.stringify(before)}`);
      checker.check(text);
    }
  });

  it('reads no block again for an edit undone within the last few checks, and reads again after more', () => {
    const text = '# The Siege of Karsk\n\nIt lasted 140 days (Brannock).\n\nAround 12,000 died.\n\nThe Treaty of Orlen was signed on 3 May 1611.\n';
    const at = text.indexOf('Karsk');
    const table: Array<[string, number, number]> = [
      // [what the title's name is changed to, checks of other edits between, blocks read changing it back]
      ['Kxrsk', 0, 0],
      ['Kxrsk', 2, 0],
      ['Kxrsk', 3, 3],
    ];
    for (const [name, between, readBack] of table) {
      const checker = new DraftChecker(index);
      checker.check(text);
      const renamed = `${text.slice(0, at)}${name}${text.slice(at + 5)}`;
      checker.check(renamed, { changes: [{ start: at, end: at + 5, newLength: 5 }] });
      assert.equal(checker.blocksRead, 3, 'the blocks that take the title’s subject');
      // (Edits of the last block, each to another value, and the last undone: four checks kept, the rename's among them or not.)
      for (let i = 0; i < between; i++) checker.check(renamed.replace('3 May', `${4 + i} May`));
      checker.check(renamed);
      assert.deepEqual(checker.check(text, { changes: [{ start: at, end: at + 5, newLength: 5 }] }), checkDraft(text, index));
      assert.equal(checker.blocksRead, readBack, `${between} checks between`);
    }
  });

  it('reads no block again for a title edit undone after the discourse has named its states afresh', () => {
    const text = '# The Siege of Karsk\n\nIt lasted 140 days (Brannock).\n\nAround 12,000 died.\n\nThe Treaty of Orlen was signed on 3 May 1611.\n';
    const at = text.indexOf('Karsk');
    const checker = new DraftChecker(index);
    checker.check(text);
    const renamed = `${text.slice(0, at)}Kxrsk${text.slice(at + 5)}`;
    checker.check(renamed, { changes: [{ start: at, end: at + 5, newLength: 5 }] });
    assert.equal(checker.blocksRead, 3);
    // Another open draft of thousands of sentences, each in a state of its own: the ids of states are
    // named again from here, but a block kept by the state it was entered in is found by that state.
    new DraftChecker(index).check(Array.from({ length: 2500 }, (_, i) => `In ${1000 + i} it rained.`).join('\n\n'));
    assert.deepEqual(checker.check(text, { changes: [{ start: at, end: at + 5, newLength: 5 }] }), checkDraft(text, index));
    assert.equal(checker.blocksRead, 0);
  });

  it('compares nothing again when a title’s name is changed and, edits later, changed back', () => {
    const text = '# The Siege of Karsk\n\nIt lasted 140 days (Brannock).\n\nAround 12,000 died.\n\nThe Treaty of Orlen was signed on 3 May 1611.\n';
    const checker = new DraftChecker(index);
    checker.check(text);
    const renamed = text.replace('Karsk', 'Kursk');
    checker.check(renamed);
    // Edits elsewhere, more than the last few checks whose comparisons are all kept.
    for (let i = 0; i < 6; i++) checker.check(renamed.replace('3 May', `${4 + i} May`));
    const was = checker.claimsCompared;
    assert.deepEqual(checker.check(text), checkDraft(text, index));
    assert.equal(checker.claimsCompared - was, 0);
  });

  it('compares only the changed claim of a block edited long after its first check, in a draft of more claims than the checker keeps', () => {
    // 700 claims: more than the checker keeps of comparisons no recent check used.
    const paragraphs = Array.from({ length: 700 }, (_, i) => `Paragraph ${i}: the siege of Karsk lasted ${100 + i} days (Brannock).`);
    paragraphs[0] = 'The siege of Karsk lasted 140 days, around 12,000 died there, and the Treaty of Orlen was signed on 3 May 1611 (Brannock).';
    let text = paragraphs.join('\n\n');
    const checker = new DraftChecker(index);
    checker.check(text);
    // Edits at the end, more than the last few checks whose comparisons are all kept.
    for (let i = 0; i < 6; i++) {
      const at = text.lastIndexOf('lasted 799');
      const edited = `${text.slice(0, at)}still ${text.slice(at)}`;
      checker.check(edited, { changes: [{ start: at, end: at, newLength: 6 }] });
      checker.check(text, { changes: [{ start: at, end: at + 6, newLength: 0 }] });
    }
    const table: Array<[string, string, number]> = [
      // [what is typed, before what, claims compared again]
      ['still ', 'lasted 140', 0],
      ['1', '2,000 died', 1],
    ];
    for (const [typed, before, compared] of table) {
      const at = text.indexOf(before);
      const edited = `${text.slice(0, at)}${typed}${text.slice(at)}`;
      const was = checker.claimsCompared;
      assert.deepEqual(checker.check(edited, { changes: [{ start: at, end: at, newLength: typed.length }] }), checkDraft(edited, index), typed);
      assert.equal(checker.blocksRead, 1);
      assert.equal(checker.claimsCompared - was, compared, `${JSON.stringify(typed)} before ${JSON.stringify(before)}`);
      text = edited;
    }
  });

  it('parses as a fresh parse does after edits that leave the text its length: a paragraph split or joined renumbers those after it, moving none', () => {
    const paragraphs = Array.from({ length: 12 }, (_, i) => `Paragraph ${i}: the siege lasted ${100 + i} days.[^${i % 3}]  A second sentence.`);
    let text = [...paragraphs, '[^0]: Brannock.', '[^1]: Halloway.', '[^2]: <!-- a comment --> Brannock again.'].join('\n\n');
    const parser = new ProseParser();
    parser.parse(text);
    // (Two spaces made a blank line, and back; then a line break: the length stays, the paragraphs do not.)
    for (const [from, to] of [['.[^1]  A', '.[^1]\n\nA'], ['.[^1]\n\nA', '.[^1]  A'], ['.[^2]  A', '.[^2] \nA'], ['.[^0]  A', '.[^0]\n\nA']] as const) {
      assert.equal(from.length, to.length);
      const at = text.indexOf(from);
      const edited = text.slice(0, at) + to + text.slice(at + from.length);
      const change = { start: at, end: at + from.length, newLength: to.length };
      const incremental = parser.parse(edited, [change]);
      const fresh = markdownToProse(edited);
      assert.deepEqual(incremental.blocks, fresh.blocks, `${from} → ${to}`);
      assert.deepEqual([...incremental.footnotes], [...fresh.footnotes], `${from} → ${to}`);
      assert.deepEqual(incremental.comments, fresh.comments, `${from} → ${to}`);
      assert.equal(incremental.blocks.length, fresh.blocks.length);
      text = edited;
    }
  });

  it('re-reads only the chunk an edit touched', () => {
    const paragraphs = Array.from({ length: 200 }, (_, i) => `Paragraph ${i}: the siege of Karsk lasted ${100 + i} days (Brannock).`);
    const text = paragraphs.join('\n\n');
    const checker = new DraftChecker(index);
    checker.check(text);
    // The fastest of five of each, side by side: one sample on a busy machine may catch a GC pause.
    let incremental = Infinity;
    let full = Infinity;
    for (let i = 0; i < 5; i++) {
      const edited = text.replace('lasted 150 days', `lasted ${151 + i} days`);
      const started = performance.now();
      const report = checker.check(edited);
      incremental = Math.min(incremental, performance.now() - started);
      const fullStarted = performance.now();
      const fresh = checkDraft(edited, index);
      full = Math.min(full, performance.now() - fullStarted);
      assert.deepEqual(report, fresh);
    }
    assert.ok(incremental * 4 < full, `incremental ${incremental.toFixed(1)} ms vs full ${full.toFixed(1)} ms`);
  });

  it('splits chunks at blank lines, but not inside fences, comments or indented continuations', () => {
    const text = 'A.\n\n```\nx\n\ny\n```\n\n1. item\n\n   more\n\n<!--\n\n-->\n\nB.';
    assert.deepEqual(splitChunks(text).map((c) => text.slice(c.start, c.end)), ['A.', '```\nx\n\ny\n```', '1. item\n\n   more', '<!--\n\n-->', 'B.']);
  });
});
