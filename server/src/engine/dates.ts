// Calendar arithmetic for date values: a date is the span of days it names.
import type { Token } from './tokens.js';
import type { QuantityInterval } from './types.js';
import { wordTable } from './wordTable.js';

const MS_PER_DAY = 86_400_000;

export const MONTHS: Record<string, number> = wordTable({
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5,
  june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9,
  october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
  // The old clerks' abbreviations, with the month's last letter raised (`Septr. 3rd, 1891`, `Feby.`, `Janry.`).
  jany: 1, janry: 1, feby: 2, febry: 2, augt: 8, septr: 9, octr: 10, novr: 11, decr: 12,
});

const MONTH_NAMES: ReadonlySet<string> = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/** `Sept`, `Feby`, `Septr`: a month's short form, which may take a dot. */
export function isMonthAbbreviation(word: string): boolean {
  return MONTHS[word] !== undefined && !MONTH_NAMES.has(word);
}

/** A number that may be a year (`1891`): 1000 to 2199. */
export function isYearValue(n: number): boolean {
  return Number.isInteger(n) && n >= 1000 && n <= 2199;
}

/** A number token written as a year: four digits (`1891`), one rule for the whole engine. */
export function isYearNumber(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'number' && /^\d{4}$/.test(t.text) && isYearValue(Number(t.text));
}

export const WEEKDAYS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

/**
 * Saints' days of the western calendar, by the saint's name as a feast names it (`the feast of St
 * John the Baptist`, `St Barnabas's Day`, `the feast of the apostles Peter and Paul`): [month, day].
 * (A saint who has several days, `St John` or `St Thomas` alone, is left out.)
 */
export const SAINTS_DAYS: Record<string, [number, number]> = wordTable({
  'john the baptist': [6, 24], 'john the evangelist': [12, 27], 'peter and paul': [6, 29], 'michael': [9, 29], 'martin': [11, 11],
  'barnabas': [6, 11], 'george': [4, 23], 'andrew': [11, 30], 'stephen': [12, 26], 'swithin': [7, 15], 'swithun': [7, 15],
  'bartholomew': [8, 24], 'james': [7, 25], 'patrick': [3, 17], 'valentine': [2, 14], 'luke': [10, 18], 'mark': [4, 25],
  'lawrence': [8, 10], 'laurence': [8, 10], 'matthew': [9, 21], 'mary magdalene': [7, 22], 'lucy': [12, 13], 'nicholas': [12, 6],
  'david': [3, 1], 'agnes': [1, 21], 'catherine': [11, 25], 'katherine': [11, 25], 'crispin': [10, 25], 'giles': [9, 1],
  'hilary': [1, 13], 'denis': [10, 9], 'edmund': [11, 20], 'cuthbert': [3, 20], 'simon and jude': [10, 28], 'all saints': [11, 1],
  'all souls': [11, 2], 'holy innocents': [12, 28],
});

/**
 * Feasts that fall on one day of the year, the old quarter and term days among them (`Martinmas
 * 1765`, `Michaelmas 1673`, `Christmas Day 1683`): [month, day]. (Not the movable feasts: Easter,
 * Whitsun, Pentecost.) The saints' feasts are their saints' days.
 */
export const FIXED_FEASTS: Record<string, [number, number]> = wordTable({
  candlemas: [2, 2], midsummer: SAINTS_DAYS['john the baptist']!, lammas: [8, 1], michaelmas: SAINTS_DAYS.michael!,
  hallowmas: SAINTS_DAYS['all saints']!, martinmas: SAINTS_DAYS.martin!, christmas: [12, 25], epiphany: [1, 6],
});

/** Feasts of the calendar that name a time of year (`at Michaelmas 1527`), not a place: the fixed ones and the movable. */
export const FEASTS: ReadonlySet<string> = new Set([
  ...Object.keys(FIXED_FEASTS), 'easter', 'whitsun', 'whitsuntide', 'shrovetide', 'lent', 'advent', 'lady-day', 'yuletide', 'pentecost',
]);

/** Meteorological seasons (northern hemisphere): [first month, number of months]. */
export const SEASONS: Record<string, [number, number]> = wordTable({
  spring: [3, 3], summer: [6, 3], autumn: [9, 3], fall: [9, 3], winter: [12, 3],
});

/** A day number's year, month and day of the month. */
export function calendarDate(dayNumber: number): { year: number; month: number; day: number } {
  const date = new Date(dayNumber * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function dayNumber(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(0, 0, 0, 0);
  return Math.round(date.getTime() / MS_PER_DAY);
}

export function daysInMonth(year: number, month: number): number {
  return dayNumber(year, month + 1, 1) - dayNumber(year, month, 1);
}

export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function dateInterval(low: number, high: number): QuantityInterval {
  return { dimension: 'date', low, high, nominal: low };
}

export function dayInterval(year: number, month: number, day: number): QuantityInterval {
  const start = dayNumber(year, month, day);
  return dateInterval(start, start + 1);
}

export function monthInterval(year: number, month: number): QuantityInterval {
  return dateInterval(dayNumber(year, month, 1), dayNumber(year, month + 1, 1));
}

/** Part of a month: early (1-10), mid (11-20), late (21-end). */
export function partOfMonthInterval(year: number, month: number, part: 'early' | 'mid' | 'late'): QuantityInterval {
  const first = dayNumber(year, month, 1);
  if (part === 'early') return dateInterval(first, first + 10);
  if (part === 'mid') return dateInterval(first + 10, first + 20);
  return dateInterval(first + 20, dayNumber(year, month + 1, 1));
}

export function yearInterval(year: number, years = 1): QuantityInterval {
  return dateInterval(dayNumber(year, 1, 1), dayNumber(year + years, 1, 1));
}

/** Part of a year: early (January-April), mid (May-August), late (September-December). */
export function partOfYearInterval(year: number, part: 'early' | 'mid' | 'late'): QuantityInterval {
  const startMonth = part === 'early' ? 1 : part === 'mid' ? 5 : 9;
  return dateInterval(dayNumber(year, startMonth, 1), dayNumber(year, startMonth + 4, 1));
}

export function seasonInterval(year: number, season: string): QuantityInterval {
  const [month, length] = SEASONS[season]!;
  return dateInterval(dayNumber(year, month, 1), dayNumber(year, month + length, 1));
}

/** The first half of a year is January-June, the second July-December. */
export function halfOfYearInterval(year: number, half: 1 | 2): QuantityInterval {
  return half === 1 ? dateInterval(dayNumber(year, 1, 1), dayNumber(year, 7, 1)) : dateInterval(dayNumber(year, 7, 1), dayNumber(year + 1, 1, 1));
}

/** The first half of a month is days 1-15, the second the rest. */
export function halfOfMonthInterval(year: number, month: number, half: 1 | 2): QuantityInterval {
  const middle = dayNumber(year, month, 16);
  return half === 1 ? dateInterval(dayNumber(year, month, 1), middle) : dateInterval(middle, dayNumber(year, month + 1, 1));
}

/** Part of a decade: early (its first four years), mid (the next three), late (the last three). */
export function partOfDecadeInterval(decade: number, part: 'early' | 'mid' | 'late'): QuantityInterval {
  const first = part === 'early' ? 0 : part === 'mid' ? 4 : 7;
  const years = part === 'early' ? 4 : 3;
  return yearInterval(decade + first, years);
}

/** The calendar year a day number falls in. */
export function yearOfDay(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

/** The year a date's span opens in and the one it closes in (its last day's: `high` is the day after it). */
export function yearsOfDate(interval: { low: number; high: number }): [number, number] {
  return [yearOfDay(interval.low), yearOfDay(Math.max(interval.low, interval.high - 1))];
}

export function formatDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}
