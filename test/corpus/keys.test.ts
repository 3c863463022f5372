// Sources get their keys one way, for the command line and the language server alike.
import assert from 'node:assert/strict';
import { giveUniqueKeys } from '../../server/src/corpus/sources.js';
import type { SourceInput } from '../../server/src/engine/index.js';

const source = (key: string): SourceInput => ({ key, title: key, uri: `/virtual/${key}.md`, text: 'Made up.' });

describe('source keys', () => {
  it('a second key gets -2, and a key already taken is passed over', () => {
    const sources = ['notes', 'notes-2', 'notes', 'notes', 'annals'].map(source);
    giveUniqueKeys(sources);
    assert.deepEqual(sources.map((s) => s.key), ['notes', 'notes-2', 'notes-3', 'notes-4', 'annals']);
  });
});
