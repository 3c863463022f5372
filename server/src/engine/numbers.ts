// Numbers as people write them: `2,000,000`, `1.5 million`, `1.2m`, `one hundred and ninety-nine`,
// `two dozen`, `nineteen-forty-one`, `twenty-second`, `nine-tenths`, `a quarter`.
import { isDash, type Token } from './tokens.js';
import { wordTable } from './wordTable.js';

export interface ParsedNumber {
  value: number;
  /** Place value of the last non-zero digit, or of the smallest named part (`and a half`: 0.5). */
  step: number;
  /** Index of the first and one past the last token used. */
  first: number;
  end: number;
  ordinal: boolean;
  inWords: boolean;
}

const UNITS: Record<string, number> = wordTable({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
});
const TENS: Record<string, number> = wordTable({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});
const ORDINAL_UNITS: Record<string, number> = wordTable({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15,
  sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19,
});
const ORDINAL_TENS: Record<string, number> = wordTable({
  twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70,
  eightieth: 80, ninetieth: 90,
});
export const SCALES: Record<string, number> = wordTable({
  dozen: 12, hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  // `4 millions`, as some writers put it
  thousands: 1e3, millions: 1e6, billions: 1e9,
});
/** Denominators named as words: `a quarter`, `nine-tenths`, `two thirds`. */
export const FRACTION_WORDS: Record<string, number> = wordTable({
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4,
  fifth: 5, fifths: 5, sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8,
  ninth: 9, ninths: 9, tenth: 10, tenths: 10, twelfth: 12, twelfths: 12, twentieth: 20, twentieths: 20,
});

export function lastNonZeroStep(value: number): number {
  if (value === 0) return 1;
  const abs = Math.abs(value);
  // Work on the decimal string so 1.5 gives 0.1 and 2,000,000 gives 1,000,000.
  const [intPart, fracPart = ''] = abs.toFixed(6).replace(/0+$/, '').replace(/\.$/, '').split('.');
  if (fracPart.length > 0) return Math.pow(10, -fracPart.length);
  const trailingZeros = intPart.length - intPart.replace(/0+$/, '').length;
  // A figure of three digits or more that ends in a single zero (`110 days`, `610 killed`, `1,140 men`)
  // is a tally, precise to its unit; round figures end in two zeros or more (`200 days`, `1,200`).
  if (trailingZeros === 1 && intPart.length >= 3) return 1;
  return Math.pow(10, trailingZeros);
}

/** Scales written straight after digits: `1.2m`, `3bn`, `40k` (the tokenizer keeps them glued). */
const GLUED_SCALES: Record<string, number> = wordTable({ k: 1e3, m: 1e6, bn: 1e9 });

function digitValue(token: Token, next?: Token): number {
  // `4.000.000`, `428.000 men`: points that group thousands, as many languages write them (a decimal
  // is not written with exactly three zeros, nor with two points; `2.125 million` keeps its point).
  const grouped = /^\d{1,3}(\.\d{3}){2,}$/.test(token.text) || (/^\d{1,3}\.000$/.test(token.text) && !(next && next.lower in SCALES));
  return Number(token.text.replace(grouped ? /\./g : /,/g, '').replace(/,/g, '').replace(/(st|nd|rd|th|bn|m|k)$/, ''));
}

const BELOW_HUNDRED = new Set([UNITS, TENS, ORDINAL_UNITS, ORDINAL_TENS].flatMap((table) => Object.keys(table)));

/** Words from zero to ninety-nine, cardinal or ordinal, joined by a hyphen or a space. */
export function parseBelowHundred(
  tokens: Token[],
  i: number,
): { value: number; end: number; ordinal: boolean } | undefined {
  const t = tokens[i];
  // (Every word of a sentence is tried as a year said in words: most are no number word at all.)
  if (!t || t.kind !== 'word' || !BELOW_HUNDRED.has(t.lower)) return undefined;
  if (t.lower in UNITS) return { value: UNITS[t.lower]!, end: i + 1, ordinal: false };
  if (t.lower in ORDINAL_UNITS) return { value: ORDINAL_UNITS[t.lower]!, end: i + 1, ordinal: true };
  if (t.lower in ORDINAL_TENS) return { value: ORDINAL_TENS[t.lower]!, end: i + 1, ordinal: true };
  if (t.lower in TENS) {
    const tens = TENS[t.lower]!;
    let j = i + 1;
    if (isDash(tokens[j])) j++;
    const next = tokens[j];
    if (next && next.kind === 'word') {
      const unit = UNITS[next.lower];
      if (unit !== undefined && unit > 0 && unit < 10) return { value: tens + unit, end: j + 1, ordinal: false };
      const ordinalUnit = ORDINAL_UNITS[next.lower];
      if (ordinalUnit !== undefined && ordinalUnit < 10) return { value: tens + ordinalUnit, end: j + 1, ordinal: true };
    }
    return { value: tens, end: i + 1, ordinal: false };
  }
  return undefined;
}

/** The words below a hundred, and `a`, `an`: the words a number in words opens on (besides `fourscore`). */
export const NUMBER_WORD_OPENERS: ReadonlySet<string> = new Set(['a', 'an', ...BELOW_HUNDRED]);

/** Whether a number in words may open at this token (`a`, `an`, a word below a hundred, `fourscore`): parseNumberWords reads none at any other. */
export function mayOpenNumberWords(t: Token): boolean {
  return t.kind === 'word' && (NUMBER_WORD_OPENERS.has(t.lower) || t.lower.endsWith('score'));
}

/** A token that opens a count: a number, or number words other than `a` and `an` (`six`, `a dozen` no). */
export function opensCount(t: Token | undefined): boolean {
  return t !== undefined && (t.kind === 'number' || (mayOpenNumberWords(t) && t.lower !== 'a' && t.lower !== 'an'));
}

/**
 * Parses a number written in words starting at token i: `two`, `one hundred and ninety-nine`,
 * `five hundred thousand`, `a million`, `two dozen`. A year said in pairs (`nineteen forty-one`)
 * is no count: `parseWordYear` reads it, and here it stops after its first pair.
 */
export function parseNumberWords(tokens: Token[], i: number): ParsedNumber | undefined {
  let j = i;
  let total = 0;
  let current = 0;
  let sawAny = false;
  let ordinal = false;
  const first = tokens[i];
  if (!first) return undefined;
  // (Most words are no number word: they leave the loop below at once, as they leave here.)
  if (!mayOpenNumberWords(first)) return undefined;
  // `a million`, `a hundred`, `a thousand`
  if ((first.lower === 'a' || first.lower === 'an') && tokens[i + 1] && tokens[i + 1]!.lower in SCALES) {
    current = 1;
    sawAny = true;
    j = i + 1;
  }
  while (j < tokens.length) {
    const t = tokens[j]!;
    if (t.kind !== 'word') break;
    if (t.lower in SCALES) {
      if (!sawAny) break;
      const scale = SCALES[t.lower]!;
      // `two dozen`: a dozen is a named unit, so the value is good to half a dozen (at most 10%).
      if (scale === 12) {
        const count = total + (current || 1);
        return { value: count * 12, step: lastNonZeroStep(count) * 12, first: i, end: j + 1, ordinal: false, inWords: true };
      }
      if (scale === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
      j++;
      // `one hundred and ninety-nine`; but `four million and three million` are two numbers.
      const after = tokens[j]?.lower === 'and' ? parseBelowHundred(tokens, j + 1) : undefined;
      if (after && !((SCALES[tokens[after.end]?.lower ?? ''] ?? 0) >= scale)) j++;
      continue;
    }
    // `fourscore and ten`, `seven score`, `three hundred threescore and eight`: the old way of counting in twenties.
    const scored = scoreAt(tokens, j, sawAny ? total + current : 0);
    if (scored) return { value: scored.value, step: scored.step, first: i, end: scored.end, ordinal: false, inWords: true };
    const small = parseBelowHundred(tokens, j);
    if (!small) break;
    if (sawAny && current !== 0 && current % 100 !== 0) break;
    const old = !sawAny ? oldStyleTens(tokens, i, small) : undefined;
    if (old) return old;
    current += small.value;
    ordinal = small.ordinal;
    sawAny = true;
    j = small.end;
    if (ordinal) break;
  }
  if (!sawAny) return undefined;
  const value = total + current;
  return { value, step: lastNonZeroStep(value), first: i, end: j, ordinal, inWords: true };
}

/**
 * A count in twenties at j (`fourscore`, `seven score`), with what comes before it (`three hundred`)
 * and the units after it (`and ten`): its value, how precise it is, and where it ends. `a score of
 * men` is left vague.
 */
function scoreAt(tokens: Token[], j: number, before: number): { value: number; step: number; end: number } | undefined {
  const t = tokens[j];
  if (!t || t.kind !== 'word') return undefined;
  let twenties: number | undefined;
  let end = j + 1;
  // (Asked of every word of a sentence: the pattern only of those that end in `score`.)
  const glued = t.lower.endsWith('score') ? /^(\p{L}+)score$/u.exec(t.lower) : null;
  if (glued && UNITS[glued[1]!] !== undefined) twenties = UNITS[glued[1]!];
  else if (UNITS[t.lower] !== undefined && UNITS[t.lower]! >= 2 && tokens[j + 1]?.lower === 'score') {
    twenties = UNITS[t.lower];
    end = j + 2;
  }
  if (twenties === undefined || (before % 100 !== 0)) return undefined;
  let value = before + twenties * 20;
  const more = tokens[end]?.lower === 'and' ? parseBelowHundred(tokens, end + 1) : undefined;
  // (A score is a named unit, as a dozen is: `seven score` is good to half a score.)
  if (more && !more.ordinal && more.value >= 1 && more.value < 20) return { value: value + more.value, step: lastNonZeroStep(value + more.value), end: more.end };
  return { value, step: 20, end };
}

/**
 * `five and twenty`, `five and forty souls`: the old way of saying 25 and 45 (not `between five and
 * twenty`, `from five and twenty`, which are two numbers).
 */
function oldStyleTens(tokens: Token[], i: number, unit: { value: number; end: number; ordinal: boolean }): ParsedNumber | undefined {
  // (`Three-and-twenty`: hyphened too.)
  const hyphen = (k: number) => isDash(tokens[k]) && tokens[k]!.start === tokens[k - 1]?.end && tokens[k + 1]?.start === tokens[k]!.end;
  const joined = hyphen(unit.end) && tokens[unit.end + 1]?.lower === 'and' && hyphen(unit.end + 2);
  const and = joined ? unit.end + 1 : unit.end;
  if (unit.ordinal || tokens[and]?.lower !== 'and' || /^(between|from)$/.test(tokens[i - 1]?.lower ?? '')) return undefined;
  // (`Fifty and eight years`, `ninety and nine`: the tens first, the same old way.)
  if (!joined && unit.value >= 20 && unit.value <= 90 && unit.value % 10 === 0) {
    const units = parseBelowHundred(tokens, and + 1);
    if (!units || units.ordinal || units.value < 1 || units.value > 9 || (tokens[units.end]?.lower ?? '') in SCALES || tokens[units.end]?.lower === 'and') return undefined;
    const value = unit.value + units.value;
    return { value, step: lastNonZeroStep(value), first: i, end: units.end, ordinal: false, inWords: true };
  }
  if (unit.value < 1 || unit.value > 9) return undefined;
  const tens = parseBelowHundred(tokens, joined ? and + 2 : and + 1);
  // (`the three and twentieth day of March`: an ordinal the same way.)
  if (!tens || tens.value < 20 || tens.value % 10 !== 0 || (tokens[tens.end]?.lower ?? '') in SCALES) return undefined;
  const value = tens.value + unit.value;
  return { value, step: lastNonZeroStep(value), first: i, end: tens.end, ordinal: tens.ordinal, inWords: true };
}

/** Parses `2,000,000`, `1.5 million`, `22nd`, `two million`, `a quarter`-free numbers at token i. */
export function parseNumber(tokens: Token[], i: number): ParsedNumber | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  if (t.kind === 'number') {
    const value = digitValue(t, tokens[i + 1]);
    const ordinal = /(st|nd|rd|th)$/.test(t.lower);
    let step = lastNonZeroStep(value);
    const glued = /(bn|m|k)$/.exec(t.lower)?.[1];
    if (glued) {
      // `a 6m-high wall` measures in metres; a length is no claim, so it is no number here either.
      if (glued === 'm' && isDash(tokens[i + 1]) && tokens[i + 1]!.start === t.end) return undefined;
      const scale = GLUED_SCALES[glued]!;
      return { value: value * scale, step: step * scale, first: i, end: i + 1, ordinal: false, inWords: false };
    }
    let result = value;
    let end = i + 1;
    const scaleToken = tokens[end];
    if (!ordinal && scaleToken && scaleToken.lower in SCALES && scaleToken.lower !== 'hundred') {
      const scale = SCALES[scaleToken.lower]!;
      result = value * scale;
      step = step * scale;
      end++;
    }
    return { value: result, step, first: i, end, ordinal, inWords: false };
  }
  return parseNumberWords(tokens, i);
}

/** Words that may follow a share standing alone (`cut by a third in 1655`, `by half, and`): not a noun it qualifies. */
const AFTER_SHARE = new Set(['in', 'on', 'at', 'by', 'and', 'or', 'to', 'from', 'after', 'before', 'when', 'while', 'during', 'over', 'within', 'but']);

/** The phrase ends before this token: a stop, or a word that starts another phrase. */
export function endsPhrase(token: Token | undefined): boolean {
  return token === undefined || token.kind === 'punct' || AFTER_SHARE.has(token.lower);
}

/** `a quarter`, `one quarter`, `three quarters`, `nine-tenths`, `two thirds`, `half`. */
export function parseFractionWords(
  tokens: Token[],
  i: number,
): { value: number; step: number; end: number } | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  if (t.lower === 'half' || t.lower === 'halves') return { value: 0.5, step: 0.5, end: i + 1 };
  let numerator: number | undefined;
  let j = i;
  if (t.lower === 'a' || t.lower === 'an' || t.lower === 'one') {
    numerator = 1;
    j = i + 1;
  } else if (t.lower in UNITS && UNITS[t.lower]! > 1 && UNITS[t.lower]! < 10) {
    numerator = UNITS[t.lower];
    j = i + 1;
  }
  if (numerator === undefined) return undefined;
  if (isDash(tokens[j])) j++;
  const denominatorToken = tokens[j];
  if (!denominatorToken) return undefined;
  const denominator = FRACTION_WORDS[denominatorToken.lower];
  if (denominator === undefined || denominator === 2) return undefined;
  // `a second`, `a fourth`, `a fifth` are rarely shares without `of`.
  const plural = /s$/.test(denominatorToken.lower);
  if (!plural && numerator > 1) return undefined;
  // (`one twentieth part of the year's receipts`, `a fifth part of the town`: the old way of writing one.)
  const part = /^parts?$/.test(tokens[j + 1]?.lower ?? '') && tokens[j + 2]?.lower === 'of' ? 1 : 0;
  if (!plural && denominatorToken.lower !== 'quarter') {
    // (`1,100 of the town's 6,000 people, nearly a fifth, had died`: a share set off by commas after
    // the count it is the share of.)
    const hedged = /^(nearly|about|almost|roughly|some|over|under|just|perhaps|around)$/.test(tokens[i - 1]?.lower ?? '') ? i - 2 : i - 1;
    const setOff = tokens[hedged]?.text === ',' && /^[,;.)]$/.test(tokens[j + 1]?.text ?? '') && tokens.slice(0, hedged).some((x) => x.kind === 'number');
    // (`one third was raised by subscription`: `one` before the word makes it a share, where `a third` may be a third man.)
    const oneShare = t.lower === 'one' && /^(was|were|is|are|had|has)$/.test(tokens[j + 1]?.lower ?? '');
    if (tokens[j + 1 + part]?.lower !== 'of' && !(tokens[i - 1]?.lower === 'by' && endsPhrase(tokens[j + 1])) && !setOff && !oneShare) return undefined;
  }
  return { value: numerator / denominator, step: 1 / denominator, end: j + 1 + part };
}

/**
 * `one thousand seven hundred …`: a year said as a count is said, as a register or a report writes
 * one, is `seventeen hundred …` said longer: the lead of the hundreds (11 to 19) parseWordYear reads.
 */
function thousandsLead(tokens: Token[], i: number): { value: number; end: number; ordinal: boolean } | undefined {
  if (tokens[i]?.lower !== 'one' || tokens[i + 1]?.lower !== 'thousand') return undefined;
  const hundreds = parseBelowHundred(tokens, i + 2);
  if (!hundreds || hundreds.ordinal || hundreds.value < 1 || hundreds.value > 9 || tokens[hundreds.end]?.lower !== 'hundred') return undefined;
  return { value: 10 + hundreds.value, end: hundreds.end, ordinal: false };
}

/**
 * A year said the way years are said: two pairs (`nineteen forty-one`, `nineteen-forty-one`,
 * `eighteen seventy-one`) or a pair of hundreds (`nineteen hundred and forty-one`). Nobody counts
 * in pairs, so that form is always a year; `hundred` says whether the form could also be a count
 * (`nineteen hundred men`), which the caller decides from the words around it.
 */
export function parseWordYear(tokens: Token[], i: number): { year: number; end: number; hundred: boolean } | undefined {
  const lead = thousandsLead(tokens, i) ?? parseBelowHundred(tokens, i);
  if (!lead || lead.ordinal || lead.value < 10 || lead.value > 21) return undefined;
  let j = lead.end;
  let year: number;
  const hundred = tokens[j]?.lower === 'hundred';
  if (hundred) {
    j++;
    const and = tokens[j]?.lower === 'and' ? 1 : 0;
    const tail = parseBelowHundred(tokens, j + and);
    if (tail?.ordinal) return undefined;
    year = lead.value * 100 + (tail?.value ?? 0);
    if (tail && tail.value > 0) j = tail.end;
    // `sixteen hundred sixty and six`: the old way of saying 1666.
    const unit = tail && tail.value >= 20 && tail.value % 10 === 0 && tokens[j]?.lower === 'and' ? parseBelowHundred(tokens, j + 1) : undefined;
    if (unit && !unit.ordinal && unit.value >= 1 && unit.value <= 9 && !((tokens[unit.end]?.lower ?? '') in SCALES)) {
      year += unit.value;
      j = unit.end;
    }
  } else {
    if (isDash(tokens[j])) j++;
    const pair = parseBelowHundred(tokens, j);
    // `nineteen five` is not how a year is said (`nineteen oh five` is, and is rare enough to leave).
    if (!pair || pair.ordinal || pair.value < 10) return undefined;
    year = lead.value * 100 + pair.value;
    j = pair.end;
  }
  // `nineteen hundred thousand` is a count, however odd; `twelve twenty-pound guns` a count of guns.
  if (tokens[j] && tokens[j]!.lower in SCALES) return undefined;
  if (isDash(tokens[j]) && tokens[j]!.start === tokens[j - 1]!.end && tokens[j + 1]?.kind === 'word' && !parseBelowHundred(tokens, j + 1)) return undefined;
  return { year, end: j, hundred };
}

const ROMAN: Record<string, number> = { m: 1000, d: 500, c: 100, l: 50, x: 10, v: 5, i: 1 };

/** `MCCCLXIII`, `xiv`: a number in Roman numerals, written all in capitals or all in small letters. */
export function romanValue(word: string): number | undefined {
  if (!/^(?:[MDCLXVI]+|[mdclxvi]+)$/.test(word)) return undefined;
  let total = 0;
  for (let k = 0; k < word.length; k++) {
    const v = ROMAN[word[k]!.toLowerCase()]!;
    const next = ROMAN[word[k + 1]?.toLowerCase() ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total > 0 ? total : undefined;
}
