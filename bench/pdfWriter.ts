// A minimal PDF writer for made-up sources: text placed at given points in Helvetica, optional page
// labels, document information, an image-only (scanned-like) page, and an encryption dictionary that
// asks for a password. The bench's PDF corpus and the tests' PDFs are written with it, so no binary
// fixture needs explaining: PDF is text, and this file says what every byte is.

/** A run of text at a point (PDF units: 72 a inch, origin bottom left). */
export interface PdfText {
  x: number;
  y: number;
  text: string;
  size?: number;
}

export interface PdfPage {
  texts: PdfText[];
  /** A filled rectangle and no text at all, as a scanned page without a text layer reads. */
  imageOnly?: boolean;
}

/** A page-label range: from page `from` (0-based) on, numbers start at `start` in `style`. */
export interface PdfLabelRange {
  from: number;
  style: 'D' | 'r' | 'R';
  start?: number;
  prefix?: string;
}

export interface PdfDocument {
  pages: PdfPage[];
  labels?: PdfLabelRange[];
  info?: { title?: string; author?: string };
  /** Adds a standard security handler whose password is not the empty one. */
  needsPassword?: boolean;
}

export const PAGE_WIDTH = 612;
export const PAGE_HEIGHT = 792;

/** A PDF literal string: backslash, parentheses escaped; only Latin-1 text is written. */
function literal(text: string): string {
  return `(${text.replace(/[\\()]/g, (c) => `\\${c}`).replace(/[^\x20-\x7e]/g, '?')})`;
}

function contentStream(page: PdfPage): string {
  if (page.imageOnly) return '0.5 g 72 72 468 648 re f';
  return page.texts.map((t) => `BT /F1 ${t.size ?? 11} Tf ${t.x} ${t.y} Td ${literal(t.text)} Tj ET`).join('\n');
}

function labelsObject(labels: PdfLabelRange[]): string {
  const nums = labels.map((l) => {
    const parts = [`/S /${l.style}`];
    if (l.start !== undefined) parts.push(`/St ${l.start}`);
    if (l.prefix !== undefined) parts.push(`/P ${literal(l.prefix)}`);
    return `${l.from} << ${parts.join(' ')} >>`;
  });
  return `<< /Nums [${nums.join(' ')}] >>`;
}

/** The objects of the document, numbered from 1 in order. */
function objects(doc: PdfDocument): string[] {
  const pageCount = doc.pages.length;
  const firstPage = 4;
  const pageIds = doc.pages.map((_, i) => firstPage + 2 * i);
  const catalog = [`/Type /Catalog /Pages 2 0 R`];
  const afterPages = firstPage + 2 * pageCount;
  if (doc.labels) catalog.push(`/PageLabels ${afterPages} 0 R`);
  const out = [
    `<< ${catalog.join(' ')} >>`,
    `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageCount} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  doc.pages.forEach((page, i) => {
    const stream = contentStream(page);
    out.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageIds[i]! + 1} 0 R >>`);
    out.push(`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`);
  });
  if (doc.labels) out.push(labelsObject(doc.labels));
  const info: string[] = [];
  if (doc.info?.title) info.push(`/Title ${literal(doc.info.title)}`);
  if (doc.info?.author) info.push(`/Author ${literal(doc.info.author)}`);
  out.push(`<< ${info.join(' ')} >>`);
  if (doc.needsPassword) {
    // Revision 2 RC4 with owner and user keys that match no password: a reader must ask for one.
    const key = '7'.repeat(64);
    out.push(`<< /Filter /Standard /V 1 /R 2 /O <${key}> /U <${'3'.repeat(64)}> /P -4 >>`);
  }
  return out;
}

/** The whole file, with a correct cross-reference table. */
export function writePdf(doc: PdfDocument): Buffer {
  const bodies = objects(doc);
  let file = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  bodies.forEach((body, i) => {
    offsets.push(Buffer.byteLength(file, 'latin1'));
    file += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(file, 'latin1');
  file += `xref\n0 ${bodies.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) file += `${String(offset).padStart(10, '0')} 00000 n \n`;
  const infoId = bodies.length - (doc.needsPassword ? 1 : 0);
  const trailer = [`/Size ${bodies.length + 1}`, '/Root 1 0 R', `/Info ${infoId} 0 R`];
  if (doc.needsPassword) trailer.push(`/Encrypt ${bodies.length} 0 R`, `/ID [<${'ab'.repeat(16)}> <${'ab'.repeat(16)}>]`);
  file += `trailer\n<< ${trailer.join(' ')} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(file, 'latin1');
}

/**
 * Lines of text set as a page would set them: from the top margin down, `leading` apart, in one
 * column (or at `x`). Long lines are the caller's to break.
 */
export function linesAt(lines: string[], x = 72, top = 720, leading = 14, size = 11): PdfText[] {
  return lines.map((text, i) => ({ x, y: top - i * leading, text, size }));
}

/** Words to lines of at most `width` characters (a longer word stands alone on its line). */
export function wrapWords(paragraph: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = '';
    }
    line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Paragraphs set as a book's pages: `perPage` lines a page (a blank line between paragraphs), a
 * running head and a page number on each, pages labelled from `firstPage` when given.
 */
export function bookPdf(paragraphs: string[], options: { title?: string; author?: string; firstPage?: number; perPage?: number; width?: number; head?: string } = {}): Buffer {
  const perPage = options.perPage ?? 40;
  const lines: string[] = [];
  for (const paragraph of paragraphs) {
    if (lines.length > 0) lines.push('');
    lines.push(...wrapWords(paragraph, options.width ?? 70));
  }
  const pages: PdfPage[] = [];
  for (let i = 0; i < lines.length; i += perPage) {
    const number = (options.firstPage ?? 1) + pages.length;
    const body = linesAt(lines.slice(i, i + perPage), 72, 720).filter((t) => t.text);
    pages.push({ texts: [{ x: 72, y: 760, text: options.head ?? 'A Made-up Reader in Local History', size: 9 }, ...body, { x: 300, y: 40, text: String(number), size: 9 }] });
  }
  return writePdf({
    pages,
    labels: options.firstPage ? [{ from: 0, style: 'D', start: options.firstPage }] : undefined,
    info: { title: options.title, author: options.author },
  });
}
