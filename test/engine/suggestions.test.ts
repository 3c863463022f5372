// Which fixes a finding has is the engine's: suggestionsFor gives each as text edits of the draft,
// which an editor only converts (as harper-core's Suggestion).
import assert from 'node:assert/strict';
import { buildCorpusIndex, checkDraft, suggestionsFor, type Finding, type OffsetEdit } from '../../server/src/engine/index.js';

const index = buildCorpusIndex([
  { key: 'quillon', title: 'The Quillon Annals', author: 'Edda Quillon', uri: '/virtual/quillon.md', text: '# The Quillon Annals\n\nThe siege of Tarrow lasted 93 days.\n' },
  { key: 'ferrand', title: 'Notes on the Mense Wars', author: 'Hal Ferrand', uri: '/virtual/ferrand.md', text: '# Notes on the Mense Wars\n\nThe siege of Tarrow lasted 93 days.\n' },
]);

function apply(text: string, edits: OffsetEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.range.start - a.range.start)) out = out.slice(0, e.range.start) + e.newText + out.slice(e.range.end);
  return out;
}

function check(text: string): { draft: { text: string; report: ReturnType<typeof checkDraft> }; finding: (code: string) => Finding } {
  const report = checkDraft(text, index);
  return { draft: { text, report }, finding: (code) => report.findings.find((f) => f.code === code)! };
}

describe('suggested fixes', () => {
  it('replaces a contradicted value with the sources’ value (preferred), or silences the line', () => {
    const { draft, finding } = check('Intro.\n\nThe siege of Tarrow lasted 61 days.[^1]\n\n[^1]: Edda Quillon, *The Quillon Annals*.\n');
    const suggestions = suggestionsFor(finding('contradicted'), draft, index);
    assert.deepEqual(suggestions.map((s) => [s.kind, s.title, s.preferred]), [
      ['replace-value', 'Replace with "93 days" ("The Quillon Annals", "Notes on the Mense Wars")', true],
      ['silence', 'Silence contradicted on this line (corroborate-disable-next-line contradicted)', false],
    ]);
    assert.match(apply(draft.text, suggestions[0]!.edits), /lasted 93 days\.\[\^1\]/);
    assert.match(apply(draft.text, suggestions[1]!.edits), /Intro\.\n\n<!-- corroborate-disable-next-line contradicted -->\nThe siege/);
  });

  it('cites each supporting source in the draft’s style, or in the style asked for', () => {
    const { draft, finding } = check('The siege of Tarrow lasted 93 days.\n');
    const uncited = finding('needs-citation');
    const footnotes = suggestionsFor(uncited, draft, index);
    assert.deepEqual(footnotes.map((s) => [s.kind, s.title, s.preferred]), [
      ['cite-source', 'Cite "The Quillon Annals" (footnote)', true],
      ['cite-source', 'Cite "Notes on the Mense Wars" (footnote)', false],
      ['silence', 'Silence needs-citation on this line (corroborate-disable-next-line needs-citation)', false],
    ]);
    assert.equal(apply(draft.text, footnotes[0]!.edits), 'The siege of Tarrow lasted 93 days.[^1]\n\n[^1]: Edda Quillon, *The Quillon Annals*.\n');
    const pandoc = suggestionsFor(uncited, draft, index, 'pandoc');
    assert.equal(apply(draft.text, pandoc[0]!.edits), 'The siege of Tarrow lasted 93 days [@quillon].\n');
  });

  it('swaps a citation that does not state the value for one that does', () => {
    const text = 'The siege of Tarrow lasted 93 days [@elsewhere].\n';
    const others = buildCorpusIndex([...index.sources.map((s) => ({ key: s.key, title: s.title, uri: s.uri, text: s.text })),
      { key: 'elsewhere', title: 'Elsewhere', uri: '/virtual/elsewhere.md', text: '# Elsewhere\n\nThe harvest of 1702 was poor.\n' }]);
    const report = checkDraft(text, others);
    const mismatch = report.findings.find((f) => f.code === 'citation-mismatch')!;
    const swap = suggestionsFor(mismatch, { text, report }, others).find((s) => s.kind === 'swap-citation')!;
    assert.equal(swap.title, 'Cite "The Quillon Annals" instead of "Elsewhere"');
    assert.equal(apply(text, swap.edits), 'The siege of Tarrow lasted 93 days [@quillon].\n');
  });

  it('offers only silencing for a finding without data (one that no longer stands)', () => {
    const { draft, finding } = check('The siege of Tarrow lasted 61 days.\n');
    const { code, range } = finding('contradicted');
    assert.deepEqual(suggestionsFor({ code, range }, draft, index).map((s) => s.kind), ['silence']);
  });
});
