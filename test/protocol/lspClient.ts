// A small LSP client for the protocol tests: spawns the real server over stdio and talks to it like an
// editor would. Everything waits on conditions (with timeouts), never on fixed sleeps.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type ServerCapabilities,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const SERVER = path.join(ROOT, 'out', 'server', 'src', 'lsp', 'main.js');

export interface StartOptions {
  /** What the server gets for `workspace/configuration` section `corroborate`. */
  settings?: Record<string, unknown>;
  workspaceFolders?: string[];
  /** Program and arguments; defaults to `node out/server/src/lsp/main.js --stdio`. */
  command?: [string, ...string[]];
  initializationOptions?: unknown;
  /** Advertise window/workDoneProgress (the client then answers create requests). */
  workDoneProgress?: boolean;
  /** Advertise dynamic registration of watched files (and record the registrations). */
  watchedFiles?: boolean;
  /** Advertise workspace/configuration (default true). */
  configuration?: boolean;
  /** Advertise LSP 3.17 pull diagnostics and their refresh, as VS Code does (default: push only). */
  pullDiagnostics?: boolean;
}

interface Waiter<T> {
  predicate: (value: T) => boolean;
  resolve: (value: T) => void;
}

/** Values arriving over time, and promises resolved by the first (past or future) that matches. */
export class Stream<T> {
  readonly items: T[] = [];
  private waiters: Array<Waiter<T>> = [];

  push(item: T): void {
    this.items.push(item);
    this.waiters = this.waiters.filter((w) => {
      if (!w.predicate(item)) return true;
      w.resolve(item);
      return false;
    });
  }

  /** The first item from index `from` on that satisfies `predicate`. */
  next(predicate: (item: T) => boolean, what: string, timeoutMs = 10_000, from = 0): Promise<T> {
    const found = this.items.slice(from).find(predicate);
    if (found !== undefined) return Promise.resolve(found);
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      const waiter: Waiter<T> = {
        predicate,
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value);
        },
      };
      this.waiters.push(waiter);
    });
  }
}

export class TestClient {
  readonly diagnostics = new Stream<PublishDiagnosticsParams>();
  readonly status = new Stream<{ sources: number; claims: number; busy: boolean; message?: string }>();
  readonly progress = new Stream<{ token: string | number; value: { kind: string; title?: string; message?: string } }>();
  readonly logs = new Stream<{ type: number; message: string }>();
  readonly shown = new Stream<{ type: number; message: string }>();
  readonly registrations = new Stream<{ id: string; method: string; registerOptions?: unknown }>();
  readonly configurationRequests = new Stream<unknown>();
  /** Each workspace/diagnostic/refresh the server sent (numbered from 1). */
  readonly refreshes = new Stream<number>();
  capabilities: ServerCapabilities = {};
  private versions = new Map<string, number>();
  private texts = new Map<string, string>();
  stderr = '';

  private constructor(
    readonly child: ChildProcess,
    readonly connection: ProtocolConnection,
    public settings: Record<string, unknown>,
  ) {}

  static async start(options: StartOptions = {}): Promise<TestClient> {
    const [program, ...args] = options.command ?? [process.execPath, SERVER, '--stdio'];
    const child = spawn(program, args, { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new TestClient(child, connection, options.settings ?? {});
    child.stderr!.on('data', (chunk: Buffer) => {
      client.stderr += chunk.toString();
    });
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => client.diagnostics.push(params));
    connection.onNotification('corroborate/status', (params) => client.status.push(params));
    connection.onNotification('$/progress', (params) => client.progress.push(params));
    connection.onNotification('window/logMessage', (params) => client.logs.push(params));
    connection.onNotification('window/showMessage', (params) => client.shown.push(params));
    connection.onRequest('workspace/configuration', (params: { items: Array<{ section?: string }> }) => {
      client.configurationRequests.push(params);
      return params.items.map((item) => (item.section === 'corroborate' ? client.settings : null));
    });
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onRequest('client/registerCapability', (params: { registrations: Array<{ id: string; method: string; registerOptions?: unknown }> }) => {
      for (const r of params.registrations) client.registrations.push(r);
      return null;
    });
    connection.onRequest('client/unregisterCapability', () => null);
    connection.onRequest('workspace/diagnostic/refresh', () => void client.refreshes.push(client.refreshes.items.length + 1));
    connection.onRequest('workspace/workspaceFolders', () =>
      (options.workspaceFolders ?? []).map((f) => ({ uri: pathToFileURL(f).href, name: path.basename(f) })),
    );
    connection.listen();

    const folders = options.workspaceFolders ?? [];
    const result = await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folders[0] ? pathToFileURL(folders[0]).href : null,
      workspaceFolders: folders.map((f) => ({ uri: pathToFileURL(f).href, name: path.basename(f) })),
      initializationOptions: options.initializationOptions,
      capabilities: {
        workspace: {
          configuration: options.configuration ?? true,
          workspaceFolders: true,
          didChangeConfiguration: { dynamicRegistration: false },
          didChangeWatchedFiles: { dynamicRegistration: options.watchedFiles ?? true, relativePatternSupport: true },
          workspaceEdit: { documentChanges: true },
          ...(options.pullDiagnostics ? { diagnostics: { refreshSupport: true } } : {}),
        },
        textDocument: {
          synchronization: { dynamicRegistration: false, didSave: false },
          publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          definition: { linkSupport: false },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } }, dataSupport: true, isPreferredSupport: true },
          completion: { completionItem: { snippetSupport: false } },
          documentLink: {},
          ...(options.pullDiagnostics ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
        },
        window: { workDoneProgress: options.workDoneProgress ?? true, showMessage: {} },
      },
    }) as { capabilities: ServerCapabilities };
    client.capabilities = result.capabilities;
    await connection.sendNotification('initialized', {});
    return client;
  }

  /** Resolves once the server reports an idle index (after start-up or a re-index). */
  ready(from = 0): Promise<unknown> {
    return this.status.next((s) => !s.busy, 'the server to finish indexing', 15_000, from);
  }

  async open(uri: string, text: string, languageId = 'markdown'): Promise<void> {
    this.versions.set(uri, 1);
    this.texts.set(uri, text);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Replaces the whole text (a full-document change event); returns the new version. */
  async change(uri: string, text: string): Promise<number> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    this.texts.set(uri, text);
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ text }],
    });
    return version;
  }

  async close(uri: string): Promise<void> {
    this.versions.delete(uri);
    this.texts.delete(uri);
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  text(uri: string): string {
    return this.texts.get(uri) ?? '';
  }

  version(uri: string): number {
    return this.versions.get(uri) ?? 0;
  }

  /** The first diagnostics published for `uri` at `version` (or any version) satisfying `predicate`. */
  diagnosticsFor(
    uri: string,
    options: { version?: number; predicate?: (d: Diagnostic[]) => boolean; from?: number; timeoutMs?: number } = {},
  ): Promise<Diagnostic[]> {
    return this.diagnostics
      .next(
        (p) => p.uri === uri && (options.version === undefined || p.version === options.version) && (options.predicate?.(p.diagnostics) ?? true),
        `diagnostics for ${path.basename(uri)}${options.version !== undefined ? ` at version ${options.version}` : ''}`,
        options.timeoutMs ?? 10_000,
        options.from ?? 0,
      )
      .then((p) => p.diagnostics);
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  /** Applies a workspace edit to the client's copy of the document and sends it as a change. */
  async applyEdit(uri: string, edit: WorkspaceEdit): Promise<number> {
    let edits: TextEdit[] = edit.changes?.[uri] ?? [];
    for (const change of edit.documentChanges ?? []) {
      if ('textDocument' in change && change.textDocument.uri === uri) {
        edits = edits.concat(change.edits.filter((e): e is TextEdit => 'range' in e));
      }
    }
    return this.change(uri, applyTextEdits(this.text(uri), edits));
  }

  async stop(): Promise<void> {
    // Cleared once the race is over: a timer left running would keep mocha alive two seconds more.
    let giveUp: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        this.connection.sendRequest('shutdown').then(() => this.connection.sendNotification('exit')),
        new Promise((resolve) => (giveUp = setTimeout(resolve, 2000))),
      ]);
    } catch {
      // the server may be gone already
    } finally {
      clearTimeout(giveUp);
    }
    const exited = this.child.exitCode !== null
      ? Promise.resolve()
      : new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    const killTimer = setTimeout(() => this.child.kill(), 3000);
    await exited;
    clearTimeout(killTimer);
    this.connection.dispose();
  }
}

function offsetAt(text: string, position: { line: number; character: number }): number {
  let line = 0;
  let i = 0;
  while (line < position.line && i < text.length) {
    const c = text[i];
    if (c === '\r' && text[i + 1] === '\n') i++;
    if (c === '\n' || c === '\r') line++;
    i++;
  }
  return Math.min(i + position.character, text.length);
}

export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const withOffsets = edits
    .map((e, order) => ({ start: offsetAt(text, e.range.start), end: offsetAt(text, e.range.end), newText: e.newText, order }))
    .sort((a, b) => b.start - a.start || b.order - a.order);
  let out = text;
  for (const e of withOffsets) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** The position (line, character) of the first occurrence of `needle` in `text`. */
export function positionOf(text: string, needle: string, occurrence = 0): { line: number; character: number } {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" not found`);
  }
  const before = text.slice(0, at).split(/\r\n|\r|\n/);
  return { line: before.length - 1, character: before[before.length - 1]!.length };
}

/** A temporary folder with the given files; removed by the returned cleanup. */
export function tempTree(files: Record<string, string>): { dir: string; write: (name: string, text: string) => string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'corroborate-ls-'));
  const write = (name: string, text: string) => {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    return file;
  };
  for (const [name, text] of Object.entries(files)) write(name, text);
  return { dir, write, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function uriOf(file: string): string {
  return pathToFileURL(file).href;
}
