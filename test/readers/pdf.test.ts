// The PDF reader: text runs put back in reading order, headers, footers and line-end hyphens undone,
// pages named by the PDF's own labels; scanned, locked and damaged PDFs refused with a reason.
import assert from 'node:assert/strict';
import { linesAt, writePdf, type PdfDocument } from '../../bench/pdfWriter.js';
import { describePlace, placeAt, type SourcePlace } from '../../server/src/engine/index.js';
import { readPdf } from '../../server/src/corpus/readers/pdf.js';
import { isPageNumber, joinLine, linesOf, readingOrder, type Line } from '../../server/src/corpus/readers/pdfLayout.js';
import { Unreadable } from '../../server/src/corpus/readers/types.js';

const line = (text: string, x: number, y: number, width = text.length * 5, size = 10): Line => ({ text, x, y, right: x + width, size });

/** The label of the page a piece of text starts on. */
function pageOf(text: string, places: SourcePlace[] | undefined, needle: string): string | undefined {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `${JSON.stringify(needle)} is in the text`);
  return placeAt(places, at)?.label;
}

describe('places', () => {
  const places: SourcePlace[] = [
    { start: 0, kind: 'page', label: 'xii', number: 1 },
    { start: 40, kind: 'page', label: '231', number: 2 },
    { start: 90, kind: 'page', label: '232', number: 3 },
  ];
  const table: Array<[number, string | undefined]> = [[0, 'xii'], [39, 'xii'], [40, '231'], [89, '231'], [90, '232'], [5000, '232']];
  for (const [offset, label] of table) it(`offset ${offset} stands on page ${label}`, () => assert.equal(placeAt(places, offset)?.label, label));
  it('a source without places has none', () => assert.equal(placeAt(undefined, 3), undefined));
  const said: Array<[SourcePlace, string]> = [
    [places[1]!, 'p. 231'],
    [{ start: 0, kind: 'paragraph', label: '4' }, 'paragraph 4'],
    [{ start: 0, kind: 'element', label: '#main > p' }, 'the element #main > p'],
  ];
  for (const [place, text] of said) it(`says a ${place.kind} as "${text}"`, () => assert.equal(describePlace(place), text));
});

describe('PDF layout', () => {
  const joins: Array<[string, string, string, string]> = [
    ['a word broken at the line end', 'the relief col-', 'umn arrived', 'the relief column arrived'],
    ['a soft hyphen', 'the relief col\u00ad', 'umn arrived', 'the relief column arrived'],
    ['a hyphen before a capital stays', 'north-', 'East wind', 'north- East wind'],
    ['a dash between words stays a space', 'the wall -', 'then the gate', 'the wall - then the gate'],
    ['plain lines', 'first line', 'second line', 'first line second line'],
  ];
  for (const [name, before, next, expected] of joins) it(`joins lines: ${name}`, () => assert.equal(joinLine(before, next), expected));

  const numbers: Array<[string, boolean]> = [['12', true], ['- 12 -', true], ['Page 7', true], ['xiv', true], ['Page 3 of 9', true], ['12 men', false], ['Chapter 4', false]];
  for (const [text, expected] of numbers) it(`"${text}" ${expected ? 'is' : 'is not'} a page number`, () => assert.equal(isPageNumber(text), expected));

  it('joins runs of one baseline with spaces, and splits a line at a gutter', () => {
    const lines = linesOf([
      { text: 'The garrison', x: 72, y: 700, width: 60, size: 10 },
      { text: 'held out.', x: 135, y: 700.5, width: 40, size: 10 },
      { text: 'Right column', x: 320, y: 700, width: 60, size: 10 },
      { text: 'Next line', x: 72, y: 686, width: 40, size: 10 },
    ]);
    assert.deepEqual(lines.map((l) => l.text), ['The garrison held out.', 'Right column', 'Next line']);
  });

  it('reads the left column before the right one, a heading across both first', () => {
    const lines = [line('A Heading Over Both Columns Of The Page Here', 100, 740, 400)];
    for (let i = 0; i < 5; i++) lines.push(line(`left ${i}`, 72, 700 - 14 * i, 200), line(`right ${i}`, 320, 700 - 14 * i, 200));
    const sorted = lines.sort((a, b) => b.y - a.y || a.x - b.x);
    assert.deepEqual(readingOrder(sorted, 612).map((l) => l.text), ['A Heading Over Both Columns Of The Page Here', ...[0, 1, 2, 3, 4].map((i) => `left ${i}`), ...[0, 1, 2, 3, 4].map((i) => `right ${i}`)]);
  });

  it('leaves a one-column page in its order', () => {
    const lines = [0, 1, 2, 3, 4, 5, 6].map((i) => line(`line ${i} of a long single column of text`, 72, 700 - 14 * i, 460));
    assert.deepEqual(readingOrder(lines, 612).map((l) => l.text), lines.map((l) => l.text));
  });
});

describe('PDF reader', function () {
  this.timeout(20000);
  const header = (n: number) => [{ x: 72, y: 760, text: 'Annals of a Made-up Town', size: 9 }, { x: 300, y: 40, text: String(n), size: 9 }];

  it('reads text in order, undoes hyphens and running heads, and names pages by their labels', async () => {
    const doc: PdfDocument = {
      pages: [
        { texts: [{ x: 200, y: 760, text: 'Contents', size: 14 }, ...linesAt(['Front matter of the book, set in its own page.'])] },
        { texts: [...header(231), ...linesAt(['The garrison of Brellin held out for 199 days, and the relief col-', 'umn came late in the year.'])] },
        { texts: [...header(232), ...linesAt(['The harbour of Brellin stayed shut for 40 days after the siege was', 'lifted.'])] },
        { texts: [...header(233), ...linesAt(['Left column: the town lost', '112 people to hunger in the', 'siege and the winter after.', 'Its walls were rebuilt.', 'Nothing more is said.'], 72, 700), ...linesAt(['Right column: the mill was', 'burnt in the second week of', 'the siege by the garrison.', 'It was never rebuilt.', 'The end of the chapter.'], 330, 700)] },
      ],
      labels: [{ from: 0, style: 'r' }, { from: 1, style: 'D', start: 231 }],
      info: { title: 'Annals of a Made-up Town', author: 'Ann Quill' },
    };
    const read = await readPdf(writePdf(doc));
    assert.equal(read.format, 'text');
    assert.equal(read.title, 'Annals of a Made-up Town');
    assert.equal(read.author, 'Ann Quill');
    assert.ok(read.text.includes('the relief column came late in the year.'), read.text);
    assert.ok(!read.text.includes('Annals of a Made-up Town'), 'the running head is dropped');
    assert.ok(!/(^|\n)23[123](\n|$)/.test(read.text), 'the page numbers are dropped');
    assert.equal(pageOf(read.text, read.places, 'Front matter'), 'i');
    assert.equal(pageOf(read.text, read.places, 'The garrison of Brellin'), '231');
    assert.equal(pageOf(read.text, read.places, 'The harbour of Brellin'), '232');
    assert.equal(pageOf(read.text, read.places, 'Right column'), '233');
    assert.ok(read.text.indexOf('Nothing more is said.') < read.text.indexOf('Right column'), 'the left column is read first');
    assert.deepEqual(read.places!.map((p) => p.kind === 'page' && p.number), [1, 2, 3, 4]);
  });

  it('joins a paragraph that a page break cuts, and names the page its second part starts on', async () => {
    const doc: PdfDocument = {
      pages: [
        { texts: linesAt(['The relief column left the coast in the spring and marched for', 'eleven days through the hills before it reached the'] ) },
        { texts: linesAt(['walls of the town, where it found the gates open.']) },
      ],
    };
    const read = await readPdf(writePdf(doc));
    assert.ok(read.text.includes('before it reached the walls of the town'), read.text);
    assert.equal(pageOf(read.text, read.places, 'walls of the town'), '2');
    assert.equal(pageOf(read.text, read.places, 'eleven days'), '1');
  });

  const refused: Array<[string, Uint8Array, RegExp]> = [
    ['a scanned PDF with no text layer', writePdf({ pages: [{ texts: [], imageOnly: true }, { texts: [], imageOnly: true }] }), /no text layer.*no OCR/],
    ['a password-protected PDF', writePdf({ pages: [{ texts: linesAt(['Secret text.']) }], needsPassword: true }), /password-protected/],
    ['a damaged PDF', Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage without end', 'latin1'), /not a readable PDF/],
    ['a truncated PDF', writePdf({ pages: [{ texts: linesAt(['Some text here.']) }] }).subarray(0, 40), /not a readable PDF|no text layer/],
  ];
  for (const [name, bytes, reason] of refused) {
    it(`refuses ${name} with a reason`, async () => {
      await assert.rejects(readPdf(bytes), (error: unknown) => error instanceof Unreadable && reason.test(error.reason));
    });
  }

  it('warns when half its pages or more have no text layer, and reads the rest', async () => {
    const read = await readPdf(writePdf({ pages: [{ texts: linesAt(['The only page with text.']) }, { texts: [], imageOnly: true }] }));
    assert.match(read.text, /The only page with text\./);
    assert.match(read.warnings.join('\n'), /1 of its 2 pages have no text layer/);
  });
});
