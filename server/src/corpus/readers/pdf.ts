// PDF sources (PDF.js, as unpdf packages it for Node: no worker thread, no network, no install step).
// Each page's text runs are put in reading order (readers/pdfLayout.ts), running headers and footers
// dropped, and the pages joined into plain-text paragraphs; each page is a place, named by the PDF's
// own page label where it has one (a chapter printed from page 231 says 231, not 1).
import type { SourcePlace } from '../../engine/index.js';
import { isPageNumber, linesOf, paragraphsOf, readingOrder, withoutFurniture, joinLine, type Line, type TextRun } from './pdfLayout.js';
import { Unreadable, type ReadText } from './types.js';

type PdfDocument = Awaited<ReturnType<typeof import('unpdf')['getDocumentProxy']>>;

async function openPdf(bytes: Uint8Array): Promise<PdfDocument> {
  // Loaded when the first PDF is read: PDF.js is large, and most corpora have no PDF.
  const { getDocumentProxy } = await import('unpdf');
  try {
    // (PDF.js takes the buffer over: it is given a copy.)
    return await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, useSystemFonts: false, stopAtErrors: false });
  } catch (error) {
    const name = (error as Error)?.name;
    if (name === 'PasswordException') throw new Unreadable('it is password-protected');
    throw new Unreadable(`it is not a readable PDF (${(error as Error)?.message ?? String(error)})`);
  }
}

/** A page's text runs, from the positions PDF.js gives (a run's transform holds its origin and size). */
async function runsOfPage(pdf: PdfDocument, number: number): Promise<{ runs: TextRun[]; width: number }> {
  const page = await pdf.getPage(number);
  const width = page.view[2]! - page.view[0]!;
  const content = await page.getTextContent();
  const runs: TextRun[] = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str.length === 0) continue;
    const [a, b, , , x, y] = item.transform as number[];
    runs.push({ text: item.str, x: x!, y: y!, width: item.width, size: Math.hypot(a!, b!) || item.height || 10 });
  }
  page.cleanup();
  return { runs, width };
}

/** The PDF's own page labels, or page numbers from 1 where it has none. */
async function pageLabels(pdf: PdfDocument): Promise<string[]> {
  let labels: string[] | null = null;
  try {
    labels = await pdf.getPageLabels();
  } catch {
    // A damaged label tree: numbers from 1 serve.
  }
  return Array.from({ length: pdf.numPages }, (_, i) => labels?.[i] || String(i + 1));
}

async function metadataOf(pdf: PdfDocument): Promise<{ title?: string; author?: string }> {
  try {
    const { info } = (await pdf.getMetadata()) as unknown as { info?: Record<string, unknown> };
    const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
    return { title: text(info?.Title), author: text(info?.Author) };
  } catch {
    return {};
  }
}

/** Whether a paragraph goes on from the page before: the last did not end a sentence and this starts in lower case. */
function continuesParagraph(before: string, first: string): boolean {
  return !/[.!?:;]["”’)\]]*$/.test(before) && /^\p{Ll}/u.test(first);
}

/**
 * The pages' paragraphs as one text, a blank line between paragraphs; a paragraph broken by a page
 * break is joined again. Each page's place starts at its first character in the text.
 */
export function joinPages(pages: readonly string[][], labels: readonly string[]): { text: string; places: SourcePlace[] } {
  const paragraphs: string[] = [];
  const places: SourcePlace[] = [];
  let length = 0;
  pages.forEach((page, i) => {
    page.forEach((paragraph, j) => {
      const last = paragraphs.length - 1;
      if (j === 0 && last >= 0 && continuesParagraph(paragraphs[last]!, paragraph)) {
        const joined = joinLine(paragraphs[last]!, paragraph);
        length += joined.length - paragraphs[last]!.length;
        places.push({ start: length - paragraph.length, kind: 'page', label: labels[i]!, number: i + 1 });
        paragraphs[last] = joined;
        return;
      }
      if (paragraphs.length > 0) length += 2;
      if (j === 0) places.push({ start: length, kind: 'page', label: labels[i]!, number: i + 1 });
      paragraphs.push(paragraph);
      length += paragraph.length;
    });
  });
  return { text: paragraphs.join('\n\n'), places };
}

export async function readPdf(bytes: Uint8Array): Promise<ReadText> {
  const pdf = await openPdf(bytes);
  try {
    const lines: Line[][] = [];
    const widths: number[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const { runs, width } = await runsOfPage(pdf, n);
      lines.push(linesOf(runs));
      widths.push(width);
    }
    if (lines.every((page) => page.length === 0)) throw new Unreadable('the PDF has no text layer (a scan?); Corroborate does not read text from images (no OCR)');
    const kept = withoutFurniture(lines).map((page, i) => paragraphsOf(readingOrder(page, widths[i]!)).filter((p) => !isPageNumber(p)));
    const { text, places } = joinPages(kept, await pageLabels(pdf));
    const warnings: string[] = [];
    const blank = lines.filter((page) => page.length === 0).length;
    if (blank > 0 && blank >= lines.length / 2) warnings.push(`${blank} of its ${lines.length} pages have no text layer (scanned?); only the others are read`);
    return { text, format: 'text', places, warnings, ...(await metadataOf(pdf)) };
  } finally {
    await pdf.loadingTask.destroy();
  }
}
