// The verdict table (CONTRACT.md), reached on made-up corpora written here: the engine knows only
// what these sources say, so changing a source changes the verdict.
import assert from 'node:assert/strict';
import { verdict } from '../../server/src/engine/comparison.js';
import { buildCorpusIndex, checkDraft, normalValueText, type SourceInput } from '../../server/src/engine/index.js';

const chronicle = (text: string): SourceInput => ({
  key: 'brannock', title: 'The Brannock Chronicle', author: 'Oswin Brannock', kind: 'chronicle', uri: '/virtual/brannock.txt', text,
});
const letters = (text: string): SourceInput => ({
  key: 'halloway', title: 'Letters from the Vell Valley', author: 'Mira Halloway', kind: 'letters', uri: '/virtual/halloway.md', text,
});

const CHRONICLE = [
  'The Brannock Chronicle',
  'The siege of Karsk was the longest of the Vell wars. It lasted 140 days.',
  'The Treaty of Orlen was signed on 3 May 1611 by Duke Aldric.',
  'With around 12,000 deaths among soldiers and townsfolk, Karsk was the bloodiest siege of the age.',
  'At one point the besiegers held up to 70% of the town.',
  'Leave a Reply',
  'You are commenting using your account. Log Out / Change )',
].join('\n');

const LETTERS = [
  '# Letters from the Vell Valley',
  '',
  'The four month siege of Karsk ruined the valley, and some 5,000 Karsk militiamen were taken prisoner.',
  '',
  '3 thoughts on “Letters from the Vell Valley”',
  '',
  '1. A reader here: my grandmother said the siege of Karsk took 300 days, which I never believed.',
].join('\n');

function codes(draft: string, sources: SourceInput[]): string[] {
  const report = checkDraft(draft, buildCorpusIndex(sources));
  return report.findings.map((f) => `${f.code} ${draft.slice(f.range.start, f.range.end)}`).sort();
}

/** The draft's findings but those of the codes dropped (`needs-citation`, say, where citing is not the point). */
function codesWithout(draft: string, sources: SourceInput[], ...dropped: string[]): string[] {
  return codes(draft, sources).filter((c) => !dropped.some((code) => c.startsWith(`${code} `)));
}

/** A made-up article by Ada Vell: its title as its heading, then its text. */
function article(key: string, title: string, text: string): SourceInput {
  return { key, title, author: 'Ada Vell', kind: 'article', uri: `/virtual/${key}.md`, text: `# ${title}\n\n${text}` };
}

describe('verdicts: the contract’s table', () => {
  const cases: Array<[string, Map<string, boolean>, string[], string | undefined]> = [
    ['no source states it, nothing cited', new Map(), [], 'not-in-sources'],
    ['no source states it, a corpus source cited', new Map(), ['a'], 'citation-mismatch'],
    ['sources state it, none agrees', new Map([['a', false], ['b', false]]), ['a'], 'contradicted'],
    ['some agree, the agreeing one cited', new Map([['a', true], ['b', false]]), ['a'], 'sources-disagree'],
    ['some agree, nothing in the corpus cited', new Map([['a', true], ['b', false]]), [], 'sources-disagree'],
    ['some agree, the disagreeing one cited', new Map([['a', true], ['b', false]]), ['b'], 'citation-mismatch'],
    ['some agree, a silent one cited', new Map([['a', true]]), ['c'], 'citation-mismatch'],
    ['all that state it agree, one cited', new Map([['a', true], ['b', true]]), ['b'], undefined],
    ['all that state it agree, nothing cited', new Map([['a', true]]), [], undefined],
  ];
  for (const [name, stating, cited, expected] of cases) {
    it(name, () => assert.equal(verdict(stating, cited), expected));
  }
});

describe('verdicts on a made-up corpus', () => {
  const corpus = [chronicle(CHRONICLE), letters(LETTERS)];

  it('a value every stating source supports gets no agreement finding', () => {
    assert.deepEqual(codes('The Treaty of Orlen was signed on 3 May 1611 (Brannock).', corpus), []);
  });
  it('a value no source supports is contradicted, whatever is cited', () => {
    assert.deepEqual(codes('The Treaty of Orlen was signed on 9 June 1611 (Brannock).', corpus), ['contradicted 9 June 1611']);
  });
  it('sources that disagree are reported, not decided between', () => {
    assert.deepEqual(codes('The siege of Karsk lasted 140 days (Brannock).', corpus), ['sources-disagree 140 days']);
    assert.deepEqual(codes('The siege of Karsk lasted four months [@halloway].', corpus), ['sources-disagree four months']);
  });
  it('citing the source that disagrees is a citation mismatch', () => {
    assert.deepEqual(codes('The siege of Karsk lasted 140 days [@halloway].', corpus), ['citation-mismatch 140 days']);
  });
  it('a value no source addresses, uncited, is not in the sources and needs a citation', () => {
    assert.deepEqual(codes('The siege of Karsk cost the duke 40 cannon.', corpus), ['needs-citation 40', 'not-in-sources 40']);
  });
  it('citing a corpus source for something no source states is a citation mismatch', () => {
    assert.deepEqual(codes('Duke Aldric raised 8,000 cavalry for the war (Brannock).', corpus), ['citation-mismatch 8,000']);
  });
  it('a date of nothing named does not blame its citation; a date of a named event does', () => {
    // `they seized the gate`: which of the chronicle's statements would be it is unknown, so the
    // chronicle's silence proves nothing. The siege of Karsk is named, and the chronicle never dates its end.
    assert.deepEqual(codes('On 12 May 1611 they seized the gate (Brannock).', corpus), []);
    assert.deepEqual(codes('The siege of Karsk ended on 12 May 1611 (Brannock).', corpus), ['citation-mismatch 12 May 1611']);
  });
  it('a citation outside the corpus still counts as a citation', () => {
    assert.deepEqual(codes('Duke Aldric raised 8,000 cavalry for the war (Okoro 12).', corpus), ['not-in-sources 8,000']);
  });
  it('a subject inherited from the sentence before', () => {
    assert.deepEqual(codes('Karsk was besieged by the duke. It held out for 200 days (Brannock).', corpus), ['contradicted 200 days']);
  });
  it('hedges widen the value: around, nearly, up to', () => {
    assert.deepEqual(codes('The siege of Karsk killed around 11,000 soldiers and townsfolk (Brannock).', corpus), []);
    assert.deepEqual(codes('The siege of Karsk killed nearly 15,000 soldiers and townsfolk (Brannock).', corpus), ['contradicted 15,000']);
    assert.deepEqual(codes('The besiegers held three fifths of the town (Brannock).', corpus), []);
  });
  it('kinds of count are kept apart: prisoners are not deaths', () => {
    assert.deepEqual(codes('About 5,000 militiamen of Karsk were taken prisoner [@halloway].', corpus), []);
    assert.deepEqual(codes('About 9,000 militiamen of Karsk were taken prisoner [@halloway].', corpus), ['contradicted 9,000']);
  });
  it('page chrome is never indexed; a reader comment is, and the finding says so', () => {
    const withoutChronicle = [letters(LETTERS.replace('The four month siege', 'The siege'))];
    const report = checkDraft('The siege of Karsk lasted 140 days [@halloway].', buildCorpusIndex(withoutChronicle));
    const finding = report.findings.find((f) => f.code === 'contradicted');
    assert.ok(finding, 'the comment states the length');
    assert.equal(finding.evidence[0]!.part, 'comment');
    assert.match(finding.message, /reader comment/);
  });

  it('a reader comment speaks for its source where the source’s own text does not state the fact', () => {
    // The letters' own text gives a length of something else (a week of rain); only the comment gives
    // how long the prisoners were held. Citing the letters for that is no citation mismatch.
    const withComment = letters(LETTERS.replace('The four month siege of Karsk ruined the valley', 'It rained for a week')
      .replace('my grandmother said the siege of Karsk took 300 days, which I never believed', 'my grandfather was held in the gaol for sixteen days'));
    assert.deepEqual(codes('The prisoners were held for sixteen days [@halloway].', [withComment]), []);
    assert.deepEqual(codes('The prisoners were held for sixty days [@halloway].', [withComment]), ['citation-mismatch sixty days']);
  });

  // Not-in-sources says no source states the fact: not said where a source gives the claim's very
  // value in a statement nothing rules out as its fact (the checker cannot tie the two, nor part them).
  const silence: Array<[string, string, string[]]> = [
    ['the very count, of something the checker cannot tie to the claim', 'Some 5,000 men marched home.', ['needs-citation 5,000']],
    ['the very day, of something the checker cannot tie to the claim', 'On 3 May 1611 the bridge fell.', ['needs-citation 3 May 1611']],
    ['a value no source gives', 'Some 6,000 men marched home.', ['needs-citation 6,000', 'not-in-sources 6,000']],
    ['the same number of another dimension (days, not houses)', 'A fire burned 140 houses.', ['needs-citation 140', 'not-in-sources 140']],
    ['the same number of another kind of count (prisoners, not deaths)', 'Some 5,000 men died of plague.', ['needs-citation 5,000', 'not-in-sources 5,000']],
    ['a day of the claim’s month, of something the checker cannot tie to the claim', 'In May 1611 the bridge fell.', ['needs-citation May 1611']],
    ['a month of which no source gives a day', 'In June 1611 the bridge fell.', ['needs-citation June 1611', 'not-in-sources June 1611']],
    ['a day of the claim’s season, of something the checker cannot tie to the claim', 'In the spring of 1611 the bridge fell.', ['needs-citation the spring of 1611']],
    ['a day of the claim’s year, where nothing tells the two apart', '# The siege of Karsk\n\nDuke Aldric stayed in power until 1611.', ['needs-citation 1611']],
    ['…not where the moment does (a fall, not a signing)', '# The siege of Karsk\n\nThe bridge fell in 1611.', ['needs-citation 1611', 'not-in-sources 1611']],
    ['…nor for a year that says nothing of what it dates', 'In 1611 it rained.', ['needs-citation 1611', 'not-in-sources 1611']],
    ['a season of which no source gives a day', 'In the autumn of 1611 the bridge fell.', ['needs-citation the autumn of 1611', 'not-in-sources the autumn of 1611']],
    ['the very value, of an event the corpus never names', 'The siege of Vorn lasted 140 days.', ['needs-citation 140 days', 'not-in-sources 140 days']],
    ['the very count, in a sentence naming a town the corpus never names', 'Some 5,000 men marched home to Vorn.', ['needs-citation 5,000', 'not-in-sources 5,000']],
  ];
  for (const [name, draft, expected] of silence) {
    it(`not-in-sources or silence: ${name}`, () => assert.deepEqual(codes(draft, corpus), expected));
  }

  // A claim the checker cannot tie to a fact blames its citation where the cited source gives no value
  // like it: it writes neither the value nor (for a date) its month or year, and no statement of its
  // overlaps it. (Where another source gives the very value, a cited source that gives none like it is blamed too.)
  const untied: Array<[string, string, string[]]> = [
    ['another source gives the very count, the cited one nothing like it', 'Some 5,000 men were there (Brannock).', ['citation-mismatch 5,000']],
    ['the cited source gives the very count', 'Some 5,000 men were there (Halloway).', []],
    ['no source gives the count, the cited one nothing like it', 'Some 9,000 men were there (Brannock).', ['citation-mismatch 9,000']],
    ['another source gives the very day', 'On 3 May 1611 the bridge fell (Halloway).', ['citation-mismatch 3 May 1611']],
    ['a month the cited source never writes', 'In May 1611 the bridge fell (Halloway).', ['citation-mismatch May 1611']],
    ['another source gives the very length', 'It took 140 days (Halloway).', ['citation-mismatch 140 days']],
    ['…but the cited source gives a range of months, a length the checker does not read', 'It took 140 days (Halloway).', []],
    ['…unless that range is too short to be the length', 'It took 140 days (Halloway).', ['citation-mismatch 140 days']],
  ];
  it('citation-mismatch or silence: the cited source writes the value, though in no statement the checker reads', () => {
    const written = chronicle(CHRONICLE.replace('Leave a Reply', "The rolls of the siege fill folio 9,000 of the abbey's books.\nLeave a Reply"));
    assert.deepEqual(codes('Some 9,000 men were there (Brannock).', [written, letters(LETTERS)]), []);
    // (A month it writes, or a year, may be the month or the year of the claim's fact.)
    assert.deepEqual(codes('In June 1611 the bridge fell (Brannock).', [chronicle(CHRONICLE.replace('Leave a Reply', 'The bridge was rebuilt in June.\nLeave a Reply')), letters(LETTERS)]), []);
  });
  it('citation-mismatch or silence: the cited source gives the very count, of another event than the one carried over from the sentence before', () => {
    const sources = [chronicle(CHRONICLE), letters(LETTERS.replace('ruined the valley,', 'ruined the valley, Duke Aldric came back with some 6,000 men,'))];
    assert.deepEqual(codes('A flood came in 1611 (Brannock). Then Duke Aldric returned with some 6,000 men (Halloway).', sources), ['citation-mismatch 1611']);
  });
  for (const [name, draft, expected] of untied) {
    const months = name.startsWith('…but') ? 'from May to September 1611' : 'from May to June 1611';
    // (With a second siege's length in the corpus, `It` is tied to neither siege: the one event with a
    // measure, told with two values, would tie it to Karsk's.)
    const sources = name.startsWith('…') ? [chronicle(CHRONICLE.replace('The Treaty', 'The siege of Orlen lasted 60 days.\nThe Treaty')), letters(LETTERS.replace('ruined the valley', `ruined the valley ${months}`))] : corpus;
    it(`citation-mismatch or silence: ${name}`, () => assert.deepEqual(codes(draft, sources), expected));
  }

  it('citation-mismatch or silence: another source gives the very length, and the cited one writes it in no statement the checker reads', () => {
    // (Halloway's `We had 140 days of rain` is a first-person aside, no statement; it may still be the claim's.)
    const written = [chronicle(CHRONICLE), letters('# Letters from the Vell Valley\n\nWe had 140 days of rain that year.')];
    const unwritten = [chronicle(CHRONICLE), letters('# Letters from the Vell Valley\n\nWe had months of rain that year.')];
    assert.deepEqual(codes('It took 140 days (Halloway).', written), []);
    assert.deepEqual(codes('It took 140 days (Halloway).', unwritten), ['citation-mismatch 140 days']);
  });

  it('a time a named place took, with no event named, is the fact another source gives of that place', () => {
    const sources = [chronicle('The Brannock Chronicle\nThe Osterby bridge took twelve years to build.'), letters('# Letters\n\nThe bridge was finished in the autumn.')];
    assert.deepEqual(codes('The Osterby bridge took nine years to build (Brandt 54).', sources), ['contradicted nine years']);
  });

  // Contradicted says every source that states the fact disagrees: not said where a source gives the
  // claim's very value in a statement that nothing but a qualifier tells apart from the claim's. That
  // source counts as agreeing: the sources disagree, or the citation is blamed.
  const unsure: Array<[string, string[], string, string[]]> = [
    ['a source gives the very day, of something the checker cannot tie to the claim',
      ['The first flood came in March 1627.', 'On the night of 11 February 1627 the river burst its banks.'],
      'The first flood came on 11 February 1627 (Brannock).', ['citation-mismatch 11 February 1627']],
    ['…or a day of the claim’s month', ['The first flood came in March 1627.', 'On the night of 11 February 1627 the river burst its banks.'],
      'The first flood came in February 1627 (Brannock).', ['citation-mismatch February 1627']],
    ['…no source gives the day', ['The first flood came in March 1627.', 'On the night of 11 February 1627 the river burst its banks.'],
      'The first flood came on 20 February 1627 (Brannock).', ['contradicted 20 February 1627']],
    ['a source gives the very count, of a body of men the claim does not name (a qualifier may be misread)',
      ['The siege of Karsk killed 112 men.', 'The 4th Lancers lost seventeen men killed in the siege of Karsk.'],
      'The siege of Karsk killed seventeen men.', ['needs-citation seventeen', 'sources-disagree seventeen']],
    ['…a source gives the very count, of another kind of count', ['The fever of 1630 killed 112 people.', 'The fever of 1630 left seventeen wounded.'],
      'The fever of 1630 killed seventeen people (Brannock).', ['contradicted seventeen']],
    ['…a source gives the very count, of someone’s own people, surely a part', ['The fever of 1630 killed 112 people.', 'Seventeen of our children are now among the dead of the fever of 1630.'],
      'The fever of 1630 killed seventeen people (Brannock).', ['contradicted seventeen']],
    ['…or of one parish alone', ['The fever of 1630 killed 112 people.', 'Buried in this churchyard of the fever of 1630, seventeen souls.'],
      'The fever of 1630 killed seventeen people (Brannock).', ['contradicted seventeen']],
  ];
  for (const [name, [first, second], draft, expected] of unsure) {
    it(`contradicted or not proved: ${name}`, () => {
      const sources = [chronicle(`The Brannock Chronicle\n${first}`), letters(`# Letters from the Vell Valley\n\n${second}`)];
      assert.deepEqual(codes(draft, sources), expected);
    });
  }

  it('citation-mismatch or silence: a cited comment that writes the very day with no year may state it', () => {
    const dated = letters(LETTERS.replace('which I never believed', 'and that the bridge fell on 3 May'));
    assert.deepEqual(codes('On 3 May 1611 the bridge fell (Halloway).', [chronicle(CHRONICLE), dated]), []);
    const otherYear = letters(LETTERS.replace('which I never believed', 'and that the bridge fell on 3 May 1612'));
    assert.deepEqual(codes('On 3 May 1611 the bridge fell (Halloway).', [chronicle(CHRONICLE), otherYear]), ['citation-mismatch 3 May 1611']);
  });

  // A claim that names no subject may be the one statement in the corpus with its measure (the letters'
  // prisoners): not where its sentence names a place the corpus never writes, nor where the text has
  // lately named an event the corpus does not know (an infobox's `Conflict:` entry).
  const oneStatement: Array<[string, string, string[]]> = [
    ['a count of the one measure the corpus gives, of nothing named', 'About 9,000 men were taken prisoner.', ['contradicted 9,000', 'needs-citation 9,000']],
    ['…in a sentence naming a town the corpus never writes', 'At Vorn in May 1611, about 9,000 men were taken prisoner.', ['needs-citation 9,000', 'needs-citation May 1611', 'not-in-sources 9,000', 'not-in-sources May 1611']],
    ['…in a list whose first entry names a battle the corpus does not know', '- Conflict: Battle of Vorn\n- Losses: about 9,000 men taken prisoner', ['needs-citation 9,000', 'not-in-sources 9,000']],
  ];
  const captives = [chronicle(CHRONICLE), letters(LETTERS.replace('ruined the valley, and some 5,000 Karsk militiamen were taken prisoner.', 'ruined the valley. That winter 5,000 soldiers were taken prisoner.'))];
  for (const [name, draft, expected] of oneStatement) {
    it(`the one statement with a measure: ${name}`, () => assert.deepEqual(codes(draft, captives), expected));
  }
  it('the one statement with a measure: not where the claim already meets its own fact (the same day)', () => {
    const ships = [chronicle('The Brannock Chronicle\nOn 14 June 1611 the Karsk Star was launched with 195 workmen still aboard.'),
      letters('# Letters from the Vell Valley\n\nThe Orlen Queen sank in 1613. She had on board 486 persons.')];
    assert.deepEqual(codes('On 14 June 1611 the Karsk Star was launched (Brannock). Nearly 200 workmen were still aboard her (Brannock).', ships), []);
    assert.deepEqual(codes('About 300 were aboard.', ships), ['needs-citation 300', 'not-in-sources 300']);
  });
  it('an answer to `When was … issued?` is checked as the day its question named', () => {
    const sources = [chronicle('The Brannock Chronicle\nThe siege of Karsk lasted 140 days.\n\nThe Orm Order is famous. On 28 July 1611 the duke had decided that the severest measures were needed.')];
    assert.deepEqual(codes('**Q3. When was the Orm Order issued?**\n\n1 August 1611 (Brannock).', sources), ['contradicted 1 August 1611']);
    assert.deepEqual(codes('**Q3. When was the Orm Order issued?**\n\n28 July 1611 (Brannock).', sources), []);
  });

  it('the one statement with a measure: of a claim set in `the war`, which names no one of the corpus’s wars', () => {
    const twoWars = [chronicle(CHRONICLE.replace('Leave a Reply', 'The Orlen war came twenty years after the Brask war.\nLeave a Reply')), letters(LETTERS.replace('ruined the valley, and some 5,000 Karsk militiamen were taken prisoner.', 'ruined the valley.\n\nThat winter 5,000 soldiers were taken prisoner.'))];
    assert.deepEqual(codes('In the first months of the war about 9,000 men were taken prisoner.', twoWars), ['contradicted 9,000', 'needs-citation 9,000']);
    // (A war the corpus never names is another war: silence.)
    assert.deepEqual(codes('In the first months of the Vorn war about 9,000 men were taken prisoner.', twoWars), ['needs-citation 9,000', 'not-in-sources 9,000']);
  });
  // A claim whose own sentence names no subject, that cites a source, is the fact of that source's
  // statements of its measure where the source gives the measure one value and nothing conflicts.
  describe('the cited source’s one statement of a measure', () => {
    const fall = 'The Brannock Chronicle\nThe siege of Karsk lasted 140 days.\n\nAt the fall of Orlen 7,000 men were taken prisoner.';
    const told = (text: string) => letters(`# Letters from the Vell Valley\n\nThe siege of Karsk ruined the valley.\n\n${text}`);
    const once = [chronicle(fall), told('It took only four months for the losses to pass ten thousand, while 5,000 soldiers were taken prisoner.')];
    const twice = [chronicle(fall), told('It took only four months for the losses to pass ten thousand, while 5,000 soldiers were taken prisoner. Later 2,000 more were taken prisoner.')];
    const rows: Array<[string, string, SourceInput[], string[]]> = [
      ['cited, and the source counts it once, otherwise', 'The losses were terrible. Another 9,000 soldiers were taken prisoner (Halloway).', once, ['contradicted 9,000']],
      ['cited, and the source counts it once, the same', 'The losses were terrible. Another 5,000 soldiers were taken prisoner (Halloway).', once, []],
      ['not cited: two sources count it, so no one fact', 'The losses were terrible. Another 9,000 soldiers were taken prisoner.', once, ['needs-citation 9,000', 'not-in-sources 9,000']],
      ['cited, but the source counts it twice, otherwise', 'The losses were terrible. Another 9,000 soldiers were taken prisoner (Halloway).', twice, ['citation-mismatch 9,000']],
      ['cited, in a sentence set in a year the source does not give', 'The losses were terrible. Another 9,000 soldiers were taken prisoner in 1612 (Halloway).', once, ['citation-mismatch 1612', 'citation-mismatch 9,000']],
      ['cited, in a sentence naming a place the corpus never writes', 'At Vorn another 9,000 soldiers were taken prisoner (Halloway).', once, ['citation-mismatch 9,000']],
    ];
    // A time between is told apart by the moment it counts from (`three months after the fall of …`).
    const regime = (more = '') => [chronicle('The Brannock Chronicle\nThe siege of Karsk lasted 140 days.\n\nFive months after the Orlen fleet had sailed, the harvest failed.'),
      letters(`# Letters from the Vell Valley\n\nThe siege of Karsk ruined the valley.\n\nThen, three months after the fall of the old regime, the militia marched against the hill clans.${more}`)];
    const twoTimes = regime(' Two weeks after the fall of the old council, the guilds rose.');
    const between: Array<[string, string, SourceInput[], string[]]> = [
      ['a time from the same moment, cited, otherwise', 'The militia attacked the clans six weeks after the old regime fell (Halloway).', regime(), ['contradicted six weeks']],
      ['a time from the same moment, cited, the same', 'The militia attacked the clans three months after the old regime fell (Halloway).', regime(), []],
      ['a time from the same moment, not cited', 'The militia attacked the clans six weeks after the old regime fell.', regime(), ['needs-citation six weeks', 'not-in-sources six weeks']],
      ['a time from a moment the source gives two times from, neither like it', 'The militia attacked the clans six weeks after the old regime fell (Halloway).', twoTimes, ['citation-mismatch six weeks']],
      ['…one like it', 'The militia attacked the clans two weeks after the old regime fell (Halloway).', twoTimes, []],
      ['a time from another moment (began, not ended)', 'The militia attacked the clans six weeks after the old regime began (Halloway).', regime(), ['citation-mismatch six weeks']],
    ];
    for (const [name, draft, sources, expected] of [...rows, ...between]) it(name, () => assert.deepEqual(codes(draft, sources), expected));
  });

  // A claim that names no subject, where every statement of its measure is of one corpus event and
  // they give two values, one of them the claim's: that event's sources disagree. A value neither
  // gives may be of an event the corpus does not tell of: never contradicted so.
  describe('the one event with a measure, told with two values', () => {
    const told = (key: string, title: string, text: string): SourceInput => ({ key, title, author: title, kind: 'blog', uri: `/virtual/${key}.md`, text });
    const karsk = [chronicle('The Brannock Chronicle\nThe siege of Karsk began in the spring. The siege of Karsk lasted 140 days. The Tenth Foot held the walls.'),
      told('halloway', 'Letters from the Vell Valley', '# Letters from the Vell Valley\n\nThe four-month siege of Karsk ruined the valley.')];
    const twoEvents = [...karsk, told('orm', 'Annals of Orm', '# Annals of Orm\n\nThe siege of Orlen lasted 90 days.')];
    const rows: Array<[string, string, SourceInput[], string[]]> = [
      ['the value of one source, cited', 'It lasted 140 days (Brannock).', karsk, ['sources-disagree 140 days']],
      ['the value of the other, not cited', 'It lasted four months.', karsk, ['needs-citation four months', 'sources-disagree four months']],
      ['a value neither gives', 'It lasted 60 days.', karsk, ['needs-citation 60 days', 'not-in-sources 60 days']],
      // (A body of men the corpus names is no event: not a subject of the claim's own.)
      ['a clause naming a body of men', 'The Tenth Foot surrendered after 140 days of fighting.', karsk, ['needs-citation 140 days', 'sources-disagree 140 days']],
      // (Told of two events, the measure ties the claim to neither; but its very value, which a source
      // gives of the siege of Karsk its sentence names, ties it to that siege: see promoteThroughAgreeing.)
      ['the measure told of two events, the very value of one of them', 'It lasted 140 days.', twoEvents, ['needs-citation 140 days', 'sources-disagree 140 days']],
      ['the measure told of two events, a value like one of them', 'It lasted about 130 days.', twoEvents, ['needs-citation 130 days']],
      // (A length told from another event may be only the part of the event after it.)
      ['a length from another event', 'It went on for 140 days after the treaty was signed.', karsk, ['needs-citation 140 days']],
    ];
    for (const [name, draft, sources, expected] of rows) it(name, () => assert.deepEqual(codes(draft, sources), expected));
  });

  it('the one statement with a measure: not one told beside a length of time (a count over that span)', () => {
    const overASpan = [chronicle(CHRONICLE), letters(LETTERS.replace('ruined the valley, and some 5,000 Karsk militiamen were taken prisoner.',
      'ruined the valley. It took only four months for the losses to pass ten thousand, while 5,000 soldiers were taken prisoner.'))];
    assert.deepEqual(codes('About 9,000 men were taken prisoner.', overASpan), ['needs-citation 9,000', 'not-in-sources 9,000']);
  });

  it('a day dated only by the year of the text around it is not contradicted by the same day in another year', () => {
    const sources = [chronicle('The Brannock Chronicle\nThe Treaty of Orlen was signed on 3 May 1611 by Duke Aldric.')];
    // (The paragraph's year is 1612: the writer's `3 May` borrows it, a guess the source's 1611 does not disprove.)
    assert.deepEqual(codes('In 1612 the valley was quiet.\nThe Treaty of Orlen was signed on 3 May [@brannock].', sources), []);
    assert.deepEqual(codes('The Treaty of Orlen was signed on 3 May 1612 [@brannock].', sources), ['contradicted 3 May 1612']);
    assert.deepEqual(codes('In 1611 the valley was quiet.\nThe Treaty of Orlen was signed on 9 May [@brannock].', sources), ['contradicted 9 May']);
  });
  it('`the viaduct inquest` says which inquest: not surely the one the corpus dates', () => {
    const sources = [chronicle('The Brannock Chronicle\nThe collision at Orlen Junction killed nine people in 1851. The inquest returned its verdict on 28 August 1851.')];
    // (No source states it, and a corpus source is cited: a mismatch, never a contradiction.)
    assert.deepEqual(codes('The viaduct inquest returned its verdict on 13 November 1846 [@brannock].', sources), ['citation-mismatch 13 November 1846']);
    // (Without the word that says which, `the inquest` is the corpus's one inquest.)
    assert.deepEqual(codes('The inquest returned its verdict on 13 November 1846 [@brannock].', sources), ['contradicted 13 November 1846']);
  });
  it('a source that surely gives the fact another value is not made to agree by a weak statement that only comes near it', () => {
    const sources = [chronicle('The Brannock Chronicle\nElsewhere the want lasted twenty months.\nThe famine of 1620 lasted some fourteen months.')];
    // (The want's twenty months, of no event the source names, overlap `two full years` once widened:
    // near the claim's value, not it; and a finding never shows them as what the source says.)
    assert.deepEqual(codes('The famine of 1620 lasted two full years.', sources), ['contradicted two full years', 'needs-citation two full years']);
    // (A weak statement that gives the very value still keeps the claim quiet: the sure match may be the wrong fact.)
    assert.deepEqual(codes('The famine of 1620 lasted twenty months.', sources), ['needs-citation twenty months']);
    // (A bound holds a value without giving it: `at least twenty` witnesses elsewhere do not make 31 agree.)
    const bounded = [chronicle('The Brannock Chronicle\nElsewhere at least twenty witnesses were heard.\nThe inquest of 1881 heard thirty-eight witnesses.')];
    assert.deepEqual(codes('The inquest of 1881 heard 31 witnesses.', bounded), ['contradicted 31', 'needs-citation 31']);
  });
  it('a day kept every year is a custom, not a date', () => {
    const sources = [chronicle('The Brannock Chronicle\nThe Treaty of Orlen was signed on 3 May 1611 by Duke Aldric.')];
    assert.deepEqual(codes('In 1612 the valley was quiet.\nOrlen still rings a bell every 9 May for the Treaty of Orlen [@brannock].', sources), []);
  });
  it('editing a source changes the verdict', () => {
    const draft = 'The siege of Karsk lasted 200 days (Brannock).';
    assert.deepEqual(codes(draft, [chronicle(CHRONICLE)]), ['contradicted 200 days']);
    assert.deepEqual(codes(draft, [chronicle(CHRONICLE.replace('140 days', '200 days'))]), []);
    assert.deepEqual(codes(draft, [chronicle(CHRONICLE.replace('It lasted 140 days.', 'It was long.'))]), ['citation-mismatch 200 days']);
  });

  it('adding a source can make the sources disagree', () => {
    const draft = 'The siege of Karsk lasted 140 days (Brannock).';
    assert.deepEqual(codes(draft, [chronicle(CHRONICLE)]), []);
    assert.deepEqual(codes(draft, [chronicle(CHRONICLE), letters(LETTERS)]), ['sources-disagree 140 days']);
  });

  it('a closure told within an epidemic does not blame a citation of the source that gives the quarantine that length', () => {
    const blog = letters('# Letters from the Vell Valley\n\nThe first outbreak of 1611 killed 400 people. The quarantine lasted forty-two days.\n');
    const draft = 'The first outbreak of 1611 was terrible. The council closed the port for 42 days (Halloway).';
    // Read as the length of the closure within the outbreak, it may be the quarantine's: no mismatch,
    // as `explain` (which compares every statement) also finds. A length the source does not give is one.
    assert.deepEqual(codes(draft, [chronicle(CHRONICLE), blog]), []);
    assert.deepEqual(codes(draft.replace('42 days', '90 days'), [chronicle(CHRONICLE), blog]), ['citation-mismatch 90 days']);
  });

  it('a cited source that gives the very value, in words the checker cannot tie to the claim, is not blamed', () => {
    const diary = letters('# Letters from the Vell Valley\n\n**3 June 1611**\n\nThe soldiers came at dawn, and fifty-eight of ours went away in chains. It was 1611 and the worst day of it.\n');
    const chronicleWith = chronicle(`${CHRONICLE}\nIn the raid on Vell in 1611, 58 men were arrested.`);
    // The letters may say it (`went away in chains`): no mismatch.
    assert.deepEqual(codes('In the raid on Vell, 58 men were arrested (Halloway).', [chronicleWith, diary]), []);
    // A year in the source does not give every day of it; a count of another kind is another count.
    assert.deepEqual(codes('The raid on Vell came on 2 May 1611 (Halloway).', [chronicleWith, diary]), ['citation-mismatch 2 May 1611']);
    assert.deepEqual(codes('In the raid on Vell, 58 men deserted (Halloway).', [chronicleWith, letters('# Letters\n\nIn the raid on Vell 58 men were killed.\n')]), ['citation-mismatch 58']);
  });

  it('the very value, of an event the source only takes from around its sentence, does not blame the citation', () => {
    // The letters' 4,000 are of the siege of Karsk only by their paragraph, a guess: they may be the
    // draft's raid. A source whose own sentence (or the one before) names another event is silent.
    const guessed = letters('# Letters\n\nThe siege of Karsk and the raid on Vell were the worst years. In six months 4,000 soldiers became casualties.\n');
    assert.deepEqual(codes('In the raid on Vell 4,000 soldiers became casualties (Halloway).', [chronicle(CHRONICLE), guessed]), []);
    const named = letters('# Letters\n\nThe siege of Karsk was long. In the siege of Karsk 4,000 soldiers became casualties.\n');
    assert.deepEqual(codes('In the raid on Vell 4,000 soldiers became casualties (Halloway).', [chronicle(CHRONICLE), named]), ['citation-mismatch 4,000']);
    const before = letters('# Letters\n\nThe siege of Karsk began in spring. The pit was closed for nine weeks.\n');
    assert.deepEqual(codes('After the flood at Vell the pit was closed for nine weeks (Halloway).', [chronicle(CHRONICLE), before]), ['citation-mismatch nine weeks']);
  });

  it('a count the source gives in other words (`300 navvies turned out`) does not blame the citation; another kind of count does', () => {
    const navvies = letters('# Letters\n\nIn the strike at Vell, about 300 navvies turned out.\n');
    assert.deepEqual(codes('In the strike at Vell, about 300 men refused to work (Halloway).', [chronicle(CHRONICLE), navvies]), []);
    const killed = letters('# Letters\n\nIn the strike at Vell, 300 men were killed.\n');
    assert.deepEqual(codes('In the strike at Vell, 300 men were arrested (Halloway).', [chronicle(CHRONICLE), killed]), ['citation-mismatch 300']);
  });

  it('a time between two events the cited source gives is not blamed for the event its sentence is about', () => {
    const post = letters('# Letters\n\nThe siege of Karsk broke the valley. It would take two years and nine months of fighting for the Velmarchi to take Orlen.\n');
    assert.deepEqual(codes('After the siege, the Velmarchi needed 2 years and 9 months of hard fighting to take Orlen (Halloway).', [chronicle(CHRONICLE), post]), []);
  });

  // (An election is a kind of event, whose date `of 1611` would be: a fair is none.)
  it('a source that writes the year to say which one (`at the fair of 1611`) states it', () => {
    const post = letters('# Letters\n\nAt the fair of 1611 the Karsk riot ended with nine men arrested.\n');
    assert.deepEqual(codes('- **1611**: the Karsk riot ends with nine men arrested (Halloway).', [chronicle(CHRONICLE), post]), []);
    // The letters state the year, so another year is contradicted (it was blamed on the citation when
    // sources' `of 1611` were read as scene-setting, as a draft's are).
    assert.deepEqual(codes('- **1612**: the Karsk riot ends with nine men arrested (Halloway).', [chronicle(CHRONICLE), post]), ['contradicted 1612']);
  });

  it('the very day the cited source gives, for an event it names otherwise, does not blame the citation', () => {
    const post = letters('# Letters\n\nOn 3 May 1611 the Velmarchi launched the siege of Karsk.\n');
    assert.deepEqual(codes('The war began when the Velmarchi attacked on 3 May 1611 (Halloway).', [chronicle(CHRONICLE), post]), []);
    assert.deepEqual(codes('The war began when the Velmarchi attacked on 4 May 1611 (Halloway).', [chronicle(CHRONICLE), post]).filter((c) => c.includes('4 May')).length, 1);
  });

  it('a count beside the day the corpus says one event happened, in a sentence that names nothing, is of that event', () => {
    const two = letters('# Letters\n\nThe Karsk flood came on 3 May 1611. The Karsk flood killed 41 people.\n\nThe Vell fire came on 9 June 1612. The Vell fire killed 12 people.\n');
    assert.deepEqual(codes('- **3 May 1611**: the river broke its banks; 60 people drowned (Halloway).', [two]), ['contradicted 60']);
    assert.deepEqual(codes('- **3 May 1611**: the river broke its banks; 41 people drowned (Halloway).', [two]), []);
    // (A day of no event the corpus names, or the day of an event the sentence names, decides nothing.)
    assert.deepEqual(codes('- **4 May 1611**: the river broke its banks; 60 people drowned (Halloway).', [two]).filter((c) => c.endsWith(' 60')), ['citation-mismatch 60']);
    assert.deepEqual(codes('In the year after the flood of 3 May 1611, 60 people drowned (Halloway).', [two]).filter((c) => c.endsWith(' 60')), ['citation-mismatch 60']);
  });

  it('a source’s `no one was killed` states the 0 a draft cites it for', () => {
    const quiet = letters('# Letters\n\nThe Karsk riot was short. No one was killed, and 14 men were arrested.\n');
    assert.deepEqual(codes('In the Karsk riot 0 people were killed (Halloway).', [quiet]), []);
    assert.deepEqual(codes('In the Karsk riot 3 people were killed (Halloway).', [quiet]), ['contradicted 3']);
  });

  it('a count of a span (`within half a year`) is not the one count the corpus gives of an event', () => {
    const one = letters('# Letters\n\nThe siege was long. In the siege 12,000 soldiers died.\n');
    assert.deepEqual(codes('More than 40,000 soldiers had been killed (Halloway).', [one]), ['contradicted 40,000']);
    assert.deepEqual(codes('Within half a year more than 40,000 soldiers had been killed (Halloway).', [one]), ['citation-mismatch 40,000', 'citation-mismatch half a year']);
    // (A total over a whole war is the one count only of another such total, also when a question
    // asks it; here the letters' count takes its war from the paragraph before.)
    const told = letters('# Letters\n\nThe Orlen War was short.\n\nThe Karsk War was long.\n\nIn the end 12,000 soldiers died.\n');
    assert.deepEqual(codes('Q: How many soldiers were killed?\nA: More than 40,000 (Halloway).', [told]), ['contradicted 40,000']);
    assert.deepEqual(codes('Q: How many soldiers were killed over the whole war?\nA: More than 40,000 (Halloway).', [told]), ['citation-mismatch 40,000']);
  });

  it('a claim that names nothing is the one fact its measure has, when every statement of it gives one value', () => {
    const two = [
      letters('# Letters\n\nThe thaw came late. By then two-fifths of the town’s cattle were dead, and 29 people had died.\n'),
      chronicle('The Brannock Chronicle\nThe great frost ended in March. Two-fifths of the town’s cattle were lost.\n'),
    ];
    assert.deepEqual(codes('A quarter of the town’s cattle died (Halloway).', two), ['contradicted A quarter']);
    assert.deepEqual(codes('Two-fifths of the town’s cattle died (Halloway).', two), []);
    // Two values of the measure may be two facts: a claim that names nothing is not compared…
    const split = [two[0]!, chronicle('The Brannock Chronicle\nThe great frost ended in March. A third of the town’s cattle were lost.\n')];
    assert.deepEqual(codes('A quarter of the town’s cattle died.', split), ['needs-citation A quarter', 'not-in-sources A quarter']);
    // …unless it cites a source that gives the measure one value: the writer said where the fact is.
    assert.deepEqual(codes('A quarter of the town’s cattle died (Halloway).', split), ['contradicted A quarter']);
  });

  it('a section heading that is a name and a year (`## The Grey Winter (1612)`) names the event its section tells of', () => {
    const wiki = letters('# Letters\n\n## The Grey Winter (1612)\n\nTyphus reached Karsk in the autumn. By the time the outbreak ended, 412 people had died.\n\n## After\n\nThe town was rebuilt.\n');
    assert.deepEqual(codes('The Grey Winter killed 412 people (Halloway).', [wiki]), []);
    assert.deepEqual(codes('The Grey Winter killed 500 people (Halloway).', [wiki]), ['contradicted 500']);
    // (A heading with a word for a kind of event names that event itself: no other name to learn.)
    const named = letters('# Letters\n\n## The Grey Siege (1612)\n\nTyphus reached Karsk in the autumn. By the time the outbreak ended, 412 people had died.\n');
    assert.deepEqual(codes('The Grey Siege killed 500 people (Halloway).', [named]), ['citation-mismatch 500']);
  });

  it('an event of a name the corpus gives two of is the one its own sentence dates (`In 1701 a fire at the Brindle works …`)', () => {
    const twoFires = chronicle('# Chronicle\n\nThe Brindle fire of 1701 killed twelve men. The Brindle fire of 1709 killed thirty men.\n');
    const oneFire = letters('# Letters\n\nIn 1701 a fire at the Brindle works killed fifteen men.\n');
    const table: Array<[string, string[]]> = [
      // Both sentences set in 1701: the first fire, which the sources count differently. (The cited
      // chronicle's `fire of 1701` is the year of that fire, which holds the claim's day.)
      ['On 3 June 1701 a fire at the Brindle works killed twelve men (Brannock).', ['sources-disagree twelve']],
      // Set in 1709: the second fire, which no source says killed twelve.
      ['On 3 June 1709 a fire at the Brindle works killed twelve men (Brannock).', ['contradicted twelve']],
      // No year: either fire, so nothing is sure enough to report.
      ['A fire at the Brindle works killed twelve men (Brannock).', []],
    ];
    for (const [draft, expected] of table) assert.deepEqual(codes(draft, [twoFires, oneFire]), expected, draft);
  });

  it('the one count of a thing counted, which says nothing of what they did, is not a count of something they did', () => {
    const one = letters('# Letters\n\nThe hedges were thrown down by about 400 tenants.\n');
    assert.deepEqual(codes('About 400 tenants threw the hedges down (Halloway).', [one]), []);
    assert.deepEqual(codes('A petition signed by 300 tenants had asked him to act (Halloway).', [one]), ['citation-mismatch 300']);
  });

  it('the one count of a measure, of an event the source names, is not the fact of a paragraph that never names it', () => {
    const one = letters('# Letters\n\nThe Battle of Karsk was fought in the spring. Some 2,000 soldiers were killed in the Battle of Karsk.\n');
    assert.deepEqual(codes('The Orlen army crossed the river in June. Three thousand soldiers were killed (Halloway).', [one]), ['citation-mismatch Three thousand']);
    assert.deepEqual(codes('The Battle of Karsk was fought in June. Three thousand soldiers were killed (Halloway).', [one]), ['contradicted Three thousand']);
  });

  it('a span of years not surely of the claim’s event confirms no day: the claim is not in the sources', () => {
    const journal = letters('# Letters\n\nKept in the field and in the town of Karsk, 1610–1612.\n');
    assert.deepEqual(codes('The Karsk garrison surrendered on 16 June 1611.', [journal]), ['needs-citation 16 June 1611', 'not-in-sources 16 June 1611']);
  });

  it('a date range in a table cell states the length it spans, whatever another cell says', () => {
    const table = letters('# Letters\n\n| Dates | What | Notes |\n|---|---|---|\n| 25 Jul – 16 Aug 1831 | The relief march over the pass | Arrives one week after the surrender |\n');
    assert.deepEqual(codes('The relief march over the pass took 22 days (Halloway).', [table]), []);
  });

  it('an event the corpus gives a second name (`known in the valley as the Karsk Inquiry`) is one event by either', () => {
    const post = letters([
      '# Letters', '',
      'The Board of Trade inquiry, held by Captain Vell at Orlen Town Hall and known in the valley as the Karsk Inquiry, opened on 12 January 1869.', '',
      '| Dates | What | Notes |', '|---|---|---|', '| 12–18 January 1869 | Board of Trade inquiry | 31 witnesses |', '',
    ].join('\n'));
    assert.deepEqual(codes('The Karsk Inquiry heard 31 witnesses (Halloway).', [post]), []);
    assert.deepEqual(codes('The Karsk Inquiry heard 40 witnesses (Halloway).', [post]), ['contradicted 40']);
  });

  it('an unnamed event the corpus gives a name with no word for its kind (`remembered as the Long Shutting`) is one event by either', () => {
    const post = letters([
      '# Letters', '',
      'The fever came in with the fleet. The quarantine, remembered in the town as the Long Shutting, lasted 40 days.', '',
      'The mutiny on the Grey Tern broke out on 2 October 1821.', '',
    ].join('\n'));
    const draft = (days: number) => `The mutiny on the Grey Tern broke out on 2 October 1821 (Halloway). Kept shut for ${days} days, the harbour was known as the Long Shutting (Halloway).`;
    assert.deepEqual(codes(draft(40), [post]), []);
    assert.deepEqual(codes(draft(50), [post]), ['contradicted 50 days']);
  });

  it('an event the corpus `later called` by a name with another kind’s word (`the occupation, later called the Bell Rising`) is one event by any of them', () => {
    const post = letters([
      '# Letters', '',
      'On 9 March 1868 students occupied the Great Hall; the occupation, later called the Bell Rising, lasted nineteen days.', '',
      'The fire of 1839 burned for two days.', '',
    ].join('\n'));
    for (const said of ['The occupation of the Great Hall', 'The occupation', 'The Bell Rising', 'The rising']) {
      assert.deepEqual(codes(`${said} lasted only nineteen days (Halloway).`, [post]), [], said);
    }
    // (The corpus never names an occupation after the hall it took: not surely its one occupation.)
    assert.deepEqual(codes('The occupation of the Great Hall lasted only nine days (Halloway).', [post]), ['citation-mismatch nine days']);
    for (const said of ['The occupation', 'The Bell Rising', 'The rising']) {
      assert.deepEqual(codes(`${said} lasted only nine days (Halloway).`, [post]), ['contradicted nine days'], said);
    }
  });

  it('a kind’s one unnamed event named after a thing it is `known as` stays that event under the name (`the Truce of Orlen Cross`); the time a treaty was agreed for is its time in force', () => {
    const post = letters([
      '# Letters', '',
      'The truce was concluded on 11 September 1612 at the stone known as Orlen Cross, which gave it its name. It was agreed for twenty years.', '',
      'Nobody broke the Truce of Orlen Cross.', '',
    ].join('\n'));
    const draft = (years: string) => `# The Truce of Orlen Cross\n\nIn the end the truce was agreed for ${years} years (Halloway).`;
    assert.deepEqual(codes(draft('twenty'), [post]), []);
    assert.deepEqual(codes(draft('twenty-five'), [post]), ['contradicted twenty-five years']);
  });

  it('a heading’s name teaches its last word as a kind of event (`## The Orlen Rising`, then `The rising lasted 17 days`)', () => {
    const post = letters([
      '# Letters', '',
      '## The Orlen Rising', '',
      'In April 1766 about 600 tenants gathered at the stone. The rising lasted 17 days.', '',
    ].join('\n'));
    const draft = (days: number) => `# The Orlen Rising, 1766\n\nThe tenants gathered in April 1766 (Halloway). The rising lasted ${days} days (Halloway).`;
    assert.deepEqual(codes(draft(17), [post]), []);
    assert.deepEqual(codes(draft(25), [post]), ['contradicted 25 days']);
  });

  it('messages quote what the sources say, with titles', () => {
    const report = checkDraft('The siege of Karsk lasted 90 days.', buildCorpusIndex(corpus));
    const finding = report.findings.find((f) => f.code === 'contradicted')!;
    assert.equal(
      finding.message,
      'The sources say 140 days ("The Brannock Chronicle") or four months ("Letters from the Vell Valley"); the draft says 90 days.',
    );
    assert.deepEqual(finding.evidence.map((e) => e.sentence), [
      'It lasted 140 days.',
      'The four month siege of Karsk ruined the valley, and some 5,000 Karsk militiamen were taken prisoner.',
    ]);
    assert.deepEqual(finding.data.sourceValues.map((v) => v.text), ['140 days', 'four month']);
  });

  describe('messages read as sentences: the draft\'s hedge kept, values named as a sentence names them', () => {
    const messageOf = (draft: string, code: string) => checkDraft(draft, buildCorpusIndex(corpus)).findings.find((f) => f.code === code)?.message;
    const cases: Array<[string, string, string, string]> = [
      ['a hedge at the start of the sentence, in lower case', 'About 30,000 died in the siege of Karsk.', 'contradicted',
        'The source says 12,000 ("The Brannock Chronicle"); the draft says about 30,000.'],
      ['a hedge inside the sentence', 'The siege of Karsk lasted nearly 90 days.', 'contradicted',
        'The sources say 140 days ("The Brannock Chronicle") or four months ("Letters from the Vell Valley"); the draft says nearly 90 days.'],
      ['a sentence that opens on a source\'s value opens with a capital', 'The siege of Karsk lasted four months (Brannock).', 'citation-mismatch',
        'The cited source says 140 days ("The Brannock Chronicle"); the draft says four months. Four months ("Letters from the Vell Valley") agrees with the draft.'],
      ['a range said once, not twice', 'Only 1–3 sieges of Karsk ended that way.', 'needs-citation', 'This claim (1–3) has no citation.'],
      ['the hedge in the citation notice too', 'About 30,000 died in the siege of Karsk.', 'needs-citation', 'This claim (about 30,000) has no citation.'],
    ];
    for (const [name, draft, code, message] of cases) it(name, () => assert.equal(messageOf(draft, code), message));
  });

  describe('a value of time as a sentence names it (normalValueText)', () => {
    const cases: Array<[string, string]> = [
      ['four month', 'four months'], ['five-month', 'five months'], ['one-day', 'one day'], ['a year', 'a year'],
      ['two century', 'two centuries'], ['140 days', '140 days'], ['3 May 1611', '3 May 1611'], ['half', 'half'],
    ];
    for (const [written, named] of cases) it(`${written} → ${named}`, () => assert.equal(normalValueText(written), named));
  });

  it('disable comments silence findings', () => {
    const corpusIndex = buildCorpusIndex(corpus);
    const draft = [
      '<!-- corroborate-disable-next-line -->',
      'The siege of Karsk lasted 90 days.',
      '',
      'The siege of Karsk lasted 91 days.',
      '',
      '<!-- corroborate-disable needs-citation -->',
      'The siege of Karsk lasted 92 days.',
      '<!-- corroborate-enable -->',
    ].join('\n');
    const found = checkDraft(draft, corpusIndex).findings.map((f) => `${f.code} ${draft.slice(f.range.start, f.range.end)}`);
    assert.deepEqual(found.sort(), ['contradicted 91 days', 'contradicted 92 days', 'needs-citation 91 days']);
  });

  describe('disable comments: which findings each silences', () => {
    // Each draft has three sentences, each with a contradicted value and no citation.
    const found = (lines: string[]) => {
      const draft = lines.join('\n');
      return checkDraft(draft, buildCorpusIndex(corpus)).findings.map((f) => `${f.code} ${draft.slice(f.range.start, f.range.end)}`).sort();
    };
    const all = (days: number) => [`contradicted ${days} days`, `needs-citation ${days} days`];
    const cases: Array<[string, string[], string[]]> = [
      ['disable-file silences every line', ['<!-- corroborate-disable-file -->', 'The siege of Karsk lasted 90 days.', '', 'The siege of Karsk lasted 91 days.'], []],
      ['disable-file with a code silences only that code, anywhere in the file',
        ['The siege of Karsk lasted 90 days.', '', 'The siege of Karsk lasted 91 days.', '<!-- corroborate-disable-file needs-citation -->'],
        ['contradicted 90 days', 'contradicted 91 days']],
      ['the silence fix\'s comment names its code and silences only it', ['<!-- corroborate-disable-next-line needs-citation -->', 'The siege of Karsk lasted 90 days.'],
        ['contradicted 90 days']],
      ['enable with a code ends only that code\'s silence',
        ['<!-- corroborate-disable -->', 'The siege of Karsk lasted 90 days.', '<!-- corroborate-enable needs-citation -->', 'The siege of Karsk lasted 91 days.',
          '<!-- corroborate-enable -->', 'The siege of Karsk lasted 92 days.'],
        ['needs-citation 91 days', ...all(92)].sort()],
      ['enable with a code ends that code in a silence of several codes, the others go on',
        ['<!-- corroborate-disable contradicted needs-citation -->', 'The siege of Karsk lasted 90 days.', '<!-- corroborate-enable contradicted -->',
          'The siege of Karsk lasted 91 days.'],
        ['contradicted 91 days']],
      ['enable with no code ends every silence', ['<!-- corroborate-disable needs-citation -->', '<!-- corroborate-disable contradicted -->',
        'The siege of Karsk lasted 90 days.', '<!-- corroborate-enable -->', 'The siege of Karsk lasted 91 days.'], all(91)],
    ];
    for (const [name, lines, expected] of cases) it(name, () => assert.deepEqual(found(lines), expected));
  });
});

describe('verdicts: a cited source that writes the very count before its noun', () => {
  const rolls = (text: string): SourceInput => ({ key: 'rolls', title: 'The Rolls of Orm Abbey', author: 'Ada Vell', kind: 'article', uri: '/virtual/rolls.md', text: `# The Rolls of Orm Abbey\n\n${text}` });
  const guide: SourceInput = { key: 'guide', title: 'A Guide to the Orm Valley', author: 'Tam Brisk', kind: 'web', uri: '/virtual/guide.md', text: '# A Guide to the Orm Valley\n\nOrm Abbey held five manors in the valley.' };
  const draft = "On the abbey's five manors 412 tenants died (Vell, *The Rolls of Orm Abbey*).";
  const table: Array<[string, string, string[]]> = [
    ['`the five manors of …`, read as no statement, is not silence on five manors', 'The court rolls survive for the five manors of the Orm valley from 1325 to 1370.', []],
    ['…nor `their five manors`', 'The abbots kept their five manors in good order.', []],
    ['the same number before another noun is silence', 'The court rolls survive for the five mills of the Orm valley from 1325 to 1370.', ['citation-mismatch five']],
    ['another number before the same noun is silence', 'The court rolls survive for the six manors of the Orm valley from 1325 to 1370.', ['citation-mismatch five']],
  ];
  for (const [name, text, expected] of table) {
    it(name, () => assert.deepEqual(codes(draft, [rolls(text), guide]).filter((c) => c.endsWith(' five')), expected));
  }
});

describe('verdicts: a source’s day whose year was only guessed from the text around it', () => {
  const rolls = (text: string): SourceInput => ({
    key: 'rolls', title: 'The Rolls of Orm Abbey', author: 'Ada Vell', kind: 'article', uri: '/virtual/rolls.md',
    text: `# The Rolls of Orm Abbey\n\nThe reeve, who in May 1611 had sat upon the Orm flood, opened the inquest.\n\n${text}`,
  });
  const guide: SourceInput = { key: 'guide', title: 'A Guide to the Orm Valley', author: 'Tam Brisk', kind: 'web', uri: '/virtual/guide.md', text: '# A Guide to the Orm Valley\n\nThe Orm inquest found the miller guilty on 3 March 1614.' };
  const found = 'The inquest found the miller guilty on 3 March 1614 (Vell, *The Rolls of Orm Abbey*).';
  const finds = 'The inquest finds the miller guilty on 3 March 1614 (Vell, *The Rolls of Orm Abbey*).';
  const table: Array<[string, string, string, string[]]> = [
    ['the claim’s day and month, with the year of a paragraph that looked back, does not disagree', 'The inquest was resumed on Thursday, the 3rd of March.', found, []],
    ['…nor leave the cited source silent', 'The jurors came back on Thursday, the 3rd of March.', finds, []],
    ['the same day and month with a year of its own disagrees', 'The inquest was resumed on Thursday, 3 March 1611.', found, ['citation-mismatch 3 March 1614']],
    ['another day with a guessed year still disagrees', 'The inquest was resumed on Thursday, the 5th of March.', found, ['citation-mismatch 3 March 1614']],
  ];
  for (const [name, text, draft, expected] of table) it(name, () => assert.deepEqual(codes(draft, [rolls(text), guide]), expected));
});

describe('verdicts: a cited source’s range of two days gives a length', () => {
  const rolls = (text: string): SourceInput => ({ key: 'rolls', title: 'The Rolls of Orm Abbey', author: 'Ada Vell', kind: 'article', uri: '/virtual/rolls.md', text: `# The Rolls of Orm Abbey\n\n${text}` });
  const guide: SourceInput = { key: 'guide', title: 'A Guide to the Orm Valley', author: 'Tam Brisk', kind: 'web', uri: '/virtual/guide.md', text: '# A Guide to the Orm Valley\n\nThe Orm fever lasted eleven weeks.' };
  const draft = 'The Orm fever lasted eleven weeks (Vell, *The Rolls of Orm Abbey*).';
  const table: Array<[string, string, string[]]> = [
    ['`from … until …` in so many days is not silence on the length', 'The fever appeared in Orm on the third day of May, 1612, and continued until the nineteenth day of July following.', []],
    ['…nor `… till …`', 'The fever came to Orm on 3 May 1612 and stayed till 19 July 1612.', []],
    ['two days of two happenings state no length', 'The fever appeared in Orm on 3 May 1612, and the abbot died on 19 July 1612.', ['citation-mismatch eleven weeks']],
    ['a range of another length is silence', 'The fever raged in Orm from 3 May 1612 to 19 September 1612.', ['citation-mismatch eleven weeks']],
  ];
  for (const [name, text, expected] of table) it(name, () => assert.deepEqual(codes(draft, [rolls(text), guide]), expected));
});

describe('verdicts: to invade a place the corpus names is its invasion', () => {
  const annals: SourceInput = {
    key: 'annals', title: 'Annals of the Vell Wars', author: 'Ada Vell', kind: 'article', uri: '/virtual/annals.md',
    text: '# Annals of the Vell Wars\n\nOn 3 May 1702 the Velmarchi launched Operation Thornfall, a full-scale invasion of the Karskan Union that broke the truce.\n\nThe war ended in 1709.',
  };
  const table: Array<[string, string, string[]]> = [
    ['invading a place the corpus names, on another day, contradicts its invasion', 'The Velmarchi invaded the Karskan Union on 5 May 1702.', ['contradicted 5 May 1702']],
    ['…and on its day agrees', 'The Velmarchi invaded the Karskan Union on 3 May 1702.', []],
    ['invading a place the corpus never names is no invasion it tells of', 'The Orlenese invaded the Skerry Isles on 5 May 1702.', ['not-in-sources 5 May 1702']],
    ['…even after one it tells of', 'The Velmarchi invaded the Karskan Union on 3 May 1702.\n\nThe Orlenese invaded the Skerry Isles on 5 May 1702.', ['not-in-sources 5 May 1702']],
  ];
  for (const [name, draft, expected] of table) {
    it(name, () => assert.deepEqual(codes(draft, [annals]).filter((c) => !c.startsWith('needs-citation')), expected));
  }
});

describe('verdicts: a moment of another event within a claim’s span of dates does not tell the span', () => {
  const rolls: SourceInput = { key: 'rolls', title: 'The Rolls of Orm Abbey', author: 'Ada Vell', kind: 'article', uri: '/virtual/rolls.md', text: '# The Rolls of Orm Abbey\n\nThe Salt War with Vell in 1612 was brief.' };
  const table: Array<[string, string, string[]]> = [
    ['a life’s years around a war’s one year are in no source', 'Abbot Brisk (1598–1652) rebuilt the abbey.', ['needs-citation 1598–1652', 'not-in-sources 1598–1652']],
    ['…nor are the years of an office', 'Brisk was abbot in the years 1611–1613.', ['needs-citation 1611–1613', 'not-in-sources 1611–1613']],
    ['the war’s own years, around the year the source gives it, are not silence', 'The Salt War of 1611–1613 ruined the valley.', ['needs-citation 1611–1613']],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(codes(draft, [rolls]), expected));
});

describe('verdicts: a time counted from an event it names blames a silent citation', () => {
  const rolls: SourceInput = { key: 'rolls', title: 'The Rolls of Orm Abbey', author: 'Ada Vell', kind: 'article', uri: '/virtual/rolls.md',
    text: "# The Rolls of Orm Abbey\n\nThe Salt War with Vell began on 3 May 1612 and ended on 9 June 1613. The abbey's tithe barn burned in 1620." };
  const guide: SourceInput = { key: 'guide', title: 'A Guide to the Orm Valley', author: 'Tam Brisk', kind: 'web', uri: '/virtual/guide.md',
    text: '# A Guide to the Orm Valley\n\nThe tithe barn burned seven years after the Salt War ended.' };
  const table: Array<[string, string, string[]]> = [
    ['a time after a named event, citing a source that never states it, is a mismatch', 'Seven years after the Salt War, the tithe barn burned (Vell, *The Rolls of Orm Abbey*).', ['citation-mismatch Seven years']],
    ['…whatever its value', 'The barn burned fourteen years after the Salt War (Vell, *The Rolls of Orm Abbey*).', ['citation-mismatch fourteen years']],
    ['citing the source that states it is no mismatch', 'Seven years after the Salt War, the tithe barn burned (Brisk, *A Guide to the Orm Valley*).', []],
    ['a time from nothing named (`later`) blames a citation of a source that gives no time like it', 'Seven years later the barn burned (Vell, *The Rolls of Orm Abbey*).', ['citation-mismatch Seven years']],
    ['…and not one that does', 'Seven years later the barn burned (Brisk, *A Guide to the Orm Valley*).', []],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(codes(draft, [rolls, guide]), expected));
});

describe('verdicts: under an open bound, the very value a cited source gives is near the bound', () => {
  const rolls: SourceInput = { key: 'rolls', title: 'The Rolls of Orm Abbey', author: 'Ada Vell', kind: 'article', uri: '/virtual/rolls.md',
    text: "# The Rolls of Orm Abbey\n\nThe Salt War with Vell began on 3 May 1612 and ended on 9 June 1613. The abbey's tithe barn burned in 1620. The siege of the barn lasted seventeen hours." };
  const guide: SourceInput = { key: 'guide', title: 'A Guide to the Orm Valley', author: 'Tam Brisk', kind: 'web', uri: '/virtual/guide.md',
    text: '# A Guide to the Orm Valley\n\nThe tithe barn burned seven years after the Salt War ended.' };
  const table: Array<[string, string, string[]]> = [
    ['seventeen hours is no statement of `less than eight years`', 'The barn burned less than eight years after the Salt War (Vell, *The Rolls of Orm Abbey*).', ['citation-mismatch eight years']],
    ['…nor of `less than a year`', 'The barn burned less than a year after the Salt War (Vell, *The Rolls of Orm Abbey*).', ['citation-mismatch a year']],
    ['…but may be one of `less than a day`', 'The barn burned less than a day after the Salt War (Vell, *The Rolls of Orm Abbey*).', []],
    ['the source that states the time is not blamed', 'The barn burned less than eight years after the Salt War (Brisk, *A Guide to the Orm Valley*).', []],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(codes(draft, [rolls, guide]), expected));
});

describe('verdicts: a cited source telling of the event with other counts is silent on a count said in the lexicon’s words', () => {
  const rolls = (more: string): SourceInput => ({ key: 'rolls', title: 'The Rolls of Orm Abbey', author: 'Ada Vell', kind: 'article', uri: '/virtual/rolls.md',
    text: `# The Rolls of Orm Abbey\n\nThe Orm riot broke out on 3 May 1612, when some 400 weavers marched on the mill.${more}` });
  const guide: SourceInput = { key: 'guide', title: 'A Guide to the Orm Valley', author: 'Tam Brisk', kind: 'web', uri: '/virtual/guide.md',
    text: '# A Guide to the Orm Valley\n\nThirty-one rioters were arrested after the Orm riot.' };
  const table: Array<[string, string, string, string[]]> = [
    ['the marchers’ 400 are no statement of the arrests: the citation is blamed', '', 'After the Orm riot, 31 men were arrested (Vell, *The Rolls of Orm Abbey*).', ['citation-mismatch 31']],
    ['citing the source that counts the arrests is no mismatch', '', 'After the Orm riot, 31 men were arrested (Brisk, *A Guide to the Orm Valley*).', []],
    ['a count of what the checker has no word for (`took part`) may be told in the source’s other words', '', 'In the Orm riot, 31 weavers took part (Vell, *The Rolls of Orm Abbey*).', []],
    ['a source that writes the very number (`Its 31 prisoners`) may state it in other words', ' Its 31 prisoners are listed on folio 9.', 'After the Orm riot, 31 men were arrested (Vell, *The Rolls of Orm Abbey*).', []],
  ];
  for (const [name, more, draft, expected] of table) it(name, () => assert.deepEqual(codes(draft, [rolls(more), guide]), expected));
});

describe('verdicts: a statement that is the same fact as one the claim surely agrees with disagrees with the claim', () => {
  const forum: SourceInput = {
    key: 'forum', title: 'Orm flood - any family there?', author: 'Bram Tull', kind: 'forum', uri: '/virtual/forum.md',
    text: '# Orm flood - any family there?\n\nMy great-uncle died in the Orm flood on 9 February 1827. I have been through the inquest papers and I count 58 men dead.',
  };
  // (The corpus tells of two disasters: the claim names neither, so its measure alone ties it to no event.)
  const guide = (text: string): SourceInput => ({
    key: 'guide', title: 'A Guide to the Orm Valley', author: 'Tam Brisk', kind: 'web', uri: '/virtual/guide.md',
    text: `# A Guide to the Orm Valley\n\nIn 1824 an explosion in the High Seam killed 37 men.\n\n${text}`,
  });
  const draft = 'A family historian who went through the inquest papers found 58 dead.[^1]\n\n[^1]: Bram Tull, "Orm flood - any family there?", a forum post.';
  const table: Array<[string, string, string[]]> = [
    ['the cited source’s one count is the claim’s fact, and the same fact told otherwise disagrees', 'In the Orm flood of 1827 water broke into the Low Seam, and 61 men died. The flood closed the pit.', ['sources-disagree 58']],
    ['a count of another kind is no part of it', 'In the Orm flood of 1827 water broke into the Low Seam, and 61 men were hurt. The flood closed the pit.', []],
    ['a count of another event is no part of it', 'In the Orm fire of 1829 61 men died. The fire closed the pit.', []],
  ];
  for (const [name, text, expected] of table) it(name, () => assert.deepEqual(codes(draft, [forum, guide(text)]), expected));
});

describe('verdicts: a statement surely of another fact than one the claim surely agrees with decides nothing', () => {
  const rolls = (text: string): SourceInput => ({ key: 'rolls', title: 'Manor Rolls', kind: 'web', uri: '/virtual/rolls.md', text: `The famine of 1331 was long. ${text}` });
  const vale: SourceInput = { key: 'vale', title: 'History of the Vale', kind: 'web', uri: '/virtual/vale.md', text: 'The famine of 1331 was long. Some 300 people died of hunger in it.' };
  const draft = 'The rolls count 96 deaths in the famine of 1331.';
  const table: Array<[string, string, string[]]> = [
    ['the claim agrees with a count of tenants; a count of all the people is another fact', '96 tenants died in it.', ['needs-citation 96']],
    ['…but where both count the people, the sources disagree', '96 people died in it.', ['needs-citation 96', 'sources-disagree 96']],
  ];
  for (const [name, text, expected] of table) it(name, () => assert.deepEqual(codes(draft, [vale, rolls(text)]), expected));
});

describe('verdicts: a claim that gives the very value a source gives of an event it names is of that event', () => {
  const wars = (text: string): SourceInput => ({ key: 'wars', title: 'The Vell Wars', author: 'Ada Vell', kind: 'article', uri: '/virtual/wars.md', text: `# The Vell Wars\n\n${text}` });
  const letters = (text: string): SourceInput => ({ key: 'letters', title: 'Letters from the Valley', author: 'Mira Holt', kind: 'letters', uri: '/virtual/letters.md', text: `# Letters from the Valley\n\n${text}` });
  const draft = 'It went on for 140 days.';
  // (The corpus tells of two sieges: the claim names neither, so its measure alone ties it to no event.)
  const table: Array<[string, string, string, string[]]> = [
    ['another source’s value for the named event disagrees', 'The siege of Karsk lasted 140 days. The siege of Orlen lasted 40 days.', 'The siege of Karsk lasted 150 days, my grandmother said.', ['sources-disagree 140 days']],
    ['a value for another event does not', 'The siege of Karsk lasted 140 days. The siege of Orlen lasted 40 days.', 'The siege of Orlen lasted 150 days, my grandmother said.', []],
    ['nor where the very value is of no event its sentence names', 'The siege of Orlen lasted 40 days.\n\nOne siege lasted 140 days.', 'The siege of Karsk lasted 150 days, my grandmother said.', []],
    ['nor where it is of a kind of event the corpus never names, which may be several', 'The siege of Orlen lasted 40 days. In 1611 the weavers’ strike lasted 140 days.', 'In 1620 the strike lasted 150 days.', []],
  ];
  for (const [name, ours, theirs, expected] of table) {
    it(name, () => assert.deepEqual(codes(draft, [wars(ours), letters(theirs)]).filter((c) => !c.startsWith('needs-citation')), expected));
  }
});

describe('verdicts: a claim that gives the very value a source gives of a thing it names (a ship) is of that thing', () => {
  const emigrants: SourceInput = {
    key: 'emigrants', title: 'The Orm Emigrants', author: 'Ada Vell', kind: 'article', uri: '/virtual/emigrants.md',
    text: '# The Orm Emigrants\n\nThe Brothers of Orm sailed from Portley on 20 August 1774. The Grace of Tull sailed on 3 May 1775.',
  };
  const lists = (text: string): SourceInput => ({ key: 'lists', title: 'Passenger Lists', author: 'Mira Holt', kind: 'web', uri: '/virtual/lists.md', text: `# Passenger Lists\n\n${text}` });
  const draft = '| Ship | Sailed |\n|---|---|\n| Sailed from Portley | 20 August 1774 |';
  const table: Array<[string, string, string[]]> = [
    ['another source’s day for the same ship disagrees', 'The Brothers of Orm sailed on 2 September 1774.', ['sources-disagree 20 August 1774']],
    ['another ship’s day does not', 'The Grace of Tull sailed on 2 September 1774.', []],
  ];
  for (const [name, text, expected] of table) {
    it(name, () => assert.deepEqual(codes(draft, [emigrants, lists(text)]).filter((c) => !c.startsWith('needs-citation')), expected));
  }
});

describe('verdicts: a count its sentence dates is not of a named event the corpus dates to other years', () => {
  const pass = (year: number): SourceInput => ({
    key: 'pass', title: 'The Orm Pass', author: 'Ada Vell', kind: 'article', uri: '/virtual/pass.md',
    text: `# The Orm Pass\n\n## The Kettle Slide (${year})\n\nOn 3 February ${year} an avalanche came down on a caravan at the Kettle, ` +
      `the deep bend below the summit. 43 people died and 11 were dug out alive.\n\n## The hospice\n\n` +
      `After the Kettle Slide of ${year} the council resolved to build a hospice below the summit.\n\n` +
      'On 27 February 1766 a second avalanche struck the stable wing of the hospice and killed nine people.\n',
  });
  const draft = 'On 27 February 1766 a second avalanche struck the stable wing of the hospice and killed 43 people.';
  const table: Array<[string, number, string[]]> = [
    ['the slide’s 43, of a slide dated to 1741, do not agree with a count of 1766: the claim is contradicted', 1741, ['contradicted 43']],
    ['…but where the corpus dates the slide to that year, they may be the claim’s: nothing proves it wrong', 1766, []],
  ];
  for (const [name, year, expected] of table) {
    it(name, () => assert.deepEqual(codes(draft, [pass(year)]).filter((c) => !c.startsWith('needs-citation')), expected));
  }
});

describe('verdicts: a cited source’s coarser date of the claim’s own event, and a `first` that ranks', () => {
  const rolls = (text: string): SourceInput => ({ key: 'rolls', title: 'The Rolls of Orm Abbey', author: 'Ada Vell', kind: 'article', uri: '/virtual/rolls.md', text: `# The Rolls of Orm Abbey\n\n${text}` });
  const guide: SourceInput = { key: 'guide', title: 'A Guide to the Orm Valley', author: 'Tam Brisk', kind: 'web', uri: '/virtual/guide.md',
    text: '# A Guide to the Orm Valley\n\nMy aunt went out in the weavers’ strike, which began on 18 July 1884.' };
  const draft = 'The weavers’ strike began in July 1884 (Vell, *The Rolls of Orm Abbey*).';
  const table: Array<[string, string, string[]]> = [
    ['the cited source’s year of the same strike is no silence on its month', 'In 1884 the weavers of Orm stopped work for 23 days. It was the first strike in the valley.', []],
    ['…nor where it never calls the strike the first', 'In 1884 the weavers of Orm stopped work for 23 days.', []],
    ['a cited source that dates no strike is silent', 'In 1884 the abbey roof was mended.', ['citation-mismatch July 1884']],
    ['…and one that numbers its strikes (`the first strike`, the one of 1879) may mean another', 'The first strike, in 1879, was short. In 1884 the weavers of Orm stopped work for 23 days.', ['citation-mismatch July 1884']],
  ];
  for (const [name, text, expected] of table) it(name, () => assert.deepEqual(codes(draft, [rolls(text), guide]), expected));
});

describe('verdicts: a length a heading only guesses the event of', () => {
  const rolls: SourceInput = { key: 'rolls', title: 'The Rolls of Orm Abbey', author: 'Ada Vell', kind: 'article', uri: '/virtual/rolls.md',
    text: '# The Rolls of Orm Abbey\n\nThe Battle of Karsk raged for 140 days. Some 3,000 men were taken prisoner there.' };
  const draft = (line: string) => `# The Battle of Karsk\n\n${line}`;
  const table: Array<[string, string, string[]]> = [
    ['the battle’s own fighting, under its heading, is its length', 'The fighting lasted six months.', ['contradicted six months', 'needs-citation six months']],
    ['…but a kindred activity the sentence names (an advance) is that activity’s own, not surely the battle’s', 'The Orlen advance lasted six months.', ['needs-citation six months', 'not-in-sources six months']],
    ['a span after `those` refers back to one already told: no claim', 'Some 3,000 men were taken prisoner in those six months.', ['needs-citation 3,000']],
    ['…while the same span told outright is one, and the time men were taken prisoner in is not the battle’s length', 'Some 3,000 men were taken prisoner in six months.', ['needs-citation 3,000', 'needs-citation six months', 'not-in-sources six months']],
  ];
  for (const [name, line, expected] of table) it(name, () => assert.deepEqual(codes(draft(line), [rolls]), expected));
});

describe('verdicts: what a heading only guesses gives way to what the clause itself says', () => {
  const rolls: SourceInput = { key: 'rolls', title: 'The Rolls of Orm Abbey', author: 'Ada Vell', kind: 'article', uri: '/virtual/rolls.md',
    text: '# The Rolls of Orm Abbey\n\nThe Battle of Karsk raged for 140 days. About 2,000 men died at Karsk. In 1614 the Vell army went on to take Dunmore after two years of hard fighting.' };
  const draft = (line: string) => `# The Battle of Karsk\n\n- ${line}`;
  const table: Array<[string, string, string[]]> = [
    ['a clause that opens on another name (`Dunmore taken after …`) is that name’s, not the heading’s battle’s', 'Dunmore taken after 3 years of fighting', []],
    ['…while a clause that names nothing is the heading’s', 'The fighting lasted 200 days', ['contradicted 200 days']],
    ['a count after something added and a word for the result is a sum, no toll of the battle', '4,000 wounded plus 3,000 prisoners, so 7,000 men lost', []],
    ['…while the toll told alone is the battle’s', '7,000 men lost', ['contradicted 7,000']],
    ['what one crossing could take is how long such a thing goes, no length of the battle', 'Under fire, one crossing could take 40 minutes', []],
  ];
  for (const [name, line, expected] of table) it(name, () => assert.deepEqual(codesWithout(draft(line), [rolls], 'needs-citation', 'not-in-sources'), expected));
});

describe('verdicts: a column that numbers a table’s rows holds no claims', () => {
  const rolls = article('rolls', 'The Rolls of Orm Abbey', 'The Battle of Karsk raged for 140 days. About 2,000 men died at Karsk.');
  const table = (header: string) => `# The Battle of Karsk\n\n| ${header} | Narration |\n|---|---|\n| 7 | The battle raged for 200 days. |`;
  const cases: Array<[string, string, string[]]> = [
    ['a bare number under `Shot` is the shot’s number; the narration beside it is checked', 'Shot', ['contradicted 200 days']],
    ['…and so under `Step`, as under `#` and `No.`', 'Step', ['contradicted 200 days']],
    ['…while under any other header it is a value, here a count of nothing the sources state', 'Figure', ['contradicted 200 days', 'not-in-sources 7']],
  ];
  for (const [name, header, expected] of cases) it(name, () => assert.deepEqual(codesWithout(table(header), [rolls], 'needs-citation'), expected));
});

describe('verdicts: a claim set in a year its sources never date anything near', () => {
  const annals: SourceInput = { key: 'annals', title: 'Annals of Karsk', author: 'Ada Vell', kind: 'article', uri: '/virtual/annals.md',
    text: '# Annals of Karsk\n\nThe siege of Karsk began in May 1611. It raged for 199 days.' };
  const letters: SourceInput = { key: 'letters', title: 'Letters from Karsk', author: 'Tam Brisk', kind: 'letters', uri: '/virtual/letters.md',
    text: '# Letters from Karsk\n\nIn 1612 we remembered the five month siege of Karsk.' };
  const table: Array<[string, string, string[]]> = [
    ['a length that gives one source’s value, in a text set in the sources’ years, is of their one event', '# A Siege, 1611\n\nThe siege lasted five months.',
      ['needs-citation five months', 'sources-disagree five months']],
    ['…but not in a text set three centuries later: another event', '# The Siege of Verdun, 1916\n\nThe siege lasted five months.', ['needs-citation five months', 'not-in-sources five months']],
    ['…nor is `the siege` there the corpus’s one siege, which it dates three centuries before (a weak agreement keeps it quiet)', '# My Essay, 1916\n\nThe siege lasted five months.', ['needs-citation five months']],
    ['…while a draft’s dateline gives the year the writer wrote in, not the year of its events', '# On This Day\n\n**The Courier · Monday, 28 July 2025 · Page 4**\n\nThe siege lasted five months.',
      ['needs-citation five months', 'sources-disagree five months']],
    ['a length of nothing named, in a section its heading sets in the sources’ years, is of their one event', '# The Rising, 1611\n\nThe soldiers held out in the glens for five months.',
      ['needs-citation five months', 'sources-disagree five months']],
    ['…but not in a section set two centuries later', '# The Rising, 1766\n\nThe soldiers held out in the glens for five months.', ['needs-citation five months']],
    ['…and a time someone stayed in a place is a stay, of no event', '# The Rising, 1611\n\nThe soldiers stayed on in the glens for five months.', ['needs-citation five months']],
    ['…nor under a heading that names an event the corpus never names (a guess, but of another event)', '# The Blockade of Tull\n\nSome of the crews had been at sea for almost five months.', ['needs-citation five months']],
    ['…while the section’s year is not that of an event its sentence names', '# Borodino, 1812\n\nThe siege of Karsk lasted five months.',
      ['needs-citation five months', 'sources-disagree five months']],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(codes(draft, [annals, letters]), expected));
});

describe('verdicts: a claim whose own subject is an event the corpus never tells of is not of an event by its value alone', () => {
  const wars = article('wars', 'The Vell Wars', 'The Battle of Karsk lasted five months.');
  const letters: SourceInput = { key: 'letters', title: 'Letters', author: 'Tam Brisk', kind: 'letters', uri: '/virtual/letters.md', text: '# Letters\n\nThe Battle of Karsk raged for 199 days, my grandmother said.' };
  const serious = (draft: string) => codesWithout(draft, [wars, letters], 'needs-citation');
  const table: Array<[string, string, string[]]> = [
    ['`The second battle … It lasted five months`: the battle whose length is five months', 'The second battle was longer. It lasted nearly five months.', ['sources-disagree five months']],
    ['…but `The second siege`, in a corpus of no siege, is not that battle', 'The second siege was longer. It lasted nearly five months.', []],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(serious(draft), expected));
});

describe('verdicts: in a heading, a name the corpus also writes in lower case names its event only beside its other words', () => {
  const wars = article('wars', 'The Vell Wars', 'The Winter War began on 3 May 1639, and the first winter was hard. In 1639 the Winter War came.');
  const serious = (draft: string) => codesWithout(draft, [wars], 'needs-citation');
  const table: Array<[string, string, string[]]> = [
    ['`# The Winter War`: the war', '# The Winter War\n\nThe war began on 11 September 1749.', ['contradicted 11 September 1749']],
    ['…not `# The Hard Winter`', '# The Hard Winter of 1770\n\nSince the truce of 11 September 1749 the pass had been open.', ['not-in-sources 11 September 1749']],
    ['…nor `# The Winter March`', '# The Winter March\n\nSince the truce of 11 September 1749 the pass had been open.', ['not-in-sources 11 September 1749']],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(serious(draft), expected));
});

describe('verdicts: in a heading, an operation’s name follows its word', () => {
  const corpus = [article('annals', 'Annals of the north', 'On 22 June 1641 the Dunmar army launched Operation Harrow against Karsk.')];
  const table: Array<[string, string, string[]]> = [
    ['`## Slide 5: Operation Tern` over `Launched 19.11.1642` is Operation Tern’s, not the corpus’s one operation', '# Slides\n\n## Slide 5: Operation Tern\n\n- Launched 19.11.1642', []],
    ['…while `## Operation Harrow` is that operation', '# Slides\n\n## Slide 5: Operation Harrow\n\n- Launched 19.11.1642', ['contradicted 19.11.1642']],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(codesWithout(draft, corpus, 'needs-citation', 'not-in-sources'), expected));
});

describe('verdicts: a paragraph that names only what the corpus never writes is about something else', () => {
  const wars = article('wars', 'The Vell Wars', 'This was shown in the brief Karsk War with Orlen in 1639. A quarter of the Vell Army’s total manpower was lost in action.');
  const serious = (draft: string) => codesWithout(draft, [wars], 'needs-citation');
  const table: Array<[string, string, string[]]> = [
    ['a share of nothing named is the one statement of its measure', 'Nearly a third of the column was lost.', ['contradicted a third']],
    ['…but not after `Ardry led the column out of Glenmorrow`, names the corpus never writes', 'Ardry led the column out of Glenmorrow. Nearly a third of the column was lost.', ['not-in-sources a third']],
    ['…while a paragraph that also names what the corpus writes may be about it', 'Ardry led the column out of Karsk. Nearly a third of the column was lost.', ['contradicted a third']],
    ['…and a paragraph before is not this one', 'Ardry led the column out of Glenmorrow.\n\nNearly a third of the column was lost.', ['contradicted a third']],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(serious(draft), expected));
});

describe('verdicts: a word referring back just after a sentence that named what the corpus never writes', () => {
  const rolls = article('rolls', 'The Rolls of Orm Abbey', 'The Battle of Karsk lasted 41 days.\n');
  const serious = (draft: string) => codesWithout(draft, [rolls], 'needs-citation', 'not-in-sources');
  const table: Array<[string, string, string[]]> = [
    ['`Tull was what Karsk later became. The battle lasted 303 days`: which battle is a guess', 'For the Orlen folk, Tull was what Karsk later became. The battle lasted 303 days (Sears).', []],
    ['…as after `Karsk and Tull were both long battles`', 'Karsk and Tull were both long battles. The earlier battle lasted 303 days (Sears).', []],
    ['…while after a sentence that names only Karsk, it is Karsk', 'For the townsfolk, Karsk was a turning point. The battle lasted 303 days (Sears).', ['contradicted 303 days']],
    ['…and a writer who argues is no battle', 'Vane argues that Karsk was a turning point. The battle lasted 303 days (Sears).', ['contradicted 303 days']],
    ['…and a word referring back to the name its own sentence gives is that name’s', 'People compare Tull with Karsk. But Karsk was on another scale: it lasted 303 days (Sears).', ['contradicted 303 days']],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(serious(draft), expected));
});

describe('verdicts: a disease names which epidemic', () => {
  const rolls: SourceInput = { key: 'rolls', title: 'The Rolls of Orm Abbey', author: 'Ada Vell', kind: 'article', uri: '/virtual/rolls.md',
    text: '# The Rolls of Orm Abbey\n\nThe next summer the plague came to Orm, and nearly 200 townsfolk died of it.' };
  const table: Array<[string, string, string[]]> = [
    ['the plague, where the corpus’s one epidemic is the plague, is that one', 'The plague came to Orm, and 300 people died.', ['contradicted 300', 'needs-citation 300']],
    ['…as is the epidemic, by no word of its kind', 'The epidemic came to Orm, and 300 people died.', ['contradicted 300', 'needs-citation 300']],
    ['…but the cholera is another epidemic', 'Cholera came to Thornwick in 1834. The official toll was 112 deaths.', ['needs-citation 112', 'needs-citation 1834', 'not-in-sources 112', 'not-in-sources 1834']],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(codes(draft, [rolls]), expected));
});

describe('verdicts: how long the writer did something', () => {
  const rolls: SourceInput = { key: 'rolls', title: 'The Rolls of Orm Abbey', author: 'Ada Vell', kind: 'article', uri: '/virtual/rolls.md',
    text: '# The Rolls of Orm Abbey\n\nThe siege of Karsk raged for 199 days.' };
  const table: Array<[string, string, string[]]> = [
    ['`I visited Karsk for four days` is the writer’s own time, no claim', '# Karsk\n\nThe siege of Karsk ruined the town. In 2019 I visited Karsk for four days.', []],
    ['…while the same length of the siege is one', '# Karsk\n\nThe siege of Karsk ruined the town. It raged for four days.', ['contradicted four days', 'needs-citation four days']],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(codes(draft, [rolls]), expected));
});

describe('verdicts: `it` after a sentence about a body of men', () => {
  const rolls: SourceInput = { key: 'rolls', title: 'The Rolls of Orm Abbey', author: 'Ada Vell', kind: 'article', uri: '/virtual/rolls.md',
    text: '# The Rolls of Orm Abbey\n\nThe siege of Karsk raged for 199 days.' };
  const table: Array<[string, string, string[]]> = [
    ['`it`, after a sentence that opens on a regiment, is the regiment, not the siege named before', '# Karsk\n\nThe siege of Karsk began in May 1611. The Orlen Regiment was surrounded in June. It held out for ten weeks.', []],
    ['…while after a sentence on the siege it is the siege', '# Karsk\n\nThe siege of Karsk began in May 1611. It lasted ten weeks.', ['contradicted ten weeks']],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(codes(draft, [rolls]).filter((c) => !c.startsWith('needs-citation') && !c.startsWith('not-in-sources')), expected));
});

describe('verdicts: a time a clause gives to several events of a kind', () => {
  const rolls: SourceInput = { key: 'rolls', title: 'The Rolls of Orm Abbey', author: 'Ada Vell', kind: 'article', uri: '/virtual/rolls.md',
    text: '# The Rolls of Orm Abbey\n\nThe Battle of Karsk raged for 199 days. Karsk is remembered as the bloodiest battle of the age.' };
  const table: Array<[string, string, string[]]> = [
    ['`the raids went on for a week` is the raids’ time together, not the battle’s length', '# Karsk\n\nKarsk was bombed heavily. The raids went on for a week.', []],
    ['…while `it went on for a week` is the battle’s', '# Karsk\n\nKarsk was bombed heavily. It went on for a week.', ['contradicted a week']],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(codes(draft, [rolls]).filter((c) => !c.startsWith('needs-citation') && !c.startsWith('not-in-sources')), expected));
});

describe('verdicts: an unnamed event its own date sets a generation from the corpus’s one of its kind is another', () => {
  const history = (year: number): SourceInput => ({
    key: 'hist', title: 'A History of Orlen', author: 'Ada Brook', kind: 'article', uri: '/virtual/hist.md',
    text: `# A History of Orlen\n\nOn 3 May ${year} the Skarrans launched a full-scale invasion of Orlen, and the Skarran War began.\n`,
  });
  const table: Array<[string, string, number, string[]]> = [
    ['`Napoleon invaded Orlen on 24 June 1812` is no invasion the corpus dates to 1941', 'Napoleon invaded Orlen on 24 June 1812.', 1941, ['not-in-sources 24 June 1812']],
    ['…but a date a few years off is the corpus’s invasion, wrongly dated', 'The Skarrans invaded Orlen on 24 June 1938.', 1941, ['contradicted 24 June 1938']],
    ['…and where the corpus dates its invasion to that year, the date is checked against it', 'Napoleon invaded Orlen on 24 June 1812.', 1812, ['contradicted 24 June 1812']],
  ];
  for (const [name, draft, year, expected] of table) {
    it(name, () => assert.deepEqual(codes(draft, [history(year)]).filter((c) => !c.startsWith('needs-citation')), expected));
  }
});

describe('verdicts: a thing at the event’s place, not the event', () => {
  const rolls: SourceInput = { key: 'rolls', title: 'The Rolls of Orm Abbey', author: 'Ada Vell', kind: 'article', uri: '/virtual/rolls.md',
    text: '# The Rolls of Orm Abbey\n\nThe Battle of Karsk raged for 199 days. Karsk is remembered as the bloodiest battle of the age. Barges crossed the Orlen by night.' };
  const serious = (draft: string) => codes(draft, [rolls]).filter((c) => !c.startsWith('needs-citation') && !c.startsWith('not-in-sources'));
  const table: Array<[string, string, string[]]> = [
    ['`Orlov’s House in Karsk held out for 58 days`: a name that is no event, before the place, is what held', 'Orlov’s House in Karsk held out for 58 days.', []],
    ['`The Karsk pocket held out for ten weeks`: the place’s name before a noun of its own', 'The Karsk pocket held out for about ten weeks.', []],
    ['…while `Karsk held out for 58 days` is the battle’s length', 'Karsk held out for 58 days.', ['contradicted 58 days']],
    ['`The Orlen ferries ran for three months`, under `# Karsk`: a name that is no event, before a noun of its own, is a thing that went on', '# Karsk\n\nThe Orlen ferries ran every night for about three months.', []],
    ['…while under `# Karsk`, `The fighting raged for three months` is the battle', '# Karsk\n\nThe fighting raged for about three months.', ['contradicted three months']],
    ['`crossed into Karsk on 14–15 September 1612`: the days of a deed at the place are no length of the battle', '# Karsk\n\nThe 13th Guards Division crossed into Karsk on 14–15 September 1612.', []],
    ['…while the battle’s own days are its length', 'The Battle of Karsk raged from 14 to 15 September 1612.', ['contradicted 14 to 15 September 1612']],
    ['the days of a unit’s deed (`the 13th Guards Division, which crossed on 14 and 15 September`) are no length of the battle', 'The defence of Karsk depended on reinforcements such as the 13th Guards Division, which crossed on 14 and 15 September 1612.', []],
    ['`The crossing took about an hour`, after a paragraph on the battle: the act of crossing', 'The Karsk pocket was large.\n\nThe crossing took about an hour.', []],
    ['…while `It took about an hour` there is the battle', 'The Battle of Karsk was bloody. It took about an hour.', ['contradicted an hour']],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(serious(draft), expected));
});

describe('verdicts: a question that asks of a thing that is no event', () => {
  const rolls: SourceInput = { key: 'rolls', title: 'The Rolls of Orm Abbey', author: 'Ada Vell', kind: 'article', uri: '/virtual/rolls.md',
    text: '# The Rolls of Orm Abbey\n\nThe Battle of Karsk raged for 199 days. Karsk is remembered as the bloodiest battle of the age.' };
  const serious = (draft: string) => codes(draft, [rolls]).filter((c) => !c.startsWith('needs-citation') && !c.startsWith('not-in-sources'));
  const table: Array<[string, string, string[]]> = [
    ['`How long did Orlov’s House hold out?` / `Its defenders held it for 58 days`: `it` is the house', '**Q1. How long did the Battle of Karsk last?**\nAbout 199 days.\n\n**Q2. How long did Orlov’s House hold out?**\nIts defenders held it for 58 days.', []],
    ['…while a question of the battle leaves `it` the battle', '**Q1. How long did the Battle of Karsk last?**\nAbout 199 days.\n\n**Q2. How long did the Battle of Karsk go on?**\nIts defenders held it for 58 days.', ['contradicted 58 days']],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(serious(draft), expected));
});

describe('verdicts: two states a share’s people were in, neither dying nor held, may be one told in other words', () => {
  const report: SourceInput = { key: 'report', title: 'Report on the Orlen Removal', author: 'Ada Vell', kind: 'report', uri: '/virtual/report.md',
    text: '# Report on the Orlen Removal\n\nIn all 6,200 persons were removed to the coast, being 34 per cent of the population of the colony.' };
  const table: Array<[string, string, string[]]> = [
    ['`moved` and `removed`: the cited source states the share', 'In all 6,200 people were moved, 34 per cent of the colony’s population (Vell).', []],
    ['…but a share that died is another deed', 'In all 6,200 people were moved, and 34 per cent of the population died (Vell).', ['citation-mismatch 34 per cent']],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(codes(draft, [report]).filter((c) => !c.startsWith('not-in-sources')), expected));
});

describe('verdicts: a clause that names what the corpus never writes', () => {
  const rolls: SourceInput = { key: 'rolls', title: 'The Rolls of Orm Abbey', author: 'Ada Vell', kind: 'article', uri: '/virtual/rolls.md',
    text: '# The Rolls of Orm Abbey\n\nThe Battle of Karsk raged for 199 days. Karsk is remembered as the bloodiest battle of the age.' };
  const serious = (draft: string) => codes(draft, [rolls]).filter((c) => !c.startsWith('needs-citation') && !c.startsWith('not-in-sources'));
  const table: Array<[string, string, string[]]> = [
    ['`Gettysburg lasted three days`, after a sentence on Karsk: a first word before `lasted` is a name, and its clause may be of it', 'Karsk is often compared with Gettysburg. Gettysburg lasted three days.', []],
    ['…while `It lasted three days` there is the battle of Karsk', 'The Battle of Karsk was long. It lasted three days.', ['contradicted three days']],
    ['`On Guadalcanal the fighting lasted six months`: a word referring back, in a place the corpus never writes', 'Karsk was not the only long battle. On Guadalcanal the fighting lasted six months.', []],
    ['…while `In Karsk the fighting lasted six months` is the battle’s', 'Karsk was not the only long battle. In Karsk the fighting lasted six months.', ['contradicted six months']],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(serious(draft), expected));
});

describe('verdicts: an invasion of another land is another invasion', () => {
  const history: SourceInput = { key: 'hist', title: 'A History of Orlen', author: 'Ada Brook', kind: 'article', uri: '/virtual/hist.md',
    text: '# A History of Orlen\n\nOn Sunday 22 June 1641 the Skarran Empire launched Operation Hammer, a full-scale invasion of the Orlen Union that broke with the Pact of Vell signed two years earlier.\n' };
  const table: Array<[string, string, string[]]> = [
    ['`the Orlen army invaded Vell` two years before is no invasion of Orlen', 'On 30 November 1639 the Orlen army invaded Vell.', ['not-in-sources 30 November 1639']],
    ['…and two invasions in one sentence each take their own clause’s land', 'The Skarrans invaded the Orlen Union on 22 June 1641, two years after the Orlen army invaded Vell on 30 November 1639.', ['not-in-sources 30 November 1639']],
    ['…while an invasion of Orlen on another day is the corpus’s, wrongly dated', 'On 30 November 1639 the Skarrans invaded the Orlen Union.', ['contradicted 30 November 1639']],
  ];
  for (const [name, draft, expected] of table) {
    it(name, () => assert.deepEqual(codes(draft, [history]).filter((c) => !c.startsWith('needs-citation') && !c.includes('two years')), expected));
  }
});

describe('verdicts: a sitting resumed after a break is not when the proceeding happened', () => {
  const mercury: SourceInput = { key: 'mercury', title: 'The Orlen Mercury', author: 'Ada Vell', kind: 'newspaper', uri: '/virtual/mercury.md',
    text: '# The Orlen Mercury\n\n**MONDAY, AUGUST 25.** — The inquest upon the bodies of the persons killed in the collision at Orlen Junction on Saturday evening, the 23rd of August, 1851, was opened on Monday, the 25th of August, at the Navigation Inn.\n\n**THURSDAY, AUGUST 28.** — The inquiry was resumed on Thursday, the 28th of August.\n' };
  const table: Array<[string, string, string[]]> = [
    ['`opened the inquest on 25 August 1851` is not contradicted by the day it was resumed', '# The junction collision\n\nThe coroner opened the inquest on 25 August (Vell).', []],
    ['…and the day it was resumed does not say when it was held: another day is only not stated', 'The inquest was held on 2 September 1851 (Vell).', ['citation-mismatch 2 September 1851']],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(codes(draft, [mercury]).filter((c) => !c.startsWith('not-in-sources')), expected));
});

describe('verdicts: a timeline entry opened by a year in bold tells of its own event', () => {
  const rolls: SourceInput = { key: 'rolls', title: 'The Rolls of Orm Abbey', author: 'Ada Vell', kind: 'article', uri: '/virtual/rolls.md',
    text: '# The Rolls of Orm Abbey\n\nThe boatmen of Orlen struck on 3 April 1848. The strike lasted six weeks.\n' };
  const serious = (draft: string) => codes(draft, [rolls]).filter((c) => !c.startsWith('needs-citation') && !c.startsWith('not-in-sources'));
  const table: Array<[string, string, string[]]> = [
    ['`**1849.** Cholera reached the wharf` is not the strike the entry before told of', '# Orlen timeline\n\n**1848.** The boatmen struck on 3 April 1848.\n\n**1849.** Cholera reached the wharf.', []],
    ['…and a day in bold opens an entry too', '# Orlen timeline\n\n**3 April 1848** The boatmen struck.\n\n**2 May 1849** Cholera reached the wharf.', []],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(serious(draft), expected));
});

describe('verdicts: a question of the length of someone’s own thing', () => {
  const rolls: SourceInput = { key: 'rolls', title: 'The Rolls of Orm Abbey', author: 'Ada Vell', kind: 'article', uri: '/virtual/rolls.md',
    text: '# The Rolls of Orm Abbey\n\nThe Battle of Karsk raged for 199 days. Karsk is remembered as the bloodiest battle of the age.' };
  const serious = (draft: string) => codes(draft, [rolls]).filter((c) => !c.startsWith('needs-citation') && !c.startsWith('not-in-sources'));
  const table: Array<[string, string, string[]]> = [
    ['`How long did the Skarran army’s airlift go on?` / `For about ten weeks`: the airlift’s length, which the cited source does not state', '# The Battle of Karsk\n\n**Q9. How long did the Skarran army’s airlift to the pocket go on?**\nFor about ten weeks (Vell).', ['citation-mismatch ten weeks']],
    ['…while `How long did the battle go on?` asks the battle’s', '# The Battle of Karsk\n\n**Q9. How long did the battle go on?**\nFor about ten weeks (Vell).', ['contradicted ten weeks']],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(serious(draft), expected));
});

describe('verdicts: a strike and the lockout it turned into are two stoppages', () => {
  const rolls: SourceInput = { key: 'rolls', title: 'The Rolls of Orm Abbey', author: 'Ada Vell', kind: 'article', uri: '/virtual/rolls.md',
    text: '# The Rolls of Orm Abbey\n\n**The strike and lockout of 1848.** The boatmen came out on 3 April 1848. After seven weeks the masters locked them out. The lockout lasted 12 weeks.\n\n| Year | Event | Length |\n|---|---|---|\n| 1848 | Strike and lockout | 19 weeks |\n' };
  const serious = (draft: string) => codes(draft, [rolls]).filter((c) => !c.startsWith('needs-citation') && !c.startsWith('not-in-sources'));
  const table: Array<[string, string, string[]]> = [
    ['`For seven weeks it was a strike` is not the lockout’s length', 'The boatmen came out on 3 April 1848. For seven weeks it was a strike (Vell).', []],
    ['…nor the whole dispute’s, a row of the strike and the lockout together', 'The boatmen came out on 3 April 1848. The strike went on for seven weeks (Vell).', []],
    ['…while the lockout’s own length is checked', 'The lockout lasted nine weeks (Vell).', ['contradicted nine weeks']],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(serious(draft), expected));
});

describe('verdicts: a name the corpus never writes that opens a clause is what the clause tells of', () => {
  const rolls: SourceInput = { key: 'rolls', title: 'The Rolls of Orm Abbey', author: 'Ada Vell', kind: 'article', uri: '/virtual/rolls.md',
    text: '# The Rolls of Orm Abbey\n\nThe Battle of Karsk lasted 41 days.\n' };
  const serious = (draft: string) => codes(draft, [rolls]).filter((c) => !c.startsWith('needs-citation') && !c.startsWith('not-in-sources'));
  const table: Array<[string, string, string[]]> = [
    ['`Tull lasted three days, Karsk far longer`: Tull’s three days', 'Tull lasted three days, Karsk far longer (Sears).', []],
    ['`Tull, by contrast, lasted three days`, after a sentence on Karsk: Tull’s', 'Karsk was a long battle. Tull, by contrast, lasted three days (Sears).', []],
    ['…while `Karsk, by contrast, lasted three days` is Karsk’s', 'Karsk, by contrast, lasted three days (Sears).', ['contradicted three days']],
    ['…and so is `The Battle of Karsk lasted three days`', 'The Battle of Karsk lasted three days (Sears).', ['contradicted three days']],
    ['`Tull was besieged for about 50 days, a siege often compared with Karsk`: Tull’s siege', 'Tull was besieged for about 50 days, a siege often compared with Karsk (Sears).', []],
    ['…while `Karsk was besieged for about 50 days` is Karsk’s', 'Karsk was besieged for about 50 days (Sears).', ['contradicted 50 days']],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(serious(draft), expected));
});

describe('verdicts: one person’s own unnamed event is one event', () => {
  const rolls: SourceInput = { key: 'rolls', title: 'The Rolls of Orm Abbey', author: 'Ada Vell', kind: 'article', uri: '/virtual/rolls.md',
    text: '# The Rolls of Orm Abbey\n\nIn 1883 the barque Orla capsized at her launch, and the Board sent Lyall to inquire. Lyall opened his inquiry on 21 June 1883 and sat for eight days.\n\nIn 1909 the steamer Aldra sank. The inquiry sat for six days.\n' };
  const serious = (draft: string) => codes(draft, [rolls]).filter((c) => !c.startsWith('needs-citation') && !c.startsWith('not-in-sources'));
  const table: Array<[string, string, string[]]> = [
    ['`Lyall’s inquiry sat for eleven days`: the inquiry Lyall opened, which sat for eight', 'Lyall’s inquiry sat for eleven days (Sears).', ['contradicted eleven days']],
    ['…and `Lyall’s inquiry sat for eight days` agrees', 'Lyall’s inquiry sat for eight days (Sears).', []],
    ['…while `Tarrant’s inquiry` is another person’s, not Lyall’s', 'Tarrant’s inquiry sat for eleven days (Sears).', []],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(serious(draft), expected));
});

describe('verdicts: what a thing is compared with is not what the text goes on about', () => {
  const rolls: SourceInput = { key: 'rolls', title: 'The Rolls of Orm Abbey', author: 'Ada Vell', kind: 'article', uri: '/virtual/rolls.md',
    text: '# The Rolls of Orm Abbey\n\nThe Battle of Karsk lasted 41 days.\n' };
  const serious = (draft: string) => codes(draft, [rolls]).filter((c) => !c.startsWith('needs-citation') && !c.startsWith('not-in-sources'));
  const table: Array<[string, string, string[]]> = [
    ['`compare Tull with Karsk. It raged for 303 days`: not Karsk’s', 'Historians often compare Tull with Karsk. It raged for 303 days (Sears).', []],
    ['…nor after `likened Tull to Karsk`', 'One general likened Tull to Karsk. It raged for 303 days (Sears).', []],
    ['…while `compare Karsk with Tull. It raged for 303 days` is Karsk’s', 'Historians often compare Karsk with Tull. It raged for 303 days (Sears).', ['contradicted 303 days']],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(serious(draft), expected));
});

describe('verdicts: a count in so many months is a count from the start, as a source’s count beside a time is', () => {
  const post = article('post', 'A Post on the War', 'The Orlish army invaded Vellia in June 1639. As a result, it took only six months for Vellish military casualties to pass two million, while 900,000 Vellish troops were taken prisoner.');
  const serious = (draft: string) => codesWithout(draft, [post], 'needs-citation');
  const table: Array<[string, string, string[]]> = [
    ['`In only six months … 500,000 became prisoners`: the one count of prisoners, over the same span', 'In only six months the army had huge losses, and around 500,000 soldiers became prisoners.', ['contradicted 500,000']],
    ['…while a count of prisoners over no span said may be the whole war’s', 'Around 500,000 soldiers became prisoners.', ['not-in-sources 500,000']],
    ['…and one in so many years of something may be all of it', 'In four years of war around 500,000 soldiers became prisoners.', ['not-in-sources 500,000', 'not-in-sources four years']],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(serious(draft), expected));
});

describe('verdicts: the place a count’s men were defending is where it was counted', () => {
  const post = article('post', 'A Post on the War', 'Seven months after Orlish forces were pushed back at Tull (at the cost of over 9,000 Vellish casualties), the Vellish king issued a decree.');
  const serious = (draft: string) => codesWithout(draft, [post], 'needs-citation');
  const table: Array<[string, string, string[]]> = [
    ['`Vellish casualties defending Tull`: the casualties at Tull', 'The Vellish casualties defending Tull came to 6,500.', ['contradicted 6,500']],
    ['…and in a table row', '| what | how many |\n|---|---|\n| Vellish casualties defending Tull | 6,500 |', ['contradicted 6,500']],
    ['…while `defending their homes` says no place', 'The Vellish casualties defending their homes came to 6,500.', ['not-in-sources 6,500']],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(serious(draft), expected));
});

describe('verdicts: a time between up to the same event, counted from what happened at the same place, is the same fact', () => {
  const post = article('post', 'A Post on the War', 'Finally, seven months after Orlish forces were pushed back at Tull (at the cost of over 9,000 Vellish casualties), King Oskar issued Decree 12; on the same day it was read to the troops. Then, five months after the fall of the Orlish regime, the Vellish army marched against Karsk.');
  const serious = (draft: string) => codesWithout(draft, [post], 'needs-citation');
  const table: Array<[string, string, string[]]> = [
    ['`two months after the victory at Tull`, up to the decree: the source’s seven months (its own event after a fronted time)', 'Oskar issued Decree 12 just two months after the victory at Tull (Vell).', ['contradicted two months']],
    ['…and `pushed back from Tull`: where the pushing was', 'The decree came only three months after the Orlish were pushed back from Tull (Vell).', ['contradicted three months']],
    ['…and `the decree` named a paragraph before, at another place than Tull: still the decree’s', 'Decree 12 was harsh.\n\nThe decree was issued seven weeks after the victory at Tull (Vell).', ['contradicted seven weeks']],
    ['…and seven months agrees', 'The decree came seven months after the victory at Tull (Vell).', []],
    ['…while from what happened at another place it is another time', 'The decree came two months after the victory at Karsk (Vell).', ['citation-mismatch two months']],
    ['…and `a year into` a siege is how long the siege had gone on, not a time between', 'Decree 12 was issued nearly a year into the siege of Karsk (Vell).', ['citation-mismatch a year']],
    ['…and a label in brackets in the sentence before is not what `the decree` may mean', 'The post by Ada Vell (Source C) fills in the background. The decree came two months after the victory at Tull (Vell).', ['contradicted two months']],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(serious(draft), expected));
});

describe('verdicts: a diary’s count so far, days after the flood, may be its toll as then known', () => {
  const history = article('history', 'Orm Fen and its Drainage', 'On the night of 28 November 1838 the Skarn broke through the New Bank. 38 persons were drowned.');
  const diary: SourceInput = { key: 'thorn', title: 'Memoranda of Orm Parish', author: 'Josh Thorn', kind: 'letters', uri: '/virtual/thorn.md',
    text: '# Memoranda of Orm Parish\n\n**Decr. 10th, 1838.** — I have now buried upwards of forty drowned in this Flood.\n' };
  const serious = (draft: string) => codesWithout(draft, [history, diary], 'needs-citation');
  const table: Array<[string, string, string[]]> = [
    ['`41 people drowned`, citing the history: the diary’s `upwards of forty` agrees, so not contradicted', 'On the night of 28 November 1838 the Skarn broke through, and 41 people drowned (Vell).', ['citation-mismatch 41']],
    ['…and 38, citing the history, agrees with what it cites', 'On the night of 28 November 1838 the Skarn broke through, and 38 people drowned (Vell).', []],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(serious(draft), expected));
});

describe('verdicts: counts listed with their noun left out, each in its own year', () => {
  const history = article('history', 'Orm Fen and its Drainage', 'The Great Flood of 1838 drowned 38 persons. The two parishes had 1,240 inhabitants in 1801, 2,115 in 1831 and 2,960 in 1851.');
  const serious = (draft: string) => codesWithout(draft, [history], 'needs-citation');
  const table: Array<[string, string, string[]]> = [
    ['`2,690 inhabitants in 1851`: the 2,960 of 1851, not the flood’s, nor 1801’s', 'The two parishes had 2,690 inhabitants in 1851 (Vell).', ['contradicted 2,690']],
    ['…and so in a timeline’s entry for 1851', '- **1851**: the two parishes have 2,690 inhabitants (Vell).', ['contradicted 2,690']],
    ['…and 2,960 in 1851 agrees', 'The two parishes had 2,960 inhabitants in 1851 (Vell).', []],
    ['…and 2,115 in 1831 agrees: the noun left out is the same', 'The two parishes had 2,115 inhabitants in 1831 (Vell).', []],
    ['…while a count of no year said is not surely of one of them', 'The two parishes had 2,690 inhabitants (Vell).', ['citation-mismatch 2,690']],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(serious(draft), expected));
});

describe('verdicts: the one event of a measure, and a paragraph about another kind of event', () => {
  const blog = article('blog', 'Karsk', 'The battle of Karsk was long. It raged for 199 days.');
  const history = article('history', 'The Vell Wars', 'The five month battle of Karsk ruined the valley.');
  const serious = (draft: string) => codesWithout(draft, [blog, history], 'needs-citation', 'not-in-sources');
  const table: Array<[string, string, string[]]> = [
    ['a length with no subject is of the corpus’s one event of its measure, whose sources disagree', 'It went on for seven months.', ['sources-disagree seven months']],
    ['…but not where its paragraph tells of another kind of event', 'The second fire, on 17 November 1839, was much smaller. The west gallery then stayed shut for seven months.', []],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(serious(draft), expected));
});

describe('verdicts: the one statement of a measure, and a count told only by a deed', () => {
  const society = article('society', 'The Register and the Road', 'Work started in 1842, and some 900 navvies worked on the road at its height; eleven of them were killed in rockfalls.');
  const serious = (draft: string) => codesWithout(draft, [society], 'needs-citation');
  const table: Array<[string, string, string[]]> = [
    ['a count told only by what the counted did is not surely the one other count of that deed', 'More than a thousand men worked on it.', ['not-in-sources a thousand']],
    ['…while a count the lexicon names still is (`died`)', 'Fourteen men died on it.', ['contradicted Fourteen']],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(serious(draft), expected));
});

describe('verdicts: a flood that struck, a name a happening is remembered by, a place’s own part of a toll', () => {
  const history = article('history', 'A History of Orm', 'On 9 October 1794 a storm tide overtopped the banks and drowned 340 people; it is remembered as the First Flood. ' +
    'The Great Flood of 1831 drowned 1,900 people.');
  const serious = (draft: string) => codesWithout(draft, [history], 'needs-citation');
  const table: Array<[string, string, string[]]> = [
    ['a flood that struck is the flood, no strike; and its dead are the ones of the happening it is remembered as', 'The First Flood struck on 9 October 1794 and drowned 340 people (Vell).', []],
    ['…so another toll of it disagrees', 'The First Flood struck on 9 October 1794 and drowned 430 people (Vell).', ['contradicted 430']],
    ['a place’s part of a toll (`in Ferrish alone`) is not the whole toll', 'The Great Flood struck in March 1831 and drowned 400 people in Ferrish alone (Vell).', ['citation-mismatch 400']],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(serious(draft), expected));
});

describe('verdicts: a column that broke through, and a paragraph that brings in a thing', () => {
  const history = article('history', 'A History of Orm', 'The siege of Karsk began on 6 November 1833 and lasted 43 days.');
  const blog = (text: string): SourceInput => ({ key: 'blog', title: 'Orm Walks', author: 'Kit Moyle', kind: 'blog', uri: '/virtual/blog.md', text: `# Orm Walks\n\n${text}` });
  const broke = blog('The siege of Karsk dragged on for 43 days before General Vell’s column broke through on 19 December 1833.');
  const dyke = blog('The siege of Karsk dragged on for 43 days.\n\nThen came the Grand Dyke. Work started in 1837.');
  const table: Array<[string, SourceInput, string[]]> = [
    ['a column that broke through did not begin the siege', broke, []],
    ['work started on a thing a paragraph brought in is not the siege the paragraph before told of', dyke, []],
  ];
  for (const [name, source, expected] of table) {
    it(name, () => assert.deepEqual(codesWithout('The siege of Karsk began on 6 November 1833.', [history, source], 'needs-citation'), expected));
  }
});

describe('verdicts: a work opened or built is what its date is of', () => {
  const history = article('history', 'A History of Orm Spa', 'The Grand Pump Room on the Parade, the gift of the borough, opened on 2 July 1862. ' +
    'The Old Pump Room opened in 1798. The Harrow Wall was built in 1871.');
  const serious = (draft: string) => codesWithout(draft, [history], 'needs-citation');
  const table: Array<[string, string, string[]]> = [
    ['the day a named building opened', 'The Grand Pump Room opened on 2 July 1860 (Vell).', ['contradicted 2 July 1860']],
    ['…and the right day agrees', 'The Grand Pump Room opened on 2 July 1862 (Vell).', []],
    ['…the other building’s is its own', 'The Old Pump Room opened in 1862 (Vell).', ['contradicted 1862']],
    ['…told in a timeline, in the present', '- **1784**: The Old Pump Room opens (Vell).', ['contradicted 1784']],
    ['a work built is not a work opened', 'The Grand Pump Room was built in 1850 (Vell).', ['citation-mismatch 1850']],
    ['…and a work built is dated by its building', 'The Harrow Wall was completed in 1869 (Vell).', ['contradicted 1869']],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(serious(draft), expected));
});

describe('verdicts: two ships of one name, one numbered, and the men a ship sails with', () => {
  const history = article('history', 'Voyages to the Orm Sound', 'The Petrel, with 58 men aboard, stood west into the Sound in July 1847 and was never seen again. ' +
    'The Petrel II sailed from Port Tull on 2 June 1852 with 64 men aboard.');
  const serious = (draft: string) => codesWithout(draft, [history], 'needs-citation');
  const table: Array<[string, string, string[]]> = [
    ['the Petrel is not the Petrel II: the day the Petrel II sailed is not hers', 'The Petrel sailed from Port Tull on 14 July 1847 (Vell).', ['citation-mismatch 14 July 1847']],
    ['…and the Petrel II’s is hers', 'The Petrel II sailed from Port Tull on 14 July 1847 (Vell).', ['contradicted 14 July 1847']],
    ['the men a ship sails with are those aboard her', 'The Petrel II sailed west with 64 men (Vell).', []],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(serious(draft), expected));
});

describe('verdicts: the second of two fires, where the corpus numbers only the first', () => {
  const history = article('history', 'A History of Orm', 'The first great fire of 1207 destroyed about 200 houses in the lower town. ' +
    'The fire of 1366 struck the lower town in August 1366. It destroyed some 400 houses.');
  const serious = (draft: string) => codesWithout(draft, [history], 'needs-citation');
  const table: Array<[string, string, string[]]> = [
    ['`the second fire` is the one other fire; a verb after `and` (`destroyed`) is a deed, not its end', 'The second fire came in August 1366 and destroyed some 400 houses (Vell).', []],
    ['…so another year disagrees', 'The second fire came in August 1367 and destroyed some 400 houses (Vell).', ['contradicted August 1367']],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(serious(draft), expected));
});

describe('verdicts: a raid told by its verb, within a war', () => {
  const history = article('history', 'Karsk in the Orlen War', 'During the Orlen War two airships bombed the docks of Karsk on the night of 26 September 1917, killing 38 people. ' +
    'In all the Orlen War killed 4,000 people of the town.');
  const serious = (draft: string) => codesWithout(draft, [history], 'needs-citation');
  const table: Array<[string, string, string[]]> = [
    ['those the bombing killed are the raid’s dead', 'The air raid of 26 September 1917 killed 38 people (Vell).', []],
    ['…not the war’s', 'The Orlen War killed 4,000 people of the town (Vell).', []],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(serious(draft), expected));
});

describe('verdicts: a truce and a treaty, a ford and its two battles, what an army lost', () => {
  const history = article('history', 'Orm and the Karsk Ford',
    '### First Battle of Karsk Ford\n\nOn 14 May 1689 the Vell army of about 8,000 men tried to force the ford against about 5,000 Orlenish troops. The Orlenish lost about 450 killed and wounded.\n\n' +
    '### Second Battle and the siege\n\nThe Second Battle of Karsk Ford was fought on 2 August 1691. Vell returned in the summer of 1691. On 2 August 1691 his army crossed the ford and routed the Orlenish. ' +
    'The Orlenish suffered about 3,000 casualties, including some 850 killed.\n\n### Truce and treaty\n\n' +
    'A truce was agreed at Tessen on 30 November 1691. The war was ended by the Treaty of Tull, signed on 21 March 1693.');
  const journal: SourceInput = { key: 'pell', title: 'The Journal of Amos Pell', author: 'Amos Pell', kind: 'journal', uri: '/virtual/pell.md',
    text: '# The Journal of Amos Pell\n\n**Decr. 1st, 1691.** Yesterday the Truce was cried in the Market Place, & the Bells rung for it, the first time since August.\n' };
  const serious = (draft: string) => codesWithout(draft, [history, journal], 'needs-citation');
  const table: Array<[string, string, string[]]> = [
    ['a truce is no treaty: its day is the truce’s, not the Treaty of Tull’s', 'A truce was agreed on 30 November 1691, and the Treaty of Tull was signed in 1693 (Vell).', []],
    ['…nor is a truce’s day one of the Treaty of Tull’s', 'The Treaty of Tull was signed in 1693 (Vell).', []],
    ['…and the one truce a corpus tells of, named by no name, is the truce', 'The truce was agreed on 1 December 1691 (Vell).', ['contradicted 1 December 1691']],
    ['what a side lost, in no other word, may be its dead or all its losses: neither surely', 'The Orlenish lost about 3,000 men, 850 of them killed (Vell).', []],
    ['…and so a figure no source gives is left alone: which count it is, is not known', 'The Orlenish lost about 6,000 men (Vell).', []],
    ['the cited source’s one count of the dead, of a battle that may be either of two, is not surely the first battle’s', 'The first battle was bloody. On the Orlenish side about 400 men were killed (Vell).', ['citation-mismatch 400']],
    ['a battle that only says which thing a clause is about does not date it', 'The flag lost in the second battle was not recovered until March 1693 (Vell).', []],
    ['…while the battle its clause tells of does', 'The second battle was fought in March 1693 (Vell).', ['contradicted March 1693']],
    ['`crossed the ford` under the second battle’s heading is not the first battle’s, named after the ford', 'At the second battle the Orlenish suffered about 3,000 casualties (Vell).', []],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(serious(draft), expected));
});

describe('verdicts: an infobox row of a place’s people, each count in the year in brackets beside it', () => {
  const history = article('history', 'Orm Fen', '| Orm Fen | |\n|---|---|\n| Population | 1,240 (1801); 2,960 (1851) |\n| Flood | 1838 |\n\nThe Great Flood of 1838 drowned 38 persons.');
  const serious = (draft: string) => codesWithout(draft, [history], 'needs-citation');
  const table: Array<[string, string, string[]]> = [
    ['`the town has 2,690 people` in 1851 is its population, the row’s 2,960 of 1851', 'In 1851 the town has 2,690 people (Vell).', ['contradicted 2,690']],
    ['…and 2,960 agrees', 'In 1851 the town had 2,960 people (Vell).', []],
    ['a town grown from one count to another: each is its population in its year', 'The town grew from 1,240 people in 1801 to 2,690 in 1851 (Vell).', ['contradicted 2,690']],
    ['…and both agree', 'The town grew from 1,240 people in 1801 to 2,960 in 1851 (Vell).', []],
    ['a timeline’s entry for the year', '- **1851**: The population has fallen to 2,690 (Vell).', ['contradicted 2,690']],
    ['a count of people a town has in no year said is not surely of one of them', 'The town had 2,690 people (Vell).', ['citation-mismatch 2,690']],
    ['people a ship had are no town’s', 'In 1851 the ship had 2,690 people aboard (Vell).', ['citation-mismatch 2,690']],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(serious(draft), expected));
});

describe('verdicts: a place’s people are that place’s, never the corpus’s one count of inhabitants elsewhere', () => {
  const history = article('history', 'Orm in the Fever Years', 'Orm had about 5,200 inhabitants in 1761, and a fifth of them died of the fever.');
  const serious = (draft: string) => codesWithout(draft, [history], 'needs-citation');
  const table: Array<[string, string, string[]]> = [
    ['`Tull had about 950 inhabitants`: not Orm’s 5,200', 'Tull had about 950 inhabitants when the war reached it.', ['not-in-sources 950']],
    ['…nor `a town of about 950`', 'The diarist counts 214 dead in a town of about 950.', ['not-in-sources 214', 'not-in-sources 950']],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(serious(draft), expected));
});

describe('verdicts: a time up to the reaching of a place', () => {
  const war = article('war', 'The Orlen War', 'It would take two years and nine months of hard fighting for the Orlenese to eventually take Karsk.\n');
  const serious = (draft: string) => codesWithout(draft, [war], 'needs-citation');
  const table: Array<[string, string, string[]]> = [
    ['`took five years to reach Karsk` is the time until Karsk was taken', 'The Orlenese army took five years to reach Karsk.', ['contradicted five years']],
    ['…as is `the march to Karsk took`', 'The march to Karsk took two years and nine months.', []],
    ['…and `four more years of fighting before the army reached Karsk`', 'From the river it took almost four more years of fighting before the army reached Karsk.', ['contradicted four more years']],
    ['…but not the time to reach another place', 'The Orlenese army took five years to reach Tull.', ['not-in-sources five years']],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(serious(draft), expected));
});

describe('verdicts: a time after an event, up to an attack on someone', () => {
  const war = article('war', 'The Dorn Years', 'Then, three months after the fall of the Dorn regime (as agreed at Tull), the Orlen army marched against the Karskese Empire.\n');
  const serious = (draft: string) => codesWithout(draft, [war], 'needs-citation');
  const table: Array<[string, string, string[]]> = [
    ['`attacked Karsk six weeks after the Dorn surrender` is the time until the Karskese were attacked', 'The Orlen army attacked Karsk just six weeks after the Dorn surrender.', ['contradicted six weeks']],
    ['…as is `declared war on Karsk 3 weeks after Dorn fell`', 'Orlen declared war on Karsk 3 weeks after Dorn fell.', ['contradicted 3 weeks']],
    ['…and the gap a table row gives between an end and an attack on Karsk', '| What | How long |\n|---|---|\n| Gap between the Dorn surrender and the attack on Karsk | six weeks |\n', ['contradicted six weeks']],
    ['…and the same time agrees', 'Orlen attacked Karsk three months after the Dorn regime fell.', []],
    ['…but an attack on another is another time', 'Orlen attacked Tull six weeks after the Dorn regime fell.', ['not-in-sources six weeks']],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(serious(draft), expected));
});

describe('verdicts: a rising, the town it is named after, and what a count`s own deed names', () => {
  const history = article('history', 'The Parish of Orm',
    'The Parish of Orm lay along the Varr. Orm was the largest parish in the county.\n\n## The Orm Rising\n\n' +
    'The Orm Rising broke out at Tull on 14 May 1833. Some 6,000 rebels took the villages and in the autumn laid siege to Karsk. ' +
    'The siege of Karsk began on 6 November 1833 and lasted 43 days. The rising had lasted seven months.\n\n## The wreck\n\n' +
    'The Star of Lisk left Tull on 27 November 1861 with 157 persons on board. At four o’clock, in thick weather and with the wind rising, she struck the reef. ' +
    'Of those on board, 113 perished.');
  const serious = (draft: string) => codesWithout(draft, [history], 'needs-citation');
  const table: Array<[string, string, string[]]> = [
    ['`the rising` is the rising named before: its seven months, not the siege’s 43 days', 'The Orm Rising lasted 43 days (Vell).', ['contradicted 43 days']],
    ['…and its own length agrees', 'The Orm Rising lasted seven months (Vell).', []],
    ['a count in a deed before the one `and` joins on is not of the siege that deed laid', 'Some 6,000 rebels joined the Orm Rising (Vell).', []],
    ['a wind rising is no rising: those who perished are the wreck’s', 'In the wreck of 1861, 113 of those on board perished (Vell).', []],
    ['a settlement’s name alone is the place, not the rising named after it', '# From the Glens to the Sea: Orm, 1840–1845\n\nHer crossing took nine weeks (Vell).', ['citation-mismatch nine weeks']],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(serious(draft), expected));
});

describe('verdicts: a table that counts one regiment’s men, by its header or its caption', () => {
  const history = article('history', 'The Siege of Karsk',
    'The siege of Karsk lasted 71 days.\n\n## Casualties of the 14th Foot during the siege\n\n' +
    '| Casualties of the 14th Foot, siege of Karsk | Number |\n|---|---|\n| Killed in action | 118 |\n| Died of wounds | 37 |\n');
  const regiment: SourceInput = { key: 'quell', title: 'The Wend Fusiliers', author: 'Bertram Quell', kind: 'history', uri: '/virtual/quell.md',
    text: '# The Wend Fusiliers\n\nThe Second Battle of Orm was fought on 2 August 1691.\n\n**Losses of the Regiment at Orm**\n\n' +
      '| Action | Date | Killed |\n|---|---|---|\n| First Battle of Orm | 24 May 1689 | 38 |\n| Second Battle of Orm | 2 August 1691 | 121 |\n' };
  const serious = (draft: string) => codesWithout(draft, [history, regiment], 'needs-citation');
  const table: Array<[string, string, string[]]> = [
    ['a table whose header names a regiment counts that regiment’s men, not the town’s', 'About 300 townspeople died in the siege of Karsk (Vell).', ['citation-mismatch 300']],
    ['…so the regiment’s own count agrees', 'The 14th Foot lost 118 men killed in action in the siege of Karsk (Vell).', []],
    ['…and another count of the regiment’s is contradicted', 'The 14th Foot lost 181 men killed in action in the siege of Karsk (Vell).', ['contradicted 181']],
    ['a heading right above a table is its caption: `the Regiment`’s killed are not the battle’s', 'About 1,000 men were killed in the Second Battle of Orm (Quell).', ['citation-mismatch 1,000']],
    ['…and which unit `the Regiment` is, is not said: a named regiment’s count is not surely it', 'The 3rd Foot lost 112 killed in the Second Battle of Orm.', ['not-in-sources 112']],
    ['…but may be: the source cited for it is not said to be silent', 'The 3rd Foot lost 112 killed in the Second Battle of Orm (Quell).', []],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(serious(draft), expected));
});

describe('verdicts: headings that list, `it` in a new paragraph, news heard, a rising called a disturbance', () => {
  const history = article('history', 'Orm: Famine, Rising and Clearance',
    'The Anna sailed on 11 July 1771 with 212 passengers; 17 died on the voyage.\n\n## The Orm Rising\n\n' +
    'The Orm Rising broke out on 2 April 1766. The rising lasted 17 days.\n\n## The armistice\n\nThe armistice is signed on November 1st, 1768. ' +
    'The siege of Tull lasted 71 days.');
  const account = letters('**Of the Late Disturbances.** In the spring of 1766 the tenants held out from the second day of April to the nineteenth.\n\n' +
    '**2nd November 1768.** An armistice was signed at Dray Bridge on the thirtieth of October.');
  const serious = (draft: string) => codesWithout(draft, [history, account], 'needs-citation');
  const table: Array<[string, string, string[]]> = [
    ['a title that lists several things makes none of them its text’s subject', 'The Orm Rising killed 45 tenants (Vell).', ['citation-mismatch 45']],
    ['`it` in a new paragraph is no event two paragraphs back', 'The Orm Rising lasted 17 days (Vell).\n\nThen came the clearance, and many families left.\n\nThe Anna sailed in 1771. Gran always said it happened on 27 September (Vell).',
      []],
    ['the day news came is no day of what it told', 'Tobin Marsh heard at noon on 2 November that an armistice had been signed at Dray Bridge on 30 October 1768 (Vell).', ['citation-mismatch 30 October 1768']],
    ['a clause after a bare event name, `which …`, is of that event', 'Unlike Tull, which held out for 90 days, Orm fell at once (Vell).', ['contradicted 90 days']],
    ['the rising one source calls a disturbance may be it', 'The rising lasted seventeen days (Halloway).', []],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(serious(draft), expected));
});

describe('verdicts: whose a possessive is and who acts, in a text that named a war after two sides', () => {
  const history = article('history', 'The Halvene–Corsund War',
    'The Halvene–Corsund War was a short war between the Halvene Republic and the Corsund Republic.\n\n' +
    '| Halvene–Corsund War | |\n|---|---|\n| Date | 3 April 1868 – 19 April 1869 |\n\n## Blockade of Lennmouth\n\n' +
    'The blockade of Lennmouth, Corsund’s only deep-water port, began on 4 June 1868 and lasted 97 days.\n\n## Battle of Cape Marrin\n\n' +
    'The fleets met off Cape Marrin on 17 September 1868. Corsund lost four ships; 187 Halvene sailors were killed.\n\n## Battle of the Skerne Banks\n\n' +
    'On 21 May 1868 a Halvene squadron met nine Corsund ships off the Skerne Banks. The Halvene dead numbered 212.');
  const serious = (draft: string) => codesWithout(draft, [history], 'needs-citation');
  const table: Array<[string, string, string[]]> = [
    ['a name in the possessive before a thing (`Corsund’s only port`) is whose the thing is, not the value’s event', 'The blockade of Lennmouth lasted 97 days (Vell).', []],
    ['a name that loses, wins or sends (`Corsund lost four ships`) is a side acting, not the war named after it', 'At the Battle of Cape Marrin, 187 Halvene sailors were killed (Vell).', []],
    ['a name before its ships (`nine Corsund ships`) is their side, not the war named after it; a timeline’s `loses` is `lost`', '- **21 May 1868**: Battle of the Skerne Banks; Halvene loses 187 men (Vell).', ['contradicted 187']],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(serious(draft), expected));
});

describe('verdicts: a place after a word of place, in a text about the war named after it', () => {
  const history = article('history', 'The Tarn War',
    'The Tarn War was fought between two republics in 1768. The Tarn Harbour Board kept the rolls.\n\n## The siege of Tarn\n\n' +
    'The siege of Tarn lasted 64 days. In the first exchange, 640 prisoners of all regiments were handed over at Tarn on 12 December 1768.');
  const serious = (draft: string) => codesWithout(draft, [history], 'needs-citation');
  const table: Array<[string, string, string[]]> = [
    ['`at Tarn` is the town, not the Tarn War: a war is fought over a country, not at one spot',
      '# How the Tarn War Ended\n\nThe Tarn War took months to end. The first exchange came on 12 December 1768, when 640 men were handed over at Tarn (Vell).', []],
    ['the war itself is still the war', '# How the Tarn War Ended\n\nThe Tarn War lasted 64 days (Vell).', ['citation-mismatch 64 days']],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(serious(draft), expected));
});

describe('verdicts: where a thing happened, after the event that did it', () => {
  const history = article('history', 'The Delta',
    'The siege of Orm lasted 40 days in 1820, and 900 died in Orm.\n\n' +
    'Cholera came in 1854 and killed more than 2,000 in Orm.');
  const serious = (draft: string) => codesWithout(draft, [history], 'needs-citation');
  const table: Array<[string, string, string[]]> = [
    ['a place where something happened ranks after the event its clause named (`Cholera came … and killed … in Orm`)',
      'In the summer of 1854, cholera killed 2,300 people in Orm (Vell).', []],
    ['the siege named after the place is still the siege', 'The siege of Orm killed 2,300 people (Vell).', ['contradicted 2,300']],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(serious(draft), expected));
});

describe('verdicts: a fleet counted at each census, and a gale’s end', () => {
  const history = article('history', 'Counting the Boats: the Fleet and Its Gales',
    'Every ten years a clerk counted the boats and the men who crewed them.\n\n| Census | Boats | Men |\n|---|---|---|\n| 1771 | 152 | 1,046 |\n| 1781 | 118 | 806 |\n\n' +
    'The Black Gale struck the fleet on 14 October 1768 and blew for three days. It sank 23 boats and drowned 84 men. The Widows’ Gale of 1781 sank 31 boats and drowned 129 men.');
  const serious = (draft: string) => codesWithout(draft, [history], 'needs-citation');
  const header = '| Census | Boats | Men | Source |\n|---|---|---|---|\n';
  const table: Array<[string, string, string[]]> = [
    ['a header’s `Men` counts the crews of its row’s year, and a heading’s `Its Gales` is several gales, no subject', `${header}| 1781 | 118 | 860 | [@history] |`, ['contradicted 860']],
    ['a count of boats at a census is the cited source’s one count of boats that year, however many others it gives', `${header}| 1771 | 125 | 1,046 | [@history] |`, ['contradicted 125']],
    ['…and the right counts are quiet', `${header}| 1771 | 152 | 1,046 | [@history] |`, []],
    ['a row’s label that counts some of the people by age (`Children among the dead`) counts a part of the toll, not the toll', '| Measure | Count | Source |\n|---|---|---|\n| Children among the dead of the Black Gale | 61 | [@history] |', ['citation-mismatch 61']],
    ['a subject guessed from the paragraph that the corpus dates to other years than the sentence’s year is none', 'The Black Gale sank 23 boats (Vell). The clerk reported 129 drowned in 1781 (Vell).', []],
    ['a gale that blows itself out ends then; no source gives its end', '- **17 October 1768**: the Black Gale blows itself out after three days (Vell).', ['citation-mismatch 17 October 1768']],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(serious(draft), expected));
  it('a day is no year a stock is counted in: the one day of its sentence may be of another count', () => {
    const census = article('census', 'The Colony',
      'Between 1789 and 1791 about 3,100 people left for the mainland, and when the census was taken in April 1791 the colony counted fewer than 13,000 people.');
    assert.deepEqual(codesWithout('The census of 1771 counted 18,460 people, and the census of 24 April 1791 counted only 12,930 (Vell).', [census], 'needs-citation'), ['citation-mismatch 18,460']);
  });
});

describe('verdicts: a body appointed, and its report', () => {
  const history = article('history', 'The Rising',
    'A commission of inquiry under Judge Alys Merrin was appointed in 1770. Its report, published on 14 March 1771, counted 1,214 dead in the rising.');
  const serious = (draft: string) => codesWithout(draft, [history], 'needs-citation');
  const table: Array<[string, string, string[]]> = [
    ['the day a commission reports is when its report was published, not when it was appointed', '- **14 March 1771**: the Merrin Commission reports 1,214 dead (Vell).', []],
    ['…and a wrong day of it is no day the source gives its report', '- **14 March 1772**: the Merrin Commission reports 1,214 dead (Vell).', ['citation-mismatch 14 March 1772']],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(serious(draft), expected));
  const society: SourceInput = { key: 'society', title: 'The Rising', author: 'Tam Orr', kind: 'article', uri: '/virtual/society.md',
    text: '# The Rising\n\nThe Merrin Commission’s report of 1771 counted 1,214 dead across the whole rising.' };
  it('a cited source that writes the claim’s year beside the claim’s own event may give its day in words the checker cannot read: no mismatch', () =>
    assert.deepEqual(codesWithout('- **14 March 1771**: the Merrin Commission reports 1,214 dead (Orr).', [history, society], 'needs-citation'), []));
  it('…but one that writes another year beside it still does not give the day', () =>
    assert.deepEqual(codesWithout('- **14 March 1770**: the Merrin Commission reports 1,214 dead (Orr).', [history, society], 'needs-citation'), ['citation-mismatch 14 March 1770']));
});

describe('verdicts: what a sickness took, of the teller’s own men', () => {
  const report = article('report', 'Report of the Committee', 'In June 1796 a cholera broke out among the 900 labourers in the camps at Hennock, and 63 of them died.');
  const letters: SourceInput = { key: 'letters', title: 'Letters of Josiah Penhallow', author: 'Josiah Penhallow', kind: 'article', uri: '/virtual/letters.md',
    text: '# Letters of Josiah Penhallow\n\nThe sickness is over at last. It came among the camps in the middle of June and lasted seven weeks, and in all it took ninety-one of our diggers.' };
  const table: Array<[string, string, string[]]> = [
    ['`it took ninety-one of our diggers` is the letter’s toll of the diggers: the sources disagree, and the cited report gives 63', '- **Summer 1796**: cholera in the camps kills 91 diggers (Vell).', ['citation-mismatch 91']],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(codesWithout(draft, [report, letters], 'needs-citation'), expected));
});

describe('verdicts: what `it` is after a thing, what a `which` clause is of', () => {
  const history = article('history', 'The Orrin Line',
    '## The line\n\nThe line opened on 12 October 1889. The Sellick derailment happened on 9 March 1893.\n\n' +
    '## The camps\n\nThe Calder Tunnel collapse killed 23 men. In July 1885 a fever broke out in the camps, and 214 died.');
  const serious = (draft: string) => codesWithout(draft, [history], 'needs-citation');
  const table: Array<[string, string, string[]]> = [
    ['`it` after a sentence about a thing that is no event is that thing, not the paragraph’s event',
      'The mail came off the rails at Sellick’s Bend in the Sellick derailment. Even the opening date is disputed. One trust dates it to 14 October 1889 (Vell).', []],
    ['a `which` clause after a thing no event of the corpus is of that thing, not the paragraph’s event',
      'He was not in the Calder Tunnel collapse, which killed 23 men. In the fever of 1885, which killed about 250 men, he was ill for three weeks.', ['not-in-sources 250', 'not-in-sources three weeks']],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(serious(draft), expected));
});

describe('verdicts: a lockout beside a named strike, a career’s years, a header’s fire', () => {
  const history = article('history', 'The Fells',
    'The Bargain Strike of 1853 began on 4 April 1853 and lasted nine weeks. From 1 July 1872 the masters kept 1,450 men out, and the lockout lasted fourteen weeks. ' +
    'On 17 March 1849 the Skelgate inrush drowned 31 men. The Hollin Rake fire of 6 November 1861 killed 29 men. Captain Threlfall wrote letters from the Fells.');
  const serious = (draft: string) => codesWithout(draft, [history], 'needs-citation');
  const table: Array<[string, string, string[]]> = [
    ['`the lockout` is not the Bargain Strike its sentence named before it', 'The Bargain Strike lasts nine weeks (Vell), and the lockout lasts fourteen weeks (Vell).', []],
    ['how long someone had been something is their own time, not the lockout’s length', 'The lockout was a bigger fight. It lasted fourteen weeks (Vell). Threlfall had been a captain in the Fells for twenty-three years by then.',
      ['not-in-sources twenty-three years']],
    ['a fire a table’s header names is that fire, not the inrush of the column before', '| Measure | Skelgate inrush | Hollin Rake fire | Source |\n|---|---|---|---|\n| Killed | 31 | 29 | [@history] |', []],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(serious(draft), expected));
});

describe('verdicts: two kinds of vote, a notice’s title, a rounder share in the cited source', () => {
  const gazette: SourceInput = { key: 'gazette', title: 'Tarn Gazette', author: 'Tarn Government', kind: 'article', uri: '/virtual/gazette.md',
    text: '# Tarn Gazette: Notices\n\n**Notice No. 702 of 1902. General Election of 4 May 1902: Return of Members.**\n\n| Party | Seats |\n|---|---|\n| Union | 22 |\n| Labour | 9 |\n' };
  const history = article('history', 'Self-Rule in Tarn',
    'The island voted twice on self-rule. The first referendum, held on 9 June 1899, failed. The second referendum was held on 17 October 1900, and 63.8% voted Yes.');
  const voices: SourceInput = { key: 'voices', title: 'Voices of Tarn', author: 'Tom Orr', kind: 'article', uri: '/virtual/voices.md',
    text: '# Voices of Tarn\n\n**TO:** You counted votes at both referendums?\n\n**NQ:** I did. The second time it was sixty-four per cent Yes, and the band played all night.\n' };
  const serious = (draft: string) => codesWithout(draft, [gazette, history, voices], 'needs-citation');
  const table: Array<[string, string, string[]]> = [
    ['a referendum is a kind of event: a table row headed `Second referendum` is dated against the second referendum',
      '| Vote | Date | Source |\n|---|---|---|\n| Second referendum | 17 October 1901 | [@history] |', ['contradicted 17 October 1901']],
    ['an election is not a referendum: the first general election is not the first referendum',
      'The first general election was held on 4 May 1902 [@history].', ['citation-mismatch 4 May 1902']],
    ['a bold notice title naming an event (`General Election of 4 May 1902`) states its day; it is no dateline',
      'At the first general election, on 4 May 1902, the Union won 22 seats [@gazette].', []],
    ['a cited source’s rounder share (`sixty-four per cent`) gives the draft’s 63.8%: a value inside its interval agrees',
      '| Vote | Yes | Source |\n|---|---|---|\n| Second referendum | 63.8% | [@voices] |', []],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(serious(draft), expected));
});

describe('verdicts: a timeline entry’s date gives the moment of an event that is the doer after `and`', () => {
  const history = article('history', 'The Sieges of Tarn',
    'The first siege of Tarn began on 3 March 1411, when Sir Roderic Falm came before the abbey with about 2,000 men.');
  const society = article('society', 'The Tarn Garrison Society', 'In March 1411 Sir Roderic Falm brought the duke’s army up the Callow and laid siege to the abbey.');
  const serious = (draft: string) => codesWithout(draft, [history, society], 'needs-citation');
  const table: Array<[string, string, string[]]> = [
    ['`Falm’s army arrives and the first siege begins`: the day is the siege’s beginning as well as an arrival, which the cited month gives',
      '- **3 March 1411**: Sir Roderic Falm’s army arrives and the first siege begins [@society].', []],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(serious(draft), expected));
});

describe('verdicts: ships, their people and their losses', () => {
  const voyages = article('voyages', 'Vell Emigrant Voyages',
    'The barque Tarn Bell sailed from Vell on 12 March 1848 with 312 passengers. The voyage took 104 days. Her passengers were held at the Skerrow quarantine station for 11 days.\n\n' +
    'In 1852 the Ellen Rook sailed from Vell with 438 emigrants. The emigrants were kept at Skerrow for 23 days.');
  const blog: SourceInput = { key: 'blog', title: 'Two Ships from Vell', author: 'Wes Tamsin', kind: 'article', uri: '/virtual/blog.md',
    text: '# Two Ships from Vell\n\nMy family came out on the Tarn Bell in 1848. They spent sixteen weeks at sea.\n' };
  const serious = (draft: string) => codesWithout(draft, [voyages, blog], 'needs-citation');
  const table: Array<[string, string, string[]]> = [
    ['people `kept at Skerrow for 23 days` were held there, as those `held` for 11 days were: a detention, not a closure',
      'The emigrants of the Ellen Rook were held at Skerrow for 23 days (Vell).', []],
    ['the passengers a ship `left Vell with` are those aboard, no force’s strength', 'The barque Tarn Bell left Vell with 312 passengers (Vell).', []],
    ['`sixteen weeks at sea` is a voyage’s length, which may be the draft’s (no stay at sea, which would leave the draft’s length unstated)', 'The voyage of the Tarn Bell took sixteen weeks.', []],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(serious(draft), expected));
});

describe('verdicts: what a town lost, what fireships burned, who was buried', () => {
  const history = article('history', 'Blockades of Tarn',
    'During the second blockade the League captured 31 Tarn ships. On the night of 6 December 1807 League boats burned 9 Tarn ships at their moorings. ' +
    'On 2 January 1808 Captain Nella Ferrant led a fireship attack that burned 4 League ships.');
  const daybook: SourceInput = { key: 'daybook', title: 'The Daybook of Mercy Tallent', author: 'Mercy Tallent', kind: 'article', uri: '/virtual/daybook.md',
    text: '# The Daybook of Mercy Tallent\n\n**24th August 1781.** The League has gone. Mr. Pell the sexton says four hundred were buried in the blockade, of hunger and the fever.\n\n' +
      '**2nd March 1808.** Mr. Pell says more than fifteen hundred souls died of want in the blockade.\n' };
  const serious = (draft: string) => codesWithout(draft, [history, daybook], 'needs-citation');
  const table: Array<[string, string, string[]]> = [
    ['ships `lost to capture` were taken, not burned', 'The town lost 31 ships to capture (Vell).', []],
    ['`4 League ships`: a unit’s word with a capital is a name, and the count is of ships', '- **2 January 1808**: Nella Ferrant’s fireships burn 4 League ships (Vell).', []],
    ['people `buried in the blockade` are its dead, which the cited daybook counts', 'Some 400 people died of hunger and fever [@daybook].', []],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(serious(draft), expected));
});

describe('verdicts: a stockade’s days, its storming and its prisoners', () => {
  const society: SourceInput = { key: 'society', title: 'The Bridges of Corran', author: 'Corran Civic Society', kind: 'article', uri: '/virtual/society.md',
    text: '# The Bridges of Corran\n\n| Year | Event | Dead |\n|---|---|---|\n| 1871 | Centre span falls during building | 14 |\n| 1874 | Ferry *Provident* capsizes | 26 |\n| 1879 | Toll bridge opens | — |\n' };
  const goldfield: SourceInput = { key: 'goldfield', title: 'Hesket Goldfield', author: 'Ondine Marchbank', kind: 'article', uri: '/virtual/goldfield.md', text: '# Hesket Goldfield\n\n' +
    'About 4,000 diggers met on Bell Hill on 8 October 1858 and built a stockade. The stockade stood for eleven days. At dawn on 19 October 1858 some 300 troopers stormed it. ' +
    'The assault lasted about 20 minutes. Fourteen diggers and four troopers were killed, and 112 diggers were arrested.' };
  const blog: SourceInput = { key: 'blog', title: 'Blood on Bell Hill', author: 'Corin Dabney', kind: 'article', uri: '/virtual/blog.md',
    text: '# Blood on Bell Hill\n\nMy great-great-grandfather was one of the 112 taken prisoner.\n' };
  const serious = (draft: string) => codesWithout(draft, [society, goldfield, blog], 'needs-citation');
  const table: Array<[string, string, string[]]> = [
    ['`112 diggers were taken prisoner`: men taken may be the men the cited source says were arrested',
      'The storming of the stockade came at dawn. Some 112 diggers were taken prisoner (Marchbank).', []],
    ['the days a stockade held out and the minutes its storming lasted are kindred, not surely one: no contradiction',
      'The storming of the stockade came at dawn. It held out for eleven days (Marchbank).', []],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(serious(draft), expected));
});

describe('verdicts: a sum of several things the claim leaves unnamed', () => {
  const history = article('history', 'Kelbrook Tunnel', 'The first fall, in November 1881 at the Ashgill face, killed 23 men. In all, 112 men died during the construction.');
  it('`Together the falls killed 42 men` is no contradiction of the corpus’s one sum, `In all, 112 men died`: the two sums may be of different things', () =>
    assert.deepEqual(codesWithout('Together the falls killed 42 men (Vell).', [history], 'needs-citation'), ['citation-mismatch 42']));
});

describe('verdicts: a cited source that writes the claim’s very words, hedged', () => {
  const blog: SourceInput = { key: 'blog', title: 'Old River Boats', author: 'Tom Keddle', kind: 'article', uri: '/virtual/blog.md',
    text: '# Old River Boats\n\nOn 2 September 1851 the Lark blew up at Marrask and killed 23 people. Less than five years later it happened again.\n' };
  it('`Less than five years later` gives `Five years later`: the citation is not blamed', () =>
    assert.deepEqual(codesWithout('The Lark blew up at Marrask. Five years later the Harnet II blew up as well (Keddle).', [blog], 'needs-citation'), []));
});

describe('verdicts: the length of things a clause names is no unnamed length of the corpus’s one event', () => {
  const blog = article('blog', 'Not One Step Back', 'The battle of Karsk raged for 199 days.');
  const post: SourceInput = { key: 'post', title: 'Karsk in Brief', author: 'Ilse Vane', kind: 'article', uri: '/virtual/post.md',
    text: '# Karsk in Brief\n\nThe five month battle of Karsk broke the northern army.\n' };
  const table: Array<[string, string, string[]]> = [
    ['`The works lasted about five months` (relief works in another land) is not the battle’s length, on which the sources disagree', 'The works lasted about five months.', []],
    ['…while `It lasted about five months`, of nothing named, may be', 'It lasted about five months.', ['sources-disagree five months']],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(codesWithout(draft, [blog, post], 'needs-citation'), expected));
});

describe('verdicts: a doing of no event is not the one event’s by a kindred doing', () => {
  // The corpus's one event with a length is a battle; a draft about a mine tells how long a shaft was shut.
  const corpus = [
    article('karsk', 'The battle of Karsk', 'The battle of Karsk raged for 199 days.'),
    article('vell', 'The Vell wars', 'The five month battle of Karsk proved a costly defeat for the besiegers.'),
  ];
  it('a closure told of nothing is not the battle’s fighting: no sources-disagree', () =>
    assert.deepEqual(codesWithout('The shaft was closed for five months afterwards, and the family nearly starved.', corpus, 'needs-citation'), []));
  it('…while the battle’s own length, unnamed, still is', () =>
    assert.deepEqual(codesWithout('The fighting lasted five months.', corpus, 'needs-citation'), ['sources-disagree five months']));
});

describe('verdicts: those tried for an event are counted of it or of their trial', () => {
  const corpus = [
    article('assizes', 'The Karsk riot', 'The Karsk riot broke out on 3 May 1611. Forty-one men stood trial at the Assizes, and 19 were sentenced.'),
    article('vell', 'The Vell wars', 'The siege of Orlen lasted 60 days.'),
  ];
  it('a count of those tried after the riot is given by a count of those who stood trial: no citation-mismatch', () =>
    assert.deepEqual(codes('After the Karsk riot forty-one were tried [@assizes].', corpus), []));
  it('…and another count of them disagrees', () =>
    assert.deepEqual(codes('After the Karsk riot fifty-one were tried [@assizes].', corpus), ['citation-mismatch fifty-one']));
});

describe('verdicts: a length of a thing the corpus never writes is no length of its one event', () => {
  const annals = article('annals', 'Annals of Karsk', 'The siege of Karsk began in May 1611. It raged for 199 days.');
  const letters = article('letters', 'Letters from Karsk', 'In 1612 we remembered the five month siege of Karsk.');
  const table: Array<[string, string, string[]]> = [
    ['`The exhibition says the relief road ran for five months`: the road’s, whatever the siege’s length', 'The exhibition says the relief road ran for five months.', []],
    ['…while `the siege itself lasted` is the siege’s', 'The exhibition says the siege itself lasted five months.', ['sources-disagree five months']],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(codesWithout(draft, [annals, letters], 'needs-citation'), expected));
});

describe('verdicts: a count of burials only fits a toll', () => {
  const corpus = [
    article('encyclopedia', 'The Karsk fever', 'The fever reached Karsk in July 1866. It killed 143 people in the town.'),
    article('letters', 'Letters from Karsk', 'The fever of 1866 is over. We have buried one hundred and sixty-one of our townspeople since the first case.'),
  ];
  const table: Array<[string, string, string[]]> = [
    ['a toll the burials agree with, citing the source that disagrees: the citation, not the fact', 'The fever of 1866 killed 161 people in the town [@encyclopedia].', ['citation-mismatch 161']],
    ['…uncited: the sources disagree, no contradiction', 'The fever of 1866 killed 161 people in the town.', ['sources-disagree 161']],
    ['…and a toll neither gives is still contradicted (burials that disagree say nothing)', 'The fever of 1866 killed 190 people in the town.', ['contradicted 190']],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(codesWithout(draft, corpus, 'needs-citation'), expected));
});

describe('verdicts: those someone’s deed was done to are some of what is counted', () => {
  const corpus = [article('courier', 'Fire at the Karsk Asylum', 'On 14 January 1871 fire broke out in the East Wing of the Karsk Asylum, where eighty-six women were asleep.')];
  const table: Array<[string, string, string[]]> = [
    ['`she carried twelve women out herself` is not the women who slept there', 'In the Karsk Asylum fire of 1871 the matron was a heroine: she carried twelve women out herself.', []],
    ['…while another count of the women asleep is', 'In the Karsk Asylum fire of 1871 eighty women were asleep in the East Wing.', ['contradicted eighty']],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(codesWithout(draft, corpus, 'needs-citation', 'not-in-sources'), expected));
});

describe('verdicts: a count that is a verb’s object is not what the verbs after it did', () => {
  const corpus = [article('encyclopedia', 'The Karsk inquiry', 'In 1822 the Karsk inquiry sat at the Guildhall. It heard 206 witnesses and presented its report in December.')];
  it('`The inquiry heard 260 witnesses` is contradicted by `It heard 206 witnesses and presented its report`', () =>
    assert.deepEqual(codesWithout('In 1822 the Karsk inquiry heard 260 witnesses.', corpus, 'needs-citation'), ['contradicted 260']));
});

describe('verdicts: a mishap a clause tells by its verb may be part of a named event', () => {
  const corpus = [
    article('encyclopedia', 'Karsk Saltworks', 'The Low Gallery flood of 2 November 1904 killed 49 men.'),
    article('society', 'Karsk Society', '| Disaster | Date | Dead |\n|---|---|---|\n| Low Gallery flood | November 1904 | 53 |'),
  ];
  const table: Array<[string, string, string[]]> = [
    ['`the roof of the Low Gallery gave way, and 53 men were killed`: the flood’s toll, on which the sources disagree', 'On 2 November 1904 the roof of the Low Gallery gave way, and 53 men were killed.', ['sources-disagree 53']],
    ['…and a toll neither gives is contradicted', 'On 2 November 1904 the roof of the Low Gallery gave way, and 60 men were killed.', ['contradicted 60']],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(codesWithout(draft, corpus, 'needs-citation'), expected));
});

describe('verdicts: a time up to an event its clause names is not the cited source’s time up to another', () => {
  const corpus = [article('encyclopedia', 'Karsk Quarry', 'The great fall at Karsk Quarry came on 19 November 1883. The last body was recovered eleven days after the fall. The inquest opened on 22 November 1883 and sat for nine days.')];
  it('`opened the inquest three days after the fall` is not contradicted by the eleven days to the last body', () =>
    assert.deepEqual(codesWithout('The coroner opened the inquest three days after the fall [@encyclopedia].', corpus, 'needs-citation'), ['citation-mismatch three days']));
  it('…while the time to the last body is', () =>
    assert.deepEqual(codesWithout('The last body was recovered three days after the fall [@encyclopedia].', corpus, 'needs-citation'), ['contradicted three days']));
});

describe('verdicts: two counts of burials never disagree', () => {
  const corpus = [article('register', 'Burials at Karsk', 'In the fever of 1871 the vicar of Karsk wrote: since October I have buried fifty-three of the fever in this churchyard.')];
  it('`on a single day he buried five` is no contradiction of fifty-three since October', () =>
    assert.deepEqual(codesWithout('The fever of 1871 killed many in Karsk. The vicar buried 35 of them in the churchyard, and on a single day he buried five, three of them children.', corpus, 'needs-citation', 'not-in-sources'), []));
});

describe('verdicts: a column headed by a year sets its cells in that year', () => {
  const corpus = [article('annals', 'Annals of Karsk', 'The siege of Karsk began in May 1611. It raged for 199 days.'), article('letters', 'Letters from Karsk', 'In 1612 we remembered the five month siege of Karsk.')];
  it('`| Length | 21 weeks |` under `1871–72`, in an essay about another time, is not the siege’s length', () =>
    assert.deepEqual(codesWithout('| | 1871–72 | 1902 |\n|---|---|---|\n| Length | 21 weeks | 23 weeks |', corpus, 'needs-citation', 'not-in-sources'), []));
  it('…while under `1611` it is', () =>
    assert.deepEqual(codesWithout('| | 1611 |\n|---|---|\n| Length | 21 weeks |', corpus, 'needs-citation', 'not-in-sources'), ['sources-disagree 21 weeks']));
});

describe('verdicts: a time to reach a place counted from an event’s end is not surely the whole time', () => {
  const corpus = [article('annals', 'Annals of the north', 'The siege of Karsk lasted a year. It would take three years and two months of hard marching for the Dunmar army to reach Orlen.')];
  const table: Array<[string, string, string[]]> = [
    ['`another two years to reach Orlen after the siege ended` is not the whole march', 'It would take another two years to reach Orlen after the siege ended.', []],
    ['…while the march itself, counted from nothing, is', 'It would take the Dunmar army two years to reach Orlen.', ['contradicted two years']],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(codesWithout(draft, corpus, 'needs-citation', 'not-in-sources'), expected));
});

describe('verdicts: the date of a thing a common noun names is not its clause’s moment', () => {
  const corpus = [article('annals', 'Annals of the north', 'On 3 May 1611 the Dunmar army launched its invasion of Karsk.')];
  const table: Array<[string, string, string[]]> = [
    ['`the great panic of 16 October` is not when the invasion began', 'The book starts with the Dunmar invasion of Karsk in 1611 and follows the townsfolk through the great panic of 16 October.', []],
    ['…while a date the clause gives the invasion is', 'The Dunmar invasion of Karsk began on 16 October 1611.', ['contradicted 16 October 1611']],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(codesWithout(draft, corpus, 'needs-citation', 'not-in-sources'), expected));
});

describe('verdicts: a work finished is no event’s end', () => {
  const corpus = [article('annals', 'Annals of the north', 'The Karsk Rising ended on 19 April 1816, when the yeomanry rode into the town.')];
  const table: Array<[string, string, string[]]> = [
    ['`the last of the Karsk walls are finished` in 1824 is not when the rising ended', '- **1824**: the last of the Karsk walls are finished.', []],
    ['…while `the Karsk Rising finished` in 1824 is', '- **1824**: the Karsk Rising finished.', ['contradicted 1824']],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(codesWithout(draft, corpus, 'needs-citation', 'not-in-sources'), expected));
});

describe('verdicts: `the fire` after a place named since the last fire is that place’s fire', () => {
  const corpus = [
    article('wiki', 'Mills of the valley', 'The Tenter Lane fire of 1888 closed the shed for twelve days. The Hollin Mill fire broke out on 17 October 1891.'),
    article('pamphlet', 'A word to operatives', 'At Tenter Lane, in March 1888, two lives were lost.\n\nOn 17 October 1891 thirty-one people died at Hollin Mill. The fire burned all night. Hollin Mill stood in ruins for two years.'),
  ];
  const table: Array<[string, string, string[]]> = [
    ['the Tenter Lane shed’s twelve idle days are not contradicted by Hollin Mill’s two years in ruins', 'Tenter Lane stood idle for twelve days after its fire [@wiki].', []],
    ['…while Hollin Mill’s own time in ruins is', 'After the Hollin Mill fire the mill stood in ruins for five years [@pamphlet].', ['contradicted five years']],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(codesWithout(draft, corpus, 'needs-citation', 'not-in-sources'), expected));
});

describe('verdicts: a boiler that burst exploded', () => {
  const corpus = [
    article('wiki', 'Mills of the valley', 'The Hollin Mill explosion came on 4 August 1897, when a boiler exploded and killed six men.'),
    article('pamphlet', 'A word to operatives', 'Then came the boiler. On the fourteenth of August, 1897, a boiler that the inspector had passed burst in the engine house, and six men were killed.'),
  ];
  it('a date of the explosion the pamphlet gives is one the sources disagree about', () =>
    assert.deepEqual(codesWithout('The boiler explosion came on 14 August 1897 [@pamphlet].', corpus, 'needs-citation', 'not-in-sources'), ['sources-disagree 14 August 1897']));
});

describe('verdicts: a length after `for`, past a deed `and` joins on, is that deed’s', () => {
  const corpus = [article('wiki', 'Loss of the Merrow', 'A court of inquiry opened at Harlsby on 2 December 1878 and sat for twelve days.')];
  const table: Array<[string, string, string[]]> = [
    ['`sat for twelve days and took the certificate away for a year and a half` is no inquiry of a year and a half', 'The court of inquiry sat for twelve days and took the captain’s certificate away for a year and a half.', []],
    ['…while its sitting is the inquiry’s', 'The court of inquiry sat for twenty days and took the captain’s certificate away.', ['contradicted twenty days']],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(codesWithout(draft, corpus, 'needs-citation', 'not-in-sources'), expected));
});

describe('verdicts: an attack the claim does not name may be part of a war the cited source names', () => {
  const corpus = [article('annals', 'Annals of the north', 'This was shown in the short Winter War with the north in 1611.')];
  it('`The great attack on the north in 1611` may be part of the Winter War the cited source dates 1611: no citation-mismatch', () =>
    assert.deepEqual(codesWithout('The great attack on the north in 1611 is often treated as a sideshow [@annals].', corpus, 'needs-citation'), []));
});

describe('verdicts: `siege or battle` is one event called by either word', () => {
  const corpus = [article('annals', 'Annals of the north', 'With somewhere around 2 million deaths, Karsk is one of the bloodiest battles ever fought.')];
  const table = '| Siege or battle | Deaths | Source |\n|---|---|---|\n| Karsk | around 2 million | [@annals] |';
  it('a toll under `Siege or battle` is the battle’s, not a total of two events: no citation-mismatch', () =>
    assert.deepEqual(codesWithout(table, corpus, 'needs-citation'), []));
});

describe('verdicts: a count for each day is a rate, not the toll', () => {
  const corpus = [article('annals', 'Annals of the north', 'With somewhere around 2 million deaths, the Battle of Karsk is one of the bloodiest ever fought.')];
  const table: Array<[string, string, string[]]> = [
    ['`roughly 10,000 lives for every day of the fighting` is no toll of 10,000', 'At the Battle of Karsk that is roughly 10,000 lives for every day of the fighting.', []],
    ['…nor `died at 300 a day`', 'At the Battle of Karsk men died at 300 a day.', []],
    ['…while the toll itself is still compared', 'At the Battle of Karsk roughly 10,000 lives were lost.', ['contradicted 10,000']],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(codesWithout(draft, corpus, 'needs-citation', 'not-in-sources'), expected));
});

describe('verdicts: a value after `or` restates the one before it', () => {
  const corpus = [article('annals', 'Annals of the north', 'The Battle of Karsk raged for 199 days. It took two years and nine months of hard fighting to reach Orlen.')];
  it('`Two years and nine months [@annals], or 33 months in all` is the same time, not the battle’s length', () =>
    assert.deepEqual(codesWithout('It took the army two years and nine months to reach Orlen [@annals], or 33 months in all.', corpus, 'needs-citation'), []));
});

describe('verdicts: a row labelled by a unit of time and a doing is that doing’s time', () => {
  const corpus = [article('annals', 'Annals of the north', 'The Battle of Karsk raged for 199 days.'), article('blog', 'Karsk remembered', 'The Battle of Karsk lasted five months.')];
  const table = '| Measure | First failure | Second failure |\n|---|---|---|\n| Weeks of relief | 14 | 30 |';
  it('`| Weeks of relief | 14 | 30 |` is no length of the corpus’s one battle', () =>
    assert.deepEqual(codesWithout(table, corpus, 'needs-citation', 'not-in-sources'), []));
  it('…while `| Weeks of fighting | 14 |` still is', () =>
    assert.deepEqual(codesWithout('| Measure | Karsk |\n|---|---|\n| Weeks of fighting | 30 |', corpus, 'needs-citation', 'not-in-sources'), ['sources-disagree 30']));
});

describe('verdicts: a statement put as true or false is not stated', () => {
  const corpus = [article('annals', 'Annals of the north', 'The siege of Karsk lasted a year. At one point the Dunmar army held 60% of the city.')];
  const table: Array<[string, string, string[]]> = [
    ['`True or false: … held 95% of the city` asks, it does not state', '5. True or false: during the siege of Karsk the Dunmar army at one point held 95% of the city.', []],
    ['…while the statement itself is contradicted', 'During the siege of Karsk the Dunmar army at one point held 95% of the city.', ['contradicted 95%']],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(codesWithout(draft, corpus, 'needs-citation', 'not-in-sources'), expected));
});

describe('verdicts: a share of a working population is one of its workers', () => {
  const corpus = [article('wiki', 'Mills of the Ossel', 'At its height in 1880 the Brenn mill employed 600 hands, about 40 per cent of the town’s working population.')];
  const table: Array<[string, string, string[]]> = [
    ['`about 40 per cent of the town’s workers` is what the cited source states', 'The Brenn mill employed about 40 per cent of the town’s workers [@wiki].', []],
    ['…and `70 per cent` of them is not', 'The Brenn mill employed 70 per cent of the town’s workers [@wiki].', ['citation-mismatch 70 per cent']],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(codesWithout(draft, corpus, 'needs-citation', 'not-in-sources'), expected));
});

describe('verdicts: `In all,` before the count itself sums the event told before', () => {
  const corpus = [article('wiki', 'Mills of the Ossel', 'Fire broke out in the Brenn mill on 3 May 1880. Nine people died, and more than forty were injured.')];
  const table: Array<[string, string, string[]]> = [
    ['`In all, 43 people were injured`, after the fire, is the fire’s count of injured', 'The Brenn mill fire killed nine people. In all, 43 people were injured [@wiki].', []],
    ['…and `In all, 23` is less than the source’s more than forty', 'The Brenn mill fire killed nine people. In all, 23 people were injured [@wiki].', ['contradicted 23']],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(codesWithout(draft, corpus, 'needs-citation', 'not-in-sources'), expected));
});

describe('verdicts: the people who took a time took it at their own work', () => {
  const corpus = [article('wiki', 'The Brenn playhouse', 'The inquest on the fire sat for three days. Building work on the new house began in June 1895.')];
  const table: Array<[string, string, string[]]> = [
    ['`the builders took fifteen months` is not the inquest’s length', 'The inquest sat for three days [@wiki]. Building work began in June 1895, and the builders took fifteen months [@wiki].', ['citation-mismatch fifteen months']],
    ['…while `the inquest took five days` is', 'The inquest took five days [@wiki].', ['contradicted five days']],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(codesWithout(draft, corpus, 'needs-citation', 'not-in-sources'), expected));
});

describe('verdicts: a year in brackets behind a name dates the name, not a count', () => {
  const corpus = [article('wiki', 'The Brenn playhouse', 'The Mermaid of Ossel (1902) had the longest run in the house’s history, and in the 1908–09 season, its busiest, the company gave 286 performances.')];
  it('a run of 96 performances in 1902 is not contradicted by the 286 of another season', () =>
    assert.deepEqual(codesWithout('| Season | Production | Performances |\n|---|---|---|\n| 1902 | *The Mermaid of Ossel* | 96 [@wiki] |', corpus, 'needs-citation', 'not-in-sources'), ['citation-mismatch 96']));
});

describe('verdicts: an operation is named by the word after it, whatever it means', () => {
  const corpus = [article('wiki', 'The northern war', 'On Sunday 22 June 1611 the Dunmar army launched Operation Kestrel, a full-scale invasion of Karsk.')];
  const table: Array<[string, string, string[]]> = [
    ['`Operation Typhoon` began on a day of its own', 'When the Dunmar army launched Operation Typhoon, their drive on Orlen, on 2 October 1611, Karsk had already lost many men.', []],
    ['…while `Operation Kestrel` began on the source’s day', 'Operation Kestrel began on 2 October 1611.', ['contradicted 2 October 1611']],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(codesWithout(draft, corpus, 'needs-citation', 'not-in-sources'), expected));
});

describe('verdicts: a case that occupied the court took up its time', () => {
  const corpus = [
    article('wiki', 'The Brenn assizes', 'The trial of Ada Brenn opened on 7 March 1871 and sat for six days. The jury was out for five hours.'),
    article('mercury', 'The fraud trial', 'Not since the trial of Ada Brenn has the hall been so crowded. That case occupied the court eight days.'),
  ];
  const table: Array<[string, string, string[]]> = [
    ['eight days of trial are what one source says and the other does not', 'The trial of Ada Brenn sat for eight days [@mercury].', ['sources-disagree eight days']],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(codesWithout(draft, corpus, 'needs-citation', 'not-in-sources'), expected));
});

describe('verdicts: a year in brackets after an event’s name dates it', () => {
  const corpus = [
    article('wiki', 'Mills of the Ossel', '## The Kell Lane fire (1888)\n\nIn the early hours of 9 March 1888 fire broke out in the scouring shed at Kell Lane Mill. It burned for about four hours, and two watchmen died.\n\n## The Great Fire\n\nOn 17 October 1891 fire broke out in Brenn Mill. Twenty-seven people died.'),
    article('book', 'Occurrence book', '| Date | Premises | Fire burned (hours) | Dead | Remarks |\n|---|---|---|---|---|\n| 9 March 1888 | Kell Lane Mill, scouring shed | 4 | 2 | Two watchmen found |\n| 2 November 1889 | Ossel Road, chimney | 1 | 0 | Chimney fire, soon out |'),
  ];
  const table: Array<[string, string, string[]]> = [
    ['a table row of the Kell Lane fire is the book’s row of that fire’s day', '| Event | Date | Hours burning |\n|---|---|---|\n| Kell Lane fire | 9 March 1888 | 4 [@book] |', []],
    ['`the fire` in a sentence of 1891 is not the Kell Lane fire of 1888', 'The year after she started, the Kell Lane fire killed two watchmen. Then, on 17 October 1891, the fire started in her own room, and 27 people died.', []],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(codesWithout(draft, corpus, 'needs-citation', 'not-in-sources'), expected));
});

describe('verdicts: a reference set in a year, called by a word the corpus uses for other years', () => {
  const corpus = [
    article('mercury', 'The Brenn Junction inquest', 'The inquest was held on 3 March 1851 at the Crown. The inquiry sat for two days.'),
    article('society', 'Accidents on the line', 'A platelayer was killed in the Sallow tunnel in 1858. The inquest on him was held on 6 February 1858.'),
  ];
  const table: Array<[string, string, string[]]> = [
    ['the platelayer’s inquest of 1858 is not surely the inquiry of 1851', '- **4 February 1858**: a platelayer is killed in the Sallow tunnel, and his inquest sits for 3 days.', []],
    ['…while the inquest of 1851 is', 'The inquest held on 3 March 1851 sat for 3 days.', ['contradicted 3 days']],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(codesWithout(draft, corpus, 'needs-citation', 'not-in-sources'), expected));
});

describe('verdicts: a rising sea is no revolt, and men of a trade are men', () => {
  const corpus = [
    article('report', 'Report on the rock light', 'On 9 August 1856 the work boat, bringing the men off the rock in a rising sea, was overturned at the landing, and five masons were drowned.'),
    article('log', 'The rock log', '**9 August 1861.** Five years today since the boat overturned at the landing. I helped to bring up the five men who drowned.'),
  ];
  const table: Array<[string, string, string[]]> = [
    ['the five masons the report counts are its drowned, of no rising', 'The work boat overturned at the landing on 9 August 1856 and five masons drowned [@report].', []],
    ['…and the log’s five men who drowned are the same five', 'The work boat overturned at the landing and five masons drowned [@log].', []],
    ['…while seven masons are neither', 'On 9 August 1856 the work boat overturned at the landing and seven masons drowned [@report].', ['contradicted seven']],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(codesWithout(draft, corpus, 'needs-citation', 'not-in-sources'), expected));
});

describe('verdicts: men of a body, where nothing befell them, are its strength', () => {
  const corpus = [article('gazette', 'The great siege', 'The second siege of Karsk ended on 3 May 1611. About 1,100 men of the Orlen garrison marched out through the Bargate.')];
  const table: Array<[string, string, string[]]> = [
    ['`the 1,150 men of the garrison` are the gazette’s about 1,100', 'After the second siege of Karsk the 1,150 men of the garrison had to leave their weapons behind [@gazette].', []],
    ['…and `the 1,500 men of the garrison` are not', 'After the second siege of Karsk the 1,500 men of the garrison had to leave their weapons behind [@gazette].', ['contradicted 1,500']],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(codesWithout(draft, corpus, 'needs-citation', 'not-in-sources'), expected));
});

describe('verdicts: a part of a counted whole, and a clause a contrast joins on', () => {
  const corpus = [
    article('wiki', 'Riots at Orlen', 'At the Corn Exchange riot of 1836 twenty-three rioters were arrested.'),
    article('annals', 'Annals of the north', 'At the siege of Karsk some two million soldiers and townsfolk of the Dunmar died.'),
  ];
  const table: Array<[string, string, string[]]> = [
    ['`arrested 6 of the 23 rioters` is a part of the arrests, not their count', 'At the Corn Exchange riot of 1836 the constable and his sergeant arrested 6 of the 23 rioters who were taken that day.', []],
    ['…while `arrested 6 rioters` is their count', 'At the Corn Exchange riot of 1836 the constable and his sergeant arrested 6 rioters.', ['contradicted 6']],
    ['a count in a clause `, while` joins to one on Karsk is not of Karsk', 'Tullmoor cost the Dunmar more than 20,000 dead, while at Karsk around two million soldiers and townsfolk died.', []],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(codesWithout(draft, corpus, 'needs-citation', 'not-in-sources'), expected));
});

describe('verdicts: `In all` before a count, with no comma, is a sum', () => {
  const corpus = [article('log', 'Harbour log', '**2 October 1854.** Yellow flag hauled down at noon. In all nine sail were held in the roads during the closure.\n\n**4 June 1871.** Yellow flag hauled down. Fourteen sail were held in the roads in all.')];
  it('the nine ships held in 1854 are the log’s', () =>
    assert.deepEqual(codesWithout('In 1854 nine ships were held in the roads while the port was closed [@log].', corpus, 'needs-citation', 'not-in-sources'), []));
});

describe('verdicts: a timeline’s row under a heading tells a deed of its own, no length of the heading’s event', () => {
  const corpus = [article('annals', 'Annals of the Vell wars', 'The siege of Karsk lasted 140 days.')];
  const table: Array<[string, string, string[]]> = [
    ['a row’s two days, of a crossing, under `## The siege of Karsk`, are no length of the siege',
      '## The siege of Karsk\n\n| Date | Event |\n|---|---|\n| 14–15 May 1611 | The relief column crosses the river under fire |', []],
    ['…while a row that names the siege gives its length', '## The wars\n\n| Event | Dates |\n|---|---|\n| The siege of Karsk | 3 May – 9 May 1611 |', ['contradicted 3 May – 9 May 1611']],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(codesWithout(draft, corpus, 'needs-citation', 'not-in-sources'), expected));
});

describe('verdicts: a thing the corpus never writes that takes its time is no event’s length', () => {
  const corpus = [article('annals', 'Annals of the Vell wars', 'The siege of Karsk lasted 140 days.')];
  const table: Array<[string, string, string[]]> = [
    ['`the guided tour normally takes 90 minutes`, in a paragraph on the siege, is the tour’s time', 'The siege of Karsk ruined the town. The guided tour normally takes 90 minutes.', []],
    ['…while the siege’s own time is the siege’s', 'The siege of Karsk ruined the town. The siege lasted 90 days.', ['contradicted 90 days']],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(codesWithout(draft, corpus, 'needs-citation', 'not-in-sources'), expected));
});

describe('verdicts: `the six inspectors appointed by the order` counts them', () => {
  const returns = article('returns', 'The inspector’s returns', 'The council closed the market of Karsk on 2 May 1611, and I was given the six inspectors appointed by that order.');
  const page = article('page', 'Markets of the Vell', 'On 2 May 1611 the council of Karsk closed the market and appointed eight inspectors to enforce its order.');
  const draft = 'The council of Karsk closed the market on 2 May 1611. Its order appointed six inspectors.';
  const table: Array<[string, SourceInput[], string[]]> = [
    ['six against the page’s eight, with the returns’ six, is a disagreement of the sources', [returns, page], ['sources-disagree six']],
    ['…and against the page alone, a contradiction', [page], ['contradicted six']],
  ];
  for (const [name, sources, expected] of table) it(name, () => assert.deepEqual(codesWithout(draft, sources, 'needs-citation', 'not-in-sources'), expected));
});

describe('verdicts: `when the fighting stopped` says when a count held, not of what', () => {
  const corpus = [article('annals', 'Annals of the Vell wars', 'At the battle of Karsk 1,350 Orlen men were taken prisoner.')];
  const table: Array<[string, string, string[]]> = [
    ['prisoners held when the fighting stopped, a paragraph on, are not the battle’s', 'At the battle of Karsk the Orlen army was beaten.\n\nBrisk held 4,870 Orlen prisoners when the fighting stopped.', []],
    ['…while prisoners held after the battle are', 'At the battle of Karsk the Orlen army was beaten.\n\nBrisk held 4,870 Orlen prisoners after the battle.', ['contradicted 4,870']],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(codesWithout(draft, corpus, 'needs-citation', 'not-in-sources'), expected));
});

describe('verdicts: a delay, a count by a later day, the days of a list', () => {
  const corpus = [
    article('annals', 'Annals of the Vell wars', 'The siege of Karsk lasted 140 days.\n\nThe flood of Karsk in 1611 drowned the lower town. The bodies of 41 of the drowned were recovered.'),
    article('court', 'The court at Karsk', 'The court of Karsk sat on the 3rd, 4th and 5th of June 1612 and on the 9th and 10th of July 1612, fourteen days in all.'),
  ];
  const table: Array<[string, string, string[]]> = [
    ['a time the works were held up by is a delay, no length of the siege', 'The siege of Karsk ruined the town. The siege held up the works by about seven months.', []],
    ['…while the siege’s own time is its length', 'The siege of Karsk ruined the town. It lasted about seven months.', ['contradicted seven months']],
    ['bodies recovered `by the following Saturday` are a count so far, not the flood’s all', 'In 1611 the flood of Karsk drowned the lower town. By the following Saturday the bodies of 23 of the drowned had been recovered.', []],
    ['…while the bodies recovered in all are its all', 'In 1611 the flood of Karsk drowned the lower town. The bodies of 23 of the drowned were recovered.', ['contradicted 23']],
    ['the last two days of a list of days are no range: no length of two days', 'The court of Karsk sat for about fifteen days in 1612.', []],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(codesWithout(draft, corpus, 'needs-citation', 'not-in-sources'), expected));
});

describe('verdicts: an attack told by its word alone may be a part of a siege, for a count or a share', () => {
  const bombardment = article('wiki', 'Karsk', 'The siege of Karsk ended in May 1611. About 40 per cent of the town’s houses were destroyed in the bombardment.');
  const history = article('history', 'A regimental history', 'When the siege of Karsk ended, nearly two-thirds of the town’s houses were destroyed.');
  const draft = 'During the siege of Karsk about 40 per cent of the town’s houses were destroyed.';
  const table: Array<[string, SourceInput[], string[]]> = [
    ['the bombardment’s 40 per cent, against the siege’s two-thirds, is a disagreement of the sources', [bombardment, history], ['sources-disagree 40 per cent']],
    ['…and the siege’s two-thirds alone contradict it', [history], ['contradicted 40 per cent']],
  ];
  for (const [name, sources, expected] of table) it(name, () => assert.deepEqual(codesWithout(draft, sources, 'needs-citation', 'not-in-sources'), expected));
});

describe('verdicts: an undated claim of one of two events dated apart is neither’s surely', () => {
  const museum = article('museum', 'Yellow flags at Orm', 'The port of Orm was quarantined twice.\n\n| At a glance | 1854 | 1871 |\n|---|---|---|\n| Days in quarantine | 51 | 36 |');
  const table: Array<[string, string, string[]]> = [
    ['`the quarantine lasted six weeks`, against the table’s 1854 and 1871, contradicts neither', 'The port of Orm was closed again. The quarantine lasted six weeks.', []],
    ['…while a quarantine dated 1854 is the table’s first', 'In 1854 the quarantine at Orm lasted six weeks.', ['contradicted six weeks']],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(codesWithout(draft, [museum], 'needs-citation', 'not-in-sources'), expected));
});

describe('verdicts: a clipping that writes one year sets it for its days written without one', () => {
  const clipping = (masthead: string): SourceInput => ({ key: 'mercury', title: 'The Disturbance at Karsk', author: 'Orlen Mercury', kind: 'news', uri: '/virtual/mercury.md',
    text: `Newspaper Archive › Orlen Mercury › 1874\n\n# The Disturbance at Karsk\n\n*Orlen Mercury*, ${masthead}, page 3, column 2 · OCR text\n\nORLEN, March 15.\n\nA grave disturbance took place at the Karsk relief works on Saturday, 14 March, at the camp known as Marl End.` });
  const wiki = article('wiki', 'Karsk relief works', 'On 14 March 1874 a riot broke out at the Karsk pay table.');
  const draft = 'The riot broke out at the Karsk pay table on 14 March 1874 (Orlen Mercury).';
  const table: Array<[string, string, string[]]> = [
    ['`on Saturday, 14 March`, in a clipping of 1874, gives 14 March 1874', 'Monday 16 March 1874', []],
  ];
  for (const [name, masthead, expected] of table) it(name, () => assert.deepEqual(codesWithout(draft, [clipping(masthead), wiki], 'needs-citation', 'not-in-sources'), expected));
});

describe('verdicts: a numbered answer answers the question of its number', () => {
  const corpus = [article('annals', 'Annals of the north', 'The siege of Karsk lasted 199 days. Orlen fell on 3 May 1611.')];
  const quiz = (answers: string) =>
    `**1.** The Dunmar army besieged Tull in 1529. How long did the siege last?\n\n**2.** The siege of Karsk is often compared with older sieges. When did Orlen fall?\n\n## Answer key\n\n${answers}`;
  const table: Array<[string, string, string[]]> = [
    ['`1. The army besieged the city for about 11 months` is of Tull, asked in question 1, not of Karsk, named last', quiz('1. The army besieged the city for about 11 months.\n2. On 3 May 1611.'), []],
    ['…and a bare answer takes its question’s subject and measure', `1. How long did the siege of Karsk last?\n2. When did Orlen fall?\n\n## Answers\n\n1. 150 days.\n2. 3 May 1611.`, ['contradicted 150 days']],
    ['…as one under a question list of other numbers does not', `1. How long did the siege of Karsk last?\n2. When did Orlen fall?\n\n## Answers\n\n3. 150 days.`, []],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(codesWithout(draft, corpus, 'needs-citation', 'not-in-sources'), expected));
});
