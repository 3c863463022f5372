// In the editor: the hover and "go to source" of a claim that a PDF states open the PDF at its page
// and name the page; a saved web page opens at its element's line, a Word file names the paragraph.
import assert from 'node:assert/strict';
import type { Location } from 'vscode-languageserver';
import { readDocx } from '../../server/src/corpus/readers/docx.js';
import { htmlToText } from '../../server/src/corpus/readers/html.js';
import { readPdf } from '../../server/src/corpus/readers/pdf.js';
import type { ReadText } from '../../server/src/corpus/readers/types.js';
import type { SourceInput } from '../../server/src/engine/index.js';
import { provideDefinition } from '../../server/src/lsp/features/definition.js';
import { provideHover } from '../../server/src/lsp/features/hover.js';
import { MemoryState, MemoryWorkspace, NEVER, ROOT, positionOf } from '../lsp/workspace.js';
import { linesAt, writePdf } from '../../bench/pdfWriter.js';
import { makeDocx } from './makeFiles.js';
import { blogPage } from './pages.js';

const DRAFT = 'The siege of Brellin lasted 150 days.\n';
const STATEMENT = 'The siege of Brellin lasted 199 days before the relief came.';

function sourceOf(name: string, read: ReadText): SourceInput {
  return { key: 'brellin', title: read.title ?? name, uri: `${ROOT}/sources/${name}`, text: read.text, format: read.format, places: read.places };
}

function lookAt(source: SourceInput): { hover: string; definition: Location[] } {
  const state = new MemoryState(new MemoryWorkspace([source]));
  const doc = state.open('draft.md', DRAFT);
  const position = positionOf(DRAFT, '150 days', 1);
  const hover = provideHover(state, { textDocument: { uri: doc.uri }, position }, NEVER);
  const definition = provideDefinition(state, { textDocument: { uri: doc.uri }, position }, NEVER);
  return { hover: (hover!.contents as { value: string }).value, definition: definition ?? [] };
}

describe('evidence from PDFs, web pages and Word files in the editor', function () {
  this.timeout(20000);

  it('a PDF statement: the hover names its page label and opens the PDF at #page=N; so does go to source', async () => {
    const pdf = writePdf({
      pages: [{ texts: linesAt(['Introduction to a made-up town.']) }, { texts: linesAt([STATEMENT]) }],
      labels: [{ from: 0, style: 'D', start: 41 }],
      info: { title: 'Annals of Brellin' },
    });
    const { hover, definition } = lookAt(sourceOf('annals.pdf', await readPdf(pdf)));
    assert.match(hover, /✗ \*\*199 days\*\* — \*Annals of Brellin\* — \[open at p\. 42\]\(file:\/\/\/virtual\/sources\/annals\.pdf#page=2\)/);
    assert.deepEqual(definition.map((l) => l.uri), ['file:///virtual/sources/annals.pdf#page=2']);
  });

  it('a web page statement: opens the page at its element’s line and names the element', () => {
    const html = blogPage(['Introduction to a made-up town.', STATEMENT], [], 'Notes on Brellin');
    const { hover, definition } = lookAt(sourceOf('notes.html', htmlToText(html)));
    const line = html.split('\n').findIndex((l) => l.includes(STATEMENT));
    assert.match(hover, /\[open at \\#second\]\(file:\/\/\/virtual\/sources\/notes\.html#L(\d+)\)/);
    assert.equal(Number(/notes\.html#L(\d+)/.exec(hover)![1]), line + 1);
    assert.deepEqual(definition.map((l) => [l.uri, l.range.start.line]), [['file:///virtual/sources/notes.html', line]]);
  });

  it('a Word statement: the hover names its paragraph and opens the file', async () => {
    const docx = await makeDocx(['# Brellin', 'Introduction to a made-up town.', STATEMENT], { title: 'Brellin' });
    const { hover, definition } = lookAt(sourceOf('brellin.docx', await readDocx(docx, 'brellin.docx', { maxUnpackedBytes: 1e6 })));
    assert.match(hover, /\[open at paragraph 3\]\(file:\/\/\/virtual\/sources\/brellin\.docx\)/);
    assert.deepEqual(definition.map((l) => l.uri), ['file:///virtual/sources/brellin.docx']);
  });
});
