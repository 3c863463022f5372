// Output formats of `corroborate check`: text (like ESLint), json (the contract's shape), sarif 2.1.0.
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics.js';

export interface FileResult {
  file: string;
  diagnostics: Diagnostic[];
}

const SEVERITY_WORDS = ['', 'error', 'warning', 'info', 'hint'];

export function formatText(results: FileResult[], color: boolean): string {
  const paint = (code: string, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const out: string[] = [];
  let total = 0;
  const totals = [0, 0, 0, 0, 0];
  for (const result of results) {
    if (result.diagnostics.length === 0) continue;
    out.push(paint('4', result.file));
    const counts = [0, 0, 0, 0, 0];
    for (const d of result.diagnostics) {
      counts[d.severity]!++;
      totals[d.severity]!++;
      total++;
      const where = `${result.file}:${d.range.start.line + 1}:${d.range.start.character + 1}`;
      const severity = SEVERITY_WORDS[d.severity]!;
      const painted = paint(d.severity === 1 ? '31' : d.severity === 2 ? '33' : '36', severity.padEnd(7));
      out.push(`  ${where}  ${painted}  ${d.message}  ${paint('2', d.code)}`);
    }
    out.push(`  ${summary(result.diagnostics.length, counts)} in ${result.file}`, '');
  }
  const clean = results.filter((r) => r.diagnostics.length === 0).length;
  out.push(`${total === 0 ? '✓ ' : '✖ '}${summary(total, totals)} in ${results.length} file${results.length === 1 ? '' : 's'}${clean > 0 && total > 0 ? ` (${clean} without findings)` : ''}`);
  return out.join('\n') + '\n';
}

function summary(total: number, counts: number[]): string {
  const parts = [
    [counts[1], 'error'], [counts[2], 'warning'], [counts[3], 'info'], [counts[4], 'hint'],
  ].filter(([n]) => (n as number) > 0).map(([n, w]) => `${n} ${w}${n === 1 || w === 'info' ? '' : 's'}`);
  return `${total} finding${total === 1 ? '' : 's'}${parts.length ? ` (${parts.join(', ')})` : ''}`;
}

export function formatJson(results: FileResult[]): string {
  return JSON.stringify(results.map((r) => ({ file: r.file, diagnostics: r.diagnostics })), null, 2) + '\n';
}

const SARIF_LEVEL = ['none', 'error', 'warning', 'note', 'note'];

const RULES: Record<string, string> = {
  contradicted: 'The draft\'s value disagrees with every corpus source that states this fact.',
  'sources-disagree': 'The draft matches some sources, while others state a different value.',
  'needs-citation': 'A checkable claim with no citation in its sentence.',
  'not-in-sources': 'A checkable claim that no corpus source addresses.',
  'citation-mismatch': 'The claim cites a corpus source that states a different value or does not state it.',
};

export function formatSarif(results: FileResult[], version: string): string {
  const ruleIds = Object.keys(RULES);
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'corroborate',
            version,
            informationUri: 'https://github.com/corroborate/corroborate',
            rules: ruleIds.map((id) => ({ id, shortDescription: { text: RULES[id] } })),
          },
        },
        results: results.flatMap((r) =>
          r.diagnostics.map((d) => ({
            ruleId: d.code,
            ruleIndex: ruleIds.indexOf(d.code),
            level: SARIF_LEVEL[d.severity],
            message: { text: d.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: path.isAbsolute(r.file) ? pathToFileURL(r.file).href : r.file.split(path.sep).join('/') },
                  region: {
                    startLine: d.range.start.line + 1,
                    startColumn: d.range.start.character + 1,
                    endLine: d.range.end.line + 1,
                    endColumn: d.range.end.character + 1,
                  },
                },
              },
            ],
            relatedLocations: (d.relatedInformation ?? []).map((info, id) => ({
              id,
              message: { text: info.message },
              physicalLocation: {
                artifactLocation: { uri: info.location.uri },
                region: { startLine: info.location.range.start.line + 1, startColumn: info.location.range.start.character + 1 },
              },
            })),
          })),
        ),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
