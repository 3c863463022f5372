// Finds every value a sentence states: counts, shares, durations and dates, with their hedges.
// Deciding which of them are claims (not names, pages, scene-setting years) is claims.ts's work.
import {
  FIXED_FEASTS,
  MONTHS,
  SAINTS_DAYS,
  SEASONS,
  WEEKDAYS,
  calendarDate,
  dayInterval,
  dayNumber,
  halfOfMonthInterval,
  halfOfYearInterval,
  isValidDay,
  isMonthAbbreviation,
  isYearNumber,
  monthInterval,
  partOfDecadeInterval,
  partOfMonthInterval,
  partOfYearInterval,
  seasonInterval,
  yearInterval,
  yearOfDay,
} from './dates.js';
import { DAYS_PER_UNIT, applyHedge, bareInterval } from './intervals.js';
import {
  FRACTION_WORDS,
  SCALES,
  parseBelowHundred,
  endsPhrase,
  parseFractionWords,
  parseNumber,
  NUMBER_WORD_OPENERS,
  mayOpenNumberWords,
  parseNumberWords,
  parseWordYear,
  romanValue,
  type ParsedNumber,
} from './numbers.js';
import { isDash, makeToken, tokenize, type Token } from './tokens.js';
import type { HedgeKind, QuantityInterval, ValueMention } from './types.js';
import { wordTable } from './wordTable.js';
import { COUNTED_THINGS } from './frames/lexicon.js';
import { isStopword } from './terms.js';

export type ValueForm = 'count' | 'fraction' | 'duration' | 'date' | 'year' | 'date-range';

/** What the text around a sentence says, for values the sentence leaves open. */
export interface ValueContext {
  /** The year of the surrounding paragraph or heading: it dates a day and month the sentence gives no year. */
  year?: number;
}

export interface FoundValue extends ValueMention {
  form: ValueForm;
  /** For dates: the smallest unit named (a season or part of a year reads as `season`). */
  precision?: 'day' | 'month' | 'season' | 'year';
  /** A day or month the sentence gives no year, dated by the year of the text around it: that year is a guess. */
  yearFromContext?: boolean;
  /** For counts: the unit of measure, when the number measures rather than counts (`50 paces`). */
  measure?: string;
  /** Token indexes of the value (without its hedge), into the sentence's tokens. */
  firstToken: number;
  endToken: number;
}

const UNIT_WORDS: Record<string, string> = wordTable({
  day: 'day', days: 'day', week: 'week', weeks: 'week', fortnight: 'fortnight', fortnights: 'fortnight',
  month: 'month', months: 'month', year: 'year', years: 'year', decade: 'decade', decades: 'decade',
  century: 'century', centuries: 'century', hour: 'hour', hours: 'hour', minute: 'minute', minutes: 'minute',
  yr: 'year', yrs: 'year', mo: 'month', mos: 'month', mth: 'month', mths: 'month', wk: 'week', wks: 'week',
  hr: 'hour', hrs: 'hour', min: 'minute', mins: 'minute',
  // (Only the plural: `the second siege` is an ordinal.)
  seconds: 'second', secs: 'second',
});

/** The unit of time a word names (`weeks` → `week`), as the value reader reads lengths; else undefined. */
export function timeUnitOf(word: string): string | undefined {
  return UNIT_WORDS[pluralPossessiveFree(word.toLowerCase())];
}

/** `seven years' transportation`, `three weeks’ wages`: a plural unit's possessive is the unit. */
function pluralPossessiveFree(word: string): string {
  return /s['’]$/.test(word) ? word.slice(0, -1) : word;
}

/** Units of measure: a number of them is a measurement, never a count of people or things. */
const MEASURE_WORDS: Record<string, string> = wordTable({
  pace: 'pace', paces: 'pace', mile: 'mile', miles: 'mile', league: 'league', leagues: 'league', km: 'kilometre', kilometre: 'kilometre',
  kilometres: 'kilometre', kilometer: 'kilometre', kilometers: 'kilometre', metre: 'metre', metres: 'metre',
  meter: 'metre', meters: 'metre', m: 'metre', foot: 'foot', feet: 'foot', ft: 'foot', yard: 'yard', yards: 'yard',
  ton: 'ton', tons: 'ton', tonne: 'ton', tonnes: 'ton', pound: 'pound', pounds: 'pound', lb: 'pound', lbs: 'pound',
  kilogram: 'kilogram', kilograms: 'kilogram', kg: 'kilogram', acre: 'acre', acres: 'acre', hectare: 'hectare',
  hectares: 'hectare', square: 'square', degrees: 'degree', degree: 'degree', dollars: 'dollar', dollar: 'dollar',
  rubles: 'ruble', roubles: 'ruble', marks: 'mark', francs: 'franc', crowns: 'crown', guilders: 'guilder',
  calories: 'calorie', gallons: 'gallon', litres: 'litre', liters: 'litre', shells: 'shell', rounds: 'round',
});

/** Vulgar fraction characters written after a number: `6½`. */
const VULGAR_FRACTIONS: Record<string, number> = wordTable({ '½': 0.5, '¼': 0.25, '¾': 0.75, '⅓': 1 / 3, '⅔': 2 / 3 });

/** Hedge phrases, longest first, as lower-case token sequences ending right before the value. */
const HEDGES: Array<[string[], HedgeKind]> = [
  // (Before `more than` and `fewer than`, which they turn about.)
  [['not', 'fewer', 'than'], 'at-least'],
  [['not', 'less', 'than'], 'at-least'],
  [['not', 'more', 'than'], 'up-to'],
  // (`not above sixty were set up`: at most sixty, where `above` alone is more.)
  [['not', 'above'], 'up-to'],
  [['not', 'over'], 'up-to'],
  [['not', 'below'], 'at-least'],
  [['not', 'under'], 'at-least'],
  [['somewhere', 'around'], 'approximate'],
  [['somewhere', 'near'], 'approximate'],
  [['on', 'the', 'order', 'of'], 'approximate'],
  [['in', 'the', 'region', 'of'], 'approximate'],
  [['an', 'estimated'], 'approximate'],
  [['close', 'to'], 'approximate'],
  [['approximately'], 'approximate'],
  [['approx', '.'], 'approximate'],
  [['approx'], 'approximate'],
  [['circa'], 'approximate'],
  [['about'], 'approximate'],
  [['around'], 'approximate'],
  [['roughly'], 'approximate'],
  [['some'], 'approximate'],
  [['estimated'], 'approximate'],
  [['near'], 'approximate'],
  [['nearly'], 'nearly'],
  [['almost'], 'nearly'],
  [['not', 'quite'], 'nearly'],
  [['just', 'under'], 'nearly'],
  [['upwards', 'of'], 'over'],
  [['in', 'excess', 'of'], 'over'],
  [['more', 'than'], 'over'],
  [['over'], 'over'],
  [['above'], 'over'],
  [['exceeding'], 'over'],
  [['surpass', 'the'], 'over'],
  [['surpassed', 'the'], 'over'],
  [['passed'], 'over'],
  [['surpassed'], 'over'],
  [['exceeded'], 'over'],
  [['topped'], 'over'],
  [['at', 'least'], 'at-least'],
  [['no', 'fewer', 'than'], 'at-least'],
  [['no', 'less', 'than'], 'at-least'],
  [['a', 'minimum', 'of'], 'at-least'],
  [['up', 'to'], 'up-to'],
  [['as', 'much', 'as'], 'up-to'],
  [['as', 'many', 'as'], 'up-to'],
  [['at', 'most'], 'up-to'],
  [['no', 'more', 'than'], 'up-to'],
  [['a', 'maximum', 'of'], 'up-to'],
  [['less', 'than'], 'under'],
  [['fewer', 'than'], 'under'],
  [['under'], 'under'],
  [['below'], 'under'],
];

/** Words that may stand between a hedge and its value without changing it. */
const HEDGE_FILLERS = new Set(['only', 'just', 'well', 'reportedly', 'barely', 'merely', 'a', 'an']);

interface SentenceText {
  text: string;
  offset: number;
  tokens: Token[];
}

function slice(s: SentenceText, first: number, end: number): { range: { start: number; end: number }; text: string } {
  const start = s.tokens[first]!.start;
  const stop = s.tokens[end - 1]!.end;
  return { range: { start, end: stop }, text: s.text.slice(start - s.offset, stop - s.offset) };
}


/**
 * A year in digits or in words (`nineteen-forty-one`, `nineteen hundred and forty-one`) where a
 * year is expected: after a month, a season, `the end of`. `two thousand` is not read as a year,
 * so `In March, two thousand men marched` keeps its count.
 */
function parseYear(tokens: Token[], i: number): { year: number; end: number } | undefined {
  const at = shortYearAt(tokens, i);
  if (isYearNumber(tokens[at])) return { year: Number(tokens[at]!.text), end: at + 1 };
  const words = parseWordYear(tokens, i);
  return words ? { year: words.year, end: words.end } : undefined;
}

/**
 * The year of a day in January, February or March: `1645/6`, `1645/46` is a year of the old style,
 * which began in late March, so the day is in the later year. (`the winter of 1942/43` is two years.)
 */
function parseDayYear(tokens: Token[], i: number, month: number): { year: number; end: number } | undefined {
  const year = parseYear(tokens, i);
  if (!year) return undefined;
  const editor = editorsYear(tokens, year, month);
  if (editor) return editor;
  const slash = tokens[year.end];
  if (slash?.text !== '/' || slash.start !== tokens[i]!.end || tokens[year.end + 1]?.start !== slash.end) return year;
  return laterOldStyleYear(year.year, tokens[year.end + 1], month) ? { year: year.year + 1, end: year.end + 2 } : year;
}

/** `/6` after 1645, `/46`: the next year's last digits, naming the later year of an old-style pair, for a day in January to March. */
function laterOldStyleYear(year: number, tail: Token | undefined, month: number): boolean {
  return month <= 3 && tail?.kind === 'number' && /^\d{1,2}$/.test(tail.text) && Number(tail.text) === (year + 1) % 10 ** tail.text.length;
}

/**
 * `sixteen hundred seventy and one [1671/2]`: an editor's old-style year in brackets after the year as
 * written says which year a day in January, February or March fell in (the later); after another
 * month it only repeats the year. Either way the bracket is part of the date, no value of its own.
 */
function editorsYear(tokens: Token[], written: { year: number; end: number }, month: number): { year: number; end: number } | undefined {
  const k = written.end;
  if (tokens[k]?.text !== '[' || !isYearNumber(tokens[k + 1]) || Number(tokens[k + 1]!.text) !== written.year) return undefined;
  if (tokens[k + 2]?.text === ']') return { year: written.year, end: k + 3 };
  if (tokens[k + 2]?.text !== '/' || tokens[k + 4]?.text !== ']') return undefined;
  // (After April or later the pair is right too, and says only the year written.)
  if (!laterOldStyleYear(written.year, tokens[k + 3], 1)) return undefined;
  return { year: laterOldStyleYear(written.year, tokens[k + 3], month) ? written.year + 1 : written.year, end: k + 5 };
}

/** Words after which `nineteen hundred` is a year rather than a count (a date's comma among them). */
const YEAR_LEADS = new Set(['in', 'of', 'year', 'since', 'until', 'till', 'from', 'through', 'during', 'before', 'after', 'circa', ',']);

/**
 * A year in words standing on its own (`in nineteen forty-one`). Said in pairs it is always a year;
 * `nineteen hundred and forty-one` only after a word that leads to a year or before no other word,
 * so `nineteen hundred men` stays a count. `at ten thirty` is a time of day.
 */
function wordYearAt(tokens: Token[], i: number): { year: number; end: number } | undefined {
  const year = parseWordYear(tokens, i);
  if (!year) return undefined;
  // (`In the year of our Lord one thousand two hundred and forty-one`, `the year of grace …`: led by `year`.)
  const ledByYearOf = [i - 3, i - 4].some((k) => tokens[k]?.lower === 'year' && afterYearOf(tokens, k) === i);
  const before = ledByYearOf ? 'year' : tokens[i - 1]?.lower ?? '';
  if (before === 'at') return undefined;
  // (`there remained but one thousand eight hundred and seventy.`: said as a count, a year only where one leads to it.)
  if (tokens[i]!.lower === 'one' && !YEAR_LEADS.has(before)) return undefined;
  if (year.hundred && !YEAR_LEADS.has(before) && !(year.year % 100 !== 0 && tokens[year.end]?.kind !== 'word')) return undefined;
  // `, fourteen hundred of us in all`, `, nineteen hundred men`: a count, whatever came before.
  const after = tokens[year.end]?.lower ?? '';
  if (year.hundred && (after === 'of' || COUNTED_THINGS.has(after))) return undefined;
  return year;
}

/** The years a sentence names, in digits or words; one token at a time, so linear in its length. */
function namedYears(tokens: Token[]): Set<number> {
  const years = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    if (isYearNumber(tokens[i])) {
      years.add(Number(tokens[i]!.text));
      continue;
    }
    const words = tokens[i]!.kind === 'word' ? wordYearAt(tokens, i) : undefined;
    if (words) {
      years.add(words.year);
      i = words.end - 1;
    }
  }
  return years;
}

/** `MCCCLXIII`: a year in Roman numerals is written in capitals (`anno mcccl` is no year here). */
const capitalRoman = (word: string): number | undefined => (/^[MDCLXVI]+$/.test(word) ? romanValue(word) : undefined);

/**
 * Where the year itself stands after `year` at token i: past `of the Lord`, `of our Lord` or `of grace`
 * (`the year of our Lord one thousand two hundred and forty-one`), else right after it.
 */
function afterYearOf(tokens: readonly Token[], i: number): number {
  const k = i + 1;
  if (tokens[k]?.lower !== 'of') return k;
  return /^(the|our)$/.test(tokens[k + 1]?.lower ?? '') && tokens[k + 2]?.lower === 'lord' ? k + 3 : tokens[k + 1]?.lower === 'grace' ? k + 2 : k;
}

/**
 * `In the year MCCCXLIX`, `in the year of grace MCCCLXIII`: a year in Roman numerals where the text
 * says it is a year (not `Henry VIII`, `chapter IV`). Rewritten in place as the year in digits.
 */
function readRomanYears(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.lower !== 'year' && tokens[i]!.lower !== 'anno') continue;
    const k = afterYearOf(tokens, i);
    const value = tokens[k] ? capitalRoman(tokens[k]!.text) : undefined;
    if (value !== undefined && value >= 500 && value <= 2100) tokens[k] = makeToken('number', String(value), String(value), tokens[k]!.start, tokens[k]!.end);
  }
}

/** The index of a year at `i`, past the apostrophe of a short year read as whole (`'41`). */
function shortYearAt(tokens: Token[], i: number): number {
  return tokens[i]?.lower === "'" && tokens[i + 1]?.start === tokens[i]!.end && isYearNumber(tokens[i + 1]) ? i + 1 : i;
}

/**
 * `June '41`, `winter '41–'42`: a year written with its century cut off, which the text around it
 * supplies (the sentence's own years, else its paragraph's). It is read as that year, the nearest to
 * the year around it; with no year around it, it is no value at all (not a count of 41). The token
 * is rewritten in place, so every token index stays as the tokenizer gave it. Whether it read one.
 */
function readShortYears(tokens: Token[], around: number | undefined): boolean {
  let read = false;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const mark = tokens[i - 1]!;
    if (t.kind !== 'number' || !/^\d{2}$/.test(t.text) || mark.lower !== "'" || mark.end !== t.start) continue;
    // (`the men's 41`: an apostrophe closing a word before it is no year's.)
    if (tokens[i - 2] !== undefined && tokens[i - 2]!.kind !== 'punct' && tokens[i - 2]!.end === mark.start) continue;
    if (around === undefined) {
      tokens[i] = makeToken('punct', t.text, t.lower, t.start, t.end);
      continue;
    }
    const year = nearestYearEndingIn(Number(t.text), around);
    tokens[i] = makeToken(t.kind, String(year), String(year), t.start, t.end);
    read = true;
  }
  return read;
}

/** The year ending in these two digits nearest to the year around it (`'41` in a text of 1942 is 1941). */
function nearestYearEndingIn(digits: number, around: number): number {
  const candidates = [-100, 0, 100].map((shift) => Math.floor(around / 100) * 100 + shift + digits);
  return candidates.reduce((a, b) => (Math.abs(b - around) < Math.abs(a - around) ? b : a));
}

/** Words that may follow a year said as two words of a number, opening the clause it dates (`In fifty-five it was …`). */
const AFTER_SPOKEN_YEAR = new Set(['.', ',', ';', ':', ')', '—', 'i', 'we', 'he', 'she', 'it', 'they', 'you', 'there', 'and', 'when']);

/**
 * `In fifty-five it was sixty-four per cent Yes`, `in fifty-three.`: a year said with its century
 * left out, as people speak, after `in` and before the clause it dates (never before a noun, so `in
 * fifty-five minutes` stays a length). Read like `'55`, the nearest to the text's year; with no year
 * around, left as it was. Rewritten in place: the first word becomes the year, spanning all of them.
 */
function readSpokenYears(tokens: Token[], around: number | undefined): boolean {
  if (around === undefined) return false;
  let read = false;
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i - 1]!.lower !== 'in' || tokens[i]!.kind !== 'word') continue;
    const said = parseNumberWords(tokens, i);
    if (!said || said.ordinal || said.value < 10 || said.value > 99 || !AFTER_SPOKEN_YEAR.has(tokens[said.end]?.lower ?? '')) continue;
    const year = String(nearestYearEndingIn(said.value, around));
    tokens[i] = makeToken('number', year, year, tokens[i]!.start, tokens[said.end - 1]!.end);
    for (let k = i + 1; k < said.end; k++) tokens[k] = makeToken('punct', tokens[k]!.text, tokens[k]!.lower, tokens[k]!.start, tokens[k]!.end);
    read = true;
  }
  return read;
}

/** `1942/43`, `1942–43`, `1942/1943`: the later year of a pair, with the index after it. */
function pairedYear(tokens: Token[], j: number, year: number): { year: number; end: number } | undefined {
  const sep = tokens[j];
  const at = shortYearAt(tokens, j + 1);
  const tail = tokens[at];
  if (!sep || !tail || tail.kind !== 'number' || (sep.text !== '/' && !isDash(sep))) return undefined;
  let second: number;
  if (at > j + 1 && isYearNumber(tail)) return tail.start === tokens[j + 1]!.end && Number(tail.text) > year ? { year: Number(tail.text), end: at + 1 } : undefined;
  if (/^\d{4}$/.test(tail.text)) second = Number(tail.text);
  else if (/^\d{2}$/.test(tail.text) && sep.start === tokens[j - 1]!.end && tail.start === sep.end) {
    // Two digits only written tight (`1942/43`), so `the winter of 1942 – 43 days later` is no pair.
    second = Math.floor(year / 100) * 100 + Number(tail.text);
    if (second <= year) second += 100;
  } else return undefined;
  return second > year && second - year < 100 ? { year: second, end: j + 2 } : undefined;
}

/** A day of the month: `28`, `22nd`, `twenty-second`, `the 22nd`, and the old clerks' `2d`, `23d`. */
function parseDay(tokens: Token[], i: number): { day: number; end: number } | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  // (`23d` is a word to the tokenizer, which leaves `4d`, four pence, no number.)
  if ((t.kind === 'number' && /^\d{1,2}(st|nd|rd|th)?$/.test(t.lower)) || (t.kind === 'word' && /^\d?[23]d$/.test(t.lower))) {
    const day = parseInt(t.lower, 10);
    return day >= 1 && day <= 31 ? { day, end: i + 1 } : undefined;
  }
  if (t.kind === 'word') {
    const words = parseNumberWords(tokens, i);
    if (words && words.value >= 1 && words.value <= 31 && words.ordinal) return { day: words.value, end: words.end };
  }
  return undefined;
}

function monthAt(tokens: Token[], i: number): { month: number; end: number } | undefined {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return undefined;
  const month = MONTHS[t.lower];
  if (month === undefined) return undefined;
  // Abbreviations take an optional dot; `May` and `March` need a day or year nearby (checked by callers).
  let end = i + 1;
  if (isMonthAbbreviation(t.lower) && tokens[end]?.text === '.') end++;
  if (t.text[0] !== t.text[0]!.toUpperCase() && !lowercaseMonth(tokens, i)) return undefined; // `march on Berlin`
  return { month, end };
}

/**
 * A month written in lower case (`june 22 1941`, `22 june 1941`) is a month only beside a number,
 * and in full; `may` and `march`, which are also verbs and nouns, only with a year as well.
 */
function lowercaseMonth(tokens: Token[], i: number): boolean {
  const word = tokens[i]!.lower;
  if (isMonthAbbreviation(word)) return false;
  const number = (k: number) => tokens[k]?.kind === 'number';
  const year = (k: number) => isYearNumber(tokens[k]);
  if (word !== 'may' && word !== 'march') return number(i + 1) || number(i - 1);
  const yearAfterDay = number(i + 1) && (year(i + 1) || year(i + 2) || (tokens[i + 2]?.text === ',' && year(i + 3)));
  return yearAfterDay || (number(i - 1) && year(i + 1));
}

function skipComma(tokens: Token[], i: number): number {
  return tokens[i]?.text === ',' ? i + 1 : i;
}

interface DateParse {
  interval: QuantityInterval;
  end: number;
  /** Smallest unit named: a day-precise date, a month, a season or part of a year, a year. */
  precision: 'day' | 'month' | 'season' | 'year';
}

interface DayMonth {
  day: number;
  month: number;
  end: number;
}

/** `22 June`, `the 22nd of June`, `the ninth day of June`, `June 22nd`: a day and a month, whatever follows them. */
function parseDayMonth(tokens: Token[], i: number): DayMonth | undefined {
  const feast = feastAt(tokens, i);
  if (feast) return feast;
  let k = i;
  if (tokens[k]?.lower === 'the') k++;
  const day = parseDay(tokens, k);
  if (day) {
    let m = day.end;
    if (tokens[m]?.lower === 'day' && tokens[m + 1]?.lower === 'of') m++;
    if (tokens[m]?.lower === 'of') m++;
    const month = monthAt(tokens, m);
    return month ? { day: day.day, month: month.month, end: month.end } : undefined;
  }
  const month = monthAt(tokens, i);
  const after = month ? parseDay(tokens, month.end) : undefined;
  return month && after ? { day: after.day, month: month.month, end: after.end } : undefined;
}

/**
 * `Martinmas 1765`, `at Michaelmas,`, `Christmas Day 1683`: a feast of one day of the year, written as
 * a name, as its day and month. Not one that names something after it (`the Candlemas Gale`,
 * `Michaelmas term`), nor its eve.
 */
function feastAt(tokens: Token[], i: number): DayMonth | undefined {
  const saint = saintsDayAt(tokens, i);
  if (saint) return saint;
  const t = tokens[i];
  const feast = t?.kind === 'word' && /^\p{Lu}/u.test(t.text) ? FIXED_FEASTS[t.lower] : undefined;
  if (!feast || (tokens[i - 2]?.lower === 'eve' && tokens[i - 1]?.lower === 'of')) return undefined;
  const end = tokens[i + 1]?.lower === 'day' ? i + 2 : i + 1;
  const next = tokens[end];
  if (next !== undefined && next.kind === 'word') return undefined;
  return { month: feast[0], day: feast[1], end };
}

/** The longest run of the words of a saint's day at `k` (`john the baptist`), with where it ends. */
function saintAt(tokens: Token[], k: number): { day: [number, number]; end: number } | undefined {
  let found: { day: [number, number]; end: number } | undefined;
  let words = '';
  for (let j = k; j < k + 4 && tokens[j]?.kind === 'word'; j++) {
    words = words ? `${words} ${tokens[j]!.lower}` : tokens[j]!.lower;
    // (`St Barnabas's Day`: the possessive may be written onto the name.)
    const day = SAINTS_DAYS[words] ?? SAINTS_DAYS[words.replace(/['’]s$/, '')];
    if (day) found = { day, end: j + 1 };
  }
  return found;
}

/**
 * `the feast of St John the Baptist`, `the feast of the apostles Peter and Paul`, `St Barnabas's Day`:
 * a saint's day of the calendar (SAINTS_DAYS) as its day and month; not its eve (`the eve of the feast
 * of St Michael`).
 */
function saintsDayAt(tokens: Token[], i: number): DayMonth | undefined {
  const k = tokens[i]?.lower === 'the' ? i + 1 : i;
  if (tokens[k - 2]?.lower === 'eve' || tokens[k - 3]?.lower === 'eve') return undefined;
  if (tokens[k]?.lower === 'feast' && tokens[k + 1]?.lower === 'of') {
    let n = k + 2;
    if (tokens[n]?.lower === 'the' && /^apostles?$/.test(tokens[n + 1]?.lower ?? '')) n += 2;
    else if (/^(st|saint|saints|ss)$/.test(tokens[n]?.lower ?? '')) n += tokens[n + 1]?.text === '.' ? 2 : 1;
    else return undefined;
    const saint = saintAt(tokens, n);
    return saint ? { month: saint.day[0], day: saint.day[1], end: saint.end } : undefined;
  }
  // `St Barnabas's Day`, `Saint Swithin's day`.
  if (!/^(st|saint)$/.test(tokens[k]?.lower ?? '') || k !== i) return undefined;
  const n = tokens[k + 1]?.text === '.' ? k + 2 : k + 1;
  const saint = saintAt(tokens, n);
  if (!saint) return undefined;
  let d = saint.end;
  if (tokens[d]?.text === "'" || tokens[d]?.text === '’') d++;
  if (tokens[d]?.lower === 's') d++;
  return tokens[d]?.lower === 'day' ? { month: saint.day[0], day: saint.day[1], end: d + 1 } : undefined;
}

/**
 * `22 of June`, `June 22nd` with no year: a date in `year` (the one the sentence names, else the
 * context's); with none, no value at all (the end of its tokens, so its day is not read as a count).
 */
function parseYearlessDate(tokens: Token[], i: number, year: number | undefined): DateParse | { end: number } | undefined {
  const date = parseDayMonth(tokens, i);
  if (!date) return undefined;
  if (year !== undefined && isValidDay(year, date.month, date.day)) {
    return { interval: dayInterval(year, date.month, date.day), end: date.end, precision: 'day' };
  }
  return { end: date.end };
}

/** Words before a month named with neither day nor year that make it a date: `in August`, `by March`. */
const MONTH_LEADS = new Set(['in', 'by', 'until', 'till', 'since', 'from', 'during', 'through', 'throughout', 'before', 'after', 'of', 'to']);

/**
 * `in August`, `mid-August`, `late November`, `the end of March`, `in July and August`: a month with
 * neither day nor year is a date in `year` (the sentence's, else the context's), as a day and month
 * is; with no year known, no value. A bare month needs a preposition before it (`May` is also a verb).
 */
function parseYearlessMonth(tokens: Token[], i: number, year: number | undefined): DateParse | undefined {
  if (year === undefined) return undefined;
  const j = tokens[i]?.lower === 'the' ? i + 1 : i;
  const part = PART_WORDS[tokens[j]?.lower ?? ''];
  // (`end`, `start` are nouns only with `of`: `the end of March`, not `to end March`.)
  if (part) return tokens[j + 1]?.lower === 'of' || /^(early|mid|late)$/.test(tokens[j]!.lower) ? parsePartOf(tokens, j, part, year) : undefined;
  if (!MONTH_LEADS.has(tokens[i - 1]?.lower ?? '')) return undefined;
  const month = monthAt(tokens, i);
  // (A number after the month is its day or year, read elsewhere: `August 31`, `August 1942`.)
  if (!month || tokens[month.end]?.kind === 'number') return undefined;
  // `July and August`, `May or June`: the span of both.
  const join = tokens[month.end]?.lower;
  const second = join === 'and' || join === 'or' ? monthAt(tokens, month.end + 1) : undefined;
  if (second && second.month > month.month && tokens[second.end]?.kind !== 'number') {
    return { interval: { ...monthInterval(year, month.month), high: monthInterval(year, second.month).high }, end: second.end, precision: 'month' };
  }
  return { interval: monthInterval(year, month.month), end: month.end, precision: 'month' };
}

/** A day and month in the latest year that puts it no later than `limit` (the range's far end). */
function dayMonthBefore(date: DayMonth, limit: number): DateParse | undefined {
  for (const year of [yearOfDay(limit), yearOfDay(limit) - 1]) {
    if (isValidDay(year, date.month, date.day) && dayNumber(year, date.month, date.day) <= limit) {
      return { interval: dayInterval(year, date.month, date.day), end: date.end, precision: 'day' };
    }
  }
  return undefined;
}

/** A day and month in the earliest year that puts it no earlier than `start` (the range's near end). */
function dayMonthAfter(date: DayMonth, start: number): DateParse | undefined {
  for (const year of [yearOfDay(start), yearOfDay(start) + 1]) {
    if (isValidDay(year, date.month, date.day) && dayNumber(year, date.month, date.day) >= start) {
      return { interval: dayInterval(year, date.month, date.day), end: date.end, precision: 'day' };
    }
  }
  return undefined;
}

/** Words joining the two ends of a range of dates; `and` only after `between`. */
function isRangeJoin(t: Token | undefined, before: Token | undefined): boolean {
  if (!t) return false;
  if (isDash(t) || t.lower === 'to' || t.lower === 'until' || t.lower === 'till' || t.lower === 'through') return true;
  return t.lower === 'and' && before?.lower === 'between';
}

/**
 * `3 June – 9 September 1802`, `from the second of May to the nineteenth of August, nineteen
 * twenty-seven`, `25 November–December of 1942`: a day and month with no year of its own, joined to
 * a full date, is in that date's year (or the one before, when it would otherwise come after it).
 */
function parseBorrowedRange(tokens: Token[], i: number): { first: DateParse; second: DateParse } | undefined {
  const date = parseDayMonth(tokens, i);
  if (!date || !isRangeJoin(tokens[date.end], tokens[i - 1])) return undefined;
  const second = parseNamedDate(tokens, date.end + 1);
  const first = second ? dayMonthBefore(date, second.interval.low) : undefined;
  return first && second ? { first, second } : undefined;
}

/** The far end of a range from `start`: a date with its year, or a day and month read after `start`. */
function parseRangeEnd(tokens: Token[], j: number, start: QuantityInterval): DateParse | undefined {
  const full = parseNamedDate(tokens, j) ?? parsePartialDate(tokens, j);
  if (full) return full.interval.low >= start.low ? full : undefined;
  const date = parseDayMonth(tokens, j);
  return date ? dayMonthAfter(date, start.low) : sameMonthDay(tokens, j, start);
}

/**
 * `from the second day of April to the nineteenth`, `from 2 April to the 19th`: a range's end that is
 * a day alone is a later day of the month it began in (not `to the 19th Lancers`).
 */
function sameMonthDay(tokens: Token[], j: number, start: QuantityInterval): DateParse | undefined {
  if (start.high - start.low !== 1) return undefined;
  const day = parseDay(tokens, tokens[j]?.lower === 'the' ? j + 1 : j);
  const next = day ? tokens[day.end] : undefined;
  if (!day || (next && next.kind !== 'punct' && !/^(when|and|but|while|as|after|before)$/.test(next.lower))) return undefined;
  const { year, month, day: first } = calendarDate(start.low);
  if (day.day <= first || !isValidDay(year, month, day.day)) return undefined;
  return { interval: dayInterval(year, month, day.day), end: day.end, precision: 'day' };
}

/** Dates with a month name, or a season, or a part of a month/year, all with a year. */
function parseNamedDate(tokens: Token[], i: number): DateParse | undefined {
  let j = i;
  if (WEEKDAYS.has(tokens[j]?.lower ?? '')) j = skipComma(tokens, j + 1);
  // Month Day, Year  |  Month Year
  const month = monthAt(tokens, j);
  if (month) {
    const day = parseDay(tokens, month.end);
    if (day) {
      const yearAt = skipComma(tokens, day.end);
      const year = parseDayYear(tokens, yearAt, month.month);
      if (year && isValidDay(year.year, month.month, day.day)) {
        return { interval: dayInterval(year.year, month.month, day.day), end: year.end, precision: 'day' };
      }
      return undefined;
    }
    // `July 1942`, `July, 1942`, `July of 1942`
    const yearAt = tokens[month.end]?.lower === 'of' ? month.end + 1 : skipComma(tokens, month.end);
    const year = parseYear(tokens, yearAt);
    if (year) return { interval: monthInterval(year.year, month.month), end: year.end, precision: 'month' };
    return undefined;
  }
  // Day Month Year  |  the Day of Month, Year
  const date = parseDayMonth(tokens, j);
  const year = date && parseDayYear(tokens, skipComma(tokens, date.end), date.month);
  if (date && year && isValidDay(year.year, date.month, date.day)) {
    return { interval: dayInterval(year.year, date.month, date.day), end: year.end, precision: 'day' };
  }
  return undefined;
}

const PART_WORDS: Record<string, 'early' | 'mid' | 'late'> = wordTable({
  early: 'early', mid: 'mid', middle: 'mid', late: 'late', end: 'late', beginning: 'early', start: 'early',
});

/** `21–23 June 1884`, `21 to 23 June 1884`, `August–November 1942`: two dates sharing their month or year. */
function parseSharedRange(tokens: Token[], i: number, contextYear?: number): { first: DateParse; second: DateParse } | undefined {
  // (`the 27th, 28th and 29th of January`: the last two days of a list, no range from one to the other.)
  const listed = tokens[i - 1]?.text === ',' || (tokens[i - 1]?.lower === 'the' && tokens[i - 2]?.text === ',');
  const joins = (t: Token | undefined) => t !== undefined && (isDash(t) || t.lower === 'to' || (t.lower === 'and' && !listed) || t.lower === 'until' || t.lower === 'through');
  const startDay = parseDay(tokens, i);
  if (startDay && joins(tokens[startDay.end])) {
    // `6–15 July 1846`; `6–15 July` in a text (or a table row) that sets the year.
    const yearless = contextYear === undefined ? undefined : parseYearlessDate(tokens, startDay.end + 1, contextYear);
    const rest = parseNamedDate(tokens, startDay.end + 1) ?? (yearless && 'interval' in yearless ? (yearless as DateParse) : undefined);
    if (rest && rest.precision === 'day') {
      const { year, month, day } = calendarDate(rest.interval.low);
      if (isValidDay(year, month, startDay.day) && startDay.day < day) {
        return { first: { interval: dayInterval(year, month, startDay.day), end: startDay.end, precision: 'day' }, second: rest };
      }
    }
  }
  const startMonth = monthAt(tokens, i);
  if (startMonth && joins(tokens[startMonth.end])) {
    const rest = parseNamedDate(tokens, startMonth.end + 1);
    if (rest && rest.precision === 'month') {
      const year = yearOfDay(rest.interval.low);
      const first = monthInterval(year, startMonth.month);
      if (first.low < rest.interval.low) return { first: { interval: first, end: startMonth.end, precision: 'month' }, second: rest };
    }
  }
  return undefined;
}

/** `first half`, `second half`, `latter half`. */
const HALVES: Record<string, 1 | 2> = wordTable({ first: 1, second: 2, latter: 2 });

/** The words mayOpenDate lets a date open on (with `fourscore` and the like): see it. */
const DATE_OPENERS: ReadonlySet<string> = new Set([
  'the', 'feast', 'st', 'saint', ...WEEKDAYS, ...Object.keys(MONTHS), ...Object.keys(FIXED_FEASTS), ...Object.keys(PART_WORDS), ...Object.keys(HALVES), ...Object.keys(SEASONS), ...NUMBER_WORD_OPENERS,
]);

/** True when nothing, not even a space, stands between two tokens. */
function tight(left: Token | undefined, right: Token | undefined): boolean {
  return left !== undefined && right !== undefined && left.end === right.start;
}

/** A decade in digits: `1940s`, `1940's` (an apostrophe splits it into three tokens). */
function decadeAt(tokens: Token[], i: number): { decade: number; end: number } | undefined {
  const t = tokens[i];
  // (Both forms open with a digit: most tokens are words, and leave at once.)
  if (!t || !(t.text.charCodeAt(0) >= 48 && t.text.charCodeAt(0) <= 57)) return undefined;
  if (/^\d{3}0s$/.test(t.lower)) return { decade: Number(t.lower.slice(0, 4)), end: i + 1 };
  const [apostrophe, ess] = [tokens[i + 1], tokens[i + 2]];
  if (/^\d{3}0$/.test(t.text) && (apostrophe?.text === "'" || apostrophe?.text === '’') && ess?.lower === 's' && tight(t, apostrophe) && tight(apostrophe, ess)) {
    return { decade: Number(t.text), end: i + 3 };
  }
  return undefined;
}

/**
 * `mid-July 1942`, `the middle of July 1942`, `early 1942`, `the end of 1942`, `the early 1940s`,
 * `the first half of 1942`, `the summer of 1942`, `summer 1942`, `the winter of 1942/43`.
 */
function parsePartialDate(tokens: Token[], i: number): DateParse | undefined {
  let j = i;
  if (tokens[j]?.lower === 'the') j++;
  const word = tokens[j]?.lower ?? '';
  const part = PART_WORDS[word];
  if (part) return parsePartOf(tokens, j, part);
  const half = HALVES[word];
  if (half && tokens[j + 1]?.lower === 'half' && tokens[j + 2]?.lower === 'of') return parseHalfOf(tokens, j + 3, half);
  if (word in SEASONS) return parseSeason(tokens, j + 1, word);
  return undefined;
}

/**
 * After a part word at j: `mid-July 1942`, `late 1942`, `the end of 1942`, `the late 1940s`, `the end of
 * the 1940s`; with `yearless`, a month with no year after it (`late November`) is in that year.
 */
function parsePartOf(tokens: Token[], j: number, part: 'early' | 'mid' | 'late', yearless?: number): DateParse | undefined {
  let k = j + 1;
  const of = tokens[k]?.lower === 'of';
  if (isDash(tokens[k]) || of) k++;
  const month = monthAt(tokens, k);
  if (month) {
    const year = parseYear(tokens, skipComma(tokens, month.end)) ??
      (yearless !== undefined && tokens[month.end]?.kind !== 'number' ? { year: yearless, end: month.end } : undefined);
    if (year) return { interval: partOfMonthInterval(year.year, month.month, part), end: year.end, precision: 'day' };
    return undefined;
  }
  if (yearless !== undefined) return undefined;
  // `end`, `start`, `beginning`, `middle` are nouns: `the end of 1942`, not `to end 1942` (a verb).
  if (!of && !(tokens[j]!.lower === 'early' || tokens[j]!.lower === 'mid' || tokens[j]!.lower === 'late')) return undefined;
  const decade = decadeAt(tokens, of && tokens[k]?.lower === 'the' ? k + 1 : k);
  if (decade) return { interval: partOfDecadeInterval(decade.decade, part), end: decade.end, precision: 'year' };
  const year = parseYear(tokens, k);
  if (year) return { interval: partOfYearInterval(year.year, part), end: year.end, precision: 'season' };
  return undefined;
}

/** After `first half of`: `1942` (January-June) or `July 1942` (days 1-15). */
function parseHalfOf(tokens: Token[], k: number, half: 1 | 2): DateParse | undefined {
  const month = monthAt(tokens, k);
  if (month) {
    const year = parseYear(tokens, skipComma(tokens, month.end));
    return year ? { interval: halfOfMonthInterval(year.year, month.month, half), end: year.end, precision: 'day' } : undefined;
  }
  const year = parseYear(tokens, k);
  return year ? { interval: halfOfYearInterval(year.year, half), end: year.end, precision: 'season' } : undefined;
}

/** After a season word: `of 1942`, `1942`, and `of 1942/43` (a winter spanning the turn of the year). */
function parseSeason(tokens: Token[], k: number, season: string): DateParse | undefined {
  if (tokens[k]?.lower === 'of') k++;
  const year = parseYear(tokens, k);
  if (!year) return undefined;
  const interval = seasonInterval(year.year, season);
  const pair = pairedYear(tokens, year.end, year.year);
  if (pair && pair.year === year.year + 1) {
    // Winter already runs from December into the next year; another season named with two years spans both.
    const high = season === 'winter' ? interval.high : seasonInterval(pair.year, season).high;
    return { interval: { ...interval, high }, end: pair.end, precision: 'season' };
  }
  // (`the winter of 1940` is said of the winter 1939–40 and of 1940–41 alike: it covers both.)
  if (season === 'winter') return { interval: { ...interval, low: seasonInterval(year.year - 1, season).low }, end: year.end, precision: 'season' };
  return { interval, end: year.end, precision: 'season' };
}

const NUMERIC_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b|\b(\d{1,2})([./])(\d{1,2})\5(\d{4})\b/g;

/** ISO `1941-06-22`, European `28.07.1942`, slashed `28/07/1942` (day first unless impossible). */
function findNumericDates(s: SentenceText): FoundValue[] {
  const found: FoundValue[] = [];
  for (const match of s.text.matchAll(NUMERIC_DATE)) {
    let year: number, month: number, day: number;
    if (match[1]) {
      year = Number(match[1]); month = Number(match[2]); day = Number(match[3]);
    } else {
      const a = Number(match[4]), b = Number(match[6]);
      year = Number(match[7]);
      if (match[5] === '/' && a <= 12 && b > 12) { month = a; day = b; } else { day = a; month = b; }
    }
    if (!isValidDay(year, month, day)) continue;
    const start = s.offset + match.index!;
    const end = start + match[0].length;
    const firstToken = s.tokens.findIndex((t) => t.start >= start);
    let endToken = firstToken;
    while (endToken < s.tokens.length && s.tokens[endToken]!.end <= end) endToken++;
    found.push({
      form: 'date', range: { start, end }, text: match[0], interval: dayInterval(year, month, day),
      firstToken, endToken,
    });
  }
  return found;
}

function findHedge(s: SentenceText, first: number): { kind: HedgeKind; first: number } | undefined {
  let j = first;
  while (j > 0 && HEDGE_FILLERS.has(s.tokens[j - 1]!.lower) && !(s.tokens[j - 1]!.lower === 'a' && j === first)) j--;
  for (const start of j === first ? [first] : [first, j]) {
    for (const [words, kind] of HEDGES) {
      const begin = start - words.length;
      if (begin < 0) continue;
      if (words.every((w, n) => s.tokens[begin + n]!.lower === w)) return { kind, first: begin };
    }
  }
  return undefined;
}

interface Quantity {
  form: 'count' | 'fraction' | 'duration';
  value: number;
  step: number;
  end: number;
  measure?: string;
}

/** How many tokens a mark of a percentage at `k` takes (`%`, `percent`, `pct`, `per cent`); 0 where none stands. */
function percentMarkAt(tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  if (t?.text === '%' || t?.lower === 'percent' || t?.lower === 'pct') return 1;
  return t?.lower === 'per' && tokens[k + 1]?.lower === 'cent' ? 2 : 0;
}

/** After a number: a unit makes a duration, `%` or `percent` a share, a scale-less rest a count. */
function readQuantity(tokens: Token[], number: ParsedNumber): Quantity | undefined {
  let j = number.end;
  let value = number.value;
  let step = number.step;
  // `6½`
  const vulgar = tokens[j] && tokens[j]!.start === tokens[j - 1]!.end ? VULGAR_FRACTIONS[tokens[j]!.text] : undefined;
  if (vulgar !== undefined && !number.inWords) {
    value += vulgar; step = vulgar === 0.5 ? 0.5 : 0.25; j++;
  }
  // `two and a half million`
  if (tokens[j]?.lower === 'and' && tokens[j + 1]?.lower === 'a' && tokens[j + 2]?.lower === 'half' && SCALES[tokens[j + 3]?.lower ?? ''] && SCALES[tokens[j + 3]!.lower]! > 100) {
    const scale = SCALES[tokens[j + 3]!.lower]!;
    return { form: 'count', value: (value + 0.5) * scale, step: 0.5 * scale, end: j + 4 };
  }
  // `six and a half months`, `a year and a half`
  const andHalf = (k: number) =>
    tokens[k]?.lower === 'and' && tokens[k + 1]?.lower === 'a' && tokens[k + 2]?.lower === 'half';
  if (andHalf(j) && UNIT_WORDS[tokens[j + 3]?.lower ?? '']) {
    value += 0.5; step = 0.5; j += 3;
  }
  if (isDash(tokens[j]) && UNIT_WORDS[tokens[j + 1]?.lower ?? '']) j++; // `five-month`
  // `two more years`, `three further months`, `two calendar months`, `six working days`
  if (['more', 'further', 'additional', 'long', 'full', 'whole', 'calendar', 'clear', 'working', 'lunar', 'straight', 'solid'].includes(tokens[j]?.lower ?? '') && UNIT_WORDS[tokens[j + 1]?.lower ?? '']) j++;
  const unitToken = tokens[j];
  const unit = UNIT_WORDS[pluralPossessiveFree(unitToken?.lower ?? '')];
  if (unit) {
    let days = value * DAYS_PER_UNIT[unit]!;
    let stepDays = step * DAYS_PER_UNIT[unit]!;
    j++;
    if (andHalf(j)) { days += 0.5 * DAYS_PER_UNIT[unit]!; stepDays = 0.5 * DAYS_PER_UNIT[unit]!; j += 3; }
    // `two years and nine months`
    // `two years and nine months`, `2 years, 9 months`, `3 yrs 9 mos`
    const joined = tokens[j]?.lower === 'and' || tokens[j]?.text === ',' ? j + 1 : j;
    const next = parseNumber(tokens, joined);
    const nextUnit = next && !next.ordinal && UNIT_WORDS[tokens[next.end]?.lower ?? ''];
    if (next && nextUnit && DAYS_PER_UNIT[nextUnit]! < DAYS_PER_UNIT[unit]!) {
      days += next.value * DAYS_PER_UNIT[nextUnit]!;
      stepDays = next.step * DAYS_PER_UNIT[nextUnit]!;
      j = next.end + 1;
    }
    return { form: 'duration', value: days, step: stepDays, end: j };
  }
  const percent = percentMarkAt(tokens, j);
  if (percent > 0) return { form: 'fraction', value: value / 100, step: step / 100, end: j + percent };
  // (`burned 4 League ships`, `the 3 Crowns`: a unit's word with a capital is a name, no unit.)
  const measure = /^\p{Lu}\p{Ll}/u.test(unitToken?.text ?? '') ? undefined : MEASURE_WORDS[unitToken?.lower ?? ''];
  if (measure) return { form: 'count', value, step, end: j + 1, measure };
  return { form: 'count', value, step, end: j };
}

function toInterval(q: Quantity): QuantityInterval {
  return bareInterval(q.form, q.value, q.step);
}

/** A number in words or digits, or a word fraction, starting at token i. */
function readValueAt(s: SentenceText, i: number): { q: Quantity; first: number } | undefined {
  const tokens = s.tokens;
  const t = tokens[i];
  if (!t) return undefined;
  // `half a year`, `half a million`, `half of`
  if (t.lower === 'half') {
    const next = tokens[i + 1];
    if ((next?.lower === 'a' || next?.lower === 'an') && UNIT_WORDS[tokens[i + 2]?.lower ?? '']) {
      const unit = UNIT_WORDS[tokens[i + 2]!.lower]!;
      const days = 0.5 * DAYS_PER_UNIT[unit]!;
      return { q: { form: 'duration', value: days, step: days, end: i + 3 }, first: i };
    }
    // `half a million`, `half a dozen`
    if (next?.lower === 'a' && tokens[i + 2] && tokens[i + 2]!.lower in { million: 1, billion: 1, thousand: 1, dozen: 1 }) {
      const scale = { million: 1e6, billion: 1e9, thousand: 1e3, dozen: 12 }[tokens[i + 2]!.lower as 'million']!;
      return { q: { form: 'count', value: 0.5 * scale, step: 0.1 * scale, end: i + 3 }, first: i };
    }
    const before = tokens[i - 1]?.lower;
    if (before === 'first' || before === 'second' || before === 'latter' || before === 'other') return undefined;
    // (`about half a mile off the quay`, `half a ton`: a measurement, no share of anything.)
    if ((next?.lower === 'a' || next?.lower === 'an') && MEASURE_WORDS[tokens[i + 2]?.lower ?? ''] !== undefined) return undefined;
    // (`cut by half in 1655`: a share of what was cut.)
    const byHalf = before === 'by' && endsPhrase(next);
    if (next?.lower === 'of' || next?.lower === 'the' || next?.lower === 'its' || next?.lower === 'their' || next?.lower === 'his' || next?.lower === 'her' || byHalf || findHedge(s, i)) {
      return { q: { form: 'fraction', value: 0.5, step: 0.5, end: i + 1 }, first: i };
    }
    return undefined;
  }
  // `a month`, `a year` as a span of time
  if ((t.lower === 'a' || t.lower === 'an') && UNIT_WORDS[tokens[i + 1]?.lower ?? ''] && !/s$/.test(tokens[i + 1]!.lower)) {
    const unit = UNIT_WORDS[tokens[i + 1]!.lower]!;
    const after = tokens[i + 2]?.lower ?? '';
    const before = tokens[i - 1]?.lower ?? '';
    // (`lasted a week`, `it took them a week`: a verb of lasting before it, or of taking and who took it.)
    const took = TAKING_TIME.has(before) || (/^(them|us|him|her|me)$/.test(before) && TAKING_TIME.has(tokens[i - 2]?.lower ?? ''));
    const timeSpan = ['after', 'later', 'before', 'earlier', 'ago', 'long', 'of', 'and'].includes(after) || took ||
      ['for', 'within', 'only', 'just', 'after', 'than', 'barely', 'over', 'nearly', 'almost', 'about', 'around'].includes(before);
    if (!timeSpan) return undefined;
    let days = DAYS_PER_UNIT[unit]!;
    let step = days;
    let end = i + 2;
    if (tokens[end]?.lower === 'and' && tokens[end + 1]?.lower === 'a' && tokens[end + 2]?.lower === 'half') {
      days *= 1.5; step = DAYS_PER_UNIT[unit]! / 2; end += 3;
    }
    return { q: { form: 'duration', value: days, step, end }, first: i };
  }
  const ratio = readRatio(tokens, i);
  if (ratio) return { q: ratio, first: i };
  const fraction = parseFractionWords(tokens, i);
  if (fraction) return { q: { form: 'fraction', value: fraction.value, step: fraction.step, end: fraction.end }, first: i };
  const number = parseNumber(tokens, i);
  if (number?.ordinal) return ordinalSpanAfter(tokens, number, i);
  if (!number) return undefined;
  // `nine-tenths` is read above; `two thirds` too. `one` alone is rarely a value (`one of the`).
  const q = readQuantity(tokens, number);
  if (!q) return undefined;
  if (number.inWords && number.value === 1 && q.form === 'count' && number.end === i + 1) return undefined;
  const denominator = FRACTION_WORDS[tokens[number.end]?.lower ?? ''];
  if (denominator && q.form === 'count') return undefined;
  return { q, first: i };
}

/**
 * `On the fourth day after the house was taken`, `in the third week after the flood`: so many days (or
 * weeks) from one event to another, told by the day it came on. (`the fourth day of the siege` is a
 * day of it, no time between.)
 */
function ordinalSpanAfter(tokens: readonly Token[], number: { value: number; end: number }, i: number): { q: Quantity; first: number } | undefined {
  const unit = UNIT_WORDS[tokens[number.end]?.lower ?? ''];
  if (unit === undefined || /s$/.test(tokens[number.end]!.lower) || tokens[number.end + 1]?.lower !== 'after' || number.value < 1) return undefined;
  const days = DAYS_PER_UNIT[unit]!;
  return { q: { form: 'duration', value: number.value * days, step: days, end: number.end + 1 }, first: i };
}

/** Verbs after which `a week`, `a year` is how long something went on. */
const TAKING_TIME = new Set(['lasted', 'lasts', 'last', 'lasting', 'took', 'take', 'takes', 'taking', 'spent', 'spend', 'spends',
  'raged', 'continued', 'endured', 'remained', 'stayed', 'sat']);

/**
 * `one in five`, `1 in 4`, `two in three`, `one part in ten`, `three out of four`, `one out of every three`: a share,
 * good to one part in the whole (`nine out of ten` is 0.85 to 0.95, at most 10% either way).
 */
function readRatio(tokens: Token[], i: number): Quantity | undefined {
  const numerator = parseNumber(tokens, i);
  if (!numerator || numerator.ordinal || numerator.value < 1 || pronounOne(tokens, i)) return undefined;
  let k = numerator.end;
  const outOf = tokens[k]?.lower === 'out' && tokens[k + 1]?.lower === 'of';
  // `9/10 of the city`, `1/4 of its men`: a share written with a slash, of a whole it names.
  const slash = tokens[k]?.text === '/' && tokens[k]!.start === tokens[k - 1]!.end && tokens[k + 1]?.start === tokens[k]!.end;
  if (slash) {
    const d = parseNumber(tokens, k + 1);
    if (!d || d.ordinal || d.value <= numerator.value || d.value > 100 || tokens[d.end]?.lower !== 'of') return undefined;
    return { form: 'fraction', value: numerator.value / d.value, step: 1 / d.value, end: d.end };
  }
  // `one part in ten`, `two parts in five`, `one man in four`, `one inmate in seven`: the same share,
  // its parts named by any plain noun.
  const noun = tokens[k];
  if (noun !== undefined && noun.kind === 'word' && /^\p{Ll}{3,}$/u.test(noun.text) && !isStopword(noun.lower) && tokens[k + 1]?.lower === 'in') k++;
  if (outOf) k += 2;
  else if (tokens[k]?.lower === 'in') k++;
  else return undefined;
  if (tokens[k]?.lower === 'every') k++;
  const denominator = parseNumber(tokens, k);
  if (!denominator || denominator.ordinal || denominator.value < 2) return undefined;
  // `in` is a share only of a small whole larger than the part: not `three in 1942`, `two in two`.
  if (!outOf && (denominator.value > 1000 || denominator.value <= numerator.value)) return undefined;
  if (outOf && denominator.value < numerator.value) return undefined;
  // `20 in 30 days` is a rate, not a share.
  if (UNIT_WORDS[tokens[denominator.end]?.lower ?? ''] || MEASURE_WORDS[tokens[denominator.end]?.lower ?? '']) return undefined;
  const value = numerator.value / denominator.value;
  return { form: 'fraction', value, step: 1 / denominator.value, end: denominator.end };
}

/** Adjectives after which `one` stands for a thing named before (`the big one in fifty-three`), no number. */
const ONE_AS_PRONOUN_AFTER = new Set(['big', 'last', 'next', 'first', 'second', 'great', 'worst', 'bad', 'small', 'little']);

/**
 * `the big one`, `the one in …`: `one` after `the`, `this` or `another`, or after an adjective that
 * follows a determiner. (Not after `that`, which is mostly a conjunction: `Herman adds that one in three …`.)
 */
function pronounOne(tokens: Token[], i: number): boolean {
  if (tokens[i]!.lower !== 'one') return false;
  const before = tokens[i - 1]?.lower ?? '';
  if (before === 'the' || before === 'this' || before === 'another') return true;
  return ONE_AS_PRONOUN_AFTER.has(before) && /^(the|a|that|this)$/.test(tokens[i - 2]?.lower ?? '');
}

function isWordNumberStart(t: Token, next: Token | undefined): boolean {
  if (t.kind === 'number') return true;
  if (t.kind !== 'word') return false;
  return (
    t.lower === 'half' || t.lower === 'a' || t.lower === 'an' ||
    // (Asked of every word: one that opens no number in words is turned away before its array is made.)
    (mayOpenNumberWords(t) && parseNumberWords([t, ...(next ? [next] : [])], 0) !== undefined)
  );
}

/** `am`, `p.m.`, `o'clock` after an hour, and `hours` or `h` after `07:20`: the index after it, if any. */
function afterTimeOfDay(tokens: Token[], j: number, colon: boolean): number | undefined {
  const t = tokens[j];
  if (!t) return undefined;
  if (t.lower === 'am' || t.lower === 'pm' || t.lower === "o'clock") return j + 1;
  if ((t.lower === 'a' || t.lower === 'p') && tokens[j + 1]?.text === '.' && tokens[j + 2]?.lower === 'm') {
    return tokens[j + 3]?.text === '.' ? j + 4 : j + 3;
  }
  if (colon && (t.lower === 'h' || t.lower === 'hours' || t.lower === 'hrs')) return j + 1;
  return undefined;
}

/** One time of day at token i (`07:20`, `9:14 am`, `2 p.m.`, `at 0500 hours`, `at ten thirty`): the index after it. */
function timeOfDayAt(tokens: Token[], i: number): number | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  const [colon, minutes] = [tokens[i + 1], tokens[i + 2]];
  if (t.kind === 'number' && /^\d{1,2}$/.test(t.text) && Number(t.text) <= 24 && colon?.text === ':' &&
    minutes?.kind === 'number' && /^[0-5]\d$/.test(minutes.text) && tight(t, colon) && tight(colon, minutes)) {
    let end = i + 3;
    if (tokens[end]?.text === ':' && /^[0-5]\d$/.test(tokens[end + 1]?.text ?? '') && tight(minutes, tokens[end])) end += 2; // seconds
    return afterTimeOfDay(tokens, end, true) ?? end;
  }
  if (t.kind === 'number' && /^\d{1,2}([.:]\d{2})?$/.test(t.text) && parseFloat(t.text) <= 12) return afterTimeOfDay(tokens, i + 1, false);
  const clock = clockInWords(tokens, i);
  if (clock !== undefined) return clock;
  if (tokens[i - 1]?.lower !== 'at') return undefined;
  // Military time: `at 0500 hours`.
  if (t.kind === 'number' && /^[0-2]\d[0-5]\d$/.test(t.text) && /^(hours|hrs)$/.test(tokens[i + 1]?.lower ?? '')) return i + 2;
  // In words: `at ten thirty`, `at five o'clock`.
  const hour = t.kind === 'word' ? parseBelowHundred(tokens, i) : undefined;
  if (!hour || hour.ordinal || hour.value < 1 || hour.value > 24) return undefined;
  const past = parseBelowHundred(tokens, hour.end);
  const end = past && !past.ordinal && past.value >= 10 && past.value < 60 ? past.end : hour.end;
  return afterTimeOfDay(tokens, end, false) ?? (end > hour.end ? end : undefined);
}

/** An hour of the clock at token i, in words or figures (`six`, `6`): the index after it. */
function clockHourEnd(tokens: Token[], i: number): number | undefined {
  const t = tokens[i];
  if (t?.kind === 'number') return /^\d{1,2}$/.test(t.text) && Number(t.text) >= 1 && Number(t.text) <= 12 ? i + 1 : undefined;
  const hour = parseBelowHundred(tokens, i);
  return hour && !hour.ordinal && hour.value >= 1 && hour.value <= 12 ? hour.end : undefined;
}

/**
 * `twenty minutes to six`, `half past five`, `a quarter to six`, `ten past four`: a time of day in
 * words, the index after it. (`five to nine`, with neither `minutes` nor `past`, may be a vote.)
 */
function clockInWords(tokens: Token[], i: number): number | undefined {
  const t = tokens[i];
  if (t?.kind !== 'word') return undefined;
  let j: number;
  let named = false;
  if (t.lower === 'half') [j, named] = [i + 1, true];
  else if (t.lower === 'quarter' || (t.lower === 'a' && tokens[i + 1]?.lower === 'quarter')) [j, named] = [t.lower === 'a' ? i + 2 : i + 1, true];
  else {
    const minutes = parseBelowHundred(tokens, i);
    if (!minutes || minutes.ordinal || minutes.value < 1 || minutes.value >= 60) return undefined;
    j = minutes.end;
    if (/^minutes?$/.test(tokens[j]?.lower ?? '')) [j, named] = [j + 1, true];
  }
  const way = tokens[j]?.lower;
  if (way !== 'past' && !(way === 'to' && named)) return undefined;
  const end = clockHourEnd(tokens, j + 1);
  return end === undefined ? undefined : afterTimeOfDay(tokens, end, false) ?? end;
}

/**
 * A time of day, or two joined by a dash (`10:00–16:00`): not a count, and not part of the date it
 * qualifies either (`At 07:20 (Moscow time) on 19 November 1942` stays one date). The index after it.
 */
function timeOfDayEnd(tokens: Token[], i: number): number | undefined {
  const end = timeOfDayAt(tokens, i);
  if (end === undefined) return undefined;
  return isDash(tokens[end]) ? timeOfDayAt(tokens, end + 1) ?? end : end;
}

/**
 * Whether a date may open at this token: a number, or a word one of the readers below opens on (`the`,
 * a weekday, a month, a part word, a half, a season, a number word such as `second`). Every token of
 * every sentence is tried as a date, and most are other words: they leave here.
 */
export function mayOpenDate(t: Token): boolean {
  if (t.kind === 'number') return true;
  // (One look-up for all the tables: a word of the text is hashed once, then missed once.)
  return t.kind === 'word' && (DATE_OPENERS.has(t.lower) || t.lower.endsWith('score'));
}

/** A date or a range of dates at token i; `{ end }` for a day and month no year dates (skip it, it is no count). */
function readDateAt(s: SentenceText, i: number, year: number | undefined, borrowed = false): FoundValue | { end: number } | undefined {
  return mayOpenDateAt(s.tokens, i) ? readDateOpening(s, i, year, borrowed) : undefined;
}

/**
 * Whether a date may open at token i: mayOpenDate, and a `the` only before a token a date may open at
 * (`the 22nd of June`, `the end of March`, `the summer of 1942`): every reader reads past a `the` to
 * one of those. (`the` is the commonest word of all.)
 */
export function mayOpenDateAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!mayOpenDate(t)) return false;
  return t.lower !== 'the' || (tokens[i + 1] !== undefined && mayOpenDate(tokens[i + 1]!));
}

/** What readDateAt reads at a token of a text, asked of every token (for the test that mayOpenDate turns no date away). */
export function dateOpeningAt(text: string, i: number, year?: number): FoundValue | { end: number } | undefined {
  return readDateOpening({ text, offset: 0, tokens: tokenize(text) }, i, year);
}

function readDateOpening(s: SentenceText, i: number, year: number | undefined, borrowed = false): FoundValue | { end: number } | undefined {
  const tokens = s.tokens;
  const t = tokens[i]!;
  // `31 February 1942` is no date at all, not `February 1942`.
  if (MONTHS[t.lower] !== undefined && tokens[i - 1]?.kind === 'number' && /^\d{1,2}(st|nd|rd|th)?$/.test(tokens[i - 1]!.lower)) return undefined;
  const range = parseSharedRange(tokens, i, year) ?? parseBorrowedRange(tokens, i);
  if (range) {
    const dayPrecise = range.first.precision === 'day' && range.second.precision === 'day';
    return dateRange(s, i, range.second.end, range.first.interval, range.second.interval, dayPrecise);
  }
  let date: DateParse | undefined = parseNamedDate(tokens, i) ?? parsePartialDate(tokens, i);
  let guessed = false;
  if (!date) {
    const yearless = parseYearlessDate(tokens, i, year);
    if (yearless && !('interval' in yearless)) return { end: yearless.end };
    date = yearless ?? parseYearlessMonth(tokens, i, year);
    if (date && borrowed) guessed = true;
  }
  if (!date) return undefined;
  // The written value leaves out a leading weekday.
  const first = WEEKDAYS.has(t.lower) ? skipComma(tokens, i + 1) : i;
  // A range of dates: `23 August 1942 – 2 February 1943`, `from … to …`, `between … and …`
  // (`from the fourth of May, nineteen thirty-one, to the twenty-second of January, …`: a date whose
  // year is set off by commas closes with one before the join.)
  const join = tokens[date.end]?.text === ',' && tokens[first - 1]?.lower === 'from' && tokens[date.end + 1]?.lower === 'to' ? date.end + 1 : date.end;
  if (isRangeJoin(tokens[join], tokens[first - 1])) {
    const second = parseRangeEnd(tokens, join + 1, date.interval);
    if (second) return dateRange(s, first, second.end, date.interval, second.interval, date.precision === 'day' && second.precision === 'day');
  }
  return { form: 'date', ...slice(s, first, date.end), interval: date.interval, firstToken: first, endToken: date.end, precision: date.precision, ...(guessed ? { yearFromContext: true } : {}) };
}

/** `lasted 1140 days`: four digits before a plural unit of time are a length, not a year. */
function beforePluralUnit(tokens: Token[], i: number): boolean {
  return UNIT_WORDS[tokens[i + 1]?.lower ?? ''] !== undefined && /s$/.test(tokens[i + 1]!.lower);
}

/** A value that is not a date with a month or season: a year, a decade, a count, a share, a duration. */
function readOtherValueAt(s: SentenceText, i: number): FoundValue | undefined {
  const tokens = s.tokens;
  const t = tokens[i]!;
  const decade = decadeAt(tokens, i);
  if (decade) {
    return { form: 'date', ...slice(s, i, decade.end), interval: yearInterval(decade.decade, 10), firstToken: i, endToken: decade.end, precision: 'year' };
  }
  if (isYearNumber(t) && !beforePluralUnit(tokens, i) && !isDash(tokens[i - 1]) && !/^[/.:]$/.test(tokens[i - 1]?.text ?? '')) return readYearOrRange(s, i);
  const wordYear = t.kind === 'word' ? wordYearAt(tokens, i) : undefined;
  if (wordYear) return { form: 'year', ...slice(s, i, wordYear.end), interval: yearInterval(wordYear.year), firstToken: i, endToken: wordYear.end };
  if (!isWordNumberStart(t, tokens[i + 1])) return undefined;
  const read = readValueAt(s, i);
  if (!read) return undefined;
  const value: FoundValue = {
    form: read.q.form, ...slice(s, read.first, read.q.end), interval: toInterval(read.q),
    firstToken: read.first, endToken: read.q.end, ...(read.q.measure ? { measure: read.q.measure } : {}),
  };
  return widenRange(s, value) ?? value;
}

/** A hedge before a count, share or duration replaces its interval (dates take none). */
function withHedge(s: SentenceText, value: FoundValue): FoundValue {
  if (value.hedge || value.form === 'date' || value.form === 'year' || value.form === 'date-range') return value;
  const hedge = findHedge(s, value.firstToken);
  if (!hedge) return value;
  const h = slice(s, hedge.first, value.firstToken);
  return {
    ...value,
    interval: applyHedge(value.interval, hedge.kind),
    hedge: { kind: hedge.kind, range: { start: h.range.start, end: s.tokens[value.firstToken - 1]!.end }, text: h.text.trim() },
  };
}

/**
 * `| Ship | Days at sea |` over `| *Providence* | 44 |`, `| Length (weeks) |`: a bare count in a column
 * whose header (its words, in lower case) names one unit of time, in the plural, is that many of it (a header with a number of
 * its own, `Deaths in 10 days`, says no unit of the cell's).
 */
export function inHeadersUnit(value: FoundValue, words: readonly Token[]): FoundValue {
  if (value.form !== 'count' || value.measure !== undefined) return value;
  if (words.some((t) => t.kind === 'number')) return value;
  // (`Aggregate working days lost`, `Man-days`: days of work summed over many people, no time that passed.)
  if (words.some((t) => /^(lost|working|worked|man)$/.test(t.lower))) return value;
  const units = words.filter((t) => t.kind === 'word' && /s$/.test(t.lower) && UNIT_WORDS[t.lower] !== undefined).map((t) => UNIT_WORDS[t.lower]!);
  if (units.length !== 1) return value;
  const days = DAYS_PER_UNIT[units[0]!]!;
  const { low, high, nominal } = value.interval;
  return { ...value, form: 'duration', interval: { dimension: 'duration', low: low * days, high: high * days, nominal: nominal * days } };
}

/**
 * `| Per cent of passes | 71 | 89 |`, a column `Pass rate (%)`: a bare count of at most a hundred in a
 * cell whose header or row label names a percentage (and no number of its own) is that share.
 */
export function inHeadersShare(value: FoundValue, words: readonly Token[]): FoundValue {
  if (value.form !== 'count' || value.measure !== undefined || value.interval.nominal > 100) return value;
  if (words.some((t) => t.kind === 'number')) return value;
  if (!words.some((t, k) => t.lower === 'percentage' || percentMarkAt(words, k) > 0)) return value;
  const { low, high, nominal } = value.interval;
  return { ...value, form: 'fraction', interval: { dimension: 'fraction', low: low / 100, high: high / 100, nominal: nominal / 100 } };
}

/**
 * Every value in a sentence, left to right, none overlapping. A day and month the sentence gives
 * no year takes the one year the sentence names, else `context.year`, else is no value.
 */
export function extractValues(text: string, offset = 0, context: ValueContext = {}, read?: readonly Token[]): FoundValue[] {
  // (`read`: the text's tokens as `tokenize` gives them, when the caller has them. Copied, since years
  // are rewritten in this array; the tokens themselves are never changed.)
  const s: SentenceText = { text, offset, tokens: read ? read.slice() : tokenize(text, offset) };
  const tokens = s.tokens;
  const found: FoundValue[] = findNumericDates(s);
  readRomanYears(tokens);
  const written = namedYears(tokens);
  const around = written.size > 0 ? Math.min(...written) : context.year;
  const shortened = readShortYears(tokens, around);
  const years = readSpokenYears(tokens, around) || shortened ? namedYears(tokens) : written;
  const year = years.size === 1 ? [...years][0] : context.year;
  const borrowed = years.size !== 1 && context.year !== undefined;
  const taken = new Set<number>();
  for (const v of found) for (let k = v.firstToken; k < v.endToken; k++) taken.add(k);

  for (let i = 0; i < tokens.length; i++) {
    if (taken.has(i)) continue;
    // (A time of day or a telephone number: no value, and no part of one.)
    const noValue = timeOfDayEnd(tokens, i) ?? phoneNumberEnd(tokens, i);
    if (noValue !== undefined) {
      i = noValue - 1;
      continue;
    }
    const date = readDateAt(s, i, year, borrowed);
    if (date && !('form' in date)) {
      i = date.end - 1;
      continue;
    }
    const value = date ?? readOtherValueAt(s, i);
    if (!value) continue;
    found.push(withHedge(s, value));
    for (let k = value.firstToken; k < value.endToken; k++) taken.add(k);
    i = value.endToken - 1;
  }
  let length: FoundValue | undefined;
  return found.sort((a, b) => a.range.start - b.range.start).map((v) => {
    const read = unitLeftOut(tokens, v, length);
    if (read.form === 'duration') length = read;
    return read;
  });
}

/**
 * `Going down took seven hours, and coming back took nine`: a bare number a verb of taking time takes,
 * with no noun after it, is so many of the unit of the length told last before it in the sentence.
 */
function unitLeftOut(tokens: readonly Token[], v: FoundValue, length: FoundValue | undefined): FoundValue {
  if (v.form !== 'count' || v.measure !== undefined || !TAKING_TIME.has(tokens[v.firstToken - 1]?.lower ?? '')) return v;
  if (tokens[v.endToken] !== undefined && tokens[v.endToken]!.kind !== 'punct') return v;
  const unit = length ? UNIT_WORDS[tokens[length.endToken - 1]?.lower ?? ''] : undefined;
  if (unit === undefined) return v;
  const days = DAYS_PER_UNIT[unit]!;
  const i = v.interval;
  return { ...v, form: 'duration', interval: { dimension: 'duration', low: i.low * days, high: i.high * days, nominal: i.nominal * days } };
}

function dateRange(
  s: SentenceText,
  first: number,
  end: number,
  a: QuantityInterval,
  b: QuantityInterval,
  dayPrecise: boolean,
): FoundValue {
  const interval: QuantityInterval = { dimension: 'date', low: a.low, high: b.high, nominal: a.low };
  const value: FoundValue = { form: 'date-range', ...slice(s, first, end), interval, firstToken: first, endToken: end };
  if (dayPrecise) {
    // Counting both the first and the last day, give or take a day.
    const days = b.low - a.low + 1;
    value.impliedDuration = { dimension: 'duration', low: days - 1, high: days + 1, nominal: days };
  }
  return value;
}

/** `1942`, `1939–40`, `1939-1945`, `1942/43`, and `between 1939 and 1945`. */
function readYearOrRange(s: SentenceText, i: number): FoundValue {
  const tokens = s.tokens;
  const year = Number(tokens[i]!.text);
  const next = tokens[i + 1];
  // `1942/43` names the two years (a season, a campaign across the turn of the year), never a fraction.
  const pair = next?.text === '/' ? pairedYear(tokens, i + 1, year) : undefined;
  if (pair) {
    const interval = { ...yearInterval(year), high: yearInterval(pair.year).high };
    return { form: 'date', ...slice(s, i, pair.end), interval, firstToken: i, endToken: pair.end, precision: 'year' };
  }
  if (next && isDash(next) && tokens[i + 2]?.kind === 'number' && /^\d{2}(\d{2})?$/.test(tokens[i + 2]!.text)) {
    const tail = tokens[i + 2]!.text;
    const second = tail.length === 2 ? Math.floor(year / 100) * 100 + Number(tail) : Number(tail);
    if (second > year && second - year < 100) {
      return dateRange(s, i, i + 3, yearInterval(year), yearInterval(second), false);
    }
  }
  if ((next?.lower === 'and' || next?.lower === 'to') && isYearNumber(tokens[i + 2]) && Number(tokens[i + 2]!.text) > year) {
    const before = tokens[i - 1]?.lower;
    // (`the Winter War of 1939 to 1940`: the years a thing named before `of` spanned.)
    if (before === 'between' || before === 'from' || (before === 'of' && next.lower === 'to')) {
      return dateRange(s, i, i + 3, yearInterval(year), yearInterval(Number(tokens[i + 2]!.text)), false);
    }
  }
  // (`in 1862 or 1863`: one of two years close together, a year the writer is not sure of, holding both.)
  const either = next?.lower === 'or' && isYearNumber(tokens[i + 2]) ? Number(tokens[i + 2]!.text) : undefined;
  if (either !== undefined && either > year && either - year <= 2) {
    return { form: 'date', ...slice(s, i, i + 3), interval: { ...yearInterval(year), high: yearInterval(either).high }, firstToken: i, endToken: i + 3, precision: 'year' };
  }
  return { form: 'year', ...slice(s, i, i + 1), interval: yearInterval(year), firstToken: i, endToken: i + 1 };
}

/**
 * `(03 5521 8870)`, `0141 496 0000`: groups of digits a space apart, the first with a leading zero, are
 * a telephone number, no value. Where it ends, else undefined.
 */
function phoneNumberEnd(tokens: readonly Token[], i: number): number | undefined {
  if (tokens[i]?.kind !== 'number' || !/^0\d{1,4}$/.test(tokens[i]!.text)) return undefined;
  let end = i + 1;
  while (tokens[end]?.kind === 'number' && /^\d{2,5}$/.test(tokens[end]!.text) && tokens[end]!.start === tokens[end - 1]!.end + 1) end++;
  return end - i >= 2 ? end : undefined;
}

/** `between 1.5 and 2 million`, `10,000–15,000 men`, `3 to 4 months`: the span from A to B. */
function widenRange(s: SentenceText, first: FoundValue): FoundValue | undefined {
  const tokens = s.tokens;
  const sep = tokens[first.endToken];
  if (!sep || first.form === 'date' || first.form === 'year' || first.form === 'date-range') return undefined;
  const between = tokens[first.firstToken - 1]?.lower === 'between';
  const joins = (isDash(sep) && sep.start === tokens[first.endToken - 1]!.end) || sep.lower === 'to' || (between && sep.lower === 'and');
  if (!joins) return undefined;
  const second = readValueAt(s, first.endToken + 1);
  if (!second) return undefined;
  let low = first.interval.nominal;
  // `1.5 and 2 million`, `3 to 4 months`: the first number borrows the second's scale or unit.
  const secondNumber = parseNumber(tokens, first.endToken + 1);
  if (first.form === 'count' && secondNumber && secondNumber.value !== 0) {
    if (second.q.form !== 'count') low *= second.q.value / secondNumber.value;
    else {
      const scale = tokens.slice(first.endToken + 1, second.q.end).map((t) => SCALES[t.lower]).find((x) => x !== undefined && x > 100);
      if (scale && low <= second.q.value / scale) low *= scale;
    }
  } else if (first.form !== second.q.form) {
    return undefined;
  }
  const high = second.q.value;
  if (!(high > low)) return undefined;
  const range = slice(s, first.firstToken, second.q.end);
  return {
    form: second.q.form,
    ...range,
    interval: { dimension: second.q.form, low, high, nominal: (low + high) / 2 },
    firstToken: first.firstToken,
    endToken: second.q.end,
    hedge: { kind: 'range', range: between ? { start: tokens[first.firstToken - 1]!.start, end: tokens[first.firstToken - 1]!.end } : range.range, text: between ? 'between' : range.text },
  };
}

export { dayNumber };
