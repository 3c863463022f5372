// The language features in-process: each feature function against an in-memory workspace with a
// made-up corpus (test/lsp/workspace.ts), as vscode-markdown-languageservice tests its own. The
// wire is the protocol and robustness suites' business.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { FINDING_CODES } from '../../server/src/engine/index.js';
import { findingsGuideLinks, findingsGuidePath } from '../../server/src/lsp/findingsGuide.js';
import type { CodeActionParams, Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import { provideCodeActions } from '../../server/src/lsp/features/codeActions.js';
import { provideCompletion } from '../../server/src/lsp/features/completion.js';
import { provideDefinition } from '../../server/src/lsp/features/definition.js';
import { analysisOf, provideDiagnostics } from '../../server/src/lsp/features/diagnostics.js';
import { provideHover } from '../../server/src/lsp/features/hover.js';
import { provideEvidence } from '../../server/src/lsp/features/evidence.js';
import { provideDocumentLinks } from '../../server/src/lsp/features/links.js';
import { CANCELLED, MemoryState, MemoryWorkspace, NEVER, fileUri, positionOf } from './workspace.js';

const CONTRADICTED = 'The siege of Tarrow lasted 61 days.[^1]\n\n[^1]: Edda Quillon, *The Quillon Annals*.\n';
const UNCITED = 'The siege of Tarrow lasted 93 days.\n';

function diagnosticsOf(state: MemoryState, uri: string): LspDiagnostic[] {
  return provideDiagnostics(state, { uri })!.diagnostics as LspDiagnostic[];
}

function codeActionParams(uri: string, diagnostics: LspDiagnostic[], only?: string[]): CodeActionParams {
  return { textDocument: { uri }, range: diagnostics[0]!.range, context: { diagnostics, ...(only ? { only } : {}) } };
}

describe('features in-process: diagnostics', () => {
  it('finds a contradicted value and names the sources', () => {
    const state = new MemoryState();
    const doc = state.open('draft.md', CONTRADICTED);
    const result = provideDiagnostics(state, { uri: doc.uri });
    assert.equal(result?.version, 1);
    assert.deepEqual(result!.diagnostics.map((d) => d.code), ['contradicted']);
    assert.match(result!.diagnostics[0]!.message, /93 days/);
  });

  it('keeps one analysis per version and makes a new one after an edit or a new generation', () => {
    const state = new MemoryState();
    const doc = state.open('draft.md', CONTRADICTED);
    const first = analysisOf(state, doc);
    assert.equal(analysisOf(state, doc), first);
    const edited = state.edit(doc.uri, UNCITED);
    const second = analysisOf(state, edited);
    assert.notEqual(second, first);
    assert.deepEqual(second!.diagnostics.map((d) => d.code), ['needs-citation']);
    state.workspace.generation++;
    assert.notEqual(analysisOf(state, edited), second);
  });

  it('turns a code off, and does not check the sources themselves', () => {
    const state = new MemoryState(new MemoryWorkspace(undefined, { severity: { contradicted: 'off' } }));
    const doc = state.open('draft.md', CONTRADICTED);
    assert.deepEqual(diagnosticsOf(state, doc.uri), []);
    const source = state.open('sources/quillon.md', 'The siege of Tarrow lasted 61 days.');
    assert.equal(source.uri, fileUri('sources/quillon.md'));
    assert.deepEqual(provideDiagnostics(state, { uri: source.uri }), { diagnostics: [], version: 1 });
  });

  it('says once that a draft is too large, and checks it again once it is not', () => {
    const state = new MemoryState(new MemoryWorkspace(undefined, { maxFileBytes: 40 }));
    const doc = state.open('draft.md', CONTRADICTED);
    const first = provideDiagnostics(state, { uri: doc.uri })!;
    assert.deepEqual(first.diagnostics, []);
    assert.match(first.notice!, /draft\.md is not checked: it is \d+ bytes, over corroborate.maxFileBytes \(40\)/);
    assert.equal(provideDiagnostics(state, { uri: doc.uri })!.notice, undefined);
    state.edit(doc.uri, 'Short.');
    assert.deepEqual(diagnosticsOf(state, doc.uri), []);
    state.edit(doc.uri, CONTRADICTED);
    assert.ok(provideDiagnostics(state, { uri: doc.uri })!.notice, 'told again after it shrank and grew');
  });

  it('answers nothing for a closed draft or a cancelled request', () => {
    const state = new MemoryState();
    assert.equal(provideDiagnostics(state, { uri: fileUri('nowhere.md') }), undefined);
    const doc = state.open('draft.md', CONTRADICTED);
    assert.equal(provideDiagnostics(state, { uri: doc.uri }, CANCELLED), undefined);
  });

  it('drops everything kept for a draft in one call', () => {
    const state = new MemoryState();
    const doc = state.open('draft.md', CONTRADICTED);
    analysisOf(state, doc);
    state.drafts.get(doc.uri).schedule(60_000, () => assert.fail('a dropped draft is not checked'));
    assert.equal(state.drafts.size, 1);
    state.drafts.drop(doc.uri);
    assert.equal(state.drafts.size, 0);
    assert.equal(state.drafts.get(doc.uri).analysis, undefined);
  });

  it('with no debounce, checks once the message being handled is done, not on a timer (1 ms at least); a newer edit replaces the check', async () => {
    const state = new MemoryState();
    const draft = state.drafts.get(state.open('draft.md', CONTRADICTED).uri);
    const ran: string[] = [];
    draft.schedule(0, () => ran.push('first'));
    draft.schedule(0, () => ran.push('second'));
    assert.equal(ran.length, 0);
    // (Queued after the check: a timer would wait for the loop's next timers phase.)
    await new Promise<void>((resolve) => setImmediate(resolve));
    assert.deepEqual(ran, ['second']);
    draft.schedule(0, () => ran.push('cancelled'));
    draft.cancelCheck();
    await new Promise<void>((resolve) => setTimeout(resolve, 5));
    assert.deepEqual(ran, ['second']);
  });
});

describe('features in-process: lean diagnostics and their evidence', () => {
  const idOf = (d: LspDiagnostic) => (d.data as { id: string }).id;

  it('sends range, severity, code, source, message and a short id; the evidence is asked for by id', () => {
    const state = new MemoryState();
    const doc = state.open('draft.md', CONTRADICTED);
    const [contradicted] = diagnosticsOf(state, doc.uri);
    assert.deepEqual(Object.keys(contradicted!).sort(), ['code', 'data', 'message', 'range', 'severity', 'source']);
    assert.deepEqual(Object.keys(contradicted!.data as object), ['id']);
    const evidence = provideEvidence(state, { textDocument: { uri: doc.uri }, id: idOf(contradicted!) }, NEVER)!;
    assert.equal(evidence.message, contradicted!.message);
    assert.deepEqual(evidence.range, contradicted!.range);
    assert.deepEqual(evidence.relatedInformation!.map((r) => r.location.uri).sort(), [fileUri('sources/ferrand.txt'), fileUri('sources/quillon.md')]);
    assert.deepEqual((evidence.data as { sources: Array<{ value: string }> }).sources.map((s) => s.value), ['93 days', '93 days']);
    assert.equal(provideEvidence(state, { textDocument: { uri: doc.uri }, id: 'no such id' }, NEVER), null);
    assert.equal(provideEvidence(state, { textDocument: { uri: fileUri('closed.md') }, id: idOf(contradicted!) }, NEVER), null);
    assert.equal(provideEvidence(state, { textDocument: { uri: doc.uri }, id: idOf(contradicted!) }, CANCELLED), null);
  });

  it('keeps a diagnostic’s id while it stays the same, and serves the evidence of the one the editor still holds', () => {
    const state = new MemoryState();
    const doc = state.open('draft.md', CONTRADICTED);
    const [before] = diagnosticsOf(state, doc.uri);
    state.edit(doc.uri, `${CONTRADICTED}\nMore words.\n`);
    const [unchanged] = diagnosticsOf(state, doc.uri);
    assert.deepEqual(unchanged, before);
    state.edit(doc.uri, `Later. ${CONTRADICTED}`);
    const [moved] = diagnosticsOf(state, doc.uri);
    assert.notEqual(idOf(moved!), idOf(before!));
    // The editor may not have the moved one yet: the id it holds still names its finding.
    assert.deepEqual(provideEvidence(state, { textDocument: { uri: doc.uri }, id: idOf(before!) }, NEVER)!.range, before!.range);
  });

  it('puts related information back with corroborate.relatedInformation', () => {
    const state = new MemoryState(new MemoryWorkspace(undefined, { relatedInformation: true }));
    const doc = state.open('draft.md', CONTRADICTED);
    const [contradicted] = diagnosticsOf(state, doc.uri);
    assert.equal(contradicted!.relatedInformation!.length, 2);
    assert.match(contradicted!.relatedInformation![0]!.message, /^The Quillon Annals says 93 days: "The siege of Tarrow lasted 93 days\."$/);
    state.edit(doc.uri, UNCITED.replace('93', '94'));
    assert.ok(diagnosticsOf(state, doc.uri).every((d) => d.relatedInformation === undefined || d.relatedInformation.length > 0), 'no empty lists');
  });

  it('links each code to its explanation when the client shows code descriptions', () => {
    const workspace = new MemoryWorkspace();
    workspace.findingsGuide = { contradicted: 'file:///guide.md#L7' };
    const state = new MemoryState(workspace);
    const doc = state.open('draft.md', UNCITED.replace('93', '94'));
    const byCode = new Map(diagnosticsOf(state, doc.uri).map((d) => [d.code, d.codeDescription?.href]));
    assert.deepEqual([...byCode].sort(), [['contradicted', 'file:///guide.md#L7'], ['needs-citation', undefined]]);
  });
});

describe('the findings guide: what each code means, shipped with the package', () => {
  it('explains every code, each link at its heading\'s line', () => {
    const file = findingsGuidePath();
    const lines = readFileSync(file, 'utf8').split('\n');
    const links = findingsGuideLinks(file);
    assert.deepEqual(Object.keys(links).sort(), [...FINDING_CODES].sort());
    for (const [code, href] of Object.entries(links)) {
      assert.ok(href.startsWith(pathToFileURL(file).href + '#L'), href);
      assert.equal(lines[Number(href.split('#L')[1]) - 1], `## ${code}`);
    }
  });

  it('gives no link for a code it does not explain, and none at all when it cannot be read', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'corroborate-guide-'));
    const file = path.join(dir, 'guide.md');
    writeFileSync(file, '# Guide\n\n## needs-citation\n\nCite it.\n');
    assert.deepEqual(findingsGuideLinks(file), { 'needs-citation': `${pathToFileURL(file).href}#L3` });
    assert.deepEqual(findingsGuideLinks(path.join(dir, 'missing.md')), {});
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('features in-process: hover, definition, links', () => {
  it('hovers a claim with what the sources say', () => {
    const state = new MemoryState();
    const doc = state.open('draft.md', CONTRADICTED);
    const hover = provideHover(state, { textDocument: { uri: doc.uri }, position: positionOf(CONTRADICTED, '61 days', 1) }, NEVER);
    const value = (hover!.contents as { value: string }).value;
    assert.match(value, /93 days/);
    assert.match(value, /The Quillon Annals/);
    assert.deepEqual(hover!.range, { start: positionOf(CONTRADICTED, '61 days'), end: positionOf(CONTRADICTED, '61 days', 7) });
  });

  it('hovers a citation with its source, and nothing where there is neither', () => {
    const state = new MemoryState();
    const doc = state.open('draft.md', CONTRADICTED);
    const onCitation = provideHover(state, { textDocument: { uri: doc.uri }, position: positionOf(CONTRADICTED, '[^1]', 1) }, NEVER);
    assert.match((onCitation!.contents as { value: string }).value, /Quillon/);
    assert.equal(provideHover(state, { textDocument: { uri: doc.uri }, position: { line: 0, character: 1 } }, NEVER), null);
    assert.equal(provideHover(state, { textDocument: { uri: doc.uri }, position: positionOf(CONTRADICTED, '61 days', 1) }, CANCELLED), null);
  });

  it('goes from a claim to the sources that state it, and from a footnote definition to its source', () => {
    const state = new MemoryState();
    const doc = state.open('draft.md', CONTRADICTED);
    const fromClaim = provideDefinition(state, { textDocument: { uri: doc.uri }, position: positionOf(CONTRADICTED, '61 days', 1) }, NEVER);
    assert.deepEqual(new Set(fromClaim!.map((l) => l.uri)), new Set([fileUri('sources/quillon.md'), fileUri('sources/ferrand.txt')]));
    const fromDefinition = provideDefinition(state, { textDocument: { uri: doc.uri }, position: positionOf(CONTRADICTED, 'Edda', 1) }, NEVER);
    assert.deepEqual(fromDefinition!.map((l) => l.uri), [fileUri('sources/quillon.md')]);
  });

  it('links each resolved citation and its definition to the source', () => {
    const state = new MemoryState();
    const doc = state.open('draft.md', CONTRADICTED);
    const links = provideDocumentLinks(state, { textDocument: { uri: doc.uri } }, NEVER);
    assert.equal(links.length, 2);
    for (const link of links) assert.equal(link.target, fileUri('sources/quillon.md'));
    assert.deepEqual(provideDocumentLinks(state, { textDocument: { uri: doc.uri } }, CANCELLED), []);
  });
});

describe('features in-process: code actions', () => {
  it('replaces a contradicted value with the sources’ (preferred), or silences the line', () => {
    const state = new MemoryState();
    const doc = state.open('draft.md', CONTRADICTED);
    const actions = provideCodeActions(state, codeActionParams(doc.uri, diagnosticsOf(state, doc.uri)), NEVER);
    assert.deepEqual(actions.map((a) => [a.title, !!a.isPreferred]), [
      ['Replace with "93 days" ("The Quillon Annals", "Notes on the Mense Wars")', true],
      ['Dismiss this finding', false],
      ['Silence contradicted on this line (corroborate-disable-next-line contradicted)', false],
    ]);
    assert.deepEqual(actions[0]!.edit, { changes: { [doc.uri]: [{ range: diagnosticsOf(state, doc.uri)[0]!.range, newText: '93 days' }] } });
  });

  it('cites a source that states an uncited claim, in the draft’s style, pinned to the version when the client can', () => {
    const state = new MemoryState();
    state.workspace.documentChanges = true;
    const doc = state.open('draft.md', UNCITED);
    const actions = provideCodeActions(state, codeActionParams(doc.uri, diagnosticsOf(state, doc.uri)), NEVER);
    assert.deepEqual(actions.map((a) => a.title), [
      'Cite "The Quillon Annals" (footnote)',
      'Cite "Notes on the Mense Wars" (footnote)',
      'Dismiss this finding',
      'Silence needs-citation on this line (corroborate-disable-next-line needs-citation)',
    ]);
    const edit = actions[0]!.edit!.documentChanges![0] as { textDocument: { uri: string; version: number } };
    assert.deepEqual(edit.textDocument, { uri: doc.uri, version: 1 });
  });

  it('offers nothing for another kind, a cancelled request, or a stale diagnostic’s data', () => {
    const state = new MemoryState();
    const doc = state.open('draft.md', CONTRADICTED);
    const diagnostics = diagnosticsOf(state, doc.uri);
    assert.deepEqual(provideCodeActions(state, codeActionParams(doc.uri, diagnostics, ['refactor']), NEVER), []);
    assert.deepEqual(provideCodeActions(state, codeActionParams(doc.uri, diagnostics), CANCELLED), []);
    // The value moved: the data handed back no longer stands at its range, so only silencing is left
    // (a dismissal needs the finding's sentence).
    state.edit(doc.uri, `Later. ${CONTRADICTED}`);
    assert.deepEqual(provideCodeActions(state, codeActionParams(doc.uri, diagnostics), NEVER).map((a) => a.title), [
      'Silence contradicted on this line (corroborate-disable-next-line contradicted)',
    ]);
  });
});

describe('features in-process: completion', () => {
  it('completes source keys in a pandoc citation and references in a footnote definition', () => {
    const state = new MemoryState();
    const pandoc = 'The siege lasted 93 days [@qu';
    const doc = state.open('draft.md', pandoc);
    const keys = provideCompletion(state, { textDocument: { uri: doc.uri }, position: { line: 0, character: pandoc.length } }, NEVER);
    assert.deepEqual(keys!.items.map((i) => i.label), ['quillon', 'ferrand']);
    assert.deepEqual(keys!.items[0]!.textEdit, { range: { start: { line: 0, character: pandoc.length - 2 }, end: { line: 0, character: pandoc.length } }, newText: 'quillon' });
    const footnote = '[^1]:';
    state.edit(doc.uri, footnote);
    const references = provideCompletion(state, { textDocument: { uri: doc.uri }, position: { line: 0, character: footnote.length } }, NEVER);
    assert.deepEqual(references!.items.map((i) => i.label), ['The Quillon Annals', 'Notes on the Mense Wars']);
    assert.match((references!.items[0]!.textEdit as { newText: string }).newText, /^ Edda Quillon/);
    // Written as the draft's other definitions are; the one being typed does not count.
    const notes = 'A.[^1] B.[^2]\n\n[^1]: Orrin Vale. "Harbour Days."\n[^2]: Ed';
    state.edit(doc.uri, notes);
    const inForm = provideCompletion(state, { textDocument: { uri: doc.uri }, position: { line: 3, character: 8 } }, NEVER);
    const title = inForm!.items[0]!.label as string;
    assert.match((inForm!.items[0]!.textEdit as { newText: string }).newText, new RegExp(`^Edda Quillon\\. "${title}\\."$`));
  });

  it('offers nothing elsewhere, or when cancelled', () => {
    const state = new MemoryState();
    const doc = state.open('draft.md', 'Plain words');
    assert.equal(provideCompletion(state, { textDocument: { uri: doc.uri }, position: { line: 0, character: 5 } }, NEVER), null);
    state.edit(doc.uri, '[@');
    assert.equal(provideCompletion(state, { textDocument: { uri: doc.uri }, position: { line: 0, character: 2 } }, CANCELLED), null);
  });
});
