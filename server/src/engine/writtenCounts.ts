// Written counts: each number a source writes right before a noun (`the five manors of the vale`,
// `212 people`), whether or not the checker read it as a statement. A citation is not blamed for
// silence on a count its source writes in so many words: the checker may have read the words wrong.
import { COUNTED_THINGS } from './frames/lexicon.js';
import { tokenize } from './tokens.js';
import type { SourceSentence } from './types.js';
import { extractValues } from './values.js';

/** Per source's sentences, `nominal|thing` for each count written before its noun: read once per source, when a citation of it is first in question. */
const WRITTEN = new WeakMap<readonly SourceSentence[], ReadonlySet<string>>();

/** What a noun counts, as a frame's measure names it: a class of the lexicon's (`people`), else the noun. */
function thingOf(word: string): string {
  return COUNTED_THINGS.get(word) ?? word;
}

function countsWritten(sentences: readonly SourceSentence[]): ReadonlySet<string> {
  let found = WRITTEN.get(sentences);
  if (found) return found;
  const keys = new Set<string>();
  for (const s of sentences) {
    const tokens = tokenize(s.text);
    for (const v of extractValues(s.text, 0, {}, tokens)) {
      const noun = tokens[v.endToken];
      if (v.form === 'count' && noun?.kind === 'word') keys.add(`${v.interval.nominal}|${thingOf(noun.lower)}`);
    }
  }
  WRITTEN.set(sentences, (found = keys));
  return found;
}

/** Whether a source writes this very count right before a noun that counts this thing (`five manors`). */
export function writesCount(sentences: readonly SourceSentence[], nominal: number, thing: string): boolean {
  return countsWritten(sentences).has(`${nominal}|${thing}`);
}
