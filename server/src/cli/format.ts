// Output formats of `corroborate check`: text (like ESLint) and json (the contract's shape); SARIF is
// sarif.ts's.
import type { Diagnostic } from '../diagnostics.js';

export interface FileResult {
  /** The draft as named in the output. */
  file: string;
  /** Its absolute path (none for standard input without --stdin-filename). */
  path?: string;
  /** Its text, for SARIF's fingerprints. */
  text?: string;
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
