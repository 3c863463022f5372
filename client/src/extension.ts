// The VS Code side of Corroborate: starts the language server (bundled as dist/server.js, over node
// IPC), and adds the commands, the status bar item and workspace-trust handling. Everything about
// checking lives in the server, so any LSP editor gets the same findings.
import path from 'node:path';
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  State,
  TransportKind,
  type ErrorHandler,
  type vsdiag,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import {
  CHECK_WORKSPACE_REQUEST,
  REINDEX_REQUEST,
  SOURCES_REQUEST,
  STATUS_NOTIFICATION,
  type CheckWorkspaceResult,
  type SourceInfo,
  type StatusParams,
} from '../../server/src/lsp/protocol.js';
import { showDismissed } from './dismissedPick.js';
import { trustedSources } from './trust.js';
import { ADD_SOURCES_FOLDER_COMMAND, OPEN_SAMPLE_COMMAND, addSourcesFolder, openSample } from './walkthrough.js';

let client: LanguageClient | undefined;
let statusItem: vscode.StatusBarItem | undefined;
let output: vscode.LogOutputChannel | undefined;
let lastStatus: StatusParams = { sources: 0, claims: 0, busy: true };
let extensionContext: vscode.ExtensionContext | undefined;

function showStatus(status: StatusParams): void {
  lastStatus = status;
  if (!statusItem) return;
  if (status.busy) {
    statusItem.text = '$(sync~spin) Corroborate';
    statusItem.tooltip = status.message ?? 'Corroborate: indexing sources…';
  } else {
    const sources = `${status.sources} source${status.sources === 1 ? '' : 's'}`;
    // "statements", not "claims": a student reads "claims" as the essay's own.
    const statements = `${status.claims.toLocaleString()} statement${status.claims === 1 ? '' : 's'}`;
    // A setup mistake (a sources folder that does not exist) stays in sight until it is fixed.
    statusItem.text = `${status.warning ? '$(warning)' : '$(book)'} ${sources} · ${statements}`;
    statusItem.tooltip = `Corroborate: ${sources} indexed, ${statements} in them${status.message ? `\n${status.message}` : ''}${status.warning ? `\n\n${status.warning}` : ''}\nClick to list the sources.`;
  }
  statusItem.backgroundColor = !status.busy && status.warning ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
  statusItem.show();
}

/** The server is down for good (it crashed too often to be restarted): say so, and how to start it. */
function showStopped(): void {
  if (!statusItem) return;
  statusItem.text = '$(error) Corroborate';
  statusItem.tooltip = 'Corroborate: the language server stopped (see the output log). Click to start it again.';
  statusItem.show();
}

function folderPaths(): string[] {
  return (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file').map((f) => f.uri.fsPath);
}

/** The `corroborate` section as the server will see it, with untrusted workspace sources removed. */
function filterForTrust(section: unknown): unknown {
  if (vscode.workspace.isTrusted || !section || typeof section !== 'object') return section;
  const settings = { ...(section as Record<string, unknown>) };
  if (!Array.isArray(settings.sources)) return settings;
  const inspection = vscode.workspace.getConfiguration('corroborate').inspect<string[]>('sources');
  const { kept, dropped } = trustedSources(settings.sources as string[], inspection, folderPaths());
  for (const entry of dropped) {
    output?.warn(`corroborate.sources: "${entry}" is outside the workspace and this workspace is not trusted; ignored`);
  }
  settings.sources = kept;
  return settings;
}

function cacheOption(context: vscode.ExtensionContext): { cacheDir?: string } {
  const storage = (context as Partial<vscode.ExtensionContext>).globalStorageUri;
  return storage?.scheme === 'file' ? { cacheDir: path.join(storage.fsPath, 'index-cache') } : {};
}

function createClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const configWatcher = vscode.workspace.createFileSystemWatcher('**/.corroborate.json');
  context.subscriptions.push(configWatcher);
  const crashes = restartOnCrash();
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    outputChannel: output,
    errorHandler: crashes.handler,
    // The corpus index is cached in the extension's own storage, so a restart need not index again.
    initializationOptions: { workspaceTrusted: vscode.workspace.isTrusted, ...cacheOption(context) },
    // The server asks for more watchers (the source folders) itself, once it knows them.
    synchronize: { fileEvents: configWatcher },
    middleware: {
      provideWorkspaceDiagnostics: (resultIds, token, reporter, next) =>
        created === client && created.isRunning() ? next(resultIds, token, reporter) : untilCancelled(token),
      workspace: {
        configuration: async (params, token, next) => {
          const result = await next(params, token);
          if (!Array.isArray(result)) return result;
          return result.map((value, i) => (params.items[i]?.section === 'corroborate' ? filterForTrust(value) : value));
        },
      },
    },
  };
  const created = new LanguageClient('corroborate', 'Corroborate', serverOptions, clientOptions);
  crashes.follow(created);
  created.onNotification(STATUS_NOTIFICATION, (status: StatusParams) => showStatus(status));
  created.onDidChangeState((event) => {
    // A client replaced after a failed start (or deactivated) may still finish a restart it had
    // begun: its server would be nobody's, so stop it.
    if (created !== client && event.newState === State.Running) {
      void created.stop().catch(() => undefined);
      return;
    }
    if (!isDown(event.newState)) return;
    // A server the client restarts after a crash passes through Stopped on its way back: look again
    // once that has had its turn. (A client replaced or deactivated is no longer `client`.)
    setTimeout(() => {
      if (created === client && isDown(created.state)) showStopped();
    }, 0);
  });
  return created;
}

/**
 * The library's own handler, but for errors on the connection: those never stop the client. (Its
 * default stops it after three, and a server killed during a burst of messages raises more as the
 * writes to it fail: the client then stopped before it saw the close, and never restarted the server.)
 * Only the server's exit decides, by the library's own rule (`closed`, given once the client exists):
 * restarted four times within three minutes, then left down.
 */
function restartOnCrash(): { handler: ErrorHandler; follow: (client: LanguageClient) => void } {
  let closed: ErrorHandler['closed'] = () => ({ action: CloseAction.DoNotRestart });
  return {
    handler: { error: () => ({ action: ErrorAction.Continue }), closed: () => closed() },
    follow: (client) => {
      const library = client.createDefaultErrorHandler();
      closed = () => library.closed();
    },
  };
}

/**
 * An empty workspace report once `token` is cancelled. vscode-languageclient pulls the workspace's
 * diagnostics again two seconds after each answer, and answers itself at once while its client is
 * not running; a client stopped while it was still starting (replaced after a failed start, or
 * deactivated) can finish starting after it was cleaned up, and would then pull every two seconds
 * for as long as the editor runs. Its pulls wait here instead, until they are cancelled.
 */
function untilCancelled(token: vscode.CancellationToken): Promise<vsdiag.WorkspaceDiagnosticReport> {
  return new Promise((resolve) => token.onCancellationRequested(() => resolve({ items: [] })));
}

/** Stopped for good, or killed while it was starting (a client that failed to start cannot start again). */
function isDown(state: State): boolean {
  return state === State.Stopped || state === State.StartFailed;
}

async function running(): Promise<LanguageClient | undefined> {
  if (!client) {
    void vscode.window.showWarningMessage('Corroborate: the language server is not running; see the output log.');
    return undefined;
  }
  // vscode-languageclient keeps the failed start's promise, so a client whose start failed is replaced.
  if (client.state === State.StartFailed && extensionContext) {
    const failed = client;
    client = createClient(extensionContext);
    void failed.dispose().catch(() => undefined);
  }
  if (!client.isRunning()) await client.start();
  return client;
}

async function checkWorkspace(): Promise<void> {
  const c = await running();
  if (!c) return;
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Corroborate: checking Markdown files…' },
    async () => {
      const files = await vscode.workspace.findFiles('**/*.{md,markdown}', '**/{node_modules,.git,out,dist}/**', 5000);
      const result = await c.sendRequest<CheckWorkspaceResult>(CHECK_WORKSPACE_REQUEST, {
        uris: files.map((f) => c.code2ProtocolConverter.asUri(f)),
      });
      const skipped = result.skipped ? `, ${result.skipped} skipped` : '';
      void vscode.window.showInformationMessage(
        `Corroborate checked ${result.files} file${result.files === 1 ? '' : 's'}: ${result.findings} finding${result.findings === 1 ? '' : 's'}${skipped}.`,
      );
      if (result.findings > 0) await vscode.commands.executeCommand('workbench.actions.view.problems');
    },
  );
}

async function reindex(): Promise<void> {
  const c = await running();
  if (!c) return;
  const status = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Window, title: 'Corroborate: re-indexing sources' },
    () => c.sendRequest<StatusParams | null>(REINDEX_REQUEST, null),
  );
  if (status) showStatus(status);
}

async function showSources(): Promise<void> {
  const c = await running();
  if (!c) return;
  const sources = await c.sendRequest<SourceInfo[]>(SOURCES_REQUEST, null);
  if (sources.length === 0) {
    const choice = await vscode.window.showInformationMessage('Corroborate has no sources. Set corroborate.sources to folders of .md, .txt, .pdf, .html or .docx files.', 'Open Settings');
    if (choice) await vscode.commands.executeCommand('workbench.action.openSettings', 'corroborate.sources');
    return;
  }
  const picked = await vscode.window.showQuickPick(
    sources.map((s) => ({
      label: s.title,
      description: [s.author, s.kind].filter(Boolean).join(' · '),
      detail: `${s.key} — ${vscode.workspace.asRelativePath(vscode.Uri.parse(s.uri))}`,
      source: s,
    })),
    { title: `Corroborate: ${sources.length} source${sources.length === 1 ? '' : 's'}`, matchOnDescription: true, matchOnDetail: true, placeHolder: 'Open a source' },
  );
  if (picked) await vscode.window.showTextDocument(vscode.Uri.parse(picked.source.uri), { preview: true });
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  extensionContext = context;
  output = vscode.window.createOutputChannel('Corroborate', { log: true });
  statusItem = vscode.window.createStatusBarItem('corroborate.status', vscode.StatusBarAlignment.Right, 100);
  statusItem.name = 'Corroborate';
  statusItem.command = 'corroborate.showSources';
  showStatus(lastStatus);
  context.subscriptions.push(output, statusItem);

  context.subscriptions.push(
    vscode.commands.registerCommand('corroborate.checkWorkspace', checkWorkspace),
    vscode.commands.registerCommand('corroborate.reindex', reindex),
    vscode.commands.registerCommand('corroborate.showSources', showSources),
    vscode.commands.registerCommand('corroborate.showOutput', () => output?.show(true)),
    // The walkthrough's steps (contributes.walkthroughs).
    vscode.commands.registerCommand(ADD_SOURCES_FOLDER_COMMAND, () => addSourcesFolder(vscode)),
    vscode.commands.registerCommand(OPEN_SAMPLE_COMMAND, () => openSample(vscode, context.extensionPath)),
    vscode.commands.registerCommand('corroborate.showDismissed', async () => {
      const c = await running();
      if (c) await showDismissed(c);
    }),
    // Trust changes what the server may read: start it again with the new verdict.
    vscode.workspace.onDidGrantWorkspaceTrust(async () => {
      if (!client) return;
      const old = client;
      client = createClient(context);
      await old.stop().catch(() => undefined);
      await client.start();
    }),
  );

  client = createClient(context);
  try {
    await client.start();
  } catch (error) {
    output.error(`Corroborate could not start its language server: ${error instanceof Error ? error.message : String(error)}`);
    showStatus({ sources: 0, claims: 0, busy: false, message: 'The language server did not start; see the output log.' });
  }
}

export async function deactivate(): Promise<void> {
  const c = client;
  client = undefined;
  extensionContext = undefined;
  // Stopping a client that is not running throws (after a failed start, say); there is nothing to stop.
  if (c?.needsStop()) await c.stop().catch((error: unknown) => output?.error(`Corroborate: stopping the language server failed: ${String(error)}`));
}
