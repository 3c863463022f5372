// The real language server, started with test hooks loaded into it (serverHooks.ts): what it read,
// whether it tried the network or a process, faults injected into its file reads, its memory.
import { chmodSync, copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, SERVER, TestClient, type StartOptions } from '../protocol/lspClient.js';
import { HOOKS_ENV, type HookConfig, type HookEvent } from './serverHooks.js';

export const HOOKS = path.join(ROOT, 'out', 'test', 'robustness', 'serverHooks.js');

export interface Hooked {
  client: TestClient;
  /** Everything the hooks logged so far. */
  events(): HookEvent[];
  cleanup(): void;
}

/** A folder only for the hook log, writable by the server even when it runs as nobody. */
function logFile(): { file: string; dir: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'corroborate-hooks-'));
  chmodSync(dir, 0o777);
  const file = path.join(dir, 'events.jsonl');
  writeFileSync(file, '');
  chmodSync(file, 0o666);
  return { file, dir };
}

export function readEvents(file: string): HookEvent[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as HookEvent);
}

/**
 * For a server that drops root's privileges while the checkout is a folder only root may enter (a
 * fresh clone under `mktemp -d`): a copy, readable by anyone, of the bundled server (`dist/`, one file
 * and its worker, needing nothing else) and of the hooks, so that `nobody` can load them.
 */
function copyForNobody(dir: string): { server: string; hooks: string } {
  for (const name of readdirSync(path.join(ROOT, 'dist'))) copyFileSync(path.join(ROOT, 'dist', name), path.join(dir, name));
  // (The hooks are an ES module, beside a package.json that makes `.js` CommonJS for the server.)
  copyFileSync(HOOKS, path.join(dir, 'serverHooks.mjs'));
  for (const name of readdirSync(dir)) chmodSync(path.join(dir, name), 0o644);
  return { server: path.join(dir, 'server.js'), hooks: path.join(dir, 'serverHooks.mjs') };
}

/**
 * Starts `node [nodeArgs] --import serverHooks.js out/server/src/lsp/main.js --stdio` with the given
 * hooks (the bundled server, copied where `nobody` can read it, when it must drop root's privileges
 * and cannot read the checkout).
 */
export async function startHooked(
  hooks: Omit<HookConfig, 'log'>,
  options: StartOptions & { nodeArgs?: string[] } = {},
): Promise<Hooked> {
  const { file, dir } = logFile();
  const config: HookConfig = { ...hooks, log: file };
  const copied = hooks.dropPrivileges && isRoot && !nobodyCanRunServer() ? copyForNobody(dir) : undefined;
  const previous = process.env[HOOKS_ENV];
  process.env[HOOKS_ENV] = JSON.stringify(config);
  let client: TestClient;
  try {
    // The environment is copied when the process is spawned, at the start of TestClient.start.
    const started = TestClient.start({
      ...options,
      command: [process.execPath, ...(options.nodeArgs ?? []), '--import', pathToFileURL(copied?.hooks ?? HOOKS).href, copied?.server ?? SERVER, '--stdio'],
    });
    if (previous === undefined) delete process.env[HOOKS_ENV];
    else process.env[HOOKS_ENV] = previous;
    client = await started;
  } finally {
    if (previous === undefined) delete process.env[HOOKS_ENV];
    else process.env[HOOKS_ENV] = previous;
  }
  return {
    client,
    events: () => readEvents(file),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Can the unprivileged user `nobody` read the server and its dependencies? (Needed to drop privileges.) */
function nobodyCanRunServer(): boolean {
  const worldReadable = (p: string, dir: boolean) => {
    try {
      const mode = statSync(p).mode;
      return (mode & 0o004) !== 0 && (!dir || (mode & 0o001) !== 0);
    } catch {
      return false;
    }
  };
  let dir = ROOT;
  for (;;) {
    if (!worldReadable(dir, true)) return false;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return worldReadable(SERVER, false) && worldReadable(path.join(ROOT, 'node_modules'), true) && worldReadable(os.tmpdir(), true);
}

export const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
