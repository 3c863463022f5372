// Which values of one sentence are checkable claims, read as a source's sentence is read (no
// citations known beforehand). Made-up names throughout.
import assert from 'node:assert/strict';
import { claimValues } from '../../server/src/engine/claimValues.js';

function claimsIn(sentence: string): string[] {
  return claimValues(sentence, 0, []).map((v) => v.text);
}

function table(title: string, cases: Array<[string, string[]]>): void {
  describe(title, () => {
    for (const [sentence, expected] of cases) {
      it(sentence, () => assert.deepEqual(claimsIn(sentence), expected));
    }
  });
}

describe('claim values: a source’s `no one was killed` counts none', () => {
  const inSource = (sentence: string) => claimValues(sentence, 0, [], {}, true).map((v) => `${v.text}=${v.interval.nominal}`);
  it('No one was killed and only three were hurt.', () => assert.deepEqual(inSource('No one was killed and only three were hurt.'), ['No one=0', 'three=3']));
  it('The first riot was almost good-natured: nobody died.', () => assert.deepEqual(inSource('The first riot was almost good-natured: nobody died.'), ['nobody=0']));
  it('No one knows how many died.', () => assert.deepEqual(inSource('No one knows how many died.'), []));
  // (In a draft the words are the writer's: not a claim.)
  it('a draft’s `nobody died` is no claim', () => assert.deepEqual(claimValues('Nobody died in the fire.', 0, []).map((v) => v.text), []));
});

/**
 * A table of sentences read as a source's and as a draft's: [what, sentence, the values `shown` of
 * it in a source, in a draft].
 */
function sourceAndDraftTable(title: string, shown: RegExp, cases: Array<[string, string, string[], string[]]>): void {
  const inSource = (sentence: string) => claimValues(sentence, 0, [], {}, true).map((v) => v.text);
  describe(title, () => {
    for (const [what, sentence, source, draft] of cases) {
      it(`${what}: ${sentence}`, () => {
        assert.deepEqual(inSource(sentence).filter((v) => shown.test(v)), source);
        assert.deepEqual(claimsIn(sentence).filter((v) => shown.test(v)), draft);
      });
    }
  });
}

sourceAndDraftTable('claim values: a span after `these`', /week|month/, [
  ['a letter’s own time so far, right after its verb, is told in a source', 'We have kept the kitchen open these six weeks.', ['six weeks'], []],
  ['…but one after a preposition refers back to a span told before', 'Some 3,000 men were taken prisoner in these six months.', [], []],
  ['…as one after `those` does', 'We have kept the kitchen open those six weeks.', [], []],
]);

sourceAndDraftTable('claim values: a date beside the writer’s own reading', /\d{4}/, [
  ['in its own clause, a source’s date is history', 'It was fought on 17 May 1614, and everything I have read gives the same day.', ['17 May 1614'], []],
  ['…but in the reading’s clause, the writer’s', 'I read it on 3 May 2019 in the library.', [], []],
  ['…and a draft says nothing of a sentence that speaks of its reading', 'The army had many men in 1940, and no historian I found says so.', ['1940'], []],
]);

table('claim values: the date written on a text the draft cites is where a figure comes from', [
  ['The Courier’s report is dated 3 March 1838, and it says 57 people died.', ['57']],
  ['The letter was dated 4 May 1849.', []],
  // (A treaty's date is when it was signed: a claim.)
  ['The treaty is dated 3 May 1611.', ['3 May 1611']],
]);

describe('claim values: quotations', () => {
  const inSource = (sentence: string) => claimValues(sentence, 0, [], {}, true).map((v) => v.text);
  const table: Array<[string, string, string[], string[]]> = [
    // [what, sentence, its claims in a source, in a draft]
    ['a source’s report of a witness’s own words states them', 'Asked how many were on deck, he said, "Above sixty, sir, and most were lost."', ['sixty'], []],
    ['…after a colon too', 'The keeper wrote: “Nineteen drowned within sight of the pier.”', ['Nineteen'], []],
    ['a phrase a source quotes states nothing', 'The chronicle’s "seven score souls" has been repeated by every later writer.', [], []],
    ['…nor a title it quotes', 'See the pamphlet "Forty Days at Karsk" for the rest.', [], []],
  ];
  for (const [what, sentence, source, draft] of table) {
    it(`${what}: ${sentence}`, () => {
      assert.deepEqual(inSource(sentence), source);
      assert.deepEqual(claimsIn(sentence), draft);
    });
  }
});

table('claim values: a small number after `the` refers back, unless a part is taken of it', [
  // (After an ordinal and `of`, a small number places one thing in a series.)
  ['It was the second of two wars fought between Karsk and Orlen.', []],
  ['Vell was the last of three sieges of the town.', []],
  ['The first of 12 ships sank at Karsk.', ['12']],
  ['Orlen was one of the nine men convicted.', ['nine']],
  ['Two of the five boats came home.', ['Two', 'five']],
  ['Orlen met the nine men at the ford.', []],
  ['Orlen was the first of the nine men to speak.', []],
]);

describe('claim values: a source’s first person is history', () => {
  // A letter's writer counts the garrison they are in: not a draft writer's age.
  it('We are two thousand four hundred now, with the new drafts.', () =>
    assert.deepEqual(claimValues('We are two thousand four hundred now, with the new drafts.', 0, [], {}, true).map((v) => v.text), ['two thousand four hundred']));
  it('We have had one hundred and sixty hurt brought in since the morning.', () =>
    assert.deepEqual(claimValues('We have had one hundred and sixty hurt brought in since the morning.', 0, [], {}, true).map((v) => v.text), ['one hundred and sixty']));
  it('It took us eleven days to reach the ford.', () =>
    assert.deepEqual(claimValues('It took us eleven days to reach the ford.', 0, [], {}, true).map((v) => v.text), ['eleven days']));
  it('We are forty now, with the new drafts.', () =>
    assert.deepEqual(claimValues('We are forty now, with the new drafts.', 0, [], {}, true).map((v) => v.text), ['forty']));
});

table('claim values: numbers in names, also opening a sentence', [
  // (A capitalised unit with a number after it names a class or a day: `one Year 9 student` is no year.)
  ['As one Year 9 student put it, the town of Karsk fell.', []],
  ['The siege of Karsk lasted one year.', ['one year']],
  ['Eight-Hour Strike began on 3 March 1885.', ['3 March 1885']],
  ['In the strike at Vell 300 men were killed.', ['300']],
  ['On the second day the Ward 7 voters were turned away.', []],
  ['| 3 March – 25 April 1885 | Eight-Hour Strike | 440 men out |', ['3 March – 25 April 1885', '440']],
  ['Decree 118 made retreat a crime.', []],
  ['The decree № 118 made retreat a crime.', []],
  ['The decree №118 made retreat a crime.', []],
  ['No. 5 Pit flooded first.', []],
  ['He drove a Z-41 into the river.', []],
  ['The 1788 Orlen Convention banned it.', []],
  ['Lodge 31 voted to strike.', []],
  ['The members of Lodge 31 voted to strike.', []],
  ['This essay is for Regional Studies 12.', []],
  ['This essay is for HIST 3050.', []],
  ['The 17th Fusilier Regiment held the bridge.', []],
  ['They gathered in 5th March Square.', []],
  ['The Hundred Stairs changed hands.', []],
  ['The men fled to the Sixty-Yard Level.', []],
  ['| Karsk 1611–12 | 199 days |', ['199 days']],
  ['| Date | 1611–1612 |', ['1611–1612']],
  ['It was part of the wider Orlenese 1611–1612 winter offensive.', ['1611–1612']],
  ['The siege lasted from 1611 to 1612.', ['1611 to 1612']],
  ['The siege of Karsk lasted 1611–12.', ['1611–12']],
  // Counts that look a little like names are still counts.
  ['Perhaps 300 men died at Karsk.', ['300']],
  ['The 12 Corps held the ridge.', []],
  ['Only 57 Hussars came back.', ['57']],
  ['Then 300 Orlenese were captured at the ford.', ['300']],
  ['Of them, 3 Army officers deserted.', ['3']],
  ['At the ford 410 Karskan soldiers were killed.', ['410']],
  ['A 300-man garrison held the gate.', ['300']],
  ['They sent 200 foot soldiers.', ['200 foot']], // the value reader takes `foot` for a unit
]);

table('claim values: reference marks cite, they do not count', [
  ['The siege lasted 140 days.[10]', ['140 days']],
  ['The siege lasted 140 days.[1][2][3]', ['140 days']],
  ['The garrison [12] held out for 140 days [7, 8].', ['140 days']],
  ['An editor tag [vague] is no mark, and 140 days is still a claim.', ['140 days']],
  ['[fol. 38] Upon the second day of November, 1624, the siege was lifted after 140 days.', ['the second day of November, 1624', '140 days']],
  ['[f. 71v] The garrison held out for 140 days [p. 12].', ['140 days']],
  ['The Battle of Karsk[nb 1] lasted 140 days.[note 3]', ['140 days']],
]);

table('claim values: titles pointed at, and debris on the page', [
  ['A great brief summary can be found @ Siege of Karsk (1610-11).', []],
  ['See Siege of Karsk (1610-11) for a summary.', []],
  ['Map: Karsk_Front_1611-11_to_1612-03.png shows the lines.', []],
  ['The map (karsk-front-1611.svg) shows the lines.', []],
  // An article that states a war's dates after its name does date it.
  ['The Karsk War (1610–1612) ended at Orlen.', ['1610–1612']],
  // In a note of where the figures come from, a year in brackets is a work's, and so is one in its title.
  ['Figures from Ilse Vane, The Siege of Karsk (1965).', []],
  ['Source to add: Ilse Vane, Karsk: Clash of Kings, 1611 (1991).', []],
  ['Sources: Vane (1965) and Orm (1988).', []],
  ['Figures from the first census show 400 dead in 1611.', ['400', '1611']],
  ['The siege (1610) ended in 1611.', ['1610', '1611']],
  // The day a page or a source was last looked at is the writer's.
  ['Sources last checked on 12 March 2024.', []],
  ['Page last updated 3 May 2021.', []],
  ['A column for Skarrow Life, issue 7, winter 2023.', []],
  ['The issue was settled in the winter of 1623.', ['the winter of 1623']],
  ['*Fact-checked by the Karsk History Club, March 2025.*', []],
]);

table('claim values: the writer’s own counts', [
  // (A part taken of the writer's own material, by name or by `of them`, is the writer's count.)
  ['Nice quote, but explain it. 3 of your 5 paragraphs are mostly numbers.', []],
  ['Eleven entries so far; 3 of them mention the siege of Karsk.', []],
  ['The garrison of Karsk had 400 men; 61 of them were arrested.', ['400', '61']],
  ['Vane lists in three chapters the ships of Karsk, and 12 of them sank.', ['12']],
  // (A question that offers values as alternatives asks; it states neither.)
  ['So did the siege of Karsk last nine years or eleven?', []],
  ['We could not agree whether the truce lasted three years or eighteen months.', []],
  ['The truce lasted three years or more.', ['three years']],
  ['Did the siege of Karsk last 140 days or 150 days?', []],
  // (Values that alone fill lettered options are choices offered; options that say more, and one lettered answer, state.)
  ['(a) 18 days (b) 105 days (c) 199 days (d) 2 years', []],
  ['(a) about 3 weeks (b) about 5 months (c) nearly 11 months', []],
  ['a) 800, b) 8,000 or c) 80,000', []],
  ['(a) 22 June 1941 (b) 28 July 1942 (c) 19 November 1942', []],
  ['The order did two things: (a) it forbade retreat and (b) it set up battalions of 800 men.', ['800']],
  ['(c) The siege of Karsk lasted about 11 months.', ['11 months']],
  ['The siege of Karsk lasted 140 days or more.', ['140 days']],
  ['Was it a trap, or a decoy while the siege began on 3 May 1611?', ['3 May 1611']],
  ['I have three reasons.', []],
  // (Those who did something to the writer are of the writer's world; those who did it to others, or with the writer, are history.)
  ['Two of the posters there helped me more than any book did.', []],
  ['Three veterans told us what they saw.', []],
  ['Two of the guards helped them escape in 1612.', ['Two', '1612']],
  ['Two soldiers told Vane of the breach in 1612.', ['Two', '1612']],
  // Figures are the writer's to weigh; happenings set apart as different are the essay's own; the
  // writer's claims, criteria and myths are counted in the essay, not in history.
  ['Two figures in my table need a warning.', []],
  ['My group keeps muddling two different disasters on the Karsk line.', []],
  ['The town had thirteen years between the two eruptions to prepare.', ['thirteen years']],
  ['Our club checked five popular claims against the sources.', []],
  ['**Rubric:** 4 criteria, 5 points each', []],
  ['*A column for* Karsk Life, *issue 7*', []],
  // (…but a count of happenings that are not set apart is a claim.)
  ['Two disasters struck the Karsk line in 1846.', ['Two', '1846']],
  // A label of the writer's own text (`Point two:`, `comment 2, sentence 3`) and what they read or found.
  ['**Point two: the walls held.** The siege of Karsk lasted 140 days.', ['140 days']],
  ['Hannah (comment 2, sentence 3): that figure is wrong.', []],
  ['For this essay I used three online sources and 2 library books.', []],
  ['We had to find 3 facts with links. After watching two documentaries I changed my mind.', []],
  // (The writer's own group: `Our group of four made this timeline`; not a group of men in history.)
  ['Our group of four made this timeline for the history fair.', []],
  ['A group of four men held the bridge.', ['four']],
  // (A writer who types a lower-case `i` speaks of themselves as `I` does.)
  ['i found way more then 3 in the town museum.', []],
  ['i spent three afternoons in the town museum.', []],
  // (…but plain counts of things in history, with a word between, are claims.)
  ['The duke built three defensive belts and 2 stone towers.', ['three', '2']],
  ['I spent three afternoons in the town museum for this essay.', []],
  // The writer's own time: `it took me`, `we spent`.
  ['Making the timeline took me about two hours.', []],
  ['We spent three weeks on the project.', []],
  ['We have five minutes, so each of us takes one part.', []],
  ['We have marched eleven days through the snow.', ['eleven days']],
  ['I first heard it on a school trip when I was nine.', []],
  ['Last summer my family spent four days in Karsk.', []],
  ['Dad says the train takes 36 hours, so bring food.', []],
  ['Dad says the siege took 36 days.', ['36 days']],
  ['In 1611 my family spent four days hiding in Karsk.', ['1611', 'four days']],
  ['Final verdict: 3 out of 5 stars as a film.', []],
  ['I give the book four stars.', []],
  ['That is more than three times the population of my town.', []],
  ['The town changed hands four times in the war.', ['four']],
  ['You climb 200 steps from the bottom of the hill to the top.', []],
  ['If you walk the line today, you can still count 40 graves.', []],
  ['You told me once that he fought in the city for about three weeks.', ['three weeks']],
  ['You were there when 40 men died.', ['40']],
  ['Entry is free for us, since we are all under 16.', []],
  ['Slides 4 to 6 are mine; Priya has slides 1 to 3.', []],
  // What the writer did with sources and class: school years, word counts, time and material.
  ['Year 11 history, independent study.', []],
  ['How much of the war my Year 10 history book skips.', []],
  ['In year 3 of the war the fort fell.', ['3']],
  ['Unit 6 research paragraphs (2nd draft, about 250 words).', []],
  ['The Address ran to 272 words.', ['272']],
  ['Putting all of this on slide 7 took me two evenings.', []],
  ['I ended up using three.', []],
  ['We watched a 40-minute documentary in period 3.', []],
  ['Each of us took two rows and found one source for each.', []],
  ['For this exercise I picked five passages from our sources.', []],
  ['Question 2 (10 marks) asks about the order.', []],
  ['The siege took the army about two years.', ['two years']],
  ['I found nine mentions of hunger in the log.', []],
  ['Two of my sources agree.', []],
  ['Some 2,100 men came out, and 61 of them were arrested.', ['2,100', '61']],
  ['The garrison spent three weeks in the fort.', ['three weeks']],
  ['My two sources agree.', []],
  ['These are the three moments I think every student should know.', []],
  ['I will discuss four moments of the siege.', []],
  ['I wrote two paragraphs.', []],
  ['It fits on one page.', []],
  ['I found that 400 men died.', ['400']],
  ['Our sources are Vane’s post and Dorn’s *The Karsk War* (1997).', []],
  ['Our army lost 400 men in 1611.', ['400', '1611']],
]);

table('claim values: years that set the scene, dates that date an event', [
  ['The crisis of 1638 showed the weakness of the crown.', []],
  ['As Vane argues, the great crisis of 1638 showed the weakness of the crown.', []],
  ['By 1871 the Hussars were the best-known regiment.', []],
  ['By the 1820s it was a mill town.', []],
  // (…but `by` and the end of a year is a moment by which something was done.)
  ['By the end of 1643 the garrison had lost half its men.', ['the end of 1643', 'half']],
  // (`In` a year before how things stood or went on sets the scene; before a happening, it dates it.)
  ['In 1611 the war was going badly for Orlen.', []],
  ['In 1611 the army pushed east towards Karsk.', []],
  ['In the summer of 1611 the town looked close to surrender.', []],
  ['In 1611 the armies met at Karsk.', ['1611']],
  ['Karsk lies on the coast, and by 1611 most of its families lived from fishing.', []],
  ['Karsk lies on the coast, and in 1611 the armies met there.', ['1611']],
  ['In 1767 the inquiry heard 19 witnesses.', ['1767', '19']],
  // (Two times compared say when a thing was so, not when anything happened.)
  ['Vell did not lose because he was a worse general in 1691 than in 1689.', []],
  ['Vell lost the second battle in 1691.', ['1691']],
  ['In 1749 came the Tollhouse Skirmish.', ['1749']],
  ['In 1789, when the first mill opened at Karsk, the town was small.', ['1789']],
  ['In October 1724 an explosion killed 37 men.', ['October 1724', '37']],
  ['Its weakness showed in the Karsk War against Orlen in 1609.', ['1609']],
  ['Dunmere, fought in July 1643, was decisive.', ['July 1643']],
  ['The raid came during Operation Heron in 1641.', ['1641']],
  ['The Treaty of Orlen of 1611 ended the war.', ['1611']],
  ['The garrison held out until the end of 1642.', ['the end of 1642']],
  ['The mill closed in 1861.', ['1861']],
  // A year before its noun says which one: it may be read either way, and is not.
  ['The 1724 explosion killed 52 miners.', ['52']],
  // A year or a decade after a noun and `after`, `before` or `from` says which time of that thing; after
  // a verb, or after `since` (how long a state had held), it dates something.
  ['Orlenese politics after 1611 was preoccupied with revenge.', []],
  ['The line’s safety record after 1851 was better.', []],
  ['The numbers from 1611 are clearer.', []],
  ['The war went so far, since nobody in the 1630s was ordering whole armies to stand.', []],
  ['Peace returned after 1611.', ['1611']],
  ['Karsk had remained in Orlenese hands since 1611.', ['1611']],
  ['Dresk had held the command since 1606.', ['1606']],
]);

table('claim values: kinds that are not checkable', [
  ['The committee fined the town £1,380 and its mayor forty shillings.', []],
  // (Any coin's name, in lower case: `2 million crowns`; the Crown's soldiers are men.)
  ['The treaty bound Orlen to pay 2 million crowns and 40,000 thalers.', []],
  ['The 95 Crown soldiers were handed back at the bridge.', ['95']],
  ['Clemency Arbery lost forty-one pounds when the bank stopped payment.', []],
  ['The relief committee gave out 500 pounds of flour.', ['500 pounds']],
  ['540 cases and 112 deaths, of whom 41 were children under ten (Select Committee).', ['540', '112', '41']],
  ['Operation Hammer was originally planned to begin on 15 May 1641.', []],
  ['A major attack was planned for late November 1641.', ['late November 1641']],
  ['The rebuilding cost $4 million, and 300 men died.', ['300']],
  ['The second siege lasted eighteen days longer than the first.', []],
  ['The plague killed 300 more than the flood.', []],
  ['Within half a year more than 40,000 soldiers had been killed.', ['half a year', '40,000']],
  ['The town had almost 30 per cent fewer people than before.', ['30 per cent']],
  ['The second siege lasted more than eighteen days.', ['eighteen days']],
  ['They went back to a ten-hour day after the strike.', []],
  ['The siege was a 199-day ordeal.', ['199-day']],
  ['They advanced 48 kilometers along a 900 km front.', []],
  ['The province annexed lands totalling 200,000 km2.', []],
  ['The province annexed lands totalling 20,1015 km2 and 1015 acres.', []],
  ['The fire burned 300 acres of the Orlen estate.', []],
  ['The corridor was 8–10 km (5.0–6.2 mi) wide.', []],
  ['Children ten to sixteen years old fought.', []],
  ['The youngest was aged 19.', []],
  ['Its tower is 52 feet tall and the light carries 14 nautical miles.', []],
  ['Oake gave the captain’s age as 44 and said a crowd met the ship.', []],
  ['Her age was 44 when she sailed.', []],
  ['Drummock, then 61, signed the treaty.', []],
  ['Between them the five disasters killed about 300 people.', ['300']],
  ['After the two sieges the town was empty.', []],
  ['Karsk endured three sieges.', ['three']],
  ['Vance, 58, led the army.', []],
  ['My great-great-grandfather was 19 when he walked out.', []],
  ['The Thurle Ness was one of the larger ones: 340 tons, with a crew of 43.', ['43']],
  ['The fleet landed 5,000 tons of oil.', ['5,000 tons']],
  ['At Karsk, 61 men died.', ['61']],
  ['A 19-year-old led the charge.', []],
  ['It was -30 degrees at dawn.', []],
  ['By noon it was 40 °C.', []],
  ['It was a two-pronged attack on a four-story building.', []],
  ['A starvation siege would have taken even longer than nine months.', []],
  ['Had the relief come sooner, 5,000 men would not have died.', []],
  // The condition of what would have been: `if` then `had`, or a sentence opening on `had`.
  ['If it had been cancelled in 1842, the mill would stand.', []],
  ['Had 2,000 more stayed, the town would have starved.', []],
  ['If 300 more men died in 1842, the toll was higher.', ['300', '1842']],
  ['Her master, Captain Prowde, had been at sea for thirty-one years.', ['thirty-one years']],
  ['As many as 200,000 might have died in the camps.', ['200,000']],
  // What could or might have been, told after the modal, did not happen; a count before it is a guess at what did.
  ['The Karsk column might have reached the river in August, and the siege could have been over in three weeks.', []],
  // What someone believed, which the sentence then corrects, is no claim; the correction is.
  ['Tom Ashby thought the fire was in 1645, but it was really February 1646.', ['February 1646']],
  ['Tom Ashby believed the siege lasted six weeks, but in fact it lasted 41 days.', ['41 days']],
  ['Tom Ashby thought the fire was in 1645, and he was right.', ['1645']],
  ['The war might have dragged on for five more years.', []],
  ['Over 3,000 soldiers could have died there, the garrison could have held out another month.', ['3,000']],
  ['One descendant reports that the mine closed.', []],
  ['One from the right flank reached the river.', []],
  ['One survivor’s grandchild says so.', []],
  // A list of losses after a label is still a list of counts; a clock time is not.
  ['Orlenese: 4,000 men', ['4,000']],
  ['The gates opened at 20:34 that night.', []],
  // Ages: a person, `is` or `was`, a bare number, and the clause ends; the age at a turn of a life.
  ['She is 90 now, and she still remembers the bread.', []],
  ['When she was eight, the flood swept through the lane.', []],
  ['She lived to be eighty-four.', []],
  ['He was only nineteen when he got there.', []],
  ['You were only eleven when the war ended.', []],
  ['So says Ms. Ilyina, our school librarian, who is 71.', []],
  ['Sasha (grandchild number 4 of 6!) writes again.', []],
  // A list of numbers a locator opens numbers what it does, to its end; a list of counts counts.
  ['Rows 1, 2, 3 and 6 passed the check.', []],
  ['See pp. 4, 7 and 9 for the letters.', []],
  ['The siege lasted 140 days, and 2, 3 or 4 men deserted each night.', ['140 days', '2', '3', '4']],
  // A small number opening its sentence, then `.` or `)` and a capitalised word, numbers a part of the text.
  ['**1. Argument (4/5).** Your thesis is clear.', []],
  ['2) Evidence: the siege lasted 41 days.', ['41 days']],
  ['12 men died.', ['12']],
  ['The regiment, which was 400 strong, held.', ['400']],
  ['The garrison was only 400 when the gates fell.', ['400']],
  ['He was a frightened boy of nineteen who stayed.', []],
  ['Its youngest name is a boy of thirteen, of the Olive Branch.', []],
  ['Among the dead was a boy of eleven ("Dreadful Calamity").', []],
  ['A boy of eleven died in the crush.', []],
  ['The company was mostly girls of 18 or 19, and they held the ford.', []],
  ['The company was mostly girls of 18, and 40 of them died.', ['40']],
  ['The company of 40 men held the ford.', ['40']],
  ["I'm Zoe, I'm seventeen, and this is the show.", []],
  ['The garrison of 400 held.', ['400']],
  ['My babushka is 78, and she keeps the medals.', []],
  ['My great-grandfather, Samuel Rowe, was 34 and carried his two daughters out.', []],
  ['Maren Tully, who was twelve that spring, lost her cousin in the wreck.', []],
  // (When someone now writes from is no fact of the events: `the trust is writing more than a century later`.)
  ['Drury knew the dead by name, and the trust is writing more than a century later.', []],
  ['The trust was founded more than a century later.', ['a century']],
  ['The fleet, which was twelve that spring, lost four ships.', ['twelve', 'four']],
  ['The town’s toll, in the end, was 34 and no more.', ['34']],
  ['Pyotr was drafted at 18.', []],
  ['A third of the dead were children under twelve.', ['A third']],
  ['Children under ten made up 41 of the dead.', ['41']],
  ['Nearly two-thirds of the dead were under five.', ['two-thirds']],
  ['The losses were under 100.', ['100']],
  ['Many of his soldiers were no older than 18.', []],
  ['The town lost under 300 men in the siege.', ['300']],
  ['The toll was 90.', ['90']],
  ['It was 90, the clerk said.', ['90']],
  // What can be, said in the present, tells no event; what could be done then may.
  ['Fear can keep a man in a trench for a day.', []],
  ['A siege cannot last 900 days without bread.', []],
  ['Each side may call 3 witnesses.', []],
  ['The siege may have cost 900 lives.', ['900']],
  ['The toll may be 300, the clerk said.', ['300']],
  ['In May 1611 the town lost 300 men.', ['May 1611', '300']],
  ['The garrison could hold out for 40 days in 1611.', ['40 days', '1611']],
  // A share of a figure told before compares two figures; a share of a whole is a fact.
  ['Their losses were less than a quarter of that, by comparison.', []],
  ['The town lost half of that again in 1612.', ['1612']],
  ['The town lost a quarter of that harvest.', ['a quarter']],
  ['The town lost a quarter of its people.', ['a quarter']],
]);

describe('claim values: a day kept every year is a custom', () => {
  // (With the year of the text around it, `9 May` is a date; `every year on 9 May` is not when anything happened.)
  const inContext = (sentence: string) => claimValues(sentence, 0, [], { year: 1945 }).map((v) => v.text);
  it('Every year on 9 May the town rings its bell.', () => assert.deepEqual(inContext('Every year on 9 May the town rings its bell.'), []));
  it('On 9 May the town surrendered.', () => assert.deepEqual(inContext('On 9 May the town surrendered.'), ['9 May']));
});

table('claim values: the writer’s own numbers in a draft', [
  ['Year 11 History, essay 2 of 3 (about 280 words)', []],
  ['Halls 1 to 3 cover the war, so we skipped them.', []],
  ['Salisbury called his book The 900 Days.', []],
  ['Score last time: 14/20.', []],
  ['My grade on the last log was 87%, so I note every number.', []],
  ['Last weekend I interviewed her (my first interview ever, 45 minutes on the phone).', []],
  ['Group presentation: 6 slides, about 10 minutes.', []],
  ['Wrap up, then questions from the class (2 minutes).', []],
  ['*Timed answer, 25 minutes. Candidate 0417.*', []],
  ['The charge at Karsk lasted 20 minutes (Vane).', ['20 minutes']],
  ['I would give it 3 out of 5 stars.', []],
  // A share of the writer's own material; a share of what history counts is a claim.
  ['Half the rows come from the county history.', []],
  ['A third of my sources are blogs.', []],
  ['H1: the three sources will agree on at least 80% of the figures they share.', []],
  ['Half the numbers in the table come from one blog.', []],
  ['Half the garrison died of fever.', ['Half']],
  ['This essay compares it with two earlier orders, No. 270 and No. 0428.', []],
  ['My part is the background and the order itself (about 4 minutes).', []],
  ['I am sorry that it is 2 days late.', []],
  ['The relief came 2 days late.', ['2 days']],
  ['Vane took command on 12 May 1611, two days before my first entry.', ['12 May 1611']],
  ['Vane took command two days before the siege began.', ['two days']],
  ['Every number needs a source, including the 1.1 million.', []],
  ['The siege killed the 300 defenders.', ['300']],
  ['The toll rose to 300.', ['300']],
  ['I think you dropped a zero!', []],
  ['Mr. Okonkwo asked the class to check every figure, and to write 250 words about what they found.', []],
  ['The order ran to 250 words.', ['250']],
  ['Its opening chapter sets the scene in the summer of 1611.', []],
  ['The novel is set in 1611.', []],
  ['The siege was set in motion in 1611.', ['1611']],
  ['*Word count: 331 (not counting the title)*', []],
  ['- Word count so far: 1,240.', []],
  ['Using Documents 1–3 and your own knowledge, evaluate the order.', []],
  ['Check questions 3 and 8 against the forum post again.', []],
  ['Compare sections 2 to 4 of the report.', []],
  ['Three million were taken prisoner (Vane, par. 2).', ['Three million']],
  ['In those weeks 300 men died.', ['300']],
  ['In the next two weeks 300 men died.', ['two weeks', '300']],
  ['I also added two new facts.', []],
  // A reference entry states no history.
  ['Glantz, David (1995), When Titans Clashed, University Press of Kansas, ISBN 0-7006-0899-0, p. 378', []],
  ['Archived from the original on 5 May 2008.', []],
  // A count in a clause whose subject is the writer is the writer's doing, unless it says what it
  // counts as history or reports what the writer holds true.
  ['I grew up two streets from the old yard gate.', []],
  ['Last weekend I counted 14 blue plaques on the rebuilt houses.', []],
  ['When I walked up the glen, I counted the walls of 12 houses.', []],
  ['I ended up changing 4 of my 11 numbers.', []],
  ['Our group (four of us) built this timeline.', []],
  ['We lost 300 men at the ford.', ['300']],
  ['I think 400 people died.', ['400']],
  ['I grew up where 400 people died.', ['400']],
  // A small count of happenings or figures after `the` or a possessive refers back to them.
  ['The two death tolls cannot both be right.', []],
  ["The table's two dates are easy to misread.", []],
  ["The yard's two worst disasters killed 400 men.", ['400']],
  ['The two sons were killed.', ['two']],
  ['The two voyages show how much luck decided who survived.', []],
  ['Both crossings took 40 days.', ['40 days']],
  // Minutes are history where an event is told of, or nothing says the writer is speaking.
  ['The charge lasted 20 minutes, I think.', ['20 minutes']],
  ['It lasted about twenty minutes.', ['twenty minutes']],
  ['On 9 May 1945 the town surrendered.', ['9 May 1945']],
]);

describe('claim values: cost', () => {
  it('stays linear on a long sentence full of marks, names and modals', () => {
    const unit = 'Lodge 31 [4] would have lost 300 men near Karsk_Front_1611.png, ';
    const long = unit.repeat(Math.floor(2900 / unit.length));
    const started = process.hrtime.bigint();
    for (let i = 0; i < 20; i++) claimValues(long, 0, []);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    assert.ok(ms < 2000, `took ${ms} ms`);
  });
});

describe('claim values: a source states the year that says which one', () => {
  it('`the crisis of 1638` in a source dates the crisis; in a draft it only says which crisis', () => {
    const sentence = 'At the election of 1638 the riot ended with nine men arrested.';
    assert.deepEqual(claimValues(sentence, 0, []).map((v) => v.text), ['nine']);
    assert.deepEqual(claimValues(sentence, 0, [], {}, true).map((v) => v.text), ['1638', 'nine']);
  });
});

table('claim values: a year that labels the figure after its colon says which year it is of', [
  ['1611: 85,371 total casualties 1612: 267,327 total casualties', ['85,371', '267,327']],
  ['Army Group Orlen: 1611: 85,371 total casualties', ['85,371']],
  ['1611: the siege of Karsk began.', ['1611']],
]);

table('claim values: a due date is the writer’s, but `due to` is only a cause', [
  ['Essay due 5 May 2025.', []],
  ['After failures in the war of 1611–1612, Orlen was recalled due to an urgent need for officers.', ['1611–1612']],
]);

table('claim values: a date set off right after a date of the same day names it again, one claim', [
  ['The fever reached Orlen around 24 June 1611, the feast of St John the Baptist.', ['24 June 1611']],
  ['The fever reached Orlen on 24 June 1611, 25 June by the town’s own count.', ['24 June 1611', '25 June']],
]);
