// Findings as LSP-shaped diagnostics (plain objects), shared by the command line and the server.
import { pathToFileURL } from 'node:url';
import {
  DEFAULT_SEVERITY,
  LineIndex,
  type CorpusIndex,
  type Evidence,
  type Finding,
  type FindingCode,
  type FindingData,
  type Severity,
} from './engine/index.js';

export interface LspRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

export interface RelatedInformation {
  location: { uri: string; range: LspRange };
  message: string;
}

export interface Diagnostic {
  range: LspRange;
  severity: Severity;
  code: FindingCode;
  source: 'corroborate';
  message: string;
  /** Left out of the language server's diagnostics when empty (see DataDetail). */
  relatedInformation?: RelatedInformation[];
  data: unknown;
}

export type SeveritySetting = Severity | 'off';
export type SeverityOverrides = Partial<Record<FindingCode, SeveritySetting>>;

/** URIs of the paths already asked for: a corpus has few sources, asked for on every keystroke. */
const URIS = new Map<string, string>();

/** A source's `uri` may be a path or already a URI; diagnostics always carry URIs. */
export function toUri(pathOrUri: string): string {
  let uri = URIS.get(pathOrUri);
  if (uri === undefined) {
    uri = /^[a-z][a-z0-9+.-]*:\/\//i.test(pathOrUri) ? pathOrUri : pathToFileURL(pathOrUri).href;
    if (URIS.size > 4096) URIS.clear();
    URIS.set(pathOrUri, uri);
  }
  return uri;
}

interface EvidenceParts {
  related: RelatedInformation;
  source: { key: string; title: string; kind?: string; value: string; agrees: boolean; comment: boolean; location: { uri: string; range: LspRange } };
}

/**
 * An evidence sentence as a diagnostic shows it. Evidence does not change while a draft's block is
 * unchanged, so what it shows is kept with it (and dropped with it).
 */
const EVIDENCE_PARTS = new WeakMap<Evidence, EvidenceParts>();

function evidenceParts(e: Evidence, index: CorpusIndex): EvidenceParts {
  let parts = EVIDENCE_PARTS.get(e);
  if (!parts) {
    const lines = index.byKey.get(e.sourceKey)?.lines ?? new LineIndex('');
    const uri = toUri(e.sourceUri);
    parts = {
      related: {
        location: { uri, range: lines.rangeOf(e.sentenceRange) },
        message: `${e.valueText} — "${e.sourceTitle}"${e.part === 'comment' ? ' (reader comment)' : ''}: ${e.sentence}`,
      },
      source: {
        key: e.sourceKey,
        title: e.sourceTitle,
        kind: e.sourceKind,
        value: e.valueText,
        agrees: e.agrees,
        comment: e.part === 'comment',
        location: { uri, range: lines.rangeOf(e.valueRange) },
      },
    };
    EVIDENCE_PARTS.set(e, parts);
  }
  return parts;
}

export function severityOf(code: FindingCode, overrides: SeverityOverrides = {}): SeveritySetting {
  return overrides[code] ?? DEFAULT_SEVERITY[code];
}

export function toDiagnostics(
  findings: Finding[],
  draftLines: LineIndex,
  index: CorpusIndex,
  overrides: SeverityOverrides = {},
  detail: DataDetail = 'full',
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const finding of findings) {
    const severity = severityOf(finding.code, overrides);
    if (severity === 'off') continue;
    const diagnostic: Diagnostic = { range: draftLines.rangeOf(finding.range), severity, code: finding.code, source: 'corroborate', message: finding.message, data: dataOf(finding, index, detail) };
    if (detail === 'full' || finding.evidence.length > 0) diagnostic.relatedInformation = finding.evidence.map((e) => evidenceParts(e, index).related);
    out.push(diagnostic);
  }
  return out;
}

/**
 * How much of a finding's evidence its `data` carries. The command line's JSON carries it in full
 * (CONTRACT.md); the language server sends lean diagnostics (the contract allows a short `data`):
 * it leaves out the nearest statement a not-in-sources claim was not the same fact as, which only the
 * hover shows (from the server's own findings), and every empty list (no source values, no cited
 * sources, no related information): most findings of a draft are uncited or unsourced, and all of
 * them are sent again on every keystroke.
 */
export type DataDetail = 'full' | 'editor';

/** A finding's `data` as sent, kept with its data (a draft's unchanged blocks keep theirs from one keystroke to the next). */
const DATA = { full: new WeakMap<object, { evidence: readonly Evidence[]; data: unknown }>(), editor: new WeakMap<object, { evidence: readonly Evidence[]; data: unknown }>() };

function dataOf(finding: Finding, index: CorpusIndex, detail: DataDetail): unknown {
  const kept = DATA[detail].get(finding.data);
  if (kept && kept.evidence === finding.evidence) return kept.data;
  const sources = finding.evidence.map((e) => evidenceParts(e, index).source);
  const data = detail === 'full' ? fullData(finding.data, sources) : editorData(finding.data, sources);
  DATA[detail].set(finding.data, { evidence: finding.evidence, data });
  return data;
}

function fullData(d: FindingData, sources: EvidenceParts['source'][]): object {
  const { closest, ...rest } = d;
  return { ...rest, ...(closest ? { closest } : {}), sources };
}

/** Built field by field, never by deleting (an object that loses keys is slower to encode, on every keystroke). */
function editorData(d: FindingData, sources: EvidenceParts['source'][]): object {
  const data: Record<string, unknown> = { claim: d.claim };
  if (d.frame !== undefined) data.frame = d.frame;
  if (d.sourceValues.length > 0) data.sourceValues = d.sourceValues;
  if (d.supportingSources.length > 0) data.supportingSources = d.supportingSources;
  if (d.citedSources.length > 0) data.citedSources = d.citedSources;
  data.sentenceEnd = d.sentenceEnd;
  data.sentenceRange = d.sentenceRange;
  if (sources.length > 0) data.sources = sources;
  return data;
}
