// The statements an anchor of promoteThroughAgreeing is the same fact as, of its named event, found
// among the groups of that event alone (sameFactsOfEvent) rather than from its identities over the
// whole corpus (sameFactsByIdentities): the same views, in the same order, wherever it answers.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { makeCorpus, makeWorld } from '../../bench/synth.js';
import { loadSources } from '../../server/src/corpus/sources.js';
import { sameFactsByIdentities, sameFactsOfEvent } from '../../server/src/engine/comparison.js';
import { namedEventOf } from '../../server/src/engine/corpusIndex.js';
import { buildCorpusIndex, type CorpusIndex } from '../../server/src/engine/index.js';

describe('comparison: the same facts of a named event', () => {
  const holdout = path.join('test', 'holdout');
  const sets = readdirSync(holdout).map((name) => path.join(holdout, name, 'corpus')).filter((dir) => { try { return readdirSync(dir).length > 0; } catch { return false; } });
  /** The bench's kind of corpus, smaller: many events of a few kinds, each counted and timed by many sources. */
  const synthetic = () => buildCorpusIndex(makeCorpus(makeWorld(7, 120), 7, 400_000).map((s) => ({ key: s.key, title: s.title, uri: `/bench/${s.file}`, text: s.text })));

  it('equal those of the statement frame\'s identities, for every statement of the held-out corpora that names one event', async function () {
    // (A sweep over every held-out corpus, which grows with each set added: 10–12 s on a quiet machine.)
    this.timeout(120_000);
    let answered = 0;
    let frames = 0;
    const indexes: Array<[string, () => Promise<CorpusIndex>]> = [
      ...sets.map((dir): [string, () => Promise<CorpusIndex>] => [dir, async () => buildCorpusIndex(await loadSources([dir], { warn: () => undefined }))]),
      ['synthetic', async () => synthetic()],
    ];
    for (const [set, build] of indexes) {
      const index = await build();
      const seen = new Set<string>();
      for (const source of index.sources) {
        for (const statement of source.statements) {
          for (const frame of statement.implied ? [statement.frame, statement.implied] : [statement.frame]) {
            const event = namedEventOf(frame, index.events);
            const key = JSON.stringify(frame);
            if (event === undefined || seen.has(key)) continue;
            seen.add(key);
            frames++;
            const fast = sameFactsOfEvent(frame, event, index);
            if (fast === undefined) continue;
            answered++;
            assert.deepEqual(fast.map((v) => v.statement.ordinal), sameFactsByIdentities(frame, event, index).map((v) => v.statement.ordinal), `${set}: ${key}`);
          }
        }
      }
    }
    // (Not vacuous: most such frames are answered without identify.)
    assert.ok(answered > frames / 2 && answered > 200, `${answered} of ${frames} frames answered`);
  });

  it('are found among the groups of that event alone, not by walking every candidate of the frame', () => {
    const index = synthetic();
    let walked = 0;
    const candidateGroups = index.candidateGroups;
    index.candidateGroups = (frame) => {
      const groups = candidateGroups(frame);
      walked += groups.length;
      return groups;
    };
    let ofEvents = 0;
    for (const statement of index.statements) {
      const event = namedEventOf(statement.frame, index.events);
      if (event === undefined) continue;
      // (As many as identify would meet that name the event: a few dozen, where the frame's candidates are hundreds.)
      ofEvents += candidateGroups(statement.frame).filter((g) => namedEventOf(g.frame, index.events) === event).length;
      sameFactsOfEvent(statement.frame, event, index);
    }
    assert.ok(ofEvents > 0);
    assert.equal(walked, 0);
  });
});
