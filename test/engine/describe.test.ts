// A frame in words, as the hover, the report and `corroborate explain` show it: plain English, no
// engine notation.
import assert from 'node:assert/strict';
import { describeFrame } from '../../server/src/engine/frames/describe.js';
import type { EventRef, FactFrame } from '../../server/src/engine/frames/types.js';

const treaty: EventRef = { type: 'treaty', key: 'orlen', text: 'the Treaty of Orlen' };
const siege: EventRef = { type: 'siege', key: 'karsk', ordinal: 2, text: 'the second siege of Karsk' };

describe('describeFrame: a frame in words', () => {
  const cases: Array<[string, FactFrame, string]> = [
    ['a date done to a thing', { dimension: 'date', measure: { kind: 'issued' }, subject: { refs: [treaty], via: 'clause' } }, 'when the Treaty of Orlen was issued or signed'],
    ['a moment of either of two phases', { dimension: 'date', measure: { kind: 'issued+ended' }, subject: { refs: [treaty], via: 'clause' } }, 'when the Treaty of Orlen was issued or signed or ended'],
    ['a moment that happened', { dimension: 'date', measure: { kind: 'verdict+occurred' }, subject: { refs: [{ type: 'inquiry', text: 'the inquest' }], via: 'anaphor' } }, 'when the inquiry reached its verdict or happened'],
    ['a length', { dimension: 'duration', measure: { kind: 'length', thing: 'siege' }, subject: { refs: [siege], via: 'clause' } }, 'how long the second siege of Karsk lasted'],
    ['a count of one body', { dimension: 'count', measure: { kind: 'deaths' }, group: 'own hands' }, 'the number of deaths [own hands]'],
    ['the dead of a disease', { dimension: 'count', measure: { kind: 'deaths' }, cause: 'plague' }, 'the number of deaths (of plague)'],
    ['a part of the counted, by a noun in the plural', { dimension: 'count', measure: { kind: 'part:apprentice' } }, 'the number of apprentices among those counted'],
    ['…and by one already plural (`children`, not `childrens`)', { dimension: 'count', measure: { kind: 'part:children' } }, 'the number of children among those counted'],
    ['a time up to a place reached', { dimension: 'duration', measure: { kind: 'between', to: { text: 'Karsk', phase: 'arrived', place: 'karsk' } } }, 'the time until Karsk was reached'],
    ['a time up to an attack', { dimension: 'duration', measure: { kind: 'between', to: { text: 'Tull', phase: 'attacked', place: 'tull' } }, subject: { refs: [siege], via: 'clause' } }, 'the time until Tull was attacked, in the second siege of Karsk'],
  ];
  for (const [name, frame, words] of cases) it(name, () => assert.equal(describeFrame(frame), words));
  it('no `+` and no `act:` in any of them', () => {
    for (const [, frame] of cases) assert.doesNotMatch(describeFrame(frame), /\+|act:/);
  });
});
