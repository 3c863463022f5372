// Settings shared by the command line and the language server, and `.corroborate.json`.
// A wrong type or unknown value falls back to the default with a warning that names the setting.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { ignorePattern } from './corpus/glob.js';
import { FINDING_CODES, type FindingCode } from './engine/index.js';
import type { SeverityOverrides, SeveritySetting } from './diagnostics.js';
import { readDismissed, resolveDismissed, type DismissedFinding } from './dismissed.js';

export const CONFIG_FILE = '.corroborate.json';

export type CitationStyle = 'auto' | 'footnote' | 'pandoc' | 'mla';

export interface CorroborateSettings {
  /** Folders, files or globs of sources, relative to the workspace (or the config file). */
  sources: string[];
  includeBundledCorpus: boolean;
  severity: SeverityOverrides;
  debounceMs: number;
  citationStyle: CitationStyle;
  maxFileBytes: number;
  /** Whether the language server's diagnostics carry each source sentence as related information. */
  relatedInformation: boolean;
  /**
   * Drafts to leave out of a check of many (`corroborate check FOLDER`): patterns as in .gitignore,
   * relative to the config file; absolute once loaded from one (see ignorePattern).
   */
  ignore: string[];
  /** Findings dismissed outside the drafts (read from .corroborate.json only; see dismissed.ts). */
  dismissed: DismissedFinding[];
  /**
   * Bibliographies (`.bib`, CSL-JSON) whose keys pandoc citations use, relative to the config file
   * (absolute once loaded from one) or, in the editor's settings, to the first workspace folder.
   */
  bibliography: string[];
}

export const DEFAULT_SETTINGS: CorroborateSettings = {
  sources: [],
  includeBundledCorpus: true,
  severity: {},
  debounceMs: 200,
  citationStyle: 'auto',
  maxFileBytes: 2 * 1024 * 1024,
  relatedInformation: false,
  ignore: [],
  dismissed: [],
  bibliography: [],
};

const KNOWN_KEYS = [...Object.keys(DEFAULT_SETTINGS), 'trace', '$schema'];

const SEVERITY_NAMES: Record<string, SeveritySetting> = {
  error: 1, warning: 2, information: 3, info: 3, hint: 4, off: 'off',
};

/** Reads raw settings (from VS Code or a JSON file) into typed settings, warning about bad values. */
export function readSettings(raw: unknown, where: string, warn: (message: string) => void): CorroborateSettings {
  const settings: CorroborateSettings = { ...DEFAULT_SETTINGS, severity: {}, ignore: [] };
  if (raw === undefined || raw === null) return settings;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    warn(`${where}: settings must be an object; using the defaults`);
    return settings;
  }
  const r = raw as Record<string, unknown>;
  for (const name of Object.keys(r)) {
    // `trace` is VS Code's own (corroborate.trace.server); `$schema` is for JSON editors.
    if (!KNOWN_KEYS.includes(name)) warn(`${where}: corroborate.${name} is not a setting; ignored (settings: ${KNOWN_KEYS.filter((k) => !k.startsWith('$') && k !== 'trace').join(', ')})`);
  }
  const bad = (name: string, expected: string) =>
    warn(`${where}: corroborate.${name} must be ${expected}; using the default (${JSON.stringify((DEFAULT_SETTINGS as unknown as Record<string, unknown>)[name])})`);

  if (r.sources !== undefined) {
    if (Array.isArray(r.sources) && r.sources.every((s) => typeof s === 'string')) settings.sources = r.sources as string[];
    else bad('sources', 'a list of paths');
  }
  if (r.ignore !== undefined) {
    if (Array.isArray(r.ignore) && r.ignore.every((s) => typeof s === 'string' && s.trim() !== '')) settings.ignore = (r.ignore as string[]).map((s) => s.trim());
    else bad('ignore', 'a list of patterns such as "drafts/old/" or "*.notes.md"');
  }
  if (r.bibliography !== undefined) {
    // (One file, as pandoc's `bibliography:` field is mostly written, or a list.)
    const list = typeof r.bibliography === 'string' ? [r.bibliography] : r.bibliography;
    if (Array.isArray(list) && list.every((s) => typeof s === 'string' && s.trim() !== '')) settings.bibliography = (list as string[]).map((s) => s.trim());
    else bad('bibliography', 'a path (such as "references.bib") or a list of paths');
  }
  if (r.dismissed !== undefined) settings.dismissed = readDismissed(r.dismissed, where, warn);
  if (r.includeBundledCorpus !== undefined) {
    if (typeof r.includeBundledCorpus === 'boolean') settings.includeBundledCorpus = r.includeBundledCorpus;
    else bad('includeBundledCorpus', 'true or false');
  }
  if (r.debounceMs !== undefined) {
    if (typeof r.debounceMs === 'number' && Number.isFinite(r.debounceMs) && r.debounceMs >= 0 && r.debounceMs <= 10_000) {
      settings.debounceMs = r.debounceMs;
    } else bad('debounceMs', 'a number of milliseconds from 0 to 10000');
  }
  if (r.citationStyle !== undefined) {
    if (r.citationStyle === 'auto' || r.citationStyle === 'footnote' || r.citationStyle === 'pandoc' || r.citationStyle === 'mla') {
      settings.citationStyle = r.citationStyle;
    } else bad('citationStyle', 'one of auto, footnote, pandoc, mla');
  }
  if (r.maxFileBytes !== undefined) {
    if (typeof r.maxFileBytes === 'number' && Number.isFinite(r.maxFileBytes) && r.maxFileBytes > 0) settings.maxFileBytes = r.maxFileBytes;
    else bad('maxFileBytes', 'a positive number of bytes');
  }
  if (r.relatedInformation !== undefined) {
    if (typeof r.relatedInformation === 'boolean') settings.relatedInformation = r.relatedInformation;
    else bad('relatedInformation', 'true or false');
  }
  if (r.severity !== undefined) {
    if (typeof r.severity === 'object' && r.severity !== null && !Array.isArray(r.severity)) {
      for (const [code, value] of Object.entries(r.severity as Record<string, unknown>)) {
        if (!FINDING_CODES.includes(code as FindingCode)) {
          warn(`${where}: corroborate.severity has an unknown code "${code}"; known codes: ${FINDING_CODES.join(', ')}`);
          continue;
        }
        const severity = typeof value === 'string' ? SEVERITY_NAMES[value.toLowerCase()] : undefined;
        if (severity === undefined) {
          warn(`${where}: corroborate.severity.${code} must be error, warning, information, hint or off; using the default`);
          continue;
        }
        settings.severity[code as FindingCode] = severity;
      }
    } else bad('severity', 'an object of code to severity');
  }
  return settings;
}

/** The nearest `.corroborate.json` at or above `dir`, if any. */
export async function findConfigFile(dir: string): Promise<string | undefined> {
  let current = path.resolve(dir);
  for (;;) {
    const candidate = path.join(current, CONFIG_FILE);
    try {
      await fs.access(candidate);
      return candidate;
    } catch {
      // keep looking upward
    }
    const parent = path.dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

/**
 * Reads a config file's text as JSON with comments (`//`, `/* *\/`) and trailing commas, as VS Code
 * reads its own settings files. Throws, naming the first error's place, when it is not that.
 */
export function parseConfigText(text: string): unknown {
  const errors: ParseError[] = [];
  const value: unknown = parseJsonc(text, errors, { allowTrailingComma: true, disallowComments: false });
  const first = errors[0];
  if (first) {
    const before = text.slice(0, first.offset);
    const line = before.split('\n').length;
    const column = first.offset - before.lastIndexOf('\n');
    throw new Error(`${printParseErrorCode(first.error)} at line ${line}, column ${column}`);
  }
  return value;
}

/** Loads a config file; relative source paths are resolved against the file's folder. */
export async function loadConfigFile(file: string, warn: (message: string) => void): Promise<CorroborateSettings> {
  let raw: unknown;
  try {
    raw = parseConfigText(await fs.readFile(file, 'utf8'));
  } catch (error) {
    warn(`${file}: cannot be read as JSON (${(error as Error).message}); using the defaults`);
    return { ...DEFAULT_SETTINGS, severity: {}, ignore: [] };
  }
  const settings = readSettings(raw, file, warn);
  settings.sources = settings.sources.map((s) => path.resolve(path.dirname(file), s));
  settings.ignore = settings.ignore.map((p) => ignorePattern(p, path.dirname(file)));
  settings.dismissed = resolveDismissed(settings.dismissed, file);
  settings.bibliography = settings.bibliography.map((b) => path.resolve(path.dirname(file), b));
  return settings;
}
