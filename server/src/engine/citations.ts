// Citations in a draft sentence, and which corpus source each names (CONTRACT.md, "Citations and sources").
import type { FootnoteDefinition, InlineLink, ProseBlock } from './prose.js';
import { pandocPages, trailingPages, type CitedPages } from './pageLocators.js';
import type { Citation, TextRange } from './types.js';
import { EVENT_TYPES, IRREGULAR_PAST, SPEECH_VERBS, TELLING_VERBS, TITLES } from './frames/lexicon.js';

export interface CitableSource {
  key: string;
  title: string;
  author?: string;
  urls?: string[];
}

/** Words that say nothing about which work a title is. */
const LITTLE_WORDS = new Set(['the', 'a', 'an', 'of', 'and', 'in', 'on', 'at', 'to', 'for', 'from', 'with', 'by']);

function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A text's words, lower case, apostrophes dropped, punctuation as spaces (titles and names compared so). */
export function words(text: string): string[] {
  return normalize(text).split(' ').filter(Boolean);
}

function surname(author: string): string {
  const parts = author.trim().split(/\s+/);
  return parts[parts.length - 1] ?? author;
}

/**
 * `Select Committee on the Lowen Valley`, `Society for the Relief of the Poor`: a body's name, whose
 * little words say it is no person's; its last word (`Valley`) is no surname, and names it only with
 * the rest.
 */
function isBodyName(author: string): boolean {
  return /\s(?:on|of|for|and|the|in|at)\s/.test(` ${author.trim()} `);
}

function containsWords(haystack: string[], needle: string[]): boolean {
  if (needle.length === 0 || needle.length > haystack.length) return false;
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Up to this many surnames and title words, a sentence is searched for each (see mayBeNamedIn). */
const FEW_FIRST_WORDS = 64;

/**
 * The word a title is looked up by in running text: its first word that is not a little word
 * (`battle` in `The Battle of Quilford: notes`). A text holds a whole title only if it holds this
 * word; filed under `the`, the title would be looked for in nearly every sentence.
 */
function tellingWord(titleWords: readonly string[]): string {
  return titleWords.find((w) => !LITTLE_WORDS.has(w)) ?? titleWords[0]!;
}
const LETTER_BEFORE = /\p{L}$/u;
const LETTER_AFTER = /^\p{L}/u;

/**
 * Whether `run`, a run of letters, stands in `text` as a whole run of letters (no letter just before
 * or after it): as one of the runs `/\p{L}+/gu` finds in the text.
 */
export function hasLetterRun(text: string, run: string): boolean {
  for (let at = text.indexOf(run); at >= 0; at = text.indexOf(run, at + 1)) {
    // (Two code units either side: a letter outside the basic plane is a pair of them.)
    if (!LETTER_BEFORE.test(text.slice(Math.max(0, at - 2), at)) && !LETTER_AFTER.test(text.slice(at + run.length, at + run.length + 2))) return true;
  }
  return false;
}

const escapeRegExp = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What a source is recognised by, worked out once per source rather than once per sentence. */
interface SourceSigns {
  titleWords: string[];
  /** The author's full name and surname as written, for a signal phrase (`Herman's`). */
  author?: { full: string; last: string; pattern: RegExp };
  /** The surname, lower case and without apostrophes, for a citation's text. */
  surname?: { word: string; pattern: RegExp };
}

function signsOf(s: CitableSource): SourceSigns {
  const signs: SourceSigns = { titleWords: words(s.title) };
  if (s.author) {
    const full = s.author.trim();
    const last = isBodyName(full) ? full : surname(full);
    signs.author = { full, last, pattern: new RegExp(`(?<![\\p{L}])(?:${escapeRegExp(full)}|${escapeRegExp(last)})(?:['’]s)?(?![\\p{L}])`, 'gu') };
    const word = normalize(last);
    if (word.length >= 2 && !isBodyName(full)) signs.surname = { word, pattern: new RegExp(`\\b${escapeRegExp(word)}\\b`, 'i') };
  }
  return signs;
}

/** What finding a draft's citations asks of the corpus (a bibliography may stand in front: see bibliography.ts). */
export interface CitationLookup {
  byKey(key: string): CitableSource | undefined;
  byText(text: string, allowSurnameOnly?: boolean): CitableSource | undefined;
  byUrl(url: string, linkText: string): CitableSource | undefined;
  namedIn(text: string): readonly NamedSource[];
}

/** Where a text names a corpus source (see CitationResolver.namedIn). */
export interface NamedSource {
  source: CitableSource;
  start: number;
  end: number;
  owns?: boolean;
}

/**
 * How many texts' answers namedIn keeps: a keystroke re-reads its block, whose every sentence asks
 * again, and a title edit a few blocks. (Each answer is a few objects, mostly an empty list.)
 */
const NAMED_KEPT = 512;

/** Resolves citation text to a corpus source: key, title (most complete match), author, address. */
export class CitationResolver implements CitationLookup {
  private readonly signs = new Map<CitableSource, SourceSigns>();

  /** Each source by its surname's first run of letters and by its title's first word (see mayBeNamedIn), made with the index. */
  private readonly byFirstWord: Map<string, number[]>;
  /** Each source by its title's first word, for quotations (see mayBeNamedIn), made when first asked. */
  private byTitleStart?: Map<string, number[]>;
  /** namedIn's answers for the texts asked lately, oldest first. */
  private readonly named = new Map<string, readonly NamedSource[]>();

  constructor(private readonly sources: readonly CitableSource[]) {
    this.byFirstWord = this.firstWords();
  }

  private signsOf(s: CitableSource): SourceSigns {
    let signs = this.signs.get(s);
    if (!signs) this.signs.set(s, (signs = signsOf(s)));
    return signs;
  }

  byKey(key: string): CitableSource | undefined {
    const lower = key.toLowerCase();
    const exact = this.sources.find((s) => s.key.toLowerCase() === lower);
    if (exact) return exact;
    // A pandoc key also resolves by the author's surname or the title's leading words run together.
    const letters = lower.replace(/[^a-z]/g, '');
    let best: { source: CitableSource; score: number } | undefined;
    for (const s of this.sources) {
      const name = s.author ? normalize(surname(s.author)).replace(/ /g, '') : '';
      let score = 0;
      if (name.length >= 3 && letters.includes(name)) score = name.length;
      const runTogether = this.signsOf(s).titleWords.join('');
      if (letters.length >= 6 && runTogether.startsWith(letters)) score = Math.max(score, letters.length);
      if (runTogether.length >= 6 && letters.startsWith(runTogether)) score = Math.max(score, runTogether.length);
      if (score > 0 && (!best || score > best.score)) best = { source: s, score };
    }
    return best?.source;
  }

  /** What byText found for each text lately (a draft cites the same few texts in sentence after sentence). */
  private readonly foundByText = new Map<string, CitableSource | null>();

  /** Finds the source a free text names (a footnote, a parenthetical, link text, a signal phrase). */
  byText(text: string, allowSurnameOnly = true): CitableSource | undefined {
    const key = `${allowSurnameOnly ? 1 : 0}${text}`;
    const known = this.foundByText.get(key);
    if (known !== undefined) return known ?? undefined;
    // (Kept small: typing in a footnote names a new text at each keystroke.)
    if (this.foundByText.size >= 2048) this.foundByText.clear();
    const found = this.readText(text, allowSurnameOnly);
    this.foundByText.set(key, found ?? null);
    return found;
  }

  private readText(text: string, allowSurnameOnly: boolean): CitableSource | undefined {
    const textWords = words(text);
    if (textWords.length === 0) return undefined;
    let best: { source: CitableSource; score: number } | undefined;
    const consider = (source: CitableSource, score: number) => {
      if (score > 0 && (!best || score > best.score)) best = { source, score };
    };
    const plain = text.replace(/[’']s\b/g, '').replace(/[’']/g, '');
    for (const s of this.sources) {
      for (const url of s.urls ?? []) if (url && text.includes(url)) consider(s, 1000);
      const signs = this.signsOf(s);
      const titleWords = signs.titleWords;
      if (containsWords(textWords, titleWords)) consider(s, 100 + titleWords.length);
      else {
        // The title's leading words (at least three, two of them more than `the`, `of`), as in
        // `"World War Two Part 2"` for a longer title; `The Salt` alone does not name `The Salt Rising
        // Gallery`, nor `The First World War` a title that opens `World War Two`.
        let n = titleWords.length - 1;
        while (n >= 3 && !containsWords(textWords, titleWords.slice(0, n))) n--;
        const telling = titleWords.slice(0, n).filter((w) => !LITTLE_WORDS.has(w)).length;
        if (n >= 3 && telling >= 2 && containsWords(textWords, titleWords.slice(0, n))) {
          const quoted = /["“]([^"”]+)["”]/.exec(text)?.[1];
          // A quoted fragment must be the title's beginning as a whole, not just share words with it.
          // (More of a title is a more complete match: `The Chapter Book of Hollinsby Abbey` names that
          // book, not a source titled `Hollinsby Abbey`; a whole title wins over as many leading words.)
          if (!quoted || words(quoted).length <= n) consider(s, 100 + n - 0.5);
        }
      }
      if (s.author) {
        const authorWords = words(s.author);
        if (containsWords(textWords, authorWords)) consider(s, 40 + authorWords.length);
        else if (allowSurnameOnly && signs.surname?.pattern.test(plain)) consider(s, 30);
      }
      if (textWords.includes(s.key.toLowerCase())) consider(s, 20);
    }
    return best?.source;
  }

  /**
   * Where a sentence names a corpus source in running text: its author's name or surname, its full
   * title, or a quoted title (or the title's first words, quoted). Kept for the texts asked lately
   * (the same answer, to be read, not changed).
   */
  namedIn(text: string): readonly NamedSource[] {
    let found = this.named.get(text);
    if (found === undefined) {
      if (this.named.size >= NAMED_KEPT) this.named.delete(this.named.keys().next().value!);
      this.named.set(text, (found = this.findNamed(text)));
    }
    return found;
  }

  /** namedIn's answer, found afresh. */
  private findNamed(text: string): NamedSource[] {
    const found: NamedSource[] = [];
    // (How many title words each match of a quotation matched: see below.)
    const quoteWords = new Map<NamedSource, number>();
    const quotes = [...text.matchAll(/["“]([^"”]{3,200})["”]/g)].map((m) => ({ at: m.index!, length: m[0].length, words: words(m[1]!) }));
    const normalized = ` ${normalize(text)} `;
    // (Only a source whose surname or title's first telling word the text has, or whose title's first word a quotation has.)
    for (const s of this.mayBeNamedIn(text, normalized, quotes)) {
      const { author, titleWords } = this.signsOf(s);
      // (A name the text does not contain cannot match: most sentences name no source.)
      if (author && text.includes(author.last)) {
        author.pattern.lastIndex = 0;
        for (const m of text.matchAll(author.pattern)) {
          const after = text.slice(m.index! + m[0].length);
          if (/^\p{Lu}/u.test(m[0]) && !actsHimself(after) && !(isBody(author.full) && bodyActs(after)) && !anotherOfTheName(author.full, m[0], text.slice(0, m.index!))) found.push({ source: s, start: m.index!, end: m.index! + m[0].length, ...(ownsAThing(m[0], after) ? { owns: true } : {}) });
        }
      }
      for (const q of quotes) {
        const prefix = q.words.length >= 2 && titleWords.length >= q.words.length && q.words.every((w, i) => titleWords[i] === w);
        if (!prefix && !containsWords(q.words, titleWords)) continue;
        const named = { source: s, start: q.at, end: q.at + q.length };
        found.push(named);
        quoteWords.set(named, Math.min(q.words.length, titleWords.length));
      }
      if (titleWords.length >= 3) {
        if (normalized.includes(` ${titleWords.join(' ')} `)) {
          const at = text.toLowerCase().indexOf(titleWords[0]!);
          if (at >= 0) found.push({ source: s, start: at, end: at + titleWords[0]!.length });
        }
      }
    }
    // A quotation names the source whose title it gives most of: `"Five Things You Never Knew About
    // the Harrowdale Pass"` is that post's title, not the shorter `Harrowdale Pass` within it.
    if (quoteWords.size === 0) return found;
    const longest = new Map<number, number>();
    for (const [n, matched] of quoteWords) longest.set(n.start, Math.max(longest.get(n.start) ?? 0, matched));
    return found.filter((n) => quoteWords.get(n) === undefined || quoteWords.get(n) === longest.get(n.start));
  }

  /**
   * The sources a text may name by author or title, in the corpus's order: those whose surname's
   * first run of letters, or whose title's first telling word (`tellingWord`), is a word of the text;
   * and those whose title's first word is a word of one of its quotations (a quoted title, or its
   * first words, opens with it).
   * (A sentence names a source by a whole word of it; looking each source up by that word keeps a
   * sentence's cost from growing with the corpus.)
   */
  private mayBeNamedIn(text: string, normalized: string, quotes: ReadonlyArray<{ words: readonly string[] }> = []): CitableSource[] {
    const found = new Set<number>();
    if (this.byFirstWord.size <= FEW_FIRST_WORDS) {
      // (A few words are sooner looked for in the text than the text's words looked up: the same sources.)
      for (const [word, sources] of this.byFirstWord) {
        const named = word.startsWith('title:') ? normalized.includes(` ${word.slice(6)} `) : hasLetterRun(text, word);
        if (named) for (const i of sources) found.add(i);
      }
    } else {
      for (const [w] of text.matchAll(/\p{L}+/gu)) for (const i of this.byFirstWord.get(w) ?? []) found.add(i);
      for (const w of normalized.split(' ')) for (const i of this.byFirstWord.get(`title:${w}`) ?? []) found.add(i);
    }
    if (quotes.length > 0) {
      this.byTitleStart ??= this.titleStarts();
      for (const q of quotes) for (const w of q.words) for (const i of this.byTitleStart.get(w) ?? []) found.add(i);
    }
    return [...found].sort((a, b) => a - b).map((i) => this.sources[i]!);
  }

  /** Each source with a title by its title's first word, however short the title. */
  private titleStarts(): Map<string, number[]> {
    const map = new Map<string, number[]>();
    this.sources.forEach((s, i) => {
      const first = this.signsOf(s).titleWords[0];
      if (first !== undefined) map.set(first, [...(map.get(first) ?? []), i]);
    });
    return map;
  }

  /** Each source by its surname's first run of letters (as written) and by its title's first telling word (`title:` and the word). */
  private firstWords(): Map<string, number[]> {
    const map = new Map<string, number[]>();
    const add = (word: string, i: number) => {
      const list = map.get(word);
      if (!list) map.set(word, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    };
    this.sources.forEach((s, i) => {
      const { author, titleWords } = this.signsOf(s);
      const run = author && /\p{L}+/u.exec(author.last)?.[0];
      if (run) add(run, i);
      if (titleWords.length >= 3) add(`title:${tellingWord(titleWords)}`, i);
    });
    return map;
  }

  byUrl(url: string, linkText: string): CitableSource | undefined {
    const byAddress = this.sources.find((s) => (s.urls ?? []).some((u) => u && (url === u || url.startsWith(u))));
    return byAddress ?? this.byText(linkText);
  }
}

const PANDOC = /\[([^\[\]]*?@[\p{L}\p{N}_][^\[\]]*?)\]/gu;
const PANDOC_KEY = /(?:^|[\s;\[-])-?@([\p{L}\p{N}_][\p{L}\p{N}_:.#$%&+?<>~/-]*[\p{L}\p{N}_])/gu;
/** Words for what a writer wrote or said: `Herman's post`, `Quarmby's own words`, `Venning's count`. */
const WRITINGS = new Set([
  'account', 'accounts', 'article', 'blog', 'book', 'books', 'chronicle', 'claim', 'claims', 'column', 'count', 'counts', 'description',
  'diary', 'entry', 'essay', 'estimate', 'estimates', 'figure', 'figures', 'history', 'interview', 'journal', 'letter', 'letters', 'list',
  'memoir', 'memoirs', 'narrative', 'notes', 'number', 'numbers', 'page', 'paper', 'post', 'posts', 'reckoning', 'recollection',
  'recollections', 'record', 'records', 'register', 'report', 'roll', 'site', 'story', 'study', 'table', 'tally', 'testimony', 'text',
  'thread', 'total', 'translation', 'version', 'view', 'website', 'words', 'work', 'argument', 'comment', 'reply', 'telling', 'source',
  'transcription', 'transcript', 'archive', 'archives', 'dates', 'date', 'papers', 'edition', 'catalogue', 'file', 'files', 'collection',
  'survey', 'returns', 'research', 'findings', 'data', 'tables', 'timeline', 'chart', 'summary', 'photographs', 'map', 'maps', 'sources',
]);

/**
 * `The flood left Josiah Ashdown rebuilding`, where Mercy Ashdown wrote a source: the surname after a
 * given name that is not the author's is another of the family, not a signal phrase. (A title before
 * it, `Mrs Ashdown`, `Dr Ashdown`, may still be the author.)
 */
function anotherOfTheName(full: string, matched: string, before: string): boolean {
  const given = /(\p{Lu}\p{Ll}+)\s+$/u.exec(before)?.[1];
  // (Not the text's first word, `Per Wrayburn, …`, nor a title, `Canon Dunmore's page says`.)
  if (given === undefined || before.trim() === given || matched.replace(/['’]s$/, '') === full || TITLES.has(given.toLowerCase())) return false;
  return !NO_GIVEN_NAMES.has(given.toLowerCase()) && !full.split(/\s+/).slice(0, -1).includes(given);
}

/** Capitalised words before a surname that are no given name: a sentence's opening words, `Historian Ashdown`. */
const NO_GIVEN_NAMES = new Set(['the', 'a', 'an', 'in', 'on', 'at', 'by', 'to', 'for', 'from', 'of', 'as', 'and', 'but', 'so', 'then', 'when', 'while',
  'after', 'before', 'this', 'that', 'these', 'those', 'according', 'unlike', 'like', 'with', 'without', 'historian', 'writer', 'author']);

/**
 * `Wellock himself lost three of his own children`: an author named doing something themself, not
 * telling it, is what the sentence is about, not its source (`Wellock himself wrote` still cites).
 */
function actsHimself(after: string): boolean {
  const next = /^\s+(himself|herself|themselves)\s+(\p{L}+)/u.exec(after);
  return next !== null && !SPEECH_VERBS.has(next[2]!.toLowerCase());
}

/** Verbs of a source's telling, beyond speech: what a writer does to the facts, not in them. */
const SOURCE_VERBS: ReadonlySet<string> = new Set(['gave', 'gives', 'listed', 'lists', 'dated', 'dates', 'described', 'describes', 'insisted', 'boasted',
  'admitted', 'conceded', 'confirmed', 'denied', 'doubted', 'concluded', 'blamed', 'named', 'names', 'found', 'showed', 'shows', 'made',
  // (What a witness or a timekeeper did is how they know: `Captain Rooke heard that …`, `the Mercury timed the Heron at …`.)
  'heard', 'learned', 'learnt', 'saw', 'witnessed', 'watched', 'observed', 'timed', 'measured', 'read', 'knew', 'guessed', 'supposed', 'feared', 'hoped']);

/**
 * `Then Orrell locked the gates`, `and then Orrell locked the whole mill`: an author named as doing a
 * deed of the story (a verb in the past that tells nothing) is a person in the history, not the
 * sentence's source.
 */
function actsInTheStory(after: string): boolean {
  const verb = /^\s+(\p{Ll}+)/u.exec(after)?.[1];
  if (verb === undefined || SPEECH_VERBS.has(verb) || TELLING_VERBS.has(verb) || SOURCE_VERBS.has(verb)) return false;
  return IRREGULAR_PAST.has(verb) || /^\p{Ll}{3,}ed$/u.test(verb);
}

/** Last words of a body's name (`Tarnholt Aeronautical Society`): no person's surname. */
const BODY_WORDS = new Set(['society', 'association', 'company', 'museum', 'trust', 'council', 'committee', 'club', 'institute', 'institution',
  'library', 'board', 'commission', 'department', 'league', 'guild', 'federation', 'foundation', 'college', 'university', 'union', 'corporation']);

/** An author that is a body: its name has a body's little words or ends in a body's word. */
function isBody(author: string): boolean {
  return isBodyName(author) || BODY_WORDS.has(surname(author).toLowerCase());
}

/** What a body does when it tells or holds what is written (`The Society lists 16 aboard`, `has 16`). */
const BODY_TELLS = new Set([...SPEECH_VERBS, ...TELLING_VERBS, 'lists', 'listed', 'gives', 'gave', 'shows', 'showed', 'names', 'named', 'dates', 'dated',
  'has', 'had', 'prints', 'printed', 'publishes', 'published', 'describes', 'described', 'numbers', 'keeps', 'kept', 'holds', 'held', 'puts', 'agrees', 'disagrees']);

/**
 * `The Tarnholt Aeronautical Society is founded`, `The Society sells the Heron for scrap`: a body
 * named doing something, or having something done to it, is what the sentence is about, not its
 * source (`The Society lists 16 aboard` still cites).
 */
function bodyActs(after: string): boolean {
  const passive = /^\s+(?:is|was|were|has\s+been|had\s+been)\s+(\p{Ll}+)/u.exec(after);
  if (passive) return /(ed|en|t)$/.test(passive[1]!) && !BODY_TELLS.has(passive[1]!);
  const verb = /^\s+(\p{Ll}+)/u.exec(after)?.[1];
  return verb !== undefined && /(s|ed)$/.test(verb) && !BODY_TELLS.has(verb) && !WRITINGS.has(verb);
}

/**
 * `At Quarmby's mill, seventeen hands died`: an author's name that owns a thing that is not something
 * they wrote (as `Herman's post`, `Herman's forum post` are) names that thing, not the source: no
 * signal phrase, and its words are read (they say where).
 */
function ownsAThing(name: string, after: string): boolean {
  const owned = /['’]s$/.test(name) ? /^\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?/u.exec(after) : null;
  if (!owned) return false;
  return !WRITINGS.has(owned[1]!) && !(owned[2] !== undefined && WRITINGS.has(owned[2]));
}

/**
 * The keys of a pandoc citation's content (`see @a, p. 3; @b`), each with the page its locator gives
 * and where the key stands in the content (its `@`).
 */
export function pandocKeys(content: string): Array<{ key: string; at: number; page?: CitedPages }> {
  const out: Array<{ key: string; at: number; page?: CitedPages }> = [];
  const keys = [...content.matchAll(PANDOC_KEY)];
  keys.forEach((m, i) => {
    const key = m[1]!;
    const at = m.index! + m[0].lastIndexOf(`@${key}`);
    const after = at + 1 + key.length;
    const next = content.indexOf(';', after);
    const end = Math.min(next < 0 ? content.length : next, keys[i + 1]?.index ?? content.length);
    out.push({ key, at, page: pandocPages(content.slice(after, end), after) });
  });
  return out;
}

const NUMBERED = /\[(\d{1,3})\](?!\()/g;
const PARENTHETICAL = /\(([^()]{1,160})\)/g;
/** An author-date reference's year after the author's name: ` (2012)`, ` (2012, p. 4)`. */
const AUTHOR_YEAR = /^\s?\(\d{4}[a-z]?(?:,[^()]{1,20})?\)/;
const NAME = "[\\p{Lu}][\\p{L}'’-]+";
const NAMES = `${NAME}(?:\\s+(?:and|&)\\s+${NAME}|\\s+et al\\.?|,?\\s+${NAME})*`;
// A page, or a book and chapter (`7.71`), or a volume and page (`2: 57`); or a year (or `n.d.`) and a page.
const PLACE = '\\d+(?:(?:\\.|:\\s?)\\d+)*(?:[-–]\\d+)?';
const LOCATOR = `(?:,?\\s*(?:p{1,2}\\.\\s*)?${PLACE}|,?\\s*(?:\\d{4}[a-z]?|n\\.\\s?d\\.)(?:,\\s*(?:p{1,2}\\.\\s*)?${PLACE})?)?`;
/** Names, maybe with a year and a page (`Vale and Hurst 2001, p. 7`): built once, not for each parenthesis. */
const NAMES_AND_LOCATOR = new RegExp(`^${NAMES}${LOCATOR}$`, 'u');

/** A parenthesis whose content reads as an in-text citation: a quoted title or a name, maybe a page. */
function looksLikeParenthetical(content: string): boolean {
  const c = content.trim();
  // A quoted title, in double or single quotes, maybe with a year (or `n.d.`) and a page.
  if (/^(["“][^"”]+["”]|['‘][^'’]+['’])(,?\s*(n\.\s?d\.|\d{4}[a-z]?))?(,?\s*(p{1,2}\.\s*)?[\divxlc]+([-–]\d+)?)?$/i.test(c)) return true;
  return NAMES_AND_LOCATOR.test(c) && !/^\d/.test(c);
}

/**
 * `a series of assaults (Rzhev Battles) in the directions of Rzhev`: a name whose last word is a kind
 * of event, with no year or page, names what the sentence tells of; a work cited is named otherwise.
 */
function namesAKindOfEvent(content: string): boolean {
  const words = content.trim().split(/\s+/);
  return !/\d/.test(content) && EVENT_TYPES.has(words[words.length - 1]!.toLowerCase());
}

/**
 * `known as "Rzhev meat grinder" ("Ржевская мясорубка")`: a quoted phrase in brackets right after a
 * quoted phrase is that phrase in another tongue or spelling, no work cited.
 */
function glossesQuote(text: string, start: number): boolean {
  return /["”’']\s*$/.test(text.slice(Math.max(0, start - 3), start)) && /^\(\s*["“‘']/.test(text.slice(start, start + 3));
}

/**
 * `Konstantin Konstantinovich (Xaverevich) Rokossovsky`: a bracketed name between two capitalised
 * words of a name is part of it (a patronymic, a nickname, a former name), no citation.
 */
function withinName(text: string, start: number, end: number): boolean {
  // (`The 3rd (Motorised) Infantry Division`: after a unit's number too.)
  return /(\p{Lu}[\p{L}'’.-]*|\d+(st|nd|rd|th))\s+$/u.test(text.slice(Math.max(0, start - 40), start)) && /^\s+\p{Lu}\p{Ll}/u.test(text.slice(end, end + 4));
}

export interface SentenceCitations {
  citations: Citation[];
  /** Ranges of citation text: no claims and no terms come from them. */
  ignored: TextRange[];
}

/** Link text the writer's sentence runs through: in lower case, not set in brackets, no folio or page. */
function linkTextIsProse(link: InlineLink, sentenceText: string, sentenceStart: number): boolean {
  const text = link.text.trim();
  const before = sentenceText.slice(0, link.range.start - sentenceStart).trimEnd();
  return /^\p{Ll}/u.test(text) && !before.endsWith('(') && !/\b(f|ff|fol|p|pp|para|par|ch)\.\s*\d/.test(text);
}

/**
 * `… two million people. [World War Two Part 2](…) calls it …`: a link whose text opens the next
 * sentence, words following it, is that sentence's, though its bracket stands before it (a link alone
 * after the final period, `… 199 days. [the blog](…)`, is still this sentence's citation).
 */
function opensNextSentence(link: InlineLink, next: number, text: string, base: number): boolean {
  return link.textRange.start >= next && /^\s+\p{L}/u.test(text.slice(link.range.end - base, link.range.end - base + 40));
}

/**
 * Citations belonging to one sentence: inside it, or right after its final punctuation
 * (`...199 days.[^3]`). `after` is where the sentence's trailing citations may end.
 */
export function findCitations(
  block: ProseBlock,
  sentence: TextRange,
  after: number,
  footnotes: ReadonlyMap<string, FootnoteDefinition>,
  resolver: CitationLookup,
  numberedReferences: ReadonlyMap<number, string> = new Map(),
): SentenceCitations {
  const citations: Citation[] = [];
  const ignored: TextRange[] = [];
  // A link or mark may open the sentence (`[Herman's post](…) says …`) or follow its final period.
  const within = (r: TextRange) => r.end > sentence.start && r.start < Math.max(sentence.end, after);
  const local = block.text;
  const base = block.range.start;
  const sentenceText = local.slice(sentence.start - base, sentence.end - base);

  for (const ref of block.footnoteReferences) {
    if (!within(ref.range)) continue;
    const definition = footnotes.get(ref.label);
    const source = definition ? resolver.byText(definition.text) : undefined;
    const page = definition && trailingPages('footnote', definition.text)?.text;
    citations.push({
      form: 'footnote', range: ref.range, reference: definition?.text ?? `[^${ref.label}]`,
      sourceKey: source?.key, label: ref.label, definitionRange: definition?.range, ...(page ? { page } : {}),
    });
  }
  for (const link of block.links) {
    if (!within(link.range) || opensNextSentence(link, Math.max(sentence.end, after), local, base)) continue;
    // A numbered mark with a definition (`[21]` … `[21]: https://…`) reads as a link.
    const source = resolver.byUrl(link.url, link.text);
    citations.push({ form: 'link', range: link.range, reference: link.url || link.text, sourceKey: source?.key });
    // Link text that is the writer's prose (`the fires left [about three-quarters of Moscow](…) in
    // ashes`) is read as the sentence's words; a title (`[Battle of Stalingrad (1942-43)](…)`) is not,
    // nor one set in brackets as a citation is (`([register scan, f. 3](…))`).
    if (linkTextIsProse(link, sentenceText, sentence.start)) ignored.push({ start: link.range.start, end: link.textRange.start }, { start: link.textRange.end, end: link.range.end });
    else ignored.push(link.range);
  }
  const bracket = sentenceText.includes('['); // (Each search below needs a `[` or a `(`: most sentences have neither.)
  for (const match of bracket && sentenceText.includes('@') ? sentenceText.matchAll(PANDOC) : []) {
    const start = sentence.start + match.index!;
    const range = { start, end: start + match[0].length };
    ignored.push(range);
    for (const { key, page } of pandocKeys(match[1]!)) {
      const source = resolver.byKey(key);
      citations.push({ form: 'pandoc', range, reference: key, sourceKey: source?.key, ...(page ? { page: page.text } : {}) });
    }
  }
  for (const match of bracket ? sentenceText.matchAll(NUMBERED) : []) {
    const start = sentence.start + match.index!;
    const range = { start, end: start + match[0].length };
    if (ignored.some((r) => r.start <= range.start && r.end >= range.end)) continue;
    ignored.push(range);
    const entry = numberedReferences.get(Number(match[1]));
    const source = entry ? resolver.byText(entry) : undefined;
    citations.push({ form: 'numbered', range, reference: entry ?? match[0], sourceKey: source?.key });
  }
  for (const match of sentenceText.includes('(') ? sentenceText.matchAll(PARENTHETICAL) : []) {
    if (!looksLikeParenthetical(match[1]!) || withinName(sentenceText, match.index!, match.index! + match[0].length) || glossesQuote(sentenceText, match.index!) || namesAKindOfEvent(match[1]!)) continue;
    const start = sentence.start + match.index!;
    const range = { start, end: start + match[0].length };
    ignored.push(range);
    const source = resolver.byText(match[1]!);
    const page = trailingPages('parenthetical', match[1]!)?.text;
    citations.push({ form: 'parenthetical', range, reference: match[1]!.trim(), sourceKey: source?.key, ...(page ? { page } : {}) });
  }
  // `| 8 | Axis troops trapped | about 300,000 | Beevor, p. 271 |`: a row's cell under a `Source`
  // column cites what it names, unless a mark in it already does.
  const cell = block.citationCell && { start: base + block.citationCell.start, end: base + block.citationCell.end };
  const cellText = cell ? local.slice(cell.start - base, cell.end - base).replace(/^\s*\|?|\|?\s*$/g, '').trim() : '';
  if (cell && within(cell) && /[\p{L}\p{N}]/u.test(cellText) && !citations.some((c) => c.range.start < cell.end && cell.start < c.range.end)) {
    ignored.push(cell);
    citations.push({ form: 'table-cell', range: cell, reference: cellText, sourceKey: resolver.byText(cellText)?.key });
  }
  citations.push(...signalPhrases(sentenceText, sentence.start, resolver, ignored));
  return { citations, ignored };
}

/** Signal phrases: where the sentence names a corpus source's author or title in running text (their ranges join `ignored`). */
function signalPhrases(sentenceText: string, start: number, resolver: CitationLookup, ignored: TextRange[]): Citation[] {
  const found: Citation[] = [];
  for (const mention of resolver.namedIn(sentenceText)) {
    // `Herman (2012) frames the order …`: an author's year in brackets belongs to the citation.
    const year = AUTHOR_YEAR.exec(sentenceText.slice(mention.end));
    const range = { start: start + mention.start, end: start + mention.end + (year?.[0].length ?? 0) };
    if (ignored.some((r) => r.start < range.end && range.start < r.end)) continue;
    if (mention.owns) continue; // (`At Quarmby's mill`: see ownsAThing.)
    if (actsInTheStory(sentenceText.slice(mention.end))) continue;
    ignored.push(range);
    found.push({ form: 'signal-phrase', range, reference: sentenceText.slice(mention.start, mention.end), sourceKey: mention.source.key });
  }
  return found;
}
