// Loaded into the language server with `node --import` by the robustness tests, configured through
// the CORROBORATE_TEST_HOOKS environment variable (JSON). It watches the server from inside:
//
// - traceFs: every path the server hands to `fs` (sync, callback and promise forms) is logged;
// - blockNetwork: sockets, DNS, HTTP(S), HTTP/2, TLS, UDP and fetch throw, and every attempt is logged;
// - blockProcesses: child_process and vm throw, and every attempt is logged;
// - faults: when the server reads a given file, delete or rewrite it first (a source changing under
//   the indexer), optionally holding the read back for a while;
// - dropPrivileges: when started as root, run as nobody, so that file permissions apply;
// - memory: on SIGUSR2, collect garbage (with --expose-gc) and log process.memoryUsage();
// - engineThrowsOn: the engine's DraftChecker throws on texts containing a marker.
//
// The log is JSON lines, appended synchronously so that nothing is lost when the server is killed.
// Built-ins are imported as their CommonJS objects (default imports), which are the ones to patch.
import childProcess from 'node:child_process';
import dgram from 'node:dgram';
import dns from 'node:dns';
import fs from 'node:fs';
import http from 'node:http';
import http2 from 'node:http2';
import https from 'node:https';
import { syncBuiltinESMExports } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import v8 from 'node:v8';
import tls from 'node:tls';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

export interface Fault {
  /** Absolute path of the file. */
  path: string;
  /** What happens to it just before the server reads it (once). */
  onRead: 'delete' | 'rewrite';
  /** The new contents, for `rewrite`. */
  text?: string;
  /** Rewrite just after the server has read the file (so what it read is already out of date). */
  after?: boolean;
  /** Hold the read back this long after the change (so a test can act while indexing runs). */
  delayMs?: number;
}

export interface HookConfig {
  log: string;
  traceFs?: boolean;
  blockNetwork?: boolean;
  blockProcesses?: boolean;
  dropPrivileges?: boolean;
  faults?: Fault[];
  memory?: boolean;
  /** Make the engine's check throw on any text containing this string (an engine bug, on demand). */
  engineThrowsOn?: string;
}

export type HookEvent =
  | { kind: 'fs'; op: string; path: string }
  | { kind: 'net' | 'process' | 'codegen'; op: string; detail: string }
  | { kind: 'fault'; op: string; path: string }
  | { kind: 'privileges'; uid: number }
  /** `codeUsed`: the part of `heapUsed` that is compiled code (code spaces), which grows as the engine warms up. */
  | { kind: 'memory'; heapUsed: number; external: number; codeUsed: number; rss: number; vmRss: number }
  | { kind: 'ready' };

export const HOOKS_ENV = 'CORROBORATE_TEST_HOOKS';

const raw = process.env[HOOKS_ENV];
if (raw) await install(JSON.parse(raw) as HookConfig);

async function install(config: HookConfig): Promise<void> {
  // Captured before anything is wrapped. The log goes through one descriptor opened now (before any
  // change of user) and the low-level writeSync, so that logging is never itself logged.
  const fd = fs.openSync(config.log, 'a');
  const writeSync = fs.writeSync.bind(fs);
  const unlink = fs.unlinkSync.bind(fs);
  const write = fs.writeFileSync.bind(fs);
  const readProc = fs.readFileSync.bind(fs);
  const log = (event: HookEvent) => {
    try {
      writeSync(fd, JSON.stringify(event) + '\n');
    } catch {
      // the test has gone
    }
  };

  if (config.dropPrivileges && typeof process.getuid === 'function' && process.getuid() === 0) {
    process.setgroups!([]);
    process.setgid!(65534);
    process.setuid!(65534);
  }
  log({ kind: 'privileges', uid: process.getuid?.() ?? -1 });

  const pathOf = (value: unknown): string | undefined => {
    if (typeof value === 'string') return path.resolve(value);
    if (value instanceof URL) return value.protocol === 'file:' ? fileURLToPath(value) : String(value);
    if (Buffer.isBuffer(value)) return path.resolve(value.toString());
    return undefined;
  };

  const wrap = <T extends object>(target: T, name: string, make: (original: (...args: unknown[]) => unknown) => (...args: unknown[]) => unknown) => {
    const original = (target as Record<string, unknown>)[name];
    if (typeof original !== 'function') return;
    const wrapped = make(original as (...args: unknown[]) => unknown);
    Object.defineProperties(wrapped, Object.getOwnPropertyDescriptors(original));
    try {
      (target as Record<string, unknown>)[name] = wrapped;
    } catch {
      Object.defineProperty(target, name, { value: wrapped, configurable: true, writable: true });
    }
  };

  if (config.faults?.length) {
    const pending = [...config.faults];
    const take = (file: string | undefined, after: boolean): Fault | undefined => {
      if (!file) return undefined;
      const i = pending.findIndex((f) => path.resolve(f.path) === file && !!f.after === after);
      return i < 0 ? undefined : pending.splice(i, 1)[0];
    };
    const strike = (fault: Fault) => {
      if (fault.onRead === 'delete') unlink(fault.path);
      else write(fault.path, fault.text ?? '');
      log({ kind: 'fault', op: `${fault.onRead}${fault.after ? ' after read' : ''}`, path: fault.path });
    };
    wrap(fs.promises, 'readFile', (original) => async function (this: unknown, ...args: unknown[]) {
      const file = pathOf(args[0]);
      const before = take(file, false);
      if (before) {
        strike(before);
        if (before.delayMs) await new Promise((resolve) => setTimeout(resolve, before.delayMs));
      }
      const result = await original.apply(this, args);
      const after = take(file, true);
      if (after) {
        strike(after);
        if (after.delayMs) await new Promise((resolve) => setTimeout(resolve, after.delayMs));
      }
      return result;
    });
  }

  if (config.traceFs) {
    const twoPaths = new Set(['rename', 'copyFile', 'cp', 'link', 'symlink', 'renameSync', 'copyFileSync', 'cpSync', 'linkSync', 'symlinkSync']);
    const skip = new Set(['fstat', 'fstatSync', 'close', 'closeSync', 'read', 'readSync', 'write', 'writeSync', 'fsync', 'fsyncSync', 'fdatasync',
      'fdatasyncSync', 'ftruncate', 'ftruncateSync', 'futimes', 'futimesSync', 'fchmod', 'fchmodSync', 'fchown', 'fchownSync', 'readv', 'readvSync',
      'writev', 'writevSync', 'createReadStream', 'createWriteStream']);
    const traced = (target: object, name: string) => wrap(target, name, (original) => function (this: unknown, ...args: unknown[]) {
      const first = pathOf(args[0]);
      if (first) log({ kind: 'fs', op: name, path: first });
      if (twoPaths.has(name)) {
        const second = pathOf(args[1]);
        if (second) log({ kind: 'fs', op: name, path: second });
      }
      return original.apply(this, args);
    });
    for (const name of Object.keys(fs)) {
      if (skip.has(name) || name === 'promises' || /^[A-Z]/.test(name)) continue;
      if (typeof (fs as unknown as Record<string, unknown>)[name] === 'function') traced(fs, name);
    }
    for (const name of Object.keys(fs.promises)) {
      if (typeof (fs.promises as unknown as Record<string, unknown>)[name] === 'function') traced(fs.promises, name);
    }
    // Streams open their file lazily, through the wrapped `open`; log them by name as well.
    for (const name of ['createReadStream', 'createWriteStream']) traced(fs, name);
  }

  const refuse = (kind: 'net' | 'process' | 'codegen', op: string) => (original: (...args: unknown[]) => unknown) =>
    function (this: unknown, ...args: unknown[]) {
      let detail = '';
      try {
        detail = JSON.stringify(args.filter((a) => typeof a !== 'function').slice(0, 2), (_k, v) => (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length > 12 ? '[object]' : v)) ?? '';
      } catch {
        detail = String(args[0]);
      }
      log({ kind, op, detail: detail.slice(0, 300) });
      void original;
      throw new Error(`corroborate test hooks: ${op} is not allowed in the language server`);
    };

  if (config.blockNetwork) {
    wrap(net.Socket.prototype, 'connect', refuse('net', 'net.Socket.connect'));
    for (const name of ['connect', 'createConnection']) wrap(net, name, refuse('net', `net.${name}`));
    for (const name of ['connect']) wrap(tls, name, refuse('net', `tls.${name}`));
    for (const name of ['request', 'get']) {
      wrap(http, name, refuse('net', `http.${name}`));
      wrap(https, name, refuse('net', `https.${name}`));
    }
    wrap(http2, 'connect', refuse('net', 'http2.connect'));
    wrap(dgram, 'createSocket', refuse('net', 'dgram.createSocket'));
    for (const name of ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCname', 'resolveMx', 'resolveNs', 'resolveTxt', 'resolveSrv', 'reverse']) {
      wrap(dns, name, refuse('net', `dns.${name}`));
      wrap(dns.promises, name, refuse('net', `dns.promises.${name}`));
      wrap(dns.Resolver.prototype, name, refuse('net', `dns.Resolver.${name}`));
      wrap(dns.promises.Resolver.prototype, name, refuse('net', `dns.promises.Resolver.${name}`));
    }
    const g = globalThis as Record<string, unknown>;
    for (const name of ['fetch', 'WebSocket', 'EventSource']) {
      if (typeof g[name] === 'function') wrap(g, name, refuse('net', name));
    }
  }

  if (config.blockProcesses) {
    for (const name of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']) {
      wrap(childProcess, name, refuse('process', `child_process.${name}`));
    }
    for (const name of ['runInThisContext', 'runInNewContext', 'runInContext', 'compileFunction']) wrap(vm, name, refuse('codegen', `vm.${name}`));
    wrap(vm.Script.prototype, 'runInThisContext', refuse('codegen', 'vm.Script.runInThisContext'));
    wrap(vm.Script.prototype, 'runInNewContext', refuse('codegen', 'vm.Script.runInNewContext'));
    wrap(vm.Script.prototype, 'runInContext', refuse('codegen', 'vm.Script.runInContext'));
  }

  if (config.engineThrowsOn) {
    // The server imports the same module (same URL), so it sees the patched prototype.
    const marker = config.engineThrowsOn;
    const engine = (await import(new URL('../../server/src/engine/check.js', import.meta.url).href)) as typeof import('../../server/src/engine/check.js');
    // (`analyze` is what the server calls, and `check` calls it.)
    const analyze = engine.DraftChecker.prototype.analyze;
    engine.DraftChecker.prototype.analyze = function (this: InstanceType<typeof engine.DraftChecker>, text, options) {
      if (text.includes(marker)) throw new Error('an engine failure injected by the test');
      return analyze.call(this, text, options);
    };
  }

  // ES module imports of built-ins (`import { existsSync } from 'node:fs'`) see the wrapped functions.
  syncBuiltinESMExports();

  if (config.memory) {
    process.on('SIGUSR2', () => {
      const gc = (globalThis as { gc?: () => void }).gc;
      gc?.();
      gc?.();
      const usage = process.memoryUsage();
      let vmRss = -1;
      try {
        const status = readProc('/proc/self/status', 'utf8') as string;
        vmRss = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? -1) * 1024;
      } catch {
        // not Linux
      }
      const spaces = v8.getHeapSpaceStatistics();
      const codeUsed = spaces.filter((x) => x.space_name.startsWith('code_')).reduce((n, x) => n + x.space_used_size, 0);
      log({ kind: 'memory', heapUsed: usage.heapUsed, external: usage.external, codeUsed, rss: usage.rss, vmRss });
    });
  }
  log({ kind: 'ready' });
}
