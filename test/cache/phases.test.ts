// Indexing in phases (per source, then corpus-wide, then per source again) and in worker threads
// gives exactly the index the engine builds in one pass.
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadSources, bundledCorpusDir } from '../../server/src/corpus/sources.js';
import { indexCorpus } from '../../server/src/corpus/cache.js';
import { buildCorpusIndex, checkDraft, type SourceInput } from '../../server/src/engine/index.js';
import { RecordingNames } from '../../server/src/corpus/indexEntry.js';
import { assembleIndex, mergeStats, prepareSource, readSource } from '../../server/src/engine/index.js';
import { drafts, PAGE, snapshot, syntheticInputs } from './helpers.js';

describe('index in phases and in worker threads', function () {
  this.timeout(20_000);
  let bundled: SourceInput[];
  let synthetic: SourceInput[];
  before(async () => {
    bundled = await loadSources([bundledCorpusDir()], { warn: () => undefined });
    synthetic = [PAGE, ...syntheticInputs(120_000)];
  });

  it('reading a source consults the corpus’s names only by asking about single names (what the cache relies on)', () => {
    for (const corpus of [bundled, synthetic]) {
      const prepared = corpus.map(prepareSource);
      const stats = mergeStats(prepared.map((p) => p.stats));
      for (const p of prepared) {
        const recorder = new RecordingNames(stats.knownNames);
        const read = readSource(p, recorder);
        assert.equal(recorder.whole, false, `${p.input.key} used the names other than through has()`);
        // The answers recorded are all the reading depends on: names it never asked about change nothing.
        const others = new Set([...stats.knownNames].filter((n) => recorder.asked.has(n)));
        others.add('zzz-never-asked');
        assert.deepStrictEqual(readSource(p, others), read);
      }
    }
  });

  it('prepared and read apart, the sources make the engine’s index', () => {
    const prepared = synthetic.map(prepareSource);
    const stats = mergeStats(prepared.map((p) => p.stats));
    const index = assembleIndex(synthetic, prepared.map((p) => readSource(p, stats.knownNames)), stats);
    const fresh = buildCorpusIndex(synthetic);
    assert.deepStrictEqual(snapshot(index), snapshot(fresh));
    for (const draft of drafts(synthetic)) assert.deepStrictEqual(checkDraft(draft, index), checkDraft(draft, fresh));
  });

  it('the order in which sources are prepared does not matter', () => {
    const prepared = [...synthetic].reverse().map(prepareSource).reverse();
    const stats = mergeStats(prepared.map((p) => p.stats));
    const index = assembleIndex(synthetic, prepared.map((p) => readSource(p, stats.knownNames)), stats);
    assert.deepStrictEqual(snapshot(index), snapshot(buildCorpusIndex(synthetic)));
  });

  it('two worker threads give the same index as one thread', async () => {
    const warnings: string[] = [];
    const { index, report } = await indexCorpus(synthetic, { workers: 2, minBytesForWorkers: 0, warn: (m) => warnings.push(m) });
    assert.equal(report.threads, 2);
    assert.deepEqual(warnings, []);
    const fresh = buildCorpusIndex(synthetic);
    assert.deepStrictEqual(snapshot(index), snapshot(fresh));
    for (const draft of drafts(synthetic)) assert.deepStrictEqual(checkDraft(draft, index), checkDraft(draft, fresh));
  });

  it('a worker that cannot start leaves the work to this thread, with a warning', async () => {
    const warnings: string[] = [];
    const { index, report } = await indexCorpus(bundled, { workers: 2, minBytesForWorkers: 0, workerScript: '/nonexistent/indexWorker.js', warn: (m) => warnings.push(m) });
    assert.equal(report.threads, 0);
    assert.match(warnings.join('\n'), /one thread/);
    assert.deepStrictEqual(snapshot(index), snapshot(buildCorpusIndex(bundled)));
  });

  it('reports progress from 0 to 1', async () => {
    const seen: number[] = [];
    await indexCorpus(synthetic, { workers: 0, onProgress: (p) => seen.push(p.fraction) });
    assert.equal(seen[0], 0);
    assert.equal(seen[seen.length - 1], 1);
    assert.ok(seen.every((f, i) => i === 0 || f >= seen[i - 1]!), `not increasing: ${seen.join(', ')}`);
  });
});

describe('index workers in the bundled extension', function () {
  this.timeout(30_000);
  it('dist/indexWorker.js (CommonJS, as packaged) indexes as the engine does', async () => {
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
    const { bundle } = (await import(pathToFileURL(path.join(root, 'scripts', 'bundle.mjs')).href)) as { bundle: (o: { production: boolean }) => Promise<string[]> };
    const files = await bundle({ production: true });
    assert.ok(files.includes('dist/indexWorker.js'));
    const inputs = [PAGE, ...syntheticInputs(40_000, 5)];
    const warnings: string[] = [];
    const { index, report } = await indexCorpus(inputs, { workers: 2, minBytesForWorkers: 0, workerScript: path.join(root, 'dist', 'indexWorker.js'), warn: (m) => warnings.push(m) });
    assert.deepEqual(warnings, []);
    assert.equal(report.threads, 2);
    assert.deepStrictEqual(snapshot(index), snapshot(buildCorpusIndex(inputs)));
  });
});
