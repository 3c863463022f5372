// The Corroborate language server: a thin shell over the engine. It indexes the corpus at start-up
// and when sources change, checks Markdown drafts as they are edited (debounced, and only ever
// publishing results for the text the editor holds now), and offers hovers, go-to-source, document
// links, quick fixes and completion of citations.
//
// Runs over stdio (`corroborate-ls --stdio`), node IPC (the VS Code extension) or sockets: whatever
// the command line asks of vscode-languageserver.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  CompletionItemKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  MarkupKind,
  MessageType,
  ShowMessageNotification,
  ProposedFeatures,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection,
  type CodeAction,
  type CompletionItem,
  type Connection,
  type Diagnostic as LspDiagnostic,
  type Disposable,
  type DocumentLink,
  type FileSystemWatcher,
  type InitializeParams,
  type InitializeResult,
  type TextEdit,
  type WorkDoneProgressServerReporter,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_SETTINGS, findConfigFile, loadConfigFile, readSettings, type CorroborateSettings } from './config.js';
import { indexCorpus } from './corpus/cache.js';
import { bundledCorpusDir, loadSources } from './corpus/sources.js';
import { walkFiles } from './corpus/walk.js';
import { toDiagnostics, toUri, type Diagnostic } from './diagnostics.js';
import {
  FINDING_CODES,
  LineIndex,
  checkDraft,
  DraftChecker,
  type CorpusIndex,
  type DraftReport,
  type FindingCode,
  type FindingData,
  type TextRange,
} from './engine/index.js';
import {
  CHECK_WORKSPACE_REQUEST,
  REINDEX_REQUEST,
  SERVER_VERSION,
  SOURCES_REQUEST,
  STATUS_NOTIFICATION,
  type CheckWorkspaceParams,
  type CheckWorkspaceResult,
  type SourceInfo,
  type StatusParams,
} from './lsp/protocol.js';
import { citationEdits, detectStyle, disableEdit, footnoteDefinitionText, pandocKey, replaceCitationEdits, type OffsetEdit } from './lsp/fixes.js';
import { citationHover, citationLocations, claimHover, claimLocations } from './lsp/presentation.js';
import { mergeSettings, type FileSettings } from './lsp/settingsMerge.js';
import { concernsSources, isInside, resolveSources, toSlashes, type ResolvedSources } from './lsp/sourcePaths.js';

/** Options a client may pass in `initializationOptions`. */
interface InitOptions {
  /** False in a workspace the editor does not trust: workspace-named sources outside it are ignored. */
  workspaceTrusted?: boolean;
  /** Settings for clients that do not support `workspace/configuration`. */
  settings?: unknown;
  /** A folder to keep the corpus index in between sessions (the editor's storage); none: no cache. */
  cacheDir?: string;
}

const MARKDOWN_EXTENSIONS = ['.md', '.markdown', '.mdown', '.mkd'];
const MAX_WORKSPACE_FILES = 5000;

// ---------------------------------------------------------------------------------------------

interface Analysis {
  version: number;
  generation: number;
  text: string;
  lines: LineIndex;
  report: DraftReport;
  diagnostics: Diagnostic[];
}

type Progress = Pick<WorkDoneProgressServerReporter, 'begin' | 'report' | 'done'>;

interface ClientSupport {
  configuration: boolean;
  configurationDynamic: boolean;
  watchedFilesDynamic: boolean;
  relativePatterns: boolean;
  documentChanges: boolean;
  workDoneProgress: boolean;
}

function startServer(connection: Connection = createConnection(ProposedFeatures.all)): void {
  const documents = new TextDocuments(TextDocument);
  const support: ClientSupport = {
    configuration: false,
    configurationDynamic: false,
    watchedFilesDynamic: false,
    relativePatterns: false,
    documentChanges: false,
    workDoneProgress: false,
  };
  let folders: string[] = [];
  let trusted = true;
  let pushedSettings: unknown; // from initializationOptions or didChangeConfiguration, when not pulled
  let cacheDir: string | undefined; // initializationOptions.cacheDir: where the corpus index is cached
  let settings: CorroborateSettings = { ...DEFAULT_SETTINGS, severity: {} };
  let resolved: ResolvedSources = { paths: [], watchRoots: [], plainRoots: [], globs: [] };
  let configFiles: string[] = [];
  let index: CorpusIndex | undefined;
  let sourcePaths = new Set<string>(); // resolved paths of loaded sources: never checked as drafts
  let generation = 0; // bumped whenever the index or settings change: cached analyses are then stale
  let loadedSignature = '';
  let busy = false;
  let watcherRegistration: Disposable | undefined;
  let watcherSignature = '';
  let shuttingDown = false;

  const timers = new Map<string, NodeJS.Timeout>();
  const analyses = new Map<string, Analysis>();
  const oversizeNotified = new Set<string>();

  const log = (message: string) => connection.console.log(message);
  const warn = (message: string) => connection.console.warn(message);
  const logError = (what: string, error: unknown) =>
    connection.console.error(`${what}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);

  /** Runs a request handler; a failure is logged and answered with `fallback`, never a crash. */
  function guard<P extends unknown[], R>(what: string, fallback: R, fn: (...args: P) => R | Promise<R>) {
    return async (...args: P): Promise<R> => {
      try {
        return await fn(...args);
      } catch (error) {
        logError(what, error);
        return fallback;
      }
    };
  }

  function sendStatus(message?: string): void {
    const params: StatusParams = {
      sources: index?.sources.length ?? 0,
      claims: index?.statementCount ?? 0,
      busy,
      ...(message ? { message } : {}),
    };
    void connection.sendNotification(STATUS_NOTIFICATION, params).catch(() => undefined);
  }

  function pathOfUri(uri: string): string | undefined {
    if (!uri.startsWith('file:')) return undefined;
    try {
      return fileURLToPath(uri);
    } catch {
      return undefined;
    }
  }

  // -------------------------------------------------------------------------------------------
  // Settings and sources

  async function readEditorSettings(): Promise<CorroborateSettings> {
    let raw: unknown = pushedSettings;
    if (support.configuration) {
      try {
        raw = await connection.workspace.getConfiguration({ section: 'corroborate' });
      } catch (error) {
        warn(`Could not read the editor's corroborate settings (${(error as Error).message}); using the defaults`);
        raw = undefined;
      }
    }
    return readSettings(raw ?? undefined, 'settings', warn);
  }

  async function readConfigFiles(): Promise<FileSettings[]> {
    const files: string[] = [];
    for (const folder of folders) {
      const file = await findConfigFile(folder);
      if (file && !files.includes(file)) files.push(file);
    }
    configFiles = files;
    const out: FileSettings[] = [];
    for (const file of files) {
      const fromFile = await loadConfigFile(file, warn);
      if (!trusted && folders.some((f) => isInside(file, f))) {
        // A file the workspace brought: in an untrusted workspace it may not reach outside it.
        fromFile.sources = fromFile.sources.filter((s) => {
          const ok = folders.some((f) => isInside(s, f));
          if (!ok) warn(`${file}: the source ${s} is outside the workspace and the workspace is not trusted; ignored`);
          return ok;
        });
      }
      out.push({ file, settings: fromFile });
    }
    return out;
  }

  async function startProgress(title: string): Promise<Progress> {
    const nothing: Progress = { begin() {}, report() {}, done() {} };
    if (!support.workDoneProgress) return nothing;
    try {
      const progress = await connection.window.createWorkDoneProgress();
      progress.begin(title, 0, undefined, false);
      return progress;
    } catch {
      return nothing;
    }
  }

  async function registerWatchers(): Promise<void> {
    if (!support.watchedFilesDynamic) return;
    const watchers: FileSystemWatcher[] = [];
    const add = (dir: string, pattern: string) => {
      watchers.push({
        globPattern: support.relativePatterns
          ? { baseUri: pathToFileURL(dir).href, pattern }
          : `${toSlashes(dir)}/${pattern}`,
      });
    };
    for (const root of resolved.watchRoots) {
      let isDir = false;
      try {
        isDir = (await fs.stat(root)).isDirectory();
      } catch {
        isDir = !path.extname(root);
      }
      if (isDir) add(root, '**/*');
      else add(path.dirname(root), path.basename(root));
    }
    for (const folder of folders) add(folder, '.corroborate.json');
    for (const file of configFiles) if (!folders.some((f) => path.dirname(file) === f)) add(path.dirname(file), path.basename(file));
    const signature = JSON.stringify(watchers);
    if (signature === watcherSignature) return;
    watcherSignature = signature;
    const previous = watcherRegistration;
    watcherRegistration = undefined;
    try {
      previous?.dispose();
    } catch {
      // the client may have gone
    }
    if (watchers.length === 0) return;
    try {
      watcherRegistration = await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
    } catch (error) {
      warn(`Could not ask the editor to watch the sources (${(error as Error).message}); use the reindex command after changing them`);
    }
  }

  /** Reads settings, and (when they name other sources, or `force`) reloads and re-indexes the corpus. */
  async function reload(force: boolean): Promise<void> {
    const fromFiles = await readConfigFiles();
    const editor = await readEditorSettings();
    const merged = mergeSettings(fromFiles, editor, folders);
    settings = merged.settings;
    resolved = await resolveSources(merged.sourceSpecs, warn);
    // In an untrusted workspace the client has already dropped sources that workspace settings name
    // outside the workspace; `.corroborate.json` files were filtered in readConfigFiles.
    let paths = resolved.paths;
    if (settings.includeBundledCorpus) paths = [bundledCorpusDir(), ...paths];
    const signature = JSON.stringify(paths);
    if (force || !index || signature !== loadedSignature) {
      busy = true;
      sendStatus('Indexing sources…');
      const progress = await startProgress('Corroborate: indexing sources');
      try {
        const inputs = await loadSources(paths, {
          warn,
          onPath: (i, p) => progress.report(Math.round((i / Math.max(1, paths.length)) * 10), `Reading ${path.basename(p)}`),
        });
        progress.report(10, `Indexing ${inputs.length} source${inputs.length === 1 ? '' : 's'}`);
        // Worker threads for a large corpus, and the cache (when the client named a folder for it).
        const built = await indexCorpus(inputs, { cacheDir, warn, onProgress: (p) => progress.report(10 + Math.round(p.fraction * 90), p.message) });
        index = built.index;
        sourcePaths = new Set(index.sources.map((s) => path.resolve(s.uri)));
        loadedSignature = signature;
        const { report } = built;
        log(`Indexed ${index.sources.length} source${index.sources.length === 1 ? '' : 's'} (${index.statementCount} statements) in ${Math.round(report.ms)} ms${cacheDir ? `, ${report.fromCache} from the cache` : ''}${report.threads ? ` with ${report.threads} threads` : ''}`);
        if (index.sources.length === 0) warn('No sources were loaded: every claim will read "not in sources". Set corroborate.sources or corroborate.includeBundledCorpus.');
      } finally {
        progress.done();
        busy = false;
      }
    }
    generation++;
    recheckOpenDocuments();
    await registerWatchers();
    // Last: a client waiting for an idle status then finds the drafts re-checked and the watchers set.
    sendStatus();
  }

  let reloadRunning = false;
  let reloadPending = false;
  let reloadForce = false;
  let reloadWaiters: Array<() => void> = [];

  /** Serialises reloads: one at a time, and requests made meanwhile fold into one more run. */
  function requestReload(force: boolean): Promise<void> {
    return new Promise((resolve) => {
      reloadWaiters.push(resolve);
      reloadPending = true;
      reloadForce ||= force;
      if (!reloadRunning) void runReloads();
    });
  }

  async function runReloads(): Promise<void> {
    reloadRunning = true;
    while (reloadPending && !shuttingDown) {
      reloadPending = false;
      const force = reloadForce;
      reloadForce = false;
      const waiters = reloadWaiters;
      reloadWaiters = [];
      try {
        await reload(force);
      } catch (error) {
        logError('Indexing failed', error);
        busy = false;
        sendStatus('Indexing failed; see the output log');
      }
      for (const resolve of waiters) resolve();
    }
    reloadRunning = false;
    for (const resolve of reloadWaiters.splice(0)) resolve();
  }

  let watchedTimer: NodeJS.Timeout | undefined;
  function scheduleForcedReload(): void {
    if (watchedTimer) clearTimeout(watchedTimer);
    watchedTimer = setTimeout(() => {
      watchedTimer = undefined;
      void requestReload(true);
    }, 30);
  }

  // -------------------------------------------------------------------------------------------
  // Checking drafts

  function disabledCodes(): Set<FindingCode> {
    return new Set(FINDING_CODES.filter((code) => settings.severity[code] === 'off'));
  }

  function isSourceDocument(uri: string): boolean {
    const p = pathOfUri(uri);
    return !!p && sourcePaths.has(path.resolve(p));
  }

  /** One incremental checker per open draft: a keystroke re-reads only the blocks it touched. */
  const checkers = new Map<string, DraftChecker>();
  function checkerFor(uri: string, corpus: CorpusIndex): DraftChecker {
    let checker = checkers.get(uri);
    if (!checker || checker.index !== corpus) checkers.set(uri, (checker = new DraftChecker(corpus)));
    return checker;
  }

  function analyzeText(text: string, uri?: string): { lines: LineIndex; report: DraftReport; diagnostics: Diagnostic[] } | undefined {
    if (!index) return undefined;
    const lines = new LineIndex(text);
    const options = { disabledCodes: disabledCodes() };
    const report = uri ? checkerFor(uri, index).check(text, options) : checkDraft(text, index, options);
    return { lines, report, diagnostics: toDiagnostics(report.findings, lines, index, settings.severity, 'editor') };
  }

  /** The analysis of the document as it is now (computed if the cached one is older), or undefined. */
  function analysisOf(doc: TextDocument): Analysis | undefined {
    const cached = analyses.get(doc.uri);
    if (cached && cached.version === doc.version && cached.generation === generation) return cached;
    if (!index || isSourceDocument(doc.uri)) return undefined;
    const text = doc.getText();
    if (Buffer.byteLength(text, 'utf8') > settings.maxFileBytes) return undefined;
    const result = analyzeText(text, doc.uri);
    if (!result) return undefined;
    const analysis: Analysis = { version: doc.version, generation, text, ...result };
    analyses.set(doc.uri, analysis);
    return analysis;
  }

  function publish(uri: string, diagnostics: LspDiagnostic[], version?: number): void {
    void connection.sendDiagnostics({ uri, diagnostics, ...(version !== undefined ? { version } : {}) }).catch(() => undefined);
  }

  /** Checks the document as the editor holds it now and publishes. Synchronous: never stale. */
  function checkNow(uri: string): void {
    const doc = documents.get(uri);
    if (!doc || !index) return;
    try {
      if (isSourceDocument(uri)) {
        publish(uri, [], doc.version);
        return;
      }
      const bytes = Buffer.byteLength(doc.getText(), 'utf8');
      if (bytes > settings.maxFileBytes) {
        analyses.delete(uri);
        publish(uri, [], doc.version);
        if (!oversizeNotified.has(uri)) {
          oversizeNotified.add(uri);
          const message = `Corroborate: ${decodeURIComponent(path.basename(uri))} is not checked: it is ${bytes} bytes, over corroborate.maxFileBytes (${settings.maxFileBytes}).`;
          warn(message);
          void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message }).catch(() => undefined);
        }
        return;
      }
      oversizeNotified.delete(uri);
      const analysis = analysisOf(doc);
      if (analysis) publish(uri, analysis.diagnostics as LspDiagnostic[], doc.version);
    } catch (error) {
      logError(`Checking ${uri} failed`, error);
      // Findings shown for an earlier text would now point at text that has changed: clear them,
      // and start the draft's checker afresh next time.
      analyses.delete(uri);
      checkers.delete(uri);
      publish(uri, [], doc.version);
    }
  }

  function scheduleCheck(uri: string): void {
    const previous = timers.get(uri);
    if (previous) clearTimeout(previous);
    timers.set(uri, setTimeout(() => {
      timers.delete(uri);
      checkNow(uri);
    }, settings.debounceMs));
  }

  function recheckOpenDocuments(): void {
    for (const doc of documents.all()) {
      const timer = timers.get(doc.uri);
      if (timer) clearTimeout(timer);
      timers.delete(doc.uri);
      checkNow(doc.uri);
    }
  }

  // -------------------------------------------------------------------------------------------
  // Lifecycle

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    support.configuration = !!caps.workspace?.configuration;
    support.configurationDynamic = !!caps.workspace?.didChangeConfiguration?.dynamicRegistration;
    support.watchedFilesDynamic = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    support.relativePatterns = !!caps.workspace?.didChangeWatchedFiles?.relativePatternSupport;
    support.documentChanges = !!caps.workspace?.workspaceEdit?.documentChanges;
    support.workDoneProgress = !!caps.window?.workDoneProgress;
    const options = (params.initializationOptions ?? {}) as InitOptions;
    trusted = options.workspaceTrusted !== false;
    pushedSettings = options.settings;
    cacheDir = typeof options.cacheDir === 'string' && options.cacheDir.trim() ? options.cacheDir : undefined;
    const fromUris = (params.workspaceFolders ?? []).map((f) => pathOfUri(f.uri)).filter((p): p is string => !!p);
    const root = params.rootUri ? pathOfUri(params.rootUri) : (params.rootPath ?? undefined);
    folders = fromUris.length > 0 ? fromUris : root ? [root] : [];
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        definitionProvider: true,
        documentLinkProvider: { resolveProvider: false },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        completionProvider: { triggerCharacters: ['@', ':'], resolveProvider: false },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'corroborate-ls', version: SERVER_VERSION },
    };
  });

  connection.onInitialized(() => {
    if (support.configurationDynamic) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'corroborate' }).catch(() => undefined);
    }
    try {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        for (const removed of event.removed) {
          const p = pathOfUri(removed.uri);
          folders = folders.filter((f) => f !== p);
        }
        for (const added of event.added) {
          const p = pathOfUri(added.uri);
          if (p && !folders.includes(p)) folders.push(p);
        }
        void requestReload(false);
      });
    } catch {
      // the client does not announce folder changes
    }
    void requestReload(true);
  });

  connection.onDidChangeConfiguration((change) => {
    const raw = (change.settings as { corroborate?: unknown } | undefined)?.corroborate;
    if (raw !== undefined) pushedSettings = raw;
    void requestReload(false);
  });

  connection.onDidChangeWatchedFiles((params) => {
    const relevant: string[] = [];
    for (const change of params.changes) {
      const p = pathOfUri(change.uri);
      if (!p) continue;
      if (path.basename(p) === '.corroborate.json' || configFiles.includes(p) || concernsSources(p, resolved)) relevant.push(path.basename(p));
    }
    if (relevant.length > 0) {
      log(`Sources changed (${relevant.slice(0, 5).join(', ')}${relevant.length > 5 ? ', …' : ''}); re-indexing`);
      scheduleForcedReload();
    }
  });

  connection.onShutdown(() => {
    shuttingDown = true;
    for (const timer of timers.values()) clearTimeout(timer);
    timers.clear();
  });

  documents.onDidOpen((event) => scheduleCheck(event.document.uri));
  documents.onDidChangeContent((event) => scheduleCheck(event.document.uri));
  documents.onDidClose((event) => {
    checkers.delete(event.document.uri);
    const uri = event.document.uri;
    const timer = timers.get(uri);
    if (timer) clearTimeout(timer);
    timers.delete(uri);
    analyses.delete(uri);
    oversizeNotified.delete(uri);
    publish(uri, []);
  });

  // -------------------------------------------------------------------------------------------
  // Features

  function within(offset: number, range: TextRange): boolean {
    return offset >= range.start && offset <= range.end;
  }

  function smallest<T extends { range: TextRange }>(items: readonly T[], offset: number): T | undefined {
    let best: T | undefined;
    for (const item of items) {
      if (!within(offset, item.range)) continue;
      if (!best || item.range.end - item.range.start < best.range.end - best.range.start) best = item;
    }
    return best;
  }

  /** The draft's analysis and the claim (or else citation) under the cursor. */
  function pointedAt(params: { textDocument: { uri: string }; position: { line: number; character: number } }) {
    const doc = documents.get(params.textDocument.uri);
    const analysis = doc && analysisOf(doc);
    if (!analysis || !index) return undefined;
    const offset = analysis.lines.offsetAt(params.position);
    const claim = smallest(analysis.report.claims, offset);
    const citation = claim ? undefined : smallest(analysis.report.citations, offset);
    return { analysis, corpus: index, offset, claim, citation };
  }

  connection.onHover(guard('hover', null, (params) => {
    const at = pointedAt(params);
    if (!at) return null;
    const { analysis, claim, citation, corpus } = at;
    if (claim) {
      return { contents: { kind: MarkupKind.Markdown, value: claimHover(claim, corpus) }, range: analysis.lines.rangeOf(claim.range) };
    }
    if (citation) {
      return { contents: { kind: MarkupKind.Markdown, value: citationHover(citation, corpus) }, range: analysis.lines.rangeOf(citation.range) };
    }
    return null;
  }));

  connection.onDefinition(guard('definition', null, (params) => {
    const at = pointedAt(params);
    if (!at) return null;
    const { analysis, claim, corpus, offset } = at;
    if (claim) {
      const locations = claimLocations(claim, corpus);
      return locations.length > 0 ? locations : null;
    }
    // A footnote's definition leads to the source too.
    const citation = at.citation ?? analysis.report.citations.find((c) => c.definitionRange && within(offset, c.definitionRange));
    if (citation) {
      const locations = citationLocations(citation, analysis.report.claims, corpus);
      return locations.length > 0 ? locations : null;
    }
    return null;
  }));

  connection.onDocumentLinks(guard('documentLinks', [] as DocumentLink[], (params) => {
    const doc = documents.get(params.textDocument.uri);
    const analysis = doc && analysisOf(doc);
    if (!analysis || !index) return [];
    const links: DocumentLink[] = [];
    const seen = new Set<string>();
    const add = (range: TextRange, key: string) => {
      const source = index!.byKey.get(key);
      const id = `${range.start}:${range.end}`;
      if (!source || seen.has(id)) return;
      seen.add(id);
      links.push({ range: analysis.lines.rangeOf(range), target: toUri(source.uri), tooltip: `Open "${source.title}"` });
    };
    for (const citation of analysis.report.citations) {
      if (!citation.sourceKey) continue;
      add(citation.range, citation.sourceKey);
      if (citation.definitionRange) add(citation.definitionRange, citation.sourceKey);
    }
    return links;
  }));

  function toTextEdits(analysis: Analysis, edits: OffsetEdit[]): TextEdit[] {
    return edits.map((e) => ({ range: analysis.lines.rangeOf(e.range), newText: e.newText }));
  }

  function workspaceEdit(doc: TextDocument, edits: TextEdit[]): WorkspaceEdit {
    if (support.documentChanges) {
      return { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits }] };
    }
    return { changes: { [doc.uri]: edits } };
  }

  function sameRange(a: LspDiagnostic['range'], b: LspDiagnostic['range']): boolean {
    return a.start.line === b.start.line && a.start.character === b.start.character
      && a.end.line === b.end.line && a.end.character === b.end.character;
  }

  /**
   * A source's value as the draft would write it: an adjectival `five-month` (battle) becomes
   * `five months`, and it is capitalised where the draft's value was.
   */
  function matchCase(draftText: string, sourceValue: string): string {
    const adjectival = /^(.+?)[\s-](day|week|month|year|hour|minute)$/i.exec(sourceValue);
    const value = adjectival && !/^(one|1|a|an|single)$/i.test(adjectival[1]!.trim()) ? `${adjectival[1]} ${adjectival[2]}s` : sourceValue;
    const first = draftText.charAt(0);
    if (first && first === first.toUpperCase() && first !== first.toLowerCase()) return value.charAt(0).toUpperCase() + value.slice(1);
    if (first && first === first.toLowerCase() && /^(One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|About|Around|Some|Nearly|Almost|Over|More|Less|Under|At|Up|Between|Roughly|Approximately|Close)\b/.test(value)) {
      return value.charAt(0).toLowerCase() + value.slice(1);
    }
    return value;
  }

  connection.onCodeAction(guard('codeAction', [] as CodeAction[], (params) => {
    const doc = documents.get(params.textDocument.uri);
    const analysis = doc && analysisOf(doc);
    if (!doc || !analysis || !index) return [];
    if (params.context.only && !params.context.only.some((k) => k === CodeActionKind.QuickFix || k.startsWith(`${CodeActionKind.QuickFix}.`) || CodeActionKind.QuickFix.startsWith(`${k}.`) || k === '')) return [];
    const actions: CodeAction[] = [];
    const style = settings.citationStyle === 'auto' ? detectStyle(analysis.report.citations, analysis.text) : settings.citationStyle;
    const styleName = { footnote: 'footnote', pandoc: 'pandoc', mla: 'MLA' }[style];
    const silencedLines = new Set<number>();
    for (const diagnostic of params.context.diagnostics) {
      if (diagnostic.source !== 'corroborate') continue;
      const code = diagnostic.code as FindingCode;
      // Prefer the finding as it stands now; fall back on the data the editor handed back, but only
      // while the value it was about still stands at its range (a stale, foreign or forged diagnostic
      // must not rewrite other text). Ranges are kept inside the draft.
      const current = analysis.diagnostics.find((d) => d.code === code && sameRange(d.range, diagnostic.range));
      const given = { start: analysis.lines.offsetAt(diagnostic.range.start), end: analysis.lines.offsetAt(diagnostic.range.end) };
      const handedBack = diagnostic.data as Partial<FindingData> | undefined;
      const stillThere = given.start < given.end && typeof handedBack?.claim?.text === 'string'
        && analysis.text.slice(given.start, given.end) === handedBack.claim.text;
      const sent = (current?.data as Partial<FindingData> | undefined) ?? (stillThere ? handedBack : undefined);
      // The server's diagnostics leave empty lists out (lean diagnostics): absent is empty.
      const data = sent && { ...sent, sourceValues: sent.sourceValues ?? [], supportingSources: sent.supportingSources ?? [], citedSources: sent.citedSources ?? [] };
      const range = current?.range ?? analysis.lines.rangeOf(given.start <= given.end ? given : { start: given.end, end: given.start });
      const diagnostics = [diagnostic];
      if (data && Array.isArray(data.sourceValues)) {
        if (code === 'contradicted' || code === 'sources-disagree' || code === 'citation-mismatch') {
          const draftText = analysis.text.slice(analysis.lines.offsetAt(range.start), analysis.lines.offsetAt(range.end));
          const distinct = new Map<string, { text: string; keys: string[] }>();
          for (const value of data.sourceValues) {
            if (value.agrees) continue;
            const text = matchCase(draftText, value.text.trim());
            const id = text.toLowerCase();
            const entry = distinct.get(id) ?? { text, keys: [] };
            for (const k of value.sourceKeys) if (!entry.keys.includes(k)) entry.keys.push(k);
            distinct.set(id, entry);
          }
          for (const { text, keys } of distinct.values()) {
            if (text === draftText) continue;
            const titles = keys.map((k) => index!.byKey.get(k)?.title ?? k);
            const named = titles.slice(0, 2).map((t) => `"${t}"`).join(', ') + (titles.length > 2 ? ` and ${titles.length - 2} more` : '');
            actions.push({
              title: `Replace with "${text}" (${named})`,
              kind: CodeActionKind.QuickFix,
              diagnostics,
              isPreferred: code === 'contradicted' && distinct.size === 1,
              edit: workspaceEdit(doc, [{ range, newText: text }]),
            });
          }
        }
        if ((code === 'needs-citation' || code === 'sources-disagree' || code === 'citation-mismatch') && Array.isArray(data.supportingSources)) {
          const cited = new Set(Array.isArray(data.citedSources) ? data.citedSources : []);
          const supporting = new Set(data.supportingSources);
          // A citation-mismatch is fixed by citing an agreeing source in place of the one cited.
          const start = analysis.lines.offsetAt(range.start);
          const claim = analysis.report.claims.find((c) => c.range.start === start);
          const wrong = code === 'citation-mismatch'
            ? (claim?.citations ?? []).filter((c) => c.sourceKey && cited.has(c.sourceKey) && !supporting.has(c.sourceKey))
            : [];
          let first = true;
          for (const key of data.supportingSources.filter((k) => !cited.has(k)).slice(0, 3)) {
            const source = index.byKey.get(key);
            if (!source || typeof data.sentenceEnd !== 'number') continue;
            if (wrong.length === 1) {
              const replacing = replaceCitationEdits(analysis.text, wrong[0]!, source);
              const old = index.byKey.get(wrong[0]!.sourceKey!);
              if (replacing) {
                actions.push({
                  title: `Cite "${source.title}" instead of "${old?.title ?? wrong[0]!.reference}"`,
                  kind: CodeActionKind.QuickFix,
                  diagnostics,
                  isPreferred: first,
                  edit: workspaceEdit(doc, toTextEdits(analysis, replacing)),
                });
                first = false;
                continue;
              }
            }
            const edits = citationEdits(analysis.text, style, source, data.sentenceEnd);
            actions.push({
              title: `Cite "${source.title}" (${styleName})`,
              kind: CodeActionKind.QuickFix,
              diagnostics,
              isPreferred: code !== 'sources-disagree' && first,
              edit: workspaceEdit(doc, toTextEdits(analysis, edits)),
            });
            first = false;
          }
        }
      }
      if (!silencedLines.has(range.start.line)) {
        silencedLines.add(range.start.line);
        const edit = disableEdit(analysis.text, analysis.lines.offsetAt(range.start));
        actions.push({
          title: 'Silence Corroborate on this line (corroborate-disable-next-line)',
          kind: CodeActionKind.QuickFix,
          diagnostics,
          edit: workspaceEdit(doc, toTextEdits(analysis, [edit])),
        });
      }
    }
    // One action per distinct fix: a fix that serves several findings (a value both disputed and
    // uncited) lists them all.
    const merged = new Map<string, CodeAction>();
    for (const action of actions) {
      const key = `${action.title}\u0000${JSON.stringify(action.edit)}`;
      const existing = merged.get(key);
      if (!existing) {
        merged.set(key, action);
        continue;
      }
      existing.diagnostics = [...(existing.diagnostics ?? []), ...(action.diagnostics ?? []).filter((d) => !existing.diagnostics?.includes(d))];
      existing.isPreferred = existing.isPreferred || action.isPreferred;
    }
    return [...merged.values()];
  }));

  connection.onCompletion(guard('completion', null, (params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc || !index) return null;
    const text = doc.getText();
    const lines = new LineIndex(text);
    const offset = lines.offsetAt(params.position);
    const lineStart = lines.offsetAt({ line: params.position.line, character: 0 });
    const before = text.slice(lineStart, offset);
    const items: CompletionItem[] = [];
    const pandoc = /\[[^\[\]\n]*@([\p{L}\p{N}_:.#$%&+?<>~/{-]*)$/u.exec(before);
    if (pandoc) {
      const typed = pandoc[1]!.replace(/^\{/, '');
      const start = offset - typed.length;
      for (const source of index.sources) {
        const key = pandocKey(source.key).slice(1);
        items.push({
          label: source.key,
          kind: CompletionItemKind.Reference,
          detail: source.title,
          documentation: [source.author, source.kind].filter(Boolean).join(' · ') || undefined,
          filterText: key,
          sortText: source.key.toLowerCase(),
          textEdit: { range: lines.rangeOf({ start: pandoc[1]!.startsWith('{') ? start - 1 : start, end: offset }), newText: key },
        });
      }
      return { isIncomplete: false, items };
    }
    const definition = /^\s{0,3}\[\^[^\]\s]+\]:(\s*)(.*)$/.exec(before);
    if (definition) {
      const typedStart = offset - definition[2]!.length;
      const space = definition[1]!.length === 0 ? ' ' : '';
      for (const source of index.sources) {
        const newText = space + footnoteDefinitionText(source);
        items.push({
          label: source.title,
          kind: CompletionItemKind.Reference,
          detail: [source.author, source.kind].filter(Boolean).join(' · ') || source.key,
          filterText: newText,
          sortText: source.title.toLowerCase(),
          textEdit: { range: lines.rangeOf({ start: typedStart, end: offset }), newText },
        });
      }
      return { isIncomplete: false, items };
    }
    return null;
  }));

  connection.onRequest(SOURCES_REQUEST, guard(SOURCES_REQUEST, [] as SourceInfo[], async () => {
    if (!index) await requestReload(false);
    return (index?.sources ?? []).map((s) => ({
      key: s.key,
      title: s.title,
      ...(s.author ? { author: s.author } : {}),
      ...(s.kind ? { kind: s.kind } : {}),
      uri: toUri(s.uri),
    }));
  }));

  connection.onRequest(REINDEX_REQUEST, guard(REINDEX_REQUEST, null as StatusParams | null, async () => {
    await requestReload(true);
    return { sources: index?.sources.length ?? 0, claims: index?.statementCount ?? 0, busy };
  }));

  async function markdownFilesUnder(dir: string, out: string[], skip: string[]): Promise<void> {
    if (out.length >= MAX_WORKSPACE_FILES) return;
    await walkFiles(dir, {
      skip: (full, name) => name === 'out' || name === 'dist' || skip.some((s) => isInside(full, s)),
      onFile: (file) => {
        if (MARKDOWN_EXTENSIONS.includes(path.extname(file).toLowerCase())) out.push(file);
        return out.length < MAX_WORKSPACE_FILES;
      },
    });
  }

  connection.onRequest(CHECK_WORKSPACE_REQUEST, guard(CHECK_WORKSPACE_REQUEST, { files: 0, findings: 0, skipped: 0 } as CheckWorkspaceResult, async (params?: CheckWorkspaceParams) => {
    if (!index) await requestReload(false);
    if (!index) return { files: 0, findings: 0, skipped: 0 };
    let uris = Array.isArray(params?.uris) ? params!.uris.filter((u) => typeof u === 'string') : undefined;
    if (!uris) {
      const files: string[] = [];
      const skip = [...resolved.plainRoots, bundledCorpusDir()];
      for (const folder of folders) await markdownFilesUnder(folder, files, skip);
      uris = files.map((f) => pathToFileURL(f).href);
    }
    const progress = await startProgress('Corroborate: checking the workspace');
    let files = 0;
    let findings = 0;
    let skipped = 0;
    try {
      for (let i = 0; i < uris.length; i++) {
        const uri = uris[i]!;
        if (i % 20 === 0) progress.report(Math.round((i / uris.length) * 100), `${i} of ${uris.length} files`);
        const open = documents.get(uri);
        if (open) {
          checkNow(uri);
          files++;
          findings += analyses.get(uri)?.diagnostics.length ?? 0;
          continue;
        }
        const p = pathOfUri(uri);
        if (!p || isSourceDocument(uri)) {
          skipped++;
          continue;
        }
        // Only Markdown drafts in the workspace: whatever a client names, nothing else is read.
        if (!MARKDOWN_EXTENSIONS.includes(path.extname(p).toLowerCase()) || (folders.length > 0 && !folders.some((f) => isInside(p, f)))) {
          warn(`${p}: not checked, only Markdown files in the workspace folders are`);
          skipped++;
          continue;
        }
        try {
          const stat = await fs.stat(p);
          if (!stat.isFile()) {
            // A folder, a fifo or a device: reading it could block or never end.
            warn(`${p}: not checked, it is not a file`);
            skipped++;
            continue;
          }
          if (stat.size > settings.maxFileBytes) {
            warn(`${p}: not checked, ${stat.size} bytes is over corroborate.maxFileBytes (${settings.maxFileBytes})`);
            skipped++;
            continue;
          }
          let text = await fs.readFile(p, 'utf8');
          if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
          const result = analyzeText(text);
          if (!result) {
            skipped++;
            continue;
          }
          files++;
          findings += result.diagnostics.length;
          if (!documents.get(uri)) publish(uri, result.diagnostics as LspDiagnostic[]);
        } catch (error) {
          skipped++;
          warn(`${p}: not checked (${(error as Error).message})`);
        }
        // Let other messages (edits, hovers) through between files.
        await new Promise((resolve) => setImmediate(resolve));
      }
    } finally {
      progress.done();
    }
    log(`Checked ${files} Markdown file${files === 1 ? '' : 's'}: ${findings} finding${findings === 1 ? '' : 's'}${skipped ? `, ${skipped} skipped` : ''}`);
    return { files, findings, skipped };
  }));

  documents.listen(connection);
  connection.listen();
}

const USAGE = `Usage: corroborate-ls --stdio
       corroborate-ls --node-ipc | --socket=PORT | --pipe=NAME

The Corroborate language server. It reads its settings through workspace/configuration
(section "corroborate"), or from initializationOptions.settings for clients without it.
`;

function transportGiven(args: string[]): boolean {
  return args.some((a) => /^--(stdio|node-ipc|socket|pipe)(=|$)/.test(a));
}

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(USAGE);
} else if (args.includes('--version')) {
  process.stdout.write(`${SERVER_VERSION}\n`);
} else if (!transportGiven(args) && process.stdin.isTTY) {
  process.stderr.write(`corroborate-ls: say how to talk to the editor.\n\n${USAGE}`);
  process.exitCode = 2;
} else {
  // Without a transport on the command line, and with stdin piped, speak over stdio. This matters for
  // `npx --no corroborate-ls --stdio`: npx reads `--no corroborate-ls` as an option and its value, and
  // then keeps `--stdio` for itself, so the server never sees it.
  if (!transportGiven(args)) process.argv.push('--stdio');
  // A bug in one handler must not take the editor's server down: log it and carry on.
  process.on('uncaughtException', (error) => {
    try {
      process.stderr.write(`corroborate-ls: ${error.stack ?? error.message}\n`);
    } catch {
      // nothing more to do
    }
  });
  process.on('unhandledRejection', (reason) => {
    try {
      process.stderr.write(`corroborate-ls: unhandled rejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}\n`);
    } catch {
      // nothing more to do
    }
  });
  startServer();
}
