// Nothing leaks out, nothing gets in. The real server runs with hooks that log every path it hands to
// `fs` and refuse (and log) any network, process or vm use, and with code generation from strings
// disallowed. A draft full of links to files outside the sources, and sources full of code, are put
// through every feature: the server reads only the sources and the workspace's Markdown drafts, opens
// no connection, runs nothing, and points only at its sources.
import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, realpathSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, DocumentLink, Hover, Location, MarkupContent } from 'vscode-languageserver-protocol/node';
import { ROOT, TestClient, tempTree, uriOf } from '../protocol/lspClient.js';
import { isInside } from '../../server/src/lsp/sourcePaths.js';
import { HOOKS, readEvents, sleep, startHooked, type Hooked } from './harness.js';
import { HOOKS_ENV, type HookEvent } from './serverHooks.js';

const QUILL = '# The Fall of Varnholt\n\nThe siege of Varnholt lasted 143 days.\n';

// A plain-text source: nothing in it is Markdown, so all of this reaches the quoted sentences.
const ORDERS = [
  'Orders of the Day <script>require("child_process").execSync("touch MARKER")</script>',
  'The siege of Varnholt <script>fetch("http://127.0.0.1:9/")</script> lasted 140 days $(touch MARKER) `touch MARKER` ${require("fs").writeFileSync("MARKER", "")} [run](command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22touch%20MARKER%22%7D) <img src=x onerror="alert(1)"> <%= system("touch MARKER") %> {{constructor.constructor("return process")().mainModule.require("child_process").execSync("touch MARKER")}}',
  '',
].join('\n');

const HARBOUR = [
  '---',
  'title: !!js/function "function () { require(\'fs\').writeFileSync(\'MARKER\', \'\') }"',
  'author: "${process.exit(1)}"',
  '---',
  '',
  '# <script>alert("heading")</script> Harbour Chronicles',
  '',
  'The Varnholt garrison numbered 4,000 men <img src=x onerror=alert(1)> when the siege began.',
  '',
].join('\n');

const MANIFEST = JSON.stringify({
  __proto__: { polluted: 'yes' },
  sources: [
    { file: 'orders.txt', key: '__proto__', title: '<script>alert("title")</script> Orders of the Day', author: '$(touch MARKER)', url: 'javascript:alert(1)' },
  ],
});

const DRAFT = [
  '# Varnholt',
  '',
  'The siege of Varnholt lasted 90 days ([notes](../outside/secret.md)).',
  'The Varnholt garrison numbered 9,000 men [@constructor].',
  'See [the password file](../../../../../../../etc/passwd), [this](/etc/passwd), <file:///etc/shadow> and [a page](https://example.com/varnholt).',
  '![a map](../outside/map.png) <img src="/etc/passwd"> <a href="file:///etc/passwd">x</a> <iframe src="http://169.254.169.254/latest/meta-data/"></iframe>',
  'The siege of Varnholt lasted 150 days [@toString] [@__proto__] (hasOwnProperty 3).[^1] See [ref][r] and [[../outside/secret]].',
  '',
  '[^1]: ../outside/secret.md',
  '[r]: file:///etc/passwd',
  '',
].join('\n');

/** Attaches strace to the running server, if strace is installed and may trace it; else undefined. */
async function attachStrace(pid: number, log: string, poke: () => Promise<unknown>): Promise<ChildProcess | undefined> {
  if (spawnSync('strace', ['-V']).status !== 0) return undefined;
  const child = spawn('strace', ['-f', '-qq', '-e', 'trace=%file,%network,%process', '-o', log, '-p', String(pid)], { stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) return undefined; // not permitted here
    await poke(); // something for it to see once it is attached
    if (existsSync(log) && statSync(log).size > 0) return child;
    await sleep(20);
  }
  child.kill();
  return undefined;
}

function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what} took over ${ms} ms`)), ms).unref())]);
}

function positions(text: string): Array<{ line: number; character: number }> {
  const out: Array<{ line: number; character: number }> = [];
  text.split('\n').forEach((line, i) => {
    for (let c = 0; c <= line.length; c += 2) out.push({ line: i, character: c });
  });
  return out;
}

describe('nothing leaks out, nothing gets in', function () {
  this.timeout(60_000);
  let root: ReturnType<typeof tempTree>;
  let ws: string;
  let outside: string;
  let hooked: Hooked;
  let client: TestClient;
  const hovers: string[] = [];
  const targets: string[] = [];
  let actions: CodeAction[] = [];
  let explicit: { files: number; skipped: number };
  let walked: { files: number; skipped: number };
  let syscalls: string | undefined;

  before(async () => {
    root = tempTree({
      'ws/sources/quill.md': QUILL,
      'ws/sources/orders.txt': ORDERS,
      'ws/sources/harbour) notes (copy.md': HARBOUR, // parentheses that would end a Markdown link early
      'ws/sources/manifest.json': MANIFEST,
      'ws/drafts/other.md': 'The siege of Varnholt lasted 12 days.\n',
      'ws/notes.txt': 'The siege of Varnholt lasted 13 days.\n',
      'outside/secret.md': 'SECRET: the siege of Varnholt lasted 1 day.\n',
    });
    ws = path.join(root.dir, 'ws');
    outside = path.join(root.dir, 'outside');
    symlinkSync(path.join(outside, 'secret.md'), path.join(ws, 'link.md'));
    execFileSync('mkfifo', [path.join(ws, 'pipe.md')]);

    hooked = await startHooked({ traceFs: true, blockNetwork: true, blockProcesses: true }, {
      nodeArgs: ['--disallow-code-generation-from-strings'],
      settings: { debounceMs: 0, includeBundledCorpus: false, sources: ['sources'] },
      workspaceFolders: [ws],
    });
    client = hooked.client;
    await client.ready();
    // Where strace is at hand, it watches the same run at the level of system calls (every thread).
    const straceLog = path.join(root.dir, 'strace.log');
    const strace = await attachStrace(client.child.pid!, straceLog, () => client.request('corroborate/reindex', null));

    const uri = uriOf(path.join(ws, 'essay.md'));
    await client.open(uri, DRAFT);
    const diagnostics = await client.diagnosticsFor(uri, { version: 1 });
    assert.ok(diagnostics.length > 0, 'the draft has findings');
    for (const position of positions(DRAFT)) {
      const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
      if (hover) hovers.push((hover.contents as MarkupContent).value);
      const definition = await client.request<Location[] | null>('textDocument/definition', { textDocument: { uri }, position });
      for (const location of definition ?? []) targets.push(location.uri);
    }
    const links = await client.request<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri } });
    for (const link of links) targets.push(link.target!);
    actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 10, character: 0 } },
      context: { diagnostics },
    });
    await client.request('textDocument/completion', { textDocument: { uri }, position: { line: 3, character: 43 } });
    await client.request('corroborate/sources', null);
    await client.request('corroborate/reindex', null);
    // A fifo named as a draft would block a read forever: the request must still come back.
    explicit = await within(5000, 'checking the named files', client.request('corroborate/checkWorkspace', {
      uris: [
        'file:///etc/passwd',
        pathToFileURL(path.join(outside, 'secret.md')).href,
        `${pathToFileURL(ws).href}/../outside/secret.md`,
        uriOf(path.join(ws, 'notes.txt')),
        uriOf(path.join(ws, 'pipe.md')),
        uriOf(path.join(ws, 'drafts', 'other.md')),
        'https://example.com/essay.md',
      ],
    }));
    walked = await within(5000, 'checking the workspace', client.request('corroborate/checkWorkspace', {}));
    if (strace) {
      const exited = new Promise((resolve) => strace.once('exit', resolve));
      strace.kill('SIGINT');
      await exited;
      syscalls = readFileSync(straceLog, 'utf8');
    }
  });

  after(async () => {
    await client?.stop();
    hooked?.cleanup();
    root?.cleanup();
  });

  it('reads only the configured sources and the Markdown drafts of the workspace', () => {
    const sources = path.join(ws, 'sources');
    const touched = [...new Set(hooked.events().filter((e): e is Extract<HookEvent, { kind: 'fs' }> => e.kind === 'fs').map((e) => `${e.op} ${e.path}`))];
    const allowed = (entry: string) => {
      const [op, ...rest] = entry.split(' ');
      const p = rest.join(' ');
      // Its own code: node_modules may be a link to another checkout's (a git worktree), read where it really is.
      if (isInside(p, path.join(ROOT, 'node_modules')) || isInside(p, realpathSync(path.join(ROOT, 'node_modules'))) || isInside(p, path.join(ROOT, 'out'))) return true;
      if (isInside(p, ROOT) && path.basename(p) === 'manifest.json' && path.basename(path.dirname(p)) === 'corpus' && op === 'existsSync') return true; // where the bundled corpus is
      if (p === path.join(ROOT, 'docs', 'findings.md') && op === 'readFileSync') return true; // what each code means, its own page
      if (isInside(p, sources)) return true;
      if (path.basename(p) === '.corroborate.json' && isInside(ws, path.dirname(p))) return true; // the settings file, looked for upward
      if (p === ws || p === path.join(ws, 'drafts')) return op === 'readdir'; // looking for drafts
      if (isInside(p, ws) && p.endsWith('.md') && !p.endsWith('link.md')) return true; // drafts
      return false;
    };
    assert.deepEqual(touched.filter((t) => !allowed(t)), []);
    assert.ok(touched.some((t) => t.includes(path.join('sources', 'quill.md'))), 'the trace sees the sources being read');
    for (const forbidden of ['/etc/', outside, path.join(ws, 'link.md'), path.join(ws, 'notes.txt')]) {
      assert.ok(!touched.some((t) => t.includes(forbidden)), `${forbidden} was never touched`);
    }
    // The explicit list: only drafts/other.md is checked; the rest is skipped unread.
    assert.deepEqual(explicit, { files: 1, findings: 2, skipped: 6 });
    assert.equal(walked.files, 1, 'the walk skips the sources, the fifo and the symlink to outside');
  });

  it('points only at its sources: definitions, document links and hover links', () => {
    const sourcesUri = uriOf(path.join(ws, 'sources'));
    assert.ok(targets.length > 0);
    for (const target of targets) assert.ok(target.startsWith(`${sourcesUri}/`), target);
    for (const hover of hovers) {
      // A link is `](` not escaped; its target runs to the `)` that closes it (parentheses in it are encoded).
      for (const [, target] of hover.matchAll(/(?<!\\)\]\(([^)\s]*)\)/g)) assert.ok(target!.startsWith(`${sourcesUri}/`), `hover link ${target}`);
    }
    // A link to a source whose name has parentheses still leads to that source.
    const harbour = uriOf(path.join(ws, 'sources', 'harbour) notes (copy.md')).replace(/\(/g, '%28').replace(/\)/g, '%29');
    assert.ok(hovers.some((h) => h.includes(`](${harbour}#L8)`)), `a hover links ${harbour}#L8`);
    // Quick fixes edit nothing but the draft.
    for (const action of actions) {
      for (const change of action.edit?.documentChanges ?? []) {
        assert.ok('textDocument' in change, 'no file created, renamed or deleted');
        assert.equal(change.textDocument.uri, uriOf(path.join(ws, 'essay.md')));
      }
      assert.deepEqual(Object.keys(action.edit?.changes ?? {}).filter((u) => u !== uriOf(path.join(ws, 'essay.md'))), []);
    }
  });

  it('opens no network connection', () => {
    const attempts = hooked.events().filter((e) => e.kind === 'net');
    assert.deepEqual(attempts, []);
  });

  it('runs nothing from a source: its code is only text, quoted escaped', () => {
    assert.deepEqual(hooked.events().filter((e) => e.kind === 'process' || e.kind === 'codegen'), []);
    for (const dir of [ROOT, ws, path.join(ws, 'sources'), outside, root.dir]) assert.ok(!existsSync(path.join(dir, 'MARKER')), `no MARKER in ${dir}`);
    assert.ok(!/Code generation from strings disallowed|corroborate-ls:/.test(client.stderr), client.stderr);
    // The sources are indexed as text: their claims count and their quotes show, escaped.
    const quoting = hovers.filter((h) => h.includes('touch MARKER'));
    assert.ok(quoting.length > 0, 'a hover quotes the source with code in it');
    for (const hover of hovers) {
      // Markdown-escaped (`\<script\>`, `\[run\](command:…)`): shown as text, never HTML or a link.
      assert.ok(!/(?<!\\)<(script|img|iframe|%)/i.test(hover), `no raw HTML in a hover: ${hover}`);
      assert.ok(!/(?<!\\)\]\((command|javascript):/i.test(hover), `no command link in a hover: ${hover}`);
    }
    // The source keyed `__proto__` is an ordinary source; `[@toString]` and `[@constructor]` cite nothing.
    const claimHovers = hovers.filter((h) => h.includes('150 days') || h.includes('9,000'));
    assert.ok(claimHovers.length > 0);
    assert.ok(hovers.some((h) => /cites \*toString\*, which is not in the corpus/.test(h)), 'toString is no source');
    assert.ok(hovers.some((h) => /cites \*constructor\*, which is not in the corpus/.test(h)), 'constructor is no source');
  });

  it('…and so says strace, where it can watch the server', function () {
    if (syscalls === undefined) this.skip(); // strace is not installed, or may not trace here
    const lines = syscalls!.split('\n');
    assert.ok(lines.some((l) => l.includes(path.join('sources', 'quill.md'))), 'strace sees the sources being read');
    for (const forbidden of ['/etc/passwd', '/etc/shadow', outside, path.join(ws, 'link.md'), path.join(ws, 'notes.txt')]) {
      assert.deepEqual(lines.filter((l) => l.includes(`"${forbidden}`)), [], `no system call names ${forbidden}`);
    }
    assert.deepEqual(lines.filter((l) => /\b(connect|sendto|sendmsg|execve|execveat|vfork)\(/.test(l) || /\bsocket\((?!AF_UNIX)/.test(l)), [], 'no connection, no program run');
  });

  it('the hooks see what they are meant to (control)', () => {
    const dir = tempTree({});
    try {
      const log = path.join(dir.dir, 'events.jsonl');
      writeFileSync(log, '');
      const probe = [
        'const tries = [',
        '  () => require("net").connect(9, "127.0.0.1"), () => require("http").get("http://127.0.0.1:9/"),',
        '  () => require("https").request("https://example.com/"), () => require("dns").lookup("example.com", () => {}),',
        '  () => require("dns").promises.resolve4("example.com"), () => fetch("http://127.0.0.1:9/"), () => require("dgram").createSocket("udp4"),',
        '  () => require("tls").connect(443, "example.com"), () => require("child_process").execSync("true"), () => require("vm").runInNewContext("1"),',
        '  () => eval("1"), () => require("fs").readFileSync("/etc/hostname"), () => require("fs").promises.stat("/etc/hostname"),',
        '];',
        'let refused = 0;',
        'for (const t of tries) { try { const r = t(); if (r && r.catch) r.catch(() => {}); } catch { refused++; } }',
        'console.log(refused);',
      ].join('\n');
      mkdirSync(path.join(dir.dir, 'x'));
      const run = spawnSync(process.execPath, ['--disallow-code-generation-from-strings', '--import', pathToFileURL(HOOKS).href, '-e', probe], {
        env: { ...process.env, [HOOKS_ENV]: JSON.stringify({ log, traceFs: true, blockNetwork: true, blockProcesses: true }) },
        encoding: 'utf8',
      });
      assert.equal(run.stdout.trim(), '11', run.stderr);
      const events = readEvents(log);
      const ops = events.filter((e) => e.kind !== 'fs').map((e) => ('op' in e ? e.op : e.kind));
      for (const op of ['net.connect', 'http.get', 'https.request', 'dns.lookup', 'dns.promises.resolve4', 'fetch', 'dgram.createSocket', 'tls.connect', 'child_process.execSync', 'vm.runInNewContext']) {
        assert.ok(ops.includes(op), `${op} is caught`);
      }
      assert.ok(events.some((e) => e.kind === 'fs' && e.path === '/etc/hostname' && e.op === 'readFileSync'));
      assert.ok(events.some((e) => e.kind === 'fs' && e.path === '/etc/hostname' && e.op === 'stat'));
      chmodSync(dir.dir, 0o755);
    } finally {
      dir.cleanup();
    }
  });
});
