// Shared by the editor tests: where things are, the skip-or-fail rule for missing editors, copies of
// the fixture workspace, and running a program with a time limit.
import { spawn } from 'node:child_process';
import { accessSync, constants, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository (this file runs as out/test/editors/harness.js). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const EDITORS = path.join(ROOT, 'test', 'editors');
/** Screenshots and transcripts, for a person to look at (ignored by git). */
export const OUT = path.join(EDITORS, 'out');
export const SERVER_BIN = path.join(ROOT, 'bin', 'corroborate-ls.js');

/** With CORROBORATE_E2E=require (as CI sets it), a missing editor fails instead of skipping. */
export const REQUIRED = process.env.CORROBORATE_E2E === 'require';

/** The fixture draft's findings, sorted, as every editor must show them. */
export const EXPECTED_CODES = ['contradicted', 'needs-citation', 'not-in-sources'];

/** The first executable called `name` on PATH (or `name` itself when it is a path that exists). */
export function which(name: string): string | undefined {
  const candidates = name.includes('/') ? [name] : (process.env.PATH ?? '').split(path.delimiter).filter(Boolean).map((dir) => path.join(dir, name));
  for (const candidate of candidates) {
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/**
 * Skips the running test (with a notice in the output) when something it needs is missing, or fails
 * it under CORROBORATE_E2E=require.
 */
export function need(ctx: Mocha.Context, what: string, present: unknown, howToInstall: string): void {
  if (present) return;
  const message = `${what} is not installed (${howToInstall})`;
  if (REQUIRED) throw new Error(`CORROBORATE_E2E=require and ${message}`);
  console.warn(`      ⚠ SKIPPED: ${message}. Set CORROBORATE_E2E=require to make this a failure.`);
  ctx.skip();
}

/** The Chromium the browser tests drive (Debian's, unless CORROBORATE_CHROMIUM names another). */
export const CHROMIUM = process.env.CORROBORATE_CHROMIUM ?? '/usr/bin/chromium';

/** playwright-core with Chromium, or the test skipped (failed under CORROBORATE_E2E=require) saying which is missing. */
export async function needChromium(ctx: Mocha.Context): Promise<typeof import('playwright-core')> {
  need(ctx, 'Chromium', existsSync(CHROMIUM), 'apt-get install chromium');
  let playwright: typeof import('playwright-core') | undefined;
  try {
    playwright = await import('playwright-core');
  } catch {
    // reported just below
  }
  need(ctx, 'playwright-core', playwright, 'npm install');
  return playwright!;
}

/** A fresh copy of test/editors/fixtures/workspace in a temporary folder (editors write into it). */
export function copyWorkspace(prefix: string): { base: string; workspace: string; cleanup: () => void } {
  const base = mkdtempSync(path.join(os.tmpdir(), `corroborate-${prefix}-`));
  const workspace = path.join(base, 'workspace');
  cpSync(path.join(EDITORS, 'fixtures', 'workspace'), workspace, { recursive: true });
  return { base, workspace, cleanup: () => rmSync(base, { recursive: true, force: true }) };
}

/** An empty test/editors/out/<name>/ for this run's screenshots and logs. */
export function outDir(name: string): string {
  const dir = path.join(OUT, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

export function saveText(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

/**
 * Runs a program to its end, or kills it (and everything it started) after `timeoutMs`. Never
 * rejects: the caller asserts on the result.
 */
export function run(command: string, args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string; timeoutMs: number }): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: options.cwd ?? ROOT,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true, // its own process group, so that a timeout also ends the language server it started
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, options.timeoutMs);
    child.on('error', (error) => {
      stderr += String(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      killGroup(child.pid); // anything it left behind
      resolve({ code, signal, stdout, stderr, timedOut });
    });
  });
}

export function killGroup(pid: number | undefined): void {
  if (!pid) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

/** Lines starting with `tag ` in a transcript, without the tag. */
export function tagged(stdout: string, tag: string): string[] {
  return stdout.split('\n').filter((line) => line.startsWith(`${tag} `)).map((line) => line.slice(tag.length + 1));
}
