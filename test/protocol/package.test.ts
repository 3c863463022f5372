// `npm run package`: the .vsix holds the bundled client and server and the corpus, in the layout VS
// Code installs; the bundled server runs from there and finds the corpus inside the extension.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import zlib from 'node:zlib';
import { ROOT, TestClient, tempTree } from './lspClient.js';
import { linesAt, writePdf } from '../../bench/pdfWriter.js';

/** Reads a zip's central directory: every entry's name and uncompressed bytes. */
function readZip(buffer: Buffer): Map<string, Buffer> {
  const end = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(end >= 0, 'an end of central directory record');
  const count = buffer.readUInt16LE(end + 10);
  let at = buffer.readUInt32LE(end + 16);
  const out = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    assert.equal(buffer.readUInt32LE(at), 0x02014b50);
    const method = buffer.readUInt16LE(at + 10);
    const crc = buffer.readUInt32LE(at + 16);
    const compressed = buffer.readUInt32LE(at + 20);
    const size = buffer.readUInt32LE(at + 24);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extra = buffer.readUInt16LE(at + 30);
    const comment = buffer.readUInt16LE(at + 32);
    const local = buffer.readUInt32LE(at + 42);
    const name = buffer.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    assert.equal(buffer.readUInt32LE(local), 0x04034b50);
    const dataStart = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const raw = buffer.subarray(dataStart, dataStart + compressed);
    const data = method === 8 ? zlib.inflateRawSync(raw) : Buffer.from(raw);
    assert.equal(data.length, size, `${name}: size`);
    assert.equal(zlib.crc32(data) >>> 0, crc, `${name}: crc`);
    out.set(name, data);
    at += 46 + nameLength + extra + comment;
  }
  return out;
}

describe('the VS Code package', function () {
  this.timeout(60_000);
  let tree: ReturnType<typeof tempTree>;
  let entries: Map<string, Buffer>;

  before(async () => {
    tree = tempTree({});
    const script = pathToFileURL(path.join(ROOT, 'scripts', 'package-vsix.mjs')).href;
    const { packageVsix } = (await import(script)) as { packageVsix: (o: { out: string }) => Promise<{ file: string }> };
    const { file } = await packageVsix({ out: path.join(tree.dir, 'corroborate.vsix') });
    entries = readZip(readFileSync(file));
  });

  after(() => tree.cleanup());

  it('holds the manifest, the bundles and the corpus', () => {
    for (const name of ['[Content_Types].xml', 'extension.vsixmanifest', 'extension/package.json', 'extension/dist/extension.js', 'extension/dist/server.js', 'extension/dist/readers.js', 'extension/corpus/manifest.json', 'extension/docs/findings.md']) {
      assert.ok(entries.has(name), `${name} in ${[...entries.keys()].join(', ')}`);
    }
    assert.ok(![...entries.keys()].some((n) => n.includes('node_modules') || n.startsWith('extension/out/') || n.endsWith('.ts')));
    const manifest = JSON.parse(entries.get('extension/package.json')!.toString('utf8')) as Record<string, unknown> & {
      main: string;
      contributes: { configuration: { properties: Record<string, { default?: unknown }> }; commands: Array<{ command: string }> };
      activationEvents: string[];
      capabilities: { untrustedWorkspaces: { supported: unknown } };
    };
    assert.equal(manifest.main, './dist/extension.js');
    assert.equal(manifest.type, undefined, 'no "type": "module" in the package VS Code loads');
    assert.equal(manifest.dependencies, undefined);
    assert.deepEqual(manifest.activationEvents, ['onLanguage:markdown']);
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
    const props = manifest.contributes.configuration.properties;
    for (const key of ['sources', 'includeBundledCorpus', 'debounceMs', 'severity', 'citationStyle', 'maxFileBytes', 'relatedInformation', 'trace.server']) {
      assert.ok(props[`corroborate.${key}`], `corroborate.${key} is contributed`);
    }
    assert.equal(props['corroborate.debounceMs']!.default, 200);
    assert.deepEqual(manifest.contributes.commands.map((c) => c.command).sort(), [
      'corroborate.addSourcesFolder', 'corroborate.checkWorkspace', 'corroborate.openSample', 'corroborate.reindex', 'corroborate.showDismissed', 'corroborate.showOutput', 'corroborate.showSources',
    ]);
    const vsixManifest = entries.get('extension.vsixmanifest')!.toString('utf8');
    assert.match(vsixManifest, /<Identity Language="en-US" Id="corroborate" Version="\d+\.\d+\.\d+" Publisher="corroborate" \/>/);
    assert.match(vsixManifest, /Microsoft\.VisualStudio\.Code\.Engine" Value="\^1\.91\.0"/);
  });

  it('is a real extension page: the user README, icon, changelog, licence and links', () => {
    const readme = entries.get('extension/readme.md')!.toString('utf8');
    const developerReadme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    assert.notEqual(readme, developerReadme);
    assert.match(readme, /^# Corroborate for VS Code/);
    for (const heading of ['Add your own sources', 'What each finding means', 'Privacy']) assert.match(readme, new RegExp(`^## ${heading}$`, 'm'));
    assert.match(readme, /Nothing leaves your computer/);
    for (const code of ['contradicted', 'sources-disagree', 'needs-citation', 'not-in-sources', 'citation-mismatch']) assert.match(readme, new RegExp(`\\| \`${code}\` \\|`));
    // Every relative link and image of the page resolves inside the package (the screenshots too).
    const targets = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!).filter((t) => !/^([a-z]+:|#)/i.test(t));
    assert.ok(targets.includes('docs/images/finding.png') && targets.includes('docs/images/hover.png'), targets.join(', '));
    for (const target of targets) assert.ok(entries.has(`extension/${target.split('#')[0]}`), `${target} is in the package`);

    const icon = entries.get('extension/images/icon.png')!;
    assert.deepEqual([...icon.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG');
    assert.deepEqual([icon.readUInt32BE(16), icon.readUInt32BE(20)], [128, 128], '128x128');
    assert.match(entries.get('extension/LICENSE.txt')!.toString('utf8'), /^MIT License\n\nCopyright \(c\) \d{4} The Corroborate authors\n/);
    assert.match(entries.get('extension/changelog.md')!.toString('utf8'), /^# Changelog\n[\s\S]*^## 0\.1\.0/m);

    const manifest = JSON.parse(entries.get('extension/package.json')!.toString('utf8')) as Record<string, any>;
    assert.equal(manifest.icon, 'images/icon.png');
    assert.match(manifest.repository.url, /corroborate/);
    assert.match(manifest.bugs.url, /corroborate/);
    assert.match(manifest.homepage, /corroborate/);
    const vsixManifest = entries.get('extension.vsixmanifest')!.toString('utf8');
    assert.match(vsixManifest, /<Icon>extension\/images\/icon\.png<\/Icon>/);
    for (const [type, file] of [['Content.Details', 'readme.md'], ['Content.Changelog', 'changelog.md'], ['Content.License', 'LICENSE.txt'], ['Icons.Default', 'images/icon.png']]) {
      assert.match(vsixManifest, new RegExp(`Type="Microsoft\\.VisualStudio\\.Services\\.${type.replace('.', '\\.')}" Path="extension/${file.replace('.', '\\.')}"`));
    }
    assert.match(vsixManifest, /Links\.Source" Value="[^"]+"/);
  });

  it('holds the .corroborate.json schema, the walkthrough with its pages, and the sample it opens', () => {
    const manifest = JSON.parse(entries.get('extension/package.json')!.toString('utf8')) as Record<string, any>;
    const [validation] = manifest.contributes.jsonValidation as Array<{ fileMatch: string; url: string }>;
    assert.equal(validation!.fileMatch, '.corroborate.json');
    const schema = JSON.parse(entries.get(`extension/${validation!.url.replace(/^\.\//, '')}`)!.toString('utf8'));
    assert.ok(schema.properties.severity && schema.properties.sources);

    const [walkthrough] = manifest.contributes.walkthroughs as Array<{ id: string; title: string; steps: Array<Record<string, any>> }>;
    assert.ok(walkthrough && walkthrough.title.length > 0);
    const contributed = new Set((manifest.contributes.commands as Array<{ command: string }>).map((c) => c.command));
    const buttons = walkthrough!.steps.flatMap((step) => [...String(step.description).matchAll(/\]\(command:([\w.]+)/g)].map((m) => m[1]!));
    // Adds a sources folder, and checks a sample: each with a button that runs our command.
    assert.ok(buttons.includes('corroborate.addSourcesFolder') && buttons.includes('corroborate.openSample'), buttons.join(', '));
    for (const command of buttons.filter((c) => c.startsWith('corroborate.'))) assert.ok(contributed.has(command), `${command} is contributed`);
    for (const step of walkthrough!.steps) {
      assert.ok(step.id && step.title && step.description, JSON.stringify(step));
      assert.ok(entries.has(`extension/${step.media.markdown}`), `${step.media.markdown} is in the package`);
      for (const event of step.completionEvents ?? []) assert.match(event, /^(onCommand:|onSettingChanged:)/);
    }
    assert.ok([...entries.keys()].some((n) => /^extension\/examples\/[^/]+\.md$/.test(n)), 'a sample draft for corroborate.openSample');
  });

  it('runs the bundled server from the installed layout, with the corpus inside the extension', async () => {
    const installed = path.join(tree.dir, 'installed');
    for (const [name, data] of entries) {
      if (!name.startsWith('extension/')) continue;
      const file = path.join(installed, name);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, data);
    }
    const client = await TestClient.start({ command: [process.execPath, path.join(installed, 'extension', 'dist', 'server.js'), '--stdio'], settings: { debounceMs: 0 } });
    try {
      const status = await client.ready();
      assert.ok((status as { sources: number }).sources >= 1);
      const sources = await client.request<Array<{ uri: string }>>('corroborate/sources', null);
      assert.ok(sources.every((s) => s.uri.startsWith(pathToFileURL(path.join(installed, 'extension', 'corpus')).href)), JSON.stringify(sources));
      const uri = 'untitled:Untitled-1';
      await client.open(uri, 'Nothing to check here.\n');
      assert.deepEqual(await client.diagnosticsFor(uri, { version: 1 }), []);
    } finally {
      await client.stop();
    }
  });

  it('reads a PDF source with the bundled server (its readers bundled apart), and points at its page', async () => {
    const installed = path.join(tree.dir, 'installed-pdf');
    for (const [name, data] of entries) {
      if (!name.startsWith('extension/')) continue;
      mkdirSync(path.dirname(path.join(installed, name)), { recursive: true });
      writeFileSync(path.join(installed, name), data);
    }
    const folder = path.join(tree.dir, 'pdf-workspace');
    mkdirSync(path.join(folder, 'sources'), { recursive: true });
    const pdf = writePdf({ pages: [{ texts: linesAt(['A made-up preface.']) }, { texts: linesAt(['The siege of Brellin lasted 199 days.']) }], labels: [{ from: 0, style: 'D', start: 7 }], info: { title: 'Annals of Brellin' } });
    writeFileSync(path.join(folder, 'sources', 'annals.pdf'), pdf);
    const client = await TestClient.start({
      command: [process.execPath, path.join(installed, 'extension', 'dist', 'server.js'), '--stdio'],
      settings: { debounceMs: 0, sources: ['sources'], includeBundledCorpus: false, relatedInformation: true },
      workspaceFolders: [folder],
    });
    try {
      await client.ready();
      const uri = pathToFileURL(path.join(folder, 'draft.md')).href;
      await client.open(uri, 'The siege of Brellin lasted 150 days.\n');
      const diagnostics = (await client.diagnosticsFor(uri, { version: 1 })) as Array<{ code: string; relatedInformation?: Array<{ location: { uri: string }; message: string }> }>;
      const contradicted = diagnostics.find((d) => d.code === 'contradicted');
      assert.ok(contradicted, JSON.stringify(diagnostics));
      assert.equal(contradicted.relatedInformation?.[0]?.location.uri, `${pathToFileURL(path.join(folder, 'sources', 'annals.pdf')).href}#page=2`);
      assert.match(contradicted.relatedInformation?.[0]?.message ?? '', /^Annals of Brellin \(p\. 8\) says 199 days/);
    } finally {
      await client.stop();
    }
  });

  it('loads the bundled extension with require(), as VS Code does, inside this ESM package', () => {
    const require = createRequire(path.join(ROOT, 'package.json'));
    const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
    const original = loader._load;
    // Enough of `vscode` for the modules to load: every name is a class, every value another stub.
    const stub = (): unknown => new Proxy(function () {}, {
      get: (_target, key) => (key === 'then' ? undefined : key === Symbol.toPrimitive ? () => '' : stub()),
      construct: () => stub() as object,
      apply: () => stub(),
    });
    const vscode = stub();
    loader._load = function (request: string, ...rest: unknown[]) {
      if (request === 'vscode') return vscode;
      return original.call(this, request, ...rest);
    };
    try {
      const extension = require(path.join(ROOT, 'dist', 'extension.js')) as { activate?: unknown; deactivate?: unknown };
      assert.equal(typeof extension.activate, 'function');
      assert.equal(typeof extension.deactivate, 'function');
    } finally {
      loader._load = original;
    }
  });
});
