// Dismissed findings (`.corroborate.json`'s `dismissed` list) as the engine matches them: by code,
// value as written and the sentence's words (case and spacing aside), never by place.
import assert from 'node:assert/strict';
import { buildCorpusIndex, checkDraft, dismissalKey, dismissalOf, normalWords, type Dismissal } from '../../server/src/engine/index.js';

const index = buildCorpusIndex([
  { key: 'quillon', title: 'The Quillon Annals', author: 'Edda Quillon', uri: '/virtual/quillon.md', text: '# The Quillon Annals\n\nThe siege of Tarrow lasted 93 days.\n' },
]);

const BASE: Dismissal = { code: 'contradicted', value: '61 days', sentence: 'The siege of Tarrow lasted 61 days.' };

describe('dismissals: the key rule', () => {
  const cases: Array<[string, Partial<Dismissal>, boolean]> = [
    ['the same finding', {}, true],
    ['the sentence in other case', { sentence: 'THE SIEGE OF TARROW LASTED 61 DAYS.' }, true],
    ['the sentence re-wrapped (a line break, two spaces)', { sentence: 'The siege of Tarrow\n  lasted 61 days.' }, true],
    ['spaces around the sentence', { sentence: '  The siege of Tarrow lasted 61 days.  ' }, true],
    ['the value in other case or spacing', { value: '61  Days' }, true],
    ['another code', { code: 'needs-citation' }, false],
    ['another value', { value: '62 days' }, false],
    ['a word of the sentence changed', { sentence: 'The siege of Tarrow lasted only 61 days.' }, false],
    ['the sentence’s punctuation changed', { sentence: 'The siege of Tarrow lasted 61 days!' }, false],
    ['a citation added to the sentence', { sentence: 'The siege of Tarrow lasted 61 days.[^1]' }, false],
  ];
  for (const [what, change, same] of cases) {
    it(`${what}: ${same ? 'the same key' : 'another key'}`, () => {
      assert.equal(dismissalKey({ ...BASE, ...change }) === dismissalKey(BASE), same);
    });
  }

  it('normalWords: lower case, whitespace collapsed, trimmed', () => {
    assert.equal(normalWords('  A\tSiege\r\nof  Tarrow '), 'a siege of tarrow');
  });
});

describe('dismissals: a check leaves out what was dismissed', () => {
  const text = 'Intro.\n\nThe siege of Tarrow lasted 61 days.\n';
  const codes = (t: string, dismissed: Dismissal[]) => checkDraft(t, index, { dismissed }).findings.map((f) => f.code).sort();

  it('names a finding by its code, its value and its sentence, normalised', () => {
    const finding = checkDraft(text, index).findings.find((f) => f.code === 'contradicted')!;
    assert.deepEqual(dismissalOf(finding, text), { code: 'contradicted', value: '61 days', sentence: 'the siege of tarrow lasted 61 days.' });
  });

  it('leaves out only the dismissed code; keeps it dismissed after edits elsewhere; lapses when its sentence changes', () => {
    assert.deepEqual(codes(text, []), ['contradicted', 'needs-citation']);
    const dismissed = [dismissalOf(checkDraft(text, index).findings.find((f) => f.code === 'contradicted')!, text)];
    assert.deepEqual(codes(text, dismissed), ['needs-citation']);
    // Another paragraph before it, and the paragraph re-wrapped: still dismissed.
    assert.deepEqual(codes('A new opening paragraph.\n\nIntro.\n\nThe siege of Tarrow\nlasted 61 days.\n', dismissed), ['needs-citation']);
    // The sentence says something else now: the finding is back.
    assert.deepEqual(codes('Intro.\n\nThe long siege of Tarrow lasted 61 days.\n', dismissed), ['contradicted', 'needs-citation']);
    // Dismissals of another value in the same sentence leave this one alone.
    assert.deepEqual(codes(text, [{ ...dismissed[0]!, value: '62 days' }]), ['contradicted', 'needs-citation']);
  });
});
