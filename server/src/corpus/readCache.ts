// What the readers made of PDFs, web pages and Word files, cached on disk under the hash of each
// file's bytes: a warm start reads a 200-page PDF's text and pages from the cache instead of
// parsing it again. The folder holds one subfolder per readers' build (their fingerprint), so a
// changed reader never reads what an older one wrote:
//   read-v<format>/<readers fingerprint>/<hh>/<hash of the bytes and the extension>.json
// A folder of another build unused for two weeks is deleted; an entry that cannot be parsed is
// reported once and read afresh. The engine's index of the text is cached apart (corpus/cache.ts),
// under the hash of the text.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { ReadText } from './readers/types.js';

const FORMAT = 1;
const UNUSED_FOLDER_MS = 14 * 24 * 60 * 60 * 1000;

export interface ReadCache {
  get(bytes: Uint8Array, extension: string): Promise<ReadText | undefined>;
  put(bytes: Uint8Array, extension: string, read: ReadText): Promise<void>;
}

function isReadText(value: unknown): value is ReadText {
  const v = value as ReadText;
  return !!v && typeof v.text === 'string' && (v.format === 'markdown' || v.format === 'text') && Array.isArray(v.warnings) && (v.places === undefined || Array.isArray(v.places));
}

/** Deletes the folders of other readers' builds not used for two weeks (once per process and folder). */
const pruned = new Set<string>();
async function pruneOthers(root: string, keep: string): Promise<void> {
  if (pruned.has(root)) return;
  pruned.add(root);
  try {
    for (const name of await fs.readdir(root)) {
      if (name === keep) continue;
      const dir = path.join(root, name);
      const stat = await fs.stat(dir);
      if (Date.now() - stat.mtimeMs > UNUSED_FOLDER_MS) await fs.rm(dir, { recursive: true, force: true });
    }
  } catch {
    // Nothing to prune, or it cannot be: the cache still works.
  }
}

/** The read cache in `cacheDir` for readers of the given fingerprint. */
export function openReadCache(cacheDir: string, fingerprint: string, warn: (message: string) => void): ReadCache {
  const root = path.join(cacheDir, `read-v${FORMAT}`);
  const dir = path.join(root, fingerprint);
  let warned = false;
  const fileOf = (bytes: Uint8Array, extension: string) => {
    const hash = createHash('sha256').update(extension).update(bytes).digest('hex');
    return path.join(dir, hash.slice(0, 2), `${hash}.json`);
  };
  return {
    async get(bytes, extension) {
      void pruneOthers(root, fingerprint);
      const file = fileOf(bytes, extension);
      let raw: string;
      try {
        raw = await fs.readFile(file, 'utf8');
      } catch {
        return undefined;
      }
      try {
        const parsed: unknown = JSON.parse(raw);
        if (isReadText(parsed)) return parsed;
      } catch {
        // reported below
      }
      if (!warned) warn(`${file}: a damaged entry of the read cache was ignored; the source is read again`);
      warned = true;
      return undefined;
    },
    async put(bytes, extension, read) {
      const file = fileOf(bytes, extension);
      try {
        await fs.mkdir(path.dirname(file), { recursive: true });
        // Written aside and renamed: a reader at the same time sees the whole entry or none.
        const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
        await fs.writeFile(temporary, JSON.stringify(read));
        await fs.rename(temporary, file);
      } catch {
        // A cache that cannot be written only costs time.
      }
    },
  };
}
