// Identity, as a specification: two frames are the same fact, weakly the same, different (with the
// slot that vetoed it), or unrelated. Values never take part: only what each value is a value of.
import assert from 'node:assert/strict';
import { compareFrames, datedElsewhere, surelyAnotherSubject, withoutSidelessAgents, type EventResolver } from '../../server/src/engine/frames/identity.js';
import { EventRegistry } from '../../server/src/engine/frames/registry.js';
import { aliasesOf } from '../../server/src/engine/frames/mentions.js';
import { buildCorpusIndex } from '../../server/src/engine/index.js';
import { dayNumber } from '../../server/src/engine/dates.js';
import type { EventRef, FactFrame, Measure, Subject } from '../../server/src/engine/frames/types.js';

// A made-up corpus's events: two sieges of Karsk, one battle at Orlen Ford, one flood, one treaty.
const siege1: EventRef = { type: 'siege', key: 'karsk', ordinal: 1, text: 'the first siege of Karsk' };
const siege2: EventRef = { type: 'siege', key: 'karsk', ordinal: 2, text: 'the second siege of Karsk' };
const ford: EventRef = { type: 'battle', key: 'orlen ford', text: 'the battle of Orlen Ford' };
const flood: EventRef = { type: 'flood', key: 'karsk', year: 1624, text: 'the Karsk flood of 1624' };
const treaty: EventRef = { type: 'treaty', key: 'orlen', text: 'the Treaty of Orlen' };
const events: EventResolver = new EventRegistry([siege1, siege2, ford, flood, treaty], new Map([['vell', 'karskan']]));

const of = (ref: EventRef, via: Subject['via'] = 'clause'): Subject => ({ refs: [ref], via });
const frame = (dimension: FactFrame['dimension'], measure: Measure, extra: Partial<FactFrame> = {}): FactFrame => ({ dimension, measure, ...extra });
const length = (extra: Partial<FactFrame> = {}) => frame('duration', { kind: 'length', thing: 'siege' }, extra);

describe('identity: a place’s own part of a toll (`at Karsk alone`)', () => {
  const count = (extra: Partial<FactFrame>) => frame('count', { kind: 'casualties' }, extra);
  it('is a count told at that place', () => assert.notEqual(compareFrames(count({ group: 'alone karsk', place: 'karsk' }), count({ place: 'karsk' }), events).slot, 'group'));
  it('…but not the whole toll told with no place', () => assert.equal(compareFrames(count({ group: 'alone karsk', place: 'karsk' }), count({}), events).slot, 'group'));
});

describe('identity: a total `in all` after the counts it adds (`147 … and 130 …, 277 in all`)', () => {
  const count = (extra: Partial<FactFrame>) => frame('count', { kind: 'deaths' }, { subject: of(siege2), ...extra });
  it('may be the whole toll: weak, not different', () => assert.deepEqual([compareFrames(count({ group: 'in all' }), count({}), events).relation, compareFrames(count({}), count({ group: 'in all' }), events).relation], ['weak', 'weak']));
  it('…while a toll of several events together is not one event’s', () => assert.equal(compareFrames(count({ group: 'together' }), count({}), events).relation, 'different'));
});

describe('identity: a thing’s name with a numeral after it names another thing', () => {
  const departed = (text: string) => frame('date', { kind: 'departed' }, { subject: of({ key: 'petrel', text }) });
  const table: Array<[string, string, string, string]> = [
    ['`the Petrel` is not `the Petrel II`', 'Petrel', 'Petrel II', 'different'],
    ['…nor `the Petrel II` the `Petrel III`', 'Petrel II', 'Petrel III', 'different'],
    ['…while `the Petrel` is `the Petrel`', 'Petrel', 'Petrel', 'same'],
  ];
  for (const [name, a, b, relation] of table) it(name, () => assert.equal(compareFrames(departed(a), departed(b), events).relation, relation));
});

describe('identity: two names that share a word but each has a word of its own name two things', () => {
  // A made-up corpus: two battles at Aldham Ford and a siege of Aldham Castle.
  const fords: EventRef[] = [1, 2].map((ordinal) => ({ type: 'battle', key: 'aldham ford', ordinal, text: 'a battle of Aldham Ford' }));
  const castle: EventRef = { type: 'siege', key: 'aldham castl', text: 'the siege of Aldham Castle' };
  const registry = new EventRegistry([...fords, castle]);
  const survivors = (ref: EventRef) => frame('count', { kind: 'survivors', thing: 'people' }, { subject: of(ref, 'anaphor') });
  const table: Array<[string, EventRef, EventRef, string]> = [
    ['`the siege of Aldham Castle` is no battle of Aldham Ford', castle, fords[0]!, 'different'],
    ['…and `the siege` is the one siege', { type: 'siege', text: 'the siege' }, castle, 'same'],
    ['…while `Aldham` may be any of them', { key: 'aldham', text: 'Aldham' }, castle, 'weak'],
  ];
  for (const [name, a, b, relation] of table) it(name, () => assert.equal(compareFrames(survivors(a), survivors(b), registry).relation, relation));
  it('the registry keeps the siege an event of its own', () => assert.ok(registry.lookup({ type: 'siege', text: 'the siege' }).id));
});

describe('the registry: another name the corpus gives an event', () => {
  // `## The Salt Winter (1612)` over a section about a siege: a name for a siege it never names.
  const siege: EventRef = { type: 'siege', text: 'siege' };
  const registry = new EventRegistry([treaty], new Map(), [siege], new Map([['salt winter', { type: 'siege', text: 'salt winter' }]]));
  const winter: EventRef = { type: 'siege', key: 'salt winter', text: 'the Salt Winter' };
  it('stands for the event, in a lookup', () => assert.equal(registry.lookup(winter).id, registry.lookup({ type: 'siege', text: 'the siege' }).id));
  it('counts from the same event as the siege it names', () => {
    const from = (ref: EventRef) => frame('duration', { kind: 'between', from: { ref, text: ref.text, phase: 'ended' }, to: { phase: 'issued', text: 'signed' } }, { subject: of(treaty) });
    assert.equal(compareFrames(from(winter), from({ type: 'siege', key: 'karsk', text: 'the siege of Karsk' }), registry).relation, 'same');
  });
});

describe('identity: a quarantine and its epidemic', () => {
  const quarantine: EventRef = { type: 'quarantine', ordinal: 1, text: 'First quarantine' };
  const epidemic: EventRef = { type: 'epidemic', text: 'the fever' };
  const registry = new EventRegistry([quarantine], new Map(), [epidemic]);
  const deaths = (ref: EventRef) => frame('count', { kind: 'deaths' }, { subject: of(ref, 'sentence') });
  it('the dead a quarantine\'s row counts may be its epidemic\'s: not a different fact, not surely the same', () =>
    assert.equal(compareFrames(deaths(epidemic), deaths(quarantine), registry).relation, 'weak'));
  it('…while a quarantine and a flood stay apart', () =>
    assert.equal(compareFrames(deaths({ type: 'flood', key: 'karsk', text: 'the Karsk flood' }), deaths(quarantine), new EventRegistry([quarantine, { type: 'flood', key: 'karsk', text: 'the Karsk flood' }])).relation, 'different'));
});

describe('the registry: which words give an event another name', () => {
  const aliases = (text: string) => [...aliasesOf(buildCorpusIndex([{ key: 'v', title: 'V', uri: '/virtual/v.md', text }]).knowledge)]
    .map(([name, e]) => `${name}=${e.type}${e.key ? `:${e.key}` : ''}${e.calledAs ? ` (as ${e.calledAs})` : ''}`);
  const table: Array<[string, string, string[]]> = [
    ['`known … as` a name with the kind’s word', 'The Board of Trade inquiry, held at Orlen, was known in the valley as the Karsk Inquiry.', ['karsk=inquiry:board trad']],
    ['`later called` a name with another kind’s word', 'Students occupied the hall; the occupation, later called the Bell Rising, lasted nineteen days.', ['bell=occupation (as uprising)']],
    ['`called by` a body is who called it, no name', 'The strike was called by the Weavers’ Union and lasted six weeks.', []],
    ['`named after` is what the name comes from', 'The riot was named after the Corn Exchange, where it began.', []],
    ['another event between: the name is that one’s', 'The occupation ended the strike called the Long Stoppage.', []],
  ];
  for (const [name, text, expected] of table) it(name, () => assert.deepEqual(aliases(text), expected));
});

describe('the registry: one kind of event the corpus never names, dated to years apart', () => {
  // A corpus that tells of an inquiry in 1883 and another in 1909, and of a strike in 1890 and a lockout in 1908.
  const inquiry: EventRef = { type: 'inquiry', text: 'the inquiry' };
  const strike: EventRef = { type: 'strike', text: 'the strike' };
  const lockout: EventRef = { type: 'strike', word: 'lockout', text: 'the lockout' };
  const registry = new EventRegistry([], new Map(), [inquiry, strike]);
  registry.dated(inquiry, [1883]);
  registry.dated(inquiry, [1909]);
  registry.dated(strike, [1890]);
  registry.dated(lockout, [1908]);
  const sat = (ref: EventRef) => frame('duration', { kind: 'length', thing: 'inquiry' }, { subject: of(ref) });
  const lasted = (ref: EventRef) => frame('duration', { kind: 'length', thing: 'strike' }, { subject: of(ref) });
  it('two references that call it by one word are not surely one happening: the match is weak', () =>
    assert.equal(compareFrames(sat(inquiry), sat({ type: 'inquiry', text: 'his inquiry' }), registry).relation, 'weak'));
  it('…unless both are set in the same year', () =>
    assert.equal(compareFrames(sat({ ...inquiry, when: 1909 }), sat({ type: 'inquiry', text: 'an inquiry', when: 1909 }), registry).relation, 'same'));
  it('years apart under two words (a strike, a lockout) are no reason to doubt one word’s references', () =>
    assert.equal(compareFrames(lasted(lockout), lasted({ ...lockout, text: 'the lockout of the yard' }), registry).relation, 'same'));
});

describe('the registry: an unnamed event told in a year a generation from the corpus’s one of its kind', () => {
  const fire: EventRef = { type: 'fire', text: 'the fire' };
  const registry = new EventRegistry([], new Map(), [fire]);
  registry.dated(fire, [1646]);
  it('is the corpus’s one fire when told in its year', () => assert.equal(registry.lookup({ ...fire, told: 1646 }).count, 1));
  it('…and another fire when told two centuries later, whatever was looked up before', () => assert.equal(registry.lookup({ ...fire, text: 'Fire', told: 1847 }).count, 0));
  const deaths = (ref: EventRef) => frame('count', { kind: 'deaths' }, { subject: of(ref, 'sentence') });
  const table: Array<[string, EventRef, string]> = [
    ['`the fire` in a text set in its year is surely that fire', { ...fire, when: 1646 }, 'same'],
    ['…in a text set a year after, too', { ...fire, when: 1647 }, 'same'],
    ['…but not in one set some years later (a diary’s entry of 1660): perhaps another', { ...fire, when: 1660 }, 'weak'],
    ['…unless it names the fire', { ...fire, key: 'karsk', text: 'the fire of Karsk', when: 1660 }, 'same'],
  ];
  const named = new EventRegistry([{ type: 'fire', key: 'karsk', text: 'the fire of Karsk' }]);
  named.dated({ type: 'fire', key: 'karsk', text: 'the fire of Karsk' }, [1646]);
  for (const [name, ref, relation] of table) it(name, () => assert.equal(compareFrames(deaths({ type: 'fire', text: 'the fire' }), deaths(ref), named).relation, relation));
});

describe('the registry: numbers before years, and a year names the event dated to it', () => {
  const first: EventRef = { type: 'flood', key: 'river lowen', ordinal: 1, text: 'the first great flood of the River Lowen' };
  const second: EventRef = { type: 'flood', ordinal: 2, text: 'the second flood' };
  const of1838: EventRef = { type: 'flood', year: 1838, text: 'the 1838 flood' };
  const registry = new EventRegistry([of1838, second, first]);
  it('`the 1838 flood` is not merged into the first flood while a second one exists', () => assert.equal(registry.size, 2));
  it('…and is the flood the corpus dates to 1838, once it does', () => {
    registry.dated(first, [1827]);
    registry.dated(second, [1838]);
    assert.equal(registry.lookup(of1838).id, registry.lookup(second).id);
    assert.notEqual(registry.lookup({ type: 'flood', year: 1827, text: 'the flood of 1827' }).id, registry.lookup(second).id);
  });
  it('a ref set in a year, looked up again (the same object) once the corpus dates its events, is looked up by the years known then', () => {
    const fresh = new EventRegistry([of1838, second, first]);
    const setIn1838: EventRef = { type: 'flood', when: 1838, text: 'the flood' };
    assert.equal(fresh.lookup(setIn1838).id, undefined);
    fresh.dated(first, [1827]);
    fresh.dated(second, [1838]);
    assert.equal(fresh.lookup(setIn1838).id, fresh.lookup(second).id);
    assert.equal(fresh.lookup(setIn1838), fresh.lookup(setIn1838));
  });
  it('a name with a year (`the Lighthouse Strike (1902)`) is not merged into the first of two numbered events', () => {
    const strikes: EventRef[] = [
      { type: 'strike', ordinal: 1, text: 'the first strike' },
      { type: 'strike', ordinal: 2, text: 'the second strike' },
      { type: 'strike', key: 'lighthous', year: 1902, text: 'The Lighthouse Strike (1902)' },
    ];
    const registry = new EventRegistry(strikes);
    assert.equal(registry.size, 2);
    assert.equal(registry.lookup(strikes[2]!).id, undefined);
  });
  it('two kinds of event are two events, whatever words their names share', () => {
    const riot: EventRef = { type: 'riot', key: 'lowen bridg mill', text: 'the Lowen Bridge Mill riot' };
    const both = new EventRegistry([first, riot]);
    assert.equal(both.size, 2);
    assert.notEqual(both.lookup(riot).id, both.lookup(first).id);
  });
});

describe('the registry: a kind of event the corpus never names is one event', () => {
  const quarantine: EventRef = { type: 'quarantine', text: 'quarantine' };
  const registry = new EventRegistry([siege1, siege2], new Map(), [quarantine, { type: 'siege', text: 'siege' }]);
  it('an unnamed reference is that one event', () => assert.ok(registry.lookup({ type: 'quarantine', text: 'the quarantine' }).id));
  it('a named one is not', () => assert.equal(registry.lookup({ type: 'quarantine', key: 'orlen', text: 'the Orlen quarantine' }).id, undefined));
  it('a kind the corpus names is not added as one more event', () => assert.equal(registry.lookup({ type: 'siege', text: 'the siege' }).count, 2));
  it('a numbered reference is never an event the corpus does not number: a first implies a second', () => {
    const great: EventRef = { type: 'collapse', key: 'great', text: 'the Great Collapse' };
    const one = new EventRegistry([great]);
    assert.ok(one.lookup({ type: 'collapse', text: 'the collapse' }).id, 'the collapse is the one collapse');
    assert.equal(one.lookup({ type: 'collapse', ordinal: 1, text: 'the first collapse' }).id, undefined);
  });
  it('…and an unnumbered one is not surely the one event the corpus numbers: its first implies a second', () => {
    const raid: EventRef = { type: 'attack', ordinal: 1, text: 'the first raid' };
    const one = new EventRegistry([raid]);
    const bombardment = one.lookup({ type: 'attack', text: 'the bombardment' });
    assert.deepEqual([bombardment.id, bombardment.count], [undefined, 2]);
    assert.ok(one.lookup({ type: 'attack', ordinal: 1, text: 'the first attack' }).id);
  });
  it('…unless it is named (`the battle of Orlen Ford`, after `the first engagement at Orlen Ford`)', () => {
    const first: EventRef = { type: 'battle', key: 'orlen ford', ordinal: 1, text: 'the first engagement at Orlen Ford' };
    const one = new EventRegistry([first]);
    assert.equal(one.lookup({ type: 'battle', key: 'orlen ford', text: 'the battle of Orlen Ford' }).id, one.lookup(first).id);
  });
});

describe('identity: a numbered event the corpus never numbers', () => {
  const inquiry: EventRef = { type: 'inquiry', key: 'board trad', text: 'the Board of Trade inquiry' };
  const registry = new EventRegistry([inquiry]);
  const lasted = (ref: EventRef) => frame('duration', { kind: 'length', thing: 'inquiry' }, { subject: of(ref) });
  it('`a second inquiry` of the same board is not surely the one inquiry the corpus tells of', () => {
    const second: EventRef = { ...inquiry, ordinal: 2, text: 'a second inquiry' };
    assert.notEqual(compareFrames(lasted(second), lasted(inquiry), registry).relation, 'same');
  });
  it('…while the inquiry itself is', () => assert.equal(compareFrames(lasted({ ...inquiry, text: 'the inquiry' }), lasted(inquiry), registry).relation, 'same'));
});

describe('identity: a kind of event only the corpus teaches may hold another', () => {
  // A crush at a feast: the lexicon knows neither kind, so it cannot say one is not inside the other.
  const crush: EventRef = { type: 'crush', key: 'great', text: 'the Great Crush' };
  const feast: EventRef = { type: 'feast', key: 'lantern', text: 'the Lantern Feast' };
  const taught = new EventRegistry([crush, feast, siege1]);
  const pilgrims = (ref: EventRef) => frame('count', { kind: 'people', thing: 'pilgrims' }, { subject: of(ref) });
  it('the registry keeps them two events', () => assert.notEqual(taught.lookup(crush).id, taught.lookup(feast).id));
  it('a value told of one may be the other’s: not different', () => assert.equal(compareFrames(pilgrims(crush), pilgrims(feast), taught).relation, 'weak'));
  it('two kinds the lexicon knows are still different events', () => assert.equal(compareFrames(pilgrims(siege1), pilgrims(treaty), taught).relation, 'different'));
});

describe('identity: same fact, or not', () => {
  const cases: Array<[string, FactFrame, FactFrame, string, string]> = [
    ['same event, same measure: the same fact',
      length({ subject: of(siege2) }), length({ subject: of(siege2, 'anaphor') }), 'same', 'subject+measure'],
    ['an unnumbered reference that can only be one corpus event is that event',
      length({ subject: of({ type: 'siege', ordinal: 2, text: 'the second siege' }) }), length({ subject: of(siege2) }), 'same', 'subject+measure'],
    ['the first and the second siege are different events',
      length({ subject: of(siege1) }), length({ subject: of(siege2) }), 'different', 'subject'],
    ['a siege and a treaty are different events, whatever words they share',
      frame('date', { kind: 'issued' }, { subject: of({ type: 'siege', key: 'orlen', text: 'the siege of Orlen' }) }), frame('date', { kind: 'issued' }, { subject: of(treaty) }), 'different', 'subject'],
    ['deaths are not casualties',
      frame('count', { kind: 'deaths' }, { subject: of(ford) }), frame('count', { kind: 'casualties' }, { subject: of(ford) }), 'different', 'measure'],
    ['how long an event lasted is not the time between two events',
      length({ subject: of(siege2) }), frame('duration', { kind: 'between' }, { subject: of(siege2) }), 'different', 'measure'],
    ['a strike is not a detention',
      frame('duration', { kind: 'length', thing: 'strike' }), frame('duration', { kind: 'length', thing: 'detention' }), 'different', 'measure'],
    ['the time a doing took (`meal was handed out for 19 weeks`) is no event’s own length (`it lasted nineteen weeks`)',
      frame('duration', { kind: 'length' }, { subject: of(siege2) }), frame('duration', { kind: 'length', thing: 'handed' }, { subject: of(siege2) }), 'different', 'measure'],
    ['…while an activity an event is (`they held the town for 19 weeks`) may be',
      frame('duration', { kind: 'length' }, { subject: of(siege2) }), frame('duration', { kind: 'length', thing: 'holding' }, { subject: of(siege2) }), 'weak', 'measure'],
    ['a date when it began is not a date when it ended',
      frame('date', { kind: 'began' }, { subject: of(siege1) }), frame('date', { kind: 'ended' }, { subject: of(siege1) }), 'different', 'measure'],
    ['the day a count was made is not the day of the event counted',
      frame('date', { kind: 'recorded' }, { subject: of(flood) }), frame('date', { kind: 'occurred' }, { subject: of(flood) }), 'different', 'measure'],
    ['a date of a flood is the day it began',
      frame('date', { kind: 'occurred' }, { subject: of(flood) }), frame('date', { kind: 'began' }, { subject: of(flood) }), 'same', 'subject+measure'],
    ['a date of a siege only fits the day it began',
      frame('date', { kind: 'occurred' }, { subject: of(siege1) }), frame('date', { kind: 'began' }, { subject: of(siege1) }), 'weak', 'measure'],
    ['a document named in the claim’s own sentence, dated when it was issued, is the same fact as a date of it that tells no moment',
      frame('date', { kind: 'issued' }, { subject: of(treaty) }), frame('date', {}, { subject: of(treaty, 'paragraph') }), 'same', 'subject+measure'],
    ['…not when the claim’s date is only of something that happened to it (read out, printed)',
      frame('date', { kind: 'occurred' }, { subject: of(treaty) }), frame('date', {}, { subject: of(treaty, 'paragraph') }), 'weak', 'measure'],
    ['…nor when the claim only refers back to it (`the treaty`)',
      frame('date', { kind: 'issued' }, { subject: of({ ...treaty, text: 'treaty' }, 'anaphor') }), frame('date', {}, { subject: of(treaty, 'paragraph') }), 'weak', 'measure'],
    ['a time between whose subject is the event it counts from is no other fact by that subject (`two years after they signed their treaty`)',
      frame('duration', { kind: 'between', from: { ref: treaty, phase: 'issued', text: 'signed their treaty' } }, { subject: of(treaty) }),
      frame('duration', { kind: 'between', from: { ref: treaty, phase: 'issued', text: 'the Treaty of Orlen signed' } }, { subject: of(siege2) }), 'weak', 'subject'],
    ['…while one with a subject of its own is', frame('duration', { kind: 'between', from: { ref: treaty, phase: 'issued', text: 'signed their treaty' } }, { subject: of(ford) }),
      frame('duration', { kind: 'between', from: { ref: treaty, phase: 'issued', text: 'the Treaty of Orlen signed' } }, { subject: of(siege2) }), 'different', 'subject'],
    ['one side is not the other',
      frame('count', { kind: 'deaths' }, { subject: of(ford), sides: ['velmarchi'] }), frame('count', { kind: 'deaths' }, { subject: of(ford), sides: ['karskan'] }), 'different', 'side'],
    ['a person the corpus places on a side speaks for it',
      frame('count', { kind: 'deaths' }, { subject: of(ford), sides: ['velmarchi'] }), frame('count', { kind: 'deaths' }, { subject: of(ford), agents: ['vell'] }), 'different', 'side'],
    ['a time between whose ends one tells and the other does not is only weakly the same',
      frame('duration', { kind: 'between', from: { ref: siege2, phase: 'ended', text: 'the second siege' }, to: { ref: ford, text: 'the battle' } }, { subject: of(siege2) }),
      frame('duration', { kind: 'between' }, { subject: of(siege2) }), 'weak', 'measure'],
    ['two times counted from the same event, up to what neither tells, are only weakly the same (`Eight years after the slide, …`)',
      frame('duration', { kind: 'between', from: { ref: siege2, text: 'the second siege' } }, { subject: of(siege2) }),
      frame('duration', { kind: 'between', from: { ref: siege2, text: 'the second siege' } }, { subject: of(siege2) }), 'weak', 'measure'],
    ['…but two times until something happened that neither counts from anything are the same fact of the same subject (`took nine years to build`)',
      frame('duration', { kind: 'between' }, { subject: of(siege2) }), frame('duration', { kind: 'between' }, { subject: of(siege2) }), 'same', 'subject+measure'],
    ['a count of a person’s army is one side’s: only weakly the count of no side',
      frame('count', { kind: 'deaths' }, { subject: of(ford), forceOf: 'vane' }), frame('count', { kind: 'deaths' }, { subject: of(ford) }), 'weak', 'measure'],
    ['…and may be the count of a side the corpus names',
      frame('count', { kind: 'deaths' }, { subject: of(ford), forceOf: 'vane' }), frame('count', { kind: 'deaths' }, { subject: of(ford), sides: ['karskan'] }), 'same', 'subject+measure'],
    ['…an end told by its moment alone (`after the surrender`) is an end told',
      frame('duration', { kind: 'between', from: { phase: 'ended', text: 'the surrender' }, to: { phase: 'issued', text: 'signed' } }, { subject: of(treaty) }),
      frame('duration', { kind: 'between' }, { subject: of(treaty) }), 'weak', 'measure'],
    ['a time from the same event to the same moment is the same fact',
      frame('duration', { kind: 'between', from: { ref: siege2, phase: 'ended', text: 'the siege' }, to: { phase: 'arrived', text: 'arrived' } }),
      frame('duration', { kind: 'between', from: { ref: siege2, phase: 'ended', text: 'the second siege' }, to: { phase: 'arrived', text: 'arrived' } }), 'same', 'measure'],
    ['…but not when which event is only guessed from a place referred back to (`after the city had fallen`)',
      frame('duration', { kind: 'between', from: { ref: { ...siege2, guessed: true }, phase: 'ended', text: 'the city' }, to: { phase: 'arrived', text: 'arrived' } }),
      frame('duration', { kind: 'between', from: { ref: siege2, phase: 'ended', text: 'the second siege' }, to: { phase: 'arrived', text: 'arrived' } }), 'weak', 'subject'],
    ['a count of one regiment is not a count of all',
      frame('count', { kind: 'deaths' }, { subject: of(ford) }), frame('count', { kind: 'deaths' }, { subject: of(ford), group: '4th lancer' }), 'different', 'group'],
    ['a unit’s own time (`the 4th Lancers held the ford for nine days`) is not the event’s length',
      length({ subject: of(ford) }), length({ subject: of(ford), group: '4th lancer' }), 'different', 'group'],
    ['…nor its span of dates the event’s span',
      frame('date', { kind: 'span' }, { subject: of(ford) }), frame('date', { kind: 'span' }, { subject: of(ford), group: '4th lancer' }), 'different', 'group'],
    ['a share of the men within some kind of unit is not a share of all the men',
      frame('fraction', { kind: 'forces', thing: 'lost' }, { subject: of(ford), group: 'within penal companies' }), frame('fraction', { kind: 'forces', thing: 'lost' }, { subject: of(ford) }), 'different', 'group'],
    ['…while a share whose whole names no body may be any side\'s (`all its soldiers`)',
      frame('fraction', { kind: 'forces', thing: 'lost' }, { subject: of(ford) }), frame('fraction', { kind: 'forces', thing: 'lost' }, { subject: of(ford), group: 'lancer' }), 'same', 'subject+measure'],
    ['one person\'s own children are not another\'s own army: `own` says whose, not which body',
      frame('count', { kind: 'deaths' }, { subject: of(ford), group: 'own children' }), frame('count', { kind: 'deaths' }, { subject: of(ford), group: 'own army' }), 'different', 'group'],
    ['the same regiment, named more or less fully',
      frame('count', { kind: 'deaths' }, { subject: of(ford), group: 'lancer' }), frame('count', { kind: 'deaths' }, { subject: of(ford), group: '4th lancer' }), 'same', 'subject+measure'],
    ['a closure within an event from its paragraph may be the length of the one event whose own activity a closure is',
      frame('duration', { kind: 'length', thing: 'closure' }, { subject: of(flood, 'paragraph') }), frame('duration', { kind: 'length', thing: 'closure' }, { subject: of({ type: 'quarantine', text: 'the quarantine' }, 'anaphor') }), 'weak', 'subject'],
    ['…but a closure within one event is not a closure within another',
      frame('duration', { kind: 'length', thing: 'closure' }, { subject: of(flood, 'paragraph') }), frame('duration', { kind: 'length', thing: 'closure' }, { subject: of(siege1, 'paragraph') }), 'different', 'subject'],
    ['with no event named on either side, or only a heading\'s guess, the same place names the same thing',
      frame('count', { kind: 'strength' }, { place: 'fort vell' }), frame('count', { kind: 'strength' }, { place: 'fort vell', subject: of(flood, 'heading') }), 'same', 'subject+measure'],
    ['…or only the guess of an event its paragraph told of (`the cost of defending Moscow`, in a paragraph on the invasion)',
      frame('count', { kind: 'casualties' }, { place: 'fort vell', subject: of({ type: 'campaign', text: 'the invasion' }, 'paragraph') }), frame('count', { kind: 'casualties' }, { place: 'fort vell' }), 'same', 'subject+measure'],
    ['…a place each says, not one referred back to',
      frame('count', { kind: 'strength' }, { place: 'fort vell', placeGuessed: true }), frame('count', { kind: 'strength' }, { place: 'fort vell' }), 'weak', 'subject'],
    ['…a time it took at that place too (`the Osterby bridge took nine years to build`)',
      frame('duration', { kind: 'between' }, { place: 'osterby bridg' }), frame('duration', { kind: 'between' }, { place: 'osterby bridg' }), 'same', 'subject+measure'],
    ['a count told at a place, with no event named, is of the event its place names (`the defence of Karsk`)',
      frame('count', { kind: 'casualties' }, { subject: of({ type: 'battle', key: 'karsk', text: 'the defence of Karsk' }) }), frame('count', { kind: 'casualties' }, { place: 'karsk' }), 'same', 'subject+measure'],
    ['…not a place only referred back to',
      frame('count', { kind: 'casualties' }, { subject: of({ type: 'battle', key: 'karsk', text: 'the defence of Karsk' }) }), frame('count', { kind: 'casualties' }, { place: 'karsk', placeGuessed: true }), 'weak', 'subject'],
    ['…and so is one of an unnamed event at that place (`the counterattack at Karsk`)',
      frame('count', { kind: 'casualties' }, { subject: of({ type: 'attack', text: 'The counterattack' }), place: 'karsk' }), frame('count', { kind: 'casualties' }, { place: 'karsk' }), 'same', 'subject+measure'],
    ['…not of one at a place only referred back to',
      frame('count', { kind: 'casualties' }, { subject: of({ type: 'attack', text: 'The counterattack' }), place: 'karsk', placeGuessed: true }), frame('count', { kind: 'casualties' }, { place: 'karsk' }), 'weak', 'subject'],
    ['a count of a battle or a siege its sentence names after its place is not one told at another place, with no event named (`over a million casualties at Brannock`)',
      frame('count', { kind: 'casualties' }, { subject: of(ford) }), frame('count', { kind: 'casualties' }, { place: 'brannock' }), 'different', 'subject'],
    ['…but may be one told there only in a guess',
      frame('count', { kind: 'casualties' }, { subject: of(ford) }), frame('count', { kind: 'casualties' }, { place: 'brannock', placeGuessed: true }), 'weak', 'subject'],
    ['…nor a time told at a place, which runs from an event there',
      frame('duration', { kind: 'between' }, { subject: of({ type: 'battle', key: 'karsk', text: 'the defence of Karsk' }) }), frame('duration', { kind: 'between' }, { place: 'karsk' }), 'weak', 'subject'],
    ['with no event either sentence names, counts of one kind in sentences of the same one day are of what happened that day',
      frame('count', { kind: 'deaths' }, { day: 100 }), frame('count', { kind: 'deaths' }, { day: 100, subject: of(siege2, 'paragraph') }), 'same', 'subject+measure'],
    ['…and a place one of them adds is no reason to doubt it',
      frame('count', { kind: 'deaths' }, { day: 100, place: 'karsk' }), frame('count', { kind: 'deaths' }, { day: 100 }), 'same', 'subject+measure'],
    ['…but not on another day',
      frame('count', { kind: 'deaths' }, { day: 100 }), frame('count', { kind: 'deaths' }, { day: 101 }), 'weak', 'subject'],
    ['…nor a time beside the day, often told from it',
      frame('duration', { kind: 'between' }, { day: 100 }), frame('duration', { kind: 'between' }, { day: 100 }), 'weak', 'subject'],
    ['…nor things the day\'s sentences only count (`31 of the 74 boats`)',
      frame('count', { thing: 'ships' }, { day: 100 }), frame('count', { thing: 'ships' }, { day: 100, subject: of(siege2, 'paragraph') }), 'weak', 'subject'],
    ['…nor events both sentences name',
      frame('count', { kind: 'deaths' }, { day: 100, subject: of(siege1) }), frame('count', { kind: 'deaths' }, { day: 100, subject: of(ford) }), 'different', 'subject'],
    ['…but an event only taken from the paragraph is no reason to call the day’s count another (a riot in a paragraph about a siege)',
      frame('count', { kind: 'deaths' }, { day: 100, subject: of(siege1, 'paragraph') }), frame('count', { kind: 'deaths' }, { day: 100, subject: of(ford) }), 'same', 'subject+measure'],
    ['…nor counts of one side and of all (the day does not say whose count it is)',
      frame('count', { kind: 'deaths' }, { day: 100 }), frame('count', { kind: 'deaths' }, { day: 100, sides: ['velmarchi'] }), 'weak', 'subject'],
    ['a value told of a return (`came back with 31 ships`) is not of the first of its kind',
      frame('count', { thing: 'ships' }, { returning: true }), frame('count', { thing: 'ships' }, { subject: of(siege1) }), 'different', 'subject'],
    ['an inquest and a trial are two proceedings of one kind',
      frame('duration', { kind: 'length' }, { subject: of({ type: 'inquiry', word: 'inquest', text: 'the inquest' }, 'anaphor') }),
      frame('duration', { kind: 'length' }, { subject: of({ type: 'inquiry', word: 'trial', text: 'the trial' }, 'anaphor') }), 'different', 'subject'],
    ['…but `the inquiry` may be either: a report calls its inquest so',
      frame('duration', { kind: 'length' }, { subject: of({ type: 'inquiry', word: 'inquest', text: 'the inquest' }, 'anaphor') }),
      frame('duration', { kind: 'length' }, { subject: of({ type: 'inquiry', text: 'the inquiry' }, 'anaphor') }), 'weak', 'subject'],
    ['two places named are two places',
      frame('fraction', { kind: 'place' }, { subject: of(flood), place: 'karsk' }), frame('fraction', { kind: 'place' }, { subject: of(flood), place: 'orlen' }), 'different', 'place'],
    ['a place referred back to (`the town`) is a guess: no reason to call two values different',
      frame('fraction', { kind: 'place' }, { subject: of(flood), place: 'karsk' }), frame('fraction', { kind: 'place' }, { subject: of(flood), place: 'orlen', placeGuessed: true }), 'same', 'subject+measure'],
    ['a subject from the paragraph before is a guess, as a heading\'s is',
      length({ subject: of(siege1, 'previous') }), length({ subject: of(ford) }), 'weak', 'subject'],
    ['a subject from a heading is a guess: no reason to call a statement another event (a claim\'s heading)',
      length({ subject: of(siege1, 'heading') }), length({ subject: of(ford) }), 'weak', 'subject'],
    ['…nor a source\'s (a page titled after three events, a sentence naming none)',
      length({ subject: of(ford) }), length({ subject: of(siege1, 'heading') }), 'weak', 'subject'],
    ['named in both sentences, two events are different',
      length({ subject: of(siege1) }), length({ subject: of(ford) }), 'different', 'subject'],
    ['a count at a place, its event only from the paragraph, may be of a smaller event there',
      frame('count', { kind: 'deaths' }, { subject: of(siege2, 'paragraph'), place: 'orlen ford' }), frame('count', { kind: 'deaths' }, { subject: of(siege2) }), 'weak', 'measure'],
    ['a count at a place, its event named in its sentence, is that event\'s',
      frame('count', { kind: 'deaths' }, { subject: of(siege2), place: 'karsk' }), frame('count', { kind: 'deaths' }, { subject: of(siege2) }), 'same', 'subject+measure'],
    ['a second flood is not the corpus’s one flood, which it never numbers: a second implies a first',
      frame('count', { kind: 'deaths' }, { subject: of({ type: 'flood', ordinal: 2, text: 'the second flood' }) }), frame('count', { kind: 'deaths' }, { subject: of(flood) }), 'weak', 'subject'],
    ['how long the works were shut by a lockout is how long the lockout went on',
      frame('duration', { kind: 'length', thing: 'closure' }, { subject: of({ type: 'strike', key: 'brinmoor', text: 'the lockout' }, 'anaphor') }),
      frame('duration', { kind: 'length', thing: 'strike' }, { subject: of({ type: 'strike', key: 'brinmoor', text: 'the Brinmoor Lockout' }) }), 'same', 'subject+measure'],
    ['a length of one activity is not surely the length of an event it is not (a closure during an epidemic)',
      frame('duration', { kind: 'length', thing: 'closure' }, { subject: of(flood) }), frame('duration', { kind: 'length' }, { subject: of(flood) }), 'weak', 'measure'],
    ['a length of an event’s own activity is its length (a siege’s siege)',
      frame('duration', { kind: 'length', thing: 'siege' }, { subject: of(siege2) }), frame('duration', { kind: 'length' }, { subject: of(siege2) }), 'same', 'subject+measure'],
    ['the dead of a disease are no toll of another kind of event told in its paragraph',
      frame('count', { kind: 'deaths' }, { cause: 'plague' }), frame('count', { kind: 'deaths' }, { subject: of({ type: 'fire', text: 'the fire' }, 'paragraph') }), 'different', 'cause'],
    ['…nor of another disease',
      frame('count', { kind: 'deaths' }, { cause: 'plague' }), frame('count', { kind: 'deaths' }, { cause: 'typhus' }), 'different', 'cause'],
    ['…but may be an epidemic’s',
      frame('count', { kind: 'deaths' }, { cause: 'plague' }), frame('count', { kind: 'deaths' }, { subject: of({ type: 'epidemic', text: 'the plague' }) }), 'weak', 'subject'],
    ['…and an event only a heading gives is a guess, no reason to call them different',
      frame('count', { kind: 'deaths' }, { cause: 'plague' }), frame('count', { kind: 'deaths' }, { subject: of({ type: 'fire', text: 'the fire' }, 'heading') }), 'weak', 'subject'],
    ['the opening months are not the whole war',
      frame('count', { kind: 'prisoners' }, { scope: 'opening' }), frame('count', { kind: 'prisoners' }, { scope: 'whole' }), 'different', 'scope'],
    ['a count so far (a diary’s, days after the flood) against the flood’s toll differs only by when it was counted: weak',
      frame('count', { kind: 'deaths' }, { subject: of(flood), dated: { low: 880, high: 881 } }), frame('count', { kind: 'deaths' }, { subject: of(flood), scope: 'so far', dated: { low: 892, high: 893 } }), 'weak', 'scope'],
    ['…but two counts so far of different days are of different times',
      frame('count', { kind: 'deaths' }, { subject: of(flood), scope: 'so far', dated: { low: 880, high: 881 } }), frame('count', { kind: 'deaths' }, { subject: of(flood), scope: 'so far', dated: { low: 892, high: 893 } }), 'different', 'time'],
    ['…and a count so far of another siege is another fact',
      frame('count', { kind: 'deaths' }, { subject: of(siege1) }), frame('count', { kind: 'deaths' }, { subject: of(siege2), scope: 'so far' }), 'different', 'scope'],
    ['counts whose sentences are set in years that do not meet are of different happenings',
      frame('count', { kind: 'deaths' }, { subject: of(ford), dated: { low: 100, high: 465 } }), frame('count', { kind: 'deaths' }, { subject: of(ford), dated: { low: 900, high: 901 } }), 'different', 'time'],
    ['a day within the year the other sentence gives is the same time',
      frame('count', { kind: 'deaths' }, { subject: of(ford), dated: { low: 100, high: 465 } }), frame('count', { kind: 'deaths' }, { subject: of(ford), dated: { low: 200, high: 201 } }), 'same', 'subject+measure'],
    ['two events together are not one of them',
      frame('count', { kind: 'deaths' }, { subject: { refs: [flood, siege1], via: 'clause', combined: true } }), frame('count', { kind: 'deaths' }, { subject: of(flood) }), 'different', 'subject'],
    ['the same time between the same two events',
      frame('duration', { kind: 'between', from: { ref: flood, text: 'the flood' }, to: { phase: 'arrived', text: 'reached' } }),
      frame('duration', { kind: 'between', from: { ref: { type: 'flood', text: 'the inrush' }, text: 'the inrush' }, to: { phase: 'arrived', text: 'reached' } }), 'same', 'measure'],
    ['counted from a different event',
      frame('duration', { kind: 'between', from: { ref: siege1, phase: 'ended', text: 'the first siege ended' } }),
      frame('duration', { kind: 'between', from: { phase: 'retook', text: 'they had retaken it' } }), 'different', 'measure'],
    ['same measure, subject unknown: weak',
      frame('count', { kind: 'prisoners' }), frame('count', { kind: 'prisoners' }, { subject: of(ford) }), 'weak', 'subject'],
    ['same subject, measure unknown: weak',
      frame('count', {}, { subject: of(ford) }), frame('count', { kind: 'deaths' }, { subject: of(ford) }), 'weak', 'measure'],
    ['a name the corpus gives two events is related to both, the same as neither',
      length({ subject: of({ key: 'karsk', type: 'siege', text: 'Karsk' }) }), length({ subject: of(siege2) }), 'weak', 'measure'],
    ['a subject only taken from the paragraph, with nothing else known: unrelated',
      frame('date', {}, { subject: of(ford, 'paragraph') }), frame('date', { kind: 'began' }, { subject: of(ford) }), 'unrelated', 'subject'],
    ['nothing known in common: unrelated',
      frame('count', {}), frame('count', { kind: 'deaths' }), 'unrelated', 'subject'],
    ['a count is not a date',
      frame('count', { kind: 'deaths' }), frame('date', { kind: 'began' }), 'different', 'dimension'],
  ];
  for (const [name, a, b, relation, slot] of cases) {
    it(name, () => {
      const decision = compareFrames(a, b, events);
      assert.deepEqual([decision.relation, decision.slot], [relation, slot], decision.reason);
    });
  }
});

describe('identity: a subject surely another event by its name alone (what lets a large corpus go uncompared)', () => {
  const plevna: EventRef = { type: 'siege', key: 'plevna', text: 'the siege of Plevna' };
  const karskFlood: EventRef = { type: 'flood', key: 'karsk', text: 'the Karsk flood' };
  const table: Array<[string, FactFrame, FactFrame, boolean]> = [
    ['a siege the corpus never names, and a battle it does', length({ subject: of(plevna) }), length({ subject: of(ford) }), true],
    ['…and a siege it names, of another place', length({ subject: of(plevna) }), length({ subject: of(siege1) }), true],
    ['two sieges of one place: one name', length({ subject: of({ type: 'siege', key: 'karsk', text: 'the siege of Karsk' }) }), length({ subject: of(siege2) }), false],
    ['two events the corpus knows: told apart by the registry, not here', length({ subject: of(siege1) }), length({ subject: of(ford) }), false],
    ['a subject taken from a heading is a guess', length({ subject: of(plevna, 'heading') }), length({ subject: of(ford) }), false],
    ['an unnamed event may be any', length({ subject: of({ type: 'siege', text: 'the siege' }) }), length({ subject: of(ford) }), false],
    ['no subject: nothing to tell apart by', length(), length({ subject: of(ford) }), false],
    ['a time between counts from other events than its subject', frame('duration', { kind: 'between' }, { subject: of(plevna) }), frame('duration', { kind: 'between' }, { subject: of(ford) }), false],
    ['a numbered event the corpus does not know, beside one it knows unnumbered: maybe that one', length({ subject: of({ type: 'battle', key: 'plevna', ordinal: 2, text: 'the second battle of Plevna' }) }), length({ subject: of(ford) }), false],
    ['a flood and a siege of one place: two families', length({ subject: of(karskFlood) }), length({ subject: of({ type: 'siege', key: 'karsk vell', text: 'the siege of Karsk Vell' }) }), true],
  ];
  for (const [name, a, b, expected] of table) {
    it(name, () => {
      assert.equal(surelyAnotherSubject(a, b, events), expected);
      // What it says, compareFrames says too: another fact.
      if (expected) assert.equal(compareFrames(a, b, events).relation, 'different');
    });
  }
});

describe('identity: a count its sentence dates is not of a named event the corpus dates to other years (datedElsewhere)', () => {
  const on = (year: number) => frame('count', { kind: 'deaths' }, { dated: { low: dayNumber(year, 2, 27), high: dayNumber(year, 2, 28) } });
  const deaths = (ref: EventRef, extra: Partial<FactFrame> = {}) => frame('count', { kind: 'deaths' }, { subject: of(ref, 'paragraph'), ...extra });
  const cases: Array<[string, FactFrame, FactFrame, boolean]> = [
    ['a named event the corpus dates to another year', on(1766), deaths(flood), true],
    ['…also where the other sentence gives a year of its own', on(1766), deaths(flood, { dated: { low: dayNumber(1624, 1, 1), high: dayNumber(1625, 1, 1) } }), true],
    ['a named event the corpus dates to the claim’s year', on(1624), deaths(flood), false],
    ['a named event the corpus does not date', on(1766), deaths(ford), false],
    ['an unnamed event (the corpus’s years of a kind it never names may be several events’)', on(1766), deaths({ type: 'flood', text: 'the flood' }), false],
    ['a claim whose sentence gives no time', frame('count', { kind: 'deaths' }), deaths(flood), false],
  ];
  for (const [name, claim, statement, expected] of cases) it(name, () => assert.equal(datedElsewhere(claim, statement, events), expected));
  it('is a veto of identity, on the slot of time, where the other frame takes the event from the text around it', () => {
    const decision = compareFrames(on(1766), deaths(flood), events);
    assert.deepEqual([decision.relation, decision.slot], ['different', 'time'], decision.reason);
  });
  it('…but not where the other sentence names the event itself: it may be told at another time', () => {
    const decision = compareFrames(on(1766), frame('count', { kind: 'deaths' }, { subject: of(flood, 'clause') }), events);
    assert.notEqual(decision.slot, 'time', decision.reason);
  });
});

describe('identity: a count of some of the people by age or sex is a part of a toll', () => {
  const count = (thing: string | undefined, group?: string): FactFrame => ({
    dimension: 'count', measure: { kind: 'deaths', ...(thing ? { thing } : {}) }, subject: { refs: [{ type: 'fire', key: 'orlen', text: 'the Orlen fire' }], via: 'clause' }, ...(group ? { group } : {}),
  });
  const table: Array<[string, FactFrame, FactFrame, string]> = [
    ['`eleven boys` against a toll that says no more of whom it counts: different', count('boys'), count(undefined), 'different'],
    ['…and against a toll of people', count('children'), count('people'), 'different'],
    ['…but the same fact as another count of boys', count('boys'), count('boys'), 'same'],
    ['…and where either names a body (`two of her children`), the body decides', count('children', 'own children'), count('people', 'own children'), 'same'],
  ];
  for (const [name, a, b, expected] of table) it(name, () => assert.equal(compareFrames(a, b).relation, expected));
});

describe('identity: people called by a word of the writer’s own', () => {
  const count = (kind: string, thing: string): FactFrame => ({
    dimension: 'count', measure: { kind, thing }, subject: { refs: [{ type: 'strike', key: 'orlen', text: 'the Orlen strike' }], via: 'clause' },
  });
  const table: Array<[string, FactFrame, FactFrame, string]> = [
    ['`two hundred coopers came out` and `some 180 men struck`: those only people are counted by are people', count('strikers', 'coopers'), count('strikers', 'people'), 'same'],
    ['…and so are coopers taken prisoner', count('prisoners', 'coopers'), count('prisoners', 'people'), 'same'],
    ['…but not things the lexicon classes', count('strikers', 'ships'), count('strikers', 'people'), 'different'],
    ['…nor what a toll counts, which may be beasts', count('deaths', 'coopers'), count('deaths', 'people'), 'different'],
  ];
  for (const [name, a, b, expected] of table) it(name, () => assert.equal(compareFrames(a, b).relation, expected));
});

describe('identity: one person’s own unnamed event of a kind', () => {
  const length = (ref: EventRef): FactFrame => ({ dimension: 'duration', measure: { kind: 'length', thing: 'siege' }, subject: { refs: [ref], via: 'clause' } });
  const daunts: EventRef = { type: 'siege', text: 'siege', owner: 'daunt' };
  const table: Array<[string, EventRef, EventRef, string]> = [
    ['`Daunt’s siege` and `Daunt laid his siege`: the same', daunts, { type: 'siege', text: 'his siege', owner: 'daunt' }, 'same'],
    ['another person’s siege is another', daunts, { type: 'siege', text: 'siege', owner: 'ferrand' }, 'different'],
    ['…but not surely his numbered one (`Daunt’s second siege`): he may have laid two', daunts, { type: 'siege', text: 'second siege', ordinal: 2, owner: 'daunt' }, 'weak'],
    ['…nor his siege of a section set in another year', { ...daunts, when: 1677 }, { ...daunts, when: 1684 }, 'weak'],
  ];
  for (const [name, a, b, expected] of table) it(name, () => assert.equal(compareFrames(length(a), length(b)).relation, expected));
});

describe('identity: the corpus’s one unnamed event of a kind, referred to in years far apart', () => {
  const deaths = (ref: EventRef): FactFrame => ({ dimension: 'count', measure: { kind: 'deaths' }, subject: { refs: [ref], via: 'clause' } });
  const storm: EventRef = { type: 'storm', text: 'the gale' };
  const registry = new EventRegistry([], new Map(), [storm]);
  const table: Array<[string, EventRef, EventRef, string]> = [
    ['`the gale` and `the storm`, set in no year: the one storm', storm, { type: 'storm', text: 'the storm' }, 'same'],
    ['…and set in the same year: the same', { ...storm, when: 1834 }, { type: 'storm', text: 'the storm', when: 1834 }, 'same'],
    ['…but set in years far apart (`the hurricane of 1919`, a gale under a dateline of 1834): not surely', { ...storm, when: 1834 }, { type: 'storm', text: 'the hurricane', when: 1919 }, 'weak'],
  ];
  for (const [name, a, b, expected] of table) it(name, () => assert.equal(compareFrames(deaths(a), deaths(b), registry).relation, expected));
});

describe('identity: a person the corpus puts on no side is compared as if unnamed', () => {
  // `vell` is on the karskan side (the registry above); `zorvath` and `quellin` on none.
  const lost = (extra: Partial<FactFrame> = {}) => frame('count', { kind: 'deaths', thing: 'men' }, extra);
  const cases: Array<[string, FactFrame, string[] | undefined | 'kept']> = [
    ['a person on no side is left out', lost({ agents: ['zorvath'], subject: of(siege1) }), undefined],
    ['…beside one on a side, who is kept', lost({ agents: ['zorvath', 'vell'] }), ['vell']],
    ['…where the frame names sides of its own too', lost({ agents: ['quellin'], sides: ['karskan'] }), undefined],
    ['a person on a side: the frame as it is', lost({ agents: ['vell'], place: 'karsk' }), 'kept'],
    ['no people: the frame as it is', lost({ subject: of(ford) }), 'kept'],
  ];
  // What they are compared with: counts of each side, of none, of an event, at a place, of a force.
  const statements: FactFrame[] = [
    lost(), lost({ sides: ['karskan'] }), lost({ sides: ['orlenese'] }), lost({ agents: ['vell'] }), lost({ agents: ['zorvath'] }),
    lost({ subject: of(siege1) }), lost({ subject: of(ford), sides: ['orlenese'] }), lost({ place: 'karsk' }), lost({ forceOf: 'vell' }),
    lost({ subject: of(siege1), day: 100 }), lost({ subject: of({ type: 'siege', text: 'the siege' }, 'paragraph'), day: 100 }),
  ];
  for (const [what, claim, agents] of cases) {
    it(what, () => {
      const alike = withoutSidelessAgents(claim, events);
      if (agents === 'kept') return assert.equal(alike, claim);
      assert.deepEqual(alike.agents, agents);
      // Another person on no side in the same place makes the same frame: one identity for both.
      const other = { ...claim, agents: claim.agents!.map((p) => (events.sideOf!(p) ? p : 'ulmaren')) };
      assert.equal(JSON.stringify(withoutSidelessAgents(other, events)), JSON.stringify(alike));
      // …and it is the same fact as every statement, or not, for the same reason, both ways round.
      for (const s of statements) {
        assert.deepEqual({ ...compareFrames(alike, s, events) }, { ...compareFrames(claim, s, events) }, JSON.stringify(s));
        assert.deepEqual({ ...compareFrames(s, alike, events) }, { ...compareFrames(s, claim, events) }, JSON.stringify(s));
      }
    });
  }
});

describe('identity: kinds of count that fit without being surely one; activities', () => {
  const count = (kind: string) => frame('count', { kind }, { subject: of(ford) });
  const lasted = (thing: string) => frame('duration', { kind: 'length', thing }, { subject: of(ford) });
  const table: Array<[string, FactFrame, FactFrame, string]> = [
    ['men taken prisoner and men arrested may be the same men: weak', count('prisoners'), count('arrests'), 'weak'],
    ['…but men arrested are not men killed', count('arrests'), count('deaths'), 'different'],
    ['the men something went with may be those aboard or a force: weak', count('aboard'), count('strength'), 'weak'],
    ['…but those aboard are not those killed', count('aboard'), count('deaths'), 'different'],
    ['…a siege’s days and the same siege’s days are one', lasted('siege'), lasted('siege'), 'same'],
    ['…a detention is no fighting', lasted('detention'), lasted('fighting'), 'different'],
  ];
  for (const [name, a, b, relation] of table) it(name, () => assert.equal(compareFrames(a, b, events).relation, relation));
});

describe('the registry: an event known only by its number may be one known only by its year', () => {
  const second: EventRef = { type: 'epidemic', ordinal: 2, text: 'the second fever' };
  const dated: EventRef = { type: 'epidemic', word: 'typhoid', year: 1866, text: 'the typhoid of 1866' };
  const deaths = (ref: EventRef) => frame('count', { kind: 'deaths' }, { subject: of(ref) });
  // (The corpus tells of a typhus of 1857 as well: three references, each to one event of its own.)
  const typhus: EventRef = { type: 'epidemic', word: 'typhus', year: 1857, text: 'the typhus of 1857' };
  it('`the second fever`, dated to no year, and `the typhoid of 1866`: not surely two', () =>
    assert.equal(compareFrames(deaths(second), deaths(dated), new EventRegistry([second, dated, typhus])).relation, 'weak'));
  it('…while `the second fever` and `the first fever` are two', () =>
    assert.equal(compareFrames(deaths(second), deaths({ type: 'epidemic', ordinal: 1, text: 'the first fever' }), new EventRegistry([second, { type: 'epidemic', ordinal: 1, text: 'the first fever' }])).relation, 'different'));
});

describe('the registry: an unnamed event called by another word than a named one the corpus dates to years apart', () => {
  const named: EventRef = { type: 'inquiry', key: 'board trade', text: 'the Board of Trade inquiry' };
  const registry = new EventRegistry([named, { type: 'inquiry', word: 'inquest', text: 'the inquest' }]);
  registry.dated(named, [1877]);
  registry.dated({ type: 'inquiry', word: 'inquest', text: 'the inquest' }, [1861]);
  const when = (ref: EventRef) => frame('date', { kind: 'ended' }, { subject: of(ref) });
  it('`the inquest` is not surely `the Board of Trade inquiry`', () =>
    assert.equal(compareFrames(when({ type: 'inquiry', word: 'inquest', text: 'the inquest' }), when(named), registry).relation, 'weak'));
  it('…while `the inquiry`, called by its own word, may still be it', () =>
    assert.notEqual(compareFrames(when({ type: 'inquiry', text: 'the inquiry' }), when(named), registry).relation, 'different'));
});

describe('identity: two times between at one place, only one counted from an event it names', () => {
  const between = (from: FactFrame['measure']['from']) => frame('duration', { kind: 'between', ...(from ? { from } : {}) }, { subject: of(flood), place: 'karsk' });
  const table: Array<[string, FactFrame, FactFrame, string]> = [
    ['`Six years after the siege, the flood at Karsk` is not surely `five weeks before the flood at Karsk`',
      between({ ref: siege1, text: 'the siege' }), between(undefined), 'weak'],
    ['…while two counted from events neither names, at one place, are the same', between({ text: 'pushed back at', phase: 'ended' }), between({ text: 'the victory at' }), 'same'],
  ];
  for (const [name, a, b, relation] of table) it(name, () => assert.equal(compareFrames(a, b, events).relation, relation));
});

describe('identity: an event over in a moment has one date, the day it happened', () => {
  const crash: EventRef = { type: 'accident', key: 'orlen junction', text: 'the Orlen Junction collision' };
  const own = new EventRegistry([crash, siege1], new Map());
  const date = (kind: string | undefined, ref: EventRef, via: Subject['via'] = 'clause') => frame('date', kind ? { kind } : {}, { subject: of(ref, via) });
  const table: Array<[string, FactFrame, FactFrame, string]> = [
    ['when a collision happened is a date of it named in its clause that tells no moment', date('occurred', crash), date(undefined, crash), 'same'],
    ['…not one only taken from the paragraph', date('occurred', crash), date(undefined, crash, 'paragraph'), 'weak'],
    ['…nor another moment of it (the line reopened)', date('occurred', crash), date('reopened', crash), 'different'],
    ['…while a siege lasts: a date of it that tells no moment may be any of its days', date('occurred', siege1), date(undefined, siege1), 'weak'],
  ];
  for (const [name, a, b, relation] of table) it(name, () => assert.equal(compareFrames(a, b, own).relation, relation));
});
