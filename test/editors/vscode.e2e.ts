// VS Code itself (code-server 4.100.3, VS Code 1.100 in headless Chromium, driven by playwright-core)
// with our .vsix installed, as a user meets it: open the draft, see the squiggle and the Problems
// entry, hover for the source quote, apply a quick fix, and see a verdict change when a source changes
// on disk. Each step saves a screenshot under test/editors/out/vscode/. Every wait is on a condition.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM, EDITORS, copyWorkspace, killGroup, need, needChromium, outDir, run, saveText } from './harness.js';

const CODE_SERVER_VERSION = '4.100.3';
const CODE_SERVER = process.env.CORROBORATE_CODE_SERVER ?? path.join(EDITORS, '.tools', `code-server-${CODE_SERVER_VERSION}`, 'node_modules', '.bin', 'code-server');
const STEP_TIMEOUT = 60_000;

// The functions handed to page.evaluate run in the browser; this project compiles without the DOM
// library, so they see its globals loosely typed.
declare const document: any; // eslint-disable-line @typescript-eslint/no-explicit-any
declare const NodeFilter: { SHOW_TEXT: number };

/** Settings of the user profile: nothing that writes to the fixture, asks questions or phones home. */
const USER_SETTINGS = {
  'files.autoSave': 'off',
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.commandCenter.enabled': false,
  'extensions.ignoreRecommendations': true,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'git.enabled': false,
  'editor.hover.delay': 150,
  'editor.minimap.enabled': false,
  'window.commandCenter': false,
  'corroborate.debounceMs': 100,
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Starts code-server and resolves once it listens; its output goes to `log`. */
function startCodeServer(args: string[], env: NodeJS.ProcessEnv, logFile: string): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(CODE_SERVER, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let log = '';
    const timer = setTimeout(() => reject(new Error(`code-server did not start listening within ${STEP_TIMEOUT} ms:\n${log}`)), STEP_TIMEOUT);
    const onData = (chunk: Buffer) => {
      log += chunk.toString('utf8');
      appendFileSync(logFile, chunk);
      if (/HTTP server listening on/.test(log)) {
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`code-server exited (${code}) before listening:\n${log}`));
    });
  });
}

/** The centre of the first occurrence of `text` in the editor's rendered lines, in page pixels. */
async function textPoint(page: Page, text: string): Promise<{ x: number; y: number }> {
  const handle = await page.waitForFunction(
    (wanted) => {
      const lines = document.querySelector('.editor-instance .monaco-editor .view-lines');
      if (!lines) return null;
      const walker = document.createTreeWalker(lines, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        // Monaco renders spaces as non-breaking spaces.
        const at = (node.textContent ?? '').replace(/\u00a0/g, ' ').indexOf(wanted);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        const box = range.getBoundingClientRect();
        if (box.width === 0) return null;
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }
      return null;
    },
    text,
    { timeout: STEP_TIMEOUT },
  );
  return (await handle.jsonValue()) as { x: number; y: number };
}

/** The text of the draft as the editor shows it (one string, spaces normalised). */
async function editorText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const lines = document.querySelector('.editor-instance .monaco-editor .view-lines');
    return (lines?.textContent ?? '').replace(/\u00a0/g, ' ');
  });
}

/** The Problems panel's rows, as their accessible labels. */
async function problems(page: Page): Promise<string[]> {
  return page.locator('.markers-panel .monaco-list-row').evaluateAll((rows) => rows.map((row: any) => row.getAttribute('aria-label') ?? row.textContent ?? ''));
}

async function waitForProblems(page: Page, what: string, predicate: (rows: string[]) => boolean): Promise<string[]> {
  const deadline = Date.now() + STEP_TIMEOUT;
  let rows: string[] = [];
  for (;;) {
    rows = await problems(page);
    if (predicate(rows)) return rows;
    if (Date.now() > deadline) throw new Error(`timed out waiting for the Problems panel to show ${what}; it shows:\n${rows.join('\n')}`);
    // Poll again when the panel next changes, or after a short while.
    await page.waitForFunction(
      (before) => {
        const now = Array.from(document.querySelectorAll('.markers-panel .monaco-list-row')).map((row: any) => row.getAttribute('aria-label') ?? '');
        return JSON.stringify(now) !== before;
      },
      JSON.stringify(rows),
      { timeout: 1000, polling: 100 },
    ).catch(() => undefined);
  }
}

/** Runs a command from the command palette, by its title. */
async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: STEP_TIMEOUT });
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: STEP_TIMEOUT });
}

/** Opens the quick-fix menu at `text` and applies the fix whose title contains `title`, with the keyboard. */
async function applyQuickFix(page: Page, text: string, title: string, shot?: () => Promise<void>): Promise<void> {
  const point = await textPoint(page, text);
  await page.mouse.click(point.x, point.y);
  await page.keyboard.press('Control+.');
  await page.locator('.action-widget .monaco-list-row', { hasText: title }).waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
  if (shot) await shot();
  // Chosen with the keyboard, as the menu's pointer guard swallows synthetic clicks.
  const focused = page.locator('.action-widget .monaco-list-row.focused');
  for (let i = 0; i < 10 && !((await focused.textContent()) ?? '').includes(title); i++) await page.keyboard.press('ArrowDown');
  assert.ok(((await focused.textContent()) ?? '').includes(title), `the menu has ${title}`);
  await page.keyboard.press('Enter');
  await page.locator('.action-widget').waitFor({ state: 'hidden', timeout: STEP_TIMEOUT });
}

describe('VS Code (code-server) with the Corroborate extension', function () {
  this.timeout(STEP_TIMEOUT * 3);
  let shots = '';
  let base = '';
  let workspace = '';
  let cleanup = () => {};
  let server: ChildProcess | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let step = 0;
  let failed = false;

  async function screenshot(name: string): Promise<void> {
    step += 1;
    await page.screenshot({ path: path.join(shots, `${String(step).padStart(2, '0')}-${name}.png`), animations: 'disabled' });
  }

  before(async function () {
    this.timeout(STEP_TIMEOUT * 4);
    need(this, `code-server ${CODE_SERVER_VERSION}`, existsSync(CODE_SERVER), 'bash test/editors/install-code-server.sh');
    const playwright = await needChromium(this);

    shots = outDir('vscode');
    ({ base, workspace, cleanup } = copyWorkspace('vscode'));
    const userData = path.join(base, 'user-data');
    const extensions = path.join(base, 'extensions');
    const env: NodeJS.ProcessEnv = {
      XDG_CONFIG_HOME: path.join(base, 'xdg', 'config'),
      XDG_DATA_HOME: path.join(base, 'xdg', 'data'),
      XDG_CACHE_HOME: path.join(base, 'xdg', 'cache'),
      XDG_STATE_HOME: path.join(base, 'xdg', 'state'),
      VSCODE_CLI_DISABLE_KEYCHAIN_ENCRYPT: '1',
      TMPDIR: path.join(base, 'tmp'), // its IPC sockets, removed with the rest
    };
    mkdirSync(env.TMPDIR!, { recursive: true });
    mkdirSync(path.join(userData, 'User'), { recursive: true });
    writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));

    // The extension as users get it: `npm run package`, then installed from the .vsix.
    const vsix = path.join(base, 'corroborate.vsix');
    const packaged = await run('npm', ['run', '--silent', 'package', '--', '--out', vsix], { timeoutMs: STEP_TIMEOUT });
    assert.equal(packaged.code, 0, `npm run package failed:\n${packaged.stdout}${packaged.stderr}`);
    const installed = await run(CODE_SERVER, ['--user-data-dir', userData, '--extensions-dir', extensions, '--install-extension', vsix], { env, timeoutMs: STEP_TIMEOUT });
    saveText(path.join(shots, 'install-extension.log'), installed.stdout + installed.stderr);
    assert.equal(installed.code, 0, `code-server --install-extension failed:\n${installed.stdout}${installed.stderr}`);
    assert.match(installed.stdout + installed.stderr, /corroborate.*successfully installed/i);

    const port = await freePort();
    server = await startCodeServer(
      [
        '--auth', 'none',
        '--bind-addr', `127.0.0.1:${port}`,
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-workspace-trust',
        '--disable-getting-started-override',
        '--user-data-dir', userData,
        '--extensions-dir', extensions,
      ],
      env,
      path.join(shots, 'code-server.log'),
    );

    browser = await playwright.chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    page = await context.newPage();
    const consoleLog: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleLog.push(message.text());
    });
    page.on('close', () => saveText(path.join(shots, 'browser-console-errors.log'), consoleLog.join('\n')));
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
    await page.locator('.monaco-workbench').waitFor({ timeout: STEP_TIMEOUT });
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') {
      failed = true;
      if (page) await page.screenshot({ path: path.join(shots, `failed-${step + 1}.png`) }).catch(() => undefined);
    }
  });

  beforeEach(function () {
    // The steps build on each other: after one fails, the rest would only repeat its error.
    if (failed) this.skip();
  });

  after(async () => {
    await page?.close().catch(() => undefined);
    await browser?.close().catch(() => undefined);
    killGroup(server?.pid);
    cleanup();
  });

  it('opens the draft and shows the squiggle and the Problems entry for the contradicted claim', async () => {
    await page.getByRole('treeitem', { name: 'draft.md' }).click({ timeout: STEP_TIMEOUT });
    await page.locator('.tabs-container .tab', { hasText: 'draft.md' }).waitFor({ timeout: STEP_TIMEOUT });
    await textPoint(page, 'The siege of Varnholt lasted 90 days');
    // The extension activates on Markdown, indexes the workspace's sources and checks the draft.
    await page.locator('.editor-instance .monaco-editor .squiggly-warning').first().waitFor({ timeout: STEP_TIMEOUT });
    // Our item, not VS Code's progress item ("Indexing 2 sources"), which can still be showing.
    await page.locator('.statusbar-item', { hasText: /2 sources · 2 statements/ }).waitFor({ timeout: STEP_TIMEOUT });
    await runCommand(page, 'Problems: Focus on Problems View');
    const rows = await waitForProblems(page, 'the contradicted claim', (r) => r.some((row) => row.includes('The source says 143 days ("The Fall of Varnholt"); the draft says 90 days.')));
    assert.ok(rows.some((row) => row.includes('This claim (4,000) has no citation.')), rows.join('\n'));
    await screenshot('squiggle-and-problems');
  });

  it('shows the source quote when hovering the value', async () => {
    const point = await textPoint(page, '90 days');
    await page.mouse.move(point.x, point.y);
    const hover = page.locator('.monaco-hover', { hasText: 'The siege of Varnholt lasted 143 days.' });
    await hover.waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
    const text = await hover.innerText();
    // What a student reads first is the verdict, not a list of file names.
    const first = text.split('\n').map((l) => l.trim()).find((l) => l.length > 0) ?? '';
    assert.match(first, /The source says 143 days|Corroborate/, `the hover opens with: ${first}`);
    assert.match(text, /The source says 143 days/); // the finding
    assert.match(text, /The Fall of Varnholt/); // the evidence: source title and quote
    await screenshot('hover-with-source-quote');
    await page.keyboard.press('Escape');
    await page.mouse.move(5, 5);
    await hover.waitFor({ state: 'hidden', timeout: STEP_TIMEOUT });
  });

  it('applies the quick fix, and the finding goes away', async () => {
    const point = await textPoint(page, '90 days');
    await page.mouse.click(point.x, point.y);
    await page.keyboard.press('Control+.');
    const fix = page.locator('.action-widget .monaco-list-row', { hasText: 'Replace with "143 days"' });
    await fix.waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
    await screenshot('quick-fix-menu');
    // Choose it with the keyboard, as the menu's pointer guard swallows synthetic clicks.
    const focused = page.locator('.action-widget .monaco-list-row.focused');
    for (let i = 0; i < 10 && !((await focused.textContent()) ?? '').includes('Replace with "143 days"'); i++) {
      await page.keyboard.press('ArrowDown');
    }
    assert.match((await focused.textContent()) ?? '', /Replace with "143 days"/);
    await page.keyboard.press('Enter');
    await page.locator('.action-widget').waitFor({ state: 'hidden', timeout: STEP_TIMEOUT });
    await page.waitForFunction(
      () => (document.querySelector('.editor-instance .monaco-editor .view-lines')?.textContent ?? '').replace(/\u00a0/g, ' ').includes('lasted 143 days'),
      undefined,
      { timeout: STEP_TIMEOUT },
    );
    assert.ok(!(await editorText(page)).includes('lasted 90 days'));
    // files.autoSave is off: the fix is in the editor, not yet on disk.
    assert.match(readFileSync(path.join(workspace, 'draft.md'), 'utf8'), /lasted 90 days/);
    const rows = await waitForProblems(page, 'no contradicted claim', (r) => r.length > 0 && !r.some((row) => row.includes('The source says 143 days')));
    assert.ok(rows.some((row) => row.includes('This claim (4,000) has no citation.')), rows.join('\n'));
    await screenshot('quick-fix-applied');
  });

  it('changes a verdict when a sentence is added to a workspace source', async () => {
    // Before: no source speaks of the bridge (a hint, shown on hover rather than in Problems).
    const point = await textPoint(page, 'nine years');
    await page.mouse.move(point.x, point.y);
    const before = page.locator('.monaco-hover', { hasText: 'No source in the corpus states this' });
    await before.waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
    await screenshot('before-source-change');
    await page.keyboard.press('Escape');
    await page.mouse.move(5, 5);
    await before.waitFor({ state: 'hidden', timeout: STEP_TIMEOUT });

    // A sentence added to the source on disk, as another program (or a colleague's sync) would.
    appendFileSync(path.join(workspace, 'sources', 'osterby.md'), '\nThe Osterby bridge took twelve years to build.\n');
    await waitForProblems(page, 'the bridge claim contradicted', (r) => r.some((row) => row.includes('The source says twelve years ("Letters from Osterby"); the draft says nine years.')));
    await page.mouse.move(point.x, point.y);
    await page.locator('.monaco-hover', { hasText: 'The Osterby bridge took twelve years to build.' }).waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
    await screenshot('after-source-change');
  });
  // A student's session goes on: dismiss a finding without touching the essay, check every draft,
  // open and close one, and mistype a source folder.
  it('dismisses a finding without editing the essay, and records it in .corroborate.json', async () => {
    // (The last step's hover covers the line.)
    await page.keyboard.press('Escape');
    await page.mouse.move(5, 5);
    await page.locator('.monaco-hover').first().waitFor({ state: 'hidden', timeout: STEP_TIMEOUT }).catch(() => undefined);
    await applyQuickFix(page, '4,000', 'Dismiss this finding', () => screenshot('dismiss-menu'));
    await waitForProblems(page, 'the dismissed finding gone', (r) => !r.some((row) => row.includes('This claim (4,000) has no citation.')));
    assert.match(await editorText(page), /numbered 4,000 men/, 'the essay is as it was');
    const config = JSON.parse(readFileSync(path.join(workspace, '.corroborate.json'), 'utf8')) as { dismissed?: Array<{ code: string; value: string }> };
    assert.deepEqual(config.dismissed?.map((d) => [d.code, d.value]), [['needs-citation', '4,000']]);
    await screenshot('dismissed');
  });

  it('checks every draft, and their results stay when one is opened and closed', async () => {
    writeFileSync(path.join(workspace, 'second.md'), '# More on Varnholt\n\nThe siege of Varnholt lasted 80 days ("The Fall of Varnholt").\n');
    await runCommand(page, 'Corroborate: Check All Markdown Files in the Workspace');
    const second = (r: string[]) => r.some((row) => row.includes('the draft says 80 days'));
    await waitForProblems(page, 'the other draft checked', second);
    await screenshot('check-all');
    // Opened (Quick Open) and closed again, as a student looks at a draft and moves on.
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
    await input.fill('second.md');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'second.md' }).first().waitFor({ timeout: STEP_TIMEOUT });
    await page.keyboard.press('Enter');
    await page.locator('.tabs-container .tab.active', { hasText: 'second.md' }).waitFor({ timeout: STEP_TIMEOUT });
    await textPoint(page, 'lasted 80 days');
    // (The tab's own close button: the command palette's `Close Editor` may act on another editor.)
    await page.locator('.tabs-container .tab.active', { hasText: 'second.md' }).hover();
    await page.locator('.tabs-container .tab.active .tab-actions .action-label').first().click();
    await page.locator('.tabs-container .tab', { hasText: 'second.md' }).waitFor({ state: 'hidden', timeout: STEP_TIMEOUT });
    // (Given the server a moment to clear what it would wrongly clear.)
    await page.waitForTimeout(1500);
    await waitForProblems(page, 'the closed draft still listed', second);
    await screenshot('results-stay');
  });

  it('shows a warning when a source folder is mistyped', async () => {
    writeFileSync(path.join(workspace, '.vscode', 'settings.json'), JSON.stringify({ 'corroborate.sources': ['sourcez'], 'corroborate.includeBundledCorpus': false }, null, 2));
    const toast = page.locator('.notifications-toasts .notification-toast', { hasText: 'sourcez' });
    await toast.waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
    assert.match(await toast.innerText(), /does not exist/);
    await page.locator('.statusbar-item', { hasText: /0 sources/ }).waitFor({ timeout: STEP_TIMEOUT });
    await screenshot('mistyped-source-folder');
  });
});
