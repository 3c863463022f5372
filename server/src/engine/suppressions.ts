// `<!-- corroborate-disable-next-line -->` and `<!-- corroborate-disable -->` … `<!-- corroborate-enable -->`,
// like markdownlint; each may name codes (`<!-- corroborate-disable needs-citation -->`).
import { LineIndex } from './positions.js';
import type { ProseDocument } from './prose.js';
import type { FindingCode } from './types.js';

interface Silence {
  from: number;
  to: number;
  /** Empty: every code. */
  codes: Set<string>;
}

export function applySuppressions<T extends { code: FindingCode; range: { start: number } }>(prose: ProseDocument, findings: T[]): T[] {
  if (prose.comments.length === 0) return findings;
  const silenced = silencer(prose);
  return findings.filter((f) => !silenced(f));
}

/** Whether a finding (where it stands in the draft) is silenced by the draft's comments. */
export function silencer(prose: ProseDocument): (finding: { code: FindingCode; range: { start: number } }) => boolean {
  const lines = new LineIndex(prose.text);
  const silences: Silence[] = [];
  let open: Silence | undefined;
  for (const comment of [...prose.comments].sort((a, b) => a.range.start - b.range.start)) {
    const match = /^corroborate-(disable-next-line|disable-line|disable|enable)\b\s*(.*)$/.exec(comment.body);
    if (!match) continue;
    const codes = new Set(match[2]!.split(/[\s,]+/).filter(Boolean));
    const line = lines.positionAt(comment.range.end).line;
    switch (match[1]) {
      case 'disable-next-line': {
        const from = lines.offsetAt({ line: line + 1, character: 0 });
        const to = lines.offsetAt({ line: line + 2, character: 0 });
        silences.push({ from, to: to === from ? prose.text.length : to, codes });
        break;
      }
      case 'disable-line':
        silences.push({ from: lines.offsetAt({ line, character: 0 }), to: lines.offsetAt({ line: line + 1, character: 0 }), codes });
        break;
      case 'disable':
        open = { from: comment.range.end, to: prose.text.length, codes };
        silences.push(open);
        break;
      case 'enable':
        if (open) open.to = comment.range.start;
        open = undefined;
        break;
    }
  }
  return (f) => silences.some((s) => f.range.start >= s.from && f.range.start < s.to && (s.codes.size === 0 || s.codes.has(f.code)));
}
