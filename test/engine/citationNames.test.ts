// Which corpus source a citation's text names, by its author (CitationResolver.byText). Made-up works.
import assert from 'node:assert/strict';
import { CitationResolver } from '../../server/src/engine/citations.js';

const resolver = new CitationResolver([
  { key: 'report', title: 'Report on the Orm Floods', author: 'Select Committee on the Orm Valley' },
  { key: 'quill', title: 'The Mills of Orm', author: 'Edda Quill' },
  { key: 'mercury', title: 'The Orm Inquest', author: 'Orm Mercury' },
]);

describe('citation names: an author’s surname, and a body’s name', () => {
  const table: Array<[string, string | undefined]> = [
    // A body's last word is no surname: another work that has it names another body's work.
    ['*Orm Valley Chronicle*, 17 October 1838, p. 2.', undefined],
    ['Select Committee on the Orm Valley, para. 11.', 'report'],
    // A person's surname alone names their work.
    ['Quill, p. 4.', 'quill'],
    // (A name with no little words, a newspaper's, keeps its last word.)
    ['Mercury, 30 August 1851.', 'mercury'],
  ];
  for (const [text, expected] of table) it(`${text} → ${expected ?? 'none'}`, () => assert.equal(resolver.byText(text)?.key, expected));
});

describe('citation names: a quoted title names the source whose title it gives most of', () => {
  const titles = new CitationResolver([
    { key: 'wiki', title: 'Harrowmere Pass', author: 'Tobiah Wren' },
    { key: 'blog', title: 'Five Things You Never Knew About the Harrowmere Pass', author: 'Sanne Perr' },
  ]);
  const table: Array<[string, string[]]> = [
    ['According to "Five Things You Never Knew About the Harrowmere Pass," the brothers fed 600 people.', ['blog']],
    ['The wiki "Harrowmere Pass" says the brothers fed 600 people.', ['wiki']],
  ];
  for (const [text, expected] of table) it(`${text} → ${expected.join(', ')}`, () => assert.deepEqual([...new Set(titles.namedIn(text).map((n) => n.source.key))], expected));
});
