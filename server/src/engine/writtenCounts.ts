// Written counts: each number a source writes right before a noun (`the five manors of the vale`,
// `212 people`, `eleven of my hands`), whether or not the checker read it as a statement. A citation
// is not blamed for silence on a count its source writes in so many words: the checker may have read
// the words wrong.
import { COUNTED_THINGS } from './frames/lexicon.js';
import { tokenize, type Token } from './tokens.js';
import type { SourceSentence } from './types.js';
import { extractValues } from './values.js';

/** Per source's sentences, `nominal|thing` for each count written before its noun: read once per source, when a citation of it is first in question. */
const WRITTEN = new WeakMap<readonly SourceSentence[], ReadonlySet<string>>();

/** What a noun counts, as a frame's measure names it: a class of the lexicon's (`people`), else the noun. */
function thingOf(word: string): string {
  return COUNTED_THINGS.get(word) ?? word;
}

/** Words that make a noun theirs: `eleven of my hands` counts hands. */
const POSSESSORS = /^(the|my|his|her|its|our|their|your)$/;

/**
 * The noun a count counts, written right after it or after a part taken of a whole (`eleven of my
 * hands`). (Not past an adjective: `three million Soviet troops were taken prisoner` and `a million
 * Soviet casualties` say more of the count than its noun, which a claim of the dead may not share.)
 */
function nounAfter(tokens: readonly Token[], end: number): string | undefined {
  const i = tokens[end]?.lower === 'of' && POSSESSORS.test(tokens[end + 1]?.lower ?? '') ? end + 2 : end;
  const noun = tokens[i];
  return noun?.kind === 'word' ? noun.lower : undefined;
}

function countsWritten(sentences: readonly SourceSentence[]): ReadonlySet<string> {
  let found = WRITTEN.get(sentences);
  if (found) return found;
  const keys = new Set<string>();
  for (const s of sentences) {
    const tokens = tokenize(s.text);
    for (const v of extractValues(s.text, 0, {}, tokens)) {
      const noun = nounAfter(tokens, v.endToken);
      if (v.form === 'count' && noun !== undefined) keys.add(`${v.interval.nominal}|${thingOf(noun)}`);
    }
  }
  WRITTEN.set(sentences, (found = keys));
  return found;
}

/** Whether a source writes this very count right before a noun that counts this thing (`five manors`). */
export function writesCount(sentences: readonly SourceSentence[], nominal: number, thing: string): boolean {
  return countsWritten(sentences).has(`${nominal}|${thing}`);
}
