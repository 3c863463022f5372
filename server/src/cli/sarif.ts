// `corroborate check --format sarif`: SARIF 2.1.0, as code scanning and SARIF viewers read it.
// No absolute path of the machine it ran on: drafts are relative to the folder it ran in (%SRCROOT%),
// source sentences to their sources' folder (SOURCES, SOURCES_2, …, or CORROBORATE_CORPUS for the
// corpus that ships with Corroborate), each described in originalUriBaseIds.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as Sarif from 'sarif';
import { DEFAULT_SEVERITY, FINDING_CODES, LineIndex, type FindingCode, type Severity } from '../engine/index.js';
import type { Diagnostic } from '../diagnostics.js';
import type { FileResult } from './format.js';

interface RuleText {
  name: string;
  short: string;
  full: string;
  help: string;
}

/** What each finding means and what to do about it (README, "What the findings mean"). */
export const RULE_TEXT: Record<FindingCode, RuleText> = {
  contradicted: {
    name: 'Contradicted',
    short: 'The draft\'s value disagrees with every source that states this fact.',
    full: 'Every source in the corpus that states this fact (the same event or thing, and the same measure) gives a value that does not agree with the draft\'s, even allowing for rounding and hedges such as "about".',
    help: 'Check the value against the source sentences quoted with the finding: a typing slip, a wrong unit (months for weeks) or a figure for something else (casualties for deaths) is the usual cause. If the value is meant, cite the work it comes from, and add that work to the sources if it is not among them.',
  },
  'sources-disagree': {
    name: 'SourcesDisagree',
    short: 'The sources disagree about this fact; the draft agrees with some of them.',
    full: 'Some sources that state this fact agree with the draft\'s value and others give a different one.',
    help: 'Nothing is wrong with the sentence. Sources often disagree: the draft may say so ("estimates range from … to …") and cite the source it follows.',
  },
  'needs-citation': {
    name: 'NeedsCitation',
    short: 'A checkable claim with no citation in its sentence.',
    full: 'A count, toll, length of time, date or percentage stands in a sentence that carries no citation (a footnote, a pandoc key, a parenthetical, a link or a numbered mark).',
    help: 'Add a citation to the sentence. A citation of a work outside the sources still counts.',
  },
  'not-in-sources': {
    name: 'NotInSources',
    short: 'A checkable claim that no source addresses.',
    full: 'No source in the corpus states this fact, so the value could not be checked.',
    help: 'This is a hint, not an error: the fact may be right and come from elsewhere. Cite where it was found, and add that work to the sources if it is at hand.',
  },
  'citation-mismatch': {
    name: 'CitationMismatch',
    short: 'The claim cites a source that states a different value or does not state it.',
    full: 'The source the sentence cites gives a different value for this fact, or does not state the fact at all.',
    help: 'Read what the cited source says (quoted with the finding). If another source gives the draft\'s value, cite that one instead; if the cited source states the fact in words the checker could not read, leave it.',
  },
};

const LEVEL: Record<Severity, Sarif.ReportingConfiguration.level> = { 1: 'error', 2: 'warning', 3: 'note', 4: 'note' };

/** Something said about the run rather than a finding: a draft that could not be checked, a warning. */
export interface RunNotification {
  level: 'error' | 'warning' | 'note';
  message: string;
  /** The draft it is about, as named in the output. */
  file?: string;
}

/** A folder the sources were read from (a `--corpus` folder, a file's folder, the bundled corpus). */
export interface SourceRoot {
  path: string;
  /** How it was named: `--corpus sources`, a `.corroborate.json`, the bundled corpus. */
  description: string;
  bundled?: boolean;
}

export interface SarifRun {
  results: FileResult[];
  notifications: RunNotification[];
  sourceRoots: SourceRoot[];
  cwd: string;
  version: string;
  exitCode: number;
}

const SRCROOT = '%SRCROOT%';

/** A relative path as a URI reference: `/`-separated, each segment percent-encoded. */
function relativeUri(relative: string): string {
  return relative.split(/[\\/]/).map((s) => (s === '..' || s === '.' ? s : encodeURIComponent(s))).join('/');
}

/** Where a draft lies, relative to the folder the command ran in. */
function draftLocation(result: FileResult, cwd: string): Sarif.ArtifactLocation {
  if (!result.path) return { description: { text: `${result.file} (standard input)` } };
  return { uri: relativeUri(path.relative(cwd, result.path)), uriBaseId: SRCROOT };
}

/** Stable across edits elsewhere in the draft: the code, the value and its sentence, and which such it is. */
function fingerprint(d: Diagnostic, text: string | undefined, lines: LineIndex | undefined, seen: Map<string, number>): string {
  const data = d.data as { claim?: { text?: string }; sentenceRange?: { start: number; end: number } } | undefined;
  let context = '';
  if (text !== undefined && data?.sentenceRange) context = text.slice(data.sentenceRange.start, data.sentenceRange.end);
  else if (text !== undefined && lines) {
    const start = lines.offsetAt({ line: d.range.start.line, character: 0 });
    const end = text.indexOf('\n', start);
    context = text.slice(start, end < 0 ? text.length : end);
  }
  const key = [d.code, data?.claim?.text ?? d.message, context.replace(/\s+/g, ' ').trim()].join('\u0000');
  const hash = createHash('sha256').update(key).digest('hex').slice(0, 32);
  const occurrence = (seen.get(hash) ?? 0) + 1;
  seen.set(hash, occurrence);
  return `${hash}:${occurrence}`;
}

export function buildSarif(run: SarifRun): Sarif.Log {
  const { originalUriBaseIds, sourceLocation } = sourceBases(run);
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'corroborate', version: run.version, semanticVersion: run.version, rules: sarifRules() } },
      invocations: [sarifInvocation(run)],
      originalUriBaseIds,
      columnKind: 'utf16CodeUnits',
      results: sarifResults(run, sourceLocation),
    }],
  };
}

/** One rule per finding code, with its descriptions, help and default level. */
function sarifRules(): Sarif.ReportingDescriptor[] {
  return FINDING_CODES.map((id) => {
    const t = RULE_TEXT[id];
    return {
      id,
      name: t.name,
      shortDescription: { text: t.short },
      fullDescription: { text: t.full },
      help: { text: t.help, markdown: `**${t.short}** ${t.help}` },
      defaultConfiguration: { level: LEVEL[DEFAULT_SEVERITY[id]], enabled: true },
    };
  });
}

/**
 * The sources' folders, each once, as base ids (no absolute path of the machine it ran on), and the
 * location of a source file relative to the deepest of them it lies in.
 */
function sourceBases(run: SarifRun): { originalUriBaseIds: Record<string, Sarif.ArtifactLocation>; sourceLocation: (uri: string) => Sarif.ArtifactLocation } {
  const baseIds = new Map<string, string>();
  const originalUriBaseIds: Record<string, Sarif.ArtifactLocation> = {
    [SRCROOT]: { description: { text: 'The folder corroborate check was run in.' } },
  };
  let n = 0;
  for (const root of run.sourceRoots) {
    if (baseIds.has(root.path)) continue;
    const id = root.bundled ? 'CORROBORATE_CORPUS' : `SOURCES${++n === 1 ? '' : `_${n}`}`;
    baseIds.set(root.path, id);
    const relative = path.relative(run.cwd, root.path);
    originalUriBaseIds[id] = root.bundled || path.isAbsolute(relative)
      ? { description: { text: root.description } }
      : { uri: relative === '' ? './' : `${relativeUri(relative)}/`, uriBaseId: SRCROOT, description: { text: root.description } };
  }
  const roots = [...baseIds.keys()].sort((a, b) => b.length - a.length);
  const sourceLocation = (uri: string): Sarif.ArtifactLocation => {
    let file: string;
    try {
      file = fileURLToPath(uri);
    } catch {
      return { uri };
    }
    for (const root of roots) {
      const relative = path.relative(root, file);
      if (!relative.startsWith('..') && !path.isAbsolute(relative)) return { uri: relativeUri(relative), uriBaseId: baseIds.get(root)! };
    }
    return { uri: relativeUri(path.relative(run.cwd, file)), uriBaseId: SRCROOT };
  };
  return { originalUriBaseIds, sourceLocation };
}

/** An LSP range as a SARIF region (1-based lines and columns). */
function regionOf(range: { start: { line: number; character: number }; end: { line: number; character: number } }): Sarif.Region {
  return { startLine: range.start.line + 1, startColumn: range.start.character + 1, endLine: range.end.line + 1, endColumn: range.end.character + 1 };
}

/** Each diagnostic as a result, with a fingerprint that survives lines added above it. */
function sarifResults(run: SarifRun, sourceLocation: (uri: string) => Sarif.ArtifactLocation): Sarif.Result[] {
  const results: Sarif.Result[] = [];
  for (const r of run.results) {
    const lines = r.text === undefined ? undefined : new LineIndex(r.text);
    const seen = new Map<string, number>();
    for (const d of r.diagnostics) {
      const frame = (d.data as { frame?: unknown } | undefined)?.frame;
      results.push({
        ruleId: d.code,
        ruleIndex: FINDING_CODES.indexOf(d.code),
        level: LEVEL[d.severity],
        message: { text: d.message },
        locations: [{ physicalLocation: { artifactLocation: draftLocation(r, run.cwd), region: regionOf(d.range) } }],
        partialFingerprints: { 'corroborateClaim/v1': fingerprint(d, r.text, lines, seen) },
        relatedLocations: (d.relatedInformation ?? []).map((info, id) => ({
          id,
          message: { text: info.message },
          physicalLocation: { artifactLocation: sourceLocation(info.location.uri), region: regionOf(info.location.range) },
        })),
        ...(typeof frame === 'string' ? { properties: { frame } } : {}),
      });
    }
  }
  return results;
}

/** The run's exit code and each file that could not be checked, and why. */
function sarifInvocation(run: SarifRun): Sarif.Invocation {
  const byFile = new Map(run.results.map((r) => [r.file, r] as const));
  return {
    executionSuccessful: run.exitCode !== 2 || run.results.length > 0,
    exitCode: run.exitCode,
    toolExecutionNotifications: run.notifications.map((note) => {
      const checked = note.file === undefined ? undefined : byFile.get(note.file);
      const location: Sarif.ArtifactLocation | undefined = note.file === undefined
        ? undefined
        : checked ? draftLocation(checked, run.cwd) : fileLocation(note.file, run.cwd);
      return {
        level: note.level,
        message: { text: note.file === undefined ? note.message : `${note.file}: ${note.message}` },
        ...(location ? { locations: [{ physicalLocation: { artifactLocation: location } }] } : {}),
      };
    }),
  };
}

/** A draft that could not be checked, where it was looked for (a pattern or `-` is no path). */
function fileLocation(file: string, cwd: string): Sarif.ArtifactLocation {
  if (file === '-' || /[*?[\]{}]/.test(file) || file.startsWith('<')) return { description: { text: file } };
  return { uri: relativeUri(path.relative(cwd, path.resolve(cwd, file))), uriBaseId: SRCROOT };
}
