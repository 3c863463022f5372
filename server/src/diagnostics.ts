// Findings as LSP-shaped diagnostics (plain objects), shared by the command line and the server.
import { pathToFileURL } from 'node:url';
import {
  DEFAULT_SEVERITY,
  describePlace,
  LineIndex,
  normalValueText,
  type CorpusIndex,
  type Evidence,
  type Finding,
  type FindingCode,
  type Severity,
  type TextRange,
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
  /** Where the code is explained (the language server, for clients that show it). */
  codeDescription?: { href: string };
  /** Left out of the language server's lean diagnostics unless corroborate.relatedInformation is on. */
  relatedInformation?: RelatedInformation[];
  /** The evidence in full (the command line), or the finding's short id (the language server). */
  data?: unknown;
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
  source: { key: string; title: string; kind?: string; value: string; agrees: boolean; comment: boolean; location: { uri: string; range: LspRange }; place?: string };
}

const FILE_START: LspRange = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/**
 * Where an evidence sentence (or its value, `at`) stands. In a `.md`/`.txt` source, its lines;
 * in a file read by a reader, the place in the original: a PDF at its page (`#page=N`), a web
 * page at its element's start tag, a Word file at its start (the hover names the paragraph).
 */
export function evidenceLocationOf(e: Pick<Evidence, 'sourceKey' | 'sourceUri' | 'place'>, at: TextRange, index: CorpusIndex): { uri: string; range: LspRange } {
  const uri = toUri(e.sourceUri);
  const place = e.place;
  if (!place) return { uri, range: (index.byKey.get(e.sourceKey)?.lines ?? new LineIndex('')).rangeOf(at) };
  if (place.kind === 'page') return { uri: `${uri}#page=${place.number}`, range: FILE_START };
  if (place.kind === 'element' && place.line !== undefined) {
    const start = { line: place.line, character: place.character ?? 0 };
    return { uri, range: { start, end: start } };
  }
  return { uri, range: FILE_START };
}

/**
 * An evidence sentence as a diagnostic shows it. Evidence does not change while a draft's block is
 * unchanged, so what it shows is kept with it (and dropped with it).
 */
const EVIDENCE_PARTS = new WeakMap<Evidence, EvidenceParts>();

function evidenceParts(e: Evidence, index: CorpusIndex): EvidenceParts {
  let parts = EVIDENCE_PARTS.get(e);
  if (!parts) {
    const place = e.place ? describePlace(e.place) : undefined;
    parts = {
      related: {
        location: evidenceLocationOf(e, e.sentenceRange, index),
        // (Title first: an editor shows the source's file name beside it, which tells a student nothing.)
        message: `${e.sourceTitle}${place ? ` (${place})` : ''}${e.part === 'comment' ? ' (a reader comment)' : ''} says ${normalValueText(e.valueText)}: "${e.sentence}"`,
      },
      source: {
        key: e.sourceKey,
        title: e.sourceTitle,
        kind: e.sourceKind,
        value: e.valueText,
        agrees: e.agrees,
        comment: e.part === 'comment',
        location: evidenceLocationOf(e, e.valueRange, index),
        ...(place ? { place } : {}),
      },
    };
    EVIDENCE_PARTS.set(e, parts);
  }
  return parts;
}

export function severityOf(code: FindingCode, overrides: SeverityOverrides = {}): SeveritySetting {
  return overrides[code] ?? DEFAULT_SEVERITY[code];
}

/** Each source sentence behind a finding, as LSP related information. */
export function relatedInformationOf(finding: Finding, index: CorpusIndex): RelatedInformation[] {
  return finding.evidence.map((e) => evidenceParts(e, index).related);
}

/**
 * Findings as the command line's JSON gives them (CONTRACT.md): each with its related information
 * and its evidence in full. The language server sends lean diagnostics instead (lsp/features/diagnostics.ts).
 */
export function toDiagnostics(findings: Finding[], draftLines: LineIndex, index: CorpusIndex, overrides: SeverityOverrides = {}): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const finding of findings) {
    const severity = severityOf(finding.code, overrides);
    if (severity === 'off') continue;
    out.push(fullDiagnostic(finding, severity, draftLines, index));
  }
  return out;
}

/** One finding in full: what the command line prints and what `corroborate/evidence` answers. */
export function fullDiagnostic(finding: Finding, severity: Severity, draftLines: LineIndex, index: CorpusIndex): Diagnostic {
  return {
    range: draftLines.rangeOf(finding.range),
    severity,
    code: finding.code,
    source: 'corroborate',
    message: finding.message,
    relatedInformation: relatedInformationOf(finding, index),
    data: dataOf(finding, index),
  };
}

/** A finding's `data` as sent, kept with its data (a draft's unchanged blocks keep theirs from one check to the next). */
const DATA = new WeakMap<object, { evidence: readonly Evidence[]; data: unknown }>();

function dataOf(finding: Finding, index: CorpusIndex): unknown {
  const kept = DATA.get(finding.data);
  if (kept && kept.evidence === finding.evidence) return kept.data;
  const sources = finding.evidence.map((e) => evidenceParts(e, index).source);
  const { closest, ...rest } = finding.data;
  const data = { ...rest, ...(closest ? { closest } : {}), sources };
  DATA.set(finding.data, { evidence: finding.evidence, data });
  return data;
}
