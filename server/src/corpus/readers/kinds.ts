// The kinds of source file read by a reader (readers/index.ts), known without loading the readers:
// PDF.js and mammoth are large, and are loaded when the first such file is read.
export const READER_EXTENSIONS: readonly string[] = ['.pdf', '.html', '.htm', '.docx'];

/** What a file may unpack to (a .docx is a zip), as a multiple of the size limit of a source. */
export const UNPACKED_PER_BYTE_LIMIT = 5;
