// Written counts: the number a source writes right before the noun it counts, read or not as a
// statement (writtenCounts.ts). Made-up sentences.
import assert from 'node:assert/strict';
import type { SourceSentence } from '../../server/src/engine/types.js';
import { writesCount } from '../../server/src/engine/writtenCounts.js';

const sentence = (text: string): SourceSentence[] => [{ sourceKey: 'rolls', range: { start: 0, end: text.length }, text, part: 'body' }];

describe('written counts: a number right before its noun', () => {
  const table: Array<[string, number, string, boolean]> = [
    ['The abbey held the five manors of the vale.', 5, 'manors', true],
    ['The cholera has taken 212 people from the town.', 212, 'people', true],
    ['The cholera has taken 212 men from the town.', 212, 'people', true],
    ['I have lost eleven of my hands to it since the summer.', 11, 'hands', true],
    ['Eleven of the hands stayed away.', 11, 'hands', true],
    ['Eleven Orlen hands stayed away.', 11, 'hands', false],
    ['The abbey held the five manors of the vale.', 5, 'mills', false],
    ['The abbey held the six manors of the vale.', 5, 'manors', false],
  ];
  for (const [text, nominal, thing, expected] of table) {
    it(`${text} → ${nominal} ${thing}: ${expected}`, () => assert.equal(writesCount(sentence(text), nominal, thing), expected));
  }
});
