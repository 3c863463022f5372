// The bundled VS Code extension, activated against a stand-in for the `vscode` API: it must start the
// bundled server over node IPC, show the index in the status bar, list the sources, and bring the
// findings of an opened Markdown draft, and of one checked while closed, into the diagnostics
// collections (the Problems panel). vscode-languageclient pulls them (LSP 3.17), as in VS Code.
import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createFakeVscode, loadBundledExtension, type BundledExtension, type Diagnostic } from './fakeVscode.js';
import { ROOT, tempTree } from './lspClient.js';

function waitFor<T>(check: () => T | undefined, what: string, subscribe: (wake: () => void) => { dispose(): void }, timeoutMs = 15_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const first = check();
    if (first !== undefined) return resolve(first);
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out waiting for ${what}`));
    }, timeoutMs);
    const subscription = subscribe(() => {
      const value = check();
      if (value === undefined) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(value);
    });
  });
}

function codesOf(diagnostics: Diagnostic[]): unknown[] {
  return diagnostics.map((d) => (typeof d.code === 'object' && d.code ? (d.code as { value: unknown }).value : d.code)).sort();
}

describe('the VS Code extension bundle', function () {
  this.timeout(60_000);

  it('activates, starts the bundled server over IPC, and shows findings, status and sources', async () => {
    const script = pathToFileURL(path.join(ROOT, 'scripts', 'bundle.mjs')).href;
    const { bundle } = (await import(script)) as { bundle: (o: { production: boolean }) => Promise<string[]> };
    await bundle({ production: true });

    const tree = tempTree({
      'sources/quill.md': '# The Fall of Varnholt\n\nThe siege of Varnholt lasted 143 days.\n',
      'drafts/closed.md': 'The siege of Varnholt lasted 143 days.\n',
    });
    const closed = path.join(tree.dir, 'drafts', 'closed.md');
    const fake = createFakeVscode({ workspaceFolder: tree.dir, settings: { sources: ['sources'], includeBundledCorpus: false, debounceMs: 0 }, files: [closed] });
    let extension: BundledExtension | undefined;
    let restore = () => {};
    try {
      ({ extension, restore } = loadBundledExtension(ROOT, fake.vscode));
      const context = { subscriptions: [] as Array<{ dispose(): unknown }>, asAbsolutePath: (p: string) => path.join(ROOT, p), extensionPath: ROOT };
      await extension!.activate(context);

      // The status bar tells the index once the server has built it.
      await waitFor(
        () => (/1 source · 1 statement/.test(fake.statusItem.text) ? true : undefined),
        'the status bar to show the index',
        (wake) => fake.statusChanged.event(wake),
      );
      assert.ok(fake.statusItem.visible);
      assert.equal(fake.statusItem.command, 'corroborate.showSources');
      assert.deepEqual([...fake.commands.keys()].filter((k) => k.startsWith('corroborate.')).sort(), [
        'corroborate.addSourcesFolder', 'corroborate.checkWorkspace', 'corroborate.dismissFinding', 'corroborate.openSample', 'corroborate.reindex', 'corroborate.showDismissed', 'corroborate.showOutput', 'corroborate.showSources',
      ]);

      // Made before the draft is opened, so before anything could have been pushed: the pull collection.
      const madeBeforeOpening = fake.collectionsMade();
      const draft = path.join(tree.dir, 'essay.md');
      fake.openDocument(draft, 'The siege of Varnholt lasted 90 days.\n');
      const uri = pathToFileURL(draft).href;
      const found = await waitFor(
        () => fake.diagnostics.get(uri)?.length ? fake.diagnostics.get(uri) : undefined,
        'diagnostics for the draft',
        (wake) => fake.diagnosticsChanged.event(wake),
      );
      assert.deepEqual(codesOf(found), ['contradicted', 'needs-citation']);
      assert.ok(fake.diagnosticsFrom.get(uri)! <= madeBeforeOpening, 'pulled, not pushed');

      // Checked while closed: the findings come with the client's workspace pull, and stay.
      await fake.commands.get('corroborate.checkWorkspace')!();
      const closedUri = pathToFileURL(closed).href;
      const checked = await waitFor(
        () => fake.diagnostics.get(closedUri)?.length ? fake.diagnostics.get(closedUri) : undefined,
        'diagnostics for the closed draft',
        (wake) => fake.diagnosticsChanged.event(wake),
      );
      assert.deepEqual(codesOf(checked), ['needs-citation']);
      assert.ok(fake.diagnosticsFrom.get(closedUri)! <= madeBeforeOpening, 'pulled, not pushed');

      await fake.commands.get('corroborate.showSources')!();
      const items = fake.quickPicks[0] as Array<{ label: string }>;
      assert.deepEqual(items.map((i) => i.label), ['The Fall of Varnholt']);
    } finally {
      await extension?.deactivate();
      restore();
      tree.cleanup();
    }
  });
});
