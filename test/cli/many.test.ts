// `corroborate check` as a teacher runs it on a class's drafts (issue 12): folders, quoted globs and
// standard input, ignore patterns, --output, --quiet, and exit statuses set by --fail-on and
// --max-warnings as ESLint's and Vale's are. The real bin, in a child process, on files made here.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as Sarif from 'sarif';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const bin = path.join(root, 'bin', 'corroborate.js');
const require = createRequire(import.meta.url);

function run(args: string[], cwd: string, input?: string) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface JsonDiagnostic {
  code: string;
  severity: number;
  message: string;
  range: { start: { line: number; character: number } };
}
type JsonResult = Array<{ file: string; diagnostics: JsonDiagnostic[] }>;

const CHRONICLE = 'The Brannock Chronicle\nThe siege of Karsk lasted 140 days. The Treaty of Orlen was signed on 3 May 1611.\n';
const ANNALS = 'The Annals of Orlen\nThe siege of Karsk lasted 150 days.\n';

/** A class: four drafts, one in a folder of late work, one hidden, one in node_modules; and sources. */
const DRAFTS: Record<string, string> = {
  'submissions/ana.md': '# Ana\n\nThe siege of Karsk lasted 200 days (Brannock).\n',
  'submissions/ben.md': '# Ben\n\nThe siege of Karsk lasted 140 days (Brannock). The treaty was signed in 1612.\n',
  'submissions/cleo.md': '# Cleo\n\nThe siege of Tull lasted 90 days (Smith).\n',
  'submissions/late/dan.md': '# Dan\n\nThe siege of Karsk lasted 90 days.\n',
};

describe('corroborate check on a class (issue 12)', function () {
  this.timeout(60000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'corroborate-class-'));
    for (const [name, text] of Object.entries({
      ...DRAFTS,
      'submissions/.drafts/ana-old.md': 'The siege of Karsk lasted 300 days.\n',
      'submissions/node_modules/x/readme.md': 'The siege of Karsk lasted 400 days.\n',
      'submissions/notes.txt': 'The siege of Karsk lasted 500 days.\n',
      'sources/brannock.txt': CHRONICLE,
      'sources/annals.md': ANNALS,
    })) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), text);
    }
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const json = (args: string[], input?: string): JsonResult => {
    const { stdout, stderr } = run(['check', '--format', 'json', '--corpus', 'sources', ...args], dir, input);
    assert.ok(stdout.startsWith('['), stderr);
    return JSON.parse(stdout) as JsonResult;
  };
  const named = Object.keys(DRAFTS);

  it('a folder, a quoted glob and standard input give the same findings as naming the files', () => {
    const byName = json(named);
    assert.deepEqual(byName.map((r) => r.file), named);
    assert.ok(byName.every((r) => r.diagnostics.length > 0), 'every draft of this class has a finding');
    // A folder: its Markdown files below it, in name order, but for hidden folders and node_modules.
    assert.deepEqual(json(['submissions']), byName);
    assert.deepEqual(json(['submissions/']), byName);
    // A glob as the shell leaves it when quoted: `**` any depth.
    assert.deepEqual(json(['submissions/**/*.md']), byName);
    assert.deepEqual(json(['submissions/*.md']), byName.slice(0, 3));
    // Standard input, named for messages by --stdin-filename.
    const ana = readFileSync(path.join(dir, 'submissions/ana.md'), 'utf8');
    assert.deepEqual(json(['--stdin-filename', 'submissions/ana.md', '-'], ana), byName.slice(0, 1));
    const anonymous = json(['-'], ana);
    assert.equal(anonymous[0]!.file, '<stdin>');
    assert.deepEqual(anonymous[0]!.diagnostics, byName[0]!.diagnostics);
    // A draft named twice (by itself and by its folder) is checked once, where first named.
    assert.deepEqual(json(['submissions/late/dan.md', 'submissions']).map((r) => r.file), ['submissions/late/dan.md', ...named.slice(0, 3)]);
  });

  it('a folder that holds the sources does not check them as drafts', () => {
    const all = json(['.']);
    assert.deepEqual(all.map((r) => r.file), named);
  });

  it('reads .corroborate.json for standard input from --stdin-filename’s folder', () => {
    writeFileSync(path.join(dir, 'submissions/late/.corroborate.json'), JSON.stringify({ severity: { 'needs-citation': 'off' } }));
    const text = DRAFTS['submissions/late/dan.md']!;
    const codes = (r: JsonResult) => r[0]!.diagnostics.map((d) => d.code);
    assert.deepEqual(codes(json(['--stdin-filename', 'submissions/late/dan.md', '-'], text)), ['contradicted']);
    assert.deepEqual(codes(json(['-'], text)), ['contradicted', 'needs-citation']);
  });

  it('leaves out drafts that --ignore or .corroborate.json’s ignore list match', () => {
    assert.deepEqual(json(['submissions', '--ignore', 'late/']).map((r) => r.file), named.slice(0, 3));
    assert.deepEqual(json(['submissions', '--ignore', 'submissions/b*.md', '--ignore', 'cleo.md']).map((r) => r.file), [named[0], named[3]]);
    writeFileSync(path.join(dir, 'submissions/.corroborate.json'), JSON.stringify({ sources: ['../sources'], includeBundledCorpus: false, ignore: ['late', 'ben.md'] }));
    const { code, stdout, stderr } = run(['check', '--format', 'json', 'submissions', 'submissions/ben.md'], dir);
    assert.equal(code, 1);
    assert.deepEqual((JSON.parse(stdout) as JsonResult).map((r) => r.file), ['submissions/ana.md', 'submissions/cleo.md']);
    // Named on the command line and ignored all the same: said, as ESLint does.
    assert.equal(stderr, 'corroborate: submissions/ben.md: left out by the ignore list of submissions/.corroborate.json; skipped\n');
    const none = run(['check', '--corpus', 'sources', 'submissions/late', '--ignore', '*.md'], dir);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /nothing could be checked \(every draft given is ignored\)/);
  });

  it('reads sources named by a glob in .corroborate.json, and does not check them as drafts', () => {
    writeFileSync(path.join(dir, '.corroborate.json'), JSON.stringify({ sources: ['sources/*.txt'], includeBundledCorpus: false }));
    const { stdout, stderr } = run(['check', '--format', 'json', '.'], dir);
    const result = JSON.parse(stdout) as JsonResult;
    assert.equal(stderr, '');
    // sources/annals.md is a draft here: the glob names only the .txt source.
    assert.deepEqual(result.map((r) => r.file), ['sources/annals.md', ...named]);
    const ana = result.find((r) => r.file === 'submissions/ana.md')!;
    assert.match(ana.diagnostics.find((d) => d.code === 'contradicted')!.message, /The source says 140 days \("The Brannock Chronicle"\)/);
  });

  it('says which arguments gave nothing to check, and checks the rest', () => {
    mkdirSync(path.join(dir, 'empty'));
    const { code, stdout, stderr } = run(['check', '--corpus', 'sources', 'missing.md', 'nowhere/*.md', 'empty', 'submissions/ana.md'], dir);
    assert.equal(code, 1);
    assert.match(stdout, /submissions\/ana\.md:3:27/);
    assert.deepEqual(stderr.trim().split('\n'), [
      'corroborate: missing.md: no such file; skipped',
      'corroborate: nowhere/*.md: no file matches this pattern; skipped',
      'corroborate: empty: holds no Markdown file (.md, .markdown, .mdown, .mkd); skipped',
    ]);
  });

  it('sets the exit status by --fail-on and --max-warnings, as ESLint and Vale do', () => {
    const status = (...args: string[]) => run(['check', '--corpus', 'sources', ...args], dir).code;
    // cleo.md: one hint (not-in-sources; its citation is of a work outside the corpus).
    // ben.md: a warning (contradicted), a warning (needs-citation) and an information (sources-disagree).
    const cleo = json(['submissions/cleo.md'])[0]!.diagnostics.map((d) => d.severity);
    assert.deepEqual(cleo, [4]);
    assert.deepEqual(json(['submissions/ben.md'])[0]!.diagnostics.map((d) => d.severity).sort(), [2, 2, 3]);
    assert.equal(status('submissions/cleo.md'), 1, 'by default any finding fails (the contract)');
    assert.equal(status('--fail-on', 'hint', 'submissions/cleo.md'), 1);
    assert.equal(status('--fail-on', 'information', 'submissions/cleo.md'), 0);
    assert.equal(status('--fail-on', 'warning', 'submissions/ben.md'), 1);
    assert.equal(status('--fail-on', 'error', 'submissions/ben.md'), 0);
    // --max-warnings alone: errors fail by being there, warnings by their number.
    assert.equal(status('--max-warnings', '2', 'submissions/ben.md'), 0);
    const over = run(['check', '--corpus', 'sources', '--max-warnings', '1', 'submissions/ben.md'], dir);
    assert.equal(over.code, 1);
    assert.match(over.stderr, /2 warnings, more than --max-warnings 1 allows/);
    assert.equal(status('--max-warnings', '0', 'submissions/cleo.md'), 0);
    assert.equal(status('--max-warnings', '5', '--fail-on', 'hint', 'submissions/cleo.md'), 1);
    writeFileSync(path.join(dir, '.corroborate.json'), JSON.stringify({ severity: { contradicted: 'error' } }));
    assert.equal(status('--max-warnings', '5', 'submissions/ben.md'), 1, 'an error fails whatever the warnings');
    // --quiet reports warnings and errors only, and the status follows what is reported.
    const quiet = run(['check', '--corpus', 'sources', '--quiet', 'submissions/cleo.md'], dir);
    assert.equal(quiet.code, 0);
    assert.match(quiet.stdout, /✓ 0 findings in 1 file/);
    const quietJson = JSON.parse(run(['check', '--corpus', 'sources', '-q', '-f', 'json', 'submissions/ben.md'], dir).stdout) as JsonResult;
    assert.deepEqual(quietJson[0]!.diagnostics.map((d) => d.severity).sort(), [1, 2]);
  });

  it('writes the report to --output, making its folder', () => {
    const { code, stdout } = run(['check', '--corpus', 'sources', '--format', 'json', '--output', 'reports/class.json', 'submissions'], dir);
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.deepEqual(JSON.parse(readFileSync(path.join(dir, 'reports/class.json'), 'utf8')), json(named));
    const text = run(['check', '--corpus', 'sources', '-o', 'reports/class.txt', 'submissions'], dir);
    assert.equal(text.stdout, '');
    assert.match(readFileSync(path.join(dir, 'reports/class.txt'), 'utf8'), /✖ \d+ findings .* in 4 files/);
    writeFileSync(path.join(dir, 'blocker'), 'a file, not a folder');
    const blocked = run(['check', '--corpus', 'sources', '-o', 'blocker/out.txt', 'submissions'], dir);
    assert.equal(blocked.code, 2);
    assert.match(blocked.stderr, /--output blocker\/out\.txt: cannot be written/);
  });

  it('refuses bad options in its own words', () => {
    const usage = (args: string[]) => {
      const r = run(['check', ...args], dir);
      assert.equal(r.code, 2, args.join(' '));
      return r.stderr;
    };
    assert.equal(usage(['--colour', 'a.md']), 'corroborate: unknown option "--colour" (see "corroborate check --help"; a file named so goes after "--")\n');
    assert.equal(usage(['--fail-on', 'fatal', 'a.md']), 'corroborate: --fail-on must be error, warning, information or hint, not "fatal"\n');
    assert.equal(usage(['--max-warnings', 'ten', 'a.md']), 'corroborate: --max-warnings must be a whole number from 0, not "ten"\n');
    assert.equal(usage(['--max-warnings', '-1', 'a.md']), 'corroborate: --max-warnings needs a value (write --max-warnings=VALUE for one that starts with "-")\n');
    assert.equal(usage(['a.md', '--corpus']), 'corroborate: --corpus needs a value (write --corpus=VALUE for one that starts with "-")\n');
    assert.equal(usage(['--quiet=yes', 'a.md']), 'corroborate: --quiet takes no value\n');
    assert.equal(usage(['--stdin-filename', 'a.md', 'b.md']), 'corroborate: --stdin-filename names the draft read from standard input: give - among the files\n');
    assert.match(run(['check', '--help'], dir).stdout, /--fail-on LEVEL/);
  });

  describe('SARIF', () => {
    const sarifOf = (args: string[]) => JSON.parse(run(['check', '--corpus', 'sources', '--format', 'sarif', ...args], dir).stdout) as Sarif.Log;

    it('validates against the SARIF 2.1.0 schema', () => {
      const schemaFile = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
      // (The schema is of JSON Schema draft-04, which ajv-draft-04 reads.)
      type Validate = ((data: unknown) => boolean) & { errors?: unknown };
      const AjvDraft04 = (require('ajv-draft-04') as { default: new (options: object) => { compile(schema: object): Validate } }).default;
      // (Its patterns are written for ECMAScript's non-Unicode regular expressions.)
      const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
      const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
      writeFileSync(path.join(dir, 'submissions/latin1.md'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]));
      const log = sarifOf(['submissions', 'submissions/latin1.md', 'missing.md']);
      assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
      assert.ok(log.runs[0]!.results!.length >= 6);
      // The schema catches what it should.
      const broken = structuredClone(log);
      (broken.runs[0]!.results![0] as { level: string }).level = 'severe';
      assert.equal(validate(broken), false);
    });

    it('describes each rule, fingerprints each result, and lists what could not be checked', () => {
      writeFileSync(path.join(dir, 'submissions/latin1.md'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]));
      const log = sarifOf(['submissions', 'submissions/latin1.md', 'missing.md']);
      const run0 = log.runs[0]!;
      const driver = run0.tool.driver;
      assert.equal(driver.informationUri, undefined, 'no made-up address');
      assert.deepEqual(driver.rules!.map((r) => r.id), ['contradicted', 'sources-disagree', 'needs-citation', 'not-in-sources', 'citation-mismatch']);
      for (const rule of driver.rules!) {
        assert.ok(rule.shortDescription?.text && rule.fullDescription?.text && rule.help?.text && rule.help.markdown, rule.id);
        assert.ok(rule.defaultConfiguration?.level, rule.id);
      }
      assert.deepEqual(driver.rules!.map((r) => r.defaultConfiguration!.level), ['warning', 'note', 'warning', 'note', 'warning']);
      for (const result of run0.results!) assert.match(result.partialFingerprints!['corroborateClaim/v1']!, /^[0-9a-f]{32}:\d+$/);
      const invocation = run0.invocations![0]!;
      assert.equal(invocation.executionSuccessful, true);
      assert.equal(invocation.exitCode, 1);
      assert.deepEqual(invocation.toolExecutionNotifications!.map((n) => [n.level, n.message.text, n.locations?.[0]?.physicalLocation?.artifactLocation?.uri]), [
        ['error', 'submissions/latin1.md: is not UTF-8 text', 'submissions/latin1.md'],
        ['error', 'missing.md: no such file', 'missing.md'],
      ]);
      const nothing = sarifOf(['missing.md']).runs[0]!.invocations![0]!;
      assert.equal(nothing.executionSuccessful, false);
      assert.equal(nothing.exitCode, 2);
    });

    it('gives no absolute path of the machine: drafts from where it ran, sources from their folder', () => {
      const text = run(['check', '--corpus', 'sources', '--format', 'sarif', 'submissions'], dir).stdout;
      assert.ok(!text.includes(dir) && !text.includes('file:'), 'no absolute path or file URI');
      const run0 = (JSON.parse(text) as Sarif.Log).runs[0]!;
      assert.deepEqual(run0.originalUriBaseIds, {
        '%SRCROOT%': { description: { text: 'The folder corroborate check was run in.' } },
        SOURCES: { uri: 'sources/', uriBaseId: '%SRCROOT%', description: { text: '--corpus sources' } },
      });
      const ana = run0.results!.find((r) => r.ruleId === 'contradicted')!;
      assert.deepEqual(ana.locations![0]!.physicalLocation!.artifactLocation, { uri: 'submissions/ana.md', uriBaseId: '%SRCROOT%' });
      assert.deepEqual(ana.locations![0]!.physicalLocation!.region, { startLine: 3, startColumn: 27, endLine: 3, endColumn: 35 });
      assert.deepEqual(ana.relatedLocations!.map((l) => l.physicalLocation!.artifactLocation).sort((a, b) => a!.uri!.localeCompare(b!.uri!)), [
        { uri: 'annals.md', uriBaseId: 'SOURCES' },
        { uri: 'brannock.txt', uriBaseId: 'SOURCES' },
      ]);
      // The bundled corpus is described, never located on this machine.
      const bundled = JSON.parse(run(['check', '--format', 'sarif', 'submissions/ana.md'], dir).stdout) as Sarif.Log;
      assert.equal(bundled.runs[0]!.originalUriBaseIds!.CORROBORATE_CORPUS!.uri, undefined);
      assert.match(bundled.runs[0]!.originalUriBaseIds!.CORROBORATE_CORPUS!.description!.text ?? "", /ships with Corroborate/);
    });

    it('keeps a finding’s fingerprint when lines are added above it', () => {
      const before = sarifOf(['submissions/ana.md']).runs[0]!.results!;
      writeFileSync(path.join(dir, 'submissions/ana.md'), `# Ana\n\nAn opening paragraph, added later.\n\n${DRAFTS['submissions/ana.md']!.slice('# Ana\n\n'.length)}`);
      const after = sarifOf(['submissions/ana.md']).runs[0]!.results!;
      assert.equal(after[0]!.locations![0]!.physicalLocation!.region!.startLine, 5);
      assert.deepEqual(after.map((r) => r.partialFingerprints), before.map((r) => r.partialFingerprints));
    });
  });
});
