// Storms, through the server: a thousand incremental edits in a second end with findings that match
// the final text (and every result published on the way belongs to the version it names); memory
// stays flat over ten thousand edits and a hundred drafts opened and closed.
import assert from 'node:assert/strict';
import path from 'node:path';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { LineIndex } from '../../server/src/engine/positions.js';
import { TestClient, tempTree, uriOf } from '../protocol/lspClient.js';
import { sleep, startHooked, type Hooked } from './harness.js';

const QUILL = '# The Fall of Varnholt\n\nThe siege of Varnholt lasted 143 days.\n';
const MARSH = '# Harbour Chronicles\n\nThe Varnholt garrison numbered 4,000 men when the siege began. The Amber Treaty was signed on 3 May 1611.\n';
const START = [
  '# Varnholt',
  '',
  'The siege of Varnholt lasted 90 days.[^1] The Varnholt garrison numbered 9,000 men.',
  '',
  'The Amber Treaty was signed on 4 May 1611 (Marsh).',
  '',
  '[^1]: Ada Marsh, *Harbour Chronicles*.',
  '',
].join('\n');
const PIECES = [' ', 'e', 'the ', 'siege ', '143 days', '90 days', ' 9,000', '4,000 men', '.', '. ', '\n', '\n\n', '\r\n', '[^1]', '(Marsh)',
  '[@quill]', ' about', ' 3 May 1611', '> ', '# ', '- ', '**', '😀', 'lasted ', 'Varnholt ', 'garrison numbered '];

/** A small deterministic generator (mulberry32), so that a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Edit {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  text: string;
}

/** Typing, deleting and pasting at random places; returns the edits and the text after each. */
function storm(start: string, count: number, seed: number): { edits: Edit[]; texts: string[] } {
  const next = random(seed);
  const edits: Edit[] = [];
  const texts: string[] = [];
  let text = start;
  for (let i = 0; i < count; i++) {
    let at = Math.floor(next() * (text.length + 1));
    // Never split a surrogate pair or a CRLF: an editor would not.
    if (at > 0 && at < text.length && ((text.charCodeAt(at) & 0xfc00) === 0xdc00 || (text[at - 1] === '\r' && text[at] === '\n'))) at--;
    let remove = next() < 0.3 ? Math.floor(next() * 6) : 0;
    if (text.length > 1500) remove += 20;
    let end = Math.min(text.length, at + remove);
    if (end < text.length && end > 0 && ((text.charCodeAt(end) & 0xfc00) === 0xdc00 || (text[end - 1] === '\r' && text[end] === '\n'))) end++;
    const insert = next() < 0.85 ? PIECES[Math.floor(next() * PIECES.length)]! : '';
    const lines = new LineIndex(text);
    edits.push({ range: { start: lines.positionAt(at), end: lines.positionAt(end) }, text: insert });
    text = text.slice(0, at) + insert + text.slice(end);
    texts.push(text);
  }
  return { edits, texts };
}

const shape = (d: Diagnostic[]) => d.map((x) => JSON.stringify([x.range, x.code, x.severity, x.message])).sort();

/** Every result published for `uri` lies on the text of the version it names. */
function checkPublished(published: PublishDiagnosticsParams[], texts: Map<number, string>): void {
  let last = 0;
  for (const p of published) {
    assert.ok(p.version !== undefined && p.version >= last, `versions never go back (${p.version} after ${last})`);
    last = p.version;
    const text = texts.get(p.version)!;
    const lines = new LineIndex(text);
    for (const d of p.diagnostics) {
      const value = text.slice(lines.offsetAt(d.range.start), lines.offsetAt(d.range.end));
      // Lean diagnostics carry no data but an id: every message names the value it is about.
      const message = d.message as string;
      const names = message.includes(`the draft says ${value}.`) || message.includes(`This claim (${value}) has no citation.`);
      assert.ok(value && names, `at version ${p.version}, ${JSON.stringify(d.range)} covers the value its message names (${value}: ${message})`);
    }
  }
}

async function sendEdits(client: TestClient, uri: string, edits: Edit[], firstVersion: number): Promise<void> {
  await Promise.all(edits.map((e, i) => client.connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version: firstVersion + i },
    contentChanges: [{ range: e.range, text: e.text }],
  })));
}

describe('storms in the language server', function () {
  this.timeout(120_000);
  let tree: ReturnType<typeof tempTree>;

  beforeEach(() => {
    tree = tempTree({ 'sources/quill.md': QUILL, 'sources/marsh.md': MARSH });
  });

  afterEach(() => tree.cleanup());

  it('a thousand edits in a second end with the findings of the final text', async () => {
    const client = await TestClient.start({ settings: { debounceMs: 0, includeBundledCorpus: false, sources: ['sources'] }, workspaceFolders: [tree.dir] });
    try {
      await client.ready();
      const uri = uriOf(path.join(tree.dir, 'essay.md'));
      await client.open(uri, START);
      await client.diagnosticsFor(uri, { version: 1 });
      const { edits, texts } = storm(START, 1000, 1);
      const byVersion = new Map<number, string>([[1, START], ...texts.map((t, i) => [i + 2, t] as [number, string])]);
      const mark = client.diagnostics.items.length;
      const started = performance.now();
      // 100 bursts of 10 edits, 10 ms apart: a thousand edits in about a second.
      for (let b = 0; b < 100; b++) {
        await sendEdits(client, uri, edits.slice(b * 10, b * 10 + 10), 2 + b * 10);
        await sleep(Math.max(0, started + (b + 1) * 10 - performance.now()));
      }
      const sent = performance.now();
      const finalVersion = 1 + edits.length;
      // (What this asserts is the final result, not how soon: on a busy shared machine a thousand edits
      // have taken the server over ten seconds, so the wait is long.)
      const final = await client.diagnosticsFor(uri, { version: finalVersion, from: mark, timeoutMs: 45_000 });
      const settled = performance.now();
      const published = client.diagnostics.items.slice(mark).filter((p) => p.uri === uri);
      checkPublished(published, byVersion);
      assert.equal(published[published.length - 1]!.version, finalVersion, 'the last result is for the final text');

      // The same text opened fresh gives the same findings.
      const fresh = uriOf(path.join(tree.dir, 'fresh.md'));
      await client.open(fresh, texts[texts.length - 1]!);
      assert.deepEqual(shape(final), shape(await client.diagnosticsFor(fresh, { version: 1 })));
      console.log(`      ${edits.length} edits sent in ${Math.round(sent - started)} ms; ${published.length} results published on the way; final result ${Math.round(settled - sent)} ms after the last edit`);
      assert.ok(sent - started < 2000, 'the edits went out in about a second');
    } finally {
      await client.stop();
    }
  });

  it('memory stays flat over ten thousand edits and a hundred drafts opened and closed', async function () {
    if (process.platform !== 'linux') this.skip(); // reads /proc
    let hooked: Hooked | undefined;
    try {
      hooked = await startHooked({ memory: true }, {
        // A young generation of 1 MB: V8 otherwise grows it to 32 MB as it likes, and its pages,
        // once touched, stay resident; that would hide a leak of the same size in the resident set.
        nodeArgs: ['--expose-gc', '--max-semi-space-size=1'],
        settings: { debounceMs: 5, includeBundledCorpus: false, sources: ['sources'] },
        workspaceFolders: [tree.dir],
      });
      const { client } = hooked;
      await client.ready();
      const measure = async () => {
        const before = hooked!.events().filter((e) => e.kind === 'memory').length;
        client.child.kill('SIGUSR2');
        for (let i = 0; i < 500; i++) {
          const samples = hooked!.events().filter((e): e is Extract<typeof e, { kind: 'memory' }> => e.kind === 'memory');
          if (samples.length > before) return samples[samples.length - 1]!;
          await sleep(10);
        }
        throw new Error('no memory sample');
      };

      const uri = uriOf(path.join(tree.dir, 'essay.md'));
      await client.open(uri, START);
      await client.diagnosticsFor(uri, { version: 1 });
      const { edits, texts } = storm(START, 10_000, 2);
      let version = 1;
      let round = 0;
      const samples: Array<Awaited<ReturnType<typeof measure>>> = [];
      const started = performance.now();
      for (let at = 0; at < edits.length; at += 100) {
        // 100 edits at once, then the result; now and then a hover, fixes, a draft opened and closed.
        const burst = edits.slice(at, at + 100);
        await sendEdits(client, uri, burst, version + 1);
        version += burst.length;
        await client.diagnosticsFor(uri, { version, from: Math.max(0, client.diagnostics.items.length - 5) });
        await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 30 } });
        await client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } }, context: { diagnostics: [] } });
        const other = uriOf(path.join(tree.dir, `draft-${round}.md`));
        await client.open(other, texts[at]!);
        await client.diagnosticsFor(other, { version: 1 });
        await client.close(other);
        round++;
        if ((at + 100) % 1000 === 0) samples.push(await measure()); // every thousand edits; the first is the warm-up's end
      }
      const elapsed = performance.now() - started;
      const [baseline, after] = [samples[0]!, samples[samples.length - 1]!];
      const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
      // (Compiled code is no live object of the server's: V8 goes on optimising functions long after a
      // thousand edits, and its code spaces grew by about 1 MB between the samples.)
      const data = (x: (typeof samples)[number]) => x.heapUsed - x.codeUsed;
      console.log(`      ${edits.length} edits and ${round} drafts opened and closed in ${Math.round(elapsed)} ms; every 1000 edits: heap ${samples.map((x) => mb(x.heapUsed)).join(', ')} MB, of it code ${samples.map((x) => mb(x.codeUsed)).join(', ')} MB; off the heap ${samples.map((x) => mb(x.external)).join(', ')} MB; RSS ${samples.map((x) => mb(x.vmRss)).join(', ')} MB`);
      assert.equal(samples.length, 10);
      // Live objects (the heap after a full collection, but for compiled code) stay put; the resident set may settle a little.
      assert.ok(data(after) - data(baseline) < 4 * 1024 * 1024, 'the heap, but for compiled code, grows by less than 4 MB');
      assert.ok(after.external - baseline.external < 4 * 1024 * 1024, 'memory held off the heap grows by less than 4 MB');
      // The resident set swings by some 30 MB as malloc keeps and returns the compiler's memory; a leak
      // shows in every late sample, a swing in one: the least of the last three is compared.
      const lateRss = Math.min(...samples.slice(-3).map((x) => x.vmRss));
      assert.ok(lateRss - baseline.vmRss < 40 * 1024 * 1024, 'the resident set grows by less than 40 MB');
      // And the findings at the end are those of the final text.
      const final = await client.diagnosticsFor(uri, { version });
      const fresh = uriOf(path.join(tree.dir, 'fresh.md'));
      await client.open(fresh, texts[texts.length - 1]!);
      assert.deepEqual(shape(final), shape(await client.diagnosticsFor(fresh, { version: 1 })));
    } finally {
      await hooked?.client.stop();
      hooked?.cleanup();
    }
  });
});
