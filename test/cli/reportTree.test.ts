// The report renders a draft's page from the Markdown trees the check parsed it into, a chunk at a
// time (report/draftTree.ts), instead of parsing the draft again. Each text here renders the same
// from those trees as from a parse of the whole text: marks at their offsets, notes under their
// blocks, lists whose items stand between blank lines, footnotes, link references, tables.
import assert from 'node:assert/strict';
import { draftTree } from '../../server/src/cli/report/draftTree.js';
import { renderMarkdown, type Highlight } from '../../server/src/cli/report/markdown.js';
import { ProseParser } from '../../server/src/engine/index.js';

/** The chunk trees of a text, as the report's check leaves them. */
function chunksOf(text: string) {
  const parser = new ProseParser({ keepTrees: true });
  parser.parse(text);
  return parser.chunkTrees();
}

/** A mark on every number of the text, so that offsets are tested in every chunk. */
function marksOn(text: string): Highlight[] {
  return [...text.matchAll(/\d+/g)].map((m, i) => ({ start: m.index!, end: m.index! + m[0].length, id: `c${i + 1}`, classes: ['v'], label: `C${i + 1}` }));
}

const notesFor = (ids: string[]) => `<div class="notes">${ids.join(' ')}</div>`;

const SAME: Array<[string, string]> = [
  ['paragraphs and headings', '# The Vell crossing\n\nThe ferry ran 12 times a day.\n\n## Later\n\nIt carried 40 carts by 1702.\n'],
  ['a loose bullet list', 'Counts:\n\n- 12 boats\n\n- 40 carts\n\n- 7 mills\n'],
  ['a loose ordered list', '1. First, 12 boats.\n\n2. Then 40 carts.\n\n\n3. Last, 7 mills.\n'],
  ['an ordered list numbered from 3', '3. The third of 12.\n\n4. The fourth of 40.\n'],
  ['lists with other bullets, not joined', '- 12 boats\n\n* 40 carts\n\n+ 7 mills\n'],
  ['lists with other delimiters, not joined', '1. 12 boats\n\n2) 40 carts\n'],
  ['a bullet list then an ordered one', '- 12 boats\n\n1. 40 carts\n'],
  ['a tight list, then a paragraph, then a list', '- 12 boats\n- 40 carts\n\nBetween them, 3 words.\n\n- 7 mills\n'],
  ['a nested list with blank lines', '- 12 boats\n\n  - of which 3 sank\n\n- 40 carts\n'],
  ['a list item of two paragraphs', '- 12 boats\n\n  They sailed in 1702.\n\n- 40 carts\n'],
  ['an indented list', '  - 12 boats\n\n- 40 carts\n'],
  ['footnotes defined at the end', 'The ferry ran 12 times.[^1] It carried 40 carts.[^note]\n\n[^1]: Hallam, *Ferries*, p. 9.\n\n[^note]: A count of 1702.\n    Its second line.\n'],
  ['link references', 'See [the register][reg] for 12 boats and [Hallam] for 40.\n\n[reg]: https://example.org/register\n[hallam]: https://example.org/hallam\n'],
  ['a table', '| Year | Boats |\n|---|---|\n| 1702 | 12 |\n| 1703 | 40 |\n\nAfter the table, 7.\n'],
  ['front matter', '---\ntitle: Vell 12\nauthor: A. Student\n---\n\nThe ferry ran 12 times a day.\n'],
  ['a fenced code block with a blank line', 'Before 1.\n\n```\ncode 2\n\ncode 3\n```\n\nAfter 4.\n'],
  ['block quotes', '> The ferry ran 12 times.\n\n> It carried 40 carts.\n\nSaid 3 writers.\n'],
  ['an HTML comment across a blank line', 'Before 1.\n\n<!-- a note\n\nof 2 lines -->\n\nAfter 3.\n'],
  ['CR LF line endings', '# Vell\r\n\r\nThe ferry ran 12 times.\r\n\r\n- 40 carts\r\n\r\n- 7 mills\r\n'],
  ['emphasis and links in a list', '1. **12** boats, [40](https://example.org) carts\n\n2. *7* mills\n'],
  ['a thematic break after a list', '- 12 boats\n\n---\n\n- 40 carts\n'],
];

describe('report: a draft page from the check’s chunk trees', function () {
  this.timeout(20000);
  for (const [what, text] of SAME) {
    it(`renders ${what} as a parse of the whole text does`, () => {
      const tree = draftTree(text, chunksOf(text));
      assert.ok(tree, 'a tree');
      assert.equal(renderMarkdown(text, marksOn(text), notesFor, tree), renderMarkdown(text, marksOn(text), notesFor));
    });
  }

  it('joins the lists of a loose list into one list (one <ol>, its items in paragraphs)', () => {
    const text = '1. First, 12 boats.\n\n2. Then 40 carts.\n';
    const html = renderMarkdown(text, [], undefined, draftTree(text, chunksOf(text)));
    assert.equal(html.match(/<ol/g)?.length, 1);
    assert.match(html, /<li>\n<p>First, 12 boats.<\/p>/);
  });

  it('gives positions in the whole text (offsets, lines and columns)', () => {
    const text = 'One.\n\nTwo 12.\n\n  - three\n';
    const tree = draftTree(text, chunksOf(text))!;
    const [, second, third] = tree.children;
    assert.deepEqual(second!.position, { start: { line: 3, column: 1, offset: 6 }, end: { line: 3, column: 8, offset: 13 } });
    assert.equal(third!.position!.start.line, 5);
    assert.equal(third!.position!.start.offset, text.indexOf('- three'));
  });

  const NONE: Array<[string, string]> = [
    ['a chunk cut into lines (a paragraph of thousands of lines)', `Intro.\n\n${Array.from({ length: 800 }, (_, i) => `line ${i} of the list`).join('\n')}\n`],
    ['an unclosed fence that swallows the stub definitions', 'Cited.[^1]\n\n[^1]: A note.\n\n```\nopen fence [^1]\n'],
  ];
  for (const [what, text] of NONE) {
    it(`leaves the draft to be parsed whole for ${what}`, () => {
      assert.equal(draftTree(text, chunksOf(text)), undefined);
      assert.ok(renderMarkdown(text, []).length > 0);
    });
  }

  it('has no trees from a parser that keeps none (an editor’s)', () => {
    const parser = new ProseParser();
    parser.parse('One 12.\n\nTwo 40.\n');
    const chunks = parser.chunkTrees();
    assert.equal(chunks.length, 2);
    assert.ok(chunks.every((c) => c.tree === undefined));
    assert.equal(draftTree('One 12.\n\nTwo 40.\n', chunks), undefined);
  });
});
