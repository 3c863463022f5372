// Which values of a draft are checkable claims, and which citations each sentence carries.
import assert from 'node:assert/strict';
import { extractClaims } from '../../server/src/engine/claims.js';
import { buildCorpusIndex } from '../../server/src/engine/index.js';
import { markdownToProse } from '../../server/src/engine/prose.js';

// A made-up corpus: the claims tests only need its names, titles and authors.
const index = buildCorpusIndex([
  {
    key: 'vane1988',
    title: 'The Siege of Karsk',
    author: 'Ilse Vane',
    kind: 'book',
    uri: '/virtual/karsk.txt',
    text: 'The Siege of Karsk\nThe siege of Karsk lasted 140 days. The Treaty of Orlen was signed on 3 May 1611.\n',
  },
  {
    key: 'orlen-notes',
    title: 'Notes on the Treaty of Orlen',
    kind: 'blog post',
    uri: '/virtual/orlen.md',
    text: '# Notes on the Treaty of Orlen\n\nThe treaty ceded a third of the province.\n',
  },
]);

function claimsOf(markdown: string): string[] {
  return extractClaims(markdownToProse(markdown), index).claims.map((c) => c.value.text);
}

function citationsOf(markdown: string) {
  return extractClaims(markdownToProse(markdown), index).citations.map((c) => [c.form, c.sourceKey ?? null]);
}

describe('claims: what is and is not a checkable claim', () => {
  const cases: Array<[string, string, string[]]> = [
    ['counts, durations, dates, shares', 'The siege lasted 140 days and killed 12,000 people by 3 May 1611, a third of the town.', ['140 days', '12,000', '3 May 1611', 'a third']],
    ['names that contain numbers', 'Order No. 227 and Decree 14 mattered in World War 2.', []],
    ['page numbers in citations', 'The siege lasted 140 days (Vane 212).', ['140 days']],
    ['locators', 'As shown on p. 45 and in chapter 3, it lasted 140 days.', ['140 days']],
    ['a count of some of a group after `this week` is a count, no week’s number', 'At the assizes this week eleven of the rioters were convicted.', ['eleven']],
    ['a reference named by its number', 'The siege of Karsk lasted 140 days. The book gives no figure, so ref 5 has to stay.', ['140 days']],
    ['a year that sets the scene', 'In 1611 the war was going badly for Orlen.', []],
    ['…but dates a happening its clause tells, after `in`, `after` or `before`', 'In 1612 a memorial went up in the square. After the spring of 1613 the front settled near the river.', ['1612', 'the spring of 1613']],
    ['…not how things went after it', 'After 1613 the war went badly for Orlen.', []],
    ['…and a year until which a state held is when it ended', 'Until 1614, the town was called Orlen.', ['1614']],
    ['what the writer says they have gathered is their own count', 'I list 11 events below. So now I have two lengths for the siege: 140 days and five months.', ['140 days', 'five months']],
    ['a bare count of what comes from a source, opening its sentence, is the writer’s tally', 'Five rows are from Vane. Three come from the Orlen notes. The siege lasted 140 days.', ['140 days']],
    ['…not every count after `I`', 'I think 300 men died at Karsk. I count 58 men dead.', ['300', '58']],
    ['when a calendar’s year turns is a custom, not an event', 'The clerk’s year did not begin until 25 March 1612. The siege ended on 3 May 1611.', ['3 May 1611']],
    ['a log entry’s bold dateline is when the writer wrote', '## Spring 1942\n\n**Fri 14 Feb.** Read Vane today: the siege lasted 140 days.', ['140 days']],
    ['…a bold line of a place and a day alone too', '**Karsk, 3 May 1611**\n\nThe siege lasted 140 days.', ['140 days']],
    ['…but a timeline’s bold day is its entry’s date', '- **3 May 1611** — The Treaty of Orlen is signed.', ['3 May 1611']],
    ['…and so is a bold day before a dash', '**3 May 1611** — The Treaty of Orlen is signed at Karsk, and the siege ends.', ['3 May 1611']],
    ['a year that dates an event', 'The Treaty of Orlen of 1611 ended the war.', ['1611']],
    ['the writer’s own time', 'In my 2023 class we read about Karsk for three reasons.', []],
    ['numbers inside quotations', 'Vane calls it "a siege of 140 days" in her book.', []],
    ['a quotation of several sentences, straight marks', 'As one clerk put it: "Four hundred dead is no small thing. It is 300 homes." The siege lasted 140 days.', ['140 days']],
    ['a quotation of several sentences, curly marks', 'As one clerk put it: “Four hundred dead is no small thing. It is 300 homes.” The siege lasted 140 days.', ['140 days']],
    ['a bold line of its own is a heading', '**Slide 2: The treaty of Orlen and its envoys (1611)**\n\nThe siege lasted 140 days.', ['140 days']],
    ['a bold list item is a heading', '1. **Building the walls (1609–1611).**\n2. The siege lasted 140 days.', ['140 days']],
    ['a bold question over its answer', '**Q9. Why did Karsk fall so fast in 1611?**\nThe siege lasted 140 days.', ['140 days']],
    ['a bold opening and bold words in a sentence are read', '**Point three.** The siege lasted **140 days** in 1611.', ['140 days', '1611']],
    ['a quotation closed in its own sentence leaves the next one read', 'She wrote "we held" on 3 May 1611. It lasted 140 days.', ['3 May 1611', '140 days']],
    ['numbers in headings', '# The 140 Days of Karsk\n\nIt was long.', []],
    ['list numbers', '1. The siege began.\n2. The siege ended.', []],
    ['years in citation keys', 'It lasted 140 days [@vane1988, p. 12].', ['140 days']],
    ['times of day', 'The gates opened at 20:34 that night.', []],
    ['bibliography entries', 'It lasted 140 days (Vane).\n\n## Works Cited\n\nVane, Ilse. *Karsk*. 1988.', ['140 days']],
    ['a season that sets the scene', 'By the summer of 1611 the armies met at Karsk.', []],
    ['the writer’s own dates', 'I read the chronicle on 3 October 2024 for class.', []],
    ['small numbers after a determiner', 'The two dukes met at Karsk, and eleven envoys signed.', ['eleven']],
    ['…but `all seven of` counts the whole it names', 'The boat took off all seven of her crew.', ['seven']],
    ['MLA heading lines', 'Ana Ruiz\n\n12 March 2024\n\nThe siege lasted 140 days (Vane).', ['140 days']],
  ];
  for (const [name, markdown, expected] of cases) {
    it(name, () => assert.deepEqual(claimsOf(markdown), expected));
  }
});

describe('claims: not claims anywhere in a draft', () => {
  const cases: Array<[string, string, string[]]> = [
    ['a name opening a list item', '- Decree 118 made retreat a crime.\n- No. 5 Pit flooded first.\n- The siege lasted 140 days.', ['140 days']],
    ['reference marks after the full stop', 'The siege lasted 140 days.[10] The town fell.[1][2][3]', ['140 days']],
    ['a Works Cited section opened by a plain line', 'It lasted 140 days (Vane).\n\nWorks Cited\n\nVane, Ilse. *Karsk*. Orlen Press, 1988. 312 pp.\n', ['140 days']],
    ['a numbered References: list', 'It lasted 140 days.[1]\n\nReferences:\n\n1. Vane, Ilse. *Karsk, 1610-11*. 1988.\n', ['140 days']],
    ['a date range in link text', 'A summary is at [Siege of Karsk (1610-11)](https://x.example/karsk). It lasted 140 days.', ['140 days']],
    ['…but link text the sentence runs through is the writer’s words', 'The fires burned [about three-quarters of Karsk](https://x.example/fire) in a week.', ['three-quarters']],
    ['…not a folio in a bracketed link', 'The charter was read aloud ([register scan, f. 3](https://x.example/scan)).', []],
    ['the essay’s own counts', 'I give three reasons from my two sources. These are the three moments I think matter most.', []],
    ['a when-clause dates the event', 'In 1789, when the first mill opened at Karsk, the town was small.', ['1789']],
    ['a decade that sets the scene', 'By the 1820s it was a mill town.', []],
    ['a column that numbers the rows', '| # | Event | Figure |\n|---|---|---|\n| 4 | Siege of Karsk | 140 days |\n| 12 | Treaty of Orlen | 3 May 1611 |', ['140 days', '3 May 1611']],
    ['…but a column of counts is counted', '| Event | Killed |\n|---|---|\n| Siege of Karsk | 12 |', ['12']],
    ['a row whose label names a unit of area gives areas, no claims', '| Fact | First | Second |\n|---|---|---|\n| Acres enclosed | 1,240 | 3,680 |\n| Allottees | 47 | 62 |', ['47', '62']],
    ['…and so does a column headed by a unit of length', '| Road | Distance (miles) | Built |\n|---|---|---|\n| Karsk road | 14 | 1611 |', ['1611']],
    ['…nor is `foot` in `Foot passengers`', '| Year | Foot passengers |\n|---|---|\n| 1876 | 141,000 |', ['1876', '141,000']],
    ['…but a unit’s word in a name is no unit (`Sixty Mile Flats`, `League ships`)', '| Storm | League ships | Lost |\n|---|---|---|\n| Second storm, Sixty Mile Flats | 22 | 29 |', ['22', '29']],
    ['a plan’s target is no duration that happened', 'The plan called for the capture of Karsk within four months, and the siege lasted 140 days.', ['140 days']],
    ['…but `within` with no plan is one, and `so-called` calls for nothing', 'The so-called Karsk Meat Grinder fell within 140 days.', ['140 days']],
    ['an author’s year in brackets is part of the citation', 'Vane (1988) says the siege lasted 140 days.', ['140 days']],
    ['a year in brackets after a title in italics is the work’s', '*The Last Days of Karsk* (2016) says the siege lasted 140 days. In _Orlen Diary_ (1998) it is 150.', ['140 days', '150']],
    ['…and after a title in quotation marks', 'The film "The Fall of Karsk" (2001) shows the siege, which lasted 140 days.', ['140 days']],
    ['…but not a year in brackets after plain words', 'The siege of Karsk (1611) lasted 140 days.', ['1611', '140 days']],
    ['the writer’s own entries', 'Made for our presentation: two entries come from a memoir and three from a blog.', []],
    ['a numbered order in lower case', 'the duke issued order 227 in the spring, and 300 men left.', ['300']],
    ['a time said with `that` or `this`, then a count of things, is a time and a count, not a numbered part', 'That season 84 luggers had gone out. This week 300 men came out. Read chapter 3 of the book.', ['84', '300']],
    ['an image file name left on the page', 'The lines moved west.\n\nKarsk_Front_1611-11_to_1612-03.png\n', []],
  ];
  for (const [name, markdown, expected] of cases) {
    it(name, () => assert.deepEqual(claimsOf(markdown), expected));
  }
});

describe('citations: forms and the source each resolves to', () => {
  const cases: Array<[string, string, Array<[string, string | null]>]> = [
    ['footnote by title', 'It lasted 140 days.[^1]\n\n[^1]: "The Siege of Karsk," a book.', [['footnote', 'vane1988']]],
    ['footnote by author', 'It lasted 140 days.[^1]\n\n[^1]: Ilse Vane, her book.', [['footnote', 'vane1988']]],
    ['footnote outside the corpus', 'It lasted 140 days.[^1]\n\n[^1]: Some Other, a book.', [['footnote', null]]],
    ['pandoc key', 'It lasted 140 days [@vane1988].', [['pandoc', 'vane1988']]],
    ['pandoc key with a locator and prefix', 'It lasted 140 days [see @vane1988, ch. 4].', [['pandoc', 'vane1988']]],
    ['pandoc key by surname', 'It lasted 140 days [@vane2001].', [['pandoc', 'vane1988']]],
    ['pandoc key by leading title words', 'It lasted 140 days [@notesonthetreaty].', [['pandoc', 'orlen-notes']]],
    ['pandoc keys, several', 'It lasted 140 days [@vane1988; @orlen-notes].', [['pandoc', 'vane1988'], ['pandoc', 'orlen-notes']]],
    ['MLA author and page', 'It lasted 140 days (Vane 212).', [['parenthetical', 'vane1988']]],
    ['MLA title', 'It lasted 140 days ("Notes on the Treaty of Orlen").', [['parenthetical', 'orlen-notes']]],
    ['MLA outside the corpus', 'It lasted 140 days (Kowalski 12).', [['parenthetical', null]]],
    ['a Markdown link by title', 'It lasted 140 days, says [The Siege of Karsk](https://example.org/k).', [['link', 'vane1988']]],
    ['numbered marks', 'It lasted 140 days.[12][13]', [['numbered', null], ['numbered', null]]],
    ['a signal phrase naming the author', 'According to Ilse Vane, it lasted 140 days.', [['signal-phrase', 'vane1988']]],
    ['numbered marks through a reference list', 'It lasted 140 days.[2]\n\n## References\n\n1. Okoro, *Other*.\n2. Vane, *The Siege of Karsk*.', [['numbered', 'vane1988']]],
    ['a numbered mark with a link definition', 'It lasted 140 days [1].\n\n[1]: https://example.org/karsk', [['link', null]]],
    ['a signal phrase naming the surname', 'Vane also notes that it lasted 140 days.', [['signal-phrase', 'vane1988']]],
    ['an author doing something themself is no signal phrase', 'Vane herself lost three of her children in it.', []],
    ['…while one who tells it themself is', 'Vane herself says that it lasted 140 days.', [['signal-phrase', 'vane1988']]],
    ['an author named doing a deed of the story is no signal phrase', 'Then Vane locked the gates, and it lasted 140 days [@orlen-notes].', [['pandoc', 'orlen-notes']]],
    ['…with no mark in the sentence either', 'It lasted 140 days, and then Vane locked the whole mill.', []],
    ['…while one named telling it still is', 'Vane recorded that it lasted 140 days [@orlen-notes].', [['pandoc', 'orlen-notes'], ['signal-phrase', 'vane1988']]],
    ['…or hearing it, or timing it', 'Vane heard that it lasted 140 days. Vane timed the march at 140 days.', [['signal-phrase', 'vane1988'], ['signal-phrase', 'vane1988']]],
    ['the surname after another given name is another of the family, no signal phrase', 'The siege left Josiah Vane rebuilding the mill, and it lasted 140 days.', []],
    ['…but after a title, or opening the text, it names the author', 'Per Vane, it lasted 140 days. Canon Vane’s page says it lasted 140 days.', [['signal-phrase', 'vane1988'], ['signal-phrase', 'vane1988']]],
    ['a signal phrase naming a quoted title', 'The "Notes on the Treaty" post says it lasted 140 days.', [['signal-phrase', 'orlen-notes']]],
    ['a link that opens the sentence', '[Vane’s book](https://example.org/k) says it lasted 140 days.', [['link', 'vane1988']]],
    ['a pandoc locator with an abbreviation', 'It lasted 140 days [@vane1988, para. 4].', [['pandoc', 'vane1988']]],
    ['numbered marks belong to the sentence they close', 'It lasted 140 days.[4] The treaty came later.[2]', [['numbered', null], ['numbered', null]]],
    ['no citation', 'It lasted 140 days.', []],
    ['a parenthesis that is not a citation', 'It lasted 140 days (as agreed at the time).', []],
    ['a name in brackets between two words of a name is part of it', 'Pavel Ivanovich (Kowalski) Dresk held it for 140 days.', []],
    ['…and so is one between a unit’s number and its name', 'The 3rd (Motorised) Infantry Division held it for 140 days.', []],
    ['…but a citation before a new sentence still cites', 'It lasted 140 days (Kowalski). Dresk held it.', [['parenthetical', null]]],
    ['a name for events in brackets, its last word a kind of event, is no citation', 'A series of assaults (Karsk Battles) lasted 140 days.', []],
    ['a quoted phrase in brackets right after a quoted phrase glosses it', 'It lasted 140 days, known as "the long winter" ("dolgaya zima").', []],
    ['MLA author with book and chapter', 'It lasted 140 days (Vane 7.71).', [['parenthetical', 'vane1988']]],
    ['MLA author with volume and page', 'It lasted 140 days (Kowalski 2: 57).', [['parenthetical', null]]],
    ['Harvard single-quoted title, no date', "It lasted 140 days ('Notes on the Treaty of Orlen' n.d.).", [['parenthetical', 'orlen-notes']]],
    ['a citation after a quotation that ends in `!`', 'It lasted 140 days, and he answered: "Never!" (Vane 212).', [['parenthetical', 'vane1988']]],
    ['a table row cites in its Source column', '| Fact | Figure | Source |\n|---|---|---|\n| Length | 140 days | Vane, p. 212 |', [['table-cell', 'vane1988']]],
    ['a table row with an empty Source cell cites nothing', '| Fact | Figure | Source |\n|---|---|---|\n| Length | 140 days | |', []],
    ['a table without a Source column cites nothing', '| Fact | Figure | Note |\n|---|---|---|\n| Length | 140 days | Kowalski, p. 212 |', []],
  ];
  for (const [name, markdown, expected] of cases) {
    it(name, () => assert.deepEqual(citationsOf(markdown), expected));
  }

  it('an editor’s tag (`[citation needed]`) closes its sentence: the next sentence’s mark is not its citation', () => {
    const cited = (markdown: string) => extractClaims(markdownToProse(markdown), index).claims.map((c) => [c.value.text, c.citations.length]);
    assert.deepEqual(cited('It lasted 140 days.[citation needed] Then it fell.[2]'), [['140 days', 0]]);
    assert.deepEqual(cited('It lasted 140 days.[1] Then it fell.[2]'), [['140 days', 1]]);
  });
  it('the most of a title a citation gives decides: a whole short title inside a longer one’s leading words is the longer one', () => {
    const abbey = buildCorpusIndex([
      { key: 'abbey-wiki', title: 'Karsk Abbey', kind: 'wiki article', uri: '/virtual/abbey.md', text: '# Karsk Abbey\n\nThe abbey fed 600 a day.\n' },
      { key: 'chapter-book', title: 'The Chapter Book of Karsk Abbey: Extracts, 1527–1532', author: 'Piers Orm', kind: 'minutes', uri: '/virtual/book.md', text: '# The Chapter Book\n\nWe fed 600 today.\n' },
    ]);
    const cited = (markdown: string) => extractClaims(markdownToProse(markdown), abbey).citations.map((c) => c.sourceKey ?? null);
    assert.deepEqual(cited('It fed 600 a day.[^1]\n\n[^1]: *The Chapter Book of Karsk Abbey*, trans. R. Dunstall (1911), f. 47.'), ['chapter-book']);
    assert.deepEqual(cited('It fed 600 a day.[^1]\n\n[^1]: "Karsk Abbey," a wiki.'), ['abbey-wiki']);
  });

  it('a link whose text opens the next sentence is that sentence’s citation, not the sentence before’s', () => {
    const cited = (markdown: string) => extractClaims(markdownToProse(markdown), index).claims.map((c) => [c.value.text, c.citations.map((x) => x.sourceKey ?? null)]);
    assert.deepEqual(cited('It killed 12,000 people. [The Siege of Karsk](https://example.org/k) says it lasted 140 days.'), [['12,000', []], ['140 days', ['vane1988']]]);
    assert.deepEqual(cited('It killed 12,000 people.[^1] [The Siege of Karsk](https://example.org/k) says it lasted 140 days.\n\n[^1]: Vane.'), [['12,000', ['vane1988']], ['140 days', ['vane1988']]]);
  });

  it('a body that is a source’s author, named doing something or having it done, is what the sentence is about, no signal phrase', () => {
    const society = buildCorpusIndex([
      { key: 'tas', title: 'Our Expeditions', author: 'Tarnholt Aeronautical Society', kind: 'society page', uri: '/virtual/tas.md', text: '# Our Expeditions\n\nThe airship left with 16 aboard.\n' },
    ]);
    const cited = (markdown: string) => extractClaims(markdownToProse(markdown), society).citations.map((c) => c.sourceKey ?? null);
    assert.deepEqual(cited('The Tarnholt Aeronautical Society is founded in 1896.'), []);
    assert.deepEqual(cited('In 1914 the Society sells the airship for scrap.'), []);
    assert.deepEqual(cited('The Society lists 16 aboard.'), ['tas']);
    assert.deepEqual(cited('According to the Tarnholt Aeronautical Society, 16 were aboard.'), ['tas']);
  });

  it('two words a title opens with do not name it: `The First World War` is not `World War Two Part 2`', () => {
    const wars = buildCorpusIndex([
      { key: 'ww2', title: 'World War Two Part 2: Not One Step Back!', kind: 'blog post', uri: '/virtual/ww2.md', text: '# World War Two Part 2\n\nIt lasted 140 days.\n' },
    ]);
    const cited = (markdown: string) => extractClaims(markdownToProse(markdown), wars).citations.map((c) => c.sourceKey ?? null);
    assert.deepEqual(cited('It began in 1914.[1]\n\n## References\n\n1. Strachan, Hew. *The First World War*. Viking, 2004.'), [null]);
    assert.deepEqual(cited('It lasted 140 days ("World War Two Part 2").'), ['ww2']);
  });

  it('an author’s name owning a thing that is not a writing (`At Vane’s mill`) is no signal phrase: it cites nothing, and its words say where', () => {
    const [mill] = extractClaims(markdownToProse('At Vane’s mill, seventeen hands died.'), index).claims;
    assert.equal(mill!.frame.place, 'vane');
    assert.deepEqual(mill!.citations.map((c) => [c.form, c.sourceKey]), []);
    // (`Vane’s account`: a writing of hers cites her.)
    const [told] = extractClaims(markdownToProse('In Vane’s account, seventeen hands died.'), index).claims;
    assert.deepEqual(told!.citations.map((c) => [c.form, c.sourceKey]), [['signal-phrase', 'vane1988']]);
    // (`Vane’s book`: a writing of hers, the source itself, names no place.)
    const [book] = extractClaims(markdownToProse('At Vane’s book launch, seventeen hands were counted.'), index).claims;
    assert.equal(book!.frame.place, undefined);
  });

  it('a signal phrase names a source among hundreds by its author’s name, surname or possessive, or by its whole title', () => {
    // (Names of letters only: `Ab`, `Ac`, …, one per source.)
    const name = (i: number) => String.fromCharCode(65 + Math.floor(i / 26)) + String.fromCharCode(97 + (i % 26));
    const many = buildCorpusIndex(Array.from({ length: 300 }, (_, i) => ({
      key: `s${i}`, title: `The Annals of House ${name(i)} and Its Mill`, author: `Wenna O'Drisk-${name(i)}`, kind: 'book', uri: `/virtual/s${i}.md`, text: `# Annals\n\nThe mill burned.\n`,
    })));
    const cited = (markdown: string) => extractClaims(markdownToProse(markdown), many).citations.map((c) => [c.form, c.sourceKey ?? null]);
    const table: Array<[string, Array<[string, string | null]>]> = [
      ["According to Wenna O'Drisk-Jq, it lasted 140 days.", [['signal-phrase', 's250']]],
      ["O'Drisk-Ar notes that it lasted 140 days.", [['signal-phrase', 's17']]],
      ["O'Drisk-Ln’s account says it lasted 140 days.", [['signal-phrase', 's299']]],
      ['The Annals of House Bq and Its Mill says it lasted 140 days.', [['signal-phrase', 's42']]],
      ['The mill burned for 140 days.', []],
    ];
    for (const [markdown, expected] of table) assert.deepEqual(cited(markdown), expected, markdown);
  });

  it('a footnote right after the final period belongs to the sentence', () => {
    const { claims } = extractClaims(markdownToProse('It lasted 140 days.[^1] Then 12,000 died.\n\n[^1]: Vane.'), index);
    assert.equal(claims[0]!.citations.length, 1);
    assert.equal(claims[1]!.citations.length, 0);
  });
});

describe('claims: the year a sentence sets', () => {
  it('a year that only sets the scene still dates the day and month of the next sentence', async () => {
    const { yearOfDay } = await import('../../server/src/engine/dates.js');
    const markdown = 'The siege of Karsk ended on 3 May 1611.\n\nIn 1614 the weavers struck. Their strike began on 18 July.';
    const claim = extractClaims(markdownToProse(markdown), index).claims.find((c) => c.value.text === '18 July');
    assert.ok(claim, 'the day and month are read');
    assert.equal(yearOfDay(claim.value.interval.low), 1614);
  });
});
