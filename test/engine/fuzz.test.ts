// Any text: the engine never throws, every range lies inside the document and on the value it
// names, and checking twice gives the same findings.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildCorpusIndex, checkDraft } from '../../server/src/engine/index.js';

const index = buildCorpusIndex([
  {
    key: 'brannock', title: 'The Brannock Chronicle', author: 'Oswin Brannock', uri: '/virtual/brannock.txt',
    text: 'The Brannock Chronicle\nThe siege of Karsk lasted 140 days. Around 12,000 died. The Treaty of Orlen was signed on 3 May 1611.\n',
  },
]);

/** Pieces writers paste: Markdown syntax, values, citations, odd Unicode. */
const piece = fc.oneof(
  fc.constantFrom(
    '# ', '## ', '- ', '1. ', '> ', '```\n', '`', '**', '_', '[', ']', '(', ')', '[^1]', '[^1]: ', '[@brannock]', '(Brannock 12)',
    '<!-- corroborate-disable -->', '<!-- corroborate-disable-next-line -->', '<!-- corroborate-enable -->', '<b>', '</b>',
    '| a | b |\n|---|---|\n', '---\n', '\n', '\n\n', '\r\n', '\r', ' ', '. ', ', ', '"', '“', '”', '\ufeff', '\u0000',
    '😀', '𝔘', '\u202e', 'שלום', 'العربية', '\ud800', '\udc00', 'e\u0301', '\t',
    'The siege of Karsk lasted ', '140 days', '200 days', 'about ', 'nearly ', 'between 3 and 4 months', '12,000', 'two million',
    'a quarter', '90%', '3 May 1611', 'mid-July 1611', '1611–12', '28.07.1611', 'It held out for ', 'Order No. 227', 'p. 31',
  ),
  fc.string({ maxLength: 12 }),
  fc.integer({ min: 0, max: 3_000_000 }).map(String),
);
const document = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));

function check(text: string) {
  const report = checkDraft(text, index);
  for (const f of report.findings) {
    assert.ok(f.range.start >= 0 && f.range.end <= text.length && f.range.start < f.range.end, `range ${JSON.stringify(f.range)} inside ${text.length}`);
    assert.equal(text.slice(f.range.start, f.range.end), f.data.claim.text, 'the range covers the value it names');
  }
  return report;
}

describe('fuzz: the engine on any text', function () {
  this.timeout(120000);
  it('never throws, keeps ranges on their values, and is deterministic', () => {
    fc.assert(
      fc.property(document, (text) => {
        const first = check(text);
        const second = check(text);
        assert.deepEqual(second.findings, first.findings);
      }),
      { numRuns: 400, seed: 20261123 },
    );
  });

  it('survives deep nesting and long tables', () => {
    check('>'.repeat(500) + ' The siege of Karsk lasted 200 days.\n' + '- '.repeat(300) + 'x\n');
    const table = '| place | days |\n|---|---|\n' + Array.from({ length: 10000 }, (_, i) => `| Karsk ${i} | ${i} days |`).join('\n');
    check(table);
  });

  it('pathological paragraphs do not stall the checker', () => {
    for (const text of ['12 men, '.repeat(5000), 'on 3 May 1611 and '.repeat(3000), '| a | 3 days |\n'.repeat(5000), 'two thousand soldiers died and '.repeat(3000)]) {
      const started = performance.now();
      check(text);
      assert.ok(performance.now() - started < 1500, `took ${Math.round(performance.now() - started)} ms on ${JSON.stringify(text.slice(0, 20))}…`);
    }
  });

  it('never throws on a range dash that ends the text', () => {
    assert.doesNotThrow(() => check('d ] 3 y # . 1\nt 3-'));
  });

  it('lines of Markdown debris, or a megabyte long, do not stall the checker', () => {
    for (const shape of ['[', '[(', ')]', '[^1', '[@a; ', '![', '*_', '1,[(2,3)]', '<!-- ', 'The siege of Karsk lasted 90 days. ']) {
      for (const size of [19_000, 1_000_000]) {
        const started = performance.now();
        check(shape.repeat(Math.floor(size / shape.length)));
        const took = performance.now() - started;
        assert.ok(took < 1500, `${size} bytes of ${JSON.stringify(shape)} took ${Math.round(took)} ms`);
      }
    }
  });

  it('a pathological line does not stall the checker', () => {
    const line = '1,'.repeat(20000) + ' and (' + '('.repeat(5000) + 'a'.repeat(20000) + '"'.repeat(5000);
    const started = performance.now();
    check(line);
    assert.ok(performance.now() - started < 2000, `took ${Math.round(performance.now() - started)} ms`);
  });
});
