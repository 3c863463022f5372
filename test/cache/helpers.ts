// Shared by the cache tests: small corpora (made-up sources only) and a comparable picture of an index.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeCorpus, makeDraft, makeWorld, type World } from '../../bench/synth.js';
import type { CorpusIndex } from '../../server/src/engine/corpusIndex.js';
import type { SourceInput } from '../../server/src/engine/index.js';

export const world: World = makeWorld(7, 60);

/** About `bytes` of synthetic sources of 4 to 16 KB, Markdown and plain text. */
export function syntheticInputs(bytes: number, seed = 11): SourceInput[] {
  return makeCorpus(world, seed, bytes, [4, 8, 16]).map((s) => ({ key: s.key, title: s.title, author: s.author, kind: s.kind, uri: `/virtual/${s.file}`, text: s.text }));
}

/** A page with the parts a source page has: a byline, headings, chrome, reader comments. */
export const PAGE: SourceInput = {
  key: 'blog',
  title: 'The Long Winter at Kestravel',
  uri: '/virtual/blog.md',
  text: [
    '# The Long Winter at Kestravel',
    '',
    'Posted by Ilse Marrow on March 3, 2020',
    '',
    'The siege of Kestravel lasted 212 days. It ended on 4 May 1622, when some 3,000 defenders marched out.',
    '',
    '## Aftermath',
    '',
    'It cost the town a third of its people. Tobin Arsen wrote that 1,200 died in the last month.',
    '',
    'kestravel_walls_sketch-d9yoc7d.jpg',
    '',
    '3 thoughts on “The Long Winter at Kestravel”',
    '',
    'Great post! My teacher said the siege lasted 180 days.',
    '',
    'It was 250 days, surely. Nobody agrees on Kestravel.',
    '',
    'Leave a Reply',
    '',
    'The 99 days of chrome should never be read.',
  ].join('\n'),
};

export function drafts(inputs: SourceInput[]): string[] {
  const keys = inputs.map((s) => ({ key: s.key, title: s.title }));
  return [
    makeDraft(world, keys, 1, 400),
    makeDraft(world, keys, 2, 700),
    'The siege of Kestravel lasted 200 days [@blog]. Some 3,000 defenders marched out on 4 May 1622.\n',
  ];
}

export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(os.tmpdir(), `corroborate-${prefix}-`));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Everything an index holds, as plain data to compare (functions sampled on the corpus's own words). */
export function snapshot(index: CorpusIndex): unknown {
  const names = [...index.knownNames];
  const sample = index.statements.filter((_, i) => i % 3 === 0);
  return {
    sources: index.sources.map(({ lines, ...rest }) => ({ ...rest, lines: lines.lineCount, lastLine: lines.positionAt(rest.text.length) })),
    statements: index.statements,
    statementCount: index.statementCount,
    byKey: [...index.byKey.entries()].map(([k, v]) => [k, index.sources.indexOf(v)]),
    knownNames: names,
    events: index.events.size,
    candidates: sample.map((s) => [...index.candidates(s.frame)].map((c) => [c.statement.ordinal, c.implied])),
    resolver: index.sources.map((s) => [index.resolver.byKey(s.key)?.key, index.resolver.byText(s.title)?.key]),
  };
}
