// "Dismiss this finding" in-process: the quick fix (a command, not an edit of the draft), the
// dismissed findings left out of a draft's diagnostics, and the writing of .corroborate.json's
// `dismissed` list (only that list changes; comments and the rest of the file stay).
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'jsonc-parser';
import type { CodeActionParams, Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import { readDismissed } from '../../server/src/dismissed.js';
import { addDismissal, removeDismissals } from '../../server/src/lsp/dismissalsFile.js';
import { provideCodeActions } from '../../server/src/lsp/features/codeActions.js';
import { provideDiagnostics } from '../../server/src/lsp/features/diagnostics.js';
import { DISMISS_FINDING_COMMAND } from '../../server/src/lsp/protocol.js';
import { MemoryState, MemoryWorkspace, NEVER, ROOT } from './workspace.js';

const DRAFT = 'Intro.\n\nThe siege of Tarrow lasted 61 days.\n';
const SENTENCE = 'the siege of tarrow lasted 61 days.';

function diagnosticsOf(state: MemoryState, uri: string): LspDiagnostic[] {
  return provideDiagnostics(state, { uri })!.diagnostics as LspDiagnostic[];
}

function paramsFor(uri: string, diagnostics: LspDiagnostic[]): CodeActionParams {
  return { textDocument: { uri }, range: diagnostics[0]!.range, context: { diagnostics } };
}

describe('dismiss a finding: the quick fix and the check', () => {
  it('offers "Dismiss this finding" before the silencing comment, as a command naming the code, the value and the sentence', () => {
    const state = new MemoryState();
    const doc = state.open('draft.md', DRAFT);
    const contradicted = diagnosticsOf(state, doc.uri).filter((d) => d.code === 'contradicted');
    const actions = provideCodeActions(state, paramsFor(doc.uri, contradicted), NEVER);
    const titles = actions.map((a) => a.title);
    assert.deepEqual(titles.slice(-2), ['Dismiss this finding', 'Silence contradicted on this line (corroborate-disable-next-line contradicted)']);
    const dismiss = actions.find((a) => a.title === 'Dismiss this finding')!;
    assert.equal(dismiss.edit, undefined, 'the draft is not edited');
    assert.equal(dismiss.kind, 'quickfix');
    assert.deepEqual(dismiss.diagnostics, contradicted);
    assert.deepEqual(dismiss.command, {
      title: 'Dismiss this finding',
      command: DISMISS_FINDING_COMMAND,
      arguments: [{ uri: doc.uri, code: 'contradicted', value: '61 days', sentence: SENTENCE }],
    });
  });

  it('offers one dismissal per finding (two findings of one value stay two, each named), and none outside the workspace folders', () => {
    const state = new MemoryState();
    const doc = state.open('draft.md', DRAFT);
    const all = diagnosticsOf(state, doc.uri);
    assert.deepEqual(all.map((d) => d.code).sort(), ['contradicted', 'needs-citation']);
    const dismissals = provideCodeActions(state, paramsFor(doc.uri, all), NEVER).filter((a) => a.title.startsWith('Dismiss'));
    assert.deepEqual(dismissals.map((a) => (a.command!.arguments![0] as { code: string }).code).sort(), ['contradicted', 'needs-citation']);
    assert.deepEqual(dismissals.map((a) => a.title).sort(), ['Dismiss this finding (contradicted)', 'Dismiss this finding (needs-citation)'], 'the titles tell them apart');
    state.workspace.canDismiss = () => false;
    assert.ok(!provideCodeActions(state, paramsFor(doc.uri, all), NEVER).some((a) => a.title.startsWith('Dismiss')));
  });

  it('leaves a dismissed finding out of the draft’s diagnostics, for that draft only', () => {
    const dismissed = [{ file: `${ROOT}/draft.md`, code: 'contradicted' as const, value: '61 days', sentence: SENTENCE }];
    const state = new MemoryState(new MemoryWorkspace(undefined, { dismissed }));
    const doc = state.open('draft.md', DRAFT);
    assert.deepEqual(diagnosticsOf(state, doc.uri).map((d) => d.code), ['needs-citation']);
    const other = state.open('other.md', DRAFT);
    assert.deepEqual(diagnosticsOf(state, other.uri).map((d) => d.code).sort(), ['contradicted', 'needs-citation']);
  });

  it('reads the dismissed list, warning about each malformed entry', () => {
    const warnings: string[] = [];
    const list = readDismissed([
      { file: 'a.md', code: 'contradicted', value: '61 days', sentence: 's.' },
      { file: 'a.md', code: 'contradicted', value: '', sentence: 's.' },
      { file: 'a.md', code: 'loud', value: '61 days', sentence: 's.' },
      ['a.md'],
    ], 'x.json', (m) => warnings.push(m));
    assert.deepEqual(list, [{ file: 'a.md', code: 'contradicted', value: '61 days', sentence: 's.' }]);
    assert.deepEqual(warnings, [
      'x.json: corroborate.dismissed[1] needs "value" (text); that entry is ignored',
      'x.json: corroborate.dismissed[2] has an unknown code "loud" (codes: contradicted, sources-disagree, needs-citation, not-in-sources, citation-mismatch); that entry is ignored',
      'x.json: corroborate.dismissed[3] must be an object with "file", "code", "value" and "sentence"; that entry is ignored',
    ]);
    readDismissed({}, 'x.json', (m) => warnings.push(m));
    assert.match(warnings[3]!, /corroborate\.dismissed must be a list/);
  });
});

describe('dismiss a finding: writing .corroborate.json', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'corroborate-dismissals-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const dismissal = { code: 'contradicted' as const, value: '61 days', sentence: SENTENCE };
  const entry = { file: 'essays/draft.md', ...dismissal };

  // What the file holds before, and what it must hold after the dismissal (parsed, comments aside),
  // with text it must still hold word for word.
  const cases: Array<{ what: string; before?: string; after: Record<string, unknown>; keeps?: string[] }> = [
    { what: 'no file: made', after: { dismissed: [entry] } },
    { what: 'an empty file', before: '  \n', after: { dismissed: [entry] } },
    { what: 'other settings kept', before: '{\n  "sources": ["sources"],\n  "severity": { "needs-citation": "off" }\n}\n', after: { sources: ['sources'], severity: { 'needs-citation': 'off' }, dismissed: [entry] }, keeps: ['"sources": ["sources"]', '"severity": { "needs-citation": "off" }'] },
    { what: 'a setting laid out over lines', before: '{\n  "severity": {\n    "needs-citation": "off"\n  }\n}\n', after: { severity: { 'needs-citation': 'off' }, dismissed: [entry] }, keeps: ['{\n  "severity": {\n    "needs-citation": "off"\n  },\n  "dismissed": [\n    {\n      "file": "essays/draft.md",'] },
    { what: 'comments kept', before: '// our class settings\n{\n  /* the library */ "sources": ["sources"], // shared\n}\n', after: { sources: ['sources'], dismissed: [entry] }, keeps: ['// our class settings', '/* the library */', '// shared'] },
    { what: 'added after the entries there', before: '{ "dismissed": [ { "file": "x.md", "code": "needs-citation", "value": "3", "sentence": "s." } ] }', after: { dismissed: [{ file: 'x.md', code: 'needs-citation', value: '3', sentence: 's.' }, entry] } },
  ];
  for (const c of cases) {
    it(`adds a dismissal: ${c.what}`, async () => {
      const file = path.join(dir, '.corroborate.json');
      if (c.before !== undefined) writeFileSync(file, c.before);
      assert.equal(await addDismissal(file, path.join(dir, 'essays', 'draft.md'), dismissal), true);
      const text = readFileSync(file, 'utf8');
      assert.deepEqual(parse(text), c.after);
      for (const kept of c.keeps ?? []) assert.ok(text.includes(kept), `${kept} kept in:\n${text}`);
      assert.equal(await addDismissal(file, path.join(dir, 'essays', 'draft.md'), { ...dismissal, sentence: SENTENCE.toUpperCase() }), false, 'the same finding is not added twice');
      assert.equal(readFileSync(file, 'utf8'), text);
    });
  }

  const refusals: Array<[string, string, RegExp]> = [
    ['broken JSON', '{ "sources": ["sources"', /is not valid JSON .* on line 1\); fix it, then try again/],
    ['not an object', '["sources"]', /does not hold a JSON object/],
    ['dismissed not a list', '{ "dismissed": {} }', /"dismissed" in .* is not a list/],
  ];
  for (const [what, before, message] of refusals) {
    it(`refuses, changing nothing, when the file holds ${what}`, async () => {
      const file = path.join(dir, '.corroborate.json');
      writeFileSync(file, before);
      await assert.rejects(addDismissal(file, path.join(dir, 'draft.md'), dismissal), message);
      assert.equal(readFileSync(file, 'utf8'), before);
      assert.deepEqual(readdirSync(dir), ['.corroborate.json'], 'no temporary file left');
    });
  }

  it('removes the given dismissals, keeping the rest and the comments', async () => {
    const file = path.join(dir, '.corroborate.json');
    writeFileSync(file, '{\n  // why we dismissed these\n  "sources": ["sources"],\n  "dismissed": []\n}\n');
    const draft = path.join(dir, 'essays', 'draft.md');
    await addDismissal(file, draft, dismissal);
    await addDismissal(file, draft, { ...dismissal, code: 'needs-citation' });
    await addDismissal(file, path.join(dir, 'other.md'), dismissal);
    assert.equal(await removeDismissals(file, [{ file: draft, ...dismissal }, { file: path.join(dir, 'other.md'), ...dismissal }]), 2);
    const text = readFileSync(file, 'utf8');
    assert.ok(text.includes('// why we dismissed these'));
    assert.deepEqual(parse(text), { sources: ['sources'], dismissed: [{ ...entry, code: 'needs-citation' }] });
    assert.equal(await removeDismissals(file, [{ file: draft, ...dismissal }]), 0, 'gone already');
    // Each place in the list, on one line or many, first, last or only.
    for (const layout of ['{"dismissed":[A,B,C]}', '{\n  "dismissed": [\n    A,\n    B,\n    C\n  ]\n}', '{"dismissed":[A]}']) {
      const entries = { A: { ...entry, value: '1' }, B: { ...entry, value: '2' }, C: { ...entry, value: '3' } };
      const written = layout.replace(/[ABC]/g, (k) => JSON.stringify(entries[k as 'A']));
      for (const gone of layout.includes('B') ? ['A', 'B', 'C'] : ['A']) {
        writeFileSync(file, written);
        assert.equal(await removeDismissals(file, [{ ...entries[gone as 'A'], file: draft }]), 1);
        const left = (['A', 'B', 'C'] as const).filter((k) => k !== gone && layout.includes(k)).map((k) => entries[k]);
        assert.deepEqual(parse(readFileSync(file, 'utf8')), { dismissed: left }, `${gone} out of ${layout}`);
      }
    }
    assert.ok(existsSync(file));
  });
});
