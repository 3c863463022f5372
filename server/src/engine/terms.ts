// Words: which are names (capitalised mid-sentence), which are content words, and a light stemmer
// that makes `battles`/`battle` and `Germans`/`German` meet. General English only.
import type { Token } from './tokens.js';

const STOPWORDS = new Set(
  (
    'a an the and or but nor so yet for of in on at by to from with without within into onto upon over under ' +
    'about above across after against along among around as before behind below beneath beside between beyond ' +
    'during except inside near off out outside since through throughout till toward towards until up via ' +
    'i me my we us our you your he him his she her it its they them their this that these those who whom whose ' +
    'which what when where why how there here then than too very just only also even still ever never not no ' +
    'is am are was were be been being has have had having do does did doing can could shall should will would ' +
    'may might must ought all any both each few more most other some such own same another every either neither ' +
    'one ones much many lot lots least less well really quite rather almost nearly roughly approximately around ' +
    'some like unlike s t d ll re ve m o y etc eg ie per via whether while if because though although however ' +
    'therefore thus hence finally firstly secondly lastly eventually later earlier ago long time times ' +
    'reportedly estimated estimate estimates approx circa somewhere close mark total overall alone ' +
    'day days week weeks month months year years decade decades century centuries fortnight ' +
    'percent cent half quarter quarters third thirds tenth tenths million millions thousand thousands hundred ' +
    'hundreds billion billions dozen dozens first second last next ' +
    'january february march april may june july august september october november december ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday ' +
    'early mid middle late beginning start ' +
    'said says say according mr mrs ms dr prof sir madam'
  ).split(/\s+/),
);

const NUMBER_WORDS = new Set(
  ('zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen ' +
    'seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety').split(' '),
);

/** A light stemmer: enough to make `battles`/`battle`, `Germans`/`German`, `casualties`/`casualty` meet. */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, '').replace(/['’]/g, '');
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('sis') && !w.endsWith('itis')) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('ese') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ish') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('an') && w.length > 5 && /[ia]an$|ian$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}

/** A word of the stop list: a common word of English (`well`, `long`, `the`), no content of its own. */
export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

export function isContentWord(token: Token): boolean {
  if (token.kind !== 'word') return false;
  const lower = token.lower.replace(/['’]s$/, '');
  if (lower.length < 2) return false;
  if (STOPWORDS.has(lower) || NUMBER_WORDS.has(lower)) return false;
  if (/^\d/.test(lower)) return false;
  return true;
}

/** A capitalised word that is not just the first word of its sentence: part of a name. */
export function isNameToken(token: Token, sentenceStart: boolean): boolean {
  if (token.kind !== 'word' || sentenceStart) return false;
  if (!/^\p{Lu}/u.test(token.text)) return false;
  return !STOPWORDS.has(token.lower) && !NUMBER_WORDS.has(token.lower) && token.lower !== 'i';
}
