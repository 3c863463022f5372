// Written counts: each number a source writes right before a noun (`the five manors of the vale`,
// `eleven of my hands`) where the checker read no statement. A citation is not blamed for silence on
// a count its source writes in so many words: the checker may have read the words wrong.
import { COUNT_KINDS, COUNTED_THINGS } from './frames/lexicon.js';
import { tokenize, type Token } from './tokens.js';
import type { FactFrame } from './frames/types.js';
import type { SourceSentence } from './types.js';
import { extractValues } from './values.js';

/**
 * Per source (by its sentences), for each `nominal|thing` written, the kinds the words right after
 * its noun say (`58 men were killed`: deaths; '' for none): read once per source, when a citation of
 * it is first in question.
 */
const WRITTEN = new WeakMap<readonly SourceSentence[], ReadonlyMap<string, ReadonlySet<string>>>();

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
function nounAfter(tokens: readonly Token[], end: number): number | undefined {
  const i = tokens[end]?.lower === 'of' && POSSESSORS.test(tokens[end + 1]?.lower ?? '') ? end + 2 : end;
  return tokens[i]?.kind === 'word' ? i : undefined;
}

/** The kind of count the few words after a noun say, up to the clause's end (`men were killed`: deaths), or ''. */
function kindAfter(tokens: readonly Token[], noun: number): string {
  for (let i = noun + 1; i < Math.min(tokens.length, noun + 5) && tokens[i]!.kind !== 'punct'; i++) {
    const kind = COUNT_KINDS.get(tokens[i]!.lower);
    if (kind && kind !== 'part') return kind;
  }
  return '';
}

/** A source's sentences, and where its statements' values start (offsets into its text). */
export interface WrittenSource {
  sentences: readonly SourceSentence[];
  statements: ReadonlyArray<{ value: { range: { start: number } }; frame: Pick<FactFrame, 'subject'> }>;
}

function countsWritten(source: WrittenSource): ReadonlyMap<string, ReadonlySet<string>> {
  let found = WRITTEN.get(source.sentences);
  if (found) return found;
  // (A statement of an event its own sentence names is weighed as one, its event and all
  // (givesTheValue); one whose event came from a pronoun or the text around it (`it had killed 212
  // people`) may have been read wrong, and is taken at its word like a count read as no statement.)
  const named = (st: WrittenSource['statements'][number]) => st.frame.subject !== undefined && (st.frame.subject.via === 'sentence' || st.frame.subject.via === 'clause');
  const stated = new Set(source.statements.filter(named).map((st) => st.value.range.start));
  const written = new Map<string, Set<string>>();
  for (const s of source.sentences) {
    const tokens = tokenize(s.text, s.range.start);
    for (const v of extractValues(s.text, s.range.start, {}, tokens)) {
      const noun = nounAfter(tokens, v.endToken);
      if (v.form !== 'count' || noun === undefined || stated.has(v.range.start)) continue;
      const key = `${v.interval.nominal}|${thingOf(tokens[noun]!.lower)}`;
      const kinds = written.get(key) ?? new Set<string>();
      written.set(key, kinds.add(kindAfter(tokens, noun)));
    }
  }
  WRITTEN.set(source.sentences, (found = written));
  return found;
}

/**
 * Whether a source writes this very count right before a noun that counts this thing (`five manors`),
 * where the checker read no statement, and says no other kind of it than `kind` (a lexicon's kind,
 * when the claim says one): `58 men were killed` does not write `58 men deserted`.
 */
export function writesCount(source: WrittenSource, nominal: number, thing: string, kind?: string): boolean {
  const kinds = countsWritten(source).get(`${nominal}|${thing}`);
  return kinds !== undefined && [...kinds].some((k) => k === '' || kind === undefined || k === kind);
}
