// Which fixes a finding has, as text edits of the draft (as harper-core's `Suggestion`): replace the
// value with the sources', cite a source that states it, cite one in place of a source that does
// not, or silence the line. An editor only converts them. Made when asked for (a code action), not
// with every check: a citation's edits depend on the whole draft (its style, its next footnote
// label, its end), which every keystroke changes.
import type { DraftReport } from './check.js';
import { citationEdits, detectStyle, disableEdit, replaceCitationEdits, type ConcreteStyle, type OffsetEdit } from './citationEdits.js';
import type { CorpusIndex } from './corpusIndex.js';
import { normalValueText, type FindingData } from './findings.js';
import type { Citation, FindingCode, TextRange } from './types.js';
import { resolveBibliography, type BibliographyEntry } from './bibliography.js';
import { pageFixEdits } from './pageFix.js';

export type SuggestionKind = 'replace-value' | 'cite-source' | 'swap-citation' | 'correct-page' | 'silence';

export interface Suggestion {
  kind: SuggestionKind;
  /** What the editor lists: `Replace with "93 days" ("The Quillon Annals")`. */
  title: string;
  /** Edits of the draft as checked, applied together; they never overlap. */
  edits: OffsetEdit[];
  /** The fix to apply when the writer asks for "the" fix (an editor's auto-fix). */
  preferred: boolean;
}

/** What a fix is for: a finding's code and range, and its data when the finding still stands. */
export interface FixTarget {
  code: FindingCode;
  range: TextRange;
  data?: FindingData;
}

/** The draft the fixes edit: its text and what checking it found (its claims and citations). */
export interface DraftForFixes {
  text: string;
  report: Pick<DraftReport, 'claims' | 'citations'>;
}

/** How a cited source is written: as the draft already cites (`auto`), or in one style. */
export type CitationStyleChoice = 'auto' | ConcreteStyle;

/**
 * The fixes for one finding, in the order an editor lists them: replacements, citations, then
 * silencing its line. A target without data (the finding no longer stands) can only be silenced.
 * A wrong cited page has one fix: the right page. With a bibliography, a citation written as a
 * pandoc key uses the source's key in it.
 */
export function suggestionsFor(target: FixTarget, draft: DraftForFixes, index: CorpusIndex, style: CitationStyleChoice = 'auto', bibliography?: readonly BibliographyEntry[]): Suggestion[] {
  const out: Suggestion[] = [];
  if (target.data?.citedPage && target.code === 'citation-mismatch') {
    out.push(...pageSuggestion(target, target.data.citedPage, draft, index));
  } else if (target.data) {
    const concrete = style === 'auto' ? detectStyle(draft.report.citations, draft.text) : style;
    const keys = bibliography && bibliography.length > 0 ? resolveBibliography(bibliography, index.sources).keyOfSource : undefined;
    out.push(...replaceValueSuggestions(target, target.data, draft, index), ...citeSuggestions(target, target.data, draft, index, concrete, keys));
  }
  out.push(silenceSuggestion(draft, target.range.start, target.code));
  return out;
}

/** Replace the draft's value with each distinct value of the sources that disagree with it. */
function replaceValueSuggestions(target: FixTarget, data: FindingData, draft: DraftForFixes, index: CorpusIndex): Suggestion[] {
  const { code, range } = target;
  if (code !== 'contradicted' && code !== 'sources-disagree' && code !== 'citation-mismatch') return [];
  const draftText = draft.text.slice(range.start, range.end);
  const distinct = new Map<string, { text: string; keys: string[] }>();
  for (const value of data.sourceValues) {
    if (value.agrees) continue;
    const text = matchCase(draftText, value.text.trim());
    const id = text.toLowerCase();
    const entry = distinct.get(id) ?? { text, keys: [] };
    for (const k of value.sourceKeys) if (!entry.keys.includes(k)) entry.keys.push(k);
    distinct.set(id, entry);
  }
  const out: Suggestion[] = [];
  for (const { text, keys } of distinct.values()) {
    if (text === draftText) continue;
    const titles = keys.map((k) => index.byKey.get(k)?.title ?? k);
    const named = titles.slice(0, 2).map((t) => `"${t}"`).join(', ') + (titles.length > 2 ? ` and ${titles.length - 2} more` : '');
    out.push({
      kind: 'replace-value',
      title: `Replace with "${text}" (${named})`,
      edits: [{ range: { start: range.start, end: range.end }, newText: text }],
      preferred: code === 'contradicted' && distinct.size === 1,
    });
  }
  return out;
}

const STYLE_NAMES: Record<ConcreteStyle, string> = { footnote: 'footnote', pandoc: 'pandoc', mla: 'MLA' };

/**
 * Cite up to three supporting sources not cited yet. A citation-mismatch is fixed by citing an
 * agreeing source in place of the one cited, where that citation can be rewritten safely.
 */
function citeSuggestions(target: FixTarget, data: FindingData, draft: DraftForFixes, index: CorpusIndex, style: ConcreteStyle, keys?: ReadonlyMap<string, string>): Suggestion[] {
  const { code, range } = target;
  if (code !== 'needs-citation' && code !== 'sources-disagree' && code !== 'citation-mismatch') return [];
  const cited = new Set(data.citedSources);
  const supporting = new Set(data.supportingSources);
  const claim = draft.report.claims.find((c) => c.range.start === range.start);
  const wrong: Citation[] = code === 'citation-mismatch'
    ? (claim?.citations ?? []).filter((c) => c.sourceKey && cited.has(c.sourceKey) && !supporting.has(c.sourceKey))
    : [];
  const out: Suggestion[] = [];
  for (const key of data.supportingSources.filter((k) => !cited.has(k)).slice(0, 3)) {
    const indexed = index.byKey.get(key);
    if (!indexed || typeof data.sentenceEnd !== 'number') continue;
    // (Written with the bibliography's key for it, where it has one: pandoc then finds the entry.)
    const source = { key: keys?.get(key) ?? indexed.key, title: indexed.title, author: indexed.author };
    const first = out.length === 0;
    const replacing = wrong.length === 1 ? replaceCitationEdits(draft.text, wrong[0]!, source) : undefined;
    if (replacing) {
      const old = index.byKey.get(wrong[0]!.sourceKey!);
      out.push({ kind: 'swap-citation', title: `Cite "${source.title}" instead of "${old?.title ?? wrong[0]!.reference}"`, edits: replacing, preferred: first });
    } else {
      out.push({
        kind: 'cite-source',
        title: `Cite "${source.title}" (${STYLE_NAMES[style]})`,
        edits: citationEdits(draft.text, style, source, data.sentenceEnd),
        preferred: code !== 'sources-disagree' && first,
      });
    }
  }
  return out;
}

/** Corrects a wrong cited page: the page that states the fact, in place of the one cited. */
function pageSuggestion(target: FixTarget, wrong: NonNullable<FindingData['citedPage']>, draft: DraftForFixes, index: CorpusIndex): Suggestion[] {
  const claim = draft.report.claims.find((c) => c.range.start === target.range.start);
  for (const citation of claim?.citations ?? []) {
    if (citation.sourceKey !== wrong.sourceKey || citation.page !== wrong.cited) continue;
    const edits = pageFixEdits(draft.text, citation, wrong.stated);
    const title = index.byKey.get(wrong.sourceKey)?.title ?? wrong.sourceKey;
    if (edits) return [{ kind: 'correct-page', title: `Cite page ${wrong.stated} of "${title}" instead of ${wrong.cited}`, edits, preferred: true }];
  }
  return [];
}

/** Silences this finding's code on its line, not every code: a soft-wrapped paragraph is one line. */
function silenceSuggestion(draft: DraftForFixes, offset: number, code: FindingCode): Suggestion {
  return { kind: 'silence', title: `Silence ${code} on this line (corroborate-disable-next-line ${code})`, edits: [disableEdit(draft.text, offset, code)], preferred: false };
}

/**
 * A source's value as the draft would write it: an adjectival `five-month` (battle) becomes
 * `five months`, and it is capitalised where the draft's value was.
 */
export function matchCase(draftText: string, sourceValue: string): string {
  const value = normalValueText(sourceValue);
  const first = draftText.charAt(0);
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) return value.charAt(0).toUpperCase() + value.slice(1);
  if (first && first === first.toLowerCase() && /^(One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|About|Around|Some|Nearly|Almost|Over|More|Less|Under|At|Up|Between|Roughly|Approximately|Close)\b/.test(value)) {
    return value.charAt(0).toLowerCase() + value.slice(1);
  }
  return value;
}
