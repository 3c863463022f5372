// `corroborate-ls`: the language server's command line. It speaks over stdio (`--stdio`), node IPC
// (the VS Code extension) or sockets, whatever the command line asks of vscode-languageserver, and
// keeps the process alive through a bug in one handler.
import { Console } from 'node:console';
import { createConnection, ProposedFeatures, type MessageReader } from 'vscode-languageserver/node';
import { stdoutWriter } from './messageWriter.js';
import { SERVER_VERSION } from './protocol.js';
import { createServer } from './server.js';

const USAGE = `Usage: corroborate-ls --stdio
       corroborate-ls --node-ipc | --socket=PORT | --pipe=NAME

The Corroborate language server. It reads its settings through workspace/configuration
(section "corroborate"), or from initializationOptions.settings for clients without it.
`;

function transportGiven(args: string[]): boolean {
  return args.some((a) => /^--(stdio|node-ipc|socket|pipe)(=|$)/.test(a));
}

/** A bug in one handler must not take the editor's server down: log it and carry on. */
function keepAlive(): void {
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
}

/** Whether the first transport on the command line is stdio (the one vscode-languageserver would take). */
function overStdio(): boolean {
  return process.argv.slice(2).find((a) => /^--(stdio|node-ipc|socket|pipe)(=|$)/.test(a)) === '--stdio';
}

/**
 * Over stdio, a connection whose writer joins the kept JSON of diagnostics sent before
 * (messageWriter.ts). Given stdin itself, the library still ends the process when stdin closes;
 * but it redirects the console off stdout only when it opens stdio itself, so this does: a line a
 * library logs there would break the stream of messages.
 */
function stdioConnection() {
  const toStderr = new Console(process.stderr);
  for (const name of ['log', 'info', 'debug', 'warn', 'error', 'trace', 'dir', 'table', 'count', 'time', 'timeEnd', 'timeLog', 'group', 'groupEnd', 'assert'] as const) {
    (console as unknown as Record<string, unknown>)[name] = (toStderr[name] as (...args: unknown[]) => void).bind(toStderr);
  }
  // (The library reads a readable stream where a reader is expected, and makes the reader itself.)
  return createConnection(ProposedFeatures.all, process.stdin as unknown as MessageReader, stdoutWriter());
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
  keepAlive();
  const connection = overStdio() ? stdioConnection() : createConnection(ProposedFeatures.all);
  createServer(connection);
  connection.listen();
}
