// Just enough of the `vscode` API for the bundled extension to activate outside VS Code: the real
// vscode-languageclient inside it then forks the bundled server over node IPC, as VS Code would.
// Names the tests do not care about resolve to inert stubs.
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

type Listener<T> = (e: T) => unknown;

export class EventEmitter<T> {
  private listeners: Array<Listener<T>> = [];
  readonly event = (listener: Listener<T>) => {
    this.listeners.push(listener);
    return new Disposable(() => {
      this.listeners = this.listeners.filter((l) => l !== listener);
    });
  };
  fire(e: T): void {
    for (const l of [...this.listeners]) l(e);
  }
  dispose(): void {
    this.listeners = [];
  }
}

export class Disposable {
  constructor(private readonly fn: () => unknown = () => undefined) {}
  static from(...items: Array<{ dispose(): unknown }>): Disposable {
    return new Disposable(() => items.forEach((i) => i.dispose()));
  }
  dispose(): void {
    this.fn();
  }
}

export class Uri {
  private constructor(readonly scheme: string, readonly path: string, readonly raw: string) {}
  static parse(value: string): Uri {
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1] ?? 'file';
    const p = scheme === 'file' ? fileURLToPath(value) : value.slice(scheme.length + 1);
    return new Uri(scheme, p, value);
  }
  static file(p: string): Uri {
    return new Uri('file', p, pathToFileURL(p).href);
  }
  get fsPath(): string {
    return this.path;
  }
  get authority(): string {
    return '';
  }
  get query(): string {
    return '';
  }
  get fragment(): string {
    return '';
  }
  with(): Uri {
    return this;
  }
  toString(): string {
    return this.raw;
  }
  toJSON(): string {
    return this.raw;
  }
}

export class Position {
  constructor(readonly line: number, readonly character: number) {}
}

export class Range {
  readonly start: Position;
  readonly end: Position;
  constructor(a: Position | number, b: Position | number, c?: number, d?: number) {
    this.start = typeof a === 'number' ? new Position(a, b as number) : a;
    this.end = typeof a === 'number' ? new Position(c!, d!) : (b as Position);
  }
}

export class Location {
  constructor(readonly uri: Uri, readonly range: Range) {}
}

export class DiagnosticRelatedInformation {
  constructor(readonly location: Location, readonly message: string) {}
}

export class Diagnostic {
  code: unknown;
  source?: string;
  relatedInformation?: DiagnosticRelatedInformation[];
  tags?: number[];
  data?: unknown;
  constructor(readonly range: Range, readonly message: string, readonly severity?: number) {}
}

export class ThemeColor {
  constructor(readonly id: string) {}
}

export class CancellationTokenSource {
  private readonly cancelled = new EventEmitter<void>();
  readonly token = {
    isCancellationRequested: false,
    onCancellationRequested: this.cancelled.event,
  };
  cancel(): void {
    this.token.isCancellationRequested = true;
    this.cancelled.fire();
  }
  dispose(): void {
    this.cancelled.dispose();
  }
}

function stub(): unknown {
  return new Proxy(function () {}, {
    get: (_t, key) => (key === 'then' ? undefined : key === Symbol.toPrimitive ? () => '' : key === Symbol.iterator ? undefined : stub()),
    set: () => true,
    construct: () => stub() as object,
    apply: () => stub(),
  });
}

/** Anything not named falls back to a stub (as a class, a function or a value). */
function withStubs<T extends object>(target: T): T {
  return new Proxy(target, {
    get: (t, key) => (key in t ? (t as Record<string | symbol, unknown>)[key] : key === 'then' ? undefined : stub()),
  });
}

const event = () => new EventEmitter<unknown>().event;

export interface FakeTextDocument {
  uri: Uri;
  fileName: string;
  languageId: string;
  version: number;
  isClosed: boolean;
  isUntitled: boolean;
  lineCount: number;
  getText(): string;
}

export function createFakeVscode(options: { workspaceFolder: string; settings: Record<string, unknown>; files?: string[] }) {
  const openEmitter = new EventEmitter<FakeTextDocument>();
  const diagnostics = new Map<string, Diagnostic[]>();
  // Which collection last set each URI's diagnostics, numbered as made: vscode-languageclient makes
  // its collection for pulled diagnostics when the server offers them, and the one for pushed
  // diagnostics only when the first are pushed.
  const diagnosticsFrom = new Map<string, number>();
  let collections = 0;
  const diagnosticsChanged = new EventEmitter<string>();
  const commands = new Map<string, (...args: unknown[]) => unknown>();
  const log: string[] = [];
  const statusChanged = new EventEmitter<string>();
  let statusText = '';
  const statusItem = {
    get text() {
      return statusText;
    },
    set text(value: string) {
      statusText = value;
      statusChanged.fire(value);
    },
    tooltip: '',
    name: '',
    command: '',
    visible: false,
    show() {
      this.visible = true;
    },
    hide() {
      this.visible = false;
    },
    dispose() {},
  };
  const quickPicks: unknown[][] = [];
  const documents: FakeTextDocument[] = [];
  // An opened draft is shown in an editor: vscode-languageclient pulls diagnostics only for visible ones.
  const visibleEditors: Array<{ document: FakeTextDocument }> = [];
  const visibleEditorsChanged = new EventEmitter<unknown>();

  const outputChannel = withStubs({
    name: 'Corroborate',
    logLevel: 2,
    onDidChangeLogLevel: event(),
    append: (s: string) => log.push(s),
    appendLine: (s: string) => log.push(s),
    replace: () => undefined,
    clear: () => undefined,
    show: () => undefined,
    hide: () => undefined,
    dispose: () => undefined,
    trace: (s: string) => log.push(s),
    debug: (s: string) => log.push(s),
    info: (s: string) => log.push(s),
    warn: (s: string) => log.push(`warn: ${s}`),
    error: (s: unknown) => log.push(`error: ${String(s)}`),
  });

  const vscode = withStubs({
    version: '1.91.0',
    Uri,
    Position,
    Range,
    Location,
    Diagnostic,
    DiagnosticRelatedInformation,
    EventEmitter,
    Disposable,
    CancellationTokenSource,
    StatusBarAlignment: { Left: 1, Right: 2 },
    ProgressLocation: { SourceControl: 1, Window: 10, Notification: 15 },
    DiagnosticSeverity: { Error: 0, Warning: 1, Information: 2, Hint: 3 },
    LogLevel: { Off: 0, Trace: 1, Debug: 2, Info: 3, Warning: 4, Error: 5 },
    env: withStubs({ language: 'en', appName: 'Fake Code', machineId: 'test', openExternal: async () => true }),
    workspace: withStubs({
      isTrusted: true,
      workspaceFolders: [{ uri: Uri.file(options.workspaceFolder), name: path.basename(options.workspaceFolder), index: 0 }],
      get textDocuments() {
        return documents;
      },
      notebookDocuments: [],
      getConfiguration: (section?: string) => ({
        get: (key: string, fallback?: unknown) => {
          if (section === 'corroborate' && key in options.settings) return options.settings[key];
          if (section === undefined && key === 'corroborate') return options.settings;
          return fallback;
        },
        has: () => false,
        inspect: () => undefined,
        update: async () => undefined,
      }),
      onDidChangeConfiguration: event(),
      onDidOpenTextDocument: openEmitter.event,
      onDidCloseTextDocument: event(),
      onDidChangeTextDocument: event(),
      onDidSaveTextDocument: event(),
      onWillSaveTextDocument: event(),
      onDidChangeWorkspaceFolders: event(),
      onDidGrantWorkspaceTrust: event(),
      createFileSystemWatcher: () => withStubs({ onDidCreate: event(), onDidChange: event(), onDidDelete: event(), dispose: () => undefined }),
      findFiles: async () => (options.files ?? []).map((file) => Uri.file(file)),
      asRelativePath: (p: unknown) => String(p),
      getWorkspaceFolder: () => undefined,
    }),
    window: withStubs({
      activeTextEditor: undefined,
      get visibleTextEditors() {
        return visibleEditors;
      },
      tabGroups: withStubs({ all: [], onDidChangeTabs: event(), onDidChangeTabGroups: event() }),
      onDidChangeVisibleTextEditors: visibleEditorsChanged.event,
      onDidChangeActiveTextEditor: event(),
      createOutputChannel: () => outputChannel,
      createStatusBarItem: () => statusItem,
      showInformationMessage: async () => undefined,
      showWarningMessage: async () => undefined,
      showErrorMessage: async (m: string) => {
        log.push(`error message: ${m}`);
        return undefined;
      },
      showQuickPick: async (items: unknown[]) => {
        quickPicks.push(items);
        return undefined;
      },
      withProgress: async (_o: unknown, task: (p: unknown, t: unknown) => unknown) => task({ report: () => undefined }, { isCancellationRequested: false, onCancellationRequested: event() }),
    }),
    languages: withStubs({
      match: (_selector: unknown, document: FakeTextDocument) => (document.languageId === 'markdown' ? 10 : 0),
      createDiagnosticCollection: () => {
        const collection = ++collections;
        return withStubs({
          set: (uri: Uri, list: Diagnostic[] | undefined) => {
            diagnostics.set(uri.toString(), list ?? []);
            diagnosticsFrom.set(uri.toString(), collection);
            diagnosticsChanged.fire(uri.toString());
          },
          // (Each collection removes only what it set, as VS Code's do: a stopped client's clearing
          // must not take away what the client that replaced it published.)
          delete: (uri: Uri) => {
            if (diagnosticsFrom.get(uri.toString()) !== collection) return;
            diagnostics.delete(uri.toString());
            diagnosticsChanged.fire(uri.toString());
          },
          clear: () => {
            for (const [uri, from] of diagnosticsFrom) if (from === collection) diagnostics.delete(uri);
          },
          forEach: () => undefined,
          get: (uri: Uri) => diagnostics.get(uri.toString()),
          has: (uri: Uri) => diagnostics.has(uri.toString()),
          dispose: () => undefined,
        });
      },
    }),
    commands: withStubs({
      registerCommand: (id: string, fn: (...args: unknown[]) => unknown) => {
        commands.set(id, fn);
        return new Disposable(() => commands.delete(id));
      },
      executeCommand: async (id: string, ...args: unknown[]) => commands.get(id)?.(...args),
    }),
  });

  function openDocument(file: string, text: string): FakeTextDocument {
    const doc: FakeTextDocument = {
      uri: Uri.file(file),
      fileName: file,
      languageId: 'markdown',
      version: 1,
      isClosed: false,
      isUntitled: false,
      lineCount: text.split('\n').length,
      getText: () => text,
    };
    documents.push(doc);
    visibleEditors.push({ document: doc });
    visibleEditorsChanged.fire(visibleEditors);
    openEmitter.fire(doc);
    return doc;
  }

  const collectionsMade = () => collections;
  return { vscode, statusItem, statusChanged, diagnostics, diagnosticsFrom, collectionsMade, diagnosticsChanged, commands, log, quickPicks, openDocument };
}

export interface BundledExtension {
  activate(context: unknown): Promise<void>;
  deactivate(): Promise<void>;
}

/**
 * Loads the bundled dist/extension.js with require(), as VS Code does, answering `vscode` with the
 * stand-in. `restore` puts Node's module loader back.
 */
export function loadBundledExtension(root: string, vscode: unknown): { extension: BundledExtension; restore(): void } {
  const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const original = loader._load;
  loader._load = function (request: string, ...rest: unknown[]) {
    if (request === 'vscode') return vscode;
    return original.call(this, request, ...rest);
  };
  const restore = () => {
    loader._load = original;
  };
  try {
    const require = createRequire(path.join(root, 'package.json'));
    const bundlePath = path.join(root, 'dist', 'extension.js');
    delete require.cache[bundlePath];
    return { extension: require(bundlePath) as BundledExtension, restore };
  } catch (error) {
    restore();
    throw error;
  }
}
