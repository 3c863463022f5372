// Fact frames, as a specification: what each value of a sentence is a value of (its measure, its
// subject, its sides, body of men and span of time). The corpus is made up here; nothing in the engine
// knows of Karsk, Orlen or the Lancers.
import assert from 'node:assert/strict';
import { extractClaims } from '../../server/src/engine/claims.js';
import type { FactFrame } from '../../server/src/engine/frames/types.js';
import { buildCorpusIndex, type CorpusIndex } from '../../server/src/engine/index.js';
import { markdownToProse } from '../../server/src/engine/prose.js';
import { readMentions } from '../../server/src/engine/frames/mentions.js';
import { tokenize } from '../../server/src/engine/tokens.js';

const CHRONICLE = [
  '# The Karsk Wars',
  '',
  '## First siege of Karsk',
  '',
  'The first siege of Karsk lasted 41 days, from 2 May to 11 June 1611. About 900 townspeople died during the siege.',
  '',
  '## Second siege of Karsk',
  '',
  'The second siege lasted 118 days. Some 4,700 soldiers died, and 2,100 defenders were taken prisoner. Marshal Dresk led the besiegers.',
  '',
  '## The Treaty of Orlen',
  '',
  'The treaty was signed on 14 March 1613, seven months after the second siege ended.',
  '',
  '## The flood of 1624',
  '',
  'The flood killed 61 miners. The last survivors were reached six days after the inrush.',
].join('\n');

const index = buildCorpusIndex([{ key: 'chronicle', title: 'The Karsk Wars', author: 'Ilse Vane', uri: '/virtual/karsk.md', text: CHRONICLE }]);

/** A frame in one line: `duration length/siege of siege:karsk#2 (anaphor)`, with its qualifiers. */
function summary(frame: FactFrame): string {
  const m = frame.measure;
  const measure = `${frame.dimension} ${m.kind ?? '?'}${m.thing ? `/${m.thing}` : ''}`;
  const ref = (r: { type?: string; key?: string; ordinal?: number; year?: number }) =>
    `${r.type ?? ''}${r.key ? `:${r.key}` : ''}${r.ordinal ? `#${r.ordinal}` : ''}${r.year ? `@${r.year}` : ''}`;
  const subject = frame.subject ? ` of ${frame.subject.refs.map(ref).sort().join(frame.subject.combined ? '+' : '|')}` : '';
  const ends = m.from || m.to ? ` from ${m.from?.ref ? ref(m.from.ref) : ''}${m.from?.phase ? `(${m.from.phase})` : ''} to ${m.to?.phase ?? ''}` : '';
  const quals = [frame.sides ? `[${frame.sides.join(',')}]` : '', frame.group ? `{${frame.group}}` : '', frame.scope ? `<${frame.scope}>` : '', frame.place ? `@${frame.place}` : '', frame.forceOf ? `^${frame.forceOf}` : '', frame.returning ? 'again' : ''].filter(Boolean).join(' ');
  return `${measure}${subject}${ends}${quals ? ` ${quals}` : ''}`;
}

/** The frames of a draft's values against a corpus, by value text. */
function framesIn(corpus: CorpusIndex): (markdown: string) => Record<string, string> {
  return (markdown) => Object.fromEntries(extractClaims(markdownToProse(markdown), corpus).claims.map((c) => [c.value.text, summary(c.frame)]));
}

/** A corpus of one made-up source. */
function oneSource(text: string): CorpusIndex {
  return buildCorpusIndex([{ key: 'v', title: 'V', uri: '/virtual/v.md', text }]);
}

function framesOf(markdown: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of extractClaims(markdownToProse(markdown), index).claims) out[c.value.text] = summary(c.frame);
  return out;
}

describe('frames: what a value is a value of', () => {
  const cases: Array<[string, string, Record<string, string>]> = [
    ['the length of a named, numbered event', 'The second siege of Karsk lasted 120 days.',
      { '120 days': 'duration length/siege of siege:karsk#2' }],
    ['`it` is the subject of the sentence before', 'The first siege was short. It lasted 41 days.',
      { '41 days': 'duration length/siege of siege#1' }],
    ['the first plural noun after a count is what it counts, not a word of a name after it', 'In 1646 a fire destroys over 80 houses in Sheep Street.',
      { '1646': 'date occurred of fire @sheep street', '80': 'count destroyed/houses of fire @sheep street' }],
    ['a verb of an event\'s kind with no object tells that event, as `the strike` would', 'The boatmen struck against the new rates and stayed out for six weeks.',
      { 'six weeks': 'duration length/strike of strike' }],
    ['…in two words too (`gave way`, `caved in`)', 'The centring gave way and 14 men were killed.',
      { '14': 'count deaths/people of collapse' }],
    ['`the second` at the sentence’s end, its noun left out, is the second of the kind just named', 'Some 2,900 died in the first siege and 4,700 in the second.',
      { '2,900': 'count deaths of siege#1', '4,700': 'count deaths of siege#2' }],
    ['a time after which something was shut is how long it ran, no closure', 'The Relief Works were shut by order of the Board, after eighteen months.',
      { 'eighteen months': 'duration length' }],
    ['…while a time it was shut for is the closure’s', 'The port was closed for eighteen months.',
      { 'eighteen months': 'duration length/closure' }],
    ['a bare count after an opening `Of the … houses,` counts houses', 'Of the 6,400 houses destroyed, 4,100 were lost to the fire.',
      { '6,400': 'count ?/houses of fire', '4,100': 'count destroyed/houses of fire' }],
    ['a table column headed by a unit of time in the plural gives lengths', '| Ship | Days at sea |\n|---|---|\n| *Providence* | 44 |',
      { '44': 'duration length of :providenc' }],
    ['a row labelled `Per cent of …` gives shares, as a column headed `%` does', '| | 1881 | 1891 |\n|---|---|---|\n| Per cent of passes, all standards | 71 | 89 |\n| Pupils on roll | 296 | 408 |',
      { '71': 'fraction ?', '89': 'fraction ?', '296': 'count ?', '408': 'count ?' }],
    ['…and a column headed `Pass rate (%)`', '| School | Pass rate (%) |\n|---|---|\n| Moorby | 71 |', { '71': 'fraction ?' }],
    ['how long a named person taught is their own time, no event’s length', 'The siege of Karsk was long. The lecturer, Edvin Sarle, had taught at the academy for eleven years.',
      { 'eleven years': 'duration ? of siege:karsk' }],
    ['a body of soldiers an earlier clause named does not own a count of other people', 'Soldiers of the 4th Karsk Foot cleared the hall, 112 students were arrested.',
      { '112': 'count arrests/students' }],
    ['a raid that seized things was no capture', 'On 29 October 1839 a second raid seized 2,600 pamphlets.',
      { '29 October 1839': 'date occurred of attack#2', '2,600': 'count ?/pamphlets of attack#2' }],
    ['…while one that seized a place captured it', 'The rebels seized the fort on 3 May 1840.', { '3 May 1840': 'date captured' }],
    ['a year someone was jailed dates the jailing, no event of the paragraph', 'The raid came in 1839. His apprentice was jailed for six months in 1840.',
      { '1839': 'date occurred of attack', 'six months': 'duration length/detention of attack', '1840': 'date arrested' }],
    ['what people carried off was taken, no dead; what a fever carried off died, of the fever', 'The first raid came in 1833. Constables carried off 1,400 pamphlets. The fever carried off 300 people.',
      { '1833': 'date occurred of attack#1', '1,400': 'count ?/pamphlets of attack#1', '300': 'count deaths/people of epidemic' }],
    ['…and what people who marched carried off, counted as things, was taken: neither count is of dead', 'The first raid came in 1833. Some 500 weavers marched on the mill and carried off 86 sacks of grain.',
      { '1833': 'date occurred of attack#1', '500': 'count act:went/people of attack#1', '86': 'count ?/sacks of attack#1' }],
    ['those tried are no count of those hanged', 'Twenty-eight men were tried, and seven were hanged.',
      { 'Twenty-eight': 'count tried/people of inquiry', 'seven': 'count executions' }],
    ['…but men who tried to do something are not on trial', 'About 9,500 men tried to hold the crossing.',
      { '9,500': 'count act:tri/people' }],
    ['those a ship sailed with are the ship’s', 'The emigrant ship *Anna* sailed from Vannick in May 1862 with 318 passengers.',
      { 'May 1862': 'date departed of :anna', '318': 'count aboard/people of :anna' }],
    ['an ambush is an attack', 'A second ambush, at the Black Stair, killed 52 soldiers.',
      { '52': 'count deaths/people of attack#2' }],
    ['`General` before a kind of event is a word of its name, no rank', 'The General Strike lasted nine days.',
      { 'nine days': 'duration length/strike of strike' }],
    ['…and a dam that burst gave way', 'When the Coldwell Dam burst in 1846, the flood drowned 41 people.',
      { '1846': 'date occurred of collapse', '41': 'count deaths/people of flood' }],
    ['…but not a river that burst its banks, an object', 'The Lowen burst its banks in 1827 and drowned nine people.',
      { '1827': 'date ?', 'nine': 'count deaths/people' }],
    ['…but not with an object: a gale that struck a fleet is no strike', 'The gale struck the fleet and lasted six hours.',
      { 'six hours': 'duration length of storm' }],
    ['…nor in the passive: a man struck by an engine is no strike', 'On 4 February 1858 a platelayer was struck by a light engine.',
      { '4 February 1858': 'date ?' }],
    ['a word in a clause of time after a count tells when, not what befell those counted', 'Above sixty people were on deck when she struck, and forty were aboard when the frigate was captured.',
      { 'sixty': 'count ?/people', 'forty': 'count aboard' }],
    ['men who stood out so long were on strike, as men who stayed out were', 'The coopers went in again, having stood out nine weeks.',
      { 'nine weeks': 'duration ?/strike again' }],
    ['…nor a blow struck back', 'The masters struck back and the men stayed out for six weeks.',
      { 'six weeks': 'duration length/strike' }],
    ['a length of what was done (a passive the lexicon knows no activity for) is of that doing', 'The second siege of Karsk was long. Meal was handed out at the gate for 19 weeks.',
      { '19 weeks': 'duration length/handed of siege:karsk#2' }],
    ['…also after a year that opens the sentence (a year is no count of people)', 'After the second siege of Karsk in 1612, meal was given out for 19 weeks.',
      { '1612': 'date occurred of siege:karsk#2', '19 weeks': 'duration length/given of siege:karsk#2' }],
    ['…and of a doing kept up (`went on supporting`)', 'The second siege of Karsk was long. The fund went on supporting the widows for thirty years.',
      { 'thirty years': 'duration length/supporting of siege:karsk#2' }],
    ['…also a compound with a hyphen', 'The second siege of Karsk was long. Orlen was cross-examined for four hours.',
      { 'four hours': 'duration length/examined of siege:karsk#2' }],
    ['…nor of what was done with an object, in the active', 'The second siege of Karsk was long. The town fund supported the widows for thirty years.',
      { 'thirty years': 'duration length/supported of siege:karsk#2' }],
    ['a doing of the past without -ed, with a pronoun as its object, is what went on for the time', 'The second siege of Karsk was long. The town paid them for seventeen weeks.',
      { 'seventeen weeks': 'duration length/paid of siege:karsk#2' }],
    ['a name with the year it is of tells of a time of its own: no longer the event the paragraph before ended on', 'The second siege of Karsk ended in 1611.\n\nThen came the Long Frost of 1620–21. Nearly 700 died.',
      { '1611': 'date ended of siege:karsk#2', '1620–21': 'date span', '700': 'count deaths' }],
    ['…and so is one that draws, buys or sells something', 'The second siege of Karsk was long. Anna drew an allowance from the fund for a year and a half.',
      { 'a year and a half': 'duration length/drew of siege:karsk#2' }],
    ['…after `had` too, its participle as its past', 'The second siege of Karsk was long. Anna, who had drawn an allowance from the fund for a year and a half, left.',
      { 'a year and a half': 'duration length/drew of siege:karsk#2' }],
    ['…but a doing the lexicon knows is its activity', 'The second siege of Karsk was long. The Orlen army besieged the town for 19 weeks.',
      { '19 weeks': 'duration length/siege of siege:karsk#2' }],
    ['…not what was done to people: that is their time', 'The second siege of Karsk was long. The villagers were carried down to the coast for 26 days.',
      { '26 days': 'duration length of siege:karsk#2' }],
    ['one person\'s time doing something is no event\'s length', 'The second siege of Karsk was long. Her grandfather, who fought in the lower town for 73 days, was wounded.',
      { '73 days': 'duration ?/fighting of siege:karsk#2' }],
    ['…in a clause joined on by `and that`', 'The second siege of Karsk was long. You told me he was young, and that he fought in the lower town for about three weeks before he was wounded.',
      { 'three weeks': 'duration ?/fighting of siege:karsk#2' }],
    ['…and one person said with whose, just before the doing (`his grandpa fought`)', 'The second siege of Karsk was long. My grandpa says his grandpa fought there for three months before he got wounded.',
      { 'three months': 'duration ?/fighting of siege:karsk#2' }],
    ['…not a body of men (`the garrison fought`), whose time is the event’s', 'The second siege of Karsk was long. The garrison fought there for three months.',
      { 'three months': 'duration length/fighting of siege:karsk#2' }],
    ['people fed are a kind of count', 'During the second siege of Karsk the monks fed 600 people.',
      { '600': 'count fed/people of siege:karsk#2' }],
    ['the cases of a disease are a kind of count, never its dead', 'Before the outbreak ended there were 212 cases and 31 deaths.',
      { '212': 'count cases of epidemic', '31': 'count deaths of epidemic' }],
    ['a `took` of an earlier verb joined by `and` does not make a later time a length', 'The Vessa Queen took off 312 islanders and sailed after nine hours.',
      { '312': 'count act:sail/islanders', 'nine hours': 'duration between' }],
    ['…where `took` is the time’s own verb, it does', 'The Vessa Queen took nine hours to sail.', { 'nine hours': 'duration between from  to departed' }],
    ['an army that sits before a place besieges it; it does not sit as an inquiry does', 'Brede sat before the castle for nine weeks.',
      { 'nine weeks': 'duration length/siege' }],
    ['…and an inquiry that sits is still an inquiry', 'The inquiry sat for nineteen days.', { 'nineteen days': 'duration length/inquiry of inquiry' }],
    ['a month before a capitalised kind of event is part of its name (`the November Flood`), not a date', 'The November Flood drowned 23 people.',
      { '23': 'count deaths/people of flood:november' }],
    ['…but a month before other names is none', 'In November Karsk fell.', {}],
    ['people who stopped work, or downed tools, struck: whoever stands before the verb', 'The second siege of Karsk was long. The weavers, all of them, stopped work on 2 May 1612.',
      { '2 May 1612': 'date occurred of strike' }],
    ['men who came out or walked out, to nowhere, struck', 'The second siege of Karsk was long. On 2 May 1612 the weavers came out.',
      { '2 May 1612': 'date began of strike' }],
    ['…and so did those who walked out over the rates', 'The second siege of Karsk was long. On 2 May 1612 the weavers walked out over the rates.',
      { '2 May 1612': 'date began of strike' }],
    ['…but men who came out of a place, or alive, were not on strike', 'The second siege of Karsk was long. On 2 May 1612 the weavers came out of the town.',
      { '2 May 1612': 'date ? of siege:karsk#2' }],
    ['a date set off by a comma, with the time of its day, dates the event its sentence tells', 'On the night of the ninth of May, 1620, a flood came down the valley.',
      { 'the ninth of May, 1620': 'date occurred of flood' }],
    ['a moment told in a relative clause gives way to the verb of the date’s own clause', 'The treaty that ended the war was signed on 14 March 1613.',
      { '14 March 1613': 'date issued of treaty' }],
    ['…but is the date’s moment where no later verb tells one', 'The war that ended on 14 March 1613 was short.',
      { '14 March 1613': 'date ended of war' }],
    ['one who ordered something gave an order, unnamed, as `the order` would be', 'On 28 March 1620 the Governor ordered the removal of the villages.',
      { '28 March 1620': 'date occurred of order' }],
    ['…but not one who was ordered', 'On 28 March 1620 the garrison was ordered to leave the villages.', { '28 March 1620': 'date ?' }],
    ['soldiers an army lost are its casualties; men it lost, with nothing else said, its dead', 'Also the besiegers lost over 900 soldiers at karsk, and the town lost 300 men.',
      { '900': 'count casualties/people of :karsk', '300': 'count deaths/people of :karsk' }],
    ['an invasion told in the present, as students and podcasts tell history, is one as in the past', 'On 2 May 1611 the Velmarchi army invades Orlen.',
      { '2 May 1611': 'date began of campaign:orlen' }],
    ['…and so does one after a clock time (`3:15 in the morning on`)', 'So, 3:15 in the morning on 2 May 1620, a flood came down the valley.',
      { '2 May 1620': 'date occurred' }],
    ['…but not one after other words', 'After the harvest on 2 May 1620, a flood came down the valley.',
      { '2 May 1620': 'date ? of flood' }],
    ['an event over or ended in a time lasted that time', 'The second siege of Karsk was over in less than three weeks.',
      { 'three weeks': 'duration length/siege of siege:karsk#2' }],
    ['…while a thing that came in a time came after it', 'The relief came in three weeks.', { 'three weeks': 'duration between' }],
    ['a share of a parish is a share of its people', 'That was about a quarter of the parish.', { 'a quarter': 'fraction population' }],
    ['what lasted is what its subject is: an occupation is a holding', 'The occupation of Karsk was harsh. It lasted two years.', { 'two years': 'duration length/holding of occupation:karsk' }],
    ['a time a named unit spent doing something is that unit’s own', 'The 4th Lancers held the ford for nine days.',
      { 'nine days': 'duration length/holding {4th lancer}' }],
    ['…and so is a span of dates, past a phrase set off by commas', 'From 2 May to 11 June 1611, the 4th Lancers, under Marshal Dresk, fought in the first siege of Karsk.',
      { '2 May to 11 June 1611': 'date span of siege:karsk#1 {4th lancer}' }],
    ['those aboard a vessel are a kind of count, neither its dead nor its saved', 'The Vessa Queen was launched with nearly 500 aboard her.',
      { '500': 'count aboard' }],
    ['…and those drowned of them are dead, in her wreck', 'The Vessa Queen capsized, drowning 61 of the men who were aboard her.',
      { '61': 'count deaths/people of accident:vessa' }],
    ['a numbered part of the text (`Table 1`) names nothing', 'The second siege of Karsk was long. Table 1 gives 400 deaths.',
      { '400': 'count deaths of siege:karsk#2' }],
    ['a time between two events is of what its own statement tells, not of what came before a colon', 'The second siege of Karsk was long. The grievances it caused lasted: the rising came fourteen years after the siege.',
      { 'fourteen years': 'duration between of uprising from siege:karsk#2 to ' }],
    ['a document someone signs, told in the present, is issued then', '27 July 1611: Vell signs the Treaty of Orlen.', { '27 July 1611': 'date issued of treaty:orlen' }],
    ['…and so is one `from` a month', 'The Treaty of Orlen from August 1611 ended it.', { 'August 1611': 'date issued of treaty:orlen' }],
    ['a named document beside a date, with only a dash between, was issued then', '- **27 July 1611** – the Treaty of Orlen: a truce.', { '27 July 1611': 'date issued of treaty:orlen' }],
    ['…as is one in the cell before it', '| Event | Date |\n|---|---|\n| Treaty of Orlen | 27 July 1611 |', { '27 July 1611': 'date issued of treaty:orlen' }],
    ['a rate said before its count, in a row’s label, is a count for each day', '| Figure | Value |\n|---|---|\n| Deaths per day of the siege | about 300 |', { '300': 'count deaths of siege <each day>' }],
    ['…and so is one that opens the sentence', 'Every day, about 300 died at the siege.', { '300': 'count deaths of siege <each day>' }],
    ['…and one `for every single day`, a word that stresses the span', 'At the siege that is more than 300 lives for every single day.', { '300': 'count deaths of siege <each day>' }],
    ['…and `Every single day`, before it', 'Every single day, about 300 died at the siege.', { '300': 'count deaths of siege <each day>' }],
    ['a named army’s men, told by its name before their noun, are that body', 'Nearly 9,000 Red Army soldiers died at the siege.', { '9,000': 'count deaths/people of siege {red army}' }],
    ['a body that presents its report reports', 'The commission presented its report on 20 December 1822.',
      { '20 December 1822': 'date published of inquiry' }],
    ['a report’s own date is when it was made', 'The engineers’ report of June 1864 blamed a leaking culvert.', { 'June 1864': 'date published' }],
    ['…as one that submits its findings', 'The inquiry submitted its findings on 20 December 1822.', { '20 December 1822': 'date published of inquiry' }],
    ['a date set off after a word of time that opens the sentence is of what follows', 'Then, on 3 May 1624, a hurricane flattened the camps.',
      { '3 May 1624': 'date occurred of storm' }],
    ['a date in a participle set off by a comma right after a named event is that event’s, even one the clause compares with', 'The truce is often compared with the Treaty of Orlen, signed on 14 March 1613.',
      { '14 March 1613': 'date issued of treaty:orlen' }],
    ['…not after an unnamed one', 'The truce is often compared with the treaty, signed on 14 March 1613.', { '14 March 1613': 'date issued of treaty' }],
    ['…not a date whose words between are not the participle’s own', 'The truce is often compared with the Treaty of Orlen, but Karsk fell on 14 March 1613.',
      { '14 March 1613': 'date ended of :karsk' }],
    ['`the end of that summer` is a time of the year, no end of an event', 'At the end of that summer, on 3 September 1611, the besiegers shut the gates.', { '3 September 1611': 'date closed' }],
    ['a siege raised is lifted, not formed', 'The siege of Karsk was raised on 29 June 1611.', { '29 June 1611': 'date ended of siege:karsk' }],
    ['…while an army raised is formed', 'A new army was raised on 29 June 1611.', { '29 June 1611': 'date formed' }],
    ['a castle `yielded` is the end of what held it', 'On 26 March 1646 the castle was yielded upon articles.', { '26 March 1646': 'date ended' }],
    ['…not after a word that is none', 'Still, on 3 May 1624, a hurricane flattened the camps.', { '3 May 1624': 'date occurred' }],
    ['a folio mark before a date that opens the sentence is apparatus: the date is still of what follows', '[fol. 38] Upon the second day of November, 1624, the frigates stood out to sea, and the blockade was lifted.',
      { 'the second day of November, 1624': 'date ended of siege' }],
    ['an event word, `of` and a length is how long that event lasted', 'Karsk fell after a siege of 96 days.',
      { '96 days': 'duration length/siege of siege:karsk' }],
    ['…not a word for a time between', 'The treaty was signed after an interval of 96 days.', { '96 days': 'duration between of treaty' }],
    ['a thing that did something for a time did a doing of its own, no event’s length', 'The inquest sat for twelve days. After the fall the ferry took people across for almost six years.',
      { 'twelve days': 'duration length/inquiry of inquiry', 'six years': 'duration length/took of inquiry' }],
    ['…not a thing’s doing that is an event’s course, with no object', 'The mountain rumbled for five weeks.',
      { 'five weeks': 'duration length' }],
    ['how long people went without something is no event’s length', 'The strike began in May. In all, the families were without wages for more than six months.',
      { 'six months': 'duration ? of strike' }],
    ['people who lived in a place for a time stayed there', 'They lived in the herring sheds there for sixteen weeks.', { 'sixteen weeks': 'duration length/stay' }],
    ['a length `in total` after another adds it in with others', 'The lockout lasted ten weeks, so the weavers were out for 31 weeks in total.',
      { 'ten weeks': 'duration length/strike of strike', '31 weeks': 'duration length/strike of strike {in all}' }],
    ['a proceeding into a numbered event is numbered with it', 'The inquest into the first accident took only two days.', { 'two days': 'duration length/inquiry of inquiry#1' }],
    ['what is added to a value after `plus` is not what it is of', 'The first strike lasted three weeks and the second 21 weeks plus the lockout.',
      { 'three weeks': 'duration length/strike of strike#1', '21 weeks': 'duration length/strike of strike#2' }],
    ['a doing named as a noun, `of` and a length is how long it lasted', 'They reached the depot on 3 May, after a march of 38 days.',
      { '38 days': 'duration length/campaign' }],
    ['…a word between the determiner and the doing too', 'The crew reached Orlen after a long march of 38 days.', { '38 days': 'duration length/campaign' }],
    ['a length told from an event says what it counts from', 'The fighting at Karsk went on for 40 days after the treaty was signed.',
      { '40 days': 'duration length/fighting of battle:karsk from treaty(issued) to ' }],
    ['`prisoners of war` tells of no war', 'The second siege of Karsk was long. There 300 prisoners of war were held.',
      { '300': 'count prisoners/people of siege:karsk#2' }],
    ['kinds of count: deaths, prisoners, casualties', 'About 600 soldiers died, 3,000 were taken prisoner and 2,300 became casualties.',
      { '600': 'count deaths/people', '3,000': 'count prisoners', '2,300': 'count casualties' }],
    ['a side is a qualifier, never the subject', 'The Velmarchi army lost 600 men killed at Karsk.',
      // `Karsk` names both a siege and a war in this corpus: a name alone, of no one kind.
      { '600': 'count deaths/people of :karsk [velmarchi]' }],
    ['a skirmish is a fight, whose dead a paragraph goes on counting', 'In 1749 came the Tollhouse Skirmish. The militia lost 57 men killed.',
      { '1749': 'date occurred of battle:tollhous', '57': 'count deaths/people of battle:tollhous' }],
    ['what a text says opens a clause of its own: a kind before `says that` is not the value’s', 'The second siege of Karsk was long. The roll gives the toll and says that 31 boats were lost.',
      { '31': 'count destroyed/ships of siege:karsk#2' }],
    ['the body of men counted', 'The 4th Lancers lost 96 men killed.',
      { '96': 'count deaths/people {4th lancer}' }],
    ['…nor one referred back to by its own word', 'The Orlen Salt Company ran the works at Karsk. In 1612 the Company locked out 1,350 workers.',
      { '1612': 'date ? of :karsk', '1,350': 'count ?/people of :karsk' }],
    ['…but a body of men that does a deed to those counted is not the body counted', 'The 4th Lancers killed 96 men of the garrison.',
      { '96': 'count deaths/people' }],
    ['the time between two events, and which two', 'The treaty was signed ten months after the second siege ended.',
      { 'ten months': 'duration between of treaty from siege#2(ended) to issued' }],
    ['a date and its phase', 'The Treaty of Orlen was signed on 4 March 1613.',
      { '4 March 1613': 'date issued of treaty:orlen' }],
    ['a share of a whole', 'The besiegers held 90% of the city.',
      { '90%': 'fraction place/held' }],
    ['a share is held or lost by the nearest such word before it in its clause', 'The besiegers held up to 90% of the city and still lost.',
      { '90%': 'fraction place/held' }],
    ['a share of a place held is no order’s: an order the sentence before told of is not what it is of', 'Order 12 was issued during the second siege of Karsk. At one point the besiegers held 90% of the city.',
      { '90%': 'fraction place/held' }],
    ['…and after it when none stands before', 'In the end 60% of the city was destroyed.',
      { '60%': 'fraction place/lost' }],
    ['those `along with` one named before shared what befell him', 'Vell himself was captured, along with 1,200 of his soldiers.',
      { '1,200': 'count prisoners/people' }],
    ['a span of time qualifies a count', 'In the first six months, about 400 defenders were taken prisoner.',
      { 'six months': 'duration ?', '400': 'count prisoners/people {defenders} <opening>' }],
    ['a bare count listed after a count of its sentence that says what it counts counts the same (its noun left out)', 'The town had 1,240 inhabitants in 1801, 2,115 in 1831 and 2,960 in 1851.',
      { '1,240': 'count population/people', '2,115': 'count population/people', '2,960': 'count population/people' }],
    ['what a place’s herds grow or fall to is the beasts it keeps, not what befell some of them', 'In the murrain of Karsk 3,960 head were slaughtered. By 1885 the county’s herds had grown back to 19,000 head.',
      { '3,960': 'count ?/cattle of :karsk', '19,000': 'count population/cattle of :karsk' }],
    ['`the 120 days of the siege`: an event referred back to after `of` is what the time is of',
      'The second siege of Karsk was long.\n\nThen the Orlen army invaded Vell.\n\nPeople still speak of the 120 days of the siege.', { '120 days': 'duration length/siege of siege:karsk' }],
    ['…while `within three months of the order` counts from a document', 'Order 12 was issued in 1611. Within three months of the order, 40 men had deserted.', { '1611': 'date issued of order:12', 'three months': 'duration between', '40': 'count desertions/people <opening>' }],
    ['…and so does so many months or years after `in`, from the start', 'In only six months about 400 defenders were taken prisoner.',
      { 'six months': 'duration ?', '400': 'count prisoners/people {defenders} <opening>' }],
    ['…but not so many years of something, which may be all of it', 'In four years of war about 400 defenders were taken prisoner.',
      { 'four years': 'duration length/war', '400': 'count prisoners/people of war {defenders}' }],
    ['planning for an event is not the event', 'Planning for the siege of Karsk started on 3 January 1611.',
      { '3 January 1611': 'date began of preparation' }],
    ['a bare reference, a paragraph after a numbered event, may be any of its kind', 'The first famine of 1764 killed 38 people.\n\nThe famine killed 240 people.',
      { '38': 'count deaths/people of famine#1@1764', '240': 'count deaths/people of famine' }],
    ['in the same paragraph it is the one just named', 'The first famine of 1764 killed 38 people. The famine lasted four months.',
      { '38': 'count deaths/people of famine#1@1764', 'four months': 'duration length of famine#1@1764' }],
    ['a bare reference, a paragraph after the text named two of its kind, may be either', 'The siege of Karsk began in 1611. The siege of Orlen began in 1612.\n\nThe siege lasted 120 days.',
      { '1611': 'date began of siege:karsk', '1612': 'date began of siege:orlen', '120 days': 'duration length/siege of siege' }],
    ['…in the same paragraph it is the one named last', 'The siege of Karsk began in 1611. The siege of Orlen began in 1612. The siege lasted 120 days.',
      { '1611': 'date began of siege:karsk', '1612': 'date began of siege:orlen', '120 days': 'duration length/siege of siege:orlen' }],
    ['…and under a heading that names one of them, it is the heading’s', '# The Siege of Karsk\n\nIt was longer than the siege of Orlen, which began in 1612.\n\n## Losses\n\nThe siege lasted 120 days.',
      { '1612': 'date began of siege:orlen', '120 days': 'duration length/siege of siege:karsk' }],
    ['people who break out escape: no event begins', 'The siege of Karsk lasted all winter. They broke out on 31 January 1612.',
      { '31 January 1612': 'date ? of siege:karsk' }],
    ['what breaks out begins', 'The siege of Karsk lasted all winter. The fire broke out on 31 January 1612.',
      { '31 January 1612': 'date began of fire' }],
    ['…but what breaks with no object gave way: no event begins', 'The siege of Karsk lasted all winter. The wall held until it broke on 31 January 1612.',
      { '31 January 1612': 'date ? of siege:karsk' }],
    ['two events together are neither alone', 'Between them, the flood and the siege killed 98 men.',
      { '98': 'count deaths/people of flood+siege' }],
    ['an event named as the time of another is not its subject', 'The house was held for 60 days during the siege of Karsk.',
      { '60 days': 'duration length/detention' }],
    ['men locked out are a stoppage, not a detention', 'The masters locked out the riveters for seven months.',
      { 'seven months': 'duration length/strike' }],
    ['…and workers who stopped work for a time were on strike, which the year dates', 'In 1884 the curing women stopped work for 23 days.',
      { '1884': 'date occurred of strike', '23 days': 'duration length/strike of strike' }],
    ['time until something happened, from its anchor', 'After the flood, rescuers took six days to reach the last survivors.',
      { 'six days': 'duration between from flood to arrived' }],
    ['a document that came was issued then', 'The treaty came four months after the second siege ended.',
      { 'four months': 'duration between of treaty from siege#2(ended) to issued' }],
    ['…and a time after what it names, unread, is counted from nothing guessed', 'The second siege ended badly. The treaty came four months after the great victory.',
      { 'four months': 'duration between of treaty from  to issued' }],
    ['a time before an event runs from what its own clause names, not from the text’s last subject', 'The second siege ended badly. The treaty had been signed only a year before the flood.',
      { 'a year': 'duration between of treaty from treaty(issued) to ' }],
    ['…and where its clause names none, from no event guessed', 'The second siege ended badly. The bridge had been built only a year before the flood.',
      { 'a year': 'duration between from (built) to ' }],
    ['a document that followed or came on a date was issued then', 'The Treaty of Orlen followed in March 1613.',
      { 'March 1613': 'date issued of treaty:orlen' }],
    ['…not one read aloud then', 'On 4 March 1613 the Treaty of Orlen was read aloud to the garrison.',
      { '4 March 1613': 'date occurred of treaty:orlen' }],
    ['how long a state lasted is a length', 'He was underground for five days before they reached him.',
      { 'five days': 'duration length/underground' }],
    ['a name before a word of place names a place, where the value holds', 'The Karsk bridge took nine years to build.',
      { 'nine years': 'duration between @karsk bridg' }],
    ['a place referred back to is where, not what: the event stays the paragraph’s', 'The flood of 1624 ruined the Karsk pit. The pit closed for nine weeks.',
      { 'nine weeks': 'duration length/closure of flood@1624 @karsk pit' }],
    ['a place named after its noun is named there, not referred back to', 'The flood of 1624 reached the Karsk pit. The flood drowned 40 men by the harbour of Orlen Ford.',
      { '40': 'count deaths/people of flood@1624 @orlen ford' }],
    ['a date that labels its line (a timeline) is the date of what follows its colon', '- **3 January 1611**: the rebels seize the customs house.',
      { '3 January 1611': 'date captured' }],
    ['`the rebels`, in plain words, are a side', 'In the siege of Karsk the rebels lost 600 men killed.',
      { '600': 'count deaths/people of siege:karsk [rebel]' }],
    ['`in order` is an idiom, not a decree', 'I put my notes in order. It was signed on 4 March 1613.',
      { '4 March 1613': 'date issued' }],
    ['a memorial put up is not the date of the event it remembers', 'The flood of 1624 is well known. A memorial stone was put up in 1903.',
      { '1903': 'date ? of flood@1624' }],
    ['`the second`, with no noun, is the second of the numbered kind of event named last', 'The first siege of Karsk was short, until a flood ended it. The second began a year later and lasted 118 days.',
      { 'a year': 'duration between of siege:karsk#2 from siege:karsk#1 to began', '118 days': 'duration length/siege of siege:karsk#2' }],
    ['a range beside the length it spans is checked as dates only', 'The second siege lasted 118 days, from 2 May to 28 August 1612.',
      { '118 days': 'duration length/siege of siege#2', '2 May to 28 August 1612': 'date span of siege#2' }],
    ['a listed part named by what befell it counts that, and is no body of men of its own', 'The court tried 54 prisoners: the 23 arrested in the riot and the 31 taken by the lancers.',
      { '54': 'count tried/people of riot', '23': 'count arrests of riot', '31': 'count prisoners/people of riot' }],
    ['a figure reported bare is the length the text tells of', 'The siege of Karsk was long. One chronicle gives 140 days. Another says four months.',
      { '140 days': 'duration length of siege:karsk', 'four months': 'duration length of siege:karsk' }],
    ['…as is one after a label that opens on `length`', 'Length of the siege of Karsk: 140 days.',
      { '140 days': 'duration length/siege of siege:karsk' }],
    ['a penalty is its own length, not the trial’s', 'The trial of the Karsk rioters lasted six days. Three were sentenced to transportation, Vane among them for seven years.',
      { 'six days': 'duration length/inquiry of inquiry:karsk', 'Three': 'count ? of inquiry:karsk', 'seven years': 'duration length/sentence of inquiry:karsk' }],
    ['a named person’s time in a role or a place is not an event’s length', 'The siege of Karsk lasted 140 days. Its master, Captain Elias Vane, had been at sea for thirty-one years.',
      { '140 days': 'duration length/siege of siege:karsk', 'thirty-one years': 'duration ? of siege:karsk' }],
    ['a clause after a colon that opens on other words than a count is no list', 'The usual figure of 112 deaths is wrong: cholera killed 97 people in Karsk.',
      { '112': 'count deaths of epidemic:karsk', '97': 'count deaths/people of epidemic:karsk' }],
    ['a first clause that `, and` joins to the next is no value set in front: it takes no event named after it', 'The rebels lost 97 men at the gate, and 112 more died in the siege of Karsk.',
      { '97': 'count deaths/people [rebel]', '112': 'count deaths of siege:karsk [rebel] {besides}' }],
    ['…nor does one that `;` ends', 'The rebels lost 97 men at the gate; 112 more died in the siege of Karsk.',
      { '97': 'count deaths/people [rebel]', '112': 'count deaths of siege:karsk {besides}' }],
    ['…each part by its own words, a hedge before the next part or not', 'Casualties were about 2,400: 780 killed and some 1,600 wounded.',
      { '2,400': 'count casualties', '780': 'count deaths', '1,600': 'count wounded' }],
    ['`the N days of` an event is its length', 'The flood was short beside the 118 days of the second siege of Karsk.',
      { '118 days': 'duration length/siege of siege:karsk#2' }],
    ['…but not a part of it', 'The first 40 days of the second siege of Karsk were quiet.',
      { '40 days': 'duration ?/siege of siege:karsk#2' }],
    ['a share of a name alone is a share of a place', 'The besiegers held over 95 percent of Vell.',
      { '95 percent': 'fraction place/held' }],
    ['…but not of a name that owns the whole', 'The besiegers held over 95 percent of Vell’s grain.',
      { '95 percent': 'fraction stores/held' }],
    ['a share of a town’s houses is a share of the town', 'The raiders burned two-thirds of its houses.',
      { 'two-thirds': 'fraction place' }],
    ['a share of the men in some kind of unit is a share of that body', 'About 90% of the men in penal companies were killed.',
      { '90%': 'fraction forces/lost {within penal companies}' }],
    ['a share something changed by is a share of that thing, one way', 'The salt tax was cut by a third.',
      { 'a third': 'fraction tax/cut' }],
    ['each value takes the kind of count in its own part of the clause', 'In the siege of Karsk two men were killed, 17 were injured and 14 were arrested.',
      { 'two': 'count deaths/people of siege:karsk', '17': 'count wounded of siege:karsk', '14': 'count arrests of siege:karsk' }],
    ['ships lost are ships destroyed, not the dead', 'In the flood four boats were lost.',
      { 'four': 'count destroyed/ships of flood' }],
    ['souls taken or lost are the dead', 'In the flood two and fifty souls were taken, and nine souls lost at the ford.',
      { 'two and fifty': 'count deaths/people of flood', 'nine': 'count deaths/people of flood' }],
    ['…but souls saved are not', 'In the flood nine souls were saved.', { 'nine': 'count survivors/people of flood' }],
    ['a fire is an event', 'The great fire burned for two days.', { 'two days': 'duration length of fire' }],
    ['a fire that breaks out or spreads is one, article or not', 'On 3 May 1612 fire broke out in the docks. Nine men were killed.',
      { '3 May 1612': 'date began of fire@1612', 'Nine': 'count deaths/people of fire@1612' }],
    ['a fire opened on an enemy is not', 'The defenders opened fire and held for six days.', { 'six days': 'duration length/holding' }],
    ['a return is another of its kind, not the numbered one told before', 'The first siege of Karsk lasted 41 days. The besiegers came back in spring, and this time the siege lasted 118 days.',
      { '41 days': 'duration length/siege of siege:karsk#1', '118 days': 'duration length/siege of siege:karsk again' }],
    ['a table row is about what its own cells name, never the row above', '| Year | Event | Dates |\n|---|---|---|\n| 1611 | First siege of Karsk | 2 May – 11 June |\n| 1624 | Karsk flood | 9–12 March |',
      { '1611': 'date occurred of siege:karsk#1', '2 May – 11 June': 'date span of siege:karsk#1', '1624': 'date occurred of flood:karsk', '9–12 March': 'date span of flood:karsk' }],
    ['`the fire of 1847` names its year', 'The fire of 1847 burned for two days.',
      { 'two days': 'duration length of fire@1847' }],
    ['`the flood of 9 May 1624` names its year, as `the flood of 1624` does', 'The flood of 9 May 1624 killed 61 miners. The fire of September 2, 1647 burned for two days.',
      { '9 May 1624': 'date occurred of flood@1624', '61': 'count deaths/people of flood@1624', 'September 2, 1647': 'date occurred of fire@1647', 'two days': 'duration length of fire@1647' }],
    ['`the first …, the second 655`: the second, with its verb left out', 'The first siege of Karsk killed 412, the second 655.',
      { '412': 'count deaths of siege:karsk#1', '655': 'count ? of siege:karsk#2' }],
    ['a value that modifies an event word is that event’s', 'The second siege of Karsk came in the middle of a 60-day flood.',
      { '60-day': 'duration length of flood' }],
    ['a capitalised word right after a name is the name’s, no verb (`Tobin Fell heard`: no fall)', 'Tobin Fell heard on 2 November 1868 that the siege of Karsk was over.',
      { '2 November 1868': 'date ? of siege:karsk' }],
    ['time so far is not how long it lasted', 'The defenders have been out six days.',
      { 'six days': 'duration so far' }],
    ['…with a word between (`have now kept`), or told by one who said it then (`complained that … had kept`)', 'In the second siege of Karsk the garrison have now kept the walls seven weeks. Vell complained that the garrison had kept the walls for nine weeks.',
      { 'seven weeks': 'duration so far of siege:karsk#2', 'nine weeks': 'duration so far of siege:karsk#2' }],
    ['…but not what had been done a time before another thing', 'Vell adds that the Treaty of Orlen had been signed only a year before the second siege of Karsk.',
      { 'a year': 'duration between of treaty:orlen from treaty:orlen(issued) to ' }],
    ['time ago is not how long it lasted', 'The men went back a fortnight ago.',
      { 'a fortnight': 'duration ago' }],
    ['a list after a colon counts what the count before it did, each value a part of it', 'The siege of Karsk killed 900 people: 600 soldiers and 300 townspeople.',
      { '900': 'count deaths/people of siege:karsk', '600': 'count deaths/people of siege:karsk {soldier}', '300': 'count deaths/people of siege:karsk {townspeopl}' }],
    ['an event word in the plural is no subject and no name, but says what `the first` is one of', 'The famines of Karsk are easy to confuse. The first came in 1764. It killed 38 people.\n\nThe second was far worse. It began in 1767. The famine itself killed 211 people.',
      { '1764': 'date ? of famine#1', '38': 'count deaths/people of famine#1', '1767': 'date began of famine#2', '211': 'count deaths/people of famine#2' }],
    ['sailing and anchoring date a departure and an arrival', 'The supply ship sailed from Tamsk on 3 May 1611. She anchored off Vell on 12 March 1612.',
      { '3 May 1611': 'date departed', '12 March 1612': 'date arrived @vell' }],
    ['…in any tense', '- 3 May 1611: the ship leaves Tamsk.\n- 12 March 1612: the ship anchors off Vell.',
      { '3 May 1611': 'date departed', '12 March 1612': 'date arrived @vell' }],
    ['…and in the plain form: a ship that did not sail until May is no date of the event its sentence named first, but the ship’s', 'The inquiry into the second siege of Karsk is blamed for it, but the *Vell* did not sail until May 1612.',
      { 'May 1612': 'date departed of :vell' }],
    ['holding a ship is not what an inquiry does', 'The copy of the inquiry has the mutineers holding her for three weeks.',
      { 'three weeks': 'duration length/holding' }],
    ['a paragraph that has named nothing yet goes on about the one event the paragraph before ended on', 'The great fire burned the town.\n\nThe toll is still argued over. Most histories give 61 dead.',
      { '61': 'count deaths of fire' }],
    ['…but not a sentence that names an event of its own, even one it is not about', 'The great fire burned the town.\n\nThe breach of the treaty on 3 May 1611 surprised the council.',
      { '3 May 1611': 'date began' }],
    ['…while an event the value measures may be the one before', 'The great fire burned the town.\n\nThe guide says there is one step for each of the 200 days of the fire.',
      { '200 days': 'duration length of fire' }],
    ['a value set off by commas after `the length of` is a length', 'Its figure for the length of the siege, 41 days, sounds precise.',
      { '41 days': 'duration length/siege of siege' }],
    ['a document’s date right after its name is when it was issued', 'The Treaty of Orlen of May 1611 ended the war.',
      { 'May 1611': 'date issued of treaty:orlen' }],
    ['of two events its paragraph named, the one named as a person’s is what a sentence naming that person is about',
      'The second siege of Karsk was won by Hobb’s Treaty of Orlen. On 3 May 1611 Hobb had decided to give in.',
      { '3 May 1611': 'date ? of treaty:orlen' }],
    ['an aside in brackets is told at the place of the clause before it', 'Seven months after the raiders were pushed back at Vell (at the cost of, reportedly, over a thousand dead), the war ended.',
      { 'Seven months': 'duration between of war from (ended) to  @vell', 'a thousand': 'count deaths @vell' }],
    ['`invaded` with no object after it is an invasion, as `the invasion` would be', 'The raiders invaded on 3 May 1611.',
      { '3 May 1611': 'date occurred of campaign' }],
    ['…and with a named object, an invasion of that place: a place the corpus never names makes one of its own', 'The raiders invaded Vell on 3 May 1611.',
      { '3 May 1611': 'date began of campaign:vell' }],
    ['…but an object that names nothing makes none', 'The raiders invaded the town on 3 May 1611.',
      { '3 May 1611': 'date began' }],
    ['a side or a body of soldiers that crosses the border invades', 'Velmarchi troops crossed the frontier on 3 May 1611.',
      { '3 May 1611': 'date began of campaign' }],
    ['…but others who cross it do not', 'The refugees crossed the border on 3 May 1611.',
      { '3 May 1611': 'date began' }],
    ['a time right after a verb of a moment, before `earlier`, runs from that moment of what is named before it', 'The raiders broke the Treaty of Orlen, signed just two years earlier.',
      { 'two years': 'duration between from treaty:orlen(issued) to ' }],
    ['an army pushed, driven, beaten or thrown back, or repulsed, is an end: a time after it runs from that moment', 'The war ended seven months after the raiders were driven back at Vell.',
      { 'seven months': 'duration between of war from (ended) to ended @vell' }],
    ['a time two events lie `apart` is the time between them', 'The two treaties were signed in different towns, more than four years apart.',
      { 'four years': 'duration between' }],
    ['a breach ends the guess that a paragraph goes on about the event the one before ended on', 'The great fire burned the town.\n\nThe violation of the treaty on 3 May 1611 surprised the council. As a result, 61 houses were lost.',
      { '3 May 1611': 'date began', '61': 'count destroyed/houses' }],
    ['a figure reported bare is the length the text tells of, a word of how exact between, or one of contrast after',
      'The siege of Karsk was long. One chronicle counts exactly 41 days. The other counts 60 days instead. Some sources say nine weeks.',
      { '41 days': 'duration length of siege:karsk', '60 days': 'duration length of siege:karsk', 'nine weeks': 'duration length of siege:karsk' }],
    ['an answer to `How long did it last?` is how long it lasted; to `how long after`, not surely', 'How long did the siege of Karsk last? Roughly six weeks.\n\nHow long after the siege of Karsk did the flood come? About nine weeks.',
      { 'six weeks': 'duration length of siege:karsk', 'nine weeks': 'duration ? of siege:karsk' }],
    ['a list item is an entry of its own: it does not', '- The great fire burned the town.\n- Most histories give 61 dead.',
      { '61': 'count deaths' }],
    ['the quays are not the town, nor the grain', 'The great fire destroyed a third of the town and half the quays. The gale destroyed three-quarters of the stored grain.',
      { 'a third': 'fraction place/lost of fire', 'half': 'fraction docks/lost of fire', 'three-quarters': 'fraction stores/lost of storm' }],
    ['those who die of a town are its people; what burns of a village is its ground, and a share in a town is of others', 'The plague killed a quarter of the town. The fire destroyed a third of the village. Some 180 people died, nearly a fifth of the parish. In the lanes one in three of the sick died, against one in five in the town.',
      { 'a quarter': 'fraction population/lost of epidemic', 'a third': 'fraction place/lost of fire', '180': 'count deaths/people of fire', 'a fifth': 'fraction population/lost of fire', 'one in three': 'fraction ?/lost of fire', 'one in five': 'fraction place/lost of fire' }],
    ['a column is a body of men, as an army is', 'The march across the ridge was cruel. Some 230 marchers died on the way, nearly a third of the column.',
      { '230': 'count deaths/people', 'a third': 'fraction forces/lost' }],
    ['a total that adds others in counts a larger body', 'In the siege of Karsk four men died. Counting the captain and his mate, six men died.',
      { 'four': 'count deaths/people of siege:karsk', 'six': 'count deaths/people of siege:karsk {with others}' }],
    ['a heading that asks names nothing: its title case makes verbs look like names', '# Why Did Karsk Mutiny?\n\nThe mutiny lasted nearly a month.',
      { 'a month': 'duration length of uprising' }],
    ['a time right before `after` or `later` runs from another event, whatever was done then', 'The army marched on Karsk three months after Orlen fell. The fleet sailed ten days later.',
      { 'three months': 'duration between of :karsk from treaty:orlen(ended) to ', 'ten days': 'duration between from :karsk to departed' }],
    ['…but not a time the clause says something lasted, nor one after `for`', 'The siege of Karsk lasted three months after the landing. The army fought for six weeks after the landing.',
      { 'three months': 'duration length/siege of siege:karsk', 'six weeks': 'duration length/fighting of siege:karsk' }],
    ['a value set after a time from an event, a clause between, is not of that event', 'Six years after he had raised the first siege of Karsk, Daunt returned with about 9,000 men.',
      { 'Six years': 'duration between from siege:karsk#1(ended) to  again', '9,000': 'count strength/people again' }],
    ['what took the time is the doing its clause opens with, not the event it followed', 'The great fire of Karsk burned for three days. Rebuilding took eight years.',
      { 'three days': 'duration length of fire:karsk', 'eight years': 'duration length/rebuilding of fire:karsk' }],
    ['…a bare doing: after an article it names an event', 'The great fire of Karsk burned for three days. The journey lasted 17 days.',
      { 'three days': 'duration length of fire:karsk', '17 days': 'duration length of fire:karsk' }],
    ['time spent somewhere is a stay, time spent doing something that doing', 'The siege of Karsk lasted 140 days. My family spent four days in Karsk. The garrison spent six weeks digging.',
      { '140 days': 'duration length/siege of siege:karsk', 'four days': 'duration length/stay of :karsk', 'six weeks': 'duration length/digging of :karsk' }],
    ['…and so is a time someone stayed, right after the verb', 'The siege of Karsk lasted 140 days. The relief army stayed only nine days. The envoys stayed for three weeks.',
      { '140 days': 'duration length/siege of siege:karsk', 'nine days': 'duration length/stay of siege:karsk', 'three weeks': 'duration length/stay of siege:karsk' }],
    ['…not how long something stayed so (`stayed off the water`), men on strike', 'The strike of 1848 began in April. The boatmen stayed off the water for six weeks.',
      { 'April': 'date began of strike@1848', 'six weeks': 'duration length of strike@1848' }],
    ['a gap or an interval is a time between two events, in prose or in a table’s label', 'The gap between the fall of Karsk and the treaty was ten months.\n\n| What | Length |\n|---|---|\n| Interval from the landing to the surrender | 41 days |',
      { 'ten months': 'duration between of :karsk', '41 days': 'duration between' }],
    ['…and so is a value alone in its cell whose next cell says it is the time something took to happen', '# The siege of Karsk\n\n| Figure | What it is |\n|---|---|\n| 6 months | time it took the dead to pass 4,000 |\n| 140 days | how long the siege lasted |',
      { '6 months': 'duration between', '4,000': 'count deaths of siege:karsk', '140 days': 'duration length/siege of siege:karsk' }],
    ['a clause joined after an anchor’s is not the anchor’s own', 'The famine of Karsk was hard. It began three years after the flood and lasted some fourteen months.',
      { 'three years': 'duration between of famine:karsk from flood to began', 'fourteen months': 'duration length of famine:karsk' }],
    ['a heading that runs from one thing to another is about neither end', '# From the Karsk War to the Siege of Orlen\n\nIt ended in the winter of 1611.',
      { 'the winter of 1611': 'date ended' }],
    ['…while a heading on the road to one thing names it', '# The Road to the Karsk War\n\nIt ended in the winter of 1611.',
      { 'the winter of 1611': 'date ended of war:karsk' }],
    ['a heading that tells of a kind `twice` or `both` names no one of them', '# Fire Twice: The Burnings of Karsk\n\nThe ash fell for fourteen days.',
      { 'fourteen days': 'duration length' }],
    ['…while one that names one fire is that fire', '# The Fire of Karsk\n\nThe ash fell for fourteen days.',
      { 'fourteen days': 'duration length of fire:karsk' }],
    ['a value told of a return is not of the first of its kind', 'The first siege of Karsk ended in May. The besiegers came back in spring with 31 ships.',
      { '31': 'count ?/ships again' }],
    ['men landed are a force’s strength', 'In the siege of Karsk the Crown landed 2,400 men. Later it put 900 men ashore.',
      { '2,400': 'count strength/people of siege:karsk', '900': 'count strength/people of siege:karsk' }],
    ['a count after a colon is no part of a year before it', 'The Great Strike of 1849 was another matter: over a thousand men came out.',
      { '1849': 'date occurred of strike:great', 'a thousand': 'count strikers/people of strike:great' }],
    ['men who came out alive survived; they did not strike', 'In the flood of 1624, 78 men came out alive.',
      { '78': 'count survivors/people of flood@1624' }],
    ['each value takes the kind of its own verb, in any tense', 'The flood of 1624 kills 11 miners and injures 6.',
      { '11': 'count deaths/people of flood@1624', '6': 'count wounded of flood@1624' }],
    ['a collapse is an event', 'The Great Collapse of 1783 killed 46 miners.',
      { '1783': 'date occurred of collapse:great', '46': 'count deaths/people of collapse:great' }],
    ['the homeless are counted as such', 'The great fire left 1,100 people homeless.',
      { '1,100': 'count homeless/people of fire' }],
    ['what a famine carried off are its dead', 'The famine of 1611 has carried off 240 souls.',
      { '240': 'count deaths/people of famine@1611' }],
    ['a disease that comes and goes is an epidemic', 'Cholera came back in the summer of 1849.',
      { 'the summer of 1849': 'date occurred of epidemic again' }],
    ['…but what people died of is a cause, not an event', 'In the siege of Karsk roughly 900 townspeople died of typhus.',
      { '900': 'count deaths/people of siege:karsk' }],
    ['several events of a kind are none of them', 'The sieges of Karsk killed 900 people.',
      { '900': 'count deaths/people' }],
    ['a table row’s bare length is how long its event lasted', '| Event | Length |\n|---|---|\n| Karsk flood | nine days |',
      { 'nine days': 'duration length of flood:karsk' }],
    ['a cell’s own word says what it counts, before its column’s header; animals lost are dead animals', '| Event | Losses |\n|---|---|\n| Karsk flood | 5 killed |\n| Karsk murrain | 3,100 sheep |',
      { '5': 'count deaths of flood:karsk', '3,100': 'count deaths/sheep of :karsk' }],
    ['a feast of the calendar is a time, not a place: here the day a count was made, dated in its own right', 'The flood of 1624 drowned 2,100 sheep counted at Michaelmas 1623.',
      { '2,100': 'count deaths/sheep of flood@1624', 'Michaelmas 1623': 'date recorded of flood@1624' }],
    ['a share of a flock, a herd, the cattle', 'The flood of 1624 killed half the flock and a quarter of the town’s cattle.',
      { 'half': 'fraction sheep/lost of flood@1624', 'a quarter': 'fraction cattle/lost of flood@1624' }],
    ['…and the thing its label counts, from the label’s own cell only', '| What | Number |\n|---|---|\n| Witnesses heard | 63 |\n| First | 41 days | about 900 |',
      { '63': 'count ?/witnesses', '41 days': 'duration length', '900': 'count ?' }],
    ['a row’s one count, alone in its cell, counts what the row’s label says; a length in a phrase is no bare length', '| What | Number |\n|---|---|\n| Prisoners in the same six months | 3,000 |',
      { 'six months': 'duration ?', '3,000': 'count prisoners/people' }],
    ['…and in a row of several counts, each alone in its cell under its own column (a table on its side)', '| Measure | First siege | Second siege |\n|---|---|---|\n| Prisoners | 900 | 2,600 |',
      { '900': 'count prisoners/people of siege#1', '2,600': 'count prisoners/people of siege#2' }],
    ['…but not in a row whose counts share a cell with words of their own', '| Measure | First siege | Second siege |\n|---|---|---|\n| Prisoners | 900 men | 2,600 freed |',
      { '900': 'count ?/people of siege#1', '2,600': 'count act:fre of siege#2' }],
    ['who a clause of time tells of is not the side of a value after it', 'Once the Velmarchi invaded the casualties went past 4,000. The Velmarchi army lost 600 men.',
      { '4,000': 'count casualties', '600': 'count losses/people [velmarchi]' }],
    ['a count’s clause goes on past a phrase set off by commas; the whole a count is part of is no count of the dead', 'In the flood of 1624 about 1,100 of the town’s 6,000 people, nearly a fifth, had died.',
      { '1,100': 'count deaths/people of flood@1624', '6,000': 'count ?/people of flood@1624', 'a fifth': 'fraction ? of flood@1624' }],
    ['what a sentence compares its value with (`far more than at Karsk`) is not what the value is of', 'The flood of 1624 came after the siege of Karsk. Around 900 people died, far more than at Karsk.',
      { '900': 'count deaths/people of flood@1624' }],
    ['`it` after a clause that brings in a new thing is that thing, not an event named before', '- **3 June 1624**: The flood of 1624 drowns the lower town.\n- **3 January 1625**: a soup kitchen opens in the Sail Loft; it runs for eleven months.',
      { '3 June 1624': 'date occurred of flood@1624', '3 January 1625': 'date opened', 'eleven months': 'duration length' }],
    ['how long something did not happen is no event’s length', 'In the second siege of Karsk the garrison had not been paid for 19 months.',
      { '19 months': 'duration ?/siege of siege:karsk#2' }],
    ['what took a time after something is the time from it (`took two years after that`)', 'Reaching Orlen took two years and nine months after that.',
      { 'two years and nine months': 'duration between from  to arrived' }],
    ['the event a time is told from is not what the next sentence goes on about', 'Three weeks after the flood of 1624 ended, the army sailed with 41 ships. The Velmarchi lost 6 ships sunk and 9 captured.',
      { 'Three weeks': 'duration between from flood@1624(ended) to ', '41': 'count ?/ships', '6': 'count destroyed/ships [velmarchi]', '9': 'count prisoners/ships [velmarchi]' }],
    ['a kind right after a count is its own, whatever the words before it say', 'In the second siege of Karsk their losses were 3 ships sunk and about 700 men wounded.',
      { '3': 'count destroyed/ships of siege:karsk#2', '700': 'count wounded/people of siege:karsk#2' }],
    ['men out on strike are a strike’s, not the event the paragraph before told of', 'The flood of 1624 drowned the lower town.\n\nOn 3 March the men walked off the quays. About 2,100 men came out.',
      // (`3 March` takes its year from the flood's: the text's last year.)
      { '3 March': 'date ? of flood@1624', '2,100': 'count strikers/people of strike' }],
    ['dockers are people, and people `out` (not `out of` a whole) are out on strike', 'The strike lasted 42 days, with some 2,100 dockers out. Some 1,200 men out of 3,000 went home.',
      { '42 days': 'duration length/strike of strike', '2,100': 'count strikers/people of strike', '1,200': 'count act:went/people of strike', '3,000': 'count ? of strike' }],
    ['…not people a verb took out, who were moved out of somewhere', 'The strike lasted 42 days. After the flood the rescuers got 143 men out.',
      { '42 days': 'duration length/strike of strike', '143': 'count ?/people of flood' }],
    ['those who took part in what happened are people (rioters, navvies, workmen, marchers), as the men of it are', 'In the riot of 1611 23 rioters were arrested. In the flood of 1624 forty navvies drowned and 12 workmen were killed.',
      { '23': 'count arrests/people of riot@1611', 'forty': 'count deaths/people of flood@1624', '12': 'count deaths/people of flood@1624' }],
    ['a saint’s name owning a place (`St Ebba’s Head`) is no person: a place the text may name an event after', 'At St Ebba’s Head 620 men were killed.',
      { '620': 'count deaths/people @ebba head' }],
    ['a count broken into parts (`11 (7 sunk, 4 taken)`) is their total, not what befell the first part', 'In the second siege of Karsk they lost 11 (7 sunk, 4 taken) ships.',
      { '11': 'count casualties of siege:karsk#2', '7': 'count destroyed of siege:karsk#2', '4': 'count ? of siege:karsk#2' }],
    ['a ship or crew `alone` counts its own, not the event’s toll', 'In the second siege of Karsk the Heron alone had nineteen men killed.',
      { 'nineteen': 'count deaths/people of siege:karsk#2 {alone heron}' }],
    ['…and a ship named with a common word (`the Guide Well`) is one name, so `alone` follows it', 'In the second siege of Karsk the Guide Well alone had nineteen men killed.',
      { 'nineteen': 'count deaths/people of siege:karsk#2 {alone guid well}' }],
    ['a fire put out or extinguished has ended', 'The fire of 1612 was put out on 10 April 1612. The second fire was extinguished on 3 May 1613.',
      { '10 April 1612': 'date ended of fire@1612', '3 May 1613': 'date ended of fire#2' }],
    ['an insurrection is an uprising', 'The insurrection of 1612 began on 2 May 1612.',
      { '2 May 1612': 'date began of uprising@1612' }],
    ['a `lost` after another count is that count’s', 'In the flood of 1624 46 boats sailed and 11 were lost.',
      { '46': 'count act:sail/ships of flood@1624', '11': 'count destroyed/ships of flood@1624' }],
    ['order kept or restored is peace, not a decree', '120 militiamen marched in to keep order.',
      { '120': 'count act:went/people' }],
    ['…but an event brought in that way is the event', 'In 1624 a flood drowned the lower town; it lasted nine days.',
      { '1624': 'date occurred of flood', 'nine days': 'duration length of flood' }],
    ['a value set after a time from an event is of what came later, not of that event', 'Nearly nine years after the flood of 1624, on 14 October 1633, 58 men were drowned.',
      { 'nine years': 'duration between from flood@1624 to ', '14 October 1633': 'date occurred', '58': 'count deaths/people' }],
    ['a name where something happened ranks after the event the sentence names', 'Typhus broke out in crowded Karsk in December; by the spring 1,100 people had died.',
      { '1,100': 'count deaths/people of epidemic:karsk' }],
    ['`N days now`, `at one point`, `so far`: the time so far, not how long it lasted', 'Five days now the second siege has gone on. The second siege had gone on for seventy days at one point.',
      { 'Five days': 'duration so far of siege#2', 'seventy days': 'duration so far of siege#2' }],
    ['an order in force has a length', 'The Karsk Order stayed in force for 134 days.',
      { '134 days': 'duration length/force of order:karsk' }],
    ['what a sentence compares with (`than the first`) is not what later sentences refer to', 'The second siege of Karsk was worse than the first. The siege killed 4,700 men.',
      { '4,700': 'count deaths/people of siege:karsk#2' }],
    ['a value in a `which` clause is of what the clause says more about', 'The second siege was worse than the first, which had killed 900 people.',
      { '900': 'count deaths/people of siege#1' }],
    ['every sentence after a question, to the end of its paragraph, answers it', '**Q5. How long did the siege of Karsk last?**\nKnow both numbers! 140 days (Vane). About three months (Orm).',
      { '140 days': 'duration length of siege:karsk', 'three months': 'duration length of siege:karsk' }],
    ['…and no paragraph after the one it ends', 'How many people did the siege of Karsk kill? Nobody knows. I used four sources.\n\nOf those, thirty-one were buried in 1611.',
      { 'thirty-one': 'count burials of siege:karsk', '1611': 'date ? of siege:karsk' }],
    ['a question put as a statement (`How many … is still argued over.`) is answered as a question is', 'How many men were taken prisoner at the siege of Karsk is still argued over. Vane gives 4,700.',
      { '4,700': 'count prisoners of siege:karsk' }],
    ['an answer to `When was … issued?` is the day that one thing was issued', '**Q3. When was the Karsk Order issued?**\n\n1 August 1611 (Vane).',
      { '1 August 1611': 'date issued of order:karsk' }],
    ['a phrase set off after a named event, opening on a participle, is of that event (`the Karsk Order, issued on …`)', 'The second siege of Karsk was long. The siege changed after the Karsk Order, issued on 3 May 1611, reached the walls.',
      { '3 May 1611': 'date issued of order:karsk' }],
    ['a `when` clause set off after an event is of that event, not of what the text was about', 'The order was a reaction. The army had looked weak since the second siege of Karsk in 1611, when it lost a quarter of its men.',
      { '1611': 'date occurred of siege:karsk#2', 'a quarter': 'fraction forces/lost of siege:karsk#2' }],
    ['a `where` clause after a name is of the event the corpus names after it', 'The flood of 1624 did most harm after the disaster at Karsk, where 600 men died.',
      { '600': 'count deaths/people of :karsk' }],
    ['…not of an event named after it that cannot have the value (a treaty has no dead)', 'The flood of 1624 was bad. The fever spread to Orlen, where 40 people died.',
      { '40': 'count deaths/people of epidemic' }],
    ['how long a person was something is no event’s length', 'The second siege of Karsk was long. He had been mayor of the town for six years.',
      { 'six years': 'duration ? of siege:karsk#2' }],
    ['…nor how long one of a family stayed somewhere', 'The second siege of Karsk was long. Mother was in the mainland hospital for fourteen months.',
      { 'fourteen months': 'duration ? of siege:karsk#2' }],
    ['…named, too, when one word says what the person was', 'Dresk had been marshal for nine years when the second siege of Karsk began.',
      { 'nine years': 'duration ?/siege of siege:karsk#2' }],
    ['…but not a place that was under siege, nor one a participle tells of', 'Karsk was under siege for 41 days. Orlen was besieged for 118 days.',
      { '41 days': 'duration length/siege of siege:karsk', '118 days': 'duration length/siege of siege:orlen' }],
    ['people who lost a father or their husbands are not the dead', 'In the flood of 1624, 120 children lost a father and 40 women lost husbands.',
      { '120': 'count ?/children of flood@1624', '40': 'count ?/women of flood@1624' }],
    ['a counterattack is an event of its own, not the siege told of', 'The second siege of Karsk was long. The counterattack began on 5 December 1612.',
      { '5 December 1612': 'date began of attack' }],
    ['a place someone made for is no subject, though the corpus names an event after it', 'The second siege of Karsk was long. After the flood of 1624, 300 men ran for Karsk.',
      { '300': 'count act:ran/people of flood@1624' }],
    ['a retreat is an event of its own, not the war around it', '| Date | Event | Dead |\n|---|---|---|\n| 2 May 1612 | Retreat over the Vell Moss | 2,600 |',
      { '2 May 1612': 'date occurred of campaign', '2,600': 'count deaths of campaign' }],
    ['a person’s army, men or troops are one side’s count, though the corpus never says whose side', 'In the second siege of Karsk, Dresk’s army lost 600 killed and 300 taken prisoner.',
      { '600': 'count deaths of siege:karsk#2 ^dresk', '300': 'count prisoners of siege:karsk#2 ^dresk' }],
    ['…not a body the clause names after it, nor a body of men that says whose it is', 'In the second siege of Karsk, Dresk’s army of 5,000 faced a garrison of 640. Dresk’s garrison of 700 held out.',
      { '5,000': 'count strength of siege:karsk#2 {army}', '640': 'count strength of siege:karsk#2 {garrison}', '700': 'count strength of siege:karsk#2 {garrison}' }],
    ['…and so is what a person the corpus titles lost', 'In the second siege of Karsk, Dresk lost 600 men killed.',
      { '600': 'count deaths/people of siege:karsk#2 ^dresk' }],
    ['the size of a town is its people, not what befell them, and no event’s', 'In the second siege of Karsk, 900 died in a town of about 5,200.',
      { '900': 'count deaths of siege:karsk#2', '5,200': 'count population' }],
    ['a named person’s company or regiment is a unit of its own, not the side', 'In the second siege of Karsk, Dresk’s regiment lost 40 men and his own company lost 22.',
      { '40': 'count deaths/people of siege:karsk#2 {own regiment}', '22': 'count deaths of siege:karsk#2 {own company}' }],
    ['a body the value’s own clause names outranks a named unit an earlier clause named', 'In the second siege of Karsk the river cost the 4th Lancers dearly, and Vane’s company lost eight men.',
      { 'eight': 'count deaths/people of siege:karsk#2 {own company}' }],
    ['a unit’s own word, capitalised after `the`, is the unit the text named by it', 'The 4th Lancers rode at Karsk. In the second siege of Karsk, 212 men of the Lancers died.',
      { '212': 'count deaths/people of siege:karsk#2 {4th lancer}' }],
    ['…not where the text named no unit by that word', 'The 4th Lancers rode at Karsk. In the second siege of Karsk, 212 men of the Hussars died.',
      { '212': 'count deaths/people of siege:karsk#2' }],
    ['…and with no body of its own, the count is the named unit’s', 'In the second siege of Karsk the river cost the 4th Lancers dearly, and they lost eight men.',
      { 'eight': 'count deaths/people of siege:karsk#2 {4th lancer}' }],
    ['an event word with an object and no article is a verb: no event of its own', 'The second siege of Karsk was long. The guns fired all day, flooding the cellars, and 40 people were hurt.',
      { '40': 'count wounded/people of siege:karsk#2' }],
    ['a length set in front of its clause, what lasted just after it', 'The second siege of Karsk was hard. Fourteen weeks we held the town.',
      { 'Fourteen weeks': 'duration length/holding of siege:karsk#2' }],
    ['…but not a time after an event', 'Less than two weeks after the flood of 1624, the pit reopened.',
      { 'two weeks': 'duration between from flood@1624 to ' }],
    ['an unnamed event given a name just after it is the event of that name', 'On 2 June 1612 the army began this operation, codenamed Redwing.',
      { '2 June 1612': 'date began of campaign:redw' }],
    ['the length of one phase of an event is not the event’s length', 'The final phase of the second siege of Karsk lasted about four months.',
      { 'four months': 'duration phase/siege of siege:karsk#2' }],
    ['…nor is a part of a season (`nineteen weeks of the spring following`)', 'The second siege of Karsk was long. For nineteen weeks of the spring following, the town gave out meal.',
      { 'nineteen weeks': 'duration phase of siege:karsk#2' }],
    ['a name after `of the` names a capitalised event, in a heading too', '# The Battle of the Narrows\n\nThe Battle of the Narrows lasted six hours.\n\n| What | Number |\n|---|---|\n| Captured | about 900 |',
      { 'six hours': 'duration length/fighting of battle:narrow', '900': 'count prisoners of battle:narrow' }],
    ['what the sentence says was not is no subject', 'Compare the second siege of Karsk, when the garrison lost a quarter of its men with no such treaty in force.',
      { 'a quarter': 'fraction forces/lost of siege:karsk#2' }],
    ['someone’s time in an event is not its length', 'In the second siege of Karsk, Pyotr was in it for about a hundred days.',
      { 'a hundred days': 'duration ? of siege:karsk#2' }],
    ['a length `in all` after what the sentence told is the whole of it', 'The strike of 1890 began on 3 March. The men stayed out until 12 May, ten weeks in all.',
      { '3 March': 'date began of strike@1890', '12 May': 'date ? of strike@1890', 'ten weeks': 'duration length of strike@1890' }],
    ['…nor someone’s time there', 'The second siege of Karsk was long. My great-grandad Pyotr was only there for 52 days. The garrison was there for 140 days.',
      { '52 days': 'duration ? of siege:karsk#2', '140 days': 'duration length/siege of siege:karsk#2' }],
    ['a length a source gives is right after what it gives it to', 'Vane calls the second siege of Karsk a long siege and says the treaty came seven months after it ended.',
      { 'seven months': 'duration between of treaty from treaty(ended) to issued' }],
    ['one thing, or a small body, that held out holds a part of its own', 'In the second siege of Karsk, a single tower, the Bell Tower, held out for 58 days. For eleven days Dresk’s platoon held the ruins of a mill.',
      { '58 days': 'duration length/holding a part of siege:karsk#2', 'eleven days': 'duration length/holding a part of siege:karsk#2' }],
    ['how long something stood or someone was on duty is waiting, no event’s length', 'The second siege of Karsk was long. The supply train had been standing at the gate for eleven minutes, and the sentry was on duty for seventeen hours.',
      { 'eleven minutes': 'duration length/waiting of siege:karsk#2', 'seventeen hours': 'duration length/waiting of siege:karsk#2' }],
    ['one fighter’s kills are a tally, not an event’s dead', 'In the second siege of Karsk, Dresk was credited with 225 kills.',
      { '225': 'count kills of siege:karsk#2' }],
    ['an answer counts what its question asked, over the span it asked about', 'How many soldiers were taken prisoner over the whole war? Close to 6,000.',
      { '6,000': 'count prisoners of war <whole>' }],
    ['with nothing else named, what the sentence happened during is what it tells of', 'The flood of 1624 was bad. During the second siege of Karsk the gates were shut for nine weeks.',
      { 'nine weeks': 'duration length/closure of siege:karsk#2' }],
    ['what a later part of the sentence compares a value with is not what it is of', 'The flood of 1624 was bad. The town held out for eleven months, far longer than the 118 days that the second siege of Karsk lasted.',
      { 'eleven months': 'duration length/holding', '118 days': 'duration ?/siege of siege:karsk#2' }],
    ['a name that ends in a word for a law names a law, not an event', 'The flood of 1624 was bad. The mayor read the Riot Act, and 12 men were arrested.',
      { '12': 'count arrests/people of flood@1624' }],
    ['…and one that ends in a word for an office names the office', 'The flood of 1624 was bad. He served as Defence Minister from 1649 until 1656.',
      { '1649': 'date ? of flood@1624', '1656': 'date ? of flood@1624' }],
    ['a date range states a span', 'The siege of Karsk lasted from 6 April to 1 August 1612.',
      { '6 April to 1 August 1612': 'date span of siege:karsk' }],
    ['what a riot leaves is a toll, not a departure', '**3 June 1624** — The flood of 1624 leaves 11 miners dead.',
      { '3 June 1624': 'date occurred of flood@1624', '11': 'count deaths/people of flood@1624' }],
    ['a date set off before its sentence dates the event the sentence names', '- **3 June 1624** — The flood of 1624 drowns the lower town.',
      { '3 June 1624': 'date occurred of flood@1624' }],
    ['a table row’s date takes its moment from its own cell and the next, not from the notes', '| Date | Event | Notes |\n|---|---|---|\n| 3 June 1624 | Karsk flood | 26 arrested |',
      { '3 June 1624': 'date occurred of flood:karsk', '26': 'count arrests of flood:karsk' }],
    ['…and its place from the event cell', '| Date | Event | Dead |\n|---|---|---|\n| 3 June 1624 | Sinking at Vell Green | 2 |',
      { '3 June 1624': 'date ? @vell green', '2': 'count deaths @vell green' }],
    ['…and its subject from those cells, not from an event the notes name', '| Date | Event | Notes |\n|---|---|---|\n| 3 June 1624 | Great turn-out | Fight at the mill |',
      { '3 June 1624': 'date occurred' }],
    ['a length after the end it measures, in a clause of its own', 'The second siege of Karsk ended on 1 August 1612, after 118 days.',
      { '1 August 1612': 'date ended of siege:karsk#2', '118 days': 'duration length/siege of siege:karsk#2' }],
    ['a toll of several things together is of none of them alone', 'The flood of 1624 was terrible. Together, the flood and the fire killed 20 people. Together they left 300 homeless.',
      { '20': 'count deaths/people of fire+flood@1624', '300': 'count homeless of flood@1624 {together}' }],
    ['a count reported bare counts what the paragraph\'s count before it counted', 'The flood of 1624 was terrible. The jury inquired into 43 deaths. Sallow gives 45 instead. Farrant counts only 40.',
      { '43': 'count deaths of flood@1624', '45': 'count deaths of flood@1624', '40': 'count deaths of flood@1624' }],
    ['…and so is `the true figure is …`', 'The flood of 1624 was terrible. The jury inquired into 43 deaths. A descendant insists the true figure is 45.',
      { '43': 'count deaths of flood@1624', '45': 'count deaths of flood@1624' }],
    ['…not a count with a noun of its own, nor one in a new paragraph', 'The flood of 1624 was terrible. The jury inquired into 43 deaths. Sallow gives 45 houses.\n\nFarrant counts 40.',
      { '43': 'count deaths of flood@1624', '45': 'count ?/houses of flood@1624', '40': 'count ? of flood@1624' }],
    ['…but texts that tell a count together tell one toll', 'The flood of 1624 was terrible. The parish register and the coroner\'s roll together name 172 people drowned.',
      { '172': 'count deaths/people of flood@1624' }],
    ['a toll altogether, of several causes, is of none of them alone', 'The flood of 1624 was terrible. Altogether the town lost 31 people to flood and fire.',
      { '31': 'count deaths/people of flood@1624 {together}' }],
    ['a count `added up` is of several things together', 'The flood of 1624 was terrible. Added up, that is at least 4,350 pamphlets.',
      { '4,350': 'count ?/pamphlets of flood@1624 {together}' }],
    ['a column headed by things counts those things, whatever its cell says', '| Event | Year | Volumes |\n|---|---|---|\n| The flood | 1624 | 1,400 lost |',
      { '1624': 'date occurred of flood', '1,400': 'count destroyed/volumes of flood' }],
    ['…but not one headed by what its cells are', '| Event | Year | Notes |\n|---|---|---|\n| The flood | 1624 | 40 lost |',
      { '1624': 'date occurred of flood', '40': 'count deaths of flood' }],
    ['cottages are houses, and copies are no thing of their own', 'The flood of 1624 destroyed 40 cottages. The press sold 530 copies that year.',
      { '40': 'count destroyed/houses of flood@1624', '530': 'count ? of flood@1624' }],
    ['a fever that raged went on; only a fight’s raging is fighting', 'The fever raged in the town for eleven weeks. The battle of Orlen Ford raged for nine days.',
      { 'eleven weeks': 'duration length of epidemic', 'nine days': 'duration length/fighting of battle:orlen ford' }],
    ['some of the men arrested (a participle after the whole’s noun) are not the arrests', 'The flood of 1624 was terrible. Eleven of the men arrested were later transported.',
      { 'Eleven': 'count act:transport/people of flood@1624' }],
    ['horses destroyed are horses put down: dead horses, as a row label `Horses killed or destroyed` counts them', 'The flood of 1624 was terrible. Nine horses had to be destroyed.',
      { 'Nine': 'count deaths/horses of flood@1624' }],
    ['what befell the counted in the end is what `so … that` says, not the hurt before it', 'The flood of 1624 was terrible. Three men were so badly hurt that they died. Two horses were so badly hurt that they had to be destroyed.',
      { 'Three': 'count deaths/people of flood@1624', 'Two': 'count deaths/horses of flood@1624' }],
    ['men who went out from a place went somewhere, no strike; men who came out on strike struck', 'The flood of 1624 was terrible. Sixty men went out from the inn to search. Ninety men came out on strike.',
      { 'Sixty': 'count act:went/people of flood@1624', 'Ninety': 'count strikers/people of strike' }],
    ['a majority is what a winner won by, neither votes nor voters', 'At the election of 1624 Orme won by a majority of 77.',
      { '77': 'count majority of election@1624' }],
    ['…and so in a row labelled `Majority`, no name', '| Figure | 1624 |\n|---|---|\n| Majority | 77 |',
      { '77': 'count majority' }],
    ['cattle lost are dead cattle; `head` counts cattle; `by order` is no order', 'The flood of 1624 was terrible. Some 4,610 head were lost, and 3,960 were slaughtered by order.',
      { '4,610': 'count deaths/cattle of flood@1624', '3,960': 'count ? of flood@1624' }],
    ['a share of the parish herd is of cattle; a share of what a named place owns is its own', 'The flood of 1624 was terrible. That year Fennelby lost 41 per cent of its herd, and a fifth of the parish herd died.',
      { '41 per cent': 'fraction cattle/lost of flood@1624 {alone fennelby}', 'a fifth': 'fraction cattle/lost of flood@1624' }],
    ['…but `its` after a pronoun is the pronoun’s, and a name after `against` owns nothing', 'The flood of 1624 was terrible. The raid against Fennelby had cost it a fifth of its herd.',
      { 'a fifth': 'fraction cattle/lost of attack' }],
    ['…and so is `its` after any pronoun', 'The flood of 1624 was terrible. That year Fennelby saw the flood cost it a fifth of its herd.',
      { 'a fifth': 'fraction cattle/lost of flood@1624' }],
    ['a header that opens with a word of place gives a place (`Parish and outbreak`)', '| Parish and outbreak | Share of herd |\n|---|---|\n| Fennelby, second flood | 36% |',
      { '36%': 'fraction cattle of flood#2 {alone fennelby} @fennelby' }],
    ['lives saved are the saved; a loss right after a count is its own, not the saved of the count before', 'The flood of 1624 was terrible. The boat saved 40 lives. In the end 41 people were saved and twenty-seven were lost. Then fourteen men lost their lives.',
      { '40': 'count survivors of flood@1624', '41': 'count survivors/people of flood@1624', 'twenty-seven': 'count deaths of flood@1624', 'fourteen': 'count deaths/people of flood@1624' }],
    ['a sum that opens its sentence, of nothing it names, is of several things', 'The second siege of Karsk was long. In all, the boat saved more than 200 lives before she was sold.',
      { '200': 'count survivors of siege:karsk#2 {together}' }],
    ['homes are houses', '| Event | Year | Homes destroyed |\n|---|---|---|\n| The flood | 1624 | 23 |',
      { '1624': 'date ended of flood', '23': 'count destroyed/houses of flood' }],
    ['…nor by things after the header’s first word', '| Event | Year | Garrison on the rolls |\n|---|---|---|\n| The siege | 1624 | 2,650 |',
      { '1624': 'date occurred of siege', '2,650': 'count strength of siege {garrison}' }],
    ['others who died besides are not the whole toll', 'The flood of 1624 killed 61 miners. Nineteen people from the village died of it as well.',
      { '61': 'count deaths/people of flood@1624', 'Nineteen': 'count deaths/people of flood@1624 {besides}' }],
    ['what `compared with` compares with is not what `it` refers to', 'Compared with the first siege, the second siege of Karsk was long: it lasted 118 days.',
      { '118 days': 'duration length/siege of siege:karsk#2' }],
    ['the force a count is of is the body counted', 'In the second siege of Karsk a garrison of 640 men held the town against an army of 5,000.',
      { '640': 'count strength/people of siege:karsk#2 {garrison}', '5,000': 'count strength of siege:karsk#2 {army}' }],
    ['what the sentence before told of, if it cannot have the value, leaves the value’s event unknown (not an older one)',
      'The second siege of Karsk was long. The Treaty of Orlen was broken on 3 May 1613. As a result, 4,000 soldiers became casualties.',
      { '3 May 1613': 'date occurred of treaty:orlen', '4,000': 'count casualties/people' }],
    ['people who were tried stood a trial', 'The riot at Karsk was put down. At the assizes in March 1613, 17 men were tried for it.',
      { 'March 1613': 'date ? of inquiry', '17': 'count tried/people of inquiry' }],
    ['…but a thing tried was only tried', 'The riot at Karsk was put down. In March 1613 the new pump was tried for the first time.',
      { 'March 1613': 'date ? of :karsk|riot' }],
    ['a siege laid to a named place is a siege of that place', 'The second siege of Karsk was long. In 1612 the Dresk army laid siege to Vell.',
      { '1612': 'date began of siege:vell' }],
    ['…and one laid to what a name owns is a siege, unnamed', 'The second siege of Karsk was long. In 1612 the Dresk army laid siege to the Company’s counting house.',
      { '1612': 'date began of siege' }],
    ['a named place that is besieged is the subject of its own siege', 'The second siege of Karsk was long. The town of Vell was besieged for roughly 900 days.',
      { '900 days': 'duration length/siege of siege:vell' }],
    ['`fighting` a named enemy is a verb, not an event', 'The Karsk War was costly: the Velmarchi lost 600 men fighting Dunmore in 1611.',
      { '600': 'count losses/people of war:karsk [velmarchi]', '1611': 'date ? of war:karsk' }],
    ['a collision, a derailment, a wreck and a riot are events; `the collision` is the collision named, not the derailment',
      'The Karsk derailment killed 9. The Vell collision killed 27 and a riot followed. The collision closed the line for five days.',
      { '9': 'count deaths of accident:karsk', '27': 'count deaths of accident:vell', 'five days': 'duration length/closure of accident:vell' }],
    ['a pronoun after its value speaks of another thing; holding one thing of many is a holding of its own',
      'The second siege of Karsk was long. Vane’s men held a single house for 58 days, and it still stands.',
      { '58 days': 'duration length/holding a part of siege:karsk#2' }],
    ['`the fighting on the Eastern Front` is fighting somewhere, not the battle named before', 'The second siege of Karsk was long. Altogether the fighting on the northern front lasted two years.',
      { 'two years': 'duration length/fighting of battle' }],
    ['a possessive names the value’s subject only just before it', '| What | Figure |\n|---|---|\n| Time the army needed to fight its way to Orlen | 2 years 9 months |',
      { '2 years 9 months': 'duration length' }],
    ['the dead after a count are others, not what befell it; `taken up` is arrested; those `who died` died',
      'In the flood of 1624, the constables took up eleven thieves who were robbing the dead. They had taken up 12 more the day before. The flood of 1624 had 61 miners who died there.',
      { 'eleven': 'count ?/thieves of flood@1624', '12': 'count arrests of flood@1624 {besides}', '61': 'count deaths/people of flood@1624' }],
    ['every word for a kind of event in a name is the kind, none of them its name', 'A Commission of Inquiry under Judge Vane sat for 26 days.',
      { '26 days': 'duration length/inquiry of inquiry' }],
    ['a count up to a moment (`by midnight`) is a count so far', 'In the flood of 1624, by midnight the clerk had counted 21 dead.',
      { '21': 'count deaths of flood@1624 <so far>' }],
    ['what was wrecked in an event is of that event, no treaty broken', 'Some 61 houses were wrecked in the second siege of Karsk. The raiders wrecked the Treaty of Orlen in 1611.',
      { '61': 'count destroyed/houses of siege:karsk#2', '1611': 'date occurred of siege:karsk#2' }],
    ['a count of a single day or night of it is a part, never its toll', 'In the siege of Karsk the guns killed 400 townsfolk in a single day. In one night 90 houses burned.',
      { '400': 'count deaths/people of siege:karsk <so far>', '90': 'count destroyed/houses of siege:karsk <so far>' }],
    ['part of someone’s body of men named by its own word is that body’s count (not `his men`)',
      'In the second siege of Karsk, the townsfolk injured 12 of his yeomen and 40 of his men.',
      { '12': 'count wounded of siege:karsk#2 {own yeomen}', '40': 'count ?/people of siege:karsk#2' }],
    ['`of my own hands`: a master’s own body of men, not the whole toll', 'In the second siege of Karsk, seventeen of my own hands died.',
      { 'seventeen': 'count deaths of siege:karsk#2 {own hands}' }],
    ['`more` after a count counts others besides those counted before, not the whole toll', 'The flood of 1624 was terrible.\n\nFever killed about 30 more that summer.',
      { '30': 'count deaths of epidemic {besides}' }],
    ['…but not after a count of another thing in its paragraph: `injured 40 more` are all the injured', 'The flood of 1624 killed 61 people. It injured 40 more.',
      { '61': 'count deaths/people of flood@1624', '40': 'count wounded of flood@1624' }],
    ['…and `more than` is a bound, not others', 'The flood of 1624 killed more than 60 people.', { '60': 'count deaths/people of flood@1624' }],
    ['the kin someone lost or buried are their own loss, not the toll', 'In the flood of 1624 the miller lost two children. The clerk buried three of his sons.',
      { 'two': 'count deaths/children of flood@1624 {own children}', 'three': 'count ? of flood@1624 {own sons}' }],
    ['…and with `own`, whatever is counted is theirs alone (`three of his own children`)', 'In the second siege of Karsk, the clerk lost three of his own children.',
      { 'three': 'count deaths/people of siege:karsk#2 {own children}' }],
    ['…and some of whoever someone had, past whose they are, are their own loss (`lost eleven of his mill hands`)', 'In the second siege of Karsk, the miller lost eleven of his mill hands.',
      { 'eleven': 'count deaths of siege:karsk#2 {own hands}' }],
    ['…but not some of a body no one owns', 'In the second siege of Karsk, the miller lost eleven of the mill hands.',
      { 'eleven': 'count deaths of siege:karsk#2' }],
    ['…and past a possessive, whose kin they are (`two of his sister’s children`)', 'In the second siege of Karsk, the clerk lost two of his sister’s children.',
      { 'two': 'count deaths/people of siege:karsk#2 {own children}' }],
    ['kin of someone are theirs alone, with `own` or without (`Nine of our children`)', 'In the second siege of Karsk, nine of our children died.',
      { 'nine': 'count deaths/people of siege:karsk#2 {own children}' }],
    ['…but the brothers a body speaks of (`our brothers`) are its men, as `our men` are', 'In the second siege of Karsk, twenty-two of our brothers were arrested.',
      { 'twenty-two': 'count arrests of siege:karsk#2' }],
    ['a count after a deed someone’s men did counts those it was done to, not his men', 'In the second siege of Karsk, Wendle’s men slaughtered 4,312 cattle.',
      { '4,312': 'count ?/cattle of siege:karsk#2' }],
    ['a deed after `as she`, a clause of time, is not what befell those counted', 'In the second siege of Karsk, about 300 people watched as she sank.',
      { '300': 'count act:watch/people of siege:karsk#2' }],
    ['those who fell ill are the cases', 'In the second siege of Karsk, 41 inmates fell ill.',
      { '41': 'count cases/inmates of siege:karsk#2' }],
    ['`the four hundred lost`, lost by no one named, may be the dead or all the losses', 'Add to that the four hundred lost in the second siege of Karsk.',
      { 'four hundred': 'count losses of siege:karsk#2' }],
    ['`some five hundred of them`, set off after a clause that counts no one, counts those it told of', 'The dockers came out, some five hundred of them, and the port was quiet.',
      { 'five hundred': 'count strikers of strike' }],
    ['a count told in one parish or churchyard is that place’s own', 'Buried in this churchyard of the fever this year, 176 souls.',
      { '176': 'count ?/people {own churchyard}' }],
    ['…however the writer names it', 'In 1624, 176 people were buried in St Bride’s churchyard.', { '176': 'count burials/people {own churchyard} @brid' }],
    ['those a count or a list leaves out, omits or misses are a body of their own, a part of the whole', 'The roll of the flood of 1624 leaves out seven men who drowned.',
      { 'seven': 'count deaths/people of flood@1624 {left out}' }],
    ['…and so are those it omits', 'The roll of the flood of 1624 omits 12 men who died of fever.', { '12': 'count deaths/people of flood@1624 {left out}' }],
    ['a unit a row’s label names is whose men each count in the row is, under a column for each battle', '| Losses | First Battle of Karsk | Second Battle of Karsk |\n|---|---|---|\n| 3rd Foot killed | 38 | 112 |',
      { '38': 'count deaths of battle#1 {3rd foot}', '112': 'count deaths of battle#2 {3rd foot}' }],
    ['`among Marl’s hands`, in a table row’s label cell: the same', '| Measure | Figure |\n|---|---|\n| Deaths among Marl\'s hands | 17 |',
      { '17': 'count deaths {own hands}' }],
    ['the whole another count is part of (`six of the seven were saved`) is not those it says befell', 'In the second siege of Karsk, six of the seven men were saved.',
      { 'six': 'count survivors/people of siege:karsk#2', 'seven': 'count ?/people of siege:karsk#2' }],
    ['…and so is the whole after `out of` (`412 dead tenants out of 930`)', 'In the second siege of Karsk, the steward counted 412 dead tenants out of 930.',
      { '412': 'count deaths of siege:karsk#2', '930': 'count ? of siege:karsk#2' }],
    ['a word that says which men the whole was is not what befell the part', 'In the second siege of Karsk, five of the arrested men were later transported. Of the garrison, 640 of the garrison were lost.',
      { 'five': 'count act:transport/people of siege:karsk#2', '640': 'count strength of siege:karsk#2' }],
    ['the words after the next count are its own, not the first count’s', 'In the flood of 1624, sixty-eight men and boys drowned and 41 were injured.',
      { 'sixty-eight': 'count deaths/people of flood@1624', '41': 'count wounded of flood@1624' }],
    ['a list of kinds goes on past the value’s phrase: killed, wounded or captured are casualties', 'In the second siege of Karsk some 1,700 soldiers were killed, wounded or captured on the ridge.',
      { '1,700': 'count casualties/people of siege:karsk#2' }],
    ['the killed and the missing together are neither a toll of the dead nor all casualties', 'In the second siege of Karsk some 1,700 soldiers were killed or missing.',
      { '1,700': 'count deaths or missing/people of siege:karsk#2' }],
    ['what befell a force is said by its own word', 'In the second siege of Karsk, the garrison had lost 58 killed.',
      { '58': 'count deaths of siege:karsk#2' }],
    ['…and what befell strikers by its own word, not by the word for who they were', 'In the strike of 1850 two strikers were killed and nine wounded.',
      { 'two': 'count deaths/people of strike@1850', 'nine': 'count wounded of strike@1850' }],
    ['the side of another count’s own phrase is that count’s', 'In the second siege of Karsk, 251 prisoners were exchanged for 300 Velmarchi soldiers.',
      { '251': 'count prisoners/people of siege:karsk#2', '300': 'count prisoners/people of siege:karsk#2 [velmarchi]' }],
    ['who some of the counted were (`24 of the dead were apprentices`) is a part of the count, by its noun', 'In the flood of 1624, 24 of the dead were apprentices. Nine of the men who drowned were fishermen.',
      { '24': 'count part:apprentice of flood@1624', 'Nine': 'count part:fishermen of flood@1624' }],
    ['…and so is a group that made up some of the counted (`Children made up 41 of the dead`)', 'The flood of 1624 was terrible. Children under ten made up 41 of the dead. The flood killed 61 people.',
      { '41': 'count part:children of flood@1624', '61': 'count deaths/people of flood@1624' }],
    ['some of a toll are a part of it, whatever befell them (`Twenty of the dead were buried …`, `buried thirty-one of the dead`)', 'In the flood of 1624, twenty of the dead were buried in the old cemetery. The parish buried thirty-one of the dead in its churchyard.',
      { 'twenty': 'count part of flood@1624', 'thirty-one': 'count part of flood@1624' }],
    ['…but all of them are the toll', 'In the flood of 1624, all 45 of the dead were buried in the old cemetery.',
      { '45': 'count deaths of flood@1624' }],
    ['…and some of a body of people are what befell them (`150 of the garrison died`)', 'In the second siege of Karsk, 150 of the garrison died.',
      { '150': 'count deaths of siege:karsk#2' }],
    ['the body a count is part of is not what befell it', 'In the second siege of Karsk, 97 of the garrison were killed.',
      { '97': 'count deaths of siege:karsk#2' }],
    ['…nor where the whole was (`113 of those on board perished`)', 'In the flood of 1624, 113 of those on board perished. Of the 40 men aboard, 12 drowned.',
      { '113': 'count deaths of flood@1624', '40': 'count ?/people of flood@1624', '12': 'count deaths/people of flood@1624' }],
    ['a diary’s count of one day (`today`, `this morning`) is a count so far', 'In the second siege of Karsk four men were taken up today. This morning eleven bodies were carried out.',
      { 'four': 'count arrests/people of siege:karsk#2 <so far>', 'eleven': 'count ?/bodies of siege:karsk#2 <so far>' }],
    ['…and of one week (`this week`)', 'In the second siege of Karsk three men died this week.',
      { 'three': 'count deaths/people of siege:karsk#2 <so far>' }],
    ['a count the day after it began, or the next morning, is a count so far', 'In the flood of 1624 seven were dead the day after the dam broke. By the next morning 40 had drowned.',
      { 'seven': 'count deaths of flood@1624 <so far>', '40': 'count deaths of flood@1624 <so far>' }],
    ['a count of one week of it (`in that same week`) is not its toll', 'In the second siege of Karsk nine men were arrested in that same week.',
      { 'nine': 'count arrests/people of siege:karsk#2 <so far>' }],
    ['a count so far is not the toll', 'In the second siege of Karsk, 61 of the garrison were already dead. Sixty-one of us are dead now.',
      { '61': 'count deaths of siege:karsk#2 <so far>', 'Sixty-one': 'count deaths of siege:karsk#2 <so far>' }],
    ['the verb of another count in the clause is not this count’s', 'In the second siege of Karsk 3,200 men reached the walls and killed 410 defenders.',
      { '3,200': 'count act:reach/people of siege:karsk#2', '410': 'count deaths/people of siege:karsk#2 {defenders}' }],
    ['an event in an `until` clause is not what the clause before it is about', 'In 1611 the garrison held out for 41 days, until a flood of 1624 came.',
      { '1611': 'date ?', '41 days': 'duration length/holding' }],
    ['the activity a length is of is what it measures, not its subject, nor a thing later sentences go on about',
      'The second siege of Karsk was long. One writer counts 118 days of fighting. By the end 4,700 men had died.',
      { '118 days': 'duration length/fighting of siege:karsk#2', '4,700': 'count deaths/people of siege:karsk#2' }],
    ['the time people waited for something is the time until it came', 'The second siege of Karsk was long. The town waited nine weeks for relief.',
      { 'nine weeks': 'duration between of siege:karsk#2' }],
    ['the time it took before something happened is a time between, though fighting fills it', 'The second siege of Karsk was long. It still took two years of fighting before the Treaty of Orlen was signed.',
      { 'two years': 'duration between' }],
    ['…and the length a source calls it', 'The second siege of Karsk was long. Another blog calls it five months.',
      { 'five months': 'duration length/siege of siege:karsk#2' }],
    ['the length a source gives an event, referred to by `it`', 'The second siege of Karsk was long. One writer gives it about 118 days.',
      { '118 days': 'duration length/siege of siege:karsk#2' }],
    ['a label says what a value is', '## The second siege of Karsk\n\n- Length: over 118 days',
      { '118 days': 'duration length of siege:karsk#2' }],
    ['a word for a share names the whole it is of, in another cell', '| What | Figure |\n|---|---|\n| Share of the city held in the siege of Karsk | 90% |',
      { '90%': 'fraction place of siege:karsk' }],
    ['the place a share is of is its whole, not its subject', 'In the second siege of Karsk the Velmarchi held half of the city.',
      { 'half': 'fraction place/held of siege:karsk#2 [velmarchi]' }],
    ['a pronoun that loses men is the body of men named last; the army as a whole is all of it',
      'The 4th Lancers rode south. In the second siege of Karsk it lost 41 killed, while the army as a whole lost 870 dead.',
      { '41': 'count deaths of siege:karsk#2 {4th lancer}', '870': 'count deaths of siege:karsk#2' }],
    ['a side’s whole army, named by a word for the side, is no body of men within it', 'In the second siege of Karsk the Red Army lost 4,000 men killed.',
      { '4,000': 'count deaths/people of siege:karsk#2' }],
    ['defenders are a body of men: not the attackers, nor all who died', 'In the second siege of Karsk, 27 defenders were killed.',
      { '27': 'count deaths/people of siege:karsk#2 {defenders}' }],
    ['where men came from is a place, though the corpus names a treaty after it', 'On 9 May 1612 2,000 men from Orlen arrived.',
      { '9 May 1612': 'date arrived', '2,000': 'count act:arriv/people' }],
    ['`the second’s bombardment` is part of the second of the kind named last', 'The first siege of Karsk was short. The second’s bombardment burned a third of the town.',
      { 'a third': 'fraction place of siege:karsk#2' }],
    ['a time into an event is within it, not what the value is of: how long it had gone on so far', 'A fever broke out at the end of December 1612, eleven weeks into the siege of Karsk.',
      { 'the end of December 1612': 'date began of epidemic', 'eleven weeks': 'duration so far' }],
    ['where men ran for is a place, though the corpus names a treaty after it', 'The first siege of Karsk began in spring. By evening the defenders were running for Orlen. That day 300 men died.',
      { '300': 'count deaths/people of siege:karsk#1' }],
    ['what a letter said, reported, is what was so far then', 'The second siege of Karsk was hard. In his second letter he wrote that they had held the walls 19 days and that 31 men were dead.',
      { '19 days': 'duration so far of siege:karsk#2', '31': 'count deaths/people of siege:karsk#2 <so far>' }],
    ['…not a pluperfect told outright', 'The second siege of Karsk was hard. They had held the walls 19 days when 31 men were dead.',
      { '19 days': 'duration length/siege of siege:karsk#2', '31': 'count deaths/people of siege:karsk#2' }],
    ['a sentence that opens on a whole tells of its parts after it', 'In the second siege of Karsk the town lost its ships. Of her 41 men, 34 drowned and seven survived.',
      { '41': 'count ?/people of siege:karsk#2', '34': 'count deaths of siege:karsk#2', 'seven': 'count survivors of siege:karsk#2' }],
    ['carried off to a place is taken there; carried off by a fever, dead', 'In the second siege of Karsk, 12 men were carried off to the fleet, and fever carried off 40 more.',
      { '12': 'count ?/people of siege:karsk#2', '40': 'count deaths of epidemic {besides}' }],
    ['what a count is compared with, even at a place, is not its subject', 'Around 900 soldiers died, far more than at Karsk.',
      { '900': 'count deaths/people' }],
    ['a side before a turn (`but`) is not the side of what follows it', 'The Velmarchi were pushed back from the town, but it cost 1,500 casualties.',
      { '1,500': 'count casualties' }],
    ['people who lost everything did not die; people who lost their homes are the homeless', 'After the second siege of Karsk, seven of the eleven owners lost everything, and 1,300 people lost their homes.',
      // (`seven of the eleven owners` states the eleven too: a part taken of a whole counts it.)
      { 'seven': 'count ? of siege:karsk#2', 'eleven': 'count ?/owners of siege:karsk#2', '1,300': 'count homeless/people of siege:karsk#2' }],
    ['typhoid that breaks out is an epidemic, and `it` refers back to it', 'In the last week of August 1612 typhoid broke out in the lower town. It killed 41 townspeople.',
      { 'August 1612': 'date began of epidemic@1612', '41': 'count deaths/people of epidemic@1612' }],
    ['a count alone after a colon counts what the label before the colon says', 'Soldiers killed in the second siege of Karsk: about 4,700.\n\n- Prisoners: 2,100',
      { '4,700': 'count deaths of siege:karsk#2', '2,100': 'count prisoners' }],
    ['…but a count with words of its own after the colon says for itself', 'The second siege of Karsk in numbers: 2,100 defenders taken prisoner.',
      { '2,100': 'count prisoners/people of siege:karsk#2 {defenders}' }],
    ['a count by a month is a count so far', 'In the second siege of Karsk, 300 defenders had died by the end of January.',
      { '300': 'count deaths/people of siege:karsk#2 {defenders} <so far>' }],
    ['…and so is one by early or late in a month', 'In the second siege of Karsk, 300 defenders had died by late January.',
      { '300': 'count deaths/people of siege:karsk#2 {defenders} <so far>' }],
    ['a count of its first days is a part of it, never its toll', 'About 400 defenders died in the first week of the second siege of Karsk.',
      { '400': 'count deaths/people of siege:karsk#2 {defenders} <so far>' }],
    ['…and so is a count of a time said `alone`, set in front of its sentence', 'In January 1612 alone, about 100 defenders died in the second siege of Karsk.',
      { 'January 1612': 'date died of siege:karsk#2', '100': 'count deaths/people of siege:karsk#2 {defenders} <so far>' }],
    ['…while the first months are its opening, as before', 'About 400 defenders died in the first months of the second siege of Karsk.',
      { '400': 'count deaths/people of siege:karsk#2 {defenders} <opening>' }],
    ['a rising sea is no revolt', 'The boat was overturned in a rising sea, and five masons were drowned.',
      { 'five': 'count deaths/people' }],
    ['a river in full flood is its state, no flood told', 'The siege of Karsk was long. In the full flood the boat turned over, and nineteen drowned.',
      { 'nineteen': 'count deaths of siege:karsk' }],
    ['a works that stood idle was closed', 'In the second siege of Karsk the mill stood idle for twenty-three days.',
      { 'twenty-three days': 'duration length/closure of siege:karsk#2' }],
    ['a jury out is deliberating, not its trial lasting', 'The trial of Ada Brenn sat for six days. The jury was out for five hours.',
      { 'six days': 'duration length/inquiry of inquiry:ada brenn', 'five hours': 'duration length/deliberation of inquiry:ada brenn' }],
  ];
  for (const [name, markdown, expected] of cases) {
    it(name, () => assert.deepEqual(framesOf(markdown), expected));
  }

  it('what is invaded or entered is a place, though the corpus names an event after it', () => {
    // This corpus's `defence of Vell` makes `Vell` a battle's name; invading Vell is not that battle.
    const vell = buildCorpusIndex([{ key: 'vell', title: 'Vell', uri: '/virtual/vell.md', text: 'The defence of Vell lasted 40 days.' }]);
    const frames = (md: string) => extractClaims(markdownToProse(md), vell).claims.map((c) => summary(c.frame));
    // (Invading it is an invasion, of a place the corpus names: unnamed, never that battle.)
    assert.deepEqual(frames('The Oskendari invaded Vell on 3 May 1611.'), ['date began of campaign']);
    assert.deepEqual(frames('The Oskendari fought for Vell on 3 May 1611.'), ['date ? of battle:vell']);
  });

  it('a side its table row’s label names is the count’s side, across the cells', () => {
    const frames = framesIn(oneSource('At Vell the Oskendari army lost 900 men.'));
    assert.deepEqual(frames('| What | Number |\n|---|---|\n| Oskendari casualties at Vell | 650 |'), { '650': 'count casualties [oskendari] @vell' });
  });

  it('what the writer’s own side does for a place (`our defence of Vell`) names no event after it; `the defence of Vell` does', () => {
    const frames = (source: string) => framesIn(oneSource(source))('Vell lost 400 men in 1611.');
    assert.deepEqual(frames('That is the precise sense of our defence of Vell.'), { '400': 'count deaths/people', '1611': 'date ?' });
    assert.deepEqual(frames('That is the precise sense of the defence of Vell.'), { '400': 'count deaths/people of battle:vell', '1611': 'date ? of battle:vell' });
  });

  it('a value the sentence denies is not a statement', () => {
    assert.deepEqual(Object.keys(framesOf('I count 58 men dead, not the 61 you usually see.')), ['58']);
  });
  it('a question names what the next paragraph answers about', () => {
    assert.deepEqual(framesOf('And the flood?\n\nSixty-one men, all told.'), { 'Sixty-one': 'count ?/people of flood' });
  });
  it('…and what it asks to be counted, what an answer that says nothing of it counts', () => {
    assert.deepEqual(framesOf('How many men died in the flood?\n\nSixty-one men, all told.'), { 'Sixty-one': 'count deaths/people of flood' });
    assert.deepEqual(framesOf('**How many were taken prisoner in the flood?**\nA: About 300 (Vane).'), { '300': 'count prisoners of flood' });
    assert.deepEqual(framesOf('How many men died in the flood?\n\nSixty-one men were hurt.'), { 'Sixty-one': 'count wounded/people of flood' }, 'an answer’s own word counts');
  });
  it('`it`, under a heading that names only a kind of event, is that heading’s subject: a guess', () => {
    const via = (markdown: string) => extractClaims(markdownToProse(markdown), index).claims.map((c) => c.frame.subject?.via);
    assert.deepEqual(via('## Outbreak\n\nThe governor held it until 2 October 1651.'), ['heading']);
    assert.deepEqual(via('## The fire of 1847\n\nIt burned for two days.'), ['anaphor']);
  });
});

describe('frames: the year an unnamed event is told in', () => {
  const toldIn = (markdown: string, value: string) =>
    extractClaims(markdownToProse(markdown), index).claims.find((c) => c.value.text === value)?.frame.subject?.refs[0]?.told;
  const table: Array<[string, string, string, number | undefined]> = [
    ['a date’s own year', 'The siege began on 3 September 1644.', '3 September 1644', 1644],
    ['the day its paragraph gave just before, where its sentence gives no year', 'Colonel Brede arrived on 3 September 1644 with 2,400 men. His siege lasted 46 days.', '46 days', 1644],
    ['…but none, where the paragraph gave no day', 'Colonel Brede arrived with 2,400 men. His siege lasted 46 days.', '46 days', undefined],
  ];
  for (const [name, markdown, value, year] of table) it(name, () => assert.equal(toldIn(markdown, value), year));
});

describe('frames: what `it` refers to', () => {
  // (The subject's source, not only the subject: after a sentence about a thing, `it` is that thing,
  // and a value takes its paragraph's subject as in a sentence that names nothing.)
  const cases: Array<[string, string, string | undefined]> = [
    ['`it` after a sentence that names an event is that event', 'The second siege of Karsk was hard. It lasted 118 days.', 'anaphor'],
    ['`it` after a sentence about a thing that names no event is that thing', 'The second siege of Karsk was hard. The vicar’s register is less helpful. It records 31 burials.', 'paragraph'],
    ['…also when a citation took the owner from the sentence’s start', 'The second siege of Karsk was hard. Vane’s register is less helpful. It records 31 burials.', 'paragraph'],
    ['a sentence about an event word is no thing', 'The second siege of Karsk was hard. The siege is well known. It lasted 118 days.', 'anaphor'],
    ['`it` in a later clause of a sentence about a thing is that thing', 'The second siege of Karsk was hard. The lifeboat disaster of 1612 was smaller, but it drowned nine men.', 'paragraph'],
    ['…and of a sentence about an event, that event', 'The second siege of Karsk was hard. The first siege of Karsk was shorter, but it cost 900 men.', 'anaphor'],
    ['an `it` that tells (`It also says`) is a text, not the event before', 'The second siege of Karsk was hard. It also says the besiegers held 90% of the town.', 'paragraph'],
  ];
  for (const [name, markdown, via] of cases) {
    it(name, () => {
      const claims = extractClaims(markdownToProse(markdown), index).claims;
      assert.equal(claims.at(-1)?.frame.subject?.via, via);
    });
  }
});

describe('frames: kinds of event a corpus teaches', () => {
  // No lexicon knows a crush: this corpus names one (`the Great Crush`) and writes of it as events are
  // written (`After the crush`), so `crush` is a kind of event here, and the Great Crush is one.
  const FEAST = [
    '# The Lantern Feast disasters',
    '',
    'On 14 August 1881 some 40,000 pilgrims filled Emberly for the Lantern Feast. That night the Great Crush began at the Bell Gate.',
    '',
    'The crush lasted twenty minutes, and 97 people died. After the crush, Brigadier Anna Coyle closed the gate.',
  ].join('\n');
  const feast = buildCorpusIndex([{ key: 'feast', title: 'The Lantern Feast disasters', uri: '/virtual/feast.md', text: FEAST }]);
  const frames = framesIn(feast);

  it('a name’s last word, also written of as an event, is a kind of event; a name alone is not', () => {
    assert.equal(feast.knowledge.isEventWord('crush'), true);
    assert.equal(feast.knowledge.isEventWord('gate'), false, '`the Bell Gate`, but nothing happens after the gate');
    assert.equal(feast.knowledge.isEventWord('feast'), false, 'named, but never written of as an event here');
    assert.ok(feast.events.lookup({ type: 'crush', text: 'the crush' }).id, '`the crush` is the Great Crush');
  });
  it('so is a name’s last word where the text says a happening is known by the name', () => {
    const text = 'On 14 March 1809 part of Harrow Bank slid onto the Lower Baths, killing three people; the event is remembered as the Lesser Slip.';
    const slip = buildCorpusIndex([{ key: 's', title: 'S', uri: '/virtual/s.md', text }]);
    assert.equal(slip.knowledge.isEventWord('slip'), true);
    const hill = buildCorpusIndex([{ key: 'h', title: 'H', uri: '/virtual/h.md', text: 'The hill above the town is known as the Lesser Tor.' }]);
    assert.equal(hill.knowledge.isEventWord('tor'), false, 'a place known by a name is no happening');
  });
  it('a figure a source says others give (`It has been commonly said that …`) is none of its statements', () => {
    const text = 'It has been commonly said in the town that twenty persons were lost. This is not so. Eleven persons lost their lives.';
    const report = buildCorpusIndex([{ key: 'r', title: 'R', uri: '/virtual/r.md', text }]);
    assert.deepEqual(report.statements.map((st) => st.value.text), ['Eleven']);
  });
  it('a body of men at the end of a name is no kind of event, whatever it did', () => {
    const text = 'The Karsk Garrison held the citadel. After the siege began, the garrison killed 40 rebels.';
    const garrison = buildCorpusIndex([{ key: 'g', title: 'G', uri: '/virtual/g.md', text }]);
    assert.equal(garrison.knowledge.isEventWord('garrison'), false);
  });
  const cases: Array<[string, string, Record<string, string>]> = [
    ['the taught kind names its event, and `it` refers back to it', 'The Great Crush killed 97 people. It lasted half an hour.',
      { '97': 'count deaths/people of crush:great', 'half an hour': 'duration length of crush:great' }],
    ['the word after a word of path is the thing itself', 'Carts crossed the crush on 3 May 1881.', { '3 May 1881': 'date began' }],
    ['…and without one, the event', 'Carts came after the crush, on 3 May 1881.', { '3 May 1881': 'date occurred of crush' }],
    ['a place that lost people lost them itself, not in the event its paragraph tells of',
      'The Great Crush killed 97 people. Across the river, Wendle lost only six people.',
      { '97': 'count deaths/people of crush:great', 'six': 'count deaths/people' }],
    ['…and so does a place that killed them (`Wendle killed six more`)',
      'The Great Crush killed 97 people. Across the river, Wendle killed six more people.',
      { '97': 'count deaths/people of crush:great', 'six': 'count deaths/people {besides}' }],
    ['…but a name after `the` is a party to that event, no place', 'The Great Crush killed 97 people. The Guild lost 12 men killed.',
      { '97': 'count deaths/people of crush:great', '12': 'count deaths/people of crush:great' }],
    ['a titled person of the corpus who lost men lost them in that event', 'The Great Crush killed 97 people. Coyle lost 12 men killed.',
      { '97': 'count deaths/people of crush:great', '12': 'count deaths/people of crush:great ^coyl' }],
  ];
  for (const [name, markdown, expected] of cases) {
    it(name, () => assert.deepEqual(frames(markdown), expected));
  }
});

describe('frames: a draft’s section about another thing', () => {
  // `## Orlen` names a place the corpus knows and no event: in a draft, the section is about another
  // thing, and `the fight` there is not the battle of the section before.
  const corpus = buildCorpusIndex([{ key: 'c', title: 'C', uri: '/virtual/c.md', text: 'The battle of Karsk lasted 140 days. The river runs past Orlen.' }]);
  const subjectOfLast = (markdown: string) => summary(extractClaims(markdownToProse(markdown), corpus).claims.at(-1)!.frame);
  const table: Array<[string, string, string]> = [
    ['a heading naming a place the corpus knows, and no event', '## Karsk\n\nThe battle of Karsk was long.\n\n## Orlen\n\nThe fight lasted about two weeks.', 'duration length/fighting of battle'],
    ['no heading between them', '## Karsk\n\nThe battle of Karsk was long. The fight lasted about two weeks.', 'duration length/fighting of battle:karsk'],
    ['a heading that names nothing the corpus knows', '## Karsk\n\nThe battle of Karsk was long.\n\n## Conclusion\n\nThe fight lasted about two weeks.', 'duration length/fighting of battle:karsk'],
  ];
  for (const [name, markdown, expected] of table) it(name, () => assert.equal(subjectOfLast(markdown), expected));
});

describe('frames: a place word after a place its sentence named', () => {
  // `the city` after `the road to Orlen` is Orlen, not the city of the battle told before.
  const corpus = buildCorpusIndex([{ key: 'c', title: 'C', uri: '/virtual/c.md', text: 'The battle of Karsk lasted 140 days. The river runs past Orlen.' }]);
  const subjectOfLast = (markdown: string) => summary(extractClaims(markdownToProse(markdown), corpus).claims.at(-1)!.frame);
  const table: Array<[string, string, string]> = [
    ['the battle for the city, after a place named in the sentence, is the battle for that place',
      'The battle of Karsk was long. That was the road to Orlen, not the battle for the city, which lasted 16 days.', 'duration length/fighting of battle:orlen'],
    ['with no place named in the sentence, the battle told before', 'The battle of Karsk was long. The battle for the city lasted 16 days.', 'duration length/fighting of battle:karsk'],
    ['a person named in the sentence is no place', 'The battle of Karsk was long. Vane says the battle for the city lasted 16 days.', 'duration length/fighting of battle:karsk'],
    ['…nor a place named before only as taken: the battle for the city is there',
      'The battle of Karsk was long. It then took two years to take Orlen. The battle for the city lasted 16 days.', 'duration length/fighting of battle:orlen'],
    ['a place only taken is not what `the battle` refers back to', 'The battle of Karsk was long. It then took two years to take Orlen. The battle lasted 16 days.', 'duration length/fighting of battle:karsk'],
    ['a place word after an unnamed event of its sentence is that event’s place, not an older event’s',
      'The siege of Karsk was long. The battle was fought in May, and the cairn at the top of the pass lists 540 dead.', 'count deaths of battle'],
    // (Nor of the battle told before: what was done in Orlen is not surely the battle of Karsk's.)
    ['…nor a subject of its own when named again', 'The battle of Karsk was long. The army reached Orlen in May. Four days later it killed 312 townspeople in Orlen.', 'count deaths/people @orlen'],
    ['a value set at a named place is not of an event told before that is named after another place', 'The battle of Karsk was long. At Orlen they lost 500 men.', 'count deaths/people @orlen'],
    ['…but is of one named after that place', 'The battle of Karsk was long. At Karsk they lost 500 men.', 'count deaths/people of battle:karsk'],
  ];
  for (const [name, markdown, expected] of table) it(name, () => assert.equal(subjectOfLast(markdown), expected));
});

describe('frames: a person an event is named after', () => {
  // `the Oram lockout` names an event after Oram; a corpus that also writes `Oram paid his men` says
  // Oram is a person, and `Oram's shop` is his shop, not the lockout.
  const LOCKOUT = 'The Oram lockout lasted seven weeks. The Ticket Strike began on 11 May 1863.';
  const subjectOf = (corpusText: string, markdown: string) => {
    const corpus = buildCorpusIndex([{ key: 'c', title: 'C', uri: '/virtual/c.md', text: corpusText }]);
    return summary(extractClaims(markdownToProse(markdown), corpus).claims.at(-1)!.frame);
  };
  const table: Array<[string, string, string, string]> = [
    ['a name the corpus writes doing something to its own is a person’s', `Jonas Oram paid his navvies in tickets. ${LOCKOUT}`,
      'The navvies went on strike over Oram\'s shop. The strike started on 11 May 1863.', 'date began of strike'],
    ['…without that, the bare name is the event named after it', LOCKOUT,
      'The navvies went on strike over Oram\'s shop. The strike started on 11 May 1863.', 'date began of strike:oram'],
  ];
  for (const [name, corpusText, markdown, expected] of table) it(name, () => assert.equal(subjectOf(corpusText, markdown), expected));
});

describe('frames: the year a heading sets its section in', () => {
  // `## The flood` under `# Karsk, 1611` is that year's flood; under `# Karsk, 1611–1624` any of them.
  const whenOf = (title: string) => extractClaims(markdownToProse(`# ${title}\n\n## The flood\n\nThe flood lasted nine days.`), index).claims[0]!.frame.subject?.refs[0]?.when;
  const table: Array<[string, string, number | undefined]> = [
    ['a heading of one year: that year', 'Karsk, 1611', 1611],
    ['a heading that spans years: none of them', 'Karsk, 1611–1624', undefined],
    ['a heading of two years: none of them', 'Karsk in 1611 and 1624', undefined],
  ];
  for (const [name, title, expected] of table) it(name, () => assert.equal(whenOf(title), expected));
});

describe('frames: a reference back under a dateline of another year', () => {
  // A letter of 1864 that speaks of `the fall` does not go on about the fall its letter of 1862 named.
  const letters = (second: string) => [
    '# Letters', '', '**Hallam Head, the 3rd of February, 1862.**', '', 'Yesterday the Candlemas Fall killed nine men. After the fall, work stopped for six weeks.', '',
    `**Hallam Head, ${second}.**`, '', 'In all twenty-six are dead of the fall.',
  ].join('\n');
  const subjectOf = (second: string) => {
    const index = buildCorpusIndex([{ key: 'l', title: 'Letters', uri: '/virtual/l.md', text: letters(second) }]);
    return summary(index.statements.find((s) => s.value.text === 'twenty-six')!.frame);
  };
  const table: Array<[string, string, string]> = [
    ['a letter of another year: another fall of its kind', 'the 30th of September, 1864', 'count deaths of fall'],
    ['a letter of the same year: the fall named before', 'the 9th of March, 1862', 'count deaths of fall:candlema'],
  ];
  for (const [name, second, expected] of table) it(name, () => assert.equal(subjectOf(second), expected));
});

describe('frames: a name the corpus uses as an event is one', () => {
  // No word of `the Hungry Winter` is a kind of event, but a corpus that writes `during the Hungry
  // Winter` or `the Hungry Winter killed` uses the name as events are used: it names one event.
  const table: Array<[string, string, boolean]> = [
    ['after a word of time, ending the phrase', 'In all, 240 people died during the Hungry Winter.', true],
    ['…with a clause after the phrase', 'During the Hungry Winter the priests buried 240 souls.', true],
    ['opening its clause, before a verb of an event’s course', 'Then the Hungry Winter killed 240 people.', true],
    ['a deed of the named thing is no event (`dropped anchor`)', 'The store reopened three weeks after the Hungry Winter dropped anchor.', false],
    ['the name inside another subject (`work on`) did not begin', 'Work on the Hungry Winter began in 1528.', false],
    ['…nor did one after a preposition kill', 'A roof fall in the Hungry Winter killed 11 miners.', false],
    ['a name written of only as a thing', 'The Hungry Winter is a name the parish gave that year.', false],
  ];
  it('a word after `before the` that something was done to (`Before the light on Gannel Rock was exhibited`) is no kind of event', () => {
    const learnt = (sentence: string) => buildCorpusIndex([{ key: 'c', title: 'C', uri: '/virtual/c.md', text: sentence }]).knowledge.names.has('l:light');
    assert.equal(learnt('Before the light on Gannel Rock was exhibited, eleven ships were lost.'), false);
    assert.equal(learnt('Before the light, eleven ships were lost on the reef.'), true);
  });
  for (const [name, sentence, event] of table) {
    it(name, () => {
      const corpus = buildCorpusIndex([{ key: 'c', title: 'C', uri: '/virtual/c.md', text: sentence }]);
      assert.equal(corpus.knowledge.isEventName('winter', 'hungry'), event);
      const claim = extractClaims(markdownToProse('The Hungry Winter killed 212 people.'), corpus).claims[0]!;
      assert.equal(summary(claim.frame), event ? 'count deaths/people of winter:hungry' : 'count deaths/people');
    });
  }
});

describe('frames: a name that opens names of other things is a place', () => {
  // The corpus names a lockout after Brinmoor, but also Brinmoor Works and Brinmoor East, which are no
  // events: `Brinmoor` alone is the place, not the lockout.
  const BRINMOOR = [
    'The Brinmoor Lockout began on 4 May 1931 and lasted 263 days.',
    'Brinmoor Works employed 1,520 people. A pipe at Brinmoor East collapsed on 1 September 1931.',
  ].join(' ');
  const corpus = buildCorpusIndex([{ key: 'b', title: 'B', uri: '/virtual/b.md', text: BRINMOOR }]);
  const frames = framesIn(corpus);
  it('the name alone names no event', () => {
    assert.deepEqual(frames('# Brinmoor\n\nSix men were killed there in 1931.'), { '1931': 'date ?', 'Six': 'count deaths/people' });
  });
  it('…while the event’s own name still does', () => {
    assert.deepEqual(frames('The Brinmoor Lockout lasted 263 days.'), { '263 days': 'duration length/strike of strike:brinmoor' });
  });
});

describe('frames: bodies and groups named with a word for an event', () => {
  const kinds = (sentence: string) => readMentions(tokenize(sentence), index.knowledge).map((m) => `${m.kind}:${m.ref.text}`);
  it('a name whose last word is a body’s is that body (`the Tessaly Fire Brigade`), not a fire', () => {
    assert.deepEqual(kinds('The Tessaly Fire Brigade had nine engines.'), ['unit:Tessaly Fire Brigade']);
    assert.deepEqual(kinds('The Great Fire of Tessaly burned for two days.'), ['event:Great Fire of Tessaly']);
  });
  it('what died during an event named after the value is of that event', () =>
    assert.deepEqual(framesIn(oneSource('x'))('The second siege began. That is more than the nine who died at the well during the first siege.'),
      { nine: 'count deaths of siege#1' }));
  it('`Floods of the Morrow Valley` are several floods, no one flood the corpus names', () => {
    const corpus = oneSource('# Floods of the Morrow Valley\n\nThe Morrow Valley History Society keeps the records. The Hessock flood killed 238 people.');
    assert.ok(!corpus.knowledge.names.has('r:flood|morrow valley|||'));
    assert.ok(corpus.knowledge.names.has('r:flood|hessock|||'));
  });
  it('a plural ending in -men counts those men (`firemen`), not people at large', () =>
    assert.deepEqual(framesIn(oneSource('x'))('Eleven firemen have given their lives.'), { Eleven: 'count deaths/firemen' }));
  it('a column of places says where a row’s count holds, not what it is of', () => {
    const corpus = oneSource('## The Hessock flood\n\nThe Hessock flood killed 238 people.');
    assert.deepEqual(framesIn(corpus)('## The Hessock flood\n\n| Place | Dead |\n|---|---|\n| Hessock | 12 |\n| Lintby | 81 |'),
      { 12: 'count deaths of flood:hessock {alone hessock} @hessock', 81: 'count deaths {alone lintby} @lintby' });
  });
  it('…but in a row that tells an event of its own, one of a list, the count is that event’s', () => {
    const corpus = oneSource('## Accidents\n\nThe Hessock flood killed 238 people.');
    assert.deepEqual(framesIn(corpus)('| Place | What happened | Killed |\n|---|---|---|\n| Brinscombe viaduct | The centring collapsed | 14 |'),
      { 14: 'count deaths of collapse @brinscomb' });
  });
});

describe('frames: words for a kind of proceeding', () => {
  const words = (sentence: string) => readMentions(tokenize(sentence), index.knowledge).filter((m) => m.kind === 'event').map((m) => m.ref.word ?? '-');
  it('an inquest, a trial and a commission are told apart; `the inquiry` may be any of them', () => {
    assert.deepEqual(words('The inquest sat, the trial began and the commission reported.'), ['inquest', 'trial', 'commission']);
    assert.deepEqual(words('The inquiry sat for two days.'), ['-']);
  });
  it('`struck` is a strike where people struck, not where a thing did', () => {
    const strikes = (sentence: string) => readMentions(tokenize(sentence), index.knowledge).filter((m) => m.ref.type === 'strike').map((m) => m.ref.text);
    assert.deepEqual(strikes('Twenty years later the snow struck again.'), []);
    assert.deepEqual(strikes('In 1848 the boatmen struck against the new rates.'), ['struck']);
    assert.deepEqual(strikes('In 1848 they struck for a rise.'), ['struck']);
  });
  it('a fever is an epidemic (`the first fever arrived`), but not one a person died of', () => {
    const epidemics = (sentence: string) => readMentions(tokenize(sentence), index.knowledge).filter((m) => m.ref.type === 'epidemic').map((m) => `${m.ref.text}${m.ref.ordinal ? `#${m.ref.ordinal}` : ''}`);
    assert.deepEqual(epidemics('The first fever arrived on 3 July 1788.'), ['first fever#1']);
    assert.deepEqual(epidemics('Her brother died of fever in the spring.'), []);
    assert.deepEqual(epidemics('A quarter of the town died of hunger and fever.'), []);
    assert.deepEqual(epidemics('About 150 of the garrison died, most of them of hunger and camp fever.'), []);
    assert.deepEqual(epidemics('Thirty of its men died of the fever.'), []);
    assert.deepEqual(epidemics('The outbreak of the fever began in May.'), ['fever']);
    assert.deepEqual(epidemics('She lost two of her children in the typhus of 1857.'), ['typhus of 1857']);
    const words = (sentence: string) => readMentions(tokenize(sentence), index.knowledge).filter((m) => m.ref.type === 'epidemic').map((m) => m.ref.word ?? '-');
    assert.deepEqual(words('The typhus came in the autumn, and the fever killed 140.'), ['typhus', '-'], '`the fever` may be any sickness, as `the epidemic` may');
  });
  it('`gave way` is a collapse where a thing gave way, not where people yielded', () => {
    const collapses = (sentence: string) => readMentions(tokenize(sentence), index.knowledge).filter((m) => m.ref.type === 'collapse').map((m) => m.ref.text);
    assert.deepEqual(collapses('After nine weeks the masters gave way.'), []);
    assert.deepEqual(collapses('In the end they gave way on the rates.'), []);
    assert.deepEqual(collapses('The embankment gave way at midnight.'), ['gave way']);
    assert.deepEqual(collapses('The timbers gave way at midnight.'), ['gave way']);
  });
  it('`to the last`, `from the first`: the end or start of a time, no event referred back to', () => {
    const ordinals = (sentence: string) => readMentions(tokenize(sentence), index.knowledge).filter((m) => m.ref.ordinal !== undefined).map((m) => m.ref.text);
    assert.deepEqual(ordinals('The townspeople vowed to resist to the last, and the siege went on.'), []);
    assert.deepEqual(ordinals('They had doubted it from the first, and the siege went on.'), []);
    assert.deepEqual(ordinals('The siege failed; the second, in 1612, lasted 118 days.'), ['the second']);
  });
  it('a kind of event said of a thing (`was a wreck`) tells no event; `there was a riot` does', () => {
    const kinds = (sentence: string) => readMentions(tokenize(sentence), index.knowledge).filter((m) => m.kind === 'event').map((m) => m.ref.type);
    assert.deepEqual(kinds('The army of 1941 was a wreck.'), []);
    assert.deepEqual(kinds('There was a riot in the square.'), ['riot']);
    assert.deepEqual(kinds('It was a riot of the bakers.'), ['riot'], 'said with what it was of, it tells one');
  });
  it('`by order of the Board` is a body’s bidding, no order issued', () => {
    const orders = (sentence: string) => readMentions(tokenize(sentence), index.knowledge).filter((m) => m.ref.type === 'order').map((m) => m.ref.text);
    assert.deepEqual(orders('The works were shut by order of the Board.'), []);
    assert.deepEqual(orders('The order of the Board was read out.'), ['order of the Board']);
  });
  it('a decree named after `under` is the authority for what was done, not what was done', () => {
    const corpus = oneSource('Order 12 was issued by the magistrates on 2 February 1833. The raid followed.');
    const frames = framesIn(corpus);
    assert.deepEqual(frames("On 17 February 1833 constables acting under the magistrates' Order 12 raided the shop and seized 1,400 pamphlets."),
      { '17 February 1833': 'date occurred', '1,400': 'count ?/pamphlets' });
    assert.deepEqual(frames('Order 12 seized 1,400 pamphlets on 17 February 1833.'),
      { '1,400': 'count ?/pamphlets of order:12', '17 February 1833': 'date occurred of order:12' }, 'named as the doer, it is the subject');
  });
});

describe('frames: the one day a value’s sentence gives', () => {
  const dayOf = (markdown: string) => {
    const out: Record<string, string | undefined> = {};
    for (const c of extractClaims(markdownToProse(markdown), index).claims) {
      out[c.value.text] = c.frame.day === undefined ? undefined : new Date(c.frame.day * 86400000).toISOString().slice(0, 10);
    }
    return out;
  };
  it('a count beside one day is told of that day', () =>
    assert.deepEqual(dayOf('On 11 March 1631 the mine collapsed, killing 19 men.'), { '11 March 1631': undefined, '19': '1631-03-11' }));
  it('a count after a sentence that moved to its own day (`Thirty years later, on …`) is of that day', () =>
    assert.deepEqual(dayOf('Nearly thirty years later, on 6 February 1824, the dam burst. Three people drowned.'), { 'thirty years': undefined, '6 February 1824': undefined, 'Three': '1824-02-06' }));
  it('…but not after a sentence that spans a time after its day', () =>
    assert.deepEqual(dayOf('On 6 February 1824 the dam burst, and the bank stayed open for nine weeks. Three people drowned.'), { '6 February 1824': undefined, 'nine weeks': undefined, 'Three': undefined }));
  it('a count after a sentence that told a day `shortly before midnight` is of that day: a time of the day moves nothing', () =>
    assert.deepEqual(dayOf('The dam burst shortly before midnight on 11 March 1631. 19 people died.'), { '11 March 1631': undefined, '19': '1631-03-11' }));
  it('…in a table row too', () =>
    assert.deepEqual(dayOf('| Event | Date | Toll |\n|---|---|---|\n| The mine collapses | 11 March 1631 | 19 killed |'), { '11 March 1631': undefined, '19': '1631-03-11' }));
  it('two days in the sentence say no one day', () =>
    assert.deepEqual(dayOf('Between 11 March 1631 and 14 March 1631 the fire killed 19 men.')['19'], undefined));
  it('a length beside one day is not told of it: it is often told from it', () =>
    assert.deepEqual(dayOf('On 11 March 1631 the mine collapsed, after 41 days of digging, killing 19 men.'), { '11 March 1631': undefined, '41 days': undefined, '19': '1631-03-11' }));
  it('a count whose sentence gives no time and names no event is told of the day its paragraph last gave', () =>
    assert.deepEqual(dayOf('On 11 March 1631 the mine collapsed. According to Orm, 19 men died. Only 7 were brought out alive.'),
      { '11 March 1631': undefined, '19': '1631-03-11', '7': '1631-03-11' }));
  it('…and `whole` as a thing, not a span, keeps it there', () =>
    assert.equal(dayOf('On 11 March 1631 the mine collapsed. The whole came down on the gang beneath. Nineteen men are dead.')['Nineteen'], '1631-03-11'));
  const later: Array<[string, string, string]> = [
    ['a word that moves in time', 'On 11 March 1631 the mine collapsed. Later 19 men died of their burns.', '19'],
    ['a whole span', 'On 11 March 1631 the mine collapsed. Over the whole winter 19 men died.', '19'],
    ['a length of time', 'On 11 March 1631 the mine collapsed. Within 3 weeks 19 men had died.', '19'],
    ['a date of its own', 'On 11 March 1631 the mine collapsed. In 1632 19 men died.', '19'],
    ['a new paragraph', 'On 11 March 1631 the mine collapsed.\n\nNineteen men died.', 'Nineteen'],
    ['a row of a table', '| Date | Toll |\n|---|---|\n| 11 March 1631 | 19 |\n| (undated) | 7 |', '7'],
  ];
  for (const [what, markdown, value] of later) it(`…not after ${what}`, () => assert.equal(dayOf(markdown)[value], undefined));
});

describe('frames: the day a kind of event the lexicon lacks was given', () => {
  // (`eruption` is in no lexicon list; the corpus writes it as events are written: `The eruption killed`.)
  const corpus = oneSource('The eruption killed 300 people. After the eruption the hill was closed.');
  const dayOf = (markdown: string, value: string) => {
    const claim = extractClaims(markdownToProse(markdown), corpus).claims.find((c) => c.value.text === value);
    return claim?.frame.day === undefined ? undefined : new Date(claim.frame.day * 86400000).toISOString().slice(0, 10);
  };
  const table: Array<[string, string, string | undefined]> = [
    ['`the great eruption of` a day gives the day later `the eruption` tells of', 'The great eruption of 7 April 1719 buried four villages.\n\nThe eruption killed 1,290 people.', '1719-04-07'],
    ['…so does `the eruption, on` a day', 'The main eruption, on 7 April 1719, buried four villages.\n\nThe eruption killed 1,290 people.', '1719-04-07'],
    ['…and `the eruption came on` a day', 'The great eruption came on 7 April 1719.\n\nEven so, the eruption killed 1,290 people.', '1719-04-07'],
    ['a day it came before is not its day', 'Ten days before the eruption, on 28 March 1719, the hill was emptied.\n\nThe eruption killed 1,290 people.', undefined],
    ['two days given the kind leave `the eruption` with none', 'The small eruption of 9 September 1706 was brief. The great eruption of 7 April 1719 buried four villages.\n\nThe eruption killed 1,290 people.', undefined],
    ['a word the corpus never writes as an event gives no day', 'The great parade of 7 April 1719 was long.\n\nThe parade drew 1,290 people.', undefined],
    ['a sentence with a date of its own keeps to it', 'The great eruption of 7 April 1719 buried four villages.\n\nIn 1720 the eruption killed 1,290 people.', undefined],
  ];
  for (const [what, markdown, day] of table) it(what, () => assert.equal(dayOf(markdown, '1,290'), day));
  // (`eruption` is no kind of event the frames know, so a date of it is of no event they can name.)
  const frames = framesIn(oneSource('The eruption killed 300 people. The Commission of Inquiry sat in 1721.'));
  it('a date written as the day of such an event is not the date of another the clause names', () =>
    assert.equal(frames('For the great eruption of 7 April 1719 the Commission counted 1,290 dead.')['7 April 1719'], 'date occurred'));
  it('…where a kind of event the frames know keeps its own date', () =>
    assert.equal(frames('For the great fire of 7 April 1719 the Commission counted 1,290 dead.')['7 April 1719'], 'date occurred of fire@1719'));
});

describe('frames: the disease a count’s dead died of', () => {
  const causeOf = (markdown: string) => Object.fromEntries(extractClaims(markdownToProse(markdown), index).claims.map((c) => [c.value.text, c.frame.cause]));
  const table: Array<[string, string, Record<string, string | undefined>]> = [
    ['`died of` a disease', 'Over the whole visitation, 368 people died of plague in the town.', { '368': 'plague' }],
    ['`killed by` one', 'In the camp 12 men were killed by typhus.', { '12': 'typhus' }],
    ['not a count of the sick', '368 people fell sick with plague.', { '368': undefined }],
  ];
  for (const [what, markdown, expected] of table) it(what, () => assert.deepEqual(causeOf(markdown), expected));
});

describe('frames: a named thing that is no event, opening a sentence, is what `it` refers to next', () => {
  const frames = framesIn(oneSource('The siege of Karsk lasted 140 days. The flood of 1624 was bad. The Orlen Canal was opened in 1799.'));
  it('`it` after `The Orlen Canal was opened …` is the canal, not the siege told of before', () =>
    assert.equal(frames('The siege of Karsk and the flood of 1624 were long.\n\nThe Orlen Canal was opened in 1799. It employed 1,100 labourers.')['1,100'], 'count workforce/people'));
  it('…as after a sentence that names no thing, `it` is still the siege', () =>
    assert.equal(frames('The siege of Karsk and the flood of 1624 were long.\n\nThe town was opened in 1799. It employed 1,100 labourers.')['1,100'], 'count workforce/people of siege:karsk'));
});

describe('frames: what a place noun refers back to', () => {
  const viaOf = (markdown: string) => {
    const out: Record<string, string | undefined> = {};
    for (const c of extractClaims(markdownToProse(markdown), index).claims) out[c.value.text] = c.frame.subject?.via;
    return out;
  };
  it('`the town` is the place an event named before it was at, and says the subject', () =>
    assert.equal(viaOf('The siege of Karsk was long. In the town 61 people died.')['61'], 'anaphor'));
  it('`the valley`, `the pass` (a stretch of country) refer back only to a name that says them, never to a battle', () =>
    assert.notEqual(viaOf('The Battle of Karsk was short. Across the valley 700 people died. Snow shut the pass for ten months.')['700'], 'anaphor'));
});

describe('frames: the one moment a count’s sentence is set at', () => {
  const datedOf = (markdown: string) => {
    const out: Record<string, string | undefined> = {};
    for (const c of extractClaims(markdownToProse(markdown), index).claims) {
      const d = c.frame.dated;
      out[c.value.text] = d === undefined ? undefined : `${new Date(d.low * 86400000).toISOString().slice(0, 10)}..${new Date(d.high * 86400000).toISOString().slice(0, 10)}`;
    }
    return out;
  };
  it('a month', () => assert.equal(datedOf('In November 1631 the coroner sat upon the 14 men killed at the fall of the bridge.')['14'], '1631-11-01..1631-12-01'));
  it('a year', () => assert.equal(datedOf('The mine flooded in 1624, and 61 miners were killed.')['61'], '1624-01-01..1625-01-01'));
  it('two moments set it at none', () => assert.equal(datedOf('The flood of 11 March 1624 and the fire of 2 May 1631 killed 61 miners.')['61'], undefined));
  it('a range sets it at none', () => assert.equal(datedOf('From 1624 to 1631 the floods killed 61 miners.')['61'], undefined));
  it('not a length', () => assert.equal(datedOf('In 1624 the flood closed the mine for 41 days.')['41 days'], undefined));
});

describe('frames: a kind of event one name teaches, and a clause that names what was told', () => {
  // `the Great Frost lasted` teaches that a frost is an event: `the Little Frost` is one too.
  const frosts = buildCorpusIndex([{
    key: 'annals', title: 'Annals of Dunmere', uri: '/virtual/annals.md',
    text: '# Annals of Dunmere\n\nThe Great Frost lasted ten weeks. Before it came the Little Frost, which killed 40 people.\n\nIn 1702 the rivers froze again, and that was the Great Frost.\n',
  }]);
  const subjects = (markdown: string) => Object.fromEntries(extractClaims(markdownToProse(markdown), frosts).claims.map((c) => [c.value.text, summary(c.frame)]));
  it('`the Little Frost` is a frost, named', () => assert.deepEqual(subjects('The Little Frost killed 40 people.'), { '40': 'count deaths/people of frost:littl' }));
  it('`…, and that was the Great Frost` names what the clause before told of', () =>
    assert.deepEqual(subjects('The Little Frost came first. The rivers froze in 1702, and that was the Great Frost.'), { '1702': 'date ? of frost:great' }));
});

describe('frames: an unnamed event set beside a name the corpus gives an event', () => {
  const corpus = oneSource('The Battle of Velm lasted 41 days. The Battle of Arn lasted nine days.');
  const frames = framesIn(corpus);
  it('is that event', () => assert.deepEqual(frames('The order helped save Velm, a battle that raged for nearly seven weeks.'), { 'seven weeks': 'duration length/fighting of battle:velm' }));
  it('…not beside a name the corpus gives no event', () => assert.deepEqual(frames('The order helped save Osk, a battle that raged for nearly seven weeks.'), { 'seven weeks': 'duration length/fighting of battle' }));
});

describe('frames: a name the corpus gives an event, written in lower case', () => {
  // (Students who never capitalise: `the winter war`, `the siege of karsk`.)
  const corpus = oneSource('The Frost War lasted two years. The siege of Osk lasted a year. The great fire burned for nine days.');
  const frames = framesIn(corpus);
  const table: Array<[string, string, Record<string, string>]> = [
    ['a word before the kind is the name', 'in the frost war the army lost 41 men.', { '41': 'count losses/people of war:frost' }],
    ['…and so is a word after `of`', 'the siege of osk lasted 300 days.', { '300 days': 'duration length/siege of siege:osk' }],
    ['…not a word the corpus gives an event of another kind', 'the frost fire burned for 300 days.', { '300 days': 'duration length of fire' }],
    ['…nor a word the corpus names nothing by', 'the long war lasted 300 days.', { '300 days': 'duration length/war of war' }],
  ];
  for (const [name, markdown, expected] of table) it(name, () => assert.deepEqual(frames(markdown), expected));
});

describe('frames: an unnamed event is the named one its sentence sets it at', () => {
  const frames = framesIn(oneSource('The Battle of Vell Ford was fought in 1602. Some 2,000 men died at Vell Ford.'));
  const table: Array<[string, string, Record<string, string>]> = [
    ['a name set in front of the clause', 'At Vell Ford, about 400 men died in nine days of fighting.', { '400': 'count deaths/people of battle:vell ford', 'nine days': 'duration length/fighting of battle:vell ford' }],
    ['…not a name referred back to by `the battle` in another clause', 'The battle at the ford was long, and about 400 men died in nine days of fighting.',
      { '400': 'count deaths/people of battle', 'nine days': 'duration length/fighting of battle' }],
    ['…nor a name set against it across `but`', 'Vell Ford was bigger, but a siege of nearly four years was something else.',
      { 'four years': 'duration length/siege of siege' }],
  ];
  for (const [name, markdown, expected] of table) it(name, () => assert.deepEqual(frames(markdown), expected));
});

describe('frames: a side’s army in lower case, where the corpus names it capitalised', () => {
  // (`the red army`, as students write it, is the corpus's `the Red Army`: a side's whole army, not the side.)
  const named = framesIn(oneSource('In the Frost War a quarter of the White Army’s manpower was lost.'));
  const unnamed = framesIn(oneSource('In the Frost War a quarter of the manpower of the whites was lost.'));
  const lower = 'in the frost war the white army lost a third of its manpower.';
  it('is read as the capitalised name is', () => assert.deepEqual(named(lower), named('In the Frost War the White Army lost a third of its manpower.')));
  it('…so it is no side of its own', () => assert.doesNotMatch(named(lower)["a third"]!, /\[whit\]/));
  it('…but stays a side where the corpus never writes that name', () => assert.match(unnamed(lower)["a third"]!, /\[whit\]/));
});

describe('frames: a name written in lower case by a writer who does not capitalise', () => {
  // (The corpus writes `Karsk` only as a name, and `Orlen` too, but `winter` also in lower case.)
  const frames = framesIn(oneSource('The Siege of Karsk lasted 140 days. In the winter the Orlen garrison of Karsk ate its horses. The Winter Fair at Brill drew 400 people.'));
  const table: Array<[string, string, string, string]> = [
    ['a heading with no capital names what the corpus writes only as a name', '# karsk facts\n\n- the siege lasted 120 days.', '120 days', 'duration length/siege of siege:karsk'],
    ['…as a capitalised heading does', '# Karsk facts\n\n- the siege lasted 120 days.', '120 days', 'duration length/siege of siege:karsk'],
    ['a sentence opening in lower case names it where it stands', 'the siege at karsk lasted 120 days.', '120 days', 'duration length/siege of siege:karsk'],
    ['…but not a word the corpus also writes in lower case', '# winter facts\n\n- the siege lasted 120 days.', '120 days', 'duration length/siege of siege'],
    ['…nor in a sentence that opens with a capital: that writer capitalises, so a lower-case word is no name', 'The siege lasted 120 days for karsk.', '120 days', 'duration length/siege of siege'],
    ['…except a place right after `at` or `in`, where such a writer still slips', 'The siege at karsk lasted 120 days.', '120 days', 'duration length/siege of siege:karsk'],
  ];
  for (const [what, markdown, value, frame] of table) it(what, () => assert.equal(frames(markdown)[value], frame));
  it('…nor a piece of an address', () => assert.equal(frames('the siege lasted 120 days (see example.org/karsk).')['120 days'], 'duration length/siege of siege'));
});

describe('frames: a word for a kind of event beside a name of that kind restates the name', () => {
  // (`It was a six-week battle`: one battle, not a second one for the sentences after it to be about.)
  const corpus = oneSource('The Battle of Velm lasted 41 days. The Battle of Arn lasted nine days. The siege of Osk lasted a year.');
  const frames = framesIn(corpus);
  const table: Array<[string, string, Record<string, string>]> = [
    ['the kind word restates the name', 'Velm was long. It was a six-week battle. The chronicle counts 41 days instead.',
      { 'six-week': 'duration length/fighting of battle:velm', '41 days': 'duration length of battle:velm' }],
    ['…not a kind word of another kind', 'The siege of Osk ended in a battle. The chronicle counts 41 days.', { '41 days': 'duration length of battle|siege:osk' }],
    ['…nor a numbered one', 'The Battle of Velm was long, but a second battle came. The chronicle counts 41 days.', { '41 days': 'duration length of battle#2|battle:velm' }],
  ];
  for (const [name, markdown, expected] of table) it(name, () => assert.deepEqual(frames(markdown), expected));
});

describe('frames: a sailing or an arrival is of what sailed or arrived', () => {
  // (A thing named with `the`, nearest before the value, else first after it; not the port it left.)
  const corpus = oneSource('The ship Anna sailed from Vannick in 1771. The Brothers of Orm left the same port in 1774. Ann Dow kept a diary. The Kessel is a river.');
  const frames = framesIn(corpus);
  const table: Array<[string, string, Record<string, string>]> = [
    ['the ship named before the value', 'The emigrant ship Anna sailed from Vannick on 11 July 1771.', { '11 July 1771': 'date departed of :anna' }],
    ['…not a storm its sentence tells of after', 'The Anna sailed from Vannick on 11 July 1771 and was lost in a great storm.', { '11 July 1771': 'date departed of :anna' }],
    ['the ship named after the value', 'On 2 September 1774 the families left on the Brothers of Orm.', { '2 September 1774': 'date departed of :brother orm' }],
    ['a person, named without `the`, is not what sailed', 'Ann Dow sailed from Vannick on 2 September 1774.', { '2 September 1774': 'date departed' }],
    ['a place left, with `the`, is not what sailed', 'The regiment left the Kessel on 3 May 1774.', { '3 May 1774': 'date departed' }],
    ['…nor one reached', 'The regiment reached the Kessel on 3 May 1774.', { '3 May 1774': 'date arrived' }],
  ];
  for (const [name, markdown, expected] of table) it(name, () => assert.deepEqual(frames(markdown), expected));
});

describe('frames: `the battle` after a place the corpus names one battle after', () => {
  // The corpus tells of the Battle of Velm and of another battle at Arn: with no battle told of
  // before it, `the battle` after a draft has named Velm is the battle of Velm.
  const corpus = oneSource('The Battle of Velm lasted 41 days. The Battle of Arn lasted nine days. Velm is a river town.');
  const frames = framesIn(corpus);
  const table: Array<[string, string, Record<string, string>]> = [
    ['the place named last', 'The regiment reached the Velm front in May.\n\nThe battle itself lasted 40 days.', { '40 days': 'duration length/fighting of battle:velm' }],
    ['a place the corpus names no battle after names none', 'The regiment reached the Osk front in May.\n\nThe battle itself lasted 40 days.', { '40 days': 'duration length/fighting of battle' }],
    ['a battle told of before it is the one', 'The Battle of Arn was short. The regiment then reached the Velm front.\n\nThe battle itself lasted 40 days.', { '40 days': 'duration length/fighting of battle:arn' }],
  ];
  for (const [name, markdown, expected] of table) it(name, () => assert.deepEqual(frames(markdown), expected));
});

describe('frames: a clause a conjunction opens between two values', () => {
  const table: Array<[string, string, Record<string, string>]> = [
    ['words before `before` and a clause of its own are the earlier count’s', 'Dresk lost 340 men killed and wounded before Vell’s 1,500 horse arrived.',
      { '340': 'count casualties/people ^dresk', '1,500': 'count act:arriv/horses' }],
    ['…and so with `when`', 'The town lost 61 men killed and wounded when the 900 soldiers stormed the gate.',
      { '61': 'count casualties/people', '900': 'count act:storm/people' }],
    ['a preposition with no verb after it opens no clause: the place after it is still the count’s', 'Dresk arrived with 2,400 men before the castle of Karsk and sat there for 41 days.',
      { '2,400': 'count strength/people @karsk', '41 days': 'duration length/inquiry @karsk' }],
  ];
  for (const [name, markdown, expected] of table) it(name, () => assert.deepEqual(framesOf(markdown), expected));
});

describe('frames: a table row’s label names what its one count counts, not the label column’s header', () => {
  const table: Array<[string, string, Record<string, string>]> = [
    ['the header over the labels says what the rows are: a ship’s dead are not ships', '| Ship | What happened | Dead |\n|---|---|---|\n| *Orlen* | sank in a gale | 68 |\n',
      { '68': 'count deaths of storm' }],
    ['the label’s own words still say what it counts', '| What was counted | Number |\n|---|---|\n| Witnesses heard | 63 |\n',
      { '63': 'count ?/witnesses' }],
  ];
  for (const [name, markdown, expected] of table) it(name, () => assert.deepEqual(framesOf(markdown), expected));
});

describe('frames: a building is a place, not a kind of event', () => {
  // (`assembled before the Lowen Mill and`: `before` here is in front of, but reads as the time words do.)
  const frames = framesIn(oneSource('A crowd assembled before the Lowen Mill and broke the windows. The mill was rebuilt in 1843.'));
  it('the riot named after a building is the event, though a source stood a crowd before it', () =>
    assert.deepEqual(frames('Two men were killed at the Lowen Mill riot on 12 April 1842.'),
      { 'Two': 'count deaths/people of riot:lowen mill', '12 April 1842': 'date occurred of riot:lowen mill' }));
  it('…but the building’s name alone is the building, not the riot the corpus names after it', () =>
    assert.deepEqual(framesIn(oneSource('The Lowen Mill riot broke out on 12 April 1842.'))('The Lowen Mill stood beside the canal. In 1827 the river flooded Water Lane.'),
      { '1827': 'date occurred' }));
});

describe('frames: a table row’s first cell that names a thing names what its count is of', () => {
  const frames = framesIn(oneSource('The Merrow Bell capsized at her launch in 1883, and 68 men drowned. The Grey Heron sank in 1890.'));
  const table = '| Ship | Year | Dead |\n|---|---|---|\n| Merrow Bell | 1883 | 68 |\n| Deaths (official) | 1890 | 12 |';
  it('a name in the first cell is the count’s subject', () => assert.match(frames(table)['68']!, /^count deaths\/?\w* of :merrow bell/));
  it('…but not a header’s word for what is counted, capitalised', () => assert.doesNotMatch(frames(table)['12']!, / of /));
});

describe('frames: a time between in a relative clause', () => {
  const table: Array<[string, string, Record<string, string>]> = [
    ['a time a relative clause counts back from its own deed is not of the event its sentence named before', 'What won was the second siege of Karsk and the frost, the same frost that had ruined Dresk 41 years earlier.',
      { '41 years': 'duration between' }],
    ['…while one in the sentence’s own clause still is', 'The second siege of Karsk ended 41 years after the first.',
      { '41 years': 'duration between of siege:karsk#2 from siege:karsk#1 to ended' }],
  ];
  for (const [name, markdown, expected] of table) it(name, () => assert.deepEqual(framesOf(markdown), expected));
});

describe('frames: a row’s first cell that is one capitalised word', () => {
  const frames = framesIn(oneSource('The Merrow Bell capsized at her launch in 1883, and 68 men drowned.'));
  const header = '| Ship | What happened | Year | Dead |\n|---|---|---|---|\n';
  const table: Array<[string, string, string]> = [
    ['one word alone in the first cell is a name, as a sentence’s first word is not', '| *Hesper* | torpedoed | 1917 | 41 |', 'count deaths of :hesper'],
    ['…unless it is a word for what is counted', '| Deaths | torpedoed | 1917 | 41 |', 'count deaths'],
    ['…while a kind of event is the event, as before', '| Siege | torpedoed | 1917 | 41 |', 'count deaths of siege'],
  ];
  for (const [name, row, expected] of table) it(name, () => assert.equal(frames(header + row)['41'], expected));
});

describe('frames: a share of a place someone had, and a side in lower case', () => {
  const frames = framesIn(oneSource('At one point the Skarrans held up to 90% of the town of Karsk.'));
  const table: Array<[string, string, string]> = [
    ['a share of a place a side had is a share it held, and `the skarrans` in lower case is the side the corpus names', 'the skarrans had like 95% of the town at one point.', 'fraction place/held [skarran]'],
    ['…not a share that had something done to it', 'The town had 95% of the town burned.', 'fraction place'],
    ['…and a lower-case word the corpus never names a side is none', 'the weavers had like 95% of the town at one point.', 'fraction place/held'],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.equal(frames(draft)['95%'], expected));
});

describe('frames: a clause a participle opens after a comma holds where the clause before it did', () => {
  const frames = framesIn(oneSource('Most men of the valley worked at Orlen Salt Works, and the rest at Karsk Pans.'));
  const table: Array<[string, string, Record<string, string>]> = [
    ['`collapsed at Orlen Salt Works, killing 19 workers`: the dead are counted where the main collapsed', 'On 11 March 1931 the brine main collapsed at Orlen Salt Works, killing 19 workers and injuring 44.',
      { '11 March 1931': 'date ended of collapse @orlen salt work', '19': 'count deaths/people of collapse @orlen salt work', '44': 'count wounded of collapse @orlen salt work' }],
    ['…not a clause a conjunction opens, which may tell of elsewhere', 'On 11 March 1931 the brine main collapsed at Orlen Salt Works, and 19 workers died.',
      { '11 March 1931': 'date ended of collapse @orlen salt work', '19': 'count deaths/people of collapse' }],
    ['a place set off by commas between the subject and its verb is where the verb’s clause happened', 'The second collapse, at Karsk Pans on 1 September 1931, killed 6 men.',
      { '1 September 1931': 'date ? of collapse#2 @karsk pan', '6': 'count deaths/people of collapse#2 @karsk pan' }],
    ['…not one set off after the verb, which says where something else was', 'The second collapse killed 6 men, at Karsk Pans the next day.',
      { '6': 'count deaths/people of collapse#2' }],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(frames(draft), expected));
});

describe('frames: a length told of what went on at a place within its event is a phase', () => {
  const frames = framesIn(oneSource('The siege of Karsk lasted 140 days. The defenders held the Lowen Mill.'));
  const table: Array<[string, string, string]> = [
    ['a length at a place its clause names, not the event’s own, is the time at that place: a phase', '# The siege of Karsk\n\nThey fought in the mill quarter for four weeks.', 'duration phase/fighting of siege:karsk'],
    ['…and so at a name the event is not named after', '# The siege of Karsk\n\nThe Skarrans fought at the Lowen Mill for four weeks.', 'duration phase/fighting of siege:karsk'],
    ['…but at the event’s own place, named or referred back to, it is the event’s length', '# The siege of Karsk\n\nThey fought in Karsk for four weeks.', 'duration length/fighting of siege:karsk'],
    ['…referred back to', 'The siege of Karsk began in May. They fought in the town for four weeks.', 'duration length/fighting of siege:karsk'],
    ['…and with no place, too', '# The siege of Karsk\n\nThey fought for four weeks.', 'duration length/fighting of siege:karsk'],
    ['…and where the clause names its event, the place says where that event was', 'The siege of Karsk was fought in the mill quarter for four weeks.', 'duration length/fighting of siege:karsk'],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.equal(frames(draft)['four weeks'], expected));
});

describe('frames: a building refers back only to a name that says it', () => {
  const viaOf = (markdown: string) => {
    const out: Record<string, string | undefined> = {};
    for (const c of extractClaims(markdownToProse(markdown), framesCorpus).claims) out[c.value.text] = c.frame.subject && `${c.frame.subject.via} ${c.frame.subject.refs[0]?.key}`;
    return out;
  };
  const framesCorpus = oneSource('The siege of Karsk lasted 140 days.');
  const table: Array<[string, string, string | undefined]> = [
    ['`the mill` is no town an event was named after: it says no subject', 'The siege of Karsk was long. At the mill 61 people died.', 'paragraph karsk'],
    ['…as `the town` is, and says it', 'The siege of Karsk was long. In the town 61 people died.', 'anaphor karsk'],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.equal(viaOf(draft)['61'], expected));
});

describe('frames: a length of what a verb of will, attempt or command willed is not the event’s', () => {
  const frames = framesIn(oneSource('The siege of Karsk lasted 140 days.'));
  const table: Array<[string, string, string]> = [
    ['`refused to let … for two months`: the time of the refusal', 'The siege of Karsk was long. Vane refused to let the garrison break out for two months.', 'duration length/refused of siege:karsk'],
    ['`ordered … to hold out for four weeks`: of the order', 'The siege of Karsk was long. Vane ordered the garrison to hold out for four weeks.', 'duration length/ordered of siege:karsk'],
    ['…not a verb with no `to` after it', 'The siege of Karsk was long. The garrison held out for four weeks.', 'duration length/holding of siege:karsk'],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.equal(Object.entries(frames(draft)).find(([k]) => /months|weeks/.test(k))?.[1], expected));
});

describe('frames: what a possessive owns, right before `lasted`, is what lasted', () => {
  const frames = framesIn(oneSource('The siege of Karsk lasted 140 days.'));
  const table: Array<[string, string, string]> = [
    ['`the garrison’s water supply lasted`: the time of the supply, not the siege', '# The siege of Karsk\n\nThe garrison’s water supply lasted about ten weeks.', 'duration length/supply of siege:karsk'],
    ['…not an event word it owns', '# The siege of Karsk\n\nKarsk’s siege lasted about ten weeks.', 'duration length/siege of siege:karsk'],
    ['…nor a thing no possessive owns', '# The siege of Karsk\n\nThe water supply lasted about ten weeks.', 'duration length of siege:karsk'],
    ['…and so with `went on`, the owned thing’s own words after it (`the garrison’s bread ration to the south wall went on …`)', '# The siege of Karsk\n\nThe garrison’s bread ration to the south wall went on for about ten weeks.', 'duration length/ration of siege:karsk'],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.equal(frames(draft)['ten weeks'], expected));
});

describe('frames: a counter-attack is an act of its own', () => {
  const frames = framesIn(oneSource('The Skarrans invaded Orlen on 2 May 1620.'));
  const table: Array<[string, string, string]> = [
    ['`counter-attacked in December` dates the counter-attack, with no subject from the paragraph', 'The Skarrans invaded Orlen in May 1620. The defenders counter-attacked in December 1620.', 'date countered'],
    ['…written as one word too', 'The Skarrans invaded Orlen in May 1620. The defenders counterattacked in December 1620.', 'date countered'],
    ['…where `attacked` alone is when the event began', 'The Skarrans invaded Orlen in May 1620. The defenders attacked in December 1620.', 'date began of campaign'],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.equal(frames(draft)['December 1620'], expected));
});

describe('frames: what someone began of their own is no beginning of the event', () => {
  const frames = framesIn(oneSource('The fire of 1612 broke out on 10 April 1612.'));
  const table: Array<[string, string, string]> = [
    ['`who began his year on 25 March`: the clerk’s own year', 'The fire of 1612 was terrible. The parish clerk, who began his year on 25 March, kept the register.', 'date ? of fire@1612'],
    ['…where the event’s own beginning is its beginning', 'The fire of 1612 was terrible. It began on 25 March 1612.', 'date began of fire@1612'],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.equal(Object.entries(frames(draft)).find(([k]) => k.includes('25 March'))?.[1], expected));
});

describe('frames: what befell the people a share is of', () => {
  const frames = framesIn(oneSource('The siege of Karsk lasted 140 days.'));
  const table: Array<[string, string, Record<string, string>]> = [
    ['a share set off right after a clause restates what befell those it counted', 'In the siege of Karsk, 230 men died of hunger, roughly a fifth of the garrison, and 600 more were sick.',
      { '230': 'count deaths/people of siege:karsk', 'a fifth': 'fraction forces/lost of siege:karsk', '600': 'count ? of siege:karsk {besides}' }],
    ['a clause that says who the whole were is not what befell the share (`of the 930 who had held land`)', 'In the siege of Karsk, 412 tenants died, 44 per cent of the 930 who had held land the year before.',
      { '412': 'count deaths/tenants of siege:karsk', '44 per cent': 'fraction ?/lost of siege:karsk', '930': 'count act:held of siege:karsk' }],
    ['what a share was, said after `were`, is its deed (`half of the men were frostbitten`)', 'In the siege of Karsk, more than half of the men were frostbitten.',
      { 'half': 'fraction forces/frostbitten of siege:karsk' }],
    ['…and dying joined to another state by `or` is another deed than dying', 'In the siege of Karsk, two thirds of the men were either dead or frostbitten.',
      { 'two thirds': 'fraction forces/frostbitten or lost of siege:karsk' }],
    ['…while dying alone is the share of the dead', 'In the siege of Karsk, two thirds of the men were dead.',
      { 'two thirds': 'fraction forces/lost of siege:karsk' }],
    ['a share set off after a count restates that count’s state (`removed …, being 34 per cent`)', 'In the siege of Karsk, 6,200 persons were removed to the coast, being 34 per cent of the population.',
      { '6,200': 'count ?/people of siege:karsk', '34 per cent': 'fraction population/removed of siege:karsk' }],
    ['…but a clause that counted nothing restates no state (`the garrison was surrounded, about a quarter of the army`)', 'In the siege of Karsk the garrison was surrounded, about a quarter of the army.',
      { 'a quarter': 'fraction forces of siege:karsk' }],
    ['`losing a quarter of its men` is a share lost', 'In the siege of Karsk the garrison was embarrassed, losing a quarter of its men.',
      { 'a quarter': 'fraction forces/lost of siege:karsk' }],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(frames(draft), expected));
});

describe('frames: a year that ends the name of what a sentence compares with is that thing’s', () => {
  const frames = framesIn(oneSource('The Candlemas Flood came in 1829. The November Flood came in 1838.'));
  const table: Array<[string, string, Record<string, string>]> = [
    ['`far deadlier than the Candlemas Flood of 1829`: the year is the compared flood’s', 'The 1838 flood was far deadlier than the Candlemas Flood of 1829.',
      { '1829': 'date occurred of flood:candlema' }],
    ['…while a value of the sentence’s own is still not the compared thing’s', 'The 1838 flood killed 23, far more than the Candlemas Flood.',
      { '23': 'count deaths of flood@1838' }],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.deepEqual(frames(draft), expected));
});

describe('frames: `the fighting` is that of a battle, a siege or a campaign its own sentence named before', () => {
  const frames = framesIn(oneSource('The battle of Karsk lasted 140 days. The Skarrans invaded Orlen in 1620.'));
  const table: Array<[string, string, string]> = [
    ['`the main fighting` after an invasion its sentence named is the invasion’s', 'The battle of Karsk was long.\n\nThe Skarran invasion of Vell began in May 1630, and the main fighting was over in less than two weeks.', 'duration length/fighting of campaign:vell'],
    ['…and with none named in its sentence, it is the battle the text told of', 'The battle of Karsk was long. The main fighting was over in less than two weeks.', 'duration length/fighting of battle:karsk'],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.equal(frames(draft)['two weeks'], expected));
});

describe('frames: a year set after a label’s mark at the end of a heading sets the section’s year', () => {
  const corpus = oneSource('The strike of 1888 began on 9 April 1888.');
  const yearOf = (markdown: string) => {
    const c = extractClaims(markdownToProse(markdown), corpus).claims.find((x) => x.value.text.includes('28 May'));
    return c === undefined ? undefined : new Date(c.value.interval.low * 86_400_000).getUTCFullYear();
  };
  const table: Array<[string, string, number | undefined]> = [
    ['`## Slide 5: 1888`: 28 May below it is of 1888, not of the section before', '## Slide 4: The fan\n\nA fan was installed in 1882.\n\n## Slide 5: 1888\n\nThe lockout began on 28 May.', 1888],
    ['…and `### Part 2 – 1888` too', '## Part 1\n\nA fan was installed in 1882.\n\n### Part 2 – 1888\n\nThe lockout began on 28 May.', 1888],
    ['…but a heading whose last figure is no year sets none (`## Slide 5: 96 men`)', '## Part 1\n\nA fan was installed in 1882.\n\n## Slide 5: 96 men\n\nThe lockout began on 28 May.', 1882],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.equal(yearOf(draft), expected));
});

describe('frames: a house’s own people (`the brethren`, `the monks`) are what a count of them counts', () => {
  const frames = framesIn(oneSource('The pestilence of 1361 killed 158 tenants.'));
  const table: Array<[string, string, string]> = [
    ['`Seven of the brethren died`: the brethren are counted', 'The pestilence of 1361 was cruel. Seven of the brethren died.', 'count deaths/religious of epidemic@1361'],
    ['…as `seven monks` are', 'The pestilence of 1361 was cruel. Seven monks died.', 'count deaths/religious of epidemic@1361'],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.equal(frames(draft)['Seven'], expected));
});

describe('frames: an `after` set off behind a clause that told a length is the part that went before', () => {
  const frames = framesIn(oneSource('The strike of 1888 lasted 19 weeks.'));
  const table: Array<[string, string, string, string]> = [
    ['`lasted twelve weeks, after seven weeks of strike`: the seven weeks are a part', 'The strike of 1888 was long. The lockout lasted twelve weeks, after seven weeks of strike.', 'seven weeks', 'duration phase/strike of strike'],
    ['…while `ended …, after 19 weeks` is still its length', 'The strike of 1888 was long. The strike ended on 18 August 1888, after 19 weeks.', '19 weeks', 'duration length/strike of strike@1888'],
    ['a time something was adjourned for is a pause in it, not its length', 'The inquest of 1888 was opened on Monday and adjourned for a fortnight.', 'a fortnight', 'duration phase/inquiry of inquiry@1888'],
  ];
  for (const [name, draft, value, expected] of table) it(name, () => assert.equal(frames(draft)[value], expected));
});

describe('frames: a source’s dateline of one day dates the counts so far of its entry', () => {
  const diary = oneSource('**Septr. 3rd, 1891.** — The fever is in the Rows again. Three dead this week.\n\n**Octr. 25th, 1891.** — The fever is worse. Nine are now dead.');
  const dated = (needle: string) => {
    const s = diary.statements.find((x) => x.sentence.text.includes(needle));
    return s?.frame.dated === undefined ? undefined : new Date(s.frame.dated.low * 86_400_000).toISOString().slice(0, 10);
  };
  const table: Array<[string, string, string | undefined]> = [
    ['`Three dead this week` under `**Septr. 3rd, 1891.**` (an old clerk’s abbreviation)', 'Three dead', '1891-09-03'],
    ['`Nine are now dead` under `**Octr. 25th, 1891.**`', 'Nine are', '1891-10-25'],
  ];
  for (const [name, needle, expected] of table) it(name, () => assert.equal(dated(needle), expected));
});

describe('frames: an old clerk’s datelines (`Janry.`, `23d`) are datelines', () => {
  const letters = oneSource('**Janry. 17th, 1850.**\n\nForty are now in gaol.\n\n**Feby. 23d, 1850.**\n\nNine are now dead.');
  const dated = (needle: string) => {
    const s = letters.statements.find((x) => x.sentence.text.includes(needle));
    return s?.frame.dated === undefined ? undefined : new Date(s.frame.dated.low * 86_400_000).toISOString().slice(0, 10);
  };
  it('date the counts so far under them', () => {
    assert.equal(dated('Forty are'), '1850-01-17');
    assert.equal(dated('Nine are'), '1850-02-23');
  });
  it('and state no date themselves', () => assert.deepEqual(letters.statements.filter((x) => x.value.interval.dimension === 'date').map((x) => x.value.text), []));
});

describe('frames: a moment something that lasts was still going, or stopped', () => {
  const frames = framesIn(oneSource('The Orlen War broke out in 1639.'));
  const table: Array<[string, string, string, string]> = [
    ['`went on into 1640`: still going', 'The Orlen War went on into 1640.', '1640', 'date continued of war:orlen'],
    ['`continued until March 1640`: when it stopped', 'The Orlen War continued until March 1640.', 'March 1640', 'date ended of war:orlen'],
    ['…while `was fought in 1640` is when it happened', 'The Orlen War was fought in 1640.', '1640', 'date occurred of war:orlen'],
  ];
  for (const [name, draft, value, expected] of table) it(name, () => assert.equal(frames(draft)[value], expected));
});

describe('frames: a ship’s sailing is her departure', () => {
  const frames = framesIn(oneSource('The Great Gale of 1881 struck on 23 September 1881.'));
  it('`14 May 1883 for her sailing` dates a departure, not the gale', () => assert.equal(frames('After the Great Gale of 1881 the Marjory sailed for Nova Scotia. The museum gives 14 May 1883 for her sailing.')['14 May 1883']?.split(' ')[1], 'departed'));
});

describe('frames: a count in a cell of a column of a toll', () => {
  const frames = framesIn(oneSource('The second siege of Karsk lasted 96 days.'));
  const table = '| Event | Began | Deaths |\n|---|---|---|\n| Second siege of Karsk | 23 March 1684 | 147 garrison, 130 townspeople |';
  it('`147 garrison` under `Deaths` is the garrison’s dead, not its strength', () => assert.equal(frames(table)['147'], 'count deaths of siege:karsk#2'));
  it('…and the body named before a comma is no body of the next count (`130 townspeople`)', () => assert.equal(frames(table)['130']?.startsWith('count ?'), true));
});

describe('frames: when something was planned is no moment of its event', () => {
  const frames = framesIn(oneSource('The Skarran invasion of Orlen began on 22 June 1641.'));
  it('`was planned in 1640 and launched in 1641`: the 1640 is when it was planned', () => assert.equal(frames('The Skarran invasion of Orlen was planned in 1640 and launched in 1641.')['1640']?.split(' ')[1], 'planned'));
});

describe('frames: the moments of a body of inquiry and of a storm', () => {
  const frames = framesIn(oneSource('The Merrin Commission sat at Harrowby. The Black Gale struck on 14 October 1768.'));
  const table: Array<[string, string, string, string]> = [
    ['a commission appointed was formed then', 'The Merrin Commission was appointed in 1770.', '1770', 'formed'],
    ['a body that reports made its report public then', '- **14 March 1771**: the Merrin Commission reports 1,214 dead.', '14 March 1771', 'published'],
    ['a gale that blows itself out ended then', '- **17 October 1768**: the Black Gale blows itself out.', '17 October 1768', 'ended'],
  ];
  for (const [name, draft, value, expected] of table) it(name, () => assert.equal(frames(draft)[value]?.split(' ')[1], expected));
});

describe('frames: what a sickness took', () => {
  const frames = framesIn(oneSource('The Black Gale struck on 14 October 1768.'));
  const table: Array<[string, string, string, string]> = [
    ['`in all it took ninety-one of our diggers`: the dead', 'The sickness came among the camps, and in all it took ninety-one of our diggers.', 'ninety-one', 'count deaths'],
    ['`the fever took forty of the crew`', 'The fever took forty of the crew.', 'forty', 'count deaths'],
    ['…while an army that took prisoners took them alive', 'The regiment took 600 prisoners.', '600', 'count prisoners/people'],
    ['a lifeboat that went out to a ship is no strike', 'The lifeboat went out to the Two Sisters and brought 17 men off her.', '17', 'count ?/people'],
    ['a crew that rowed for nine hours took that time rowing, no length of the gale', 'In the Black Gale the crew rowed for nine hours before they got the men off.', 'nine hours', 'duration length/rowed'],
    ['…while a garrison that held out for 40 days held the siege’s holding', 'In the siege of Karsk the garrison held out for 40 days.', '40 days', 'duration length/holding'],
    ['scurvy is a sickness too: `The scurvy took eleven of the crew`', 'The scurvy took eleven of the crew.', 'eleven', 'count deaths'],
  ];
  for (const [name, draft, value, expected] of table) it(name, () => assert.equal(frames(draft)[value]?.split(' ').slice(0, 2).join(' '), expected));
});

describe('frames: those lost `with them`', () => {
  const frames = framesIn(oneSource('The Black Gale struck on 14 October 1768.'));
  it('`Thirty-one boats have been lost, and with them 129 men`: the men were lost with the boats, dead', () =>
    assert.equal(frames('In the Black Gale thirty-one boats have been lost, and with them no fewer than 129 men.')['129']?.split(' ').slice(0, 2).join(' '), 'count deaths/people'));
});

describe('frames: a garrison named further on than a count’s own noun', () => {
  const frames = framesIn(oneSource('The second siege of Karsk lasted 96 days.'));
  const table: Array<[string, string, string]> = [
    ['`fined 41 townsmen for having aided the garrison`: townsmen, no strength', 'After the second siege of Karsk the committee fined 41 townsmen for having aided the garrison.', 'count ?/people of siege:karsk#2'],
    ['…while `a garrison of 41` is one', 'In the second siege of Karsk the town had a garrison of 41.', 'count strength of siege:karsk#2 {garrison}'],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.equal(frames(draft)['41'], expected));
});

describe('frames: a proceeding opened began then', () => {
  const frames = framesIn(oneSource('The inquest on the Karsk collision sat for two days.'));
  const table: Array<[string, string, string]> = [
    ['`opened the inquest on 25 August 1851`', 'The coroner opened the inquest on 25 August 1851.', 'began'],
    ['…but a fund opened is no beginning of an event', 'The relief fund was opened on 25 August 1851.', 'undefined'],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.equal(String(frames(draft)['25 August 1851']?.split(' ')[1] === 'began' ? 'began' : undefined), expected));
});

describe('frames: a name used as a figure of speech is not the thing it names', () => {
  const frames = framesIn(oneSource('The Battle of Karsk lasted 41 days, from 2 May to 11 June 1611.'));
  const table: Array<[string, string, string, string]> = [
    ['`the Karsk of the North`: the battle in front of it', 'The Battle of Tull, the Karsk of the North, lasted 50 days.', '50 days', 'duration length/fighting of battle:tull'],
    ['`which they called a little Karsk`: the battle before it', 'The Battle of Tull, which the Orleni called a little Karsk, lasted eight days.', 'eight days', 'duration length/fighting of battle:tull'],
    ['`another Karsk` names no battle of Karsk', 'Tull became another Karsk, and the battle lasted eight days.', 'eight days', 'duration length/fighting of battle'],
    ['…while `the Battle of Karsk` is that battle', 'The Battle of Karsk, in the north, lasted 50 days.', '50 days', 'duration length/fighting of battle:karsk'],
    ['…and `a Karsk siege` is a siege named after Karsk', 'A Karsk siege lasted eight days.', 'eight days', 'duration length/siege of siege:karsk'],
  ];
  for (const [name, draft, value, expected] of table) it(name, () => assert.equal(frames(draft)[value], expected));
});

describe('frames: a table row’s cell that names two events with `and` is of both together', () => {
  const frames = framesIn(oneSource('The strike of 1848 lasted seven weeks. The lockout lasted 12 weeks.'));
  const row = '| Year | Event | Length |\n|---|---|---|\n| 1848 | Strike and lockout | 19 weeks |';
  it('`| Strike and lockout | 19 weeks |` is the length of the two together, not the strike’s', () => assert.equal(frames(row)['19 weeks']?.includes('+'), true, frames(row)['19 weeks']));
});

describe('frames: a document published is not a document issued', () => {
  const frames = framesIn(oneSource('Order No. 12 was issued on 3 May 1611.'));
  const table: Array<[string, string, string]> = [
    ['`was not published until 1700`: when it was made public', 'The full text of Order No. 12 was not published until 1700.', 'published'],
    ['`was first printed in 1700`', 'Order No. 12 was first printed in 1700.', 'published'],
    ['…while `was issued in 1611` is when it was issued', 'Order No. 12 was issued in 1611.', 'issued'],
  ];
  for (const [name, draft, expected] of table) it(name, () => assert.equal(frames(draft)[draft.match(/\d{4}/)![0]]?.split(' ')[1], expected));
});

describe('frames: `of them` counts some of the people a count before it counted', () => {
  const frames = framesIn(oneSource('The Battle of Karsk lasted 41 days. The Skarran army lost 4,000 men at Karsk.'));
  const table: Array<[string, string, string, boolean]> = [
    ['`480 of them died`: of the Skarran soldiers, so of that side', 'About 1,100 Skarran soldiers were killed, wounded or captured at Karsk, and about 480 of them died.', '480', true],
    ['…and `of those men`', 'About 1,100 Skarran soldiers were killed, wounded or captured at Karsk, and about 480 of those men died.', '480', true],
    ['…but not a count that says no `of them`', 'About 1,100 Skarran soldiers were killed, wounded or captured at Karsk, and about 480 townspeople died.', '480', false],
  ];
  for (const [name, draft, value, sided] of table) it(name, () => assert.equal(frames(draft)[value]?.includes('[skarran]'), sided, frames(draft)[value]));
});

describe('frames: ships, their people and their losses; a burial', () => {
  const frames = framesIn(oneSource('The Tarn Bell sailed with 312 passengers. The voyage took 104 days. The League captured 31 Tarn ships. Ferrin is an island.'));
  const table: Array<[string, string, string, string]> = [
    ['a vessel that capsized was wrecked, an accident, hers', 'On 6 March 1874 the Provident capsized in the river.', '6 March 1874', 'date occurred of accident:provident'],
    ['…and so was one that foundered', 'The Petrel foundered on 2 May 1871.', '2 May 1871', 'date occurred of accident:petrel'],
    ['people `kept at Skerrow for 23 days` were held: a detention', 'The emigrants were kept at Skerrow for 23 days.', '23 days', 'duration phase/detention @skerrow'],
    ['`sixteen weeks at sea` is a voyage', 'They spent sixteen weeks at sea.', 'sixteen weeks', 'duration length/voyage'],
    ['`a passage of ninety-seven days` is a voyage, and how long it lasted', 'She came in after a passage of ninety-seven days.', 'ninety-seven days', 'duration length/voyage'],
    ['passengers a ship `left Vell with` are aboard', 'The barque left Vell with 312 passengers.', '312', 'count aboard/people'],
    ['ships `lost to capture` were taken', 'The town lost 31 ships to capture.', '31', 'count prisoners/ships'],
    ['…ships lost with no way said were destroyed', 'The town lost 31 ships.', '31', 'count destroyed/ships'],
    ['`4 League ships`: a unit’s word with a capital is a name; the fireships burn ships', 'The fireships burn 4 League ships.', '4', 'count destroyed/ships'],
    ['people `were buried in the blockade` are its dead', 'Four hundred were buried in the blockade.', 'Four hundred', 'count deaths of siege'],
    ['…not those buried alive', 'Thirty were buried alive by the fall.', 'Thirty', 'count survivors'],
    ['…those buried from one place are burials, at most a part of the dead', 'Nineteen were buried from the Hall.', 'Nineteen', 'count burials'],
    ['a count’s noun is not the noun of a later value in its clause (`three out alive after two days`)', 'We dug three out alive after two days.', 'three', 'count survivors'],
    ['`On the fourth day after the house was taken`: so many days between two events, told by the day it came on', 'On the fourth day after the house was taken, the abbot was hanged.', 'fourth day', 'duration between'],
    ['…while those buried on one island alone are its own share', 'The famine killed 410 across the isles. Tredwin buried 190 of the dead on Ferrin alone.', '190', 'count part of famine {alone ferrin}'],
    ['a headline’s capitals (`The Petrel Founders`) tell no wreck of their own', 'The Petrel Founders on 2 May 1871.', '2 May 1871', 'date ?'],
    ['`in 1862 or 1863`: one of two years close together, a date holding both', 'Smallpox reached the isles in 1862 or 1863.', '1862 or 1863', 'date arrived of epidemic'],
    ['`the first 164 emigrants`: the first of those counted, no first event', 'The famine came in 1837. The Two Sisters took the first 164 emigrants to New Cairn on 14 April 1838.', '14 April 1838', 'date ? of famine'],
  ];
  for (const [name, draft, value, expected] of table) it(name, () => assert.equal(frames(draft)[value], expected));
});

describe('frames: a sickness that kills, a thing’s place, a unit left out, an ordinal set off by a comma', () => {
  const frames = framesIn(oneSource('The Marl End riot began on 14 March 1874. The fire of 1878 burned the dome.'));
  const table: Array<[string, string, string, string]> = [
    ['a sickness that strikes a place is the epidemic, not a cause', 'In 1874 the camp was struck by fever, and 347 people died.', '347', 'count deaths/people of epidemic'],
    ['…and so is one that killed', 'The camp was weakened by fever, which killed 347 people.', '347', 'count deaths/people of epidemic'],
    ['deaths of a sickness are its own, not those of a riot told before', 'The riot at the gate left three dead. Since January 290 persons have died of the fever in the camp.', '290', 'count deaths/people of epidemic'],
    ['`the camp at Marl End` is where a camp stands, not the Marl End riot', 'In March 290 persons died in the camp at Marl End.', '290', 'count deaths/people'],
    ['…while deaths `at Marl End` are the riot’s', 'In March 290 persons died at Marl End.', '290', 'count deaths/people of riot:marl end'],
    ['…and so is a deed done `at Marl End` (`got their revenge at Marl End`): only a thing that stands there is placed by it', 'The rioters got their revenge at Marl End, where 40 men were arrested.', '40', 'count arrests/people of riot:marl end'],
    ['a count’s noun is not another value’s (`seven dead from the two ships`)', 'Hollin counted seven dead from the two ships.', 'seven', 'count deaths'],
    ['`a second, smaller fire`: the ordinal set off by a comma still numbers the fire', 'A second, smaller fire broke out in 1894.', '1894', 'date began of fire#2'],
    ['`took seven hours, and … took nine`: the unit left out is the length’s before it', 'Going down took seven hours, and coming back took nine.', 'nine', 'duration length'],
    ['`The jury deliberated for three hours`: what a jury did for a time is its own doing, no inquest’s length', 'The inquest opened on 2 May. The jury deliberated for three hours.', 'three hours', 'duration length/deliberated of inquiry'],
    ['`about 1,100 strong`: a body’s size, whatever befell it', 'The garrison that surrendered was about 1,100 strong.', '1,100', 'count strength {garrison}'],
  ];
  for (const [name, draft, value, expected] of table) it(name, () => assert.equal(frames(draft)[value], expected));
  const notClaims: Array<[string, string, string]> = [
    ['`he was only nineteen`: an age, a softener between', 'Piet joined the rising when he was only nineteen.', 'nineteen'],
    ['`My ancestor was only nineteen.`: an ancestor is kin', 'My ancestor was only nineteen.', 'nineteen'],
    ['`(03 5521 8870)`: a telephone number, no value', 'The Society (03 5521 8870) might lend us some.', '03'],
    ['`Priya does 1848`: a year a member of the writer’s group takes on is the writer’s plan', 'Slides: Priya does 1848, Tom does 1852, and I take the inquiry.', '1848'],
    ['…and so is a stint’s last year (`Mina covers 1867 to 1874`)', 'Mina covers 1867 to 1874, and I cover the opening.', '1874'],
    ['`panel 3`: a part of the writer’s own display', 'We need a harbour map for panel 2 and a photo for panel 3.', '3'],
    ['`the League paid 150,000 after the second`: a bare sum paid is money', 'The kingdom paid 80,000 after the first war, and the League paid 150,000 after the second.', '150,000'],
  ];
  for (const [name, draft, value] of notClaims) it(name, () => assert.equal(frames(draft)[value], undefined));
});

describe('frames: a line in capitals names nothing by its capitals', () => {
  // A source about a mill fire and a strike: `Hollin Mill` is a name, `the mill` a plain word.
  const corpus = 'The fire at Hollin Mill killed 31 people. The Wexley strike began on 10 October 1892; the mill stood idle.';
  const table: Array<[string, string, string]> = [
    ['a newspaper headline in capitals is read as a heading: `MILL` names no strike', '**THE MILL STRIKE ENDED.**\n\nThe strike came to an end after sixty-eight days.', 'duration length/strike of strike'],
    ['…nor does a heading’s word the corpus writes in lower case and names no event by', '## The Mill Strike Ended\n\nThe strike came to an end after sixty-eight days.', 'duration length/strike of strike'],
    ['…while a heading keeps a name the corpus knows', '## The Wexley Strike\n\nThe strike came to an end after sixty-eight days.', 'duration length/strike of strike:wexley'],
  ];
  for (const [title, markdown, frame] of table) {
    it(title, () => assert.equal(framesIn(oneSource(corpus))(markdown)['sixty-eight days'], frame));
  }
});

describe('frames: vessels that sank, foundered or went down were lost; those lost with them are no vessels', () => {
  const frames = framesIn(oneSource('The Great Gale of Karsk struck the fleet in 1611.'));
  it('`of them`, of people, says no more of whom (`600 men gathered, and 34 of them were killed`)', () =>
    assert.equal(frames('In the Great Gale, 600 men gathered, and 34 of them were killed.')['34'], 'count deaths of storm:great'));
  const table: Array<[string, string, Record<string, string>]> = [
    ['boats that went down', 'In the Great Gale, 29 luggers went down.', { '29': 'count destroyed/luggers of storm:great' }],
    ['…that a storm sank', 'The Great Gale sank 31 boats.', { '31': 'count destroyed/ships of storm:great' }],
    ['…that foundered', 'In the Great Gale twenty-six luggers foundered.', { 'twenty-six': 'count destroyed/luggers of storm:great' }],
    ['a word of a name before the count counts nothing (`Oddny Head`, no head of cattle)', 'In the Great Gale, the Heron left Oddny Head with 16 aboard.', { '16': 'count aboard of :heron' }],
    ['`of them` counts what the count before it counts', 'In the Great Gale, 84 luggers had gone out, and nineteen of them were lost.', { '84': 'count ?/luggers of storm:great', 'nineteen': 'count destroyed/luggers of storm:great' }],
    ['…but a noun after `of them` says which part they were (`19 of them workmen`), no count of the whole’s things', 'In the Great Gale, the inquiry examined 31 witnesses, 19 of them workmen.', { '31': 'count ?/witnesses of inquiry', '19': 'count ?/people of inquiry' }],
    ['those who went down with a boat are no boats', 'The Guide Well went down with all six of her crew in the Great Gale.', { 'six': 'count ? of storm:great' }],
    ['…nor men who went down the pit', 'In 1611, 300 men went down the pit.', { '1611': 'date ?', '300': 'count act:went/people' }],
  ];
  for (const [title, markdown, expected] of table) {
    it(title, () => assert.deepEqual(frames(markdown), expected));
  }
});

describe('frames: a length whose clause tells how a place fell or held out is that place’s', () => {
  const frames = framesIn(oneSource('The siege of Karsk lasted 140 days. The army then marched on Orlen.'));
  it('another place that fell after a time of fighting, under a heading on a siege named after a town', () =>
    assert.deepEqual(frames('# The siege of Karsk\n\nOrlen fell after about two weeks of street fighting.'), { 'two weeks': 'duration length/fighting' }));
  it('…and so is one taken, a paragraph after the siege (`Taking Orlen still cost …`: no name `Taking Orlen`)', () =>
    assert.deepEqual(frames('The siege of Karsk lasted 140 days.\n\nTaking Orlen still cost almost three years of hard fighting.'), { '140 days': 'duration length/siege of siege:karsk', 'three years': 'duration length/fighting' }));
  it('…while a town that is not named is the heading’s', () =>
    assert.deepEqual(frames('# The siege of Karsk\n\nThe town fell after about two weeks of street fighting.'), { 'two weeks': 'duration length/fighting of siege:karsk' }));
});

describe('frames: an event named after `into` an unnamed one is what that one is about', () => {
  const frames = framesIn(oneSource('On 19 November 1883 the Great Fall killed 26 quarrymen. The inquest sat for nine days.'));
  it('the inquest’s date, not the fall’s', () => assert.equal(frames('The inquest into the Great Fall opened on 22 November 1883.')['22 November 1883'], 'date opened of inquiry'));
  it('…while the fall’s own date is the fall’s', () => assert.equal(frames('The Great Fall came on 19 November 1883.')['19 November 1883'], 'date occurred of fall:great'));
});

describe('frames: whose unnamed event it is', () => {
  const ownerOf = (markdown: string) => extractClaims(markdownToProse(markdown), oneSource('Lord Vane held an inquiry.')).claims[0]?.frame.subject?.refs[0]?.owner;
  it('a possessive name before it', () => assert.equal(ownerOf('Lord Vane’s inquiry sat for 12 days.'), 'vane'));
  it('a person it was held under, named right after it, whoever else it belongs to', () =>
    assert.equal(ownerOf('The Crown’s inquiry, under Lord Ivo Vane, sat for 11 days.'), 'vane'));
});

describe('frames: a total `in all` after another count of its sentence adds that one in', () => {
  const frames = framesIn(oneSource('The siege of Karsk killed 11 of the garrison.'));
  it('with another count before it, a sum of several', () =>
    assert.equal(frames('Seven townsmen were lost as well, so the siege of Karsk cost eighteen lives in all.')['eighteen'], 'count deaths of siege:karsk {in all}'));
  it('…but alone, the toll', () =>
    assert.equal(frames('The siege of Karsk cost eighteen lives in all.')['eighteen'], 'count deaths of siege:karsk'));
});

describe('frames: a row’s label that opens with a unit of time is the unit of a bare count after it', () => {
  const frames = framesIn(oneSource('The siege of Karsk lasted 140 days. The Treaty of Orlen was signed in 1612.'));
  const rows = (label: string) => frames(`| # | What | Figure |\n|---|---|---|\n| 1 | ${label} | 7 |`)['7'];
  it('months from one thing to another: a time between', () => assert.equal(rows('Months from the siege to the treaty'), 'duration between of siege'));
  it('…while a label of what was counted is no unit', () => assert.equal(rows('Deaths in the siege'), 'count deaths of siege'));
});

describe('frames: what a count lost, told right after it, is its own loss', () => {
  const frames = framesIn(oneSource('The fire of Karsk burned in 1611.'));
  const table: Array<[string, string, Record<string, string>]> = [
    ['homes lost after a death toll: the homeless', 'In the fire of Karsk three people died and about 190 lost their homes.', { 'three': 'count deaths/people of fire:karsk', '190': 'count homeless of fire:karsk' }],
    ['lives lost: the dead', 'In the fire of Karsk forty lost their lives.', { 'forty': 'count deaths of fire:karsk' }],
    ['everything lost: no toll', 'In the fire of Karsk nine were drowned and 200 lost everything.', { 'nine': 'count deaths of fire:karsk', '200': 'count ? of fire:karsk' }],
  ];
  for (const [title, markdown, expected] of table) {
    it(title, () => assert.deepEqual(frames(markdown), expected));
  }
});

describe('frames: a name where a work stands is no name of the work', () => {
  const frames = framesIn(oneSource('The Hesling Mercury was printed in 1896.'));
  it('`The granite memorial on the Hesling foreshore was unveiled …`: a work unnamed', () =>
    assert.equal(frames('The granite memorial on the Hesling foreshore was unveiled on 14 November 1896.')['14 November 1896'], 'date opened'));
  it('…while a name that opens the sentence is the work’s', () =>
    assert.equal(frames('The Ravell Free Library on Quay Street opened on 21 March 1908.')['21 March 1908'], 'date opened of work:ravell free library'));
});

describe('frames: an event a time is told from is one of its kind the text has named', () => {
  const frames = framesIn(oneSource('The Treaty of Orvay was signed in 1764. The Treaty of Kessary was signed in 1791.'));
  it('`After Kessary, …`, then `the treaty` a paragraph on: unsure which of the two treaties', () =>
    assert.equal(frames('The Treaty of Orvay set it at 1,800 men.\n\nAfter Kessary, the League could station 800 men at Brantholm.\n\nThe treaty itself was signed on 14 June 1791.')['14 June 1791'], 'date issued of treaty'));
  it('…while with only one treaty named, `the treaty` is that one', () =>
    assert.equal(frames('The Treaty of Orvay set it at 1,800 men.\n\nThe League could station 800 men at Brantholm.\n\nThe treaty itself was signed on 14 June 1791.')['14 June 1791'], 'date issued of treaty:orvay'));
});

describe('frames: those something was paid or given to are those given relief', () => {
  const frames = framesIn(oneSource('The strike of Karsk began in 1611. A hundred and twenty families left the valley.'));
  it('`pays strike pay to 588 families`: given relief, no count of what the families did', () =>
    assert.equal(frames('In the strike of Karsk the union paid strike pay to 588 families.')['588'], 'count fed/families of strike:karsk'));
  it('…while families that left are counted by what they did', () =>
    assert.equal(frames('In the strike of Karsk, 120 families left the valley.')['120'], 'count act:left/families of strike:karsk'));
});

describe('frames: a time opened by `After`, whose clause tells an end, is how long what ended went on', () => {
  const frames = framesIn(oneSource('The strike of Karsk began in 1611 and lasted fourteen weeks. The siege of Orlen lasted 96 days.'));
  const table: Array<[string, string, string, string]> = [
    ['`After nine weeks the strike ended`: its length', 'The strike of Karsk was hard. After nine weeks the strike ended.', 'nine weeks', 'duration length/strike of strike:karsk'],
    ['`After nine days the siege was over`: its length', 'The siege of Orlen was cruel. After nine days the siege was over.', 'nine days', 'duration length/siege of siege:orlen'],
    ['`After eleven weeks the men have gone back`: the length of what they went back from', 'The strike of Karsk was hard. After eleven weeks the men have gone back.', 'eleven weeks', 'duration length of strike:karsk'],
    ['…not `went back down the pit`, a return to a place', 'The strike of Karsk was hard. After eleven weeks the men went back down the pit.', 'eleven weeks', 'duration between'],
    ['…nor a time after something, told before what was done', 'The strike of Karsk was hard. After nine weeks the owners offered a rise.', 'nine weeks', 'duration between'],
  ];
  for (const [name, draft, value, expected] of table) it(name, () => assert.equal(frames(draft)[value], expected));
});

describe('frames: a time someone stayed in a place is a stay, not an event’s length', () => {
  const frames = framesIn(oneSource('The siege of Orlen lasted 96 days.'));
  const table: Array<[string, string, string, string]> = [
    ['`stayed in the ruins for seventy days`: a stay', 'The siege of Orlen was cruel. His regiment stayed in the ruins for seventy days.', 'seventy days', 'duration length/stay of siege:orlen'],
    ['…and `stayed on in the glens for five months`', 'The siege of Orlen was cruel. The soldiers stayed on in the glens for five months.', 'five months', 'duration length/stay of siege:orlen'],
    ['…while `the siege lasted …` is its length', 'The siege of Orlen was cruel. It lasted seventy days.', 'seventy days', 'duration length/siege of siege:orlen'],
  ];
  for (const [name, draft, value, expected] of table) it(name, () => assert.equal(frames(draft)[value], expected));
});

describe('frames: a row whose label names a span’s two ends gives a time between', () => {
  const frames = framesIn(oneSource('The siege of Karsk lasted 140 days. The Treaty of Orlen was signed in 1612.'));
  const rows = (label: string) => frames(`| What | Figure |\n|---|---|\n| ${label} | 90 days |`)['90 days'];
  it('`From the siege to the treaty`: a time between', () => assert.equal(rows('From the siege to the treaty'), 'duration between of siege'));
  it('`Between the siege and the treaty`: the same', () => assert.equal(rows('Between the siege and the treaty'), 'duration between of siege'));
  it('…while `Length of the siege` is its length', () => assert.equal(rows('Length of the siege'), 'duration length/siege of siege'));
});

describe('frames: the two ends of a time between are not two events together', () => {
  const frames = framesIn(oneSource('The Treaty of Orlen was signed in 1612. The siege of Karsk began in 1614.'));
  it('`the time between the treaty and the siege`: of the one event, not a total of both', () =>
    assert.equal(frames('The time between the treaty and the siege was 22 months.')['22 months'], 'duration between of siege'));
  it('…while `the fire and the flood killed 98` is a count of both together', () =>
    assert.equal(frames('The fire and the flood killed 98 men.')['98'], 'count deaths/people of fire+flood'));
});

describe('frames: people a place lost, where nothing happened that the clause names, are no toll', () => {
  const frames = framesIn(oneSource('The flood of Karsk drowned 143 people in 1843.'));
  const table: Array<[string, string, string, string]> = [
    ['`Between the two counts the island lost 1,815 people`: lost by deaths and leaving alike', 'Between the two counts the island lost 1,815 people.', '1,815', 'count people lost/people'],
    ['…while `the island lost 143 people in the flood` counts its dead', 'The island lost 143 people in the flood of Karsk.', '143', 'count deaths/people of flood:karsk'],
    ['…and `the army lost 900 men` its losses', 'The army lost 900 men in the flood of Karsk.', '900', 'count losses/people of flood:karsk'],
  ];
  for (const [name, draft, value, expected] of table) it(name, () => assert.equal(frames(draft)[value], expected));
});

describe('frames: the strength of a garrison is that body’s, as `a garrison of 700` is', () => {
  const frames = framesIn(oneSource('The siege of Karsk began in 1611.'));
  const table: Array<[string, string, string, string]> = [
    ['`the garrison numbered 1,400`', 'In the siege of Karsk the garrison numbered 1,400.', '1,400', 'count strength of siege:karsk {garrison}'],
    ['`| Garrison | 1,400 |`: a row’s label', '| Siege of Karsk | Men |\n|---|---|\n| Garrison | 1,400 |', '1,400', 'count strength/people of siege:karsk {garrison}'],
    ['…not a force that arrived with its men', 'In the siege of Karsk, Marrick arrived with some 5,000 men.', '5,000', 'count strength/people of siege:karsk'],
  ];
  for (const [name, draft, value, expected] of table) it(name, () => assert.equal(frames(draft)[value], expected));
});

describe('frames: `in peace`, `at peace` is a state, no peace made', () => {
  const frames = framesIn(oneSource('The Peace of Orlen was signed in 1612. The siege of Karsk began in 1614.'));
  it('`the garrison was left in peace under Cresswell`: no treaty the next sentence tells of', () =>
    assert.equal(frames('The siege of Karsk ended in 1613. For seventeen months the garrison was left in peace under Colonel Cresswell. On 11 March 1615 Marrick came before the town.')['11 March 1615'], 'date ? of siege:karsk'));
  it('…while `the peace` made is a treaty', () =>
    assert.equal(frames('The siege of Karsk ended in 1613. The peace was made under Colonel Cresswell. On 11 March 1615 Marrick came before the town.')['11 March 1615'], 'date ? of treaty'));
});

describe('frames: a bare name a crowd went from is a place', () => {
  const frames = framesIn(oneSource('The Basin Riot broke out in 1838. The Mill Riot broke out in 1842.'));
  it('`went up from the Basin to the mill`: no Basin Riot', () =>
    assert.equal(frames('In the Mill Riot, above a thousand people went up from the Basin to the mill.')['a thousand'], 'count act:went/people of riot:mill'));
  it('…while `from the Basin fair`, a name before a noun of its own, is read as before', () =>
    assert.equal(frames('In the Mill Riot, above a thousand people came from the Basin fair.')['a thousand'], 'count act:came/people of riot:basin'));
  it('a crowd that marched did what one that went did', () =>
    assert.equal(frames('In the Mill Riot, about 1,200 marched to the mill.')['1,200'], 'count act:went of riot:mill'));
});

describe('frames: a table that compares named places column by column', () => {
  const frames = framesIn(oneSource('The siege of Karsk lasted 140 days. Orlen was pushed back at Tull.'));
  const table = '| Feature | Tull | Karsk |\n|---|---|---|\n| Length of the fighting | about three months | 150 days |';
  it('`| Tull |` over `about three months`: a length at Tull', () => assert.equal(frames(table)['three months'], 'duration length/fighting of battle @tull'));
  it('…while `| Karsk |`, a name the corpus gives an event, keeps its reading, and Tull is not its place', () =>
    assert.equal(frames(table)['150 days'], 'duration length/fighting of battle'));
  it('…and a table with one such name reads it as before (`| Quarrick | |`, an infobox)', () =>
    assert.equal(frames('| Tull | |\n|---|---|\n| Length of the fighting | 150 days |')['150 days'], 'duration length/fighting of battle'));
});

describe('frames: an age after the noun of who some of the counted were ends its phrase', () => {
  const frames = framesIn(oneSource('The flood of Karsk drowned 143 people in 1843.'));
  it('`41 of the drowned were children under twelve`: the children among the dead', () =>
    assert.equal(frames('In the flood of Karsk, 41 of the drowned were children under twelve.')['41'], 'count part:children of flood:karsk'));
  it('…as `41 of the drowned were children` is', () =>
    assert.equal(frames('In the flood of Karsk, 41 of the drowned were children.')['41'], 'count part:children of flood:karsk'));
});

describe('frames: what a count counts, past a describing word or a denied deed', () => {
  const frames = framesIn(oneSource('The fever of Karsk began in 1611.'));
  const table: Array<[string, string, string, string]> = [
    ['`36 healthy children` are children, as `36 children` are', 'In the fever of Karsk the governors sent 36 healthy children to the farm.', '36', 'count ?/children of epidemic:karsk'],
    ['`twenty children not yet attacked`: a denied deed did not befall them', 'In the fever of Karsk twenty children not yet attacked were sent to the farm.', 'twenty', 'count ?/children of epidemic:karsk'],
    ['`she carried twelve women out herself`: a deed done to the counted', 'In the fever of Karsk she carried twelve women out herself.', 'twelve', 'count act:to-carri/women of epidemic:karsk'],
    ['`It heard 206 witnesses and presented its report`: the verb after an object is the subject’s', 'In the fever of Karsk the inquiry heard 206 witnesses and presented its report.', '206', 'count ?/witnesses of inquiry'],
    ['`We have buried 161 of our townspeople`: burials, of the whole town', 'In the fever of Karsk we have buried 161 of our townspeople.', '161', 'count burials/people of epidemic:karsk'],
    ['`the township buried 23 children`: a community’s burials, of children', 'In the fever of Karsk the township buried 23 children that winter.', '23', 'count burials/children of epidemic:karsk {own children}'],
    ['…while children a deed was done to by no one named are not surely buried', 'In the fever of Karsk Orrel buried 23 children that winter.', '23', 'count ?/children of epidemic:karsk orrel {own children}'],
  ];
  for (const [name, draft, value, expected] of table) it(name, () => assert.equal(frames(draft)[value], expected));
});

describe('frames: a return’s columns of commencement and of days lost', () => {
  const frames = framesIn(oneSource('The strike at Karsk began in 1611.'));
  const row = '| Place | Date of commencement | Date of termination | Working days lost |\n|---|---|---|---|\n| Karsk | 13 Jan. 1611 | 19 Apr. 1611 | 14,280 |';
  const table: Array<[string, string, string]> = [
    ['`Date of commencement` is when it began', '13 Jan. 1611', 'date began'],
    ['`Date of termination` is when it ended', '19 Apr. 1611', 'date ended'],
    ['`Working days lost` sums days of work, no time that passed', '14,280', 'count'],
  ];
  for (const [name, value, expected] of table) it(name, () => assert.ok(frames(row)[value]?.startsWith(expected), `${value}: ${frames(row)[value]}`));
});

describe('frames: a `where` clause after a name the sentence compares with is of that name', () => {
  const frames = framesIn(oneSource('The battle of Karsk lasted 199 days and killed 2 million people.'));
  it('`Orlen cannot compare with Karsk, where nearly two million died`: Karsk’s dead', () =>
    assert.equal(frames('Even so, Orlen cannot compare with Karsk, where nearly two million soldiers and civilians died.')['two million'], 'count deaths/people of battle:karsk'));
});

describe('frames: a thing put up, and a length a row’s label gives in brackets', () => {
  const frames = framesIn(oneSource('The second fever of Karsk lasted 23 weeks.'));
  it('`a pavilion went up within a fortnight` is no length of the fever', () =>
    assert.equal(frames('In the second fever of Karsk the beds were full, and a pavilion went up within a fortnight.')['a fortnight'], 'duration between of epidemic:karsk#2'));
  it('…while `the men went back after eleven weeks` is how long the strike lasted', () =>
    assert.equal(frames('The Karsk strike began in May 1911. The men went back after eleven weeks.')['eleven weeks'], 'duration length of strike:karsk'));
  it('`| Duration (weeks) | 21 |` is a length of 21 weeks', () =>
    assert.equal(frames('| | Second fever of Karsk |\n|---|---|\n| Duration (weeks) | 21 |')['21'], 'duration length of epidemic:karsk#2'));
});

describe('frames: who lost, who was buried, the civilians, a march from one place to another', () => {
  const frames = framesIn(oneSource('The siege of Karsk began in 1611. The march to Orlen took three years.'));
  const table: Array<[string, string, string, string]> = [
    ['`The garrison lost 300 men`: the garrison lost them, no strength', 'In the siege of Karsk the garrison lost 300 men.', '300', 'count losses/people of siege:karsk'],
    ['`we have buried above three hundred of the garrison`: burials', 'In the siege of Karsk we have buried above three hundred of the garrison.', 'three hundred', 'count burials of siege:karsk'],
    ['`40,000 civilians were killed`: some of the people', 'In the siege of Karsk 40,000 civilians were killed.', '40,000', 'count deaths/civilians of siege:karsk'],
    ['`| Civilian deaths | 214 |`: the same', '| Siege of Karsk | Number |\n|---|---|\n| Civilian deaths | 214 |', '214', 'count deaths/civilians of siege:karsk'],
    ['…but `| Battlefield and civilian deaths | 214 |` counts them all', '| Siege of Karsk | Number |\n|---|---|\n| Battlefield and civilian deaths | 214 |', '214', 'count deaths/people of siege:karsk'],
  ];
  for (const [name, draft, value, expected] of table) it(name, () => assert.equal(frames(draft)[value], expected));
  it('`The march from there to Orlen took three years` is the time until Orlen was reached', () =>
    assert.match(frames('In 1611 the siege of Karsk ended. The march from there to Orlen took three years.')['three years'] ?? '', /^duration between.*to arrived/));
});

describe('frames: an event after `after` and a doing is what a later time counts from, not what a date before it is of', () => {
  const frames = framesIn(oneSource('The Treaty of Orlen was signed in March 1609.'));
  it('`attacked in June 1611, just two years after signing the Treaty of Orlen`: not the treaty’s date', () =>
    assert.equal(frames('The Dunmar army attacked in June 1611, just two years after signing the Treaty of Orlen.')['June 1611']?.includes('treaty'), false));
});

describe('frames: a table comparing named places, each with its time after a comma', () => {
  const frames = framesIn(oneSource('The Battle of Karsk raged for 199 days. The army later wintered at Orlen.'));
  const table = '| Point of comparison | Orlen, winter 1610 | Karsk, 1611–12 |\n|---|---|---|\n| Length of the fighting | about four months | 150 days |';
  it('the place column’s cell is at that place (`Orlen, winter 1610`)', () => assert.match(frames(table)['four months'] ?? '', /@orlen/));
});

describe('frames: a year in brackets after an event’s name, and names where a table’s cell opens', () => {
  const corpus = (text: string) => buildCorpusIndex([{ key: 'wiki', title: 'Mills', uri: '/virtual/wiki.md', text }]);
  it('`## The Kell Lane fire (1888)` names a fire of 1888', () => {
    const index = corpus('# Mills\n\n## The Kell Lane fire (1888)\n\nThe shed at Kell Lane Mill burned down.');
    assert.deepEqual(index.events.yearsOf({ type: 'fire', key: 'kell lane', text: 'the Kell Lane fire' }), [1888, 1888]);
  });
  it('a word capitalised only where a cell opens, and written in lower case elsewhere, names no event', () => {
    const index = corpus('# Mills\n\nThe chimney was tall.\n\n| Date | Remarks |\n|---|---|\n| 2 November 1889 | Chimney fire, soon out |');
    assert.equal(index.knowledge.isName('chimney'), false);
  });
});

describe('frames: those a work is done with, and what a named army lost', () => {
  const frames = framesIn(oneSource('At Vell the Oskendari army lost 900 men. The bank of the Vell cut was rebuilt by 300 navvies.'));
  const table: Array<[string, string, string, string]> = [
    ['those a bank is repaired with are its workforce', 'Hurd repaired the bank with 60 men.', '60', 'count workforce/people'],
    ['…those an army marches with, its strength', 'Hurd marched on Vell with 60 men.', '60', 'count strength/people'],
    ['what `the Red Army` lost, a name of two capitalised words after `the`, is its losses', 'At Vell the Red Army lost 900 men.', '900', 'count losses/people'],
  ];
  for (const [name, draft, value, expected] of table) it(name, () => assert.equal(frames(draft)[value]?.split(' of ')[0]?.split(' @')[0]?.split(' [')[0], expected));
});
