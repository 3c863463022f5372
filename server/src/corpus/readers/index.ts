// The readers of source files that are not text, by extension. `.md`, `.markdown` and `.txt` are
// read as they are (corpus/sources.ts); every other kind goes through one Reader (readers/types.ts).
import { readDocx } from './docx.js';
import { readHtml } from './html.js';
import { readPdf } from './pdf.js';
import type { Reader } from './types.js';

export const READERS: Readonly<Record<string, Reader>> = {
  '.pdf': readPdf,
  '.html': readHtml,
  '.htm': readHtml,
  '.docx': readDocx,
};

/** What a file unpacks to at most (a .docx), as a multiple of the size limit of a source. */
export const UNPACKED_PER_BYTE_LIMIT = 5;

export { Unreadable, type Reader, type ReadText, type ReaderLimits } from './types.js';
