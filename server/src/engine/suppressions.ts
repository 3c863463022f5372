// `<!-- corroborate-disable-next-line -->`, `<!-- corroborate-disable-file -->` and
// `<!-- corroborate-disable -->` … `<!-- corroborate-enable -->`, like markdownlint; each may name codes
// (`<!-- corroborate-disable needs-citation -->`), and an `enable` that names codes ends only theirs.
import { LineIndex } from './positions.js';
import type { ProseDocument } from './prose.js';
import type { FindingCode } from './types.js';

interface Silence {
  from: number;
  to: number;
  /** Empty: every code. */
  codes: Set<string>;
  /** Codes a later `enable` named, which an all-codes silence no longer holds. */
  except?: Set<string>;
}

const DIRECTIVE = /^corroborate-(disable-next-line|disable-line|disable-file|disable|enable)\b\s*(.*)$/;

/** Whether a finding (where it stands in the draft) is silenced by the draft's comments. */
export function silencer(prose: ProseDocument): (finding: { code: FindingCode; range: { start: number } }) => boolean {
  const lines = new LineIndex(prose.text);
  const silences: Silence[] = [];
  let open: Silence[] = [];
  for (const comment of [...prose.comments].sort((a, b) => a.range.start - b.range.start)) {
    const match = DIRECTIVE.exec(comment.body);
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
      case 'disable-file':
        silences.push({ from: 0, to: prose.text.length, codes });
        break;
      case 'disable': {
        const silence = { from: comment.range.end, to: prose.text.length, codes };
        silences.push(silence);
        open.push(silence);
        break;
      }
      case 'enable':
        open = enable(open, codes, comment.range, silences);
        break;
    }
  }
  const holds = (s: Silence, code: string) => (s.codes.size === 0 ? !s.except?.has(code) : s.codes.has(code));
  return (f) => silences.some((s) => f.range.start >= s.from && f.range.start < s.to && holds(s, f.code));
}

/**
 * `<!-- corroborate-enable -->` ends every open silence; `<!-- corroborate-enable needs-citation -->`
 * ends only that code's: each open silence stops here and goes on without it. Returns the silences still open.
 */
function enable(open: Silence[], codes: ReadonlySet<string>, at: { start: number; end: number }, silences: Silence[]): Silence[] {
  const still: Silence[] = [];
  for (const silence of open) {
    const end = silence.to;
    silence.to = at.start;
    if (codes.size === 0) continue;
    const rest: Silence = silence.codes.size === 0
      ? { from: at.end, to: end, codes: new Set(), except: new Set([...(silence.except ?? []), ...codes]) }
      : { from: at.end, to: end, codes: new Set([...silence.codes].filter((c) => !codes.has(c))) };
    if (rest.codes.size === 0 && silence.codes.size > 0) continue;
    still.push(rest);
    silences.push(rest);
  }
  return still;
}
