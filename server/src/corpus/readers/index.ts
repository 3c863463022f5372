// The readers of source files that are not text, by extension (readers/kinds.ts lists them). `.md`,
// `.markdown` and `.txt` are read as they are (corpus/sources.ts); every other kind goes through one
// Reader (readers/types.ts). Loaded when the first such file is read; bundled apart (dist/readers.js).
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

export { isUnreadable, type Reader, type ReadText, type ReaderLimits } from './types.js';
