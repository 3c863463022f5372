// The corpus index: parts of a source page, titles and authors of a user's own sources.
import assert from 'node:assert/strict';
import { authorFromText, titleFromText } from '../../server/src/corpus/sources.js';
import { buildCorpusIndex } from '../../server/src/engine/index.js';
import { groupTable, viewInterval, type Moment, type StatementView } from '../../server/src/engine/corpusIndex.js';
import type { QuantityInterval } from '../../server/src/engine/types.js';
import { stem } from '../../server/src/engine/terms.js';

describe('corpus index: what of a source page is indexed', () => {
  const page = [
    'A Made-up Blog Post',
    '',
    'The fort at Dunmere held for 41 days before it fell.',
    '',
    'dunmere_fort_by_someone-d9yoc7d 2',
    '',
    'Dunmere 3.jpg',
    '',
    '4 thoughts on “A Made-up Blog Post”',
    '',
    '  1. Great post! My teacher said the fort held for 60 days.',
    '',
    'Leave a Reply',
    '',
    'You are commenting using your account. Log Out /  Change )',
    'The 99 days of chrome should never be read.',
  ].join('\n');
  const index = buildCorpusIndex([{ key: 'blog', title: 'A Made-up Blog Post', uri: '/virtual/blog.txt', text: page }]);

  it('indexes the author’s text as body and reader comments as comments', () => {
    assert.deepEqual(index.statements.map((s) => [s.value.text, s.sentence.part]), [['41 days', 'body'], ['60 days', 'comment']]);
  });
  it('never indexes page chrome: image names, comment forms, what follows "Leave a Reply"', () => {
    const sentences = index.sources[0]!.sentences.map((s) => s.text).join(' | ');
    assert.doesNotMatch(sentences, /jpg|d9yoc7d|Log Out|99 days|thoughts on/);
  });
  it('learns names from what the corpus capitalises mid-sentence', () => {
    assert.ok(index.knowledge.isName(stem('Dunmere')));
    assert.ok(!index.knowledge.isName(stem('fort')));
  });
  it('learns the events a heading names with the names its source writes as names', () => {
    const text = '# The Colony\n\n## The Larkspur mutiny\n\nThe supply ship *Larkspur* sailed on 3 May 1767.\n';
    const learned = buildCorpusIndex([{ key: 'wiki', title: 'The Colony', uri: '/virtual/colony.md', text }]);
    assert.ok(learned.knowledge.isEventKey('larkspur'), 'the mutiny is named Larkspur');
    assert.equal(learned.knowledge.typeOf('larkspur'), 'uprising');
    assert.ok(!learned.knowledge.isEventKey('colony'), 'a word the text never writes as a name is none in a heading');
  });
  it('learns no event from a headline in capitals: its words name as a heading’s would', () => {
    const text = '# Wexley\n\nThe fire at Hollin Mill killed 31 people, and the mill stood idle.\n\n**THE MILL STRIKE ENDED.**\n\nThe strike came to an end yesterday after sixty-eight days.\n';
    const learned = buildCorpusIndex([{ key: 'courier', title: 'Wexley', uri: '/virtual/courier.md', text }]);
    assert.ok(!learned.knowledge.isEventKey('mill'), 'no `Mill` strike: the text writes `the mill` in lower case');
    assert.ok(!learned.knowledge.isName(stem('ENDED')), 'a headline’s capitals teach no name');
    const length = learned.statements.find((s) => s.value.text === 'sixty-eight days');
    assert.equal(length?.frame.subject?.refs[0]?.key, undefined, 'the strike is unnamed, as the story tells it');
  });
  it('reads no year and no subject from a line that says when its page was posted', () => {
    const text = '# Counting the Dead\n\n*Posted on 14 March 2021 by Tobias Fenn · Filed under: plague, quarantine*\n\nEleven men were hanged.\n';
    const read = buildCorpusIndex([{ key: 'blog', title: 'Counting the Dead', uri: '/virtual/blog.md', text }]);
    const eleven = read.statements.find((s) => s.value.text === 'Eleven');
    assert.ok(eleven, 'the count is a statement');
    assert.equal(eleven.frame.subject, undefined, 'what the post is filed under is not what it tells of');
  });
  it('learns no name across a table row’s cells', () => {
    const text = '# Karsk\n\nThe siege of Karsk lasted 40 days.\n\n| Casualties, siege of Karsk | Number |\n|---|---|\n| Killed | 118 |\n';
    const learned = buildCorpusIndex([{ key: 'wiki', title: 'Karsk', uri: '/virtual/karsk.md', text }]);
    assert.ok(learned.knowledge.isEventKey('karsk'), 'the siege is of Karsk');
    assert.ok(!learned.knowledge.isEventKey('karsk number'), 'no siege of `Karsk Number`');
  });
  it('reads nothing from a hatnote: the article it points to names no event here', () => {
    const text = '# Karsk Rising\n\n*This article is about the revolt of 1611. For the flood of 1624, see Karsk Flood.*\n\nThe rising in Karsk lasted 40 days.\n';
    const read = buildCorpusIndex([{ key: 'wiki', title: 'Karsk Rising', uri: '/virtual/rising.md', text }]);
    assert.ok(!read.knowledge.namesKind(stem('Karsk'), 'flood'), '`Karsk` is not the flood');
    assert.deepEqual(read.statements.map((s) => s.value.text), ['40 days']);
  });
});

describe('corpus index: a line in bold on its own', () => {
  // A letter's dateline states no event, with or without a full stop; a sentence in bold does.
  const statementsOf = (line: string) => buildCorpusIndex([{ key: 'l', title: 'Letters', uri: '/virtual/l.md', text: `# Letters\n\n${line}\n\nThe siege lasted 41 days.\n` }])
    .statements.map((s) => s.value.text);
  const table: Array<[string, string, string[]]> = [
    ['a place and a day', '**Hallam Head, the 22nd of June, 1863**', ['41 days']],
    ['…ending with a full stop', '**Hallam Head, the 22nd of June, 1863.**', ['41 days']],
    ['…in italics', '*Sheep Street, Hallam, 3 May 1740.*', ['41 days']],
    ['a sentence in bold', '**The fort fell on 22 June 1863.**', ['22 June 1863', '41 days']],
    ['a year, with a folio mark after it', '**Anno 1749** [fol. 31v]', ['41 days']],
    ['a newspaper’s dateline, a place in capitals and a day, in plain type', 'KELDERWICK, June 19, 1863.', ['41 days']],
    ['a newspaper’s name and day in bold, with its page and column', '**HALLAM COURIER, Friday, 19 June 1863. Page 5, column 2.**', ['41 days']],
    ['a dispatch’s number in bold, then its place and day', '**No. 5.** Glenvar, 22nd December 1863.', ['41 days']],
    ['…but not a sentence that opens with a name in capitals', 'HALLAM, the port, fell on 19 June 1863.', ['19 June 1863', '41 days']],
  ];
  for (const [name, line, expected] of table) it(name, () => assert.deepEqual(statementsOf(line), expected));
  it('a year set in bold, with a folio mark after it, dates the days below it', () => {
    const text = '# The Chronicle\n\n*Translated in 2009.*\n\n**Anno 1749** [fol. 31v]\n\nOn the one and twentieth day of September the truce was sworn.\n';
    const day = buildCorpusIndex([{ key: 'c', title: 'Chronicle', uri: '/virtual/c.md', text }]).statements.find((s) => s.value.text.includes('September'))!;
    assert.equal(new Date(day.value.interval.low * 86_400_000).toISOString().slice(0, 10), '1749-09-21');
  });
  it('a meeting’s day in bold, with a folio mark in round brackets after it, dates the days below it', () => {
    const text = '# Minutes\n\n**Meeting of Tuesday, 2 April 1863.** (f. 129)\n\nThe house was closed to admissions on the fifth of March.\n';
    const day = buildCorpusIndex([{ key: 'm', title: 'Minutes', uri: '/virtual/m.md', text }]).statements.find((s) => s.value.text.includes('March'))!;
    assert.equal(new Date(day.value.interval.low * 86_400_000).toISOString().slice(0, 10), '1863-03-05');
  });
  it('a newspaper’s dateline in plain type that opens a paragraph states nothing', () => {
    const text = '# The Herald\n\nCALVENPORT, 7 May 1949. Eleven persons were killed yesterday when soldiers fired into the crowd.\n';
    assert.deepEqual(buildCorpusIndex([{ key: 'h', title: 'Herald', uri: '/virtual/h.md', text }]).statements.map((s) => s.value.text), ['Eleven']);
  });
  it('a dateline that opens a paragraph states nothing, and its place is no subject of what follows', () => {
    const text = '# The inquiry\n\nThe siege of Karsk lasted 41 days, and the court later sat at Hallam.\n\n**HALLAM, Monday, 9 January.** — The commissioner opened. That morning 74 boats put to sea.\n';
    const read = buildCorpusIndex([{ key: 'l', title: 'Letters', uri: '/virtual/l.md', text }]);
    assert.deepEqual(read.statements.map((s) => s.value.text), ['41 days', '74']);
    const boats = read.statements.find((s) => s.value.text === '74')!;
    assert.ok(!(boats.frame.subject?.refs ?? []).some((r) => r.key === 'hallam'), JSON.stringify(boats.frame.subject));
  });
});

describe('corpus index: forum threads and bylines', () => {
  it('takes the first post as the source and later posts as comments', () => {
    const thread = [
      'Post by Edda Lind on Nov 21, 2016 14:02:51 GMT',
      '',
      'Re: The Karsk question',
      '',
      'The siege of Karsk lasted 140 days, as everyone knows.',
      '',
      'Reply #1 — Post by someone_else on Nov 22, 2016 09:47:13 GMT',
      '',
      'I always heard the siege of Karsk lasted 300 days.',
    ].join('\n');
    const index = buildCorpusIndex([{ key: 'lind', title: 'Thread', uri: '/virtual/thread.txt', text: thread }]);
    assert.deepEqual(index.statements.map((s) => [s.value.text, s.sentence.part]), [['140 days', 'body'], ['300 days', 'comment']]);
  });
  it('does not take a sentence opening with `By the autumn` for a byline', () => {
    const text = 'A Post\n\nIntro here.\n\nMore text.\n\nBy the autumn the army had reached Karsk, and the siege lasted 140 days.\n';
    const index = buildCorpusIndex([{ key: 'a', title: 'A Post', uri: '/virtual/a.txt', text }]);
    assert.deepEqual(index.statements.map((s) => s.sentence.part), ['body']);
  });
});

describe('corpus files: titles and authors of sources without a manifest entry', () => {
  const titles: Array<[string, string, string]> = [
    ['front matter', '---\ntitle: "The Karsk Letters"\n---\n# Heading\n', 'The Karsk Letters'],
    ['first heading', 'Intro line? No:\n\n# The Karsk Letters\n', 'The Karsk Letters'],
    ['first line of plain text', 'The Karsk Letters\nBody text.\n', 'The Karsk Letters'],
  ];
  for (const [name, text, expected] of titles) {
    it(`title from the ${name}`, () => assert.equal(titleFromText(text, name === 'first line of plain text' ? 'k.txt' : 'k.md'), expected));
  }
  it('title from the file name when the first line is too long to be one', () => {
    assert.equal(titleFromText('x'.repeat(200), '/a/karsk-notes.txt'), 'karsk-notes');
  });
  const authors: Array<[string, string | undefined]> = [
    ['---\nauthor: Ilse Vane\n---\nText.', 'Ilse Vane'],
    ['Post by Tristan Herman on Jul 9, 2012 20:34:09 GMT\nText.', 'Tristan Herman'],
    ['By Mira Halloway, 3 March 2020\nText.', 'Mira Halloway'],
    ['Posted on April 12, 2019 by Oskar Lind\nText.', 'Oskar Lind'],
    ['By 1942, the war had spread.\nText.', undefined],
  ];
  for (const [text, expected] of authors) {
    it(`author of ${JSON.stringify(text.split('\n')[0])}`, () => assert.equal(authorFromText(text), expected));
  }
});

describe('corpus index: a statement view\'s values as a claim\'s moment reads them', () => {
  const text = '# Karsk\n\nThe siege of Karsk lasted from 12 May to 4 June 1785.\n\nThe siege of Karsk lasted 24 days.\n';
  const index = buildCorpusIndex([{ key: 'k', title: 'Karsk', uri: '/virtual/karsk.md', text }]);
  const range = index.statements.find((s) => s.value.form === 'date-range')!;
  const span = { low: range.value.interval.low, high: range.value.interval.high };

  it('reads a range of days as its first day, its last day, its whole span, or (as a length) its length', () => {
    assert.ok(range?.implied && range.value.impliedDuration, 'the range is read with its length');
    const view: StatementView = { statement: range, frame: range.frame, implied: false };
    const table: Array<[Moment, { low: number; high: number }]> = [
      ['first', { low: span.low, high: span.low + 1 }],
      ['last', { low: span.high - 1, high: span.high }],
      ['whole', span],
    ];
    for (const [moment, expected] of table) {
      const got = viewInterval(view, moment);
      assert.deepEqual({ low: got.low, high: got.high }, expected, moment);
    }
    const length = viewInterval({ statement: range, frame: range.implied!, implied: true }, 'first');
    assert.equal(length, range.value.impliedDuration, 'a range read as a length is its length, whatever the moment');
  });

  it('keeps each group\'s table per moment, made once, listing its views with the values viewInterval gives', () => {
    for (const view of [{ frame: range.frame }, { frame: range.implied! }]) {
      const groups = [...index.candidateGroups(view.frame)];
      assert.ok(groups.length > 0, 'the statement is a candidate of its own frame');
      for (const group of groups) {
        for (const moment of ['first', 'last', 'whole'] as const) {
          const made = groupTable(group, moment);
          assert.equal(groupTable(group, moment), made, 'made once');
          const listed: Array<[StatementView, QuantityInterval]> = [];
          made.forEach((v, interval) => listed.push([v, interval]));
          assert.deepEqual(listed, group.views.map((v) => [v, viewInterval(v, moment)]));
        }
      }
    }
  });
});

describe('corpus index: a figure a source gives only to reject it', () => {
  const statedIn = (text: string) =>
    buildCorpusIndex([{ key: 'post', title: 'A Made-up Post', uri: '/virtual/post.md', text }]).statements.map((s) => s.value.text);
  const table: Array<[string, string, string[]]> = [
    ['one it calls wrong', 'The usual figure of 112 deaths is wrong: the fever killed 97 people in Karsk that summer.', ['97']],
    ['one it says is often repeated, before its own', 'The chronicle’s figure of fifty-two dead is often repeated, but the register lists 43 names.', ['43']],
    ['what most accounts say, before its own', 'Most accounts say 129 men were lost. I make it 136.', ['136']],
    ['…not a figure it gives as its own', 'The fever killed 112 people in Karsk. The register lists 43 names.', ['112', '43']],
  ];
  for (const [what, text, stated] of table) it(`is none of its statements: ${what}`, () => assert.deepEqual(statedIn(text), stated));
});

describe('corpus index: a question in a source states nothing', () => {
  const statementsOf = (line: string) => buildCorpusIndex([{ key: 'b', title: 'Blog', uri: '/virtual/b.md', text: `# The fire\n\n${line}\n\nThe fire broke out on 21 February 1646.\n` }])
    .statements.map((s) => s.value.text);
  const table: Array<[string, string, string[]]> = [
    ['a reader’s question (`Wasn’t the fire in 1645?`) is none of the source’s statements', 'Wasn’t the fire in 1645?', ['21 February 1646']],
    ['…nor one closed by a quote mark or a bracket', 'Tom asked: "Was the fire in 1645?"', ['21 February 1646']],
    ['…where the same words told are one', 'The fire was in 1645.', ['1645', '21 February 1646']],
  ];
  for (const [name, line, expected] of table) it(name, () => assert.deepEqual(statementsOf(line), expected));
});

describe('corpus index: a linked page’s title and its date state nothing', () => {
  const statementsOf = (line: string) => buildCorpusIndex([{ key: 'b', title: 'Blog', uri: '/virtual/b.md', text: `# The flood\n\nThe flood came on 16 October 1838.\n\nRelated\n\n${line}\n` }])
    .statements.map((s) => s.value.text);
  const table: Array<[string, string, string[]]> = [
    ['a line with no full stop ending in a date in brackets is another page’s title and its day', 'The 1838 flood, 180 years on (16 October 2018)', ['16 October 1838']],
    ['…with the month first, too', 'The flood of 1838 in five objects (October 16, 2018)', ['16 October 1838']],
    ['…not a sentence, whose bracket dates what it tells', 'The canal was breached at Hollin Bank (16 October 1838).', ['16 October 1838', '16 October 1838']],
    ['…nor a line whose bracket holds more than a date', 'The flood of 1838 (see the parish register, 1839)', ['16 October 1838', '1838', '1839']],
  ];
  for (const [name, line, expected] of table) it(name, () => assert.deepEqual(statementsOf(line), expected));
});

describe('corpus: a register’s tables under two headings', () => {
  const register = '# Burials at Karsk\n\n## 1871 (first register)\n\n| Entry | Name | Buried | Age |\n|---|---|---|---|\n| 1187 | Sam Orpe | 16 October 1871 | 34 |\n| 1203 | Ann Dill | 20 November 1871 | 6 |\n\n' +
    '## 1902 (second register)\n\n| Entry | Name | Buried | Age |\n|---|---|---|---|\n| 2071 | Wat Brigg | 14 April 1902 | 47 |\n';
  const statements = () => [...buildCorpusIndex([{ key: 'reg', title: 'Burials at Karsk', uri: '/virtual/reg.md', text: register }]).byKey.get('reg')!.statements].map((s) => s.value.text);
  it('a header row both tables share is no page furniture, and an entry number and an age are no claims', () =>
    assert.deepEqual(statements(), ['16 October 1871', '20 November 1871', '14 April 1902']));
});
