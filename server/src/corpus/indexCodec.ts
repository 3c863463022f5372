// A compact binary form for plain data (what the index is made of), fast to decode:
//   - numbers go to an Int32 stream when they are 32-bit integers, else to a Float64 stream (so NaN,
//     ±Infinity and -0 survive), tags and lengths to the Int32 stream;
//   - strings are written once each, into a table;
//   - objects are written as a shape (their keys, in order, stored once) and their values, and are
//     rebuilt by a small function compiled per shape.
// `undefined` (as a value or in an array) round-trips, and so do keys whose value is undefined.
// Anything that is not plain data (a Map, a class instance, a function, a symbol, a bigint, a cycle)
// is refused with an EncodeError. `objectWith` lets the index codec write some fields itself, such
// as a statement's sentence as a reference and its source key as "this source's key".
//
// The decoder trusts nothing: lengths are checked against what is left, unknown tags throw a
// DecodeError. Integrity (a checksum) is checked by the caller before decoding.

export class EncodeError extends Error {}
export class DecodeError extends Error {}

const enum Tag {
  Undefined = 0,
  Null = 1,
  False = 2,
  True = 3,
  Int = 4,
  Float = 5,
  String = 6,
  Array = 7,
  Object = 8,
  /** A reference given by the caller's hook (a sentence, by its number). */
  Ref = 9,
  /** The current source's key (given to the decoder). */
  SourceKey = 10,
  /** An array of strings only (names, terms): its length, then string numbers. */
  Strings = 11,
}

class GrowableInt32 {
  data = new Int32Array(1024);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  view(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}

class GrowableFloat64 {
  data = new Float64Array(64);
  length = 0;
  push(v: number): number {
    if (this.length === this.data.length) {
      const next = new Float64Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length] = v;
    return this.length++;
  }
  view(): Float64Array {
    return this.data.subarray(0, this.length);
  }
}

/** The encoded streams. */
export interface Encoded {
  ints: Int32Array;
  floats: Float64Array;
  strings: string[];
  shapes: string[][];
}

function isInt32(v: number): boolean {
  return (v | 0) === v && !Object.is(v, -0);
}

export class Encoder {
  private readonly ints = new GrowableInt32();
  private readonly floats = new GrowableFloat64();
  private readonly strings: string[] = [];
  private readonly stringIds = new Map<string, number>();
  private readonly shapes: string[][] = [];
  private readonly shapeIds = new Map<string, number>();
  private readonly active = new Set<object>();

  /** Writes a bare integer (for the caller's own fields). */
  int(v: number): void {
    if (!isInt32(v)) throw new EncodeError(`not a 32-bit integer: ${v}`);
    this.ints.push(v);
  }

  string(s: string): number {
    let id = this.stringIds.get(s);
    if (id === undefined) {
      id = this.strings.length;
      this.strings.push(s);
      this.stringIds.set(s, id);
    }
    return id;
  }

  value(v: unknown): void {
    const ints = this.ints;
    switch (typeof v) {
      case 'undefined':
        ints.push(Tag.Undefined);
        return;
      case 'boolean':
        ints.push(v ? Tag.True : Tag.False);
        return;
      case 'number':
        if (isInt32(v)) {
          ints.push(Tag.Int);
          ints.push(v);
        } else {
          ints.push(Tag.Float);
          ints.push(this.floats.push(v));
        }
        return;
      case 'string':
        ints.push(Tag.String);
        ints.push(this.string(v));
        return;
      case 'object': {
        if (v === null) {
          ints.push(Tag.Null);
          return;
        }
        if (this.active.has(v)) throw new EncodeError('a cycle');
        this.active.add(v);
        if (Array.isArray(v) && v.length > 0 && v.every((x, i) => typeof x === 'string' && i in v)) {
          ints.push(Tag.Strings);
          ints.push(v.length);
          for (const x of v as string[]) ints.push(this.string(x));
        } else if (Array.isArray(v)) {
          ints.push(Tag.Array);
          ints.push(v.length);
          for (let i = 0; i < v.length; i++) {
            if (!(i in v)) throw new EncodeError('a sparse array');
            this.value(v[i]);
          }
        } else {
          const proto = Object.getPrototypeOf(v);
          if (proto !== Object.prototype && proto !== null) throw new EncodeError(`not plain data: ${proto?.constructor?.name ?? 'object'}`);
          if (Object.getOwnPropertySymbols(v).length > 0) throw new EncodeError('symbol keys');
          const keys = Object.keys(v);
          if (keys.includes('__proto__')) throw new EncodeError('a __proto__ key');
          const signature = keys.join('\u0000');
          let shape = this.shapeIds.get(signature);
          if (shape === undefined) {
            shape = this.shapes.length;
            this.shapes.push(keys);
            this.shapeIds.set(signature, shape);
          }
          ints.push(Tag.Object);
          ints.push(shape);
          const record = v as Record<string, unknown>;
          for (const key of keys) this.value(record[key]);
        }
        this.active.delete(v);
        return;
      }
      default:
        throw new EncodeError(`not plain data: ${typeof v}`);
    }
  }

  /** Writes "the source's key" (decoded as the key given to the decoder). */
  sourceKey(): void {
    this.ints.push(Tag.SourceKey);
  }

  /** Writes a reference the decoder's `ref` resolves. */
  ref(n: number): void {
    this.ints.push(Tag.Ref);
    this.int(n);
  }

  /**
   * Writes a plain object whose fields `field` may write itself (returning true), such as a
   * statement's sentence as a reference; the others are written as values.
   */
  objectWith(v: object, field: (key: string, value: unknown) => boolean): void {
    if (Array.isArray(v) || Object.getPrototypeOf(v) !== Object.prototype) throw new EncodeError('not a plain object');
    const keys = Object.keys(v);
    if (keys.includes('__proto__')) throw new EncodeError('a __proto__ key');
    const signature = keys.join('\u0000');
    let shape = this.shapeIds.get(signature);
    if (shape === undefined) {
      shape = this.shapes.length;
      this.shapes.push(keys);
      this.shapeIds.set(signature, shape);
    }
    this.ints.push(Tag.Object);
    this.ints.push(shape);
    const record = v as Record<string, unknown>;
    for (const key of keys) if (!field(key, record[key])) this.value(record[key]);
  }

  finish(): Encoded {
    return { ints: this.ints.view(), floats: this.floats.view(), strings: this.strings, shapes: this.shapes };
  }
}

type Read = () => unknown;
type Build = (read: Read) => Record<string, unknown>;

const builders = new Map<string, Build>();

/** A function that builds an object of the given keys from `read()`s, as a literal (fast to run). */
function builderFor(keys: string[]): Build {
  const signature = keys.join('\u0000');
  let build = builders.get(signature);
  if (!build) {
    if (keys.includes('__proto__')) throw new DecodeError('a __proto__ key');
    if (new Set(keys).size !== keys.length) throw new DecodeError('a shape with a repeated key');
    // Keys are written as JSON string literals: nothing in them can escape into code.
    const body = `return {${keys.map((k) => `${JSON.stringify(k)}: read()`).join(', ')}};`;
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    build = new Function('read', body) as Build;
    if (builders.size > 10_000) builders.clear();
    builders.set(signature, build);
  }
  return build;
}

export interface DecodeContext {
  ref?: (n: number) => unknown;
  sourceKey?: string;
}

export class Decoder {
  private pos = 0;
  private readonly builds: Build[];

  constructor(
    private readonly data: Encoded,
    private readonly context: DecodeContext = {},
  ) {
    this.builds = data.shapes.map((keys) => {
      if (!Array.isArray(keys) || !keys.every((k) => typeof k === 'string')) throw new DecodeError('a bad shape');
      return builderFor(keys);
    });
  }

  get done(): boolean {
    return this.pos === this.data.ints.length;
  }

  /** Where the next int is read from. */
  get position(): number {
    return this.pos;
  }

  /** Skips `n` ints (read later, say, from `data.ints` directly). */
  skip(n: number): void {
    if (n < 0 || n > this.data.ints.length - this.pos) throw new DecodeError('unexpected end');
    this.pos += n;
  }

  int(): number {
    if (this.pos >= this.data.ints.length) throw new DecodeError('unexpected end');
    return this.data.ints[this.pos++]!;
  }

  string(id: number): string {
    const s = this.data.strings[id];
    if (typeof s !== 'string') throw new DecodeError(`no string ${id}`);
    return s;
  }

  readonly value: Read = () => {
    const ints = this.data.ints;
    if (this.pos >= ints.length) throw new DecodeError('unexpected end');
    const tag = ints[this.pos++]!;
    switch (tag) {
      case Tag.Undefined:
        return undefined;
      case Tag.Null:
        return null;
      case Tag.False:
        return false;
      case Tag.True:
        return true;
      case Tag.Int:
        return this.int();
      case Tag.Float: {
        const i = this.int();
        if (i < 0 || i >= this.data.floats.length) throw new DecodeError('a bad number');
        return this.data.floats[i]!;
      }
      case Tag.String:
        return this.string(this.int());
      case Tag.Array: {
        const n = this.int();
        if (n < 0 || n > ints.length - this.pos) throw new DecodeError('a bad array length');
        const out = new Array<unknown>(n);
        for (let i = 0; i < n; i++) out[i] = this.value();
        return out;
      }
      case Tag.Strings: {
        const n = this.int();
        if (n < 0 || n > ints.length - this.pos) throw new DecodeError('a bad array length');
        const strings = this.data.strings;
        const out = new Array<string>(n);
        for (let i = 0; i < n; i++) {
          const s = strings[ints[this.pos++]!];
          if (typeof s !== 'string') throw new DecodeError('a bad string');
          out[i] = s;
        }
        return out;
      }
      case Tag.Object: {
        const shape = this.int();
        const build = this.builds[shape];
        if (!build) throw new DecodeError(`no shape ${shape}`);
        return build(this.value);
      }
      case Tag.Ref: {
        const n = this.int();
        if (!this.context.ref) throw new DecodeError('a reference without a context');
        return this.context.ref(n);
      }
      case Tag.SourceKey:
        if (this.context.sourceKey === undefined) throw new DecodeError('a source key without a context');
        return this.context.sourceKey;
      default:
        throw new DecodeError(`unknown tag ${tag}`);
    }
  };
}

// ---- framing: the streams in one buffer ----------------------------------------------------------

const encoder = new TextEncoder();
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Lays out encoded streams as bytes: [u32 floats][u32 ints][u32 table bytes][pad to 8]
 * [floats][ints][table as JSON: [strings, shapes]].
 */
export function pack(e: Encoded): Uint8Array {
  const table = encoder.encode(JSON.stringify([e.strings, e.shapes]));
  const head = 16; // 3 × u32, padded to 8
  const floatBytes = e.floats.length * 8;
  const intBytes = e.ints.length * 4;
  const out = new Uint8Array(head + floatBytes + intBytes + table.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, e.floats.length, true);
  view.setUint32(4, e.ints.length, true);
  view.setUint32(8, table.length, true);
  new Float64Array(out.buffer, head, e.floats.length).set(e.floats);
  new Int32Array(out.buffer, head + floatBytes, e.ints.length).set(e.ints);
  out.set(table, head + floatBytes + intBytes);
  return out;
}

/** Reads what `pack` wrote. The bytes must start 8-byte aligned in their buffer (copied if not). */
export function unpack(bytes: Uint8Array): Encoded {
  if (bytes.byteOffset % 8 !== 0) bytes = bytes.slice();
  if (bytes.length < 16) throw new DecodeError('too short');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  const floats = view.getUint32(0, true);
  const ints = view.getUint32(4, true);
  const tableBytes = view.getUint32(8, true);
  const head = 16;
  if (head + floats * 8 + ints * 4 + tableBytes !== bytes.length) throw new DecodeError('inconsistent lengths');
  let table: unknown;
  try {
    table = JSON.parse(utf8.decode(bytes.subarray(head + floats * 8 + ints * 4)));
  } catch {
    throw new DecodeError('a bad string table');
  }
  if (!Array.isArray(table) || table.length !== 2 || !Array.isArray(table[0]) || !Array.isArray(table[1])) throw new DecodeError('a bad string table');
  return {
    floats: new Float64Array(bytes.buffer, bytes.byteOffset + head, floats),
    ints: new Int32Array(bytes.buffer, bytes.byteOffset + head + floats * 8, ints),
    strings: table[0] as string[],
    shapes: table[1] as string[][],
  };
}

/** Encodes one value on its own. */
export function encodeValue(value: unknown): Uint8Array {
  const e = new Encoder();
  e.value(value);
  return pack(e.finish());
}

export function decodeValue(bytes: Uint8Array, context?: DecodeContext): unknown {
  const d = new Decoder(unpack(bytes), context);
  const v = d.value();
  if (!d.done) throw new DecodeError('trailing data');
  return v;
}
