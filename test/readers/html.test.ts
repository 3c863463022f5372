// The web-page and Word readers: the article without the page's chrome, comments kept after a
// `Comments` line, headings and tables as Markdown, title and author from metadata, each block's
// place its element (or paragraph); a zip bomb, a non-zip and a zip without a document refused.
import assert from 'node:assert/strict';
import { deflateRawSync } from 'node:zlib';
import { buildCorpusIndex, markdownToProse, placeAt } from '../../server/src/engine/index.js';
import { readDocx } from '../../server/src/corpus/readers/docx.js';
import { htmlToText, readHtml } from '../../server/src/corpus/readers/html.js';
import { escapeMarkdownText } from '../../server/src/corpus/readers/htmlBlocks.js';
import { Unreadable } from '../../server/src/corpus/readers/types.js';
import { unzip } from '../../server/src/corpus/readers/zip.js';
import { makeDocx, zip } from './makeFiles.js';
import { blogPage, newsPage } from './pages.js';

const ARTICLE = ['The fort held out for 199 days.', 'Its garrison of 340 men was never relieved.', '## After the siege', 'In spring the roads opened again.'];
const COMMENTS = ['I read elsewhere that it was 200 days.', 'My grandmother said 300 men.'];

/** What a page's reader comments are: the blocks the engine reads after the `Comments` line. */
function partsAfterComments(text: string): string[] {
  const at = text.indexOf('\n\nComments\n\n');
  return at < 0 ? [] : text.slice(at + '\n\nComments\n\n'.length).split('\n\n');
}

describe('HTML reader', () => {
  const blog = htmlToText(blogPage(ARTICLE, COMMENTS));

  it('keeps the article, as Markdown with its headings', () => {
    assert.equal(blog.format, 'markdown');
    for (const p of ARTICLE) assert.ok(blog.text.includes(p), `${p} is kept`);
    assert.match(blog.text, /^# The Long Winter at Fort Vellin$/m);
  });

  const chrome = ['Skip to content', 'About the 42 authors', 'Share on X', 'Print 2 copies', 'Related', 'The 19 forts', 'Posted in Forts', 'Tagged winter', 'Leave a Reply', '5 fields are required', 'Post Comment', 'Recent posts', 'The 7 gates', '1,200 readers', 'Share on Facebook', 'says:', 'Reply', '14 March at'];
  for (const text of chrome) it(`drops the page's chrome: "${text}"`, () => assert.ok(!blog.text.includes(text), blog.text));

  it('keeps reader comments after a Comments line, which the engine reads as comments', () => {
    assert.deepEqual(partsAfterComments(blog.text), COMMENTS);
    assert.ok(!/thoughts on/.test(blog.text), 'the comment count heading is dropped');
    const index = buildCorpusIndex([{ key: 'blog', title: blog.title!, uri: '/virtual/blog.html', text: blog.text, format: blog.format, places: blog.places }]);
    const partOf = (needle: string) => index.sources[0]!.sentences.find((s) => s.text.includes(needle))?.part;
    assert.equal(partOf('held out for 199 days'), 'body');
    assert.equal(partOf('it was 200 days'), 'comment');
    assert.equal(partOf('300 men'), 'comment');
  });

  it('takes title and author from the metadata', () => {
    assert.equal(blog.title, 'The Long Winter at Fort Vellin');
    assert.equal(blog.author, 'Orla Penhallow');
    const news = htmlToText(newsPage(['Tolls rose by 12 percent in May.']));
    assert.equal(news.title, 'Harbour tolls rise in Kessary');
    assert.equal(news.author, 'Bram Tulliver');
  });

  it('places each block at its element: a selector, the nearest id and the start tag’s line', () => {
    const html = blogPage(ARTICLE, COMMENTS);
    const place = (needle: string) => placeAt(blog.places, blog.text.indexOf(needle));
    const second = place('Its garrison of 340 men');
    assert.equal(second?.kind, 'element');
    assert.equal(second?.label, '#second');
    const lineOfTag = html.split('\n').findIndex((l) => l.includes('<p id="second">'));
    assert.equal(second?.kind === 'element' && second.line, lineOfTag);
    const first = place('The fort held out');
    assert.equal(first?.label, '#post-118 > div > p:nth-of-type(1)');
    assert.equal(first?.kind === 'element' && first.id, 'post-118');
    assert.equal(place('My grandmother')?.label, '#comment-2 > article > div:nth-of-type(1) > p');
  });

  it('reads a news page: no banner, menu, newsletter or footer; its table as Markdown rows', () => {
    const news = htmlToText(newsPage(['Tolls rose by 12 percent in May.'], [['Year', 'Ships'], ['1880', '412'], ['1881', '390']]));
    assert.match(news.text, /\| Year \| Ships \|\n\| --- \| --- \|\n\| 1880 \| 412 \|\n\| 1881 \| 390 \|/);
    for (const text of ['3 cookies', 'Weather', '5 stories', 'Most read', 'All rights reserved']) assert.ok(!news.text.includes(text), text);
    const blocks = markdownToProse(news.text).blocks.map((b) => b.role);
    assert.ok(blocks.includes('heading'));
  });

  const escapes: Array<[string, string]> = [
    ['a *starred* word', 'a \\*starred\\* word'],
    ['# not a heading', '\\# not a heading'],
    ['1. not a list', '\\1. not a list'],
    ['a <b> tag', 'a \\<b> tag'],
    ['snake_case stays', 'snake_case stays'],
    ['[a link](x)', '\\[a link](x)'],
    ['3 < 4 stays', '3 < 4 stays'],
  ];
  for (const [text, expected] of escapes) it(`writes "${text}" so that Markdown reads it as text`, () => assert.equal(escapeMarkdownText(text), expected));

  const encodings: Array<[string, Uint8Array]> = [
    ['UTF-8', Buffer.from('<html><head><meta charset="utf-8"></head><body><article><p>Café de la Paix held 40 guests.</p></article></body></html>', 'utf8')],
    ['windows-1252, as declared', Buffer.from('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body><article><p>Caf\xe9 de la Paix held 40 guests.</p></article></body></html>', 'latin1')],
    ['UTF-16 with a byte-order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<html><body><article><p>Café de la Paix held 40 guests.</p></article></body></html>', 'utf16le')])],
  ];
  for (const [name, bytes] of encodings) {
    it(`reads a page saved in ${name}`, async () => assert.equal((await readHtml(bytes)).text, 'Café de la Paix held 40 guests.'));
  }

  it('says when a page has no article text', () => {
    const read = htmlToText('<html><body><nav>Home</nav><footer>© 2020</footer></body></html>');
    assert.match(read.warnings.join(), /no article text/);
  });
});

describe('Word reader', function () {
  this.timeout(20000);
  const limits = { maxUnpackedBytes: 1_000_000 };

  it('reads paragraphs and headings, title and author from the properties, each place a paragraph number', async () => {
    const docx = await makeDocx(['# The Mill at Harrowgate', 'The mill ground 40 sacks a day.', '## Later years', 'It burnt down after 12 years.'], { title: 'A History of the Mill', author: 'Tam Oakes' });
    const read = await readDocx(docx, 'mill.docx', limits);
    assert.equal(read.format, 'markdown');
    assert.equal(read.text, '# The Mill at Harrowgate\n\nThe mill ground 40 sacks a day.\n\n## Later years\n\nIt burnt down after 12 years.');
    assert.equal(read.title, 'A History of the Mill');
    assert.equal(read.author, 'Tam Oakes');
    assert.equal(placeAt(read.places, read.text.indexOf('It burnt'))?.label, '4');
    assert.equal(placeAt(read.places, read.text.indexOf('The mill ground'))?.kind, 'paragraph');
  });

  it('refuses a zip bomb after unpacking no more than its cap', async () => {
    const zeros = Buffer.alloc(20_000_000);
    const bomb = await zip([{ name: 'word/document.xml', data: zeros }]);
    assert.ok(bomb.length < 100_000, 'the bomb is small');
    await assert.rejects(readDocx(bomb, 'bomb.docx', limits), (e: unknown) => e instanceof Unreadable && /more than the 1000000-byte limit/.test(e.reason));
  });

  it('refuses a zip bomb whose headers lie about its sizes', () => {
    // A stored directory entry claiming 10 bytes, over deflated data that unpacks to 5 MB.
    const body = deflateRawSync(Buffer.alloc(5_000_000));
    assert.throws(() => unzipLying(body), (e: unknown) => e instanceof Unreadable && /limit/.test(e.reason));
  });

  const notWord: Array<[string, () => Promise<Buffer>, RegExp]> = [
    ['a file that is not a zip', async () => Buffer.from('just some text, not a zip at all'), /not a zip archive/],
    ['a zip without a Word document in it', () => zip([{ name: 'notes.txt', data: Buffer.from('hello') }]), /not a Word document/],
  ];
  for (const [name, make, reason] of notWord) {
    it(`refuses ${name}`, async () => {
      await assert.rejects(readDocx(await make(), 'x.docx', limits), (e: unknown) => e instanceof Unreadable && reason.test(e.reason));
    });
  }
});

/** A one-entry zip whose headers claim the entry unpacks to 10 bytes; unzipped with a 1,000-byte cap. */
function unzipLying(deflated: Buffer): unknown {
  const name = Buffer.from('word/document.xml');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(deflated.length, 18);
  local.writeUInt32LE(10, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(deflated.length, 20);
  central.writeUInt32LE(10, 24);
  central.writeUInt16LE(name.length, 28);
  central.writeUInt32LE(0, 42);
  const directoryAt = local.length + name.length + deflated.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(directoryAt, 16);
  return unzip(Buffer.concat([local, name, deflated, central, name, end]), 1000);
}
