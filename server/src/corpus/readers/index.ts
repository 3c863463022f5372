// The readers of source files that are not text, by extension (readers/kinds.ts lists them). `.md`,
// `.markdown` and `.txt` are read as they are (corpus/sources.ts); every other kind goes through one
// Reader (readers/types.ts). Loaded when the first such file is read; bundled apart (dist/readers.js).
import { codeFingerprint } from '../fingerprint.js';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
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

function moduleFile(): string {
  // Bundled as CommonJS __filename exists; run as ESM it does not.
  return typeof __filename !== 'undefined' ? __filename : fileURLToPath(import.meta.url);
}

let fingerprint: string | undefined;

/**
 * A fingerprint of the readers' code: every module beside this one (run from out/, with the
 * versions of the libraries they load), or the bundle this runs in. What the read cache is kept under.
 */
export function readersFingerprint(): string {
  if (fingerprint) return fingerprint;
  const file = moduleFile();
  const dir = path.dirname(file);
  fingerprint = codeFingerprint((hash) => {
    if (path.basename(dir) === 'readers') {
      for (const name of readdirSync(dir).filter((n) => n.endsWith('.js')).sort()) hash.update(name).update(readFileSync(path.join(dir, name)));
      for (const library of ['unpdf', 'mammoth', 'hast-util-from-html']) hash.update(libraryVersion(dir, library));
    } else {
      hash.update(readFileSync(file));
    }
  });
  return fingerprint;
}

/** A library's version, from the nearest node_modules above `dir`. */
function libraryVersion(dir: string, name: string): string {
  for (let d = dir; d !== path.dirname(d); d = path.dirname(d)) {
    try {
      return `${name}@${(JSON.parse(readFileSync(path.join(d, 'node_modules', name, 'package.json'), 'utf8')) as { version?: string }).version}`;
    } catch {
      // look further up
    }
  }
  return `${name}@?`;
}

export { isUnreadable, type Reader, type ReadText, type ReaderLimits } from './types.js';
