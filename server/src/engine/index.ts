// The engine's public face: text in, findings out. The CLI and the language server use only this.
export { buildCorpusIndex, type CorpusIndex, type IndexedSource } from './corpusIndex.js';
export { checkDraft, DraftAnalysis, DraftChecker, type BlockResult, type CheckedBlock, type CheckOptions, type DraftReport } from './check.js';
export type { TextChange } from './prose.js';
export type { CheckedClaim, Evidence, Finding, FindingData } from './findings.js';
export { normalValueText } from './findings.js';
export { dismissalKey, dismissalOf, normalWords, type Dismissal } from './dismissals.js';
export { LineIndex, type Position } from './positions.js';
export * from './types.js';
export { explainDraft, type ClaimExplanation, type CandidateExplanation } from './explain.js';
export { markdownToProse, parseMarkdown, ProseParser } from './prose.js';
// The corpus index in phases, for the cache and the worker threads that build it apart.
export {
  assembleIndex,
  isMarkdownSource,
  mergeStats,
  prepareSource,
  readSource,
  type CorpusStats,
  type PreparedSentence,
  type PreparedSource,
  type ReadSource,
  type SourceStats,
  type Statement,
} from './corpusIndex.js';
// Fixes as text edits of the draft, and the edits behind them.
export { suggestionsFor, matchCase, type CitationStyleChoice, type DraftForFixes, type FixTarget, type Suggestion, type SuggestionKind } from './suggestions.js';
export {
  citationEdits,
  detectStyle,
  disableEdit,
  nextFootnoteLabel,
  pandocKey,
  replaceCitationEdits,
  disableComment,
  type ConcreteStyle,
  type OffsetEdit,
} from './citationEdits.js';
export { footnoteDefinitionText, footnoteFormOf, DEFAULT_FOOTNOTE_FORM, type FootnoteForm } from './footnoteForm.js';
// A bibliography's entries, resolved to corpus sources; the page a citation names.
export { resolveBibliography, sourceOfEntry, type BibliographyEntry, type BibliographySource } from './bibliography.js';
export { labelInSpan, pageSpan, pandocPages, trailingPages } from './pageLocators.js';
