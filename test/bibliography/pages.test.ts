// The page a citation names and the pages a range covers (engine/pageLocators.ts), table-driven.
import assert from 'node:assert/strict';
import { labelInSpan, pageSpan, pandocPages, trailingPages, type CitationForm } from '../../server/src/engine/index.js';
import { pandocKeys } from '../../server/src/engine/citations.js';

describe('cited pages', () => {
  const spans: Array<[string, { roman: boolean; low: number; high: number } | undefined]> = [
    ['239', { roman: false, low: 239, high: 239 }],
    ['239-41', { roman: false, low: 239, high: 241 }],
    ['239–241', { roman: false, low: 239, high: 241 }],
    ['1099-102', { roman: false, low: 1099, high: 1102 }],
    ['9-12', { roman: false, low: 9, high: 12 }],
    ['xii-xiv', { roman: true, low: 12, high: 14 }],
    ['241-39', undefined],
    ['12-xiv', undefined],
    ['A-3', undefined],
  ];
  for (const [text, span] of spans) {
    it(`"${text}" covers ${span ? `${span.low} to ${span.high}${span.roman ? ' (roman)' : ''}` : 'nothing that can be checked'}`, () => {
      assert.deepEqual(pageSpan(text), span);
    });
  }

  const labels: Array<[string, string, boolean]> = [
    ['240', '239-41', true],
    ['241', '239-41', true],
    ['242', '239-41', false],
    ['xiii', 'xii-xiv', true],
    ['13', 'xii-xiv', false],
    ['ix', '9', false],
  ];
  for (const [label, cited, inside] of labels) {
    it(`page label ${label} is ${inside ? '' : 'not '}within "${cited}"`, () => assert.equal(labelInSpan(label, pageSpan(cited)!), inside));
  }

  const pandoc: Array<[string, string | undefined]> = [
    [', p. 239', '239'],
    [', pp. 239-41', '239-41'],
    [' p. 239', '239'],
    [', 239', '239'],
    [', page 12, emphasis added', '12'],
    [', p. xii', 'xii'],
    [', ch. 4', undefined],
    ['', undefined],
    [', 1998', undefined],
  ];
  for (const [rest, page] of pandoc) {
    it(`after a pandoc key, "${rest}" gives ${page ?? 'no page'}`, () => assert.equal(pandocPages(rest)?.text, page));
  }

  const trailing: Array<[CitationForm, string, string | undefined]> = [
    ['parenthetical', 'Quill 239', '239'],
    ['parenthetical', 'Quill, p. 239', '239'],
    ['parenthetical', 'Quill 239-41', '239-41'],
    ['parenthetical', '"The Fall" 12', '12'],
    ['parenthetical', 'Quill 2012, 4', '4'],
    ['parenthetical', 'Quill 1998', undefined],
    ['parenthetical', 'Quill, ch. 4', undefined],
    ['parenthetical', 'Quill 2: 57', undefined],
    ['parenthetical', 'Quill 7.71', undefined],
    ['footnote', 'Edda Quill, The Fall of Varnholt, 239.', '239'],
    ['footnote', '[^1]: Edda Quill, *The Fall of Varnholt*, pp. 239–41.', '239–41'],
    ['footnote', 'Edda Quill, The Fall of Varnholt (London, 1901), 12.', '12'],
    ['footnote', 'Edda Quill, The Fall of Varnholt, 1901.', undefined],
    ['footnote', 'Edda Quill, The Fall of Varnholt, ch. 4.', undefined],
    ['footnote', 'Edda Quill, The Fall of Varnholt.', undefined],
  ];
  for (const [form, text, page] of trailing) {
    it(`a ${form} "${text}" gives ${page ?? 'no page'}`, () => {
      const found = trailingPages(form, text);
      assert.equal(found?.text, page);
      if (found) assert.equal(text.slice(found.start, found.end), page, 'where the page stands');
    });
  }

  it('each key of a pandoc citation takes its own locator, and says where it stands', () => {
    const content = 'see @quill1901, p. 12; @marsh2003 40-42; @ferrand';
    const keys = pandocKeys(content);
    assert.deepEqual(keys.map((k) => [k.key, k.page?.text]), [['quill1901', '12'], ['marsh2003', '40-42'], ['ferrand', undefined]]);
    for (const k of keys) {
      assert.equal(content.slice(k.at, k.at + k.key.length + 1), `@${k.key}`);
      if (k.page) assert.equal(content.slice(k.page.start, k.page.end), k.page.text);
    }
  });
});
