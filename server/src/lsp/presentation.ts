// What the editor shows: hover text for claims and citations, and where "go to source" leads.
import { evidenceLocationOf, toUri, type LspRange } from '../diagnostics.js';
import {
  describePlace,
  LineIndex,
  type CheckedClaim,
  type Citation,
  type CorpusIndex,
  type Evidence,
  type IndexedSource,
} from '../engine/index.js';

export interface LspLocation {
  uri: string;
  range: LspRange;
}

const DIMENSION_NAMES: Record<string, string> = {
  count: 'a count',
  fraction: 'a share',
  duration: 'a duration',
  date: 'a date',
};

function linesOf(index: CorpusIndex, key: string): LineIndex {
  return index.byKey.get(key)?.lines ?? new LineIndex('');
}

/**
 * A URI as a Markdown link destination: file URIs keep `(` and `)`, which would end the link early
 * (`notes (1).md`), so they are percent-encoded like the rest.
 */
export function linkTarget(uri: string): string {
  return uri.replace(/\(/g, '%28').replace(/\)/g, '%29');
}

/**
 * `file:///…/source.txt#L12`: opens the source at that line in VS Code and most editors; a PDF
 * opens at its page (`#page=3`), a saved web page at its element's line, a Word file at its start.
 */
export function sourceLink(index: CorpusIndex, e: Pick<Evidence, 'sourceKey' | 'sourceUri' | 'sentenceRange' | 'place'>): string {
  const { uri, range } = evidenceLocationOf(e, e.sentenceRange, index);
  if (e.place?.kind === 'page' || e.place?.kind === 'paragraph') return linkTarget(uri);
  return `${linkTarget(uri)}#L${range.start.line + 1}`;
}

/** What the hover's link says: `open at line 12`, `open at p. 231`, `open at paragraph 4`. */
function openAt(index: CorpusIndex, e: Evidence): string {
  if (e.place) return `open at ${describePlace(e.place).replace(/^the element /, '')}`;
  return `open at line ${linesOf(index, e.sourceKey).positionAt(e.sentenceRange.start).line + 1}`;
}

export function evidenceLocation(index: CorpusIndex, e: Evidence): LspLocation {
  return evidenceLocationOf(e, e.sentenceRange, index);
}

export function sourceStart(source: IndexedSource): LspLocation {
  return { uri: toUri(source.uri), range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
}

/** Markdown-escapes text shown inside hover prose. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_{}\[\]<>#|~])/g, '\\$1').replace(/\r?\n|\r/g, ' ');
}

function describeSource(e: Evidence): string {
  const parts = [`*${escapeMarkdown(e.sourceTitle)}*`];
  if (e.sourceKind) parts.push(escapeMarkdown(e.sourceKind));
  if (e.part === 'comment') parts.push('reader comment');
  return parts.join(' · ');
}

function truncate(text: string, max = 400): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Evidence from cited sources first, then agreeing, then the rest; stable otherwise. */
export function orderEvidence(claim: CheckedClaim): Evidence[] {
  const cited = new Set(claim.citations.map((c) => c.sourceKey).filter((k): k is string => !!k));
  const rank = (e: Evidence) => (cited.has(e.sourceKey) ? 0 : 2) + (e.agrees ? 0 : 1);
  return claim.evidence.map((e, i) => ({ e, i })).sort((a, b) => rank(a.e) - rank(b.e) || a.i - b.i).map((x) => x.e);
}

/** The nearest statement a claim no source states did not accept, and the slot that turned it away. */
function closestLines(claim: CheckedClaim, index: CorpusIndex): string[] {
  const closest = claim.closest;
  if (!closest) return [];
  const title = index.byKey.get(closest.sourceKey)?.title ?? closest.sourceKey;
  return ['', `Nearest statement, not the same fact (${escapeMarkdown(closest.because)}): *${escapeMarkdown(title)}*`, '', `> ${escapeMarkdown(truncate(closest.sentence))}`];
}

/** Why a statement was taken for the claim's fact: a strong match, or a weak one that only agrees. */
function whyLine(e: Evidence): string {
  return e.strength === 'strong' ? `*${escapeMarkdown(e.because)}*` : `*may be the same fact: ${escapeMarkdown(e.because)}*`;
}

/** Hover for a checkable claim: what the checker read it as, and what each source says about the same fact. */
export function claimHover(claim: CheckedClaim, index: CorpusIndex): string {
  const out: string[] = [];
  out.push(`**Corroborate** · \`${claim.text.replace(/`/g, "'")}\` (${DIMENSION_NAMES[claim.dimension] ?? claim.dimension})`);
  if (claim.frame) out.push('', `Read as: ${escapeMarkdown(claim.frame)}.`);
  const evidence = orderEvidence(claim);
  if (evidence.length === 0) {
    out.push('', 'No source in the corpus states this.', ...closestLines(claim, index));
  } else {
    const agree = evidence.filter((e) => e.agrees).length;
    const summary = agree === evidence.length
      ? `${evidence.length === 1 ? 'The source agrees' : `All ${evidence.length} sources agree`}.`
      : agree === 0
        ? `${evidence.length === 1 ? 'The source gives' : 'The sources give'} a different value.`
        : `${agree} of ${evidence.length} agree.`;
    out.push('', summary);
    for (const e of evidence) {
      out.push(
        '',
        `${e.agrees ? '✓' : '✗'} **${escapeMarkdown(e.valueText)}** — ${describeSource(e)} — [${escapeMarkdown(openAt(index, e))}](${sourceLink(index, e)})`,
        '',
        `> ${escapeMarkdown(truncate(e.sentence))}`,
        '',
        whyLine(e),
      );
    }
  }
  const cited = claim.citations
    .map((c) => (c.sourceKey ? index.byKey.get(c.sourceKey)?.title : undefined) ?? (c.sourceKey ? undefined : `${c.reference} (not in the corpus)`))
    .filter((t): t is string => !!t);
  if (cited.length > 0) out.push('', `Cites: ${[...new Set(cited)].map((t) => escapeMarkdown(truncate(t, 120))).join('; ')}`);
  else out.push('', 'No citation in this sentence.');
  return out.join('\n');
}

/** Hover for a citation: the source it names. */
export function citationHover(citation: Citation, index: CorpusIndex): string {
  const source = citation.sourceKey ? index.byKey.get(citation.sourceKey) : undefined;
  if (!source) return `**Corroborate** · cites *${escapeMarkdown(truncate(citation.reference, 160))}*, which is not in the corpus.`;
  const parts = [`**Corroborate** · cites *${escapeMarkdown(source.title)}*`];
  const details = [source.author, source.kind, `key \`${source.key.replace(/`/g, "'")}\``].filter(Boolean);
  parts.push('', details.map((d) => (d!.startsWith('key ') ? d : escapeMarkdown(d!))).join(' · '));
  parts.push('', `[open the source](${linkTarget(toUri(source.uri))})`);
  return parts.join('\n');
}

/** Where Go to Definition on a claim leads: the sentences that decide it. */
export function claimLocations(claim: CheckedClaim, index: CorpusIndex): LspLocation[] {
  const evidence = orderEvidence(claim);
  if (evidence.length > 0) return evidence.map((e) => evidenceLocation(index, e));
  const out: LspLocation[] = [];
  for (const c of claim.citations) {
    const source = c.sourceKey ? index.byKey.get(c.sourceKey) : undefined;
    if (source) out.push(sourceStart(source));
  }
  return out;
}

/** Where Go to Definition on a citation leads: the cited source's sentence about a claim it backs, else its start. */
export function citationLocations(citation: Citation, claims: readonly CheckedClaim[], index: CorpusIndex): LspLocation[] {
  const source = citation.sourceKey ? index.byKey.get(citation.sourceKey) : undefined;
  if (!source) return [];
  const sameCitation = (c: Citation) => c.range.start === citation.range.start && c.range.end === citation.range.end;
  const out: LspLocation[] = [];
  for (const claim of claims) {
    if (!claim.citations.some(sameCitation)) continue;
    for (const e of claim.evidence) if (e.sourceKey === source.key) out.push(evidenceLocation(index, e));
  }
  return out.length > 0 ? out : [sourceStart(source)];
}
