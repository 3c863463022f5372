// The index cache: what comes back from it is exactly what indexing gives; a changed source is
// indexed again (and only what depends on it); stale, corrupt or unwritable caches are ignored with a
// warning, never a crash.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { CorpusCache, cacheIdentity, indexCorpus } from '../../server/src/corpus/cache.js';
import { toDiagnostics } from '../../server/src/diagnostics.js';
import { buildCorpusIndex, checkDraft, LineIndex, type SourceInput } from '../../server/src/engine/index.js';
import { contentHash } from '../../server/src/corpus/indexEntry.js';
import { decodeValue, encodeValue, EncodeError } from '../../server/src/corpus/indexCodec.js';
import { drafts, PAGE, removeDir, snapshot, syntheticInputs, tempDir } from './helpers.js';

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p));
    else out.push(p);
  }
  return out;
}

describe('index cache', function () {
  this.timeout(20_000);
  let dir: string;
  let inputs: SourceInput[];
  beforeEach(() => {
    dir = tempDir('cache');
    inputs = [PAGE, ...syntheticInputs(60_000, 23)];
  });
  afterEach(() => removeDir(dir));

  const index = (sources: SourceInput[], warnings: string[] = []) =>
    indexCorpus(sources, { cacheDir: dir, workers: 0, warn: (m) => warnings.push(m) });

  it('round-trips exactly: an index from the cache checks drafts as a fresh one does', async () => {
    const cold = await index(inputs);
    assert.equal(cold.report.fromCache, 0);
    const warm = await index(inputs);
    assert.equal(warm.report.fromCache, inputs.length);
    assert.equal(warm.report.indexed, 0);
    assert.ok(warm.report.statsFromCache);
    const fresh = buildCorpusIndex(inputs);
    assert.deepStrictEqual(snapshot(warm.index), snapshot(fresh));
    for (const draft of drafts(inputs)) {
      const a = checkDraft(draft, warm.index);
      const b = checkDraft(draft, fresh);
      assert.deepStrictEqual(a, b);
      assert.deepStrictEqual(toDiagnostics(a.findings, new LineIndex(draft), warm.index, {}), toDiagnostics(b.findings, new LineIndex(draft), fresh, {}));
    }
  });

  it('indexes again only a source whose content changed', async () => {
    await index(inputs);
    const changed = inputs.map((s, i) => (i === 2 ? { ...s, text: s.text.replace(/\d+ days/, '777 days') } : s));
    assert.notEqual(changed[2]!.text, inputs[2]!.text);
    const again = await index(changed);
    assert.equal(again.report.indexed, 1);
    assert.equal(again.report.fromCache, inputs.length - 1);
    assert.deepStrictEqual(snapshot(again.index), snapshot(buildCorpusIndex(changed)));
  });

  it('reads again the cached sources whose reading depended on a name the change made known', async () => {
    // `Zorvenmark` opens a sentence of the first source: it is a name only if the corpus writes it
    // capitalised mid-sentence somewhere, which the second source starts to do.
    const opener: SourceInput = { key: 'opener', title: 'Opener', uri: '/virtual/opener.txt', text: 'Zorvenmark sent 400 soldiers to the siege in the spring.\n' };
    const plain: SourceInput = { key: 'plain', title: 'Plain', uri: '/virtual/plain.txt', text: 'The walls were repaired over the long winter by the townspeople.\n' };
    const first = await index([opener, plain]);
    const naming: SourceInput = { ...plain, text: 'The walls were repaired after the siege of Zorvenmark by the townspeople.\n' };
    const second = await index([opener, naming]);
    assert.equal(second.report.reread, 1);
    assert.equal(second.report.indexed, 2);
    assert.deepStrictEqual(snapshot(second.index), snapshot(buildCorpusIndex([opener, naming])));
    const names = (r: typeof first) => r.index.byKey.get('opener')!.statements[0]!.frame.subject;
    assert.notDeepEqual(names(first), names(second));
    // And back: the first corpus again comes whole from the cache, as it was.
    const third = await index([opener, plain]);
    assert.equal(third.report.fromCache, 1);
    assert.deepStrictEqual(snapshot(third.index), snapshot(first.index));
  });

  it('follows a source renamed (same content, another key)', async () => {
    await index(inputs);
    const renamed = inputs.map((s, i) => (i === 1 ? { ...s, key: 'renamed-key', uri: s.uri.replace(/src/, 'other') } : s));
    const again = await index(renamed);
    assert.equal(again.report.fromCache, inputs.length);
    assert.deepStrictEqual(snapshot(again.index), snapshot(buildCorpusIndex(renamed)));
    assert.ok(again.index.byKey.get('renamed-key')!.statements.every((s) => s.sourceKey === 'renamed-key' && s.sentence.sourceKey === 'renamed-key'));
  });

  it('ignores corrupt entries with a warning, and indexes those sources again', async () => {
    await index(inputs);
    const files = filesUnder(dir).filter((f) => f.endsWith('.bin'));
    assert.ok(files.length >= inputs.length);
    const entries = files.filter((f) => f.includes(`${path.sep}sources${path.sep}`));
    // Truncated, bit-flipped, garbage, empty, and another source's entry under this one's name.
    const bytes = readFileSync(entries[0]!);
    writeFileSync(entries[0]!, bytes.subarray(0, bytes.length >> 1));
    const flipped = Buffer.from(readFileSync(entries[1]!));
    flipped[flipped.length - 9]! ^= 0xff;
    writeFileSync(entries[1]!, flipped);
    writeFileSync(entries[2]!, 'not a cache entry at all');
    writeFileSync(entries[3]!, '');
    writeFileSync(entries[4]!, readFileSync(entries[5]!));
    for (const f of files.filter((f) => f.includes(`${path.sep}corpus${path.sep}`))) writeFileSync(f, Buffer.from([1, 2, 3]));
    const warnings: string[] = [];
    const again = await index(inputs, warnings);
    assert.equal(again.report.indexed, 5);
    assert.ok(warnings.length >= 5, warnings.join('\n'));
    assert.ok(warnings.every((w) => /ignored .*index cache/.test(w)), warnings.join('\n'));
    assert.deepStrictEqual(snapshot(again.index), snapshot(buildCorpusIndex(inputs)));
    // And the entries were written afresh.
    const third = await index(inputs);
    assert.equal(third.report.fromCache, inputs.length);
  });

  it('never reads a cache written by another version or engine', async () => {
    await index(inputs);
    const identity = cacheIdentity();
    const other = new CorpusCache(dir, { ...identity, version: '0.0.0-older' }, () => undefined);
    const current = new CorpusCache(dir, identity, () => undefined);
    assert.notEqual(other.dir, current.dir);
    // An entry of the right name but another version's header is refused.
    const hash = contentHash(inputs[0]!.text, true);
    const entry = readFileSync(current.entryPath(hash));
    const header = entry.toString('latin1', 8, 8 + entry.readUInt32LE(4)).replace(`"version":"${identity.version}"`, '"version":"9.9.9"');
    writeFileSync(current.entryPath(hash), Buffer.concat([entry.subarray(0, 8), Buffer.from(header, 'latin1'), entry.subarray(8 + entry.readUInt32LE(4))]));
    const warnings: string[] = [];
    const again = await index(inputs, warnings);
    assert.equal(again.report.indexed, 1);
    assert.match(warnings.join('\n'), /version 9\.9\.9/);
  });

  it('indexes without a cache it cannot write, with one warning', async () => {
    const blocked = path.join(dir, 'blocked');
    writeFileSync(blocked, 'a file where the cache folder should be');
    const warnings: string[] = [];
    const result = await indexCorpus(inputs, { cacheDir: blocked, workers: 0, warn: (m) => warnings.push(m) });
    assert.deepStrictEqual(snapshot(result.index), snapshot(buildCorpusIndex(inputs)));
    assert.equal(warnings.filter((w) => /cannot write the index cache/.test(w)).length, 1, warnings.join('\n'));
  });

  it('prunes other versions’ folders unused for two weeks', async () => {
    const identity = cacheIdentity();
    const old = new CorpusCache(dir, { ...identity, engine: 'old' }, () => undefined);
    mkdirSync(old.dir, { recursive: true });
    writeFileSync(path.join(old.dir, '.used'), '');
    const current = new CorpusCache(dir, identity, () => undefined);
    await current.prune(Date.now() + 15 * 24 * 60 * 60 * 1000, true);
    assert.deepEqual(readdirSync(current.root), [path.basename(current.dir)]);
  });
});

describe('index cache codec', () => {
  it('round-trips plain data exactly, odd numbers and undefined included', () => {
    const value = {
      a: [1, -0, 0.1, NaN, Infinity, -Infinity, 2 ** 40, -(2 ** 31), undefined, null, true, false],
      s: ['', 'é', '😀', '\ud800', 'a\u0000b', '"quoted"'],
      nested: { k: undefined, deep: [{ x: 1 }, { x: 2, y: [] }, {}] },
      'odd key "with" quotes\n': 1,
    };
    assert.deepStrictEqual(decodeValue(encodeValue(value)), value);
    assert.ok(Object.is((decodeValue(encodeValue(-0)) as number), -0));
    assert.ok('k' in ((decodeValue(encodeValue(value)) as typeof value).nested));
  });

  it('refuses what is not plain data', () => {
    for (const bad of [new Map(), new Set(), new Date(), () => 1, Symbol('x'), 10n, JSON.parse('{"__proto__": 1}')]) {
      assert.throws(() => encodeValue({ v: bad }), EncodeError, String(typeof bad));
    }
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    assert.throws(() => encodeValue(cycle), EncodeError);
  });

  it('throws (never hangs or crashes) on garbage', () => {
    const good = encodeValue({ list: [1, 2, 3], s: 'x' });
    for (let i = 0; i < 200; i++) {
      const bad = Uint8Array.from(good);
      bad[(i * 7) % bad.length]! ^= 1 << (i % 8);
      try {
        decodeValue(bad);
      } catch {
        // an error is fine; anything else is a bug
      }
    }
  });
});

describe('the engine fingerprint', function () {
  this.timeout(30_000);
  // A copy of the built server beside the build (so that its imports resolve): changing an engine
  // module in a subfolder, such as frames/, must change the fingerprint, or a cache would outlive it.
  const built = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..', 'server', 'src');
  let copy: string;
  beforeEach(() => {
    copy = path.join(path.dirname(built), `fingerprint-${process.pid}-${Date.now()}`);
    cpSync(built, copy, { recursive: true });
  });
  afterEach(() => removeDir(copy));

  const fingerprintOf = (root: string) => execFileSync(process.execPath, ['--input-type=module', '-e',
    `import(${JSON.stringify(pathToFileURL(path.join(root, 'corpus', 'cache.js')).href)}).then((m) => process.stdout.write(m.engineFingerprint()))`], { encoding: 'utf8' });

  it('changes when any engine module changes, in a subfolder too', () => {
    const before = fingerprintOf(copy);
    assert.equal(fingerprintOf(copy), before, 'the same code gives the same fingerprint');
    const frames = path.join(copy, 'engine', 'frames');
    const module = readdirSync(frames).find((n) => n.endsWith('.js'))!;
    writeFileSync(path.join(frames, module), readFileSync(path.join(frames, module), 'utf8') + '\n// changed\n');
    assert.notEqual(fingerprintOf(copy), before);
  });
});
