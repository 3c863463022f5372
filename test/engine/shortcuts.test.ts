// The shortcuts of reading and checking (issue 12's report of 200 drafts): each gives what the long
// way gives, on tables written here and on seeded random texts.
import assert from 'node:assert/strict';
import { CitationResolver, hasLetterRun } from '../../server/src/engine/citations.js';
import { DraftChecker } from '../../server/src/engine/check.js';
import { withUnknownNamesAlike, withUnknownPlaceAlike } from '../../server/src/engine/frames/identity.js';
import { classAt } from '../../server/src/engine/frames/measure.js';
import type { FactFrame } from '../../server/src/engine/frames/types.js';
import { nameKey, NO_KNOWLEDGE, readMentions } from '../../server/src/engine/frames/mentions.js';
import { nameWordsOf } from '../../server/src/engine/corpusIndex.js';
import { buildCorpusIndex, checkDraft, type SourceInput } from '../../server/src/engine/index.js';
import { mayOpenNumberWords } from '../../server/src/engine/numbers.js';
import { tokenize } from '../../server/src/engine/tokens.js';
import { dateOpeningAt, extractValues, mayOpenDate, mayOpenDateAt } from '../../server/src/engine/values.js';

/** A small seeded generator (mulberry32), so that a failure can be read again. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SENTENCES = [
  'The siege of Karsk began on 3 March 1611 and lasted 140 days.',
  'In the year MCCCXLIX the plague took some 4,000 souls.',
  "By June '41 about two thirds of the garrison had gone; in late November the rest left.",
  'From the second of May to the nineteenth of August, nineteen twenty-seven, the strike held.',
  'On Tuesday, 4 July, at 07:20, the 4th Lancers rode out; the summer of 1846 was dry.',
  'Between 1939 and 1945 the mid-July figures rose by a fifth, and fourscore men remained.',
  'Nothing in this sentence is a value at all, nor a date.',
  'The first half of 1942 — and the early 1940s — saw 10,000–15,000 men under arms (Vale 2001, p. 7).',
];

describe('shortcuts: the same results as the long way', () => {
  it('nameKey gives a name the same key when asked again, and never one list of words another’s key', () => {
    const cases: Array<[string[], string | undefined]> = [
      [['Battle', 'of', 'Karsk'], 'battl karsk'],
      [['Order', 'No', '.', '12'], 'order 12'],
      [['the', 'of'], undefined],
      [['Molotov–Ribbentrop'], 'molotov ribbentrop'],
    ];
    for (const [words, key] of cases) {
      assert.equal(nameKey(words), key, words.join(' '));
      assert.equal(nameKey(words), key, `${words.join(' ')}, asked again`);
    }
    // (Words holding the joining character are keyed afresh: `a\0b` is one word, `a`, `b` two.)
    assert.equal(nameKey(['Ab', 'Cd']), 'ab cd');
    assert.equal(nameKey(['Ab\u0000Cd']), 'ab\u0000cd');
    assert.equal(nameKey(['Ab', 'Cd']), 'ab cd');
  });

  it('classAt looks a pair up only after a word one of the table’s pairs opens with, and finds every pair', () => {
    const table = new Map([['broke_out', 'began'], ['broke', 'breached'], ['stayed_out', 'lasted'], ['held', 'held']]);
    const cases: Array<[string, number, string | undefined]> = [
      ['the war broke out in May', 2, 'began'],
      ['the men broke the line', 2, 'breached'],
      ['the crews stayed out for weeks', 2, 'lasted'],
      ['the crews stayed in port', 2, undefined],
      ['the garrison held out', 2, 'held'],
    ];
    for (const [text, i, found] of cases) assert.equal(classAt(tokenize(text), i, table), found, text);
  });

  it('a two-word happening verb is read after its first word, and only there', () => {
    const events = (text: string) => readMentions(tokenize(text), NO_KNOWLEDGE).filter((m) => m.kind === 'event').map((m) => `${m.ref.type}:${m.ref.text}`);
    assert.deepEqual(events('In the night the old bridge gave way.'), ['collapse:gave way']);
    assert.deepEqual(events('The roof caved in at dawn.'), ['collapse:caved in']);
    assert.deepEqual(events('The town gave them bread.'), []);
    assert.deepEqual(events('The way gave out.'), []);
  });

  it('extractValues reads the tokens it is given as it reads the text, and leaves their array as it was', () => {
    for (const text of SENTENCES) {
      for (const context of [{}, { year: 1870 }]) {
        const tokens = tokenize(text, 40);
        const copy = tokens.map((t) => ({ ...t }));
        assert.deepEqual(extractValues(text, 40, context, tokens), extractValues(text, 40, context), text);
        // (A Roman or short year is rewritten in extractValues's own copy, not in the caller's array.)
        assert.deepEqual(tokens, copy, text);
      }
    }
  });

  it('mayOpenDate is true for the words a date opens on and false for other words and punctuation', () => {
    const cases: Array<[string, boolean]> = [
      ['12', true], ['1942', true], ['the', true], ['March', true], ['sept', true], ['Tuesday', true], ['mid', true],
      ['end', true], ['latter', true], ['winter', true], ['second', true], ['twenty', true], ['a', true], ['fourscore', true],
      ['siege', false], ['lasted', false], ['men', false], ['of', false], [',', false], ['(', false], ['—', false],
    ];
    for (const [word, opens] of cases) assert.equal(mayOpenDate(tokenize(word)[0]!), opens, word);
    // (`the` only before a token a date may open at.)
    const the: Array<[string, boolean]> = [['the 22nd of June', true], ['the end of March', true], ['the summer of 1942', true], ['the siege', false], ['the', false]];
    for (const [text, opens] of the) assert.equal(mayOpenDateAt(tokenize(text), 0), opens, text);
    assert.equal(mayOpenNumberWords(tokenize('sixty')[0]!), true);
    assert.equal(mayOpenNumberWords(tokenize('sixtyish')[0]!), false);
  });

  it('no date opens on a token mayOpenDate turns away', () => {
    const next = random(12);
    const words = SENTENCES.flatMap((s) => s.split(' '));
    const texts = [...SENTENCES, ...Array.from({ length: 2000 }, () => Array.from({ length: 4 + Math.floor(next() * 12) }, () => words[Math.floor(next() * words.length)]).join(' '))];
    let dates = 0;
    for (const text of texts) {
      tokenize(text).forEach((t, i) => {
        for (const year of [undefined, 1700]) {
          const date = dateOpeningAt(text, i, year);
          if (date === undefined) continue;
          dates++;
          assert.ok(mayOpenDate(t) && mayOpenDateAt(tokenize(text), i), `${t.text} opens ${'text' in date ? date.text : 'a yearless day'} in ${text}`);
        }
      });
    }
    assert.ok(dates > 400, `only ${dates} dates read`);
  });

  it('hasLetterRun finds a run of letters where /\\p{L}+/gu finds it', () => {
    const runs = (text: string) => new Set([...text.matchAll(/\p{L}+/gu)].map((m) => m[0]));
    const cases: Array<[string, string, boolean]> = [
      ['As Vale wrote', 'Vale', true],
      ['Vale', 'Vale', true],
      ['Valerie wrote', 'Vale', false],
      ['Devale wrote', 'Vale', false],
      ["Vale's count", 'Vale', true],
      ['O’Vale', 'Vale', true],
      ['Vale2 and Vale', 'Vale', true],
      ['Valé', 'Val', false],
      ['𝐀Vale', 'Vale', false],
      ['Vale𝐀', 'Vale', false],
      ['vale', 'Vale', false],
    ];
    for (const [text, run, found] of cases) {
      assert.equal(hasLetterRun(text, run), found, `${run} in ${text}`);
      assert.equal(runs(text).has(run), found, `(the pattern) ${run} in ${text}`);
    }
    const next = random(7);
    const alphabet = ['a', 'b', 'A', ' ', "'", '-', 'é', '𝐀', '1', '.'];
    for (let k = 0; k < 5000; k++) {
      const text = Array.from({ length: Math.floor(next() * 14) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      const run = Array.from({ length: 1 + Math.floor(next() * 2) }, () => ['a', 'b', 'A'][Math.floor(next() * 3)]).join('');
      assert.equal(hasLetterRun(text, run), runs(text).has(run), `${run} in ${JSON.stringify(text)}`);
    }
  });

  it('a checker that checks once reports what one kept for later checks reports, claims repeated or not', () => {
    const sources: SourceInput[] = [{
      key: 'brannock', title: 'The Brannock Chronicle', author: 'Oswin Brannock', kind: 'chronicle', uri: '/virtual/brannock.txt',
      text: 'The siege of Karsk lasted 140 days. Some 12,000 died at Karsk. The Treaty of Orlen was signed on 3 May 1611.',
    }];
    const index = buildCorpusIndex(sources);
    const drafts = [
      'The siege of Karsk lasted 90 days [@brannock]. The siege of Karsk lasted 90 days [@brannock].',
      '# Karsk\n\nSome 12,000 died at Karsk. Some 12,000 died at Karsk.\n\nThe Treaty of Orlen was signed on 4 May 1611 (Brannock).',
      'Nothing here is checked.',
      // (Paragraphs alike, each read in the state it is entered in.)
      'It was cold.\n\nSome 12,000 died at Karsk [@brannock].\n\nIt was cold.\n\nSome 12,000 died at Karsk [@brannock].',
    ];
    for (const draft of drafts) {
      const once = new DraftChecker(index, undefined, true);
      const kept = new DraftChecker(index);
      const report = once.check(draft);
      assert.deepEqual(report, kept.check(draft), draft);
      // (It compares every claim it reads and reads every block: it keeps none to find again.)
      assert.equal(once.claimsCompared, report.claims.length, draft);
      assert.ok(once.blocksRead >= kept.blocksRead, draft);
    }
  });
});

describe('shortcuts: a name the corpus does not know is compared once for all such names', () => {
  const words = new Set(['karsk', 'siege', 'tull', 'varen']);
  const lasted = (refs: FactFrame['subject'], extra: Partial<FactFrame> = {}): FactFrame => ({ dimension: 'duration', measure: { kind: 'length' }, ...(refs ? { subject: refs } : {}), ...extra });
  const named = (...keys: string[]) => ({ refs: keys.map((key) => ({ type: 'siege', key, text: `the siege of ${key}` })), via: 'clause' as const });
  const cases: Array<[string, FactFrame, boolean]> = [
    ['an unknown name is made alike', lasted(named('zorvath')), true],
    ['a name of unknown words, all of them', lasted(named('zorv ath')), true],
    ['a name sharing one word with the corpus is its own', lasted(named('karsk bridge')), false],
    ['a known name is its own', lasted(named('karsk')), false],
    ['no subject', lasted(undefined), false],
    ['a ref without a name', lasted({ refs: [{ type: 'siege', text: 'the siege' }], via: 'clause' }), false],
    ['an unknown name also in the frame’s place is kept: parts of a frame are compared', lasted(named('zorvath'), { place: 'zorvath' }), false],
    ['an unknown name also in a time between’s end is kept', { ...lasted(named('zorvath')), measure: { kind: 'between', from: { ref: { type: 'siege', key: 'zorvath', text: 'the siege' }, text: 'the siege' } } }, false],
    ['two unknown names are kept', lasted(named('zorvath', 'quellin')), false],
  ];
  for (const [what, frame, alike] of cases) {
    it(what, () => {
      const result = withUnknownNamesAlike(frame, words);
      assert.equal(result !== frame, alike);
      if (alike) assert.equal(JSON.stringify(result), JSON.stringify(withUnknownNamesAlike(JSON.parse(JSON.stringify(frame).replaceAll('zorv', 'qelm')), words)));
    });
  }

  it('nameWordsOf holds every word of a statement frame’s names, places and bodies of men, and of the names the corpus learned', () => {
    const frame: FactFrame = {
      dimension: 'duration',
      measure: { kind: 'between', from: { ref: { type: 'battle', key: 'tull varen', text: 'the Battle of Tull Varen', owner: 'oast' }, text: 'the battle' } },
      subject: { refs: [{ type: 'siege', key: 'karsk', text: 'the siege of Karsk' }], via: 'clause' },
      place: 'fort sabl', group: '4th lancer',
    };
    const words = nameWordsOf([frame], new Set(['q:crush|great|', 'n:orlen']));
    for (const w of ['tull', 'varen', 'oast', 'karsk', 'fort', 'sabl', '4th', 'lancer', 'crush', 'great', 'orlen']) assert.ok(words.has(w), w);
  });

  // The long way: an index that takes every word for a known one never makes two names alike.
  const corpus: SourceInput[] = [
    { key: 'chronicle', title: 'A Chronicle of Karsk', uri: 'file:///c/chronicle.md', text: 'The siege of Karsk began on 3 March 1611 and lasted 140 days. It killed 2,000 people. The Battle of Tull Varen was fought on 9 June 1612; some 800 men died in the battle.\n\nThe siege of Orlen lasted six weeks.' },
    { key: 'annals', title: 'Annals', uri: 'file:///c/annals.md', text: 'The siege of Karsk lasted about five months, and the Battle of Tull Varen killed 750 men.' },
  ];
  const drafts = (name: string) => [
    `# The Siege of ${name}\n\nThe siege lasted 140 days. It killed 2,000 people. It began on 3 March 1611.`,
    `# ${name}\n\nThe Battle of ${name} was fought on 9 June 1612, and some 800 men died in the battle.`,
    `The siege of ${name} lasted six weeks, as the siege of Karsk lasted 140 days (Annals).`,
  ];
  it('gives every finding the long way gives, for names the corpus does not know', () => {
    const index = buildCorpusIndex(corpus);
    for (const name of ['Zorvath', 'Quellin', 'Zorvath Mire', 'Karsk', 'Orlen']) {
      const longWay = { ...buildCorpusIndex(corpus), nameWords: { has: () => true } as unknown as ReadonlySet<string> };
      for (const draft of drafts(name)) assert.deepEqual(checkDraft(draft, index).findings, checkDraft(draft, longWay).findings, `${name}: ${draft}`);
    }
  });
});

describe('shortcuts: a person the corpus puts on no side is compared once for all such people', () => {
  const corpus: SourceInput[] = [
    { key: 'annals', title: 'Annals', uri: 'file:///c/annals.md', text: 'The siege of Karsk lasted 140 days. Some 1,150 men were lost in the siege of Karsk.' },
  ];
  const draft = (name: string) => `In the siege of Karsk, ${name} lost 1,150 men.`;
  it('compares no claim again when only such a person\'s name changed, and finds what it found', () => {
    const index = buildCorpusIndex(corpus);
    const first = checkDraft(draft('Zorvath'), index);
    assert.equal(first.claims.length, 1);
    const set = index.identities.set.bind(index.identities);
    const compared: string[] = [];
    index.identities.set = (key, value) => (compared.push(key), set(key, value));
    // (A hit is kept as the most recently used: set again, under a key it already had.)
    const before = new Set(index.identities.keys());
    for (const name of ['Quellin', 'Zorv', 'Ulmaren Dask']) {
      const again = checkDraft(draft(name), index);
      assert.deepEqual(again.findings.map((f) => f.code), first.findings.map((f) => f.code), name);
    }
    assert.deepEqual(compared.filter((k) => !before.has(k)), []);
  });
});

describe('shortcuts: a place the corpus does not know is compared once for all such places', () => {
  const words = new Set(['karsk', 'fort', 'vell']);
  const counted = (place: string | undefined): FactFrame => ({ dimension: 'count', measure: { kind: 'casualties' }, ...(place === undefined ? {} : { place }) });
  const cases: Array<[string, FactFrame, boolean]> = [
    ['an unknown place is made alike', counted('zorvath'), true],
    ['a place of unknown words, all of them', counted('zorv ath'), true],
    ['a place sharing one word with the corpus is its own', counted('fort zorvath'), false],
    ['a known place is its own', counted('karsk'), false],
    ['no place', counted(undefined), false],
  ];
  for (const [what, frame, alike] of cases) {
    it(what, () => {
      const result = withUnknownPlaceAlike(frame, words);
      assert.equal(result !== frame, alike);
      if (alike) assert.equal(JSON.stringify(result), JSON.stringify(withUnknownPlaceAlike(counted('qelmath'), words)));
    });
  }

  const corpus: SourceInput[] = [
    { key: 'post', title: 'A Post on the War', uri: 'file:///c/post.md', text: 'Seven months after Orlish forces were pushed back at Tull (at the cost of over 9,000 Vellish casualties), the Vellish king issued a decree. The siege of Karsk lasted 140 days.' },
  ];
  // (The first a match whose reason quotes the claim's place: `the battle at zorvath`.)
  const drafts = (place: string) => [
    `The army camped at ${place}. There the Battle of Tull cost 9,000 Vellish casualties.`,
    `The Battle of Tull cost over 9,000 Vellish casualties at ${place}.`,
    `At ${place} the siege lasted 140 days, and 9,000 Vellish casualties fell.`,
  ];
  it('gives every finding the long way gives, reasons and all, for places the corpus does not know', () => {
    const index = buildCorpusIndex(corpus);
    for (const place of ['Zorvath', 'Quellin', 'Zorvath Mire', 'Tull', 'Karsk']) {
      const longWay = { ...buildCorpusIndex(corpus), nameWords: { has: () => true } as unknown as ReadonlySet<string> };
      for (const draft of drafts(place)) assert.deepEqual(checkDraft(draft, index), checkDraft(draft, longWay), `${place}: ${draft}`);
    }
  });

  it('compares no claim again while a new place\'s name is typed letter by letter', () => {
    const index = buildCorpusIndex(corpus);
    for (const draft of drafts('Qu')) checkDraft(draft, index);
    const set = index.identities.set.bind(index.identities);
    const compared: string[] = [];
    index.identities.set = (key, value) => (compared.push(key), set(key, value));
    // (A hit is kept as the most recently used: set again, under a key it already had.)
    const before = new Set(index.identities.keys());
    for (const place of ['Que', 'Quel', 'Quell', 'Quelli', 'Quellin']) for (const draft of drafts(place)) checkDraft(draft, index);
    assert.deepEqual(compared.filter((k) => !before.has(k)), []);
  });
});

describe('shortcuts: a quotation is looked for only among the sources whose title opens with one of its words', () => {
  // More first words than a sentence is searched for one by one (FEW_FIRST_WORDS), so that each word is looked up.
  const sources = Array.from({ length: 120 }, (_, i) => ({
    key: `s${i}`,
    title: i % 3 === 0 ? `Ledger${i}` : i % 3 === 1 ? `Notes${i} Karsk` : `Annals${i} of the Siege of Karsk`,
    author: `Writer${i} Surname${i}`,
  }));
  const resolver = new CitationResolver(sources);
  const found = (text: string) => resolver.namedIn(text).map((f) => f.source.key);
  const cases: Array<[string, string[]]> = [
    ['As "Ledger9" puts it, the siege lasted 140 days.', ['s9']],
    ['"Notes10 Karsk" says the siege lasted 140 days.', ['s10']],
    ['In "Annals11 of the Siege" the siege lasted 140 days.', ['s11']],
    ['"Annals11 of the Siege of Karsk" and "Ledger3" agree.', ['s11', 's3']],
    ['The "worst winter" lasted 140 days, Surname5 says.', ['s5']],
    ['The "worst winter of all" lasted 140 days.', []],
  ];
  for (const [text, keys] of cases) it(`${text} → ${keys.join(', ') || 'none'}`, () => assert.deepEqual(found(text).filter((k, i, all) => all.indexOf(k) === i).sort(), keys));
});


describe('shortcuts: a title is looked for in running text by its first telling word', () => {
  // More first words than FEW_FIRST_WORDS, so that each word of a sentence is looked up; most titles
  // open with `The`, which nearly every sentence holds.
  const sources = Array.from({ length: 120 }, (_, i) => ({
    key: `s${i}`,
    title: i === 7 ? 'Of the and' : i % 2 === 0 ? `The Annals${i} of Karsk` : `A History${i} of the Siege`,
    author: `Writer${i} Surname${i}`,
  }));
  const resolver = new CitationResolver(sources);
  const found = (text: string) => resolver.namedIn(text).map((f) => f.source.key).filter((k, i, all) => all.indexOf(k) === i).sort();
  const cases: Array<[string, string[]]> = [
    ['The Annals4 of Karsk says the siege lasted 140 days.', ['s4']],
    ['As a history9 of the siege puts it, the siege lasted 140 days.', ['s9']],
    ['The siege of Karsk lasted 140 days, the annals say.', []],
    ['Of the and lasted 140 days.', ['s7']],
    ['The Annals4 of Karsk and A History9 of the Siege agree.', ['s4', 's9']],
  ];
  for (const [text, keys] of cases) it(`${text} → ${keys.join(', ') || 'none'}`, () => assert.deepEqual(found(text), keys));
});

describe('shortcuts: the sources a sentence names are found once while it is asked about lately', () => {
  const sources = Array.from({ length: 120 }, (_, i) => ({ key: `s${i}`, title: `The Annals${i} of Karsk`, author: `Writer${i} Surname${i}` }));
  it('answers a sentence asked again from what it found, and a sentence asked long ago afresh, the same', () => {
    const resolver = new CitationResolver(sources);
    const text = 'The Annals4 of Karsk says, with Surname9, that the siege lasted 140 days.';
    const first = resolver.namedIn(text);
    // (A keystroke re-reads its block: each sentence of it asks again.)
    assert.equal(resolver.namedIn(text), first);
    for (let i = 0; i < 600; i++) resolver.namedIn(`Sentence ${i} names nothing.`);
    const again = resolver.namedIn(text);
    assert.notEqual(again, first);
    assert.deepEqual(again, first);
    assert.deepEqual([...new Set(first.map((f) => f.source.key))].sort(), ['s4', 's9']);
  });
});

describe('shortcuts: a source statement is told the same fact as others once, not on every check', () => {
  const corpus: SourceInput[] = [
    { key: 'annals', title: 'Annals', uri: 'file:///c/annals.md', text: 'The siege of Karsk lasted 140 days.' },
    { key: 'ledger', title: 'Ledger', uri: 'file:///c/ledger.md', text: 'The siege of Karsk held out for 140 days, the ledger says.' },
    { key: 'memoir', title: 'Memoir', uri: 'file:///c/memoir.md', text: 'The siege of Karsk lasted 150 days.' },
  ];
  it('compares only the claim afresh when the claims\' identities were dropped', () => {
    const index = buildCorpusIndex(corpus);
    const draft = 'The siege of Karsk lasted 140 days.';
    const first = checkDraft(draft, index).findings;
    assert.ok(first.some((f) => f.code === 'sources-disagree'), 'the memoir disagrees through the statements that agree');
    index.identities.clear();
    const set = index.identities.set.bind(index.identities);
    const compared: string[] = [];
    index.identities.set = (key, value) => (compared.push(key), set(key, value));
    assert.deepEqual(checkDraft(draft, index).findings, first);
    assert.equal(compared.length, 1, compared.join('\n'));
  });
});
