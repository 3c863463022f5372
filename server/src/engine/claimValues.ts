// Which values of a sentence are checkable claims: not names (`Order No. 227`), locators (`p. 45`),
// list numbers, times of day, the writer's own counts and dates, scene-setting years, or words inside
// a quotation. Drafts and sources are read by the same rules.
import { kindOf } from './terms.js';
import { tokenize, type Token } from './tokens.js';
import type { TextRange } from './types.js';
import { extractValues, type FoundValue } from './values.js';

const MAX_VALUES_PER_SENTENCE = 40;
const MAX_SENTENCE_LENGTH = 3000;
const DETERMINERS = new Set(['the', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'both', 'all']);
const FIRST_PERSON = new Set(['I', 'my', 'My', 'me', 'I’m', "I'm", 'I’ve', "I've"]);
const SCENE_PREPOSITIONS = new Set(['in', 'by', 'during', 'since', 'until', 'till', 'throughout', 'from', 'after', 'before', 'around', 'circa']);
const POSSESSIVES = new Set(['my', 'our', 'your', 'this', 'last', 'next', 'that', 'his', 'her', 'their']);
const NAME_MARKERS = new Set(['no', 'nos', 'number', 'nr', '#', 'no.']);
const LOCATORS = new Set(['p', 'pp', 'page', 'pages', 'ch', 'chap', 'chapter', 'vol', 'volume', 'section', 'sec', 'para', 'fig', 'figure', 'table', 'line', 'lines', 'item', 'step', 'version', 'v', 'draft', 'grade', 'class', 'room', 'unit', 'episode', 'season', 'part', 'book', 'article', 'period', 'block', 'para', 'paragraph', 'n', 'note', 'footnote', 'slide', 'row', 'rows', 'column', 'col', 'question', 'exercise', 'problem', 'task', 'week']);
/** Nouns a writer counts in their own essay, not in history. */
const DISCOURSE_NOUNS = new Set([
  'reason', 'reasons', 'way', 'ways', 'point', 'points', 'thing', 'things', 'factor', 'factors', 'part', 'parts',
  'step', 'steps', 'example', 'examples', 'question', 'questions', 'paragraph', 'paragraphs', 'page', 'pages',
  'source', 'sources', 'chapter', 'chapters', 'lesson', 'lessons', 'sentence', 'sentences', 'word', 'words',
  'idea', 'ideas', 'argument', 'arguments', 'cause', 'causes', 'theme', 'themes', 'section', 'sections',
  'thoughts', 'thought', 'comments', 'comment', 'replies', 'reply', 'responses', 'response', 'draft', 'drafts',
  'main', 'key', 'primary', 'stars', 'likes', 'views', 'minutes', 'hours', 'lines', 'times', 'of',
]);

function quotedRanges(text: string, offset: number): TextRange[] {
  const ranges: TextRange[] = [];
  for (const match of text.matchAll(/“[^”]*”|"[^"]*"/g)) {
    ranges.push({ start: offset + match.index!, end: offset + match.index! + match[0].length });
  }
  return ranges;
}

function inside(range: TextRange, ranges: readonly TextRange[]): boolean {
  return ranges.some((r) => range.start >= r.start && range.end <= r.end);
}

/** True when a value is a checkable claim rather than a name, a locator, or scene-setting. */
function isClaimValue(value: FoundValue, tokens: Token[], firstWord: number): boolean {
  const first = tokens.findIndex((t) => t.start >= value.range.start);
  const before = tokens[first - 1];
  const before2 = tokens[first - 2];
  const after = tokens.find((t) => t.start >= value.range.end);
  if (value.form === 'count' || value.form === 'year') {
    if (before && NAME_MARKERS.has(before.lower)) return false;
    if (before?.text === '.' && before2 && NAME_MARKERS.has(before2.lower)) return false;
    if (before && LOCATORS.has(before.lower)) return false;
    if (before?.text === '.' && before2 && LOCATORS.has(before2.lower)) return false;
    // `Order 227`, `Part 2`, `HIST 1120`: a number straight after a capitalised word names something.
    if (before && before.kind === 'word' && /^\p{Lu}/u.test(before.text) && first - 1 !== firstWord && value.form === 'count' && !value.hedge) return false;
    if (before && before.kind === 'word' && /^\p{Lu}/u.test(before.text) && value.form === 'year' && /^(war|part|order|no|number|grade|class|unit|room)$/i.test(before.text)) return false;
    if (before?.text === ':' || after?.text === ':' && /^\d/.test(tokens[tokens.indexOf(after) + 1]?.text ?? '')) return false; // times of day
  }
  if (value.form === 'count') {
    if (after && DISCOURSE_NOUNS.has(after.lower) && value.interval.nominal < 100) return false;
    // `2 pm`, `9:15 a.m.`; `one for every four` is a ratio, not a count.
    if (after && /^(am|pm|a\.m|p\.m|o'clock|gmt|utc)$/i.test(after.text)) return false;
    if (before?.lower === 'every') return false;
    if (after && after.kind === 'word' && /^\p{Lu}/u.test(after.text) && value.interval.nominal < 1000 && !value.hedge && !value.text.match(/\D/)) {
      // `227 Order`-like labels and `62 Army` are names too (but `3 million Red Army soldiers` is not).
      if (!/million|billion|thousand/.test(value.text)) return false;
    }
  }
  if (value.form === 'year' || (value.form === 'date' && (value.precision === 'season' || value.precision === 'year'))) {
    // `In 1942 the Germans pushed east`, `By the summer of 1942 …` set the scene.
    const opener = tokens[firstWord];
    if (opener && SCENE_PREPOSITIONS.has(opener.lower) && first - firstWord <= 3 && first > firstWord) return false;
    // `my 2023 class` is the writer's own time.
    if (before && POSSESSIVES.has(before.lower)) return false;
  }
  if (value.form === 'year' || value.form === 'date' || value.form === 'date-range') {
    // `I read it on 3 October 2024`, `last updated 2024-11-02`: the writer's own dates.
    if (tokens.some((t) => FIRST_PERSON.has(t.text)) || /\b(last updated|updated on|accessed|retrieved|due)\b/i.test(tokens.map((t) => t.text).join(' '))) return false;
  }
  return true;
}


/**
 * The checkable values of one sentence (`text` starts at `offset` in its document). `ignored` are
 * ranges whose values are not the writer's claims (citations, their locators).
 */
export function claimValues(text: string, offset: number, ignored: readonly TextRange[]): FoundValue[] {
  // A `sentence` of thousands of characters is data or debris, not prose: reading it costs more
  // than it could tell. A byline (`by Kit M. · 12 min read · updated …`) states nothing either.
  if (text.length > MAX_SENTENCE_LENGTH || /\bmin(ute)?s? read\b| · /i.test(text)) return [];
  const tokens = tokenize(text, offset);
  const quotes = quotedRanges(text, offset);
  let values = extractValues(text, offset).filter((v) => !inside(v.range, ignored) && !inside(v.range, quotes));
  // A `sentence` holding dozens of values is data (a pasted table, a list of figures), not prose.
  if (values.length > MAX_VALUES_PER_SENTENCE) values = [];
  const firstWord = tokens.findIndex((t) => t.kind === 'word' || t.kind === 'number');
  const namesKind = tokens.some((t) => kindOf(t.lower) !== undefined);
  return values
    .filter((v) => isClaimValue(v, tokens, firstWord))
    // `the two dictators`, `their three sons`: a small number in words after a determiner refers to
    // things already known rather than counting them, unless the sentence says what kind they are.
    .filter((v) => !(v.form === 'count' && !/\d/.test(v.text) && v.interval.nominal <= 12 && !namesKind &&
      DETERMINERS.has(tokens[tokens.findIndex((t) => t.start >= v.range.start) - 1]?.lower ?? '')));
}
