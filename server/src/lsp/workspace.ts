// The workspace the drafts are checked in: its folders and whether it is trusted, the settings (the
// editor's and .corroborate.json's), the corpus index built from the sources they name, and the
// watchers that re-index it when a source changes. Reloads run one at a time.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  MessageType,
  ShowMessageNotification,
  type Connection,
  type DidChangeConfigurationParams,
  type DidChangeWatchedFilesParams,
  type Disposable,
  type FileSystemWatcher,
  type InitializeParams,
  type WorkDoneProgressServerReporter,
  type WorkspaceFoldersChangeEvent,
} from 'vscode-languageserver/node';
import { CONFIG_FILE, DEFAULT_SETTINGS, findConfigFile, loadConfigFile, readSettings, type CorroborateSettings } from '../config.js';
import { dismissalsOf } from '../dismissed.js';
import { indexCorpus } from '../corpus/cache.js';
import { bundledCorpusDir, loadSources } from '../corpus/sources.js';
import type { BibliographyEntry, CorpusIndex, Dismissal } from '../engine/index.js';
import { bibliographyProblemMessage, BibliographyFiles, type BibliographyFile, type BibliographyProblem } from '../bibliography/files.js';
import { draftBibliographies } from '../bibliography/frontMatter.js';
import type { WorkspaceView } from './features/state.js';
import { findingsGuideLinks, type FindingsGuide } from './findingsGuide.js';
import { problemMessage, sourceProblems } from './sourceProblems.js';
import { STATUS_NOTIFICATION, type StatusParams } from './protocol.js';
import { mergeSettings, type FileSettings } from './settingsMerge.js';
import { concernsSources, isInside, resolveSources, toSlashes, type ResolvedSources } from './sourcePaths.js';

/** What the server reads sources and builds the index with (tests give a made-up corpus). */
export interface ServerDeps {
  loadSources: typeof loadSources;
  indexCorpus: typeof indexCorpus;
  /** The corpus shipped with the server. */
  bundledCorpusDir: () => string;
}

export const DISK_DEPS: ServerDeps = { loadSources, indexCorpus, bundledCorpusDir };

/** Options a client may pass in `initializationOptions`. */
interface InitOptions {
  /** False in a workspace the editor does not trust: workspace-named sources outside it are ignored. */
  workspaceTrusted?: boolean;
  /** Settings for clients that do not support `workspace/configuration`. */
  settings?: unknown;
  /** A folder to keep the corpus index in between sessions (the editor's storage); none: no cache. */
  cacheDir?: string;
}

interface ClientSupport {
  configuration: boolean;
  configurationDynamic: boolean;
  watchedFilesDynamic: boolean;
  relativePatterns: boolean;
  documentChanges: boolean;
  workDoneProgress: boolean;
  /** LSP 3.17 pull diagnostics (textDocument.diagnostic): the client asks for them. */
  pullDiagnostics: boolean;
  /** workspace/diagnostic/refresh: the client pulls again when asked to. */
  diagnosticRefresh: boolean;
  /** A diagnostic's codeDescription is shown (a link to what the code means). */
  codeDescription: boolean;
}

export type Progress = Pick<WorkDoneProgressServerReporter, 'begin' | 'report' | 'done'>;

/** The path of a file: URI, or undefined for any other URI. */
export function pathOfUri(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** How often the bibliographies a draft's front matter names are looked at again while it is checked. */
const BIBLIOGRAPHY_LOOK_MS = 2000;

export class Workspace implements WorkspaceView {
  private readonly support: ClientSupport = {
    configuration: false,
    configurationDynamic: false,
    watchedFilesDynamic: false,
    relativePatterns: false,
    documentChanges: false,
    workDoneProgress: false,
    pullDiagnostics: false,
    diagnosticRefresh: false,
    codeDescription: false,
  };
  private guide: FindingsGuide | undefined;
  /** The setup mistakes of the last indexing, and every one the editor has been shown (once each). */
  private problems: string[] = [];
  /** The sources entries' problems of the last indexing (kept while the sources are not indexed again). */
  private sourceProblemsShown: string[] = [];
  private readonly problemsShown = new Set<string>();
  folders: string[] = [];
  private trusted = true;
  private pushedSettings: unknown; // from initializationOptions or didChangeConfiguration, when not pulled
  private cacheDir: string | undefined; // initializationOptions.cacheDir: where the corpus index is cached
  settings: CorroborateSettings = { ...DEFAULT_SETTINGS, severity: {} };
  resolved: ResolvedSources = { paths: [], watchRoots: [], plainRoots: [], globs: [], origins: new Map() };
  private configFiles: string[] = [];
  /** The .corroborate.json in effect for each workspace folder (found at or above it). */
  private configFileOfFolder = new Map<string, string>();
  index: CorpusIndex | undefined;
  private sourcePaths = new Set<string>(); // resolved paths of loaded sources: never checked as drafts
  generation = 0;
  private loadedSignature = '';
  busy = false;
  private watcherRegistration: Disposable | undefined;
  private watcherSignature = '';
  private shuttingDown = false;
  private reloadRunning = false;
  private reloadPending = false;
  private reloadForce = false;
  private reloadWaiters: Array<() => void> = [];
  private watchedTimer: NodeJS.Timeout | undefined;
  private watchedForce = false;
  /** The bibliography files read, and those the settings name (with their entries, read at each reload). */
  private readonly bibliographyFiles = new BibliographyFiles();
  /** When each draft's list of bibliographies (front matter's, then the settings') was last looked at. */
  private readonly bibliographyLooked = new Map<string, number>();
  private bibliographies: BibliographyFile[] = [];
  private settingsBibliography: readonly BibliographyEntry[] = [];

  /** `onReloaded` re-checks the open drafts after the index or the settings changed. */
  constructor(
    private readonly connection: Connection,
    readonly deps: ServerDeps,
    private readonly onReloaded: () => void,
  ) {}

  readonly log = (message: string) => this.connection.console.log(message);
  readonly warn = (message: string) => this.connection.console.warn(message);
  readonly logError = (what: string, error: unknown) =>
    this.connection.console.error(`${what}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);

  get documentChanges(): boolean {
    return this.support.documentChanges;
  }

  get findingsGuide(): FindingsGuide {
    if (!this.support.codeDescription) return {};
    return (this.guide ??= findingsGuideLinks());
  }

  /** Whether the client pulls diagnostics (then it is never sent publishDiagnostics). */
  get pullsDiagnostics(): boolean {
    return this.support.pullDiagnostics;
  }

  /** Whether the client pulls every open draft's diagnostics again when asked to (after a reload). */
  get refreshesDiagnostics(): boolean {
    return this.support.diagnosticRefresh;
  }

  isSourceDocument(uri: string): boolean {
    const p = pathOfUri(uri);
    return !!p && this.sourcePaths.has(path.resolve(p));
  }

  /**
   * A draft's bibliography: its front matter's files (relative to it), then the settings'. Files
   * the front matter names that were not read yet are read now, and the drafts checked again once
   * they are; meanwhile the settings' entries stand.
   */
  bibliographyOf(uri: string, text: string): readonly BibliographyEntry[] {
    const p = pathOfUri(uri);
    const own = p && text.startsWith('---') ? draftBibliographies(text, path.dirname(p), path.basename(p)) : [];
    if (own.length === 0) return this.settingsBibliography;
    const named = [...own, ...this.bibliographies];
    const loaded = this.bibliographyFiles.loaded(named);
    // (Files a front matter names are not watched: while it is checked, each is looked at again
    // every few seconds, and read again when it changed.)
    const id = named.map((f) => f.path).join('\u0000');
    const now = Date.now();
    if (loaded && now - (this.bibliographyLooked.get(id) ?? 0) < BIBLIOGRAPHY_LOOK_MS) return loaded;
    this.bibliographyLooked.set(id, now);
    void this.bibliographyFiles.load(named).then(({ entries, fresh }) => {
      void this.showProblems(fresh.map(bibliographyProblemMessage), false);
      if (entries === loaded) return;
      this.generation++;
      this.onReloaded();
    }, (error: unknown) => this.logError('Reading a bibliography failed', error));
    return loaded ?? this.settingsBibliography;
  }

  dismissalsOf(uri: string): readonly Dismissal[] {
    return dismissalsOf(this.settings.dismissed, pathOfUri(uri));
  }

  canDismiss(uri: string): boolean {
    return this.dismissalFile(uri) !== undefined;
  }

  /**
   * The file a dismissal of the draft's findings is written to: the .corroborate.json in effect for
   * the innermost workspace folder holding it (made there when there is none). None outside the folders.
   */
  dismissalFile(uri: string): string | undefined {
    const p = pathOfUri(uri);
    if (!p) return undefined;
    const folder = this.folders.filter((f) => isInside(p, f)).sort((a, b) => b.length - a.length)[0];
    if (folder === undefined) return undefined;
    return this.configFileOfFolder.get(folder) ?? path.join(folder, CONFIG_FILE);
  }

  /** Takes what the client supports, its options and its folders from `initialize`. */
  initialize(params: InitializeParams): void {
    const caps = params.capabilities;
    const support = this.support;
    support.configuration = !!caps.workspace?.configuration;
    support.configurationDynamic = !!caps.workspace?.didChangeConfiguration?.dynamicRegistration;
    support.watchedFilesDynamic = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    support.relativePatterns = !!caps.workspace?.didChangeWatchedFiles?.relativePatternSupport;
    support.documentChanges = !!caps.workspace?.workspaceEdit?.documentChanges;
    support.workDoneProgress = !!caps.window?.workDoneProgress;
    support.pullDiagnostics = !!caps.textDocument?.diagnostic;
    support.diagnosticRefresh = !!caps.workspace?.diagnostics?.refreshSupport;
    // (A client that pulls diagnostics is of LSP 3.17, which shows code descriptions.)
    support.codeDescription = !!caps.textDocument?.publishDiagnostics?.codeDescriptionSupport || support.pullDiagnostics;
    const options = (params.initializationOptions ?? {}) as InitOptions;
    this.trusted = options.workspaceTrusted !== false;
    this.pushedSettings = options.settings;
    this.cacheDir = typeof options.cacheDir === 'string' && options.cacheDir.trim() ? options.cacheDir : undefined;
    const fromUris = (params.workspaceFolders ?? []).map((f) => pathOfUri(f.uri)).filter((p): p is string => !!p);
    const root = params.rootUri ? pathOfUri(params.rootUri) : (params.rootPath ?? undefined);
    this.folders = fromUris.length > 0 ? fromUris : root ? [root] : [];
  }

  /** After `initialized`: asks for the settings' and the folders' changes, and indexes the corpus. */
  initialized(): void {
    if (this.support.configurationDynamic) {
      void this.connection.client.register(DidChangeConfigurationNotification.type, { section: 'corroborate' }).catch(() => undefined);
    }
    try {
      this.connection.workspace.onDidChangeWorkspaceFolders((event) => this.changeFolders(event));
    } catch {
      // the client does not announce folder changes
    }
    void this.requestReload(true);
  }

  private changeFolders(event: WorkspaceFoldersChangeEvent): void {
    for (const removed of event.removed) {
      const p = pathOfUri(removed.uri);
      this.folders = this.folders.filter((f) => f !== p);
    }
    for (const added of event.added) {
      const p = pathOfUri(added.uri);
      if (p && !this.folders.includes(p)) this.folders.push(p);
    }
    void this.requestReload(false);
  }

  changeConfiguration(change: DidChangeConfigurationParams): void {
    const raw = (change.settings as { corroborate?: unknown } | undefined)?.corroborate;
    if (raw !== undefined) this.pushedSettings = raw;
    void this.requestReload(false);
  }

  changeWatchedFiles(params: DidChangeWatchedFilesParams): void {
    const relevant: string[] = [];
    let sourcesChanged = false;
    for (const change of params.changes) {
      const p = pathOfUri(change.uri);
      if (!p) continue;
      // (A bibliography the settings name is read again with the settings.)
      const isConfig = path.basename(p) === CONFIG_FILE || this.configFiles.includes(p) || this.bibliographies.some((b) => b.path === p);
      if (isConfig || concernsSources(p, this.resolved)) relevant.push(path.basename(p));
      sourcesChanged ||= !isConfig && concernsSources(p, this.resolved);
    }
    if (relevant.length > 0) {
      // A settings file alone (a finding dismissed) re-reads the settings; the sources are indexed
      // again only if it now names others.
      this.log(`${sourcesChanged ? 'Sources' : 'Settings'} changed (${relevant.slice(0, 5).join(', ')}${relevant.length > 5 ? ', …' : ''}); ${sourcesChanged ? 're-indexing' : 're-reading the settings'}`);
      this.scheduleReload(sourcesChanged);
    }
  }

  /** The .corroborate.json files read (the only ones a restore may edit). */
  get settingsFiles(): readonly string[] {
    return this.configFiles;
  }

  /** Tells the writer something they asked for went wrong (a message they see, and the log). */
  showError(message: string): void {
    this.warn(message);
    void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message }).catch(() => undefined);
  }

  shutdown(): void {
    this.shuttingDown = true;
  }

  status(message?: string): StatusParams {
    return {
      sources: this.index?.sources.length ?? 0,
      claims: this.index?.statementCount ?? 0,
      busy: this.busy,
      ...(message ? { message } : {}),
      ...(this.problems.length > 0 ? { warning: this.problems.join('\n') } : {}),
    };
  }

  private sendStatus(message?: string): void {
    void this.connection.sendNotification(STATUS_NOTIFICATION, this.status(message)).catch(() => undefined);
  }

  async startProgress(title: string): Promise<Progress> {
    const nothing: Progress = { begin() {}, report() {}, done() {} };
    if (!this.support.workDoneProgress) return nothing;
    try {
      const progress = await this.connection.window.createWorkDoneProgress();
      progress.begin(title, 0, undefined, false);
      return progress;
    } catch {
      return nothing;
    }
  }

  // -------------------------------------------------------------------------------------------
  // Settings and sources

  private async readEditorSettings(): Promise<CorroborateSettings> {
    let raw: unknown = this.pushedSettings;
    if (this.support.configuration) {
      try {
        raw = await this.connection.workspace.getConfiguration({ section: 'corroborate' });
      } catch (error) {
        this.warn(`Could not read the editor's corroborate settings (${(error as Error).message}); using the defaults`);
        raw = undefined;
      }
    }
    return readSettings(raw ?? undefined, 'settings', this.warn);
  }

  private async readConfigFiles(): Promise<FileSettings[]> {
    const { folders } = this;
    const files: string[] = [];
    const ofFolder = new Map<string, string>();
    for (const folder of folders) {
      const file = await findConfigFile(folder);
      if (file) ofFolder.set(folder, file);
      if (file && !files.includes(file)) files.push(file);
    }
    this.configFiles = files;
    this.configFileOfFolder = ofFolder;
    const out: FileSettings[] = [];
    for (const file of files) {
      const fromFile = await loadConfigFile(file, this.warn);
      if (!this.trusted && folders.some((f) => isInside(file, f))) {
        // A file the workspace brought: in an untrusted workspace it may not reach outside it.
        fromFile.sources = fromFile.sources.filter((s) => {
          const ok = folders.some((f) => isInside(s, f));
          if (!ok) this.warn(`${file}: the source ${s} is outside the workspace and the workspace is not trusted; ignored`);
          return ok;
        });
      }
      out.push({ file, settings: fromFile });
    }
    return out;
  }

  /** What to watch: the sources' folders and files, and every .corroborate.json read or wanted. */
  private async wantedWatchers(): Promise<FileSystemWatcher[]> {
    const watchers: FileSystemWatcher[] = [];
    const add = (dir: string, pattern: string) => {
      watchers.push({
        globPattern: this.support.relativePatterns
          ? { baseUri: pathToFileURL(dir).href, pattern }
          : `${toSlashes(dir)}/${pattern}`,
      });
    };
    for (const root of this.resolved.watchRoots) {
      let isDir = false;
      try {
        isDir = (await fs.stat(root)).isDirectory();
      } catch {
        isDir = !path.extname(root);
      }
      if (isDir) add(root, '**/*');
      else add(path.dirname(root), path.basename(root));
    }
    for (const b of this.bibliographies) add(path.dirname(b.path), path.basename(b.path));
    for (const folder of this.folders) add(folder, '.corroborate.json');
    for (const file of this.configFiles) if (!this.folders.some((f) => path.dirname(file) === f)) add(path.dirname(file), path.basename(file));
    return watchers;
  }

  private async registerWatchers(): Promise<void> {
    if (!this.support.watchedFilesDynamic) return;
    const watchers = await this.wantedWatchers();
    const signature = JSON.stringify(watchers);
    if (signature === this.watcherSignature) return;
    this.watcherSignature = signature;
    const previous = this.watcherRegistration;
    this.watcherRegistration = undefined;
    try {
      previous?.dispose();
    } catch {
      // the client may have gone
    }
    if (watchers.length === 0) return;
    try {
      this.watcherRegistration = await this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
    } catch (error) {
      this.warn(`Could not ask the editor to watch the sources (${(error as Error).message}); use the reindex command after changing them`);
    }
  }

  /** Reads settings, and (when they name other sources, or `force`) reloads and re-indexes the corpus. */
  private async reload(force: boolean): Promise<void> {
    const fromFiles = await this.readConfigFiles();
    const editor = await this.readEditorSettings();
    const merged = mergeSettings(fromFiles, editor, this.folders);
    this.settings = merged.settings;
    this.resolved = await resolveSources(merged.sourceSpecs, this.warn);
    // In an untrusted workspace the client has already dropped sources that workspace settings name
    // outside the workspace; `.corroborate.json` files were filtered in readConfigFiles.
    let paths = this.resolved.paths;
    if (this.settings.includeBundledCorpus) paths = [this.deps.bundledCorpusDir(), ...paths];
    const signature = JSON.stringify(paths);
    const problems = await this.readBibliographies(merged.bibliographies);
    if (force || !this.index || signature !== this.loadedSignature) await this.reindex(paths, signature, problems);
    else if (problems.length > 0 || this.problems.length > 0) await this.showProblems([...this.sourceProblemsShown, ...problems.map(bibliographyProblemMessage)]);
    this.generation++;
    this.onReloaded();
    await this.registerWatchers();
    // Last: a client waiting for an idle status then finds the drafts re-checked and the watchers set.
    this.sendStatus();
  }

  /** Reads the bibliographies the settings name (again where they changed); the problems of those that cannot be read. */
  private async readBibliographies(files: BibliographyFile[]): Promise<BibliographyProblem[]> {
    this.bibliographies = files;
    const { entries, problems } = await this.bibliographyFiles.load(files);
    this.settingsBibliography = entries;
    return problems;
  }

  private async reindex(paths: string[], signature: string, bibliographyProblems: BibliographyProblem[]): Promise<void> {
    const { warn, cacheDir } = this;
    this.busy = true;
    this.sendStatus('Indexing sources…');
    const progress = await this.startProgress('Corroborate: indexing sources');
    try {
      const inputs = await this.deps.loadSources(paths, {
        warn,
        cacheDir,
        onPath: (i, p) => progress.report(Math.round((i / Math.max(1, paths.length)) * 10), `Reading ${path.basename(p)}`),
      });
      progress.report(10, `Indexing ${inputs.length} source${inputs.length === 1 ? '' : 's'}`);
      // Worker threads for a large corpus, and the cache (when the client named a folder for it).
      const built = await this.deps.indexCorpus(inputs, { cacheDir, warn, onProgress: (p) => progress.report(10 + Math.round(p.fraction * 90), p.message) });
      const index = (this.index = built.index);
      this.sourcePaths = new Set(index.sources.map((s) => path.resolve(s.uri)));
      this.loadedSignature = signature;
      const { report } = built;
      this.log(`Indexed ${index.sources.length} source${index.sources.length === 1 ? '' : 's'} (${index.statementCount} statements) in ${Math.round(report.ms)} ms${cacheDir ? `, ${report.fromCache} from the cache` : ''}${report.threads ? ` with ${report.threads} threads` : ''}`);
      if (index.sources.length === 0) warn('No sources were loaded: every claim will read "not in sources". Set corroborate.sources or corroborate.includeBundledCorpus.');
      this.sourceProblemsShown = (await sourceProblems(this.resolved.plainRoots, this.resolved.origins, inputs)).map(problemMessage);
      await this.showProblems([...this.sourceProblemsShown, ...bibliographyProblems.map(bibliographyProblemMessage)]);
    } finally {
      progress.done();
      this.busy = false;
    }
  }

  /**
   * Each setup mistake as a notification, once; all of them in the status until they are fixed
   * (`all`: these are all there are; else they are a draft's own, shown but not kept in the status).
   */
  private async showProblems(messages: string[], all = true): Promise<void> {
    if (all) this.problems = messages;
    for (const message of messages) {
      this.warn(message);
      if (this.problemsShown.has(message)) continue;
      this.problemsShown.add(message);
      // A notification (window/showMessage), not a request: nothing waits for the editor's answer.
      void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message }).catch(() => undefined);
    }
  }

  /** Resolves once no reload is running or waiting (at once when none is). */
  settled(): Promise<void> {
    if (!this.reloadRunning) return Promise.resolve();
    return new Promise((resolve) => this.reloadWaiters.push(resolve));
  }

  /** Serialises reloads: one at a time, and requests made meanwhile fold into one more run. */
  requestReload(force: boolean): Promise<void> {
    return new Promise((resolve) => {
      this.reloadWaiters.push(resolve);
      this.reloadPending = true;
      this.reloadForce ||= force;
      if (!this.reloadRunning) void this.runReloads();
    });
  }

  private async runReloads(): Promise<void> {
    this.reloadRunning = true;
    while (this.reloadPending && !this.shuttingDown) {
      this.reloadPending = false;
      const force = this.reloadForce;
      this.reloadForce = false;
      const waiters = this.reloadWaiters;
      this.reloadWaiters = [];
      try {
        await this.reload(force);
      } catch (error) {
        this.logError('Indexing failed', error);
        this.busy = false;
        this.sendStatus('Indexing failed; see the output log');
      }
      for (const resolve of waiters) resolve();
    }
    this.reloadRunning = false;
    for (const resolve of this.reloadWaiters.splice(0)) resolve();
  }

  /** A burst of changed files (a checkout, a save-all) makes one reload (a re-index if one of them is forced). */
  private scheduleReload(force: boolean): void {
    if (this.watchedTimer) clearTimeout(this.watchedTimer);
    this.watchedForce ||= force;
    this.watchedTimer = setTimeout(() => {
      this.watchedTimer = undefined;
      const forced = this.watchedForce;
      this.watchedForce = false;
      void this.requestReload(forced);
    }, 30);
  }
}
