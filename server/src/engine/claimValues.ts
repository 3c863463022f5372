// Which values of a sentence are checkable claims: counts, tolls, durations, dates and shares about
// the past. Not claims: numbers in names (`Decree No. 118`, `Lodge 31`, `a Z-41`), locators (`p. 45`),
// reference marks (`[10]`), times of day, the writer's own counts and dates, years that only set the
// scene, titles, distances, ages, temperatures, descriptions of form, hypotheticals, words inside a
// quotation, and debris such as file names. Drafts and sources are read by the same rules.
import { COUNT_KINDS, COUNTED_THINGS, EVENT_TYPES, IRREGULAR_PAST, isOnePerson, KIN_WORD, PART_NOUNS, PLURAL_EVENT_WORDS, SOFTENERS, SPEECH_VERBS } from './frames/lexicon.js';
import { isPastVerb } from './frames/measure.js';
import { isNameToken, isContentWord, isStopword } from './terms.js';
import { yearOfDay, yearsOfDate } from './dates.js';
import { isDash, tokenize, type Token } from './tokens.js';
import type { TextRange } from './types.js';
import { mayOpenNumberWords, parseNumber } from './numbers.js';
import { extractValues, type FoundValue, type ValueContext } from './values.js';

const MAX_VALUES_PER_SENTENCE = 40;
const MAX_SENTENCE_LENGTH = 3000;
const DETERMINERS = new Set(['the', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'both', 'all']);
// (Lower-case `i` too: a writer who types `i found way more then 3` still speaks of themselves.)
const FIRST_PERSON = new Set(['I', 'we', 'We', 'I’m', "I'm", 'I’ve', "I've", 'I’d', "I'd", 'i', 'i’m', "i'm", 'i’ve', "i've", 'i’d', "i'd"]);
/** What a writer does with sources and classes: the dates of these are the writer's own. */
const RESEARCH_VERBS = new Set([
  'read', 'reread', 'visited', 'visit', 'accessed', 'wrote', 'write', 'posted', 'looked', 'checked', 'downloaded',
  'studied', 'learned', 'learnt', 'covered', 'submitted', 'saw', 'watched', 'interviewed', 'asked', 'talked', 'spoke',
  'heard', 'found', 'started', 'researched', 'went', 'spent', 'picked', 'chose', 'selected', 'quoted', 'compared',
  'added', 'included', 'cut', 'removed', 'fixed', 'changed',
]);

/** Verbs of using material: `I ended up using three`. */
const USING = new Set(['use', 'used', 'using', 'took', 'made', 'make', 'had', 'got']);
/** First-person words that say what the writer is, not what they did (`I'm 15` is an age, read elsewhere). */
const FIRST_PERSON_STATE = new Set(['i’m', "i'm", 'i’ve', "i've", 'i’d', "i'd"]);

/** `I read it on 3 October 2024`, `we visited the museum in 2019`: where the writer tells what they did (its first person), or -1. */
function writerSpeaksOfThemself(tokens: readonly Token[]): number {
  return tokens.findIndex((t, i) => FIRST_PERSON.has(t.text) &&
    tokens.slice(i + 1, i + 4).some((x) => RESEARCH_VERBS.has(x.lower)));
}

/**
 * Whether two tokens stand in one clause: no `;` and no `, and` or `, but` between them. (`It was
 * fought on 17 May 1614, and everything I have read gives …`: the date is the battle's, not the reading's.)
 */
function inOneClause(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = Math.min(a, b); k < Math.max(a, b); k++) {
    if (tokens[k]!.text === ';' || (tokens[k]!.text === ',' && /^(and|but)$/.test(tokens[k + 1]?.lower ?? ''))) return false;
  }
  return true;
}
const SCENE_PREPOSITIONS = new Set(['in', 'by', 'during', 'since', 'until', 'till', 'throughout', 'from', 'after', 'before', 'around', 'circa']);
const POSSESSIVES = new Set(['my', 'our', 'your', 'this', 'last', 'next', 'that', 'his', 'her', 'their']);
const ARTICLES = new Set(['the', 'a', 'an']);
const NAME_MARKERS = new Set(['no', 'nos', 'number', 'nr', '#', 'no.', '№']);
/** Orders and laws are numbered: `order 227` names one, whatever its case. */
const NUMBERED_ORDERS = new Set(['order', 'decree', 'directive', 'edict', 'ukase', 'ordinance', 'resolution']);
const LOCATORS = new Set(['p', 'pp', 'page', 'pages', 'ch', 'chap', 'chapter', 'vol', 'volume', 'section', 'sec', 'para', 'fig', 'figure', 'table', 'line', 'lines', 'item', 'step', 'version', 'v', 'draft', 'grade', 'class', 'room', 'unit', 'episode', 'season', 'part', 'book', 'article', 'period', 'block', 'para', 'paras', 'par', 'pars', 'paragraph', 'n', 'note', 'footnote', 'slide', 'slides', 'panel', 'panels', 'sections', 'row', 'rows', 'column', 'col', 'question', 'exercise', 'problem', 'task', 'week', 'essay', 'assignment', 'card', 'hall', 'halls', 'gallery', 'log', 'entry', 'quiz', 'test', 'point', 'comment', 'sentence', 'reply', 'document', 'doc', 'exhibit', 'source', 'issue', 'ref', 'refs', 'reference', 'references', 'fn', 'endnote', 'citation']);
/** Nouns a writer counts in their own essay, not in history. */
const DISCOURSE_NOUNS = new Set([
  'reason', 'reasons', 'way', 'ways', 'point', 'points', 'thing', 'things', 'factor', 'factors', 'part', 'parts',
  'step', 'steps', 'example', 'examples', 'question', 'questions', 'paragraph', 'paragraphs', 'page', 'pages',
  'source', 'sources', 'chapter', 'chapters', 'lesson', 'lessons', 'sentence', 'sentences', 'word', 'words',
  'idea', 'ideas', 'argument', 'arguments', 'cause', 'causes', 'theme', 'themes', 'section', 'sections',
  'thoughts', 'thought', 'comments', 'comment', 'replies', 'reply', 'responses', 'response', 'draft', 'drafts',
  'main', 'key', 'primary', 'stars', 'likes', 'views', 'minutes', 'hours', 'lines',
  'moment', 'moments', 'takeaway', 'takeaways', 'aspect', 'aspects', 'topic', 'topics', 'quote', 'quotes',
  'quotation', 'quotations', 'excerpt', 'excerpts', 'slide', 'slides', 'detail', 'details', 'mention', 'mentions',
  'passage', 'passages', 'marks', 'mark', 'posts', 'rows', 'cards', 'notes', 'websites', 'articles', 'entries', 'bullets',
  'fact', 'facts', 'book', 'books', 'documentary', 'documentaries', 'conclusion', 'conclusions', 'videos', 'podcasts', 'films',
  'claims', 'criteria', 'myths', 'misconceptions', 'figures', 'numbers', 'statistics', 'stats',
]);
/** What a writer does with their own material: `the three moments I think …`, `the two I chose`. */
const WRITER_VERBS = new Set([
  'think', 'believe', 'feel', 'chose', 'choose', 'picked', 'pick', 'want', 'will', 'would', 'discuss', 'cover',
  'describe', 'explain', 'mention', 'argue', 'consider', 'list', 'highlight', 'focus', 'selected', 'see',
]);
/** A capitalised opener that is an everyday adverb, not a name: `Perhaps 300 men …`, `Exactly 200 …`. */
const EVERYDAY_OPENER = /ly$|^(perhaps|maybe|another|some|over|under|total|almost|altogether|today|meanwhile|afterwards)$/;
/** Words that say a plural of people or things follows a number: `410 Karskan soldiers`, `57 Hussars`. */
const PEOPLE = new Set(['men', 'women', 'children', 'people', 'dead', 'wounded', 'police', 'personnel', 'infantry', 'cavalry', 'crew', 'cattle']);
/** Heads of names that a bare number may open: units, orders, places (`12 Corps`, `10 Mill Street`). */
const NAME_HEADS = new Set([
  'army', 'corps', 'division', 'brigade', 'regiment', 'battalion', 'squadron', 'company', 'platoon', 'fleet',
  'flotilla', 'wing', 'group', 'commando', 'order', 'decree', 'directive', 'act', 'law', 'article', 'street',
  'road', 'avenue', 'square', 'lane', 'shaft', 'pit', 'level', 'seam', 'lodge', 'district', 'ward', 'route',
]);
/** `a 300-man garrison`, `the 300-strong column`, `twenty-odd men` count; other compounds describe form. */
const STRENGTH = new Set(['man', 'men', 'strong', 'member', 'members', 'person', 'odd']);
/** Measures that are not among the checkable kinds: distances, lengths, widths, temperatures. */
const NOT_CHECKABLE_MEASURES = new Set(['kilometre', 'mile', 'metre', 'foot', 'yard', 'pace', 'league', 'degree']);
const LENGTH_OR_TEMPERATURE = new Set([
  'km', 'kms', 'kilometre', 'kilometres', 'kilometer', 'kilometers', 'mi', 'mile', 'miles', 'nmi', 'm', 'metre',
  'metres', 'meter', 'meters', 'cm', 'mm', 'ft', 'foot', 'feet', 'yd', 'yds', 'yard', 'yards', 'pace', 'paces',
  'league', 'leagues', 'verst', 'versts', 'inch', 'inches', '°', '℃', '℉', 'degree', 'degrees',
  // Areas (`20,000 km2`, `300 acres`): no checkable kind either.
  'km2', 'km²', 'mi2', 'mi²', 'hectare', 'hectares', 'ha', 'acre', 'acres',
]);
/** Words that say which unit of length is meant (`nautical miles`, `square miles`). */
const UNIT_QUALIFIERS = new Set(['nautical', 'statute', 'sea', 'land', 'english', 'imperial', 'square', 'cubic', 'geographical']);
/** Words that point at a page or work by its title: `… can be found @ Battle of Karsk (1611-12)`. */
const POINTERS = new Set(['@', 'see', 'cf', 'titled', 'entitled', 'headed']);
const TITLE_JOINERS = new Set(['of', 'the', 'and', 'in', 'on', 'at', 'for', 'to', 'a', 'an']);
/** Modals whose perfect says what did not happen (`would have taken`, `should have held`). */
const MODALS = new Set(['would', 'should', "wouldn't", "shouldn't"]);
/**
 * Modals whose perfect says what did not happen only in what follows them (`the battle could have been
 * over in three weeks`, `might have dragged on for five more years`): a value before them is a guess
 * at what did happen (`200 might have died`).
 */
const GUESSING_MODALS = new Set(['could', 'might', "couldn't", "mightn't"]);
const CLAUSE_BREAKS = new Set([',', ';', ':', '—', '(', ')', '.', '!', '?']);

/** What the rules ask about a sentence, worked out once for it rather than once per value. */
interface Sentence {
  tokens: Token[];
  /** The index of the first word or number. */
  firstWord: number;
  /** The text says when it was updated or checked (`last updated …`): its dates are the writer's own. */
  writersDates: boolean;
  /**
   * Where the writer speaks of what they did (`I read it on …`), or -1: a draft's dates in that sentence
   * are the writer's own (`the Red Army had millions of men in 1940, and no historian I found says …`:
   * the less said the better); a source's only in that clause.
   */
  writerAt: number;
  /** Per token: whether its clause says what would have been (`would have taken`). */
  hypothetical: boolean[];
  /** The sentence says what kind of thing it counts (`died`, `prisoners`). */
  namesKind: boolean;
}

/**
 * Quotations, whose values are no claims: a writer quoting someone claims nothing by it, nor does a
 * source quoting a phrase (`The chronicle's "seven score souls" has been repeated`). But a source's
 * report of what a witness said, in their words (`he said, "Above sixty, sir"`), states it.
 */
function quotedRanges(text: string, offset: number, draft: boolean): TextRange[] {
  const ranges: TextRange[] = [];
  for (const match of text.matchAll(/“[^”]*”|"[^"]*"/g)) {
    const said = draft ? null : /(\p{L}+)\s*[,:]\s*$/u.exec(text.slice(0, match.index!));
    if (said && SPEECH_VERBS.has(said[1]!.toLowerCase())) continue;
    ranges.push({ start: offset + match.index!, end: offset + match.index! + match[0].length });
  }
  if (draft) ranges.push(...unclosedQuoteRanges(text, offset));
  return ranges;
}

/**
 * A quotation of several sentences is quoted to its end: in a draft, a quote mark that opens and is
 * not closed in its sentence quotes the rest of it (`As one student put it: "Two million dead is not
 * a statistic.`), and one that closes a quote opened in an earlier sentence quotes what comes before it.
 * (A straight mark opens when a word follows it and closes when it follows a word or a stop; `a 12"
 * gun` does neither.)
 */
function unclosedQuoteRanges(text: string, offset: number): TextRange[] {
  const lone = text.replace(/“[^”]*”|"[^"]*"/g, (m) => ' '.repeat(m.length));
  const open = /“|(?<=^|[\s:(\[])"(?=[\p{L}\p{N}])/u.exec(lone);
  if (open) return [{ start: offset + open.index, end: offset + text.length }];
  const close = /”|(?<=[\p{L}.!?,;])"(?=\s|$)/u.exec(lone);
  return close ? [{ start: offset, end: offset + close.index + 1 }] : [];
}

/**
 * Text whose numbers are no values at all: reference marks (`[10]`, `[1][2][3]`, `[4, 5]`), which
 * cite rather than count, in sources as in drafts; and debris left on a page, such as an image's file
 * name (`Karsk_Front_1611-11_to_1612-03.png`) or an address.
 */
function markAndDebrisRanges(text: string, offset: number): TextRange[] {
  const ranges: TextRange[] = [];
  // Most sentences have neither: two quick looks spare them the word-by-word pass.
  if (text.includes('[')) {
    // (`[fol. 38]`, `[p. 12]`, `[ff. 3v–4r]`: a folio, page or column of the text itself; `[nb 1]`,
    // `[note 3]`: an encyclopedia's mark of a note.)
    for (const match of text.matchAll(/\[\s*(?:(?:fols?|ff?|pp?|cols?)\.\s*|(?:nb|notes?|n)\s+)?\d{1,4}[rv]?(?:\s*[,–-]\s*\d{1,4}[rv]?)*\s*\]/gi)) {
      ranges.push({ start: offset + match.index!, end: offset + match.index! + match[0].length });
    }
  }
  if (!/_|:\/\/|www\.|\.(png|jpe?g|gif|svg|webp|bmp|tiff?|pdf)\b/i.test(text)) return ranges;
  for (const match of text.matchAll(/\S+/g)) {
    if (/[\p{L}\p{N}]_[\p{L}\p{N}]|:\/\/|^\(?www\.|\.(png|jpe?g|gif|svg|webp|bmp|tiff?|pdf)\b/iu.test(match[0])) {
      ranges.push({ start: offset + match.index!, end: offset + match.index! + match[0].length });
    }
  }
  return ranges;
}

/** The values (in text order) that stand inside none of the ranges: one sweep, not a search per value. */
function outside(values: FoundValue[], ranges: readonly TextRange[]): FoundValue[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  let k = 0;
  let reach = -Infinity; // the furthest end of the ranges that start before the value
  return values.filter((v) => {
    while (k < sorted.length && sorted[k]!.start <= v.range.start) reach = Math.max(reach, sorted[k++]!.end);
    return v.range.end > reach;
  });
}

/**
 * Marks the tokens of every clause that says what would have been: a counterfactual perfect (`would
 * have`, `would not have`), or the condition of one (`if it had been cancelled in September`, `had
 * 2,000 more stayed`, `if 300 more had come`): `if`, then `had` before the clause ends, or a sentence opening on `had`;
 * and a clause of what can be (`can`, `cannot`), said in the present.
 */
function hypotheticalClauses(tokens: Token[]): boolean[] {
  const flags = new Array<boolean>(tokens.length).fill(false);
  let start = 0;
  let modal = false;
  let condition = false;
  const first = tokens.findIndex((t) => t.kind === 'word');
  for (let k = 0; k <= tokens.length; k++) {
    const token = tokens[k];
    if (!token || (token.kind === 'punct' && CLAUSE_BREAKS.has(token.text))) {
      if (modal) flags.fill(true, start, k);
      start = k + 1;
      modal = false;
      condition = false;
      continue;
    }
    const next = tokens[k + 1]?.lower === 'not' ? tokens[k + 2] : tokens[k + 1];
    if ((MODALS.has(token.lower) && next?.lower === 'have') || /^(would|should)'ve$/.test(token.lower)) modal = true;
    if (!modal && ((GUESSING_MODALS.has(token.lower) && next?.lower === 'have') || /^(could|might)'ve$/.test(token.lower))) [modal, start] = [true, k];
    // (Only the sentence's first word: after a comma, `Captain Prowde, had been at sea` tells.)
    if (token.lower === 'had' && (condition || k === first)) modal = true;
    if (token.lower === 'if') condition = true;
    // `Fear can keep a man in a trench for a day`: what can be, said in the present, tells no event.
    if (/^(can|cannot|can't|can’t)$/.test(token.lower)) modal = true;
    // (So is what may be done: `each side may call 3 witnesses`; not `may have`, `may be`, which guess
    // at what was, nor the month.)
    if (token.text === 'may' && next?.kind === 'word' && !/^(have|be|been|well|also|only|never|even|still)$/.test(next.lower)) modal = true;
  }
  return flags;
}

/** Verbs of what someone believed, which a writer may go on to correct. */
const BELIEF_VERBS = new Set(['thought', 'believed', 'assumed', 'supposed', 'imagined', 'guessed', 'reckoned']);

/**
 * `Tom Ashby thought the fire was in 1645, but it was really February 1646`: what someone believed,
 * which the sentence then corrects (`but` with `really`, `actually`, `in fact`), is no claim of the
 * writer's; the correction after `but` is.
 */
function correctedBeliefs(tokens: readonly Token[], flags: boolean[]): boolean[] {
  const believed = tokens.findIndex((t) => BELIEF_VERBS.has(t.lower));
  if (believed < 0) return flags;
  const but = tokens.findIndex((t, k) => k > believed && t.lower === 'but');
  const corrects = but > 0 && tokens.slice(but + 1, but + 6).some((t, k, a) => /^(really|actually)$/.test(t.lower) || (t.lower === 'in' && /^(fact|truth)$/.test(a[k + 1]?.lower ?? '')));
  if (corrects) flags.fill(true, believed, but);
  return flags;
}

function readSentence(text: string, tokens: Token[]): Sentence {
  return {
    tokens,
    firstWord: tokens.findIndex((t) => t.kind === 'word' || t.kind === 'number'),
    // (`Fact-checked by the History Club, March 2025`: a note of who checked the text and when.)
    // (`*A column for* Skarrow Life, *issue 7, winter 2023*`: a periodical's issue and its date.)
    writerAt: writerSpeaksOfThemself(tokens),
    writersDates: /\b(last\s+(updated|edited|checked|visited|consulted)|updated\s+on|edited\s+on|accessed|retrieved|due(?!\s+to\b)|issue\s+\d+,)/i.test(text) ||
      /^\W*(fact-checked|checked|proofread|reviewed|edited|marked)\s+by\b/i.test(text),
    hypothetical: correctedBeliefs(tokens, hypotheticalClauses(tokens)),
    namesKind: tokens.some((t) => COUNT_KINDS.has(t.lower)),
  };
}

const capitalised = (t: Token | undefined): boolean => t !== undefined && t.kind === 'word' && /^\p{Lu}/u.test(t.text);
const touching = (a: Token | undefined, b: Token | undefined): boolean => a !== undefined && b !== undefined && a.end === b.start;

/** A plural of people or things: `soldiers`, `Hussars`, `men` (not `was`, `his`). */
function isPlural(t: Token | undefined): boolean {
  return t !== undefined && isContentWord(t) && (/[^s]s$/.test(t.lower) || PEOPLE.has(t.lower));
}

/** `Rows 1, 2, 3 and 6`, `pp. 4, 7 and 9`: a bare number further on in a list of numbers a locator opens. */
function inLocatorList(t: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 1 && (t[k]!.text === ',' || /^(and|or|&)$/.test(t[k]!.lower)) && /^\d+$/.test(t[k - 1]?.text ?? ''); k -= 2) {
    const marker = t[k - 2]?.text === '.' ? t[k - 3] : t[k - 2];
    if (marker && (LOCATORS.has(marker.lower) || LOCATORS.has(marker.lower.replace(/s$/, '')))) return true;
  }
  return false;
}

/**
 * A number that belongs to a name or a locator: `Decree No. 118`, `№118`, `p. 45`, `a Z-41`, `Decree 118`,
 * `Lodge 31`, `HIST 3050`, `12 Corps`, also at the start of a sentence or list item.
 */
function isInName(v: FoundValue, s: Sentence): boolean {
  const t = s.tokens;
  const i = v.firstToken;
  // `the Thirty Years' War`, `the Seven Years War`, `the Hundred Days`: a number in capitals before a
  // possessive or another capitalised word names an event.
  const next = t[v.endToken];
  if ((v.form === 'count' || v.form === 'duration') && /^\p{Lu}\p{Ll}/u.test(v.text) && i !== s.firstWord &&
    (next?.text === "'" || next?.text === '’' || capitalised(next) || /['’]$/.test(v.text))) return true;
  // `one Year 9 student`, `on Day 3`: a capitalised unit with a number after it names a class or a
  // day of a programme; the number before it counts those, not a length of time.
  const unit = t[v.endToken - 1];
  if (v.form === 'duration' && capitalised(unit) && v.endToken - 1 !== s.firstWord && next?.kind === 'number' && !touching(unit, next)) return true;
  // `the Eight-Hour Strike`, `Hundred-Day Offensive`: a number in title case, hyphened to its unit, names.
  if ((v.form === 'count' || v.form === 'duration') && /^\p{Lu}\p{Ll}*-\p{Lu}/u.test(v.text) && capitalised(next)) return true;
  // `his book *The 900 Days*`: `The` in capitals mid-sentence, a number, a capitalised word: a title.
  if (t[i - 1]?.text === 'The' && i - 1 !== s.firstWord && (capitalised(next) || /\s\p{Lu}/u.test(v.text))) return true;
  // (And a range of years one space after a name, as a name's: `| Stalingrad 1942–43 | 199 days |`, as a
  // title's `(1942-43)`; not a table's next cell, `| Date | 1941–1945 |`.)
  const years = v.form === 'date-range' && !v.impliedDuration && /^\d{4}\s*[-–\/]\s*\d{2,4}$/.test(v.text) && t[i - 1]?.end === t[i]!.start - 1 &&
    !(next?.kind === 'word' && !capitalised(next));
  if (v.form !== 'count' && v.form !== 'year' && !years) return false;
  const before = t[i - 1];
  const marker = before?.text === '.' ? t[i - 2] : before;
  // (`Documents 1–3`: a locator in the plural, with a capital, numbers several; `weeks 300 men` counts.)
  // (Nor `questions 3 and 8`: a plural locator before a list of numbers numbers each.)
  const listed = /^(and|or|&|,|to|[-–])$/.test(t[v.endToken]?.lower ?? '') && /^\d+$/.test(t[v.endToken + 1]?.text ?? '');
  // (`That season 84 luggers had gone out`: a time said with its determiner, then a count of things.)
  // (`At the Assizes this week eleven of the rioters were convicted`: so is one of some of them.)
  const timeThenCount = marker === before && /^(that|this|each|every|next|last)$/.test(t[i - 2]?.lower ?? '') && next?.kind === 'word' &&
    (COUNTED_THINGS.has(next.lower) || /^\p{Ll}+s$/u.test(next.text) || next.lower === 'of');
  if (marker && !timeThenCount && (NAME_MARKERS.has(marker.lower) || LOCATORS.has(marker.lower) ||
    ((capitalised(marker) || listed) && /s$/.test(marker.lower) && LOCATORS.has(marker.lower.replace(/s$/, ''))))) return true;
  if (inLocatorList(t, i)) return true;
  // `order 227`, `decree 118`, in any case: bare digits straight after a word for a numbered order name it.
  if (before && NUMBERED_ORDERS.has(before.lower) && /^\d+$/.test(v.text)) return true;
  // `essay 2 of 3`, `part 1 of 4`, `grandchild number 4 of 6`: how many there are of what a locator or a number marker numbers.
  if (before?.lower === 'of' && t[i - 2]?.kind === 'number' && (LOCATORS.has(t[i - 3]?.lower ?? '') || NAME_MARKERS.has(t[i - 3]?.lower ?? ''))) return true;
  // `Year 11 history`, `Form 4`: a school year, written with a capital, names a class (`Grade 9` is a locator).
  if (before && /^(Year|Form)$/.test(before.text) && v.form === 'count' && v.interval.nominal <= 13) return true;
  // `Z-41`: a number hyphened straight onto a capitalised word names a model.
  if (isDash(before) && touching(t[i - 2], before) && touching(before, t[i]) && capitalised(t[i - 2])) return true;
  if (v.hedge) return false;
  // A number straight after a capitalised name is part of it, unless the name is an everyday
  // opener of the sentence (`Perhaps 300 men died`), or the number is written as a quantity
  // (`cost Velmarch 3,000 horses`: names are not numbered with thousands separators or words).
  if (before && isNameToken(before, false) && !(i - 1 === s.firstWord && EVERYDAY_OPENER.test(before.lower)) &&
    !/,\d{3}/.test(v.text) && /^\d/.test(v.text) && !placeThenCount(v, s)) return true;
  // `12 Corps`, `3 Squadron`, `10 Mill Street`: a small bare number before a capitalised name whose
  // head is a unit, an order or a place names it. Before any other capitalised word it counts
  // (`300 Orlenese`, `57 Hussars`), and so it does when a plural follows (`3 Army officers`).
  if (v.form !== 'count' || v.interval.nominal >= 1000 || /\D/.test(v.text)) return false;
  let k = v.endToken;
  while (k < v.endToken + 4 && capitalised(t[k])) k++;
  const head = k > v.endToken ? t[k - 1]!.lower : '';
  return NAME_HEADS.has(head) && !(t[k]?.kind === 'word' && !capitalised(t[k]) && isPlural(t[k]));
}

/** A time of day (`at 20:34`, `2 pm`) or a rate (`one for every four`): not a count. */
function isTimeOrRate(v: FoundValue, s: Sentence): boolean {
  const t = s.tokens;
  const before = t[v.firstToken - 1];
  const after = t[v.endToken];
  if (v.form !== 'count' && v.form !== 'year') return false;
  if (before?.text === ':' && t[v.firstToken - 2]?.kind === 'number' && touching(t[v.firstToken - 2], before) && touching(before, t[v.firstToken])) return true;
  if (after?.text === ':' && t[v.endToken + 1]?.kind === 'number' && touching(t[v.endToken - 1], after) && touching(after, t[v.endToken + 1])) return true;
  if (v.form !== 'count') return false;
  // `14/20`: a score or a ratio, not two counts.
  if ((before?.text === '/' && touching(before, t[v.firstToken]) && t[v.firstToken - 2]?.kind === 'number') ||
    (after?.text === '/' && touching(t[v.endToken - 1], after) && t[v.endToken + 1]?.kind === 'number')) return true;
  return (after !== undefined && /^(am|pm|a\.m|p\.m|o'clock|gmt|utc)$/i.test(after.text)) || before?.lower === 'every';
}

/**
 * `I read two books`: the object of what the writer did with sources. In a draft also `We used two of
 * them`, `I ended up using three` (a few words may come between). (Only its object: `I found that
 * 400 men died` reports history.)
 */
function isResearchObject(v: FoundValue, t: readonly Token[], draft: boolean): boolean {
  for (let k = Math.max(0, v.firstToken - (draft ? 5 : 3)); k < v.firstToken; k++) {
    if (draft ? !FIRST_PERSON.has(t[k]!.text) || FIRST_PERSON_STATE.has(t[k]!.lower) : t[k]!.text !== 'I') continue;
    const verbs = draft ? t.slice(k + 1, Math.min(k + 4, v.firstToken)) : t.slice(k + 1, k + 2);
    const verb = verbs.some((x) => RESEARCH_VERBS.has(x.lower) || (draft && USING.has(x.lower)));
    if (verb && !t.slice(k + 2, v.firstToken).some((x) => x.kind !== 'word' || /^(that|how|when|where|why)$/.test(x.lower))) return true;
  }
  return false;
}

/** `it took me`, `took us`: what something cost the writer (in a draft; in a source's diary it is history). */
function tookTheWriter(before: readonly Token[]): boolean {
  return before.some((t, k) => /^(took|takes|take|taking)$/.test(t.lower) && /^(me|us)$/.test(before[k + 1]?.lower ?? ''));
}

/** Plain words for things that happened, counted when a writer gathers them (`the five disasters`). */
const HAPPENINGS = new Set(['disasters', 'tragedies', 'events', 'crises', 'catastrophes', 'calamities', 'episodes', 'incidents', 'emergencies', 'troubles',
  'eruptions', 'earthquakes', 'avalanches', 'landslides', 'voyages', 'journeys', 'crossings']);

/** Words for figures themselves: `the two death tolls`, `the table's two dates` weigh values, not count things. */
const FIGURE_WORDS = new Set(['tolls', 'figures', 'dates', 'numbers', 'totals', 'estimates', 'counts', 'versions', 'accounts']);

/**
 * A small count after `the`, `these`, `both` or a possessive (`the yard's`), then at most two
 * describing words and a plural of happenings, events or figures: things already told of, referred to.
 */
function refersBack(t: readonly Token[], v: FoundValue): boolean {
  const before = t[v.firstToken - 1];
  const possessive = (before?.text === "'s" || before?.text === '’s') || /['’]s$/.test(before?.text ?? '');
  // (`Two figures in my table`, `two different disasters`: figures are the writer's to weigh, and
  // happenings set apart as different are the ones the essay tells of.)
  const next = t[v.endToken]?.lower ?? '';
  if (FIGURE_WORDS.has(next) || (/^(different|separate|distinct)$/.test(next) && HAPPENINGS.has(t[v.endToken + 1]?.lower ?? ''))) return true;
  if (!possessive && !/^(the|these|those|both|all)$/.test(before?.lower ?? '')) return false;
  for (let k = v.endToken; k < v.endToken + 3 && t[k]?.kind === 'word'; k++) {
    const w = t[k]!.lower;
    if (HAPPENINGS.has(w) || PLURAL_EVENT_WORDS.has(w) || FIGURE_WORDS.has(w)) return true;
    if (/s$/.test(w)) return false; // (another plural: `the two sons`, what is counted)
  }
  return false;
}

/** What a writer says they have of their material, in the present: `I have`, `we list` (not `I count 58 men dead`: a count of history). */
const GATHERING_VERBS = new Set(['have', 'list', 'use', 'cite', 'include', 'show', 'compare', 'quote']);

/** `I list`, `now I have`, `we now have`: the words before a count, the writer telling what they have. */
function writerGathered(before: readonly Token[]): boolean {
  const i = before.findIndex((t) => t.text === 'I' || t.lower === 'we');
  if (i < 0) return false;
  const rest = before.slice(i + 1).map((t) => t.lower).filter((w) => w !== 'now' && w !== 'also' && w !== 'only');
  return rest.length === 1 && GATHERING_VERBS.has(rest[0]!);
}

/** Words before `me` or `us` that say where or with whom, not what was done to the writer (`of us`, `to me`). */
const BEFORE_WRITER = new Set(['of', 'to', 'for', 'with', 'at', 'by', 'from', 'about', 'among', 'like', 'near', 'beside', 'before', 'after', 'around',
  'toward', 'towards', 'upon', 'on', 'in', 'into', 'than', 'and', 'or', 'let', 'between']);

/**
 * `Two of the posters there helped me`, `three veterans told us`: the count in the words before a verb
 * whose object is the writer, in its own clause.
 */
function actedOnWriter(t: readonly Token[], v: FoundValue): boolean {
  for (let k = v.endToken; k < Math.min(t.length - 1, v.endToken + 6); k++) {
    const w = t[k]!;
    if (w.kind !== 'word') return false;
    if (/^(me|us)$/.test(t[k + 1]!.text) && /^\p{Ll}/u.test(w.text) && !BEFORE_WRITER.has(w.lower)) return true;
  }
  return false;
}

/** The writer's own counts: `three reasons`, `my two sources`, `the three moments I think …`. */
function isWritersCount(v: FoundValue, s: Sentence, source: boolean): boolean {
  const t = s.tokens;
  // `I'd give it 3 out of 5 stars`: a rating; `Half the rows come from …`, `a third of my sources`: a
  // share of the writer's own material.
  if (v.form === 'fraction') {
    let k = v.endToken;
    while (/^(of|the|my|our|these|those)$/.test(t[k]?.lower ?? '')) k++;
    return DISCOURSE_NOUNS.has(t[k]?.lower ?? '');
  }
  if (v.form !== 'count') return false;
  const after = t[v.endToken];
  // (`10 marks`: the noun may be read into the value.)
  const own = t[v.endToken - 1];
  if (v.interval.nominal < 100 && ((after && DISCOURSE_NOUNS.has(after.lower)) || (own?.kind === 'word' && DISCOURSE_NOUNS.has(own.lower)))) return true;
  // (`three online sources`, `2 library books`: one plain word may say which.)
  const then = t[v.endToken + 1];
  if (v.interval.nominal < 13 && after?.kind === 'word' && /^\p{Ll}+$/u.test(after.text) && then && DISCOURSE_NOUNS.has(then.lower) && /s$/.test(then.lower)) return true;
  // `two entries come from a memoir and three from a blog`: a bare count after `and`, of the writer's own noun before it.
  if (v.interval.nominal < 100 && /^(and|or|,)$/.test(t[v.firstToken - 1]?.lower ?? '') && /^(from|in|on|at|for|by)$/.test(after?.lower ?? '') &&
    t.slice(1, v.firstToken).some((x, k) => DISCOURSE_NOUNS.has(x.lower) && (parseNumber(t, k)?.value ?? Infinity) <= 12)) return true;
  // `Three come from [Moyle's blog]`: a bare count opening its sentence, of what comes from a source, is
  // the writer's tally of their own entries.
  if (!source && v.interval.nominal < 100 && v.firstToken === s.firstWord && /^(come|comes)$/.test(after?.lower ?? '') && t[v.endToken + 1]?.lower === 'from') return true;
  // `Our group of four made this timeline`: the writer's own group, class or team.
  if (!source && v.interval.nominal < 100 && t[v.firstToken - 1]?.lower === 'of' && /^(group|team|class|pair|trio)$/.test(t[v.firstToken - 2]?.lower ?? '') &&
    /^(our|my)$/.test(t[v.firstToken - 3]?.lower ?? '')) return true;
  // `I list 11 events`, `so now I have two lengths`: what the writer has gathered for the essay.
  if (!source && v.interval.nominal < 100 && writerGathered(t.slice(Math.max(0, v.firstToken - 3), v.firstToken))) return true;
  // `Word count: 331`, `Word count so far: 1,240`: a label of the essay's length.
  const label = t.slice(Math.max(0, v.firstToken - 5), v.firstToken);
  if (label.at(-1)?.text === ':' && label.some((w, k) => w.lower === 'word' && label[k + 1]?.lower === 'count')) return true;
  // `asked us … to write 250 words about what we found`: words to write are the writer's task.
  if (!source && after && /^words?$/.test(after.lower) && /^(write|writing|wrote|written)$/.test(t[leadToken(v, t) - 1]?.lower ?? '')) return true;
  // `(2nd draft, about 250 words)`: a length in words, set aside in brackets, is the essay's, however long.
  if (after && /^words?$/.test(after.lower) && t.slice(0, v.firstToken).some((x) => x.text === '(') && !t.slice(0, v.firstToken).some((x) => x.text === ')')) return true;
  // `Putting it on slide 7 took me two evenings`: what the work cost the writer.
  if (!source && tookTheWriter(t.slice(Math.max(0, v.firstToken - 4), v.firstToken))) return true;
  // `two of my sources`, `three of the reasons` (but `61 of them were arrested` counts).
  if (after?.lower === 'of' && v.interval.nominal < 100 && /^(my|our|your|the|these|those)$/.test(t[v.endToken + 1]?.lower ?? '') &&
    DISCOURSE_NOUNS.has(t[v.endToken + (t[v.endToken + 2]?.kind === 'number' ? 3 : 2)]?.lower ?? '')) return true;
  // `Eleven entries so far; 3 of them mention an inquest`: `of them` takes up the nearest plural before
  // it, here the writer's own noun, where the sentence names no kind of thing that history counts.
  if (after?.lower === 'of' && v.interval.nominal < 100 && /^(them|these|those)$/.test(t[v.endToken + 1]?.lower ?? '') && !s.namesKind &&
    DISCOURSE_NOUNS.has(t.slice(0, v.firstToken).reverse().find((x) => isPlural(x))?.lower ?? '')) return true;
  // `Two of the posters there helped me`: those who did something to the writer are of the writer's world.
  if (!source && v.interval.nominal < 100 && actedOnWriter(t, v)) return true;
  // `3 out of 5 stars`, `four stars`: a rating, not a count.
  if (/^stars?$/.test(after?.lower ?? '') || (after?.lower === 'out' && t[v.endToken + 1]?.lower === 'of' && /^stars?$/.test(t[v.endToken + 3]?.lower ?? ''))) return true;
  // `three times as many`, `twice more`, `three times the population`: a ratio, not a count (`changed hands eleven times` counts).
  if (after?.lower === 'times' && /^(as|more|larger|bigger|greater|higher|fewer|less|over|the)$/.test(t[v.endToken + 1]?.lower ?? '')) return true;
  if (t[v.firstToken - 1]?.lower === 'my') return true;
  // `the five disasters`, `these two sieges`, `the yard's two worst disasters`, `the two death tolls`:
  // the writer's way of gathering what the essay tells of, or the figures it weighs.
  if (v.interval.nominal < 13 && refersBack(t, v)) return true;
  // `I spent three afternoons in the museum`, `I read two books`: what the writer did, not history.
  if (isResearchObject(v, t, !source)) return true;
  for (let k = v.endToken; k < v.endToken + 4 && t[k]?.kind === 'word'; k++) {
    const word = t[k]!;
    if (word.lower === "i'll" || (word.text === 'I' && WRITER_VERBS.has(t[k + 1]?.lower ?? ''))) return true;
  }
  return false;
}

/**
 * `it took me about two hours`, `we spent three days on it`, `We have five minutes`: the writer's own
 * time, not history; and, in a draft, their age (`when I was nine`, `we are all under 16`).
 */
function isWritersTime(v: FoundValue, s: Sentence, source: boolean): boolean {
  const before = s.tokens.slice(Math.max(0, v.firstToken - 4), v.firstToken);
  if (!source && (v.form === 'year' || v.form === 'date-range') && sharesOutTheWork(s.tokens, v.firstToken)) return true;
  // (A letter's `We are two thousand four hundred now` counts a garrison: a draft's writer is no age of that.)
  if (v.form === 'count') return !source && v.interval.nominal < 120 && before.some((t, k) => FIRST_PERSON.has(t.text) && /^(was|am|are|were)$/.test(before[k + 1]?.lower ?? '') &&
    before.slice(k + 2).every((w) => /^(all|only|just|under|over|nearly|almost|about)$/.test(w.lower)));
  if (v.form !== 'duration') return false;
  // (`We have five minutes` has the time; `We have marched eleven days` tells of the march.)
  const hedged = (k: number) => before.slice(k + 2).every((w) => /^(only|just|about|nearly|almost|around)$/.test(w.lower));
  // (`Dad says the train takes 36 hours`: how long a thing takes, in the present, in the writer's family's words.)
  if (!source && /^(takes|take)$/.test(before.at(-1)?.lower ?? '') && s.tokens.some((w) => KIN_WORD.test(w.lower) || FIRST_PERSON.has(w.text))) return true;
  // (`In 2019 I visited Volgograd for four days`: how long the writer did something, in a draft.)
  if (!source && s.tokens[v.firstToken - 1]?.lower === 'for' && writerDidBefore(s.tokens, v.firstToken)) return true;
  // (In a source's letter or diary, what took `us` eleven days is history.)
  return (!source && tookTheWriter(before)) || before.some((t, k) =>
    // (`We watched a 40-minute documentary`: the length of what the writer watched or read.)
    (!source && FIRST_PERSON.has(t.text) && RESEARCH_VERBS.has(before[k + 1]?.lower ?? '') && before.slice(k + 2).every((w) => /^(a|an|the|about|only)$/.test(w.lower))) ||
    (FIRST_PERSON.has(t.text) && /^(spent|spend|worked|took)$/.test(before[k + 1]?.lower ?? '')) ||
    // (`Last summer my family spent four days in Volgograd`: the writer's own people, in the writer's own time.)
    (!source && /^(my|our)$/.test(t.lower) && /^(spent|spend)$/.test(before[k + 2]?.lower ?? '') && inWritersTime(s.tokens)) ||
    (FIRST_PERSON.has(t.text) && /^(have|had)$/.test(before[k + 1]?.lower ?? '') && hedged(k)));
}

/**
 * `Priya does 1848, Tom does 1852`, `Mina covers 1867 to 1874`: a year a member of the writer's group
 * (a name, `I` or `we`) takes on in the work is the writer's plan, no claim.
 */
function sharesOutTheWork(t: readonly Token[], at: number): boolean {
  // (`1867 to 1874`: the second year of the stint too.)
  if (/^(to|and)$/.test(t[at - 1]?.lower ?? '') && t[at - 2]?.kind === 'number') return sharesOutTheWork(t, at - 2);
  const verb = t[at - 1];
  const who = t[at - 2];
  return verb !== undefined && /^(does|do|covers|cover|takes|take|presents|present|handles|handle|gets)$/.test(verb.lower) &&
    who !== undefined && who.kind === 'word' && (who.text === 'I' || who.lower === 'we' || (/^\p{Lu}\p{Ll}+$/u.test(who.text) && !isStopword(who.lower) && !/^(the|a|an)$/.test(t[at - 3]?.lower ?? '')));
}

/** `I visited Volgograd for`: the writer (`I`, then a verb) is what the clause before a value tells of. */
function writerDidBefore(t: readonly Token[], at: number): boolean {
  for (let k = at - 2; k >= 0 && !/^[,;:.!?]$/.test(t[k]!.text); k--) {
    if (t[k]!.text === 'I' && t[k + 1]?.kind === 'word' && /^\p{Ll}/u.test(t[k + 1]!.text)) return true;
  }
  return false;
}

/** `last summer`, `this year`: the sentence is set in the writer's own time. */
function inWritersTime(t: readonly Token[]): boolean {
  return t.some((x, i) => /^(last|this)$/.test(x.lower) && /^(summer|spring|autumn|winter|year|month|week|term|holiday|holidays)$/.test(t[i + 1]?.lower ?? ''));
}

/** Spans a duration written as one word may describe (`a ten-hour day`). */
const SPAN_NOUNS = new Set(['day', 'days', 'shift', 'shifts', 'night', 'nights', 'week', 'weeks', 'watch', 'watches']);

/** What a writer worked from. */
const MATERIALS = new Set(['sources', 'source', 'reading', 'readings', 'references', 'books', 'texts', 'bibliography']);

/** Words that say a count is of the people who lived somewhere. */
const POPULATION_WORDS = new Set(['population', 'populations', 'inhabitants', 'census', 'censuses']);

/**
 * `Its population fell from 3,410 in 1834 to 1,640 in 1874`: in a draft, a year right after a count of
 * the people who lived somewhere says when they were counted, no event's date; the count is checked
 * in that year. (`The flood killed 40 in 1864` dates the flood. A source's year still dates its count.)
 */
function yearOfAPopulation(t: readonly Token[], i: number, clauseStart: number): boolean {
  // (`1,240 inhabitants in 1801`: the count's noun may stand between.)
  const count = t[i - 2]?.kind === 'number' ? i - 2 : /^(inhabitants|people|souls|persons)$/.test(t[i - 2]?.lower ?? '') ? i - 3 : -1;
  if (t[count]?.kind !== 'number') return false;
  return t.slice(clauseStart, i - 1).some((x) => POPULATION_WORDS.has(x.lower));
}

/**
 * A year states when something happened where it follows a name, a verb or a preposition in its
 * clause, or opens a when-clause. Elsewhere it only sets the scene: opening the sentence after a
 * preposition (`In 1611 …`, `By the 1920s …`), or saying which one of a thing (`the crisis of 1638`,
 * `the 1724 explosion`, `the 1788 Orlen Convention`). A month or a day always dates its clause's event.
 */
function isSceneSetting(v: FoundValue, s: Sentence, source: boolean): boolean {
  const decade = v.form === 'date' && v.precision === undefined && /0s$/.test(v.text);
  const coarse = v.form === 'year' || decade || (v.form === 'date' && (v.precision === 'season' || v.precision === 'year'));
  if (!coarse) return false;
  const t = s.tokens;
  const i = v.firstToken;
  const before = t[i - 1];
  const clauseStart = clauseOpening(t, s.firstWord, i);
  const opener = t[clauseStart];
  if (!source && before?.lower === 'in' && yearOfAPopulation(t, i, clauseStart)) return true;
  // `Its opening chapter sets the scene in the summer of 1942`, `a novel set in 1942`: where a work is set.
  if (before?.lower === 'in' && (t[i - 2]?.lower === 'scene' || (t[i - 2]?.lower === 'set' && /^(is|was|are|were|novel|film|book|story|play)$/.test(t[i - 3]?.lower ?? '')))) return true;
  if (opener && SCENE_PREPOSITIONS.has(opener.lower) && i > clauseStart && i - clauseStart <= 3) {
    const next = t[v.endToken]?.text === ',' ? t[v.endToken + 1] : t[v.endToken];
    // (`By the end of 1943 the Red Army had won back two-thirds`: a moment by which something was done.
    // Only the moments of PART_NOUNS: `By the summer of 1942 …` still sets the scene.)
    const deadline = opener.lower === 'by' && /^(the )?(end|close|beginning|start|middle) of\b/i.test(v.text);
    // (`Until 1961, the plant was called …`: the year a state ended, which the year dates.)
    const endOfState = opener.lower === 'until' || opener.lower === 'till';
    if (next?.lower !== 'when' && !deadline && !endOfState && !(HAPPENING_OPENERS.has(opener.lower) && tellsAHappening(t, v.endToken))) return true;
  }
  if (before && POSSESSIVES.has(before.lower)) return true; // `my 2023 class`: the writer's own time
  // `a worse general in 1691 than in 1689`: two times compared, the one after `than` and the one before
  // it, say when a thing was so, not when anything happened.
  if (before?.lower === 'in' && (t[i - 2]?.lower === 'than' || t[v.endToken]?.lower === 'than')) return true;
  if (periodOfAThing(t, i, /\d0s$/.test(v.text))) return true;
  if (v.form !== 'year') return false;
  if (before && ARTICLES.has(before.lower) && t[v.endToken]?.kind === 'word') return true;
  // (A source's `the election of 1831` states when that election was: a draft's only says which one.)
  if (before?.lower !== 'of' || source) return false;
  // `the crisis of 1638`, `the great flood of 1927`; after a name the year dates the named event
  // (`the Karsk War of 1609`), after a part of the year it dates (`the end of 1642`).
  const noun = t[i - 2];
  if (!noun || noun.kind !== 'word' || capitalised(noun) || PART_NOUNS.has(noun.lower)) return false;
  let k = i - 3;
  while (k > i - 6 && t[k]?.kind === 'word' && !capitalised(t[k]) && !ARTICLES.has(t[k]!.lower)) k--;
  return ARTICLES.has(t[k]?.lower ?? '');
}

/**
 * `French politics after 1871`, `the line's safety record after 1851`, `the numbers from 1941`,
 * `nobody in the 1630s`: a year or a decade after a preposition of time that follows a noun says
 * which time of that thing is meant, not when something happened (`returned after 1871` dates).
 */
function periodOfAThing(t: readonly Token[], i: number, decade: boolean): boolean {
  // (`in the 1630s`: the article may be read as the value's or as before it.)
  const at = t[i - 1]?.lower === 'the' && decade ? i - 2 : i - 1;
  const preposition = t[at]?.lower ?? '';
  if (!PERIOD_PREPOSITIONS.has(preposition) && !(decade && preposition === 'in')) return false;
  const noun = t[at - 1];
  if (!noun || noun.kind !== 'word' || capitalised(noun) || /(ed|ing|ly)$/.test(noun.lower) || NOT_NOUNS.has(noun.lower)) return false;
  if (noun.lower === 'nobody') return true;
  // (A noun phrase: the noun has a word before it that is no verb, `safety record`, `French politics`, `The numbers`.)
  const det = t[at - 2];
  return det !== undefined && (det.kind === 'word' || det.text === '’' || det.text === "'") && !NOT_NOUNS.has(det.lower) && !/ed$/.test(det.lower);
}

const PERIOD_PREPOSITIONS = new Set(['after', 'before', 'from']);
/** Words that end no noun phrase: verbs of being and happening, and words that only join. */
const NOT_NOUNS = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'had', 'has', 'have', 'did', 'do', 'does', 'came', 'went', 'fell', 'rose',
  'died', 'won', 'lost', 'built', 'left', 'began', 'begun', 'ran', 'grew', 'met', 'fought', 'made', 'took', 'gave', 'not', 'and', 'or', 'but', 'to', 'of', 'in', 'on', 'at',
  'by', 'for', 'with', 'as', 'than', 'that', 'which', 'who', 'until', 'up', 'out', 'off', 'back', 'down', 'over', 'only', 'just', 'even', 'soon', 'long', 'shortly', 'years', 'months', 'days', 'weeks', 'decades']);

/**
 * Where the clause a value stands in opens: after the last `, and`, `, but` or `; and` before it
 * (`…, and by 1950 most of its families lived from fishing` sets its own scene), else at the sentence's first word.
 */
function clauseOpening(t: readonly Token[], firstWord: number, at: number): number {
  for (let k = at - 3; k > firstWord; k--) if ((t[k]!.text === ',' || t[k]!.text === ';') && /^(and|but)$/.test(t[k + 1]?.lower ?? '')) return k + 2;
  return firstWord;
}

/**
 * Words of a clause that tells how things stood or went on (`the Soviet Union looked close to
 * collapse`, `the war was going badly`, `the army pushed east`), which a year before it only sets the
 * scene for; a clause with none tells a happening (`In 1767 the inquiry heard 19 witnesses`, `In 1749
 * came the Tollhouse Skirmish`), which the year dates.
 */
const STATE_WORDS = new Set(['was', 'were', 'is', 'are', 'had', 'has', 'have', 'looked', 'seemed', 'remained', 'stood', 'lay', 'felt', 'appeared',
  'pushed', 'advanced', 'drove', 'pressed', 'moved', 'fought', 'continued', 'kept', 'still', 'began', 'went', 'grew', 'faced', 'needed', 'wanted']);

/** Prepositions after which a year dates the happening its clause tells (`In 1767 the inquiry heard …`, `After the spring of 1951 the front settled`). */
const HAPPENING_OPENERS = new Set(['in', 'after', 'before']);

/** Whether the clause after a year that opens its sentence tells a happening, not how things stood (STATE_WORDS). */
function tellsAHappening(t: readonly Token[], from: number): boolean {
  let k = t[from]?.text === ',' ? from + 1 : from;
  let words = 0;
  for (; k < t.length && !/^[,;:.!?]$/.test(t[k]!.text); k++) {
    if (t[k]!.kind !== 'word') continue;
    // (`a memorial went up`, `the ship went down`: a happening, though `went` alone tells how things went.)
    if (t[k]!.lower === 'went' && /^(up|down|out|off)$/.test(t[k + 1]?.lower ?? '')) continue;
    if (STATE_WORDS.has(t[k]!.lower)) return false;
    words++;
  }
  return words >= 2;
}

/** What opens a note of where a text's figures come from: `Figures from …`, `Source to add: …`. */
const NOTE_OPENERS = new Set(['figures', 'data', 'numbers', 'statistics', 'adapted', 'taken', 'quoted', 'cited']);

function isSourceNote(s: Sentence): boolean {
  const t = s.tokens.slice(s.firstWord, s.firstWord + 4).map((x) => x.lower);
  if (NOTE_OPENERS.has(t[0] ?? '')) return /^(from|in)$/.test(t[1] === 'are' ? t[2] ?? '' : t[1] ?? '');
  return /^sources?$/.test(t[0] ?? '') && (t[1] === ':' || (t[1] === 'to' && t[2] === 'add' && t[3] === ':'));
}

/**
 * `Figures from Hugh Cole, The Ardennes (1965).`, `Source to add: Showalter, Tannenberg: Clash of
 * Empires, 1914 (1991).`: in a note of where the figures come from, a year in brackets is a work's,
 * and so is a year right before one (in the work's title).
 */
function isWorksYear(v: FoundValue, s: Sentence): boolean {
  const t = s.tokens;
  const bracketed = (at: number) => t[at - 1]?.text === '(' && /^\d{4}$/.test(t[at]?.text ?? '') && t[at + 1]?.text === ')';
  // (And anywhere, a year in brackets right after a title in quotation marks: `the film "Enemy at the
  // Gates" (2001)`. A draft's titles in italics are found in its original text: claims.ts, worksYears.)
  const afterTitle = bracketed(v.firstToken) && TITLE_CLOSERS.has(t[v.firstToken - 2]?.text ?? '');
  return v.form === 'year' && (afterTitle || ((bracketed(v.firstToken) || bracketed(v.endToken + 1)) && isSourceNote(s)));
}

/** Marks that close a title set off in quotation marks (the prose text keeps them; italics it blanks). */
const TITLE_CLOSERS = new Set(['"', '”', '’']);

/** `… can be found @ Battle of Karsk (1611-12)`: a date after a title that is pointed at belongs to the title. */
function isInPointedTitle(v: FoundValue, s: Sentence): boolean {
  const t = s.tokens;
  if ((v.form !== 'year' && v.form !== 'date-range') || t[v.firstToken - 1]?.text !== '(' || t[v.endToken]?.text !== ')') return false;
  let names = 0;
  for (let k = v.firstToken - 2; k >= 0 && k > v.firstToken - 14; k--) {
    const w = t[k]!;
    if (POINTERS.has(w.lower)) return names > 0;
    if (capitalised(w)) names++;
    else if (!TITLE_JOINERS.has(w.lower) && !isDash(w)) return false;
  }
  return false;
}

/** How far back a value's phrase reaches: its hedge (`about 19`) is part of it. */
function leadToken(v: FoundValue, t: Token[]): number {
  let k = v.firstToken;
  if (v.hedge && v.hedge.kind !== 'range') while (k > 0 && t[k - 1]!.start >= v.hedge.range.start) k--;
  return k;
}

/**
 * `In the strike at Vell 300 men were killed`: a place after a preposition, then a count of people or
 * things (not `the Ward 7 voters`, a name with its number).
 */
function placeThenCount(v: FoundValue, s: Sentence): boolean {
  const t = s.tokens;
  let k = v.firstToken - 1;
  while (k > 0 && isNameToken(t[k]!, false)) k--;
  const next = t[v.endToken];
  // (What follows is counted: a word the lexicon counts, or says befell them.)
  return /^(at|in|near|from|outside)$/.test(t[k]?.lower ?? '') && next?.kind === 'word' && /^\p{Ll}/u.test(next.text) &&
    (COUNTED_THINGS.has(next.lower) || COUNT_KINDS.has(next.lower));
}

/**
 * Values of kinds that are not checkable: distances and widths (`48 kilometers`, `8–10 km`),
 * temperatures (`-30 degrees`, `40 °C`), sums of money (`£1,380`), ages (`ten to sixteen years old`, `aged 19`), descriptions of
 * form (`a two-pronged attack`, `a four-story building`) and hypotheticals (`would have taken nine months`).
 */
function isNotCheckableKind(v: FoundValue, s: Sentence): boolean {
  const t = s.tokens;
  const after = t[v.endToken];
  const lead = leadToken(v, t);
  // The unit ends the value (`48 kilometers`; a range such as `8–10 km` keeps it in its last token),
  // or follows it when the value reader does not know it (`6.2 mi`). `200 foot soldiers` counts soldiers.
  // (A four-digit figure before a unit is no year: `1015 km2`. Nor is a figure glued by a comma to the
  // next one, `20,1015 km2`, more than a part of that mistyped number.)
  const glued = after?.text === ',' && touching(t[v.endToken - 1], after) && touching(after, t[v.endToken + 1]) && t[v.endToken + 1]?.kind === 'number' ? 2 : 0;
  const unit = v.measure !== undefined && NOT_CHECKABLE_MEASURES.has(v.measure) ? v.endToken - 1
    : v.form === 'count' || v.form === 'year' ? [v.endToken - 1, v.endToken + glued, v.endToken + 1].find((k) => LENGTH_OR_TEMPERATURE.has(t[k]?.lower ?? '') &&
      // (`14 nautical miles`: a unit with its word of kind before it.)
      (k !== v.endToken + 1 || UNIT_QUALIFIERS.has(t[v.endToken]?.lower ?? ''))) : undefined;
  if (unit !== undefined && !isPlural(t[unit + 1])) return true;
  // `340 tons, with a crew of 43`: a ship's burden is its size (`5,000 tons of grain` is a load carried).
  if (v.measure === 'ton' && after?.lower !== 'of') return true;
  if (isAge(v, t, lead)) return true;
  if (isMoney(v, t, lead)) return true;
  if (isDifference(v, t)) return true;
  // `a ten-hour day`, `an eight-hour shift`: the form of a working day, not how long something lasted.
  if (v.form === 'duration' && /-/.test(v.text) && SPAN_NOUNS.has(after?.lower ?? '')) return true;
  const compound = t[v.endToken + 1];
  if (v.form === 'count' && isDash(after) && touching(t[v.endToken - 1], after) && touching(after, compound) &&
    compound?.kind === 'word' && !STRENGTH.has(compound.lower)) return true;
  return s.hypothetical[v.firstToken] === true || isPlannedWithin(v, t, lead) || isPlannedDate(v, t, lead);
}

/** Comparatives a difference is told by: `eighteen days longer than the first`, `300 more than in 1349`. */
const COMPARATIVES = new Set(['longer', 'shorter', 'more', 'fewer', 'less', 'later', 'earlier', 'older', 'younger', 'larger', 'smaller', 'greater', 'higher', 'lower']);

/**
 * A count or a time right before a comparative and `than` is the difference between two things, which
 * no source states as such. (A share is a rate of change, which sources do state: `almost 30 per cent fewer than`.)
 */
function isDifference(v: FoundValue, t: readonly Token[]): boolean {
  const after = t[v.endToken];
  // (Not `Within half a year more than 40,000 …`: a hedge of the next figure.)
  const next = t[v.endToken + 2];
  return (v.form === 'count' || v.form === 'duration') && after !== undefined && COMPARATIVES.has(after.lower) && t[v.endToken + 1]?.lower === 'than' &&
    !(next !== undefined && (next.kind === 'number' || mayOpenNumberWords(next)));
}

/** Words for money after a sum (`1,380 pounds`, `forty shillings`). */
const MONEY_WORDS = new Set(['pound', 'pounds', 'shilling', 'shillings', 'pence', 'penny', 'guinea', 'guineas', 'dollar', 'dollars', 'franc', 'francs',
  'rouble', 'roubles', 'ruble', 'rubles', 'florin', 'florins', 'ducat', 'ducats', 'livre', 'livres', 'sterling', 'crown', 'crowns',
  'thaler', 'thalers', 'guilder', 'guilders', 'gulden', 'sovereign', 'sovereigns', 'peso', 'pesos', 'lira', 'lire', 'rupee', 'rupees',
  'euro', 'euros', 'krone', 'kroner', 'kronor', 'groat', 'groats', 'farthing', 'farthings', 'drachma', 'drachmas', 'escudo', 'escudos']);

/** A sum of money (`£1,380`, `$4 million`, `forty shillings`): what was paid is no count of anything. */
function isMoney(v: FoundValue, t: readonly Token[], lead: number): boolean {
  if (v.form !== 'count') return false;
  // (`lost forty-one pounds` is a sum; `500 pounds of flour`, a weight of something.)
  const sum = v.measure === 'pound' && t[v.endToken]?.lower !== 'of';
  // (`2 million crowns`: a money word read as what the value counts; in lower case, since `95 Crown
  // soldiers` are the Crown's men.)
  const counted = v.measure !== undefined && v.measure !== 'pound' && MONEY_WORDS.has(v.measure) && /\s\p{Ll}+$/u.test(v.text);
  // (`the League paid 150,000 after the second`: a bare sum paid, no noun after it, is money.)
  const paid = /^(paid|pays|pay|owed|fined)$/.test(t[lead - 1]?.lower ?? '') && (t[v.endToken] === undefined || t[v.endToken]!.kind !== 'word' || /^(after|in|for|to|by|as|and|when)$/.test(t[v.endToken]!.lower));
  return sum || counted || paid || CURRENCY_SIGN.test(t[lead - 1]?.text ?? '') || CURRENCY_SIGN.test(v.text) || (MONEY_WORDS.has(t[v.endToken]?.lower ?? '') && /^\p{Ll}/u.test(t[v.endToken]!.text));
}

/** A currency sign, standing before a sum or read as its first character. */
const CURRENCY_SIGN = /^[£$€¥₽]/;

/** Words of a plan: what it set out to do is no fact of what happened. */
const PLAN_WORDS = new Set(['plan', 'plans', 'planned', 'planning', 'called', 'expected', 'aimed', 'intended', 'hoped', 'meant', 'scheduled', 'promised', 'vowed', 'target', 'timetable']);

/** `the plan called for the capture of Moscow within four months`: a plan's target, not a duration that happened. */
function isPlannedWithin(v: FoundValue, t: readonly Token[], lead: number): boolean {
  if (v.form !== 'duration' || t[lead - 1]?.lower !== 'within') return false;
  // (`the so-called Rzhev Meat Grinder` calls nothing for.)
  for (let k = lead - 2; k >= 0 && !/^[;.]$/.test(t[k]!.text); k--) if (PLAN_WORDS.has(t[k]!.lower) && !isDash(t[k - 1])) return true;
  return false;
}

/**
 * `was originally planned to begin on 15 May 1941`: the day a plan set for a deed, not a day something
 * happened. (`A major attack was planned for late November` tells when the attack was planned: a claim.)
 */
function isPlannedDate(v: FoundValue, t: readonly Token[], lead: number): boolean {
  if (v.form !== 'date' && v.form !== 'year') return false;
  for (let k = lead - 1; k >= 0 && t[k]!.kind === 'word'; k--) if (PLAN_WORDS.has(t[k]!.lower) && t[k + 1]?.lower === 'to') return true;
  return false;
}

/**
 * An age: `aged 19`, `ten to sixteen years old`, `of age`, `was 19 when he walked out`, `Drummock,
 * then 61, signed` (a bare number set off by commas after a name).
 */
function isAge(v: FoundValue, t: readonly Token[], lead: number): boolean {
  const before = t[lead - 1]?.lower;
  const after = t[v.endToken];
  // (`the age of 44`, `gave his age as 44`, `her age was 44`.)
  const ageBefore = /^(age|ages)$/.test(t[lead - 2]?.lower ?? '') && /^(of|as|was|is|at)$/.test(before ?? '');
  if ((v.form === 'count' || v.form === 'duration') && (before === 'aged' || before === 'ages' || ageBefore)) return true;
  if (v.form === 'duration') {
    return after?.lower === 'old' || (isDash(after) && t[v.endToken + 1]?.lower === 'old') || (after?.lower === 'of' && t[v.endToken + 1]?.lower === 'age');
  }
  // A bare number, in digits or words (`nineteen`, `eighty-four`), of a lifetime's size.
  if (v.form !== 'count' || !/^(\d{1,3}|[\p{L}-]+)$/u.test(v.text) || v.interval.nominal > 120) return false;
  // (`he was only nineteen when he got there`: hedged or not.)
  const verb = SOFTENERS.has(before ?? '') ? t[lead - 2]?.lower : before;
  if (/^(was|is|were)$/.test(verb ?? '') && /^(when|at)$/.test(after?.lower ?? '')) return true;
  // `children under twelve`, `men over sixty`, `no older than 18`: a bound on the age of people.
  // (`Children under ten made up 41 of the dead`: a verb after the bound.)
  // (A citation in brackets may follow: `41 were children under ten (Select Committee)`.)
  const closes = after === undefined || /^[,.;:!?)(\[]$/.test(after.text) || /^(and|or|who|were|was|are|is|at|in|made|make|had|have|died|formed|accounted|numbered)$/.test(after.lower);
  if (closes && /^(under|over|below|above)$/.test(t[lead]?.lower ?? '') && AGED_GROUPS.has(t[lead - 1]?.lower ?? '')) return true;
  // (`nearly two-thirds of the dead were under five`: the bound said of people after `were`.)
  if (closes && /^(under|over)$/.test(t[lead]?.lower ?? '') && /^(were|was)$/.test(t[lead - 1]?.lower ?? '') && (AGED_GROUPS.has(t[lead - 2]?.lower ?? '') || PEOPLE_SUFFERING.has(t[lead - 2]?.lower ?? ''))) return true;
  if (closes && before === 'than' && /^(older|younger)$/.test(t[lead - 2]?.lower ?? '')) return true;
  if (v.hedge) return false;
  // `She is 90 now`, `My babushka is 78,`, `our librarian, who is 71.`: a person, `is` or `was`, a bare number, and the clause ends.
  // (Or a time of it: `Maren Tully, who was twelve that spring, lost her cousin`.)
  const ends = after === undefined || /^[,.;!?]$/.test(after.text) || /^(now|then|today|and|who|when)$/.test(after.lower) ||
    (/^(that|this|last|the)$/.test(after.lower) && /^(spring|summer|autumn|fall|winter|year|month|week|day|morning|night)$/.test(t[v.endToken + 1]?.lower ?? ''));
  // (And a name set off before it: `My grandfather, Samuel Rowe, was 34 and carried his daughters out`.)
  // (`My ancestor was only nineteen.`: a softener between.)
  const soft = SOFTENERS.has(before ?? '') ? 1 : 0;
  const p = lead - 2 - soft;
  const person = isPersonWord(t[p]) || t[p]?.lower === 'who' || (t[p]?.text === ',' && isPersonWord(t[p - 1]));
  if (/^(was|is)$/.test(t[lead - 1 - soft]?.lower ?? '') && person && ends) return true;
  // `I'm seventeen,`, `she lived to be 94.`, `a frightened boy of nineteen who stayed`: an age.
  if (/^(i’m|i'm)$/.test(before ?? '') && ends) return true;
  if (before === 'be' && t[lead - 2]?.lower === 'to' && /^(lived|live|lives)$/.test(t[lead - 3]?.lower ?? '')) return true;
  // (`a boy of eleven died`, `a boy of eleven ("Calamity")`: one person of a number is of that age, whatever follows, but a thing counted.)
  if (before === 'of' && isOnePerson(t[lead - 2]?.lower ?? '') && !COUNTED_THINGS.has(after?.lower ?? '')) return true;
  if (peopleOfAge(t, lead, v.endToken)) return true;
  // `was drafted at 18`, `died at 45`: the age at a turn of a life.
  if (before === 'at' && LIFE_TURNS.has(t[lead - 2]?.lower ?? '') && (ends || /^(in|when|but)$/.test(after?.lower ?? ''))) return true;
  const comma = /^(then|now)$/.test(before ?? '') ? lead - 2 : lead - 1;
  return t[comma]?.text === ',' && after?.text === ',' && t[comma - 1]?.kind === 'word' && /^\p{Lu}/u.test(t[comma - 1]!.text);
}

/** Young people an age is given of after `of` (`girls of 18`): not `men of 40`, which may count a force's men. */
const YOUNG_PEOPLE = new Set(['girls', 'boys', 'children', 'lads', 'youths', 'infants', 'babies', 'pupils', 'recruits', 'conscripts']);

/**
 * `girls of 18 or 19`, `boys of 16 and 17`: an age of young people, and the age after `or`, `and` or
 * `to` beside it; where the phrase ends there.
 */
function peopleOfAge(t: readonly Token[], lead: number, end: number): boolean {
  const after = t[end];
  const ends = after === undefined || /^[,.;:!?)]$/.test(after.text) || /^(or|and|to|who|were|was|in|at|when)$/.test(after.lower);
  if (!ends) return false;
  if (t[lead - 1]?.lower === 'of' && YOUNG_PEOPLE.has(t[lead - 2]?.lower ?? '')) return true;
  // (The second age: `18 or 19`.)
  return /^(or|and|to)$/.test(t[lead - 1]?.lower ?? '') && t[lead - 2]?.kind === 'number' && t[lead - 3]?.lower === 'of' && YOUNG_PEOPLE.has(t[lead - 4]?.lower ?? '');
}

/** People an age bound is put on (`children under twelve`). */
const AGED_GROUPS = new Set(['children', 'boys', 'girls', 'men', 'women', 'people', 'persons', 'those', 'anyone', 'soldiers', 'recruits', 'conscripts', 'youths', 'adults', 'infants', 'babies', 'pupils']);

/** Those a toll counts, an age bound may be put on (`the dead were under five`). */
const PEOPLE_SUFFERING = new Set(['dead', 'victims', 'them', 'survivors', 'drowned', 'sick', 'orphans', 'wounded']);

/** Turns of a life an age is given at (`drafted at 18`). */
const LIFE_TURNS = new Set(['drafted', 'enlisted', 'conscripted', 'married', 'died', 'joined', 'volunteered', 'killed', 'orphaned', 'widowed', 'up', 'school', 'work', 'home']);

/** A word for a person: `he`, `she`, `I`, a relative (`my babushka`, `great-aunt Nina`), a name (not `It`, `This`). */
function isPersonWord(w: Token | undefined): boolean {
  if (w === undefined || w.kind !== 'word') return false;
  if (/^(he|she|i)$/.test(w.lower)) return true;
  if (KIN_WORD.test(w.lower)) return true;
  return capitalised(w) && !/^(it|this|that|there|which|what|the|who|one|each|all)$/.test(w.lower);
}

const ASSESSMENTS = new Set(['grade', 'grades', 'score', 'scores', 'mark', 'marks', 'result', 'results']);
const SHORT_UNITS = /\b(minutes?|mins?|seconds?|secs?)\b/i;

/**
 * In a draft, the writer's own results and minutes: `My grade on the last log was 87%`; minutes in a
 * sentence where the writer speaks of their own work and names no event (`my first interview, 45
 * minutes on the phone`, `6 slides, about 10 minutes`, `I watched a film that runs 131 minutes`; a
 * charge that lasted 20 minutes is history).
 */
/** Texts a draft cites, whose own dates are written on them: a report, a letter, an entry. */
const DATED_TEXTS = new Set(['report', 'article', 'letter', 'entry', 'dispatch', 'despatch', 'column', 'piece', 'account', 'post', 'page', 'issue', 'edition', 'notice']);

/**
 * `The Courier's report is dated 3 March 1838`: the date written on a text the draft cites, as a
 * work's date in a list of works is, says where the figure comes from, not when anything happened.
 */
function datesAText(v: FoundValue, t: readonly Token[]): boolean {
  if (v.form !== 'date' || t[v.firstToken - 1]?.lower !== 'dated' || !/^(is|was|are|were)$/.test(t[v.firstToken - 2]?.lower ?? '')) return false;
  return t.slice(Math.max(0, v.firstToken - 6), v.firstToken - 2).some((w) => DATED_TEXTS.has(w.lower));
}

function isWritersOwn(v: FoundValue, s: Sentence): boolean {
  const t = s.tokens;
  if (datesAText(v, t)) return true;
  if (t.slice(0, v.firstToken).some((w, k) => /^(my|our)$/.test(w.lower) && (ASSESSMENTS.has(t[k + 1]?.lower ?? '') || ASSESSMENTS.has(t[k + 2]?.lower ?? '')))) return true;
  // `This essay compares it with two earlier orders`, `My part is the order itself (about 4 minutes)`:
  // what the writer's own work does or takes.
  const opener = t[s.firstWord];
  const ownWork = /^(this|my|our)$/.test(opener?.lower ?? '') && WORKS.has(t[s.firstWord + 1]?.lower ?? '');
  if (ownWork && (v.form === 'count' || v.form === 'duration')) return true;
  // `two days before my first entry`: a time counted from the writer's own doing is the writer's context.
  if (v.form === 'duration' && /^(before|after|since)$/.test(t[v.endToken]?.lower ?? '') && /^(my|our|i|we|me|us)$/.test(t[v.endToken + 1]?.lower ?? '')) return true;
  // (`the trust is writing more than a century later`: how long after the events someone now writes
  // is when they write from, as the writer's own time is.)
  if (v.form === 'duration' && /^(later|afterwards)$/.test(t[v.endToken]?.lower ?? '') && t.slice(Math.max(0, v.firstToken - 4), v.firstToken).some((w) => /^(writing|writes|write)$/.test(w.lower))) return true;
  // `I am sorry that it is 2 days late`: how late the writer's work is.
  if (v.form === 'duration' && /^(late|early|overdue)$/.test(t[v.endToken]?.lower ?? '') && t.some((w) => FIRST_PERSON.has(w.text))) return true;
  if ((v.form === 'count' || v.form === 'duration') && addressesTheReader(t, v.firstToken)) return true;
  if (v.form !== 'duration' || !SHORT_UNITS.test(v.text) || t.some((w) => EVENT_TYPES.has(w.lower))) return false;
  // `Wrap up, then Q&A (2 minutes)`, `*Timed answer, 25 minutes.*`: minutes set aside in brackets, or
  // in a line of a few words that names the writer's work, are the work's own.
  if (t[v.firstToken - 1]?.text === '(' && t[v.endToken]?.text === ')') return true;
  const words = t.filter((w) => w.kind === 'word');
  if (words.length <= 6 && words.some((w) => WORKS.has(w.lower))) return true;
  return t.some((w) => FIRST_PERSON.has(w.text) || /^(my|our|me|us)$/.test(w.lower) || (DISCOURSE_NOUNS.has(w.lower) && !/^(minutes|hours)$/.test(w.lower)));
}

/**
 * `You climb 200 steps to the top`, `you can still count 40 graves`: what a reader does or sees today,
 * told in the present (`you` as the subject, then no verb of the past), is the writer's world, not history.
 */
function addressesTheReader(t: readonly Token[], before: number): boolean {
  return t.slice(0, before).some((w, k) => w.lower === 'you' && (k === 0 || /^[,;:(]$/.test(t[k - 1]!.text) || /^(and|if|when|as|then|where|once)$/.test(t[k - 1]!.lower)) &&
    t[k + 1]?.kind === 'word' && !/ed$/.test(t[k + 1]!.lower) && !/^(were|was|had|did|could|would|might|should|must|may)$/.test(t[k + 1]!.lower) &&
    !IRREGULAR_PAST.has(t[k + 1]!.lower) && !t.slice(k + 2, before).some((x) => x.lower === 'that'));
}

/** The writer's own pieces of work (`This essay`, `My part`). */
const WORKS = new Set(['essay', 'paper', 'report', 'presentation', 'project', 'letter', 'post', 'part', 'section', 'talk', 'speech', 'slide', 'log', 'reflection', 'review', 'answer']);

/** `year did not begin until`, `year began on`, `year ends on`: the words before a day that say a year turns then. */
function yearTurns(before: readonly Token[]): boolean {
  const at = before.findIndex((t) => t.lower === 'year');
  return at >= 0 && before.slice(at + 1).some((t) => /^(begin|began|begins|beginning|start|started|starts|end|ended|ends|turned|turns)$/.test(t.lower)) &&
    !before.slice(at + 1).some((t) => EVENT_TYPES.has(t.lower));
}

/** Words that open a new clause, so a subject before them is not the value's. */
const CLAUSE_WORDS = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'because', 'although', 'though', 'while', 'whereas', 'but', 'and', 'or',
  'so', 'when', 'where', 'as', 'after', 'before', 'since', 'until', 'if', 'whether', 'than',
]);
/** Verbs whose object is what the writer holds true, not what they did: `I think 400 died`. */
const COGNITION = new Set([
  'think', 'thought', 'believe', 'believed', 'know', 'knew', 'learned', 'learnt', 'read', 'found', 'say', 'said',
  'argue', 'argued', 'feel', 'guess', 'suspect', 'expect', 'remember', 'note', 'noted', 'agree', 'doubt', 'suppose',
  'estimate', 'reckon', 'calculate', 'calculated', 'see', 'saw', 'discovered', 'realised', 'realized', 'claim', 'wrote',
]);

/**
 * In a draft, `I grew up two streets from the gate`, `Last weekend I counted 14 plaques`, `I ended up
 * changing 4 of my 11 numbers`, `four of us`: a count or a time in a clause whose subject is the
 * writer (`I`, `we`) is the writer's own doing, unless the clause says what it counts as history
 * (`we lost 300 men`, a kind or a counted thing) or reports what the writer holds true (`I think`).
 */
function inWritersClause(v: FoundValue, s: Sentence): boolean {
  const t = s.tokens;
  if (v.form !== 'count' && v.form !== 'duration') return false;
  const isBreak = (w: Token) => (w.kind === 'punct' && CLAUSE_BREAKS.has(w.text)) || CLAUSE_WORDS.has(w.lower);
  let start = v.firstToken;
  while (start > 0 && !isBreak(t[start - 1]!)) start--;
  let end = v.endToken;
  while (end < t.length && !isBreak(t[end]!)) end++;
  const clause = t.slice(start, end);
  const history = (w: Token) => COUNT_KINDS.has(w.lower) || COUNTED_THINGS.has(w.lower) || COGNITION.has(w.lower);
  if (clause.some(history)) return false;
  if (v.form === 'count' && t[v.endToken]?.lower === 'of' && t[v.endToken + 1]?.lower === 'us') return true;
  return t.slice(start, v.firstToken).some((w) => (w.text === 'I' || w.lower === 'we') && !FIRST_PERSON_STATE.has(w.lower));
}

/**
 * `1941: 85,371 total casualties 1942: 267,327 …`: a year that labels the figure after its colon, as an
 * infobox's rows do, says which year the figure is of; it is no date of an event itself.
 */
function labelsAFigure(v: FoundValue, t: readonly Token[]): boolean {
  // (Four digits read as a count after another label's colon, `Army Group North: 1941: 85,371`, too.)
  const year = v.form === 'year' || (v.form === 'count' && /^\d{4}$/.test(v.text));
  return year && t[v.endToken]?.text === ':' && t[v.endToken + 1]?.kind === 'number';
}

/** True when a value is a checkable claim. */
function isClaimValue(v: FoundValue, s: Sentence, source: boolean): boolean {
  // `Our sources are Herman's post and Overy's *Russia's War* (1997)`: the writer's own materials.
  const opener = s.tokens[s.firstWord];
  if (opener && /^(my|our)$/.test(opener.lower) && MATERIALS.has(s.tokens[s.firstWord + 1]?.lower ?? '')) return false;
  if (isInName(v, s) || isTimeOrRate(v, s) || isWritersCount(v, s, source) || isWritersTime(v, s, source) || isSceneSetting(v, s, source)) return false;
  if (isInPointedTitle(v, s) || isWorksYear(v, s) || isNotCheckableKind(v, s) || isShareOfAFigure(v, s.tokens) || numbersAPart(v, s)) return false;
  if (labelsAFigure(v, s.tokens) || isAlternativeAsked(v, s.tokens) || isOptionOffered(v, s.tokens) || putAsTrueOrFalse(s)) return false;
  if (!source && (isWritersOwn(v, s) || inWritersClause(v, s))) return false;
  // `Every year on 9 May we put his photo out`: a day kept each year is a custom, not when something happened.
  // (`holds a mass every 3 February`, `each 9 May`: the same.)
  const kept = (t: Token | undefined) => /^(every|each)$/.test(t?.lower ?? '');
  if (v.form === 'date' && (kept(s.tokens[v.firstToken - 1]) || s.tokens.slice(Math.max(0, v.firstToken - 4), v.firstToken).some((t, k, all) => kept(t) && all[k + 1]?.lower === 'year'))) return false;
  // `the clerk's year did not begin until 25 March`, `the financial year ends on 5 April`: when a
  // calendar's year turns is a custom too.
  if (v.form === 'date' && v.precision === 'day' && yearTurns(s.tokens.slice(Math.max(0, v.firstToken - 7), v.firstToken))) return false;
  // `I read it on 3 October 2024`, `last updated 2024-11-02`: the writer's own dates.
  if ((v.form === 'year' || v.form === 'date' || v.form === 'date-range') && (s.writersDates || (s.writerAt >= 0 && (!source || inOneClause(s.tokens, s.writerAt, v.firstToken))))) return false;
  // `the two dictators`, `their three sons`: a small number in words after a determiner refers to
  // things already known rather than counting them, unless the sentence says what kind they are.
  // (`all seven of her crew` counts the whole it names; so does `one of the nine men convicted`, a
  // part taken of it.)
  const before = s.tokens[v.firstToken - 1]?.lower ?? '';
  // `every number needs a source, including the 1.1 million.`: a figure after `the` that ends its
  // clause, with no word of what it counts, is one told before, named by its number.
  const next = s.tokens[v.endToken];
  if (v.form === 'count' && !v.hedge && before === 'the' && /\d/.test(v.text) && (next === undefined || /^[.,;:?!)]$/.test(next.text))) return false;
  // `taken prisoner in those six months`, `these two years`: a span already told, referred back to.
  // (In a source, `We have kept it open these six weeks`, `the River hath been froze these Five Weeks`:
  // a letter's or a sheet's own time so far, right after its verb, is told.)
  const soFarToldThen = source && before === 'these' && s.tokens[v.firstToken - 2]?.kind === 'word' && !SCENE_PREPOSITIONS.has(s.tokens[v.firstToken - 2]!.lower);
  if (v.form === 'duration' && /^(those|these)$/.test(before) && !soFarToldThen) return false;
  // `I think you dropped a zero!`: a zero is a digit, not a count.
  if (v.form === 'count' && v.text.toLowerCase() === 'zero' && before === 'a') return false;
  const part = v.firstToken >= 3 ? parseNumber(s.tokens, v.firstToken - 3) : undefined;
  const partTaken = before === 'the' && s.tokens[v.firstToken - 2]?.lower === 'of' && part?.end === v.firstToken - 2 && !part.ordinal;
  // (`In all nine sail were held`, with no comma after `In all`: a sum, no determiner.)
  const inAll = before === 'all' && s.tokens[v.firstToken - 2]?.lower === 'in';
  const wholeCounted = (before === 'all' && s.tokens[v.endToken]?.lower === 'of') || partTaken || inAll;
  // `the second of two wars`, `the last of three sieges`: a small number in words after an ordinal
  // and `of` places one thing in a series; it does not count the series.
  const placed = v.firstToken >= 2 ? parseNumber(s.tokens, v.firstToken - 2) : undefined;
  const inSeries = before === 'of' && ((placed?.ordinal === true && placed.end === v.firstToken - 1) || /^(last|final)$/.test(s.tokens[v.firstToken - 2]?.lower ?? ''));
  if (v.form === 'count' && !/\d/.test(v.text) && v.interval.nominal <= 12 && inSeries) return false;
  return !(v.form === 'count' && !/\d/.test(v.text) && v.interval.nominal <= 12 && !s.namesKind && DETERMINERS.has(before) && !wholeCounted && !saysWhichOnes(v, s.tokens));
}

/**
 * `the six inspectors appointed by that order`, `the four men taken by the press-gang`: a plural noun
 * after the count, then a deed done to them by someone, says which ones are counted; the count is
 * told, not referred back to as `the two dictators` is. (Only with `by`: `the two armies clashed at
 * Karsk` tells what the two did.)
 */
function saysWhichOnes(v: FoundValue, t: readonly Token[]): boolean {
  const noun = t[v.endToken];
  const deed = t[v.endToken + 1];
  if (noun?.kind !== 'word' || !/^\p{Ll}{3,}s$/u.test(noun.text) || deed?.kind !== 'word') return false;
  return isPastVerb(deed) && t[v.endToken + 2]?.lower === 'by';
}

/**
 * `So was it nine years or eleven?`, `we could not agree whether it lasted three years or eighteen
 * months`: a value a question or a `whether` offers as one of two asks, it does not state.
 */
function isAlternativeAsked(v: FoundValue, t: readonly Token[]): boolean {
  const offered = t[v.endToken]?.lower === 'or' || t[v.firstToken - 1]?.lower === 'or';
  if (!offered) return false;
  const last = [...t].reverse().find((x) => x.kind === 'punct' && !/^["”’')\]*]$/.test(x.text));
  return last?.text === '?' || t.slice(0, v.firstToken).some((x) => x.lower === 'whether');
}

/**
 * `(a) 18 days (b) 105 days (c) 199 days`: a value that alone fills one of two or more lettered
 * options (its hedge beside it) is a choice offered, not stated. Options that say more (`(a) it
 * forbade retreat, (b) it set up 800-man battalions`) are statements, and one lettered answer
 * (`4. (c) about 11 months`) states what it gives.
 */
function isOptionOffered(v: FoundValue, t: readonly Token[]): boolean {
  const marks = optionMarks(t);
  if (marks.length < 2) return false;
  const opens = marks.filter((m) => m.end <= v.firstToken).pop();
  if (!opens) return false;
  const closes = marks.find((m) => m.start >= v.endToken)?.start ?? t.length;
  const from = v.hedge ? t.findIndex((x) => x.start >= v.hedge!.range.start) : v.firstToken;
  const outsideValue = (k: number) => k < (from < 0 ? v.firstToken : from) || k >= v.endToken;
  for (let k = opens.end; k < closes; k++) if (outsideValue(k) && !/^([,;.]|or)$/.test(t[k]!.lower)) return false;
  return true;
}

/** The lettered option marks of a sentence (`(a)`, `b)`), each a different letter, as token ranges. */
function optionMarks(t: readonly Token[]): Array<{ start: number; end: number }> {
  const marks: Array<{ start: number; end: number; letter: string }> = [];
  for (let k = 1; k < t.length; k++) {
    if (t[k]!.text !== ')' || !/^[a-h]$/i.test(t[k - 1]!.text)) continue;
    const start = t[k - 2]?.text === '(' ? k - 2 : k - 1;
    const letter = t[k - 1]!.lower;
    if (!marks.some((m) => m.letter === letter)) marks.push({ start, end: k + 1, letter });
  }
  return marks;
}

/** `True or false: at one point the Germans held 95% of Stalingrad.`: a statement put to be judged, not stated. */
function putAsTrueOrFalse(s: Sentence): boolean {
  const words = s.tokens.slice(s.firstWord, s.firstWord + 4).map((t) => t.lower);
  return (words[0] === 'true' && words[1] === 'or' && words[2] === 'false') || (words[0] === 'false' && words[1] === 'or' && words[2] === 'true');
}

/** `**1. Argument (4/5).**`: a small number opening its sentence, then `.` or `)` and a capitalised word, numbers a part of the text. */
function numbersAPart(v: FoundValue, s: Sentence): boolean {
  if (v.form !== 'count' || v.hedge || !/^\d{1,2}$/.test(v.text) || v.firstToken !== s.firstWord) return false;
  const mark = s.tokens[v.endToken];
  const next = s.tokens[v.endToken + 1];
  return (mark?.text === '.' || mark?.text === ')') && next?.kind === 'word' && /^\p{Lu}/u.test(next.text);
}

/**
 * `Finnish casualties were less than a quarter of that`: a share of a figure told before (`that`,
 * `this` standing alone) compares two figures; it states no share of a whole.
 */
function isShareOfAFigure(v: FoundValue, t: readonly Token[]): boolean {
  const after = t[v.endToken + 2];
  return v.form === 'fraction' && t[v.endToken]?.lower === 'of' && /^(that|this)$/.test(t[v.endToken + 1]?.lower ?? '') &&
    (after === undefined || after.kind !== 'word' || /^(by|in|among|again)$/.test(after.lower));
}

/**
 * The checkable values of one sentence (`text` starts at `offset` in its document). `ignored` are
 * ranges whose values are not the writer's claims (citations, their locators).
 */
export function claimValues(text: string, offset: number, ignored: readonly TextRange[], context: ValueContext = {}, source = false): FoundValue[] {
  return sentenceValues(text, offset, ignored, context, source).claims;
}

/**
 * A sentence's claims, and the year it sets for the sentences after it: its last date's, a claim or
 * not (`In 1884 the women struck …` dates the `18 July` of the next sentence, though it only sets the scene).
 */
export interface SentenceValues {
  claims: FoundValue[];
  /** The year it sets for the sentences after it (its last date's, a claim or not). */
  year?: number;
  /** The years of its dates that are no claims (`In 1701 …`, which only sets the scene). */
  sceneYears?: number[];
}

/** `tokens`: the text's tokens as `tokenize(text, offset)` gives them, when the caller has read them already. */
export function sentenceValues(text: string, offset: number, ignored: readonly TextRange[], context: ValueContext = {}, source = false, tokens?: Token[]): SentenceValues {
  // A `sentence` of thousands of characters is data or debris, not prose: reading it costs more
  // than it could tell. A byline (`by Kit M. · 12 min read · updated …`) states nothing either.
  if (text.length > MAX_SENTENCE_LENGTH || /\bmin(ute)?s? read\b| · /i.test(text)) return { claims: [] };
  // A reference entry (`… University Press, ISBN 0-7006-0899-0, p. 378`, `Archived from the original on …`) states no history.
  if (/\bISBN|\bdoi:|\barchived from the original\b/i.test(text)) return { claims: [] };
  let values = outside(extractValues(text, offset, context, tokens), [...ignored, ...quotedRanges(text, offset, !source), ...markAndDebrisRanges(text, offset), ...(source ? linkedPageTitle(text, offset) : [])]);
  // A `sentence` holding dozens of values is data (a pasted table, a list of figures), not prose.
  if (values.length > MAX_VALUES_PER_SENTENCE) values = [];
  const dates = values.filter((v) => v.interval.dimension === 'date');
  const year = dates.length > 0 ? yearOfDay(dates[dates.length - 1]!.interval.low) : undefined;
  const withYear = (claims: FoundValue[]): SentenceValues => {
    const scene = dates.filter((d) => !claims.includes(d)).flatMap((d) => yearsOfDate(d.interval));
    return { claims, ...(year !== undefined ? { year } : {}), ...(scene.length > 0 ? { sceneYears: scene } : {}) };
  };
  // (A source's `nobody died` is read only where the sentence has words for it: most have none.)
  const none = source && /\b(no one|nobody|none)\b/i.test(text);
  if (values.length === 0 && !none) return withYear(values);
  const sentence = readSentence(text, tokens ?? tokenize(text, offset));
  const claims = values.filter((v) => isClaimValue(v, sentence, source)).filter((v, k, all) => !restatesDateBefore(all[k - 1], v, text, offset));
  return withYear(none ? [...claims, ...noneBefell(sentence.tokens, ignored)].sort((a, b) => a.range.start - b.range.start) : claims);
}

/**
 * `The 1838 flood, 180 years on (16 October 2018)`, a line under a page's `Related`: a line of a source
 * with no full stop that ends in a date in brackets is the title of another page and the day it was
 * posted: its values are the page's (`180 years on`, `in five objects`), and the date dates that page,
 * not what its title names.
 */
function linkedPageTitle(text: string, offset: number): TextRange[] {
  const m = /\(([^()]*\d{4})\)\s*$/.exec(text);
  if (!m || /[.!?;]/.test(text.slice(0, m.index)) || !/^\s*(\d{1,2}\s+\p{L}+|\p{L}+\s+\d{1,2},?)\s+\d{4}\s*$/u.test(m[1]!)) return [];
  return [{ start: offset, end: offset + text.length }];
}

/**
 * `24 June 1349, the feast of St John the Baptist`: a date set off by a comma right after a date of the
 * same day names that day again; one claim, not two.
 */
function restatesDateBefore(before: FoundValue | undefined, v: FoundValue, text: string, offset: number): boolean {
  if (!before || before.interval.dimension !== 'date' || v.interval.dimension !== 'date') return false;
  const sameDay = before.interval.low === v.interval.low && before.interval.high === v.interval.high;
  return sameDay && /^\s*[,—–]\s*$/.test(text.slice(before.range.end - offset, v.range.start - offset));
}

const NONE_WORDS = /^(nobody|none)$/;
const BEFELL = new Set(['killed', 'died', 'drowned', 'hurt', 'injured', 'wounded', 'arrested', 'lost']);

/**
 * In a source, `no one was killed`, `nobody died`: a count of none, which a draft's `0` may cite. (In
 * a draft such words are the writer's, checked by no one.)
 */
function noneBefell(tokens: readonly Token[], ignored: readonly TextRange[]): FoundValue[] {
  const found: FoundValue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const two = tokens[i]!.lower === 'no' && tokens[i + 1]?.lower === 'one';
    if (!two && !NONE_WORDS.test(tokens[i]!.lower)) continue;
    const end = two ? i + 2 : i + 1;
    const verb = /^(was|were)$/.test(tokens[end]?.lower ?? '') ? end + 1 : end;
    if (!BEFELL.has(tokens[verb]?.lower ?? '')) continue;
    const range = { start: tokens[i]!.start, end: tokens[end - 1]!.end };
    if (ignored.some((r) => r.start < range.end && range.start < r.end)) continue;
    const text = tokens.slice(i, end).map((t) => t.text).join(' ');
    found.push({ form: 'count', range, text, interval: { dimension: 'count', low: -0.5, high: 0.5, nominal: 0 }, firstToken: i, endToken: end });
  }
  return found;
}
