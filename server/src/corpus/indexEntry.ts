// One source's cache entry: what indexing it found (sentences, statements), what it adds to the
// corpus statistics, and which corpus names its reading depended on. Also the corpus-wide statistics
// file. Entries are self-checking: a header names the format, package version, engine fingerprint
// and content hash they were written for, and a checksum of the body; anything else is refused with an
// EntryError (the caller warns and indexes the source afresh).
import { createHash } from 'node:crypto';
import zlib from 'node:zlib';
import { DecodeError, Decoder, EncodeError, Encoder, pack, unpack } from './indexCodec.js';
import type { CorpusStats, ReadSource, SourceInput, SourceSentence, SourceStats, Statement } from '../engine/index.js';

/** Bump whenever the layout below changes: older entries are then ignored. */
export const CACHE_FORMAT = 2;

const MAGIC = 0x43524258; // "CRBX"
const CORPUS_MAGIC = 0x43524243; // "CRBC"

export class EntryError extends Error {}

/** What an entry must have been written for to be used. */
export interface EntryIdentity {
  /** The package version (SERVER_VERSION). */
  version: string;
  /** Fingerprint of the engine code that wrote it. */
  engine: string;
}

/** The key of a source's entry: its text and how it is read (Markdown or plain text). */
export function contentHash(text: string, markdown: boolean): string {
  return createHash('sha256').update(markdown ? 'md\u0000' : 'txt\u0000').update(text).digest('hex');
}

/** A fingerprint of a set of corpus names (order does not matter). */
export function namesHash(names: Iterable<string>): string {
  return createHash('sha1').update([...names].sort().join('\n')).digest('hex');
}

/**
 * A view of the corpus's names that records every name the reading of a source asks about, so that
 * its statements can be reused under another corpus that answers those questions the same way. Any
 * other use (iterating, size) marks the reading as depending on the whole set.
 */
export class RecordingNames implements ReadonlySet<string> {
  readonly asked = new Set<string>();
  whole = false;
  constructor(readonly names: ReadonlySet<string>) {}
  has(name: string): boolean {
    this.asked.add(name);
    return this.names.has(name);
  }
  get size(): number {
    this.whole = true;
    return this.names.size;
  }
  forEach(fn: (value: string, key: string, set: ReadonlySet<string>) => void, thisArg?: unknown): void {
    this.whole = true;
    this.names.forEach((v) => fn.call(thisArg, v, v, this));
  }
  entries(): SetIterator<[string, string]> {
    this.whole = true;
    return this.names.entries();
  }
  keys(): SetIterator<string> {
    this.whole = true;
    return this.names.keys();
  }
  values(): SetIterator<string> {
    this.whole = true;
    return this.names.values();
  }
  [Symbol.iterator](): SetIterator<string> {
    this.whole = true;
    return this.names[Symbol.iterator]();
  }
}

/** Which names a reading asked about, and the answers it got. */
export interface NameQueries {
  whole: boolean;
  asked: string[];
  known: boolean[];
}

export function queriesOf(recorder: RecordingNames): NameQueries {
  const asked = [...recorder.asked];
  return { whole: recorder.whole, asked, known: asked.map((n) => recorder.names.has(n)) };
}

/** True when reading with `names` would ask the same questions and get the same answers. */
export function queriesHold(q: NameQueries, names: ReadonlySet<string>): boolean {
  if (q.whole) return false;
  for (let i = 0; i < q.asked.length; i++) if (names.has(q.asked[i]!) !== q.known[i]) return false;
  return true;
}

interface Header extends EntryIdentity {
  format: number;
  hash: string;
  /** namesHash of the corpus names the statements were read with. */
  names: string;
  sentences: number;
  statements: number;
  /** Byte lengths of the sections: main, stats, queries. */
  sections: [number, number, number];
  checksum: string;
}

export interface SourceEntry {
  hash: string;
  names: string;
  sentences: number;
  statements: number;
  /** The sections, still encoded: decoded only when needed. */
  main: Uint8Array;
  stats: Uint8Array;
  queries: Uint8Array;
}

const SENTENCE_KEYS = 'sourceKey\u0000range\u0000text\u0000part';

function encodeMain(input: SourceInput, read: ReadSource): Uint8Array {
  const e = new Encoder();
  const sentenceIds = new Map<SourceSentence, number>();
  read.sentences.forEach((s, i) => sentenceIds.set(s, i));
  // Sentences compactly when they are what the engine makes today (text a slice of the source);
  // otherwise as plain data.
  const compact = read.sentences.every((s) =>
    Object.keys(s).join('\u0000') === SENTENCE_KEYS && s.sourceKey === input.key
    && Object.keys(s.range).join(',') === 'start,end' && Number.isInteger(s.range.start) && Number.isInteger(s.range.end)
    && Math.abs(s.range.start) < 2 ** 31 && Math.abs(s.range.end) < 2 ** 31);
  e.int(compact ? 1 : 0);
  e.int(read.sentences.length);
  for (const s of read.sentences) {
    if (compact) {
      e.int(s.range.start);
      e.int(s.range.end);
      e.int(e.string(s.part));
      e.int(input.text.slice(s.range.start, s.range.end) === s.text ? -1 : e.string(s.text));
    } else {
      e.objectWith(s, (key, value) => {
        if (key === 'sourceKey' && value === input.key) {
          e.sourceKey();
          return true;
        }
        return false;
      });
    }
  }
  e.int(read.statements.length);
  for (const st of read.statements) {
    e.objectWith(st, (key, value) => {
      if (key === 'sourceKey' && value === input.key) {
        e.sourceKey();
        return true;
      }
      if (key === 'sentence') {
        const id = sentenceIds.get(value as SourceSentence);
        if (id === undefined) throw new EncodeError('a statement whose sentence is not among the source\'s');
        e.ref(id);
        return true;
      }
      return false;
    });
  }
  return pack(e.finish());
}

function encodeStats(stats: SourceStats): Uint8Array {
  return encodeCounts(stats.sentenceCount, stats.documentFrequency, stats.names);
}

/** A source's or a corpus's statistics, written the same way: sentences, term frequencies, names. */
function encodeCounts(sentenceCount: number, documentFrequency: ReadonlyMap<string, number>, names: ReadonlySet<string>): Uint8Array {
  const e = new Encoder();
  e.int(sentenceCount);
  e.int(documentFrequency.size);
  for (const [term, n] of documentFrequency) {
    e.int(e.string(term));
    e.int(n);
  }
  e.int(names.size);
  for (const name of names) e.int(e.string(name));
  return pack(e.finish());
}

function encodeQueries(q: NameQueries): Uint8Array {
  const e = new Encoder();
  e.int(q.whole ? 1 : 0);
  e.int(q.asked.length);
  for (let i = 0; i < q.asked.length; i++) {
    e.int(e.string(q.asked[i]!));
    e.int(q.known[i] ? 1 : 0);
  }
  return pack(e.finish());
}

function align8(n: number): number {
  return (n + 7) & ~7;
}

const textEncoder = new TextEncoder();
const textDecoder = new TextDecoder('utf-8', { fatal: true });

function frame(magic: number, header: object, sections: Uint8Array[]): Uint8Array {
  const headerBytes = textEncoder.encode(JSON.stringify(header));
  const start = align8(8 + headerBytes.length);
  const out = new Uint8Array(start + sections.reduce((n, s) => n + align8(s.length), 0));
  const view = new DataView(out.buffer);
  view.setUint32(0, magic, true);
  view.setUint32(4, headerBytes.length, true);
  out.set(headerBytes, 8);
  let at = start;
  for (const s of sections) {
    out.set(s, at);
    at += align8(s.length);
  }
  return out;
}

const crc32 = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;

/** CRC-32 of the sections (zlib's, fast), or SHA-1 where this Node has no zlib.crc32. */
function checksum(sections: Uint8Array[]): string {
  if (crc32) {
    let c = 0;
    for (const s of sections) c = crc32(s, c);
    return `crc32:${(c >>> 0).toString(16)}`;
  }
  const h = createHash('sha1');
  for (const s of sections) h.update(s);
  return `sha1:${h.digest('hex')}`;
}

/** Reads the frame: header (as parsed JSON) and the sections, checksum verified. */
function unframe(bytes: Uint8Array, magic: number, sectionCount: number): { header: Record<string, unknown>; sections: Uint8Array[] } {
  if (bytes.length < 8) throw new EntryError('too short');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  if (view.getUint32(0, true) !== magic) throw new EntryError('not a cache entry');
  const headerLength = view.getUint32(4, true);
  if (8 + headerLength > bytes.length) throw new EntryError('truncated header');
  let header: Record<string, unknown>;
  try {
    header = JSON.parse(textDecoder.decode(bytes.subarray(8, 8 + headerLength))) as Record<string, unknown>;
  } catch {
    throw new EntryError('unreadable header');
  }
  if (!header || typeof header !== 'object') throw new EntryError('unreadable header');
  const lengths = header.sections;
  if (!Array.isArray(lengths) || lengths.length !== sectionCount || !lengths.every((n) => Number.isInteger(n) && n >= 0)) throw new EntryError('bad section lengths');
  let at = align8(8 + headerLength);
  const sections: Uint8Array[] = [];
  for (const n of lengths as number[]) {
    if (at + n > bytes.length) throw new EntryError('truncated');
    sections.push(bytes.subarray(at, at + n));
    at += align8(n);
  }
  if (at !== bytes.length) throw new EntryError('trailing bytes');
  if (checksum(sections) !== header.checksum) throw new EntryError('checksum mismatch');
  return { header, sections };
}

function checkIdentity(header: Record<string, unknown>, identity: EntryIdentity): void {
  if (header.format !== CACHE_FORMAT) throw new EntryError(`format ${String(header.format)}, not ${CACHE_FORMAT}`);
  if (header.version !== identity.version) throw new EntryError(`written by version ${String(header.version)}`);
  if (header.engine !== identity.engine) throw new EntryError('written by another engine');
}

/** A source's entry as bytes. Throws EncodeError when the index holds something not plain data. */
export function encodeSourceEntry(
  identity: EntryIdentity,
  hash: string,
  input: SourceInput,
  read: ReadSource,
  stats: SourceStats,
  queries: NameQueries,
  readWithNames: string,
): Uint8Array {
  const sections = [encodeMain(input, read), encodeStats(stats), encodeQueries(queries)];
  const header: Header = {
    format: CACHE_FORMAT,
    ...identity,
    hash,
    names: readWithNames,
    sentences: read.sentences.length,
    statements: read.statements.length,
    sections: sections.map((s) => s.length) as [number, number, number],
    checksum: checksum(sections),
  };
  return frame(MAGIC, header, sections);
}

/** Opens an entry: checks its identity, hash and checksum. Sections are decoded later, on demand. */
export function openSourceEntry(bytes: Uint8Array, identity: EntryIdentity, hash: string): SourceEntry {
  const { header, sections } = unframe(bytes, MAGIC, 3);
  checkIdentity(header, identity);
  if (header.hash !== hash) throw new EntryError('for other content');
  if (typeof header.names !== 'string' || !Number.isInteger(header.sentences) || !Number.isInteger(header.statements)) throw new EntryError('bad header');
  return {
    hash,
    names: header.names,
    sentences: header.sentences as number,
    statements: header.statements as number,
    main: sections[0]!,
    stats: sections[1]!,
    queries: sections[2]!,
  };
}

function wrap<T>(what: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof DecodeError || error instanceof EntryError) throw new EntryError(`${what}: ${error.message}`);
    throw new EntryError(`${what}: ${(error as Error).message}`);
  }
}

/**
 * The sentences and statements of an entry, for the source as it is now (its key, its text).
 * Sentences written compactly are made only when asked for: a statement's own sentence when the
 * statement is decoded, the rest when `sentences` is first read (most never are).
 */
export function decodeMain(entry: SourceEntry, input: SourceInput): ReadSource {
  return wrap('statements', () => {
    const encoded = unpack(entry.main);
    let sentenceAt: (n: number) => SourceSentence = () => {
      throw new DecodeError('a sentence before the sentences');
    };
    const d = new Decoder(encoded, { sourceKey: input.key, ref: (n) => sentenceAt(n) });
    const compact = d.int() === 1;
    const n = d.int();
    if (n < 0 || n !== entry.sentences) throw new DecodeError('sentence count');
    const text = input.text;
    const key = input.key;
    let sentences: SourceSentence[] | undefined;
    if (compact) {
      const base = d.position;
      d.skip(4 * n);
      const ints = encoded.ints;
      // Checked once here, so that sentences made later cannot fail.
      for (let i = 0; i < n; i++) {
        const at = base + 4 * i;
        const start = ints[at]!;
        const end = ints[at + 1]!;
        const textId = ints[at + 3]!;
        if (start < 0 || end < start || end > text.length) throw new DecodeError('a sentence out of the text');
        d.string(ints[at + 2]!);
        if (textId !== -1) d.string(textId);
      }
      const made = new Array<SourceSentence | undefined>(n);
      sentenceAt = (i) => {
        if (!(i >= 0 && i < n)) throw new DecodeError(`no sentence ${i}`);
        let s = made[i];
        if (!s) {
          const at = base + 4 * i;
          const start = ints[at]!;
          const end = ints[at + 1]!;
          const textId = ints[at + 3]!;
          s = { sourceKey: key, range: { start, end }, text: textId === -1 ? text.slice(start, end) : d.string(textId), part: d.string(ints[at + 2]!) as SourceSentence['part'] };
          made[i] = s;
        }
        return s;
      };
    } else {
      sentences = new Array<SourceSentence>(n);
      for (let i = 0; i < n; i++) sentences[i] = d.value() as SourceSentence;
      const all = sentences;
      sentenceAt = (i) => {
        const s = all[i];
        if (!s) throw new DecodeError(`no sentence ${i}`);
        return s;
      };
    }
    const m = d.int();
    if (m < 0 || m !== entry.statements) throw new DecodeError('statement count');
    const statements = new Array<Statement>(m);
    for (let i = 0; i < m; i++) statements[i] = d.value() as Statement;
    if (!d.done) throw new DecodeError('trailing data');
    const result = { statements } as ReadSource;
    return Object.defineProperty(result, 'sentences', {
      enumerable: true,
      configurable: true,
      get: () => (sentences ??= Array.from({ length: n }, (_, i) => sentenceAt(i))),
    });
  });
}

/** Sentence count, term frequencies and names: what a source's and a corpus's statistics both hold. */
function decodeCounts(bytes: Uint8Array): { sentenceCount: number; documentFrequency: Map<string, number>; names: Set<string> } {
  const d = new Decoder(unpack(bytes));
  const sentenceCount = d.int();
  const terms = d.int();
  const documentFrequency = new Map<string, number>();
  for (let i = 0; i < terms; i++) {
    const term = d.string(d.int());
    documentFrequency.set(term, d.int());
  }
  const count = d.int();
  const names = new Set<string>();
  for (let i = 0; i < count; i++) names.add(d.string(d.int()));
  if (!d.done) throw new DecodeError('trailing data');
  return { sentenceCount, documentFrequency, names };
}

export function decodeStats(entry: SourceEntry): SourceStats {
  return wrap('statistics', () => {
    const { sentenceCount, documentFrequency, names } = decodeCounts(entry.stats);
    return { sentenceCount, documentFrequency, names };
  });
}

export function decodeQueries(entry: SourceEntry): NameQueries {
  return wrap('names', () => {
    const d = new Decoder(unpack(entry.queries));
    const whole = d.int() === 1;
    const n = d.int();
    if (n < 0) throw new DecodeError('count');
    const asked: string[] = new Array<string>(n);
    const known: boolean[] = new Array<boolean>(n);
    for (let i = 0; i < n; i++) {
      asked[i] = d.string(d.int());
      known[i] = d.int() === 1;
    }
    if (!d.done) throw new DecodeError('trailing data');
    return { whole, asked, known };
  });
}

// ---- the corpus-wide statistics -------------------------------------------------------------------

/** The key of a corpus's statistics: the content hashes of its sources, in order. */
export function corpusHash(hashes: string[]): string {
  return createHash('sha256').update(hashes.join('\n')).digest('hex');
}

export function encodeCorpusStats(identity: EntryIdentity, key: string, stats: CorpusStats): Uint8Array {
  const body = encodeCounts(stats.sentenceCount, stats.documentFrequency, stats.knownNames);
  return frame(CORPUS_MAGIC, { format: CACHE_FORMAT, ...identity, hash: key, sections: [body.length], checksum: checksum([body]) }, [body]);
}

export function decodeCorpusStats(bytes: Uint8Array, identity: EntryIdentity, key: string): CorpusStats {
  const { header, sections } = unframe(bytes, CORPUS_MAGIC, 1);
  checkIdentity(header, identity);
  if (header.hash !== key) throw new EntryError('for another corpus');
  return wrap('corpus statistics', () => {
    const { sentenceCount, documentFrequency, names } = decodeCounts(sections[0]!);
    return { sentenceCount, documentFrequency, knownNames: names };
  });
}
