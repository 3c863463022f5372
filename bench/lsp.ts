// A minimal LSP client for the benchmark: spawns the real language server over stdio, sends edits as
// an editor does (incremental changes), and times each edit to the publishDiagnostics of its version.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import {
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

export interface ServerOptions {
  server: string;
  settings: Record<string, unknown>;
  initializationOptions?: Record<string, unknown>;
  workspaceFolder?: string;
  /** Node's own options for the server (`--cpu-prof`). */
  execArgv?: string[];
  /** Arguments after `--stdio`. */
  serverArgs?: string[];
}

interface Waiter {
  uri: string;
  version?: number;
  resolve: (p: PublishDiagnosticsParams) => void;
}

/** Peak resident memory of a process so far (VmHWM), in bytes; undefined when /proc cannot tell. */
export function peakMemoryOf(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const kb = /VmHWM:\s+(\d+)\s*kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

export class BenchClient {
  private waiters: Waiter[] = [];
  private idleWaiters: Array<() => void> = [];
  private texts = new Map<string, string>();
  private versions = new Map<string, number>();
  idle = false;
  stderr = '';
  /** performance.now() just before the last edit was sent. */
  lastSentAt = 0;

  private constructor(
    readonly child: ChildProcess,
    private readonly connection: ProtocolConnection,
    private readonly settings: Record<string, unknown>,
  ) {}

  static async start(options: ServerOptions): Promise<BenchClient> {
    const child = spawn(process.execPath, [...(options.execArgv ?? []), options.server, '--stdio', ...(options.serverArgs ?? [])], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new BenchClient(child, connection, options.settings);
    child.stderr!.on('data', (chunk: Buffer) => {
      client.stderr += chunk.toString();
    });
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => client.published(p));
    connection.onNotification('corroborate/status', (s: { busy: boolean }) => {
      client.idle = !s.busy;
      if (client.idle) for (const w of client.idleWaiters.splice(0)) w();
    });
    connection.onNotification('window/logMessage', () => undefined);
    connection.onNotification('$/progress', () => undefined);
    connection.onRequest('workspace/configuration', (params: { items: Array<{ section?: string }> }) =>
      params.items.map((item) => (item.section === 'corroborate' ? client.settings : null)));
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('client/unregisterCapability', () => null);
    connection.onRequest('workspace/workspaceFolders', () => (options.workspaceFolder ? [{ uri: pathToFileURL(options.workspaceFolder).href, name: 'bench' }] : []));
    connection.listen();
    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: options.workspaceFolder ? pathToFileURL(options.workspaceFolder).href : null,
      workspaceFolders: options.workspaceFolder ? [{ uri: pathToFileURL(options.workspaceFolder).href, name: 'bench' }] : [],
      initializationOptions: options.initializationOptions,
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: false } },
        textDocument: { synchronization: { dynamicRegistration: false }, publishDiagnostics: { versionSupport: true } },
        window: { workDoneProgress: true },
      },
    });
    await connection.sendNotification('initialized', {});
    return client;
  }

  private published(p: PublishDiagnosticsParams): void {
    this.waiters = this.waiters.filter((w) => {
      if (w.uri !== p.uri || (w.version !== undefined && p.version !== w.version)) return true;
      w.resolve(p);
      return false;
    });
  }

  /** Resolves when the server says its index is ready. */
  whenIdle(timeoutMs: number): Promise<void> {
    if (this.idle) return Promise.resolve();
    return withTimeout(new Promise<void>((resolve) => this.idleWaiters.push(resolve)), timeoutMs, 'the server to finish indexing');
  }

  diagnostics(uri: string, version: number | undefined, timeoutMs: number): Promise<PublishDiagnosticsParams> {
    return withTimeout(new Promise<PublishDiagnosticsParams>((resolve) => this.waiters.push({ uri, version, resolve })), timeoutMs, `diagnostics of ${uri} v${version}`);
  }

  async open(uri: string, text: string): Promise<void> {
    this.texts.set(uri, text);
    this.versions.set(uri, 1);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  }

  text(uri: string): string {
    return this.texts.get(uri) ?? '';
  }

  /** Replaces [start, end) with `insert`, as one incremental change; returns the new version. */
  async edit(uri: string, start: number, end: number, insert: string): Promise<number> {
    const text = this.text(uri);
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    const range = { start: positionAt(text, start), end: positionAt(text, end) };
    this.texts.set(uri, text.slice(0, start) + insert + text.slice(end));
    this.lastSentAt = performance.now();
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: insert }] });
    return version;
  }

  peakMemory(): number | undefined {
    return peakMemoryOf(this.child.pid);
  }

  async stop(): Promise<void> {
    try {
      await withTimeout(this.connection.sendRequest('shutdown').then(() => this.connection.sendNotification('exit')), 3000, 'shutdown');
    } catch {
      // gone already, or stuck: killed below
    }
    if (this.child.exitCode === null) {
      const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
      const timer = setTimeout(() => this.child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
    }
    this.connection.dispose();
  }
}

function positionAt(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}

export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
    }),
  ]);
}
