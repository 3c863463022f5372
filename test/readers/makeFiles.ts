// Source files of the kinds Corroborate reads besides text, made here from made-up text: a PDF
// (bench/pdfWriter.ts), a saved web page, a Word file (a zip written by the packaging script's zip
// writer). No binary fixture: each file is built from what this file says.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bookPdf, wrapWords } from '../../bench/pdfWriter.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

type Zip = (entries: Array<{ name: string; data: Buffer }>) => Buffer;
let zipWriter: Zip | undefined;

/** scripts/package-vsix.mjs's zip writer (a plain .mjs: loaded at run time). */
export async function zip(entries: Array<{ name: string; data: Buffer }>): Promise<Buffer> {
  zipWriter ??= ((await import(pathToFileURL(path.join(root, 'scripts', 'package-vsix.mjs')).href)) as { zip: Zip }).zip;
  return zipWriter(entries);
}

function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A paragraph of a Word file: `# ` and `## ` make headings (styles Heading1, Heading2). */
function docxParagraph(line: string): string {
  const heading = /^(#{1,2}) (.*)$/.exec(line);
  const style = heading ? `<w:pPr><w:pStyle w:val="Heading${heading[1]!.length}"/></w:pPr>` : '';
  return `<w:p>${style}<w:r><w:t xml:space="preserve">${xmlEscape(heading ? heading[2]! : line)}</w:t></w:r></w:p>`;
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A .docx of the given paragraphs, with a title and an author in its properties. */
export async function makeDocx(paragraphs: string[], info: { title?: string; author?: string } = {}): Promise<Buffer> {
  const styles = [1, 2].map((n) => `<w:style w:type="paragraph" w:styleId="Heading${n}"><w:name w:val="heading ${n}"/></w:style>`).join('');
  const core = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">${info.title ? `<dc:title>${xmlEscape(info.title)}</dc:title>` : ''}${info.author ? `<dc:creator>${xmlEscape(info.author)}</dc:creator>` : ''}</cp:coreProperties>`;
  const entries = {
    '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels': '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>',
    'word/_rels/document.xml.rels': '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${paragraphs.map(docxParagraph).join('')}</w:body></w:document>`,
    'word/styles.xml': `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${W}">${styles}</w:styles>`,
    'docProps/core.xml': core,
  };
  return zip(Object.entries(entries).map(([name, text]) => ({ name, data: Buffer.from(text, 'utf8') })));
}

/** A PDF of the given paragraphs (bench/pdfWriter.ts's bookPdf): a running head and a page number on every page. */
export const makePdf = bookPdf;

/** How makePdf wraps a paragraph into lines. */
export const wrap = wrapWords;
