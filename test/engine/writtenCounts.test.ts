// Written counts: the number a source writes right before the noun it counts, read or not as a
// statement (writtenCounts.ts). Made-up sentences.
import assert from 'node:assert/strict';
import { writesCount, type WrittenSource } from '../../server/src/engine/writtenCounts.js';

/**
 * One sentence at offset 10 of its source; `stated`: the value so written is a statement the checker
 * read, of an event named `via` its own sentence or only a pronoun.
 */
const source = (text: string, stated?: string, via: 'sentence' | 'anaphor' = 'sentence'): WrittenSource => ({
  sentences: [{ sourceKey: 'rolls', range: { start: 10, end: 10 + text.length }, text, part: 'body' }],
  statements: stated === undefined ? [] : [{ value: { range: { start: 10 + text.indexOf(stated) } }, frame: { subject: { refs: [{ type: 'raid', text: 'raid' }], via } } }],
});

describe('written counts: a number right before its noun', () => {
  const table: Array<[string, number, string, boolean, string?, ('sentence' | 'anaphor')?]> = [
    ['The abbey held the five manors of the vale.', 5, 'manors', true],
    ['The cholera has taken 212 people from the town.', 212, 'people', true],
    ['The cholera has taken 212 men from the town.', 212, 'people', true],
    ['I have lost eleven of my hands to it since the summer.', 11, 'hands', true],
    ['Eleven of the hands stayed away.', 11, 'hands', true],
    ['Eleven Orlen hands stayed away.', 11, 'hands', false],
    ['The abbey held the five manors of the vale.', 5, 'mills', false],
    ['The abbey held the six manors of the vale.', 5, 'manors', false],
    // A statement of an event its sentence names is weighed as one, not taken at its word.
    ['In the raid 58 men were taken.', 58, 'people', false, '58'],
    // …but one whose event came from a pronoun may be misread.
    ['It took 58 men.', 58, 'people', true, '58', 'anaphor'],
  ];
  for (const [text, nominal, thing, expected, stated, via] of table) {
    it(`${text} → ${nominal} ${thing}: ${expected}`, () => assert.equal(writesCount(source(text, stated, via), nominal, thing), expected));
  }
});

describe('written counts: the kind the words after the noun say', () => {
  const table: Array<[string, string | undefined, boolean]> = [
    ['In the raid 58 men were killed.', 'deaths', true],
    ['In the raid 58 men were killed.', 'desertions', false],
    ['In the raid 58 men were killed.', undefined, true],
    ['In the raid 58 men went away.', 'desertions', true],
  ];
  for (const [text, kind, expected] of table) {
    it(`${text} → 58 people ${kind ?? 'of any kind'}: ${expected}`, () => assert.equal(writesCount(source(text), 58, 'people', kind), expected));
  }
});
