// Crashes: an engine failure on one text never leaves findings for text that has changed, and the
// server goes on; a server process that is killed is restarted by the VS Code client (the bundled
// extension, against the stand-in vscode API of test/protocol) and the findings come back; one that
// keeps crashing is shown as stopped in the status bar, and a click starts it again.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createFakeVscode, loadBundledExtension, type BundledExtension, type Diagnostic } from '../protocol/fakeVscode.js';
import { ROOT, tempTree, uriOf } from '../protocol/lspClient.js';
import { sleep, startHooked } from './harness.js';

const QUILL = '# The Fall of Varnholt\n\nThe siege of Varnholt lasted 143 days.\n';
const DRAFT = 'The siege of Varnholt lasted 90 days.\n';

/** Servers started by earlier tests in this process, still on their way out: not ours. */
let earlier = new Set<number>();

/** Child processes of this one whose command line names `script` (Linux: /proc). */
function childrenRunning(script: string): number[] {
  return readdirSync('/proc').filter((name) => {
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      return ppid === process.pid && readFileSync(`/proc/${name}/cmdline`, 'utf8').includes(script);
    } catch {
      return false; // gone meanwhile, or not a process
    }
  }).map(Number);
}

/** The bundled servers this test started. */
function serverChildren(): number[] {
  return childrenRunning(path.join('dist', 'server.js')).filter((pid) => !earlier.has(pid));
}

async function until<T>(what: string, check: () => T | undefined, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

describe('crashes', function () {
  this.timeout(60_000);

  it('an engine failure clears the findings of the text it failed on, and checking goes on', async () => {
    const tree = tempTree({ 'sources/quill.md': QUILL });
    const hooked = await startHooked({ engineThrowsOn: 'ENGINE-FAILS-HERE' }, {
      settings: { debounceMs: 0, includeBundledCorpus: false, sources: ['sources'] },
      workspaceFolders: [tree.dir],
    });
    const { client } = hooked;
    try {
      await client.ready();
      const uri = uriOf(path.join(tree.dir, 'essay.md'));
      await client.open(uri, DRAFT);
      assert.equal((await client.diagnosticsFor(uri, { version: 1 })).length, 2);
      const failing = await client.change(uri, `${DRAFT}ENGINE-FAILS-HERE\n`);
      assert.deepEqual(await client.diagnosticsFor(uri, { version: failing }), [], 'no findings left from the text before');
      await client.logs.next((l) => l.type === 1 && /Checking .*essay\.md failed.*injected/s.test(l.message), 'the failure in the log');
      const fixed = await client.change(uri, `${DRAFT}More.\n`);
      assert.equal((await client.diagnosticsFor(uri, { version: fixed })).length, 2, 'checked again');
    } finally {
      await client.stop();
      hooked.cleanup();
      tree.cleanup();
    }
  });

  it('a killed server is restarted by the VS Code client and the findings come back; one that keeps crashing is reported and restarted on a click', async function () {
    if (process.platform !== 'linux') this.skip(); // finds the server process through /proc
    const script = pathToFileURL(path.join(ROOT, 'scripts', 'bundle.mjs')).href;
    const { bundle } = (await import(script)) as { bundle: (o: { production: boolean }) => Promise<string[]> };
    await bundle({ production: true });

    earlier = new Set(serverChildren());
    const tree = tempTree({ 'sources/quill.md': QUILL });
    const fake = createFakeVscode({ workspaceFolder: tree.dir, settings: { sources: ['sources'], includeBundledCorpus: false, debounceMs: 0 } });
    let extension: BundledExtension | undefined;
    let restore = () => {};
    const published: Array<{ at: number; diagnostics: Diagnostic[] }> = [];
    try {
      ({ extension, restore } = loadBundledExtension(ROOT, fake.vscode));
      const context = { subscriptions: [] as Array<{ dispose(): unknown }>, asAbsolutePath: (p: string) => path.join(ROOT, p), extensionPath: ROOT };
      await extension!.activate(context);
      await until('the status bar to show the index', () => (/1 source · 1 statement/.test(fake.statusItem.text) ? true : undefined));

      const draft = path.join(tree.dir, 'essay.md');
      const uri = pathToFileURL(draft).href;
      fake.diagnosticsChanged.event((changed) => {
        if (changed === uri) published.push({ at: Date.now(), diagnostics: fake.diagnostics.get(uri) ?? [] });
      });
      fake.openDocument(draft, DRAFT);
      await until('findings for the draft', () => (published.some((p) => p.diagnostics.length === 2) ? true : undefined));

      let pid = await until('the server process', () => (serverChildren().length === 1 ? serverChildren()[0] : undefined));
      // vscode-languageclient restarts a crashed server four times within three minutes.
      for (let crash = 1; crash <= 4; crash++) {
        const killedAt = Date.now();
        process.kill(pid, 'SIGKILL');
        const next = await until(`a new server after crash ${crash}`, () => serverChildren().find((p) => p !== pid));
        await until(`findings from the new server after crash ${crash}`, () =>
          (published.some((p) => p.at >= killedAt && p.diagnostics.length === 2) ? true : undefined));
        const codes = (fake.diagnostics.get(uri) ?? []).map((d) => (typeof d.code === 'object' && d.code ? (d.code as { value: unknown }).value : d.code)).sort();
        assert.deepEqual(codes, ['contradicted', 'needs-citation']);
        await until('the status bar to show the index again', () => (/1 source · 1 statement/.test(fake.statusItem.text) ? true : undefined));
        console.log(`      crash ${crash}: server ${pid} killed, ${next} took over; findings back in ${Date.now() - killedAt} ms`);
        pid = next;
      }
      // The fifth crash in three minutes: it stays down, and the status bar says so instead of
      // showing the last index; clicking it starts the server again, and the findings come back.
      process.kill(pid, 'SIGKILL');
      await until('the status bar to say the server stopped', () => (fake.statusItem.text === '$(error) Corroborate' ? true : undefined));
      assert.deepEqual(serverChildren(), []);
      assert.match(fake.statusItem.tooltip, /stopped.*Click to start it again/s);
      const clickedAt = Date.now();
      await fake.commands.get(fake.statusItem.command)!();
      await until('a server started again', () => (serverChildren().length === 1 ? true : undefined));
      await until('findings after starting again', () => (published.some((p) => p.at >= clickedAt && p.diagnostics.length === 2) ? true : undefined));
      await until('the status bar to show the index again', () => (/1 source · 1 statement/.test(fake.statusItem.text) ? true : undefined));
    } finally {
      await extension?.deactivate();
      restore();
      tree.cleanup();
    }
  });
  it('a server that dies while it starts is shown as stopped, deactivates cleanly, and a click starts a new one', async function () {
    if (process.platform !== 'linux') this.skip(); // finds the server processes through /proc
    // The client gives up on a server that keeps dying during `initialize` and keeps that failed
    // start for good: the extension must say so, start a fresh client on the click, and never throw
    // from deactivate (it once did: "Client is not running and can't be stopped").
    const tree = tempTree({ 'sources/quill.md': QUILL });
    const ready = path.join(tree.dir, 'server-may-start');
    const wrapper = path.join(tree.dir, 'server.cjs');
    writeFileSync(wrapper, `if (!require('fs').existsSync(${JSON.stringify(ready)})) process.exit(1);\nrequire(${JSON.stringify(path.join(ROOT, 'dist', 'server.js'))});\n`);
    const fake = createFakeVscode({ workspaceFolder: tree.dir, settings: { sources: ['sources'], includeBundledCorpus: false, debounceMs: 0 } });
    let extension: BundledExtension | undefined;
    let restore = () => {};
    try {
      ({ extension, restore } = loadBundledExtension(ROOT, fake.vscode));
      const asAbsolutePath = (p: string) => (p === 'dist/server.js' ? wrapper : path.join(ROOT, p));
      await extension!.activate({ subscriptions: [] as Array<{ dispose(): unknown }>, asAbsolutePath, extensionPath: ROOT });
      await until('the status bar to say the server stopped', () => (fake.statusItem.text === '$(error) Corroborate' ? true : undefined));
      assert.match(fake.statusItem.tooltip, /Click to start it again/);

      writeFileSync(ready, '');
      await fake.commands.get(fake.statusItem.command)!();
      await until('the status bar to show the index', () => (/1 source · 1 statement/.test(fake.statusItem.text) ? true : undefined));
      fake.openDocument(path.join(tree.dir, 'essay.md'), DRAFT);
      const uri = pathToFileURL(path.join(tree.dir, 'essay.md')).href;
      await until('findings for the draft', () => ((fake.diagnostics.get(uri) ?? []).length === 2 ? true : undefined));
      await extension!.deactivate();
      await until('every server to be gone after deactivate', () => (childrenRunning(wrapper).length === 0 ? true : undefined), 10_000);
    } finally {
      await extension?.deactivate();
      restore();
      tree.cleanup();
    }
  });
});

describe('the fake editor keeps each diagnostic collection apart, as VS Code does', () => {
  it('a stopped client clearing its own collection leaves what the client that replaced it published', () => {
    const fake = createFakeVscode({ workspaceFolder: ROOT, settings: {} });
    const collection = (fake.vscode.languages as unknown as { createDiagnosticCollection(): { set(u: unknown, l: Diagnostic[]): void; clear(): void; delete(u: unknown): void } }).createDiagnosticCollection;
    const [old, replacement] = [collection(), collection()];
    const uri = (fake.vscode.Uri as unknown as { file(p: string): { toString(): string } }).file(path.join(ROOT, 'essay.md'));
    old.set(uri, []);
    replacement.set(uri, [{} as Diagnostic, {} as Diagnostic]);
    old.clear();
    old.delete(uri);
    assert.equal(fake.diagnostics.get(uri.toString())?.length, 2);
  });
});
