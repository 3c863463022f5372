// The one interface every reader of a kind of source file has: the file's bytes in, the text the
// engine reads (Markdown or plain text) out, with the title and author the file declares and the
// places of the original file (a PDF's pages, an HTML element) its stretches of text came from.
import type { SourcePlace } from '../../engine/index.js';

export interface ReadText {
  text: string;
  /** How the engine is to read `text`. */
  format: 'markdown' | 'text';
  title?: string;
  author?: string;
  places?: SourcePlace[];
  /** Said about the file without skipping it (the path is put before each). */
  warnings: string[];
}

export interface ReaderLimits {
  /** A file that unpacks (a .docx is a zip) to more bytes than this is refused. */
  maxUnpackedBytes: number;
}

export type Reader = (bytes: Uint8Array, file: string, limits: ReaderLimits) => Promise<ReadText>;

/** A file a reader cannot read: it is skipped, and `reason` says why (`it is password-protected`). */
export class Unreadable extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'Unreadable';
  }
}

/** Whether a reader refused a file (by name: the readers may be bundled apart from their caller). */
export function isUnreadable(error: unknown): error is Unreadable {
  return error instanceof Error && error.name === 'Unreadable' && typeof (error as Unreadable).reason === 'string';
}
