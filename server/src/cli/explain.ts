// `corroborate explain [--corpus PATH]... FILE[:LINE[:COL]]`: why a claim got its verdict. Prints the
// value's frame (what the checker reads it as), then every source statement it was compared with,
// the frame of each, and the slot that accepted or vetoed it. Without LINE, every claim of FILE.
import { promises as fs } from 'node:fs';
import { parseArgs } from 'node:util';
import { bundledCorpusDir, loadSources, missingCorpusPath } from '../corpus/sources.js';
import { buildCorpusIndex, describePlace, explainDraft, LineIndex, type ClaimExplanation } from '../engine/index.js';

export const EXPLAIN_USAGE = `Usage: corroborate explain [--corpus PATH]... FILE[:LINE[:COL]]

Shows how Corroborate reads a claim: its frame (what its value is a value of), each source
statement it was compared with and the slot that made them the same fact or not.
LINE and COL are 1-based, as in the output of "corroborate check". Without LINE, every claim.`;

const MARK: Record<string, string> = { same: 'same     ', weak: 'weak     ', different: 'different', unrelated: 'unrelated' };

function render(e: ClaimExplanation, file: string, lines: LineIndex, all: boolean): string {
  const at = lines.positionAt(e.range.start);
  const out = [`${file}:${at.line + 1}:${at.character + 1}  ${e.text}`];
  out.push(`  sentence: ${e.sentence.replace(/\s+/g, ' ')}`);
  out.push(`  frame:    ${e.frame}${e.subjectFrom ? `  (subject from its ${e.subjectFrom})` : ''}`);
  out.push(`  verdict:  ${e.codes.length > 0 ? e.codes.join(', ') : 'no finding'}`);
  const shown = all ? e.candidates.filter((c) => c.relation !== 'unrelated') : e.candidates;
  if (shown.length === 0) out.push('  no source statement shares its subject or its measure');
  for (const c of shown) {
    const agreement = c.agrees === undefined ? '' : c.agrees ? ', agrees' : ', disagrees';
    out.push(`  ${MARK[c.relation]} ${c.value} in "${c.sourceTitle}"${c.place ? ` (${describePlace(c.place)})` : ''}${c.implied ? ' (as a length)' : ''}${agreement}: ${c.reason}`);
    out.push(`             ${c.frame}`);
    out.push(`             "${c.sentence.replace(/\s+/g, ' ').slice(0, 160)}"`);
  }
  return out.join('\n');
}

/** Runs `explain` (argv after the command). Exit 0, or 2 for a usage error or an unreadable file. */
export async function explainCommand(argv: string[], stdout: NodeJS.WritableStream, stderr: NodeJS.WritableStream): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { corpus: { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    stderr.write(`corroborate: ${(error as Error).message}\n`);
    return 2;
  }
  if (parsed.values.help) {
    stdout.write(EXPLAIN_USAGE + '\n');
    return 0;
  }
  const target = parsed.positionals[0];
  if (!target || parsed.positionals.length > 1) {
    stderr.write(`corroborate: explain takes one FILE[:LINE[:COL]]\n${EXPLAIN_USAGE}\n`);
    return 2;
  }
  const match = /^(.*?)(?::(\d+)(?::(\d+))?)?$/.exec(target)!;
  const file = match[1]!;
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    stderr.write(`corroborate: ${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})\n`);
    return 2;
  }
  const missing = await missingCorpusPath(parsed.values.corpus ?? []);
  if (missing) {
    stderr.write(`corroborate: --corpus ${missing.path}: ${missing.reason}\n`);
    return 2;
  }
  const warn = (message: string) => stderr.write(`corroborate: warning: ${message}\n`);
  const sources = await loadSources(parsed.values.corpus ?? [bundledCorpusDir()], { warn });
  const index = buildCorpusIndex(sources);
  const lines = new LineIndex(text);
  const offset = match[2] ? lines.offsetAt({ line: Number(match[2]) - 1, character: match[3] ? Number(match[3]) - 1 : 0 }) : undefined;
  const explained = explainDraft(text, index, offset);
  if (explained.length === 0) {
    stdout.write(offset === undefined ? 'No checkable claims.\n' : 'No checkable claim at or after that position.\n');
    return 0;
  }
  stdout.write(explained.map((e) => render(e, file, lines, offset === undefined)).join('\n\n') + '\n');
  return 0;
}
