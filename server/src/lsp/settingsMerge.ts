// How the editor's `corroborate` settings and `.corroborate.json` files combine.
//
// Rule (documented in the README): start from the defaults; apply each workspace folder's
// `.corroborate.json`; then apply the editor's settings, but only those whose value differs from the
// default. Editors such as VS Code report every setting, set or not, so a setting left at its default
// never overrides the file. `sources` from the files and from the editor are all used (a union), and
// so are `bibliography` files (the files' first); `severity` merges per code, by the same rule.
import path from 'node:path';
import type { BibliographyFile } from '../bibliography/files.js';
import { DEFAULT_SETTINGS, type CorroborateSettings } from '../config.js';
import { DEFAULT_SEVERITY, type FindingCode } from '../engine/index.js';
import { expandHome, type SourceSpec } from './sourcePaths.js';

export interface FileSettings {
  file: string;
  settings: CorroborateSettings;
}

export interface EffectiveSettings {
  settings: CorroborateSettings;
  sourceSpecs: SourceSpec[];
  /** Every bibliography named, absolute, each once, with where it was named. */
  bibliographies: BibliographyFile[];
}

type ScalarKey = 'includeBundledCorpus' | 'debounceMs' | 'citationStyle' | 'maxFileBytes' | 'relatedInformation';
const SCALARS: ScalarKey[] = ['includeBundledCorpus', 'debounceMs', 'citationStyle', 'maxFileBytes', 'relatedInformation'];

function applyOver(target: CorroborateSettings, over: CorroborateSettings): void {
  for (const key of SCALARS) {
    if (over[key] !== DEFAULT_SETTINGS[key]) (target as unknown as Record<string, unknown>)[key] = over[key];
  }
  for (const [code, severity] of Object.entries(over.severity)) {
    if (severity !== DEFAULT_SEVERITY[code as FindingCode]) target.severity[code as FindingCode] = severity;
  }
}

/**
 * @param files settings read from `.corroborate.json` files (their sources already absolute)
 * @param editor the editor's settings, already checked by readSettings
 * @param folders workspace folder paths: where the editor's relative `sources` are looked up
 */
export function mergeSettings(files: FileSettings[], editor: CorroborateSettings, folders: string[]): EffectiveSettings {
  const settings: CorroborateSettings = { ...DEFAULT_SETTINGS, severity: {}, sources: [] };
  const sourceSpecs: SourceSpec[] = [];
  for (const { file, settings: fromFile } of files) {
    applyOver(settings, fromFile);
    for (const entry of fromFile.sources) sourceSpecs.push({ entry, baseDirs: [], origin: file });
  }
  applyOver(settings, editor);
  // Dismissals name drafts relative to the file they are kept in: only files hold them. So do ignore
  // lists (made absolute as each file is read), as the command line reads them.
  settings.dismissed = files.flatMap((f) => f.settings.dismissed);
  settings.ignore = files.flatMap((f) => f.settings.ignore);
  for (const entry of editor.sources) sourceSpecs.push({ entry, baseDirs: folders, origin: 'settings (corroborate.sources)' });
  settings.sources = sourceSpecs.map((s) => s.entry);
  const bibliographies: BibliographyFile[] = [];
  const addBibliography = (p: string, origin: string) => {
    if (!bibliographies.some((b) => b.path === p)) bibliographies.push({ path: p, origin });
  };
  for (const { file, settings: fromFile } of files) for (const p of fromFile.bibliography) addBibliography(p, file);
  // (As the editor's sources: `~/Zotero/library.bib` is in the home folder; a relative path, in the first folder.)
  for (const p of editor.bibliography) addBibliography(path.resolve(folders[0] ?? '.', expandHome(p)), 'settings (corroborate.bibliography)');
  settings.bibliography = bibliographies.map((b) => b.path);
  return { settings, sourceSpecs, bibliographies };
}
