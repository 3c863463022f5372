// `corroborate check`, run as a user runs it: the real bin, in a child process, on files made here.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const bin = path.join(root, 'bin', 'corroborate.js');

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const SOURCE = 'The Brannock Chronicle\nThe siege of Karsk lasted 140 days. The Treaty of Orlen was signed on 3 May 1611.\n';

describe('corroborate check', function () {
  this.timeout(30000);
  let dir: string;
  let corpus: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'corroborate-cli-'));
    corpus = path.join(dir, 'sources');
    mkdirSync(corpus);
    writeFileSync(path.join(corpus, 'brannock.txt'), SOURCE);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, text: string | Buffer) => {
    const file = path.join(dir, name);
    writeFileSync(file, text);
    return name;
  };

  it('prints findings as text like ESLint, with a summary, and exits 1', () => {
    const draft = write('draft.md', '# Karsk\n\nThe siege of Karsk lasted 200 days (Brannock).\n');
    const { code, stdout } = run(['check', '--corpus', 'sources', draft], dir);
    assert.equal(code, 1);
    assert.match(stdout, /^ {2}draft\.md:3:27 {2}warning {2}The source says 140 days \("The Brannock Chronicle"\); the draft says 200 days\. {2}contradicted$/m);
    assert.match(stdout, /1 finding \(1 warning\) in 1 file/);
  });

  it('exits 0 when there is nothing to report', () => {
    const draft = write('draft.md', 'The siege of Karsk lasted 140 days (Brannock).\n');
    const { code, stdout } = run(['check', '--corpus', 'sources', draft], dir);
    assert.equal(code, 0, stdout);
  });

  it('prints the contract’s JSON: LSP diagnostics, 0-based, UTF-16', () => {
    const draft = write('draft.md', '😀 The siege of Karsk lasted 200 days.\r\nMore.\n');
    const { code, stdout } = run(['check', '--format', 'json', '--corpus', 'sources', '--', draft], dir);
    assert.equal(code, 1);
    const [result] = JSON.parse(stdout) as Array<{ file: string; diagnostics: Array<Record<string, any>> }>;
    assert.equal(result!.file, 'draft.md');
    const contradicted = result!.diagnostics.find((d) => d.code === 'contradicted')!;
    // The emoji is two UTF-16 code units: `200 days` starts at character 29.
    assert.deepEqual(contradicted.range, { start: { line: 0, character: 29 }, end: { line: 0, character: 37 } });
    assert.equal(contradicted.severity, 2);
    assert.equal(contradicted.source, 'corroborate');
    assert.equal(contradicted.relatedInformation[0].location.uri, `file://${path.join(corpus, 'brannock.txt')}`);
    assert.deepEqual(contradicted.relatedInformation[0].location.range.start, { line: 1, character: 0 });
    assert.deepEqual(contradicted.data.sources.map((s: { value: string }) => s.value), ['140 days']);
    assert.ok(result!.diagnostics.some((d) => d.code === 'needs-citation' && d.severity === 2));
  });

  it('carries in its JSON the nearest statement a claim no source states was not, and why', () => {
    const draft = write('draft.md', 'The siege of Tull lasted 90 days.\n');
    const [result] = JSON.parse(run(['check', '--format', 'json', '--corpus', 'sources', draft], dir).stdout) as Array<{ diagnostics: Array<Record<string, any>> }>;
    const unknown = result!.diagnostics.find((d) => d.code === 'not-in-sources')!;
    assert.equal(unknown.data.frame, 'how long the siege of Tull lasted');
    assert.equal(unknown.data.closest.sentence, 'The siege of Karsk lasted 140 days.');
    assert.match(unknown.data.closest.because, /a different siege/);
  });

  it('prints SARIF 2.1.0', () => {
    const draft = write('draft.md', 'The siege of Karsk lasted 200 days (Brannock).\n');
    const { stdout } = run(['check', '--format', 'sarif', '--corpus', 'sources', draft], dir);
    const sarif = JSON.parse(stdout);
    assert.equal(sarif.version, '2.1.0');
    assert.equal(sarif.runs[0].results[0].ruleId, 'contradicted');
    assert.deepEqual(sarif.runs[0].results[0].locations[0].physicalLocation.region, { startLine: 1, startColumn: 27, endLine: 1, endColumn: 35 });
  });

  it('reads sources and severities from .corroborate.json; the command line wins', () => {
    writeFileSync(path.join(dir, '.corroborate.json'), JSON.stringify({
      sources: ['sources'], includeBundledCorpus: false, severity: { 'needs-citation': 'off', contradicted: 'error' },
    }));
    const draft = write('draft.md', 'The siege of Karsk lasted 200 days.\n');
    const json = JSON.parse(run(['check', '--format', 'json', draft], dir).stdout);
    assert.deepEqual(json[0].diagnostics.map((d: { code: string; severity: number }) => [d.code, d.severity]), [['contradicted', 1]]);
    mkdirSync(path.join(dir, 'other'));
    writeFileSync(path.join(dir, 'other', 'other.txt'), 'Other\nThe siege of Karsk lasted 200 days.\n');
    const overridden = JSON.parse(run(['check', '--format', 'json', '--corpus', 'other', draft], dir).stdout);
    assert.deepEqual(overridden[0].diagnostics, []);
  });

  it('reads a .corroborate.json that holds comments and trailing commas (JSONC); a broken one is named', () => {
    writeFileSync(path.join(dir, '.corroborate.json'), [
      '// Our class sources',
      '{',
      '  "sources": ["sources"], /* the folder beside this file */',
      '  "includeBundledCorpus": false,',
      '  "severity": { "needs-citation": "off", "contradicted": "error", },',
      '}',
    ].join('\n'));
    const draft = write('draft.md', 'The siege of Karsk lasted 200 days.\n');
    const { stdout, stderr } = run(['check', '--format', 'json', draft], dir);
    assert.equal(stderr, '');
    assert.deepEqual(JSON.parse(stdout)[0].diagnostics.map((d: { code: string; severity: number }) => [d.code, d.severity]), [['contradicted', 1]]);
    writeFileSync(path.join(dir, '.corroborate.json'), '{\n  "sources": ["sources"]\n  "includeBundledCorpus": false\n}\n');
    const broken = run(['check', '--corpus', 'sources', draft], dir);
    assert.match(broken.stderr, /\.corroborate\.json: cannot be read as JSON \(CommaExpected at line 3, column 3\); using the defaults/);
    assert.match(broken.stdout, /draft\.md:1:27/, 'the draft is still checked');
  });

  it('a bad setting falls back to its default with a warning that names it', () => {
    writeFileSync(path.join(dir, '.corroborate.json'), JSON.stringify({ sources: ['sources'], includeBundledCorpus: 'no', severity: { contradicted: 'loud' } }));
    const draft = write('draft.md', 'The siege of Karsk lasted 140 days (Brannock).\n');
    const { stderr } = run(['check', draft], dir);
    assert.match(stderr, /corroborate\.includeBundledCorpus must be true or false/);
    assert.match(stderr, /corroborate\.severity\.contradicted must be error, warning, information, hint or off/);
  });

  it('reports each bad file in one line and still checks the others', () => {
    const good = write('good.md', 'The siege of Karsk lasted 200 days.\n');
    write('empty.md', '');
    write('binary.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    write('latin1.md', Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]));
    mkdirSync(path.join(dir, 'folder.md'));
    const { code, stdout, stderr } = run(['check', '--corpus', 'sources', 'missing.md', 'empty.md', 'binary.md', 'latin1.md', 'folder.md', good], dir);
    assert.equal(code, 1);
    assert.match(stdout, /good\.md:1:27/);
    const lines = stderr.trim().split('\n');
    assert.deepEqual(lines, [
      'corroborate: missing.md: no such file; skipped',
      'corroborate: empty.md: is empty; skipped',
      'corroborate: binary.md: looks like a binary file; skipped',
      'corroborate: latin1.md: is not UTF-8 text; skipped',
      // A folder is checked for the Markdown files below it (issue 12): this one holds none.
      'corroborate: folder.md: holds no Markdown file (.md, .markdown, .mdown, .mkd); skipped',
    ]);
  });

  it('never blocks on a fifo or a device named as a draft', () => {
    spawnSync('mkfifo', [path.join(dir, 'pipe.md')]);
    symlinkSync('/dev/zero', path.join(dir, 'zero.md'));
    const good = write('good.md', 'The siege of Karsk lasted 200 days.\n');
    const { code, stderr } = run(['check', '--corpus', 'sources', 'pipe.md', 'zero.md', good], dir);
    assert.equal(code, 1);
    assert.match(stderr, /pipe\.md: is not a regular file; skipped/);
    assert.match(stderr, /zero\.md: is not a regular file; skipped/);
  });

  it('exits 2 when nothing could be checked, or on a usage error', () => {
    const nothing = run(['check', '--corpus', 'sources', 'missing.md'], dir);
    assert.equal(nothing.code, 2);
    assert.equal(nothing.stdout, '', 'no "✓ 0 findings" when nothing was checked');
    assert.match(nothing.stderr, /nothing could be checked/);
    const draft = write('draft.md', 'The siege of Karsk lasted 200 days (Brannock).\n');
    for (const command of ['check', 'explain']) {
      const mistyped = run([command, '--corpus', 'sources', '--corpus', 'nowhere', draft], dir);
      assert.equal(mistyped.code, 2, command);
      assert.equal(mistyped.stderr, 'corroborate: --corpus nowhere: no such file or folder\n', command);
    }
    const usage = run(['check', '--format', 'xml', 'a.md'], dir);
    assert.equal(usage.code, 2);
    assert.equal(usage.stderr, 'corroborate: --format must be text, json or sarif, not "xml"\n');
    assert.equal(run(['check'], dir).code, 2);
    assert.equal(run(['lint', 'a.md'], dir).code, 2);
  });

  it('skips unreadable sources with a warning and uses the rest', () => {
    write('sources/blob.txt', Buffer.from([0, 1, 2, 3]));
    write('sources/empty.txt', '');
    symlinkSync(corpus, path.join(corpus, 'loop'));
    const draft = write('draft.md', 'The siege of Karsk lasted 200 days (Brannock).\n');
    const { code, stderr } = run(['check', '--corpus', 'sources', draft], dir);
    assert.equal(code, 1);
    assert.match(stderr, /blob\.txt: skipped, it looks like a binary file/);
    assert.match(stderr, /empty\.txt: skipped, the file is empty/);
  });

  it('checks with the bundled corpus by default', () => {
    const draft = write('draft.md', 'The Battle of Stalingrad lasted eight months.\n');
    const json = JSON.parse(run(['check', '--format', 'json', draft], dir).stdout);
    // Which value the bundled sources give is theirs to say; that they are consulted is ours.
    const contradicted = json[0].diagnostics.find((d: { code: string }) => d.code === 'contradicted');
    assert.ok(contradicted, 'the bundled corpus addresses the length of that battle');
    assert.ok(contradicted.relatedInformation.every((r: { location: { uri: string } }) => r.location.uri.includes('/corpus/')));
  });
});
