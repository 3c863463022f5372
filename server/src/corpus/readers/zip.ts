// Reading a zip archive (a .docx is one) with a cap on what it unpacks to: each entry is inflated
// with a limit on its output, so a zip bomb (a small file that unpacks to gigabytes) is refused
// after unpacking at most the cap, whatever sizes its headers claim.
import { inflateRawSync } from 'node:zlib';
import { Unreadable } from './types.js';

export interface ZipEntry {
  name: string;
  data: Buffer;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

function endOfDirectory(zip: Buffer): number {
  // The end record is in the last 64 KiB + 22 bytes (a comment may follow it).
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65_557); i--) {
    if (zip.readUInt32LE(i) === END_OF_DIRECTORY) return i;
  }
  throw new Unreadable('it is not a zip archive (a .docx is one): no zip directory was found');
}

/** One entry's bytes, inflated with at most `budget` bytes of output. */
function entryData(zip: Buffer, local: number, method: number, compressedSize: number, budget: number): Buffer {
  if (zip.readUInt32LE(local) !== LOCAL_HEADER) throw new Unreadable('its zip archive is damaged');
  const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
  const body = zip.subarray(start, start + compressedSize);
  if (method === 0) {
    if (body.length > budget) throw new Unreadable(`it unpacks to more than ${budget} bytes`);
    return body;
  }
  if (method !== 8) throw new Unreadable(`its zip archive uses a compression Corroborate does not read (method ${method})`);
  try {
    return inflateRawSync(body, { maxOutputLength: Math.max(1, budget) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) throw new Unreadable(`it unpacks to more than the ${budget}-byte limit (a zip bomb?)`);
    throw new Unreadable('its zip archive is damaged');
  }
}

/**
 * The entries of a zip archive whose names `want` accepts, unpacked. All of them together may
 * unpack to at most `maxBytes`; past that the archive is refused.
 */
export function unzip(zip: Buffer, maxBytes: number, want: (name: string) => boolean = () => true): ZipEntry[] {
  if (zip.length < 22) throw new Unreadable('it is not a zip archive (a .docx is one)');
  const end = endOfDirectory(zip);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  let left = maxBytes;
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== DIRECTORY_ENTRY) throw new Unreadable('its zip directory is damaged');
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const local = zip.readUInt32LE(at + 42);
    at += 46 + skip;
    if (!want(name)) continue;
    const data = entryData(zip, local, method, compressedSize, left);
    left -= data.length;
    entries.push({ name, data });
  }
  return entries;
}
