// Findings as LSP-shaped diagnostics (plain objects), shared by the command line and the server.
import { pathToFileURL } from 'node:url';
import {
  DEFAULT_SEVERITY,
  LineIndex,
  type CorpusIndex,
  type Finding,
  type FindingCode,
  type Severity,
} from './engine/index.js';

export interface LspRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

export interface Diagnostic {
  range: LspRange;
  severity: Severity;
  code: FindingCode;
  source: 'corroborate';
  message: string;
  relatedInformation: Array<{ location: { uri: string; range: LspRange }; message: string }>;
  data: unknown;
}

export type SeveritySetting = Severity | 'off';
export type SeverityOverrides = Partial<Record<FindingCode, SeveritySetting>>;

/** A source's `uri` may be a path or already a URI; diagnostics always carry URIs. */
export function toUri(pathOrUri: string): string {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(pathOrUri) ? pathOrUri : pathToFileURL(pathOrUri).href;
}

export function severityOf(code: FindingCode, overrides: SeverityOverrides = {}): SeveritySetting {
  return overrides[code] ?? DEFAULT_SEVERITY[code];
}

export function toDiagnostics(
  findings: Finding[],
  draftLines: LineIndex,
  index: CorpusIndex,
  overrides: SeverityOverrides = {},
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const finding of findings) {
    const severity = severityOf(finding.code, overrides);
    if (severity === 'off') continue;
    out.push({
      range: draftLines.rangeOf(finding.range),
      severity,
      code: finding.code,
      source: 'corroborate',
      message: finding.message,
      relatedInformation: finding.evidence.map((e) => {
        const source = index.byKey.get(e.sourceKey);
        const lines = source?.lines ?? new LineIndex('');
        return {
          location: { uri: toUri(e.sourceUri), range: lines.rangeOf(e.sentenceRange) },
          message: `${e.valueText} — "${e.sourceTitle}"${e.part === 'comment' ? ' (reader comment)' : ''}: ${e.sentence}`,
        };
      }),
      data: {
        ...finding.data,
        sources: finding.evidence.map((e) => {
          const lines = index.byKey.get(e.sourceKey)?.lines ?? new LineIndex('');
          return {
            key: e.sourceKey,
            title: e.sourceTitle,
            kind: e.sourceKind,
            value: e.valueText,
            agrees: e.agrees,
            comment: e.part === 'comment',
            location: { uri: toUri(e.sourceUri), range: lines.rangeOf(e.valueRange) },
          };
        }),
      },
    });
  }
  return out;
}
