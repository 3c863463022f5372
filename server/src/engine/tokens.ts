// Word-level tokens with offsets: the unit the value and term extractors read.

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  kind: TokenKind;
  text: string;
  /** Lower-cased text, with curly apostrophes straightened. */
  lower: string;
  start: number;
  end: number;
}

/**
 * A token built whole, in one shape (these keys, in this order): a copy spread and written over
 * (`{ ...t, start }`) has another shape, and V8 drops the code compiled for tokens when it meets one.
 */
export function makeToken(kind: TokenKind, text: string, lower: string, start: number, end: number): Token {
  return { kind, text, lower, start, end };
}

// A table row is read as one sentence (frames/read.ts): each cell's bar becomes a `;` of no width, and
// its column's header words stand at the cell's opening bar, with no width either.

/** A table header's word, read with a cell of its column. */
export function isHeaderWord(t: Token): boolean {
  return t.kind === 'word' && t.start === t.end;
}

/** The bar that ends a table cell (a `;` in the cell's own text is the text's). */
export function isCellBar(t: Token): boolean {
  return t.text === ';' && t.start === t.end;
}

/** The index of the word before token `i`, past a `the` (`for the Glaisk`, `Once the Germans`). */
export function beforeArticle(tokens: readonly Token[], i: number): number {
  return tokens[i - 1]?.lower === 'the' ? i - 2 : i - 1;
}

// Digits with thousands separators or a decimal part, optionally an ordinal suffix or a scale
// glued to them (`1.2m`, `3bn`, `40k`: a writer's million, billion, thousand); words (letters,
// apostrophes); any other non-space character. (Group 1 is a number, group 3 a word.)
const TOKEN_PATTERN =
  /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3}){2,}(?![.\d])|\d+(?:\.\d+)?)(st|nd|rd|th|bn|m|k)?(?![\p{L}\d])|([\p{L}\p{M}\d][\p{L}\p{M}\d'’]*)|\S/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  // (One pattern, its place reset here: every sentence is tokenized, and `matchAll` copies the pattern each time.)
  TOKEN_PATTERN.lastIndex = 0;
  for (let match = TOKEN_PATTERN.exec(text); match; match = TOKEN_PATTERN.exec(text)) {
    const raw = match[0];
    const start = offset + match.index;
    const kind: TokenKind = match[1] !== undefined ? 'number' : match[3] !== undefined ? 'word' : 'punct';
    const lower = raw.toLowerCase();
    tokens.push(makeToken(kind, raw, lower.includes('’') ? lower.replace(/’/g, "'") : lower, start, start + raw.length));
  }
  return tokens;
}

/** True when only spaces (or nothing) stand between two tokens. */
export function adjacent(text: string, textOffset: number, left: Token, right: Token): boolean {
  const between = text.slice(left.end - textOffset, right.start - textOffset);
  return /^[ \t\u00a0]*$/.test(between) && !between.includes('\n\n');
}

export function isDash(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'punct' && /^[-–—‐‑]$/.test(token.text);
}
