// Markdown to prose spans, and sentences that survive abbreviations.
import assert from 'node:assert/strict';
import { markdownToProse, plainTextToProse, ProseParser } from '../../server/src/engine/prose.js';
import { splitSentences } from '../../server/src/engine/sentences.js';

function proseOf(markdown: string): string[] {
  return markdownToProse(markdown)
    .blocks.filter((b) => b.role === 'prose')
    .map((b) => b.text.replace(/\s+/g, ' ').trim());
}

describe('prose: what counts as the writer’s prose', () => {
  const cases: Array<[string, string, string[]]> = [
    ['inline code is blanked', 'It took `199 days` in all.', ['It took in all.']],
    ['HTML is blanked', 'It took <b>five</b> weeks.', ['It took five weeks.']],
    ['a link keeps its text, loses its address', 'See [the post](https://x.example/2019) now.', ['See the post now.']],
    ['footnote references are blanked', 'It took 199 days.[^3]\n\n[^3]: A source.', ['It took 199 days.']],
    ['code blocks are not prose', 'Before.\n\n```\n1942 2,000\n```\n', ['Before.']],
    ['front matter is not prose', '---\ntitle: 1942 notes\n---\nText here.', ['Text here.']],
  ];
  for (const [name, markdown, expected] of cases) {
    it(name, () => assert.deepEqual(proseOf(markdown), expected));
  }

  it('keeps exact offsets: every prose character stands where it stood', () => {
    const markdown = '# T\n\nA *b* `c` [d](e) f.\n';
    const block = markdownToProse(markdown).blocks.find((b) => b.role === 'prose')!;
    for (let i = 0; i < block.text.length; i++) {
      if (block.text[i] !== ' ') assert.equal(block.text[i], markdown[block.range.start + i]);
    }
  });

  it('gives each block a role', () => {
    const doc = markdownToProse(
      'Maya Okafor\n\n14 October 2024\n\n# Title 1942\n\nA sentence of prose.\n\n> A quoted 90% here.\n\n' +
        '- A list item of prose\n\n## Works Cited\n\nHerman, T. Post. 2012.\n',
    );
    assert.deepEqual(
      doc.blocks.map((b) => b.role),
      ['label', 'label', 'heading', 'prose', 'quote', 'prose', 'heading', 'bibliography'],
    );
  });

  describe('a bibliography opened by a plain line, as by a heading', () => {
    const rolesOf = (markdown: string) => markdownToProse(markdown).blocks.map((b) => b.role);
    const cases: Array<[string, string, string[]]> = [
      ['a line that is only `Works Cited`', 'It lasted 140 days.\n\nWorks Cited\n\nVane, Ilse. *Karsk*. Orlen Press, 1988.\n',
        ['prose', 'label', 'bibliography']],
      ['`References:` with a colon, then a numbered list', 'It lasted 140 days.\n\nReferences:\n\n1. Vane, Ilse. *Karsk*. 1988.\n2. Dorn, Aki. *Orlen*. 2001.\n',
        ['prose', 'label', 'bibliography', 'bibliography']],
      ['a bold `Bibliography`', 'It lasted 140 days.\n\n**Bibliography**\n\nVane, Ilse. *Karsk*. 1988.\n', ['prose', 'label', 'bibliography']],
      ['`External links` under a heading', '# Karsk\n\nIt lasted 140 days.\n\n## External links\n\n- The siege of Karsk, 1611-12 (https://x.example)\n',
        ['heading', 'prose', 'heading', 'bibliography']],
      ['an encyclopedia’s reference note, after its back-link caret, is one on its own', 'It lasted 140 days.\n\n^ abVane, Ilse (1988), *Karsk*, p. 37. Total losses of the three armies.\n\nIt cost 900 men.\n',
        ['prose', 'bibliography', 'prose']],
      ['…but not a caret inside a sentence', 'It lasted 140 days ^ more or less.\n', ['prose']],
      ['the next heading ends it', 'Works Cited\n\nVane, Ilse. *Karsk*. 1988.\n\n# Appendix\n\nIt lasted 140 days.\n',
        ['label', 'bibliography', 'heading', 'prose']],
      ['readers\' comments end it', 'Sources\n\nVane, Ilse. *Karsk*. 1988.\n\n3 thoughts on Karsk\n\nMy grandfather said it lasted 140 days.\n',
        ['label', 'bibliography', 'label', 'prose']],
      ['the word inside a sentence opens nothing', 'These sources disagree.\n\nIt lasted 140 days.\n', ['prose', 'prose']],
      ['`Sources:` on its own line, the entries on the lines under it', 'It lasted 140 days.\n\nSources:\nVane, I. (1988). Karsk.\nDorn, A. (2001). Orlen.\n',
        ['prose', 'bibliography']],
    ];
    for (const [name, markdown, expected] of cases) {
      it(name, () => assert.deepEqual(rolesOf(markdown), expected));
    }
  });

  describe('a line in italics right under the title is the text’s byline, not its prose', () => {
    const rolesOf = (markdown: string, asSource = false) => markdownToProse(markdown, { asSource }).blocks.map((b) => b.role);
    const cases: Array<[string, string, string[]]> = [
      ['`*Posted on 3 March 2025 by Ada Vell · 4 min read.*` under `# Title`', '# Karsk\n\n*Posted on 3 March 2025 by Ada Vell · 4 min read.*\n\nIt lasted 140 days.\n', ['heading', 'label', 'prose']],
      ['…not a line only partly in italics', '# Karsk\n\n*Posted* on 3 March 2025 by Ada Vell.\n\nIt lasted 140 days.\n', ['heading', 'prose', 'prose']],
      ['…not one under a heading of a section', '## Karsk\n\n*Posted on 3 March 2025 by Ada Vell.*\n\nIt lasted 140 days.\n', ['heading', 'prose', 'prose']],
      ['…not one after the first paragraph', '# Karsk\n\nIt lasted 140 days.\n\n*In 1611 the town fell.*\n', ['heading', 'prose', 'prose']],
    ];
    for (const [name, markdown, expected] of cases) {
      it(name, () => assert.deepEqual(rolesOf(markdown), expected));
    }
    it('…and a source’s standfirst is read as prose (it may state what the source tells)', () =>
      assert.deepEqual(rolesOf('# Karsk\n\n*Kept by the priests of Karsk from 1601 to 1640.*\n', true), ['heading', 'prose']));
    it('…and an edit that makes the title a section’s heading makes the line prose again', () => {
      const parser = new ProseParser();
      const text = '# Karsk\n\n*Posted on 3 March 2025 by Ada Vell.*\n\nIt lasted 140 days.\n';
      assert.deepEqual(parser.parse(text).blocks.map((b) => b.role), ['heading', 'label', 'prose']);
      assert.deepEqual(parser.parse(`#${text}`, [{ start: 0, end: 0, newLength: 1 }]).blocks.map((b) => b.role), ['heading', 'prose', 'prose']);
    });
  });

  describe('a section of notes holds references and the writer\'s own remarks', () => {
    const rolesOf = (markdown: string, asSource = false) => markdownToProse(markdown, { asSource }).blocks.map((b) => b.role);
    const remark = 'The bridge at Orlen was rebuilt in stone over the winter and finished in the spring.';
    it('a source’s numbered note that reads as a sentence is its editor’s text', () => assert.deepEqual(rolesOf(`## Notes\n\n1. ${remark}\n`, true), ['heading', 'prose']));
    const cases: Array<[string, string, string[]]> = [
      ['a paragraph that reads as a sentence is text', `## Notes\n\n${remark}\n`, ['heading', 'prose']],
      ['a numbered note that reads as a sentence is the writer’s text too', `## Notes\n\n1. ${remark}\n`, ['heading', 'prose']],
      ['…under `**Notes**` on a line of its own as under a heading', `**Notes**\n\n1. ${remark}\n2. Vane, Karsk, 1988.\n`, ['label', 'prose', 'bibliography']],
      ['a note with a page is a reference', '## Notes\n\nVane, Ilse, *Karsk and the Orlen Bridges in the Long Winter*, p. 44.\n', ['heading', 'bibliography']],
      ['a note with a year in brackets is a reference', '## Endnotes\n\nVane, Ilse, Karsk and the Orlen Bridges in the Long Winter (1988), the best account.\n', ['heading', 'bibliography']],
      ['works run together with `;` are references', '## Notes\n\nSources used: the Orlen town returns; the Karsk Mercury, 30 August 1851; the bridge papers.\n', ['heading', 'bibliography']],
      ['a short line is a reference', '## Notes\n\nVane, Karsk, 1988.\n', ['heading', 'bibliography']],
      ['under `Works Cited` a sentence is still a reference', `## Works Cited\n\n${remark}\n`, ['heading', 'bibliography']],
    ];
    for (const [name, markdown, expected] of cases) {
      it(name, () => assert.deepEqual(rolesOf(markdown), expected));
    }
  });

  it('collects footnote definitions and HTML comments', () => {
    const doc = markdownToProse('Text.[^a] <!-- corroborate-disable -->\n\n[^a]: "A Title," blog post.\n');
    assert.equal(doc.footnotes.get('a')?.text, '"A Title," blog post.');
    assert.deepEqual(doc.comments.map((c) => c.body), ['corroborate-disable']);
  });

  it('reads plain text one paragraph per line, and drops list numbers', () => {
    const doc = plainTextToProse('Title\nFirst line. Still first.\n  1. A comment here.\n');
    assert.deepEqual(doc.blocks.map((b) => b.text), ['Title', 'First line. Still first.', 'A comment here.']);
  });

  it('keeps a hard-wrapped paragraph together', () => {
    const lines = Array.from({ length: 10 }, (_, i) => `line ${i} of a paragraph that wraps`);
    const doc = plainTextToProse(lines.slice(0, 5).join('\n') + '\n\n' + lines.slice(5).join('\n') + '\n');
    assert.equal(doc.blocks.length, 2);
  });
});

describe('sentences: boundaries that survive abbreviations', () => {
  const cases: Array<[string, string[]]> = [
    ['Order No. 227 was issued. It was harsh.', ['Order No. 227 was issued.', 'It was harsh.']],
    ['Dr. Smith wrote it. Then he left.', ['Dr. Smith wrote it.', 'Then he left.']],
    ['The U.S.S.R. fought on. It won.', ['The U.S.S.R. fought on.', 'It won.']],
    ['It took approx. two months. It ended.', ['It took approx. two months.', 'It ended.']],
    ['See p. 31 for more. Good.', ['See p. 31 for more.', 'Good.']],
    ['It cost 1.5 million lives. Sad.', ['It cost 1.5 million lives.', 'Sad.']],
    ['He said "Stop!" Then he went.', ['He said "Stop!"', 'Then he went.']],
    ['J. Stalin signed it. Done.', ['J. Stalin signed it.', 'Done.']],
    ['**1. Argument (4/5).** Your thesis is clear.', ['**1. Argument (4/5).**', 'Your thesis is clear.']],
    ['How many died? 40. Then it ended.', ['How many died?', '40.', 'Then it ended.']],
  ];
  for (const [text, expected] of cases) {
    it(text, () => assert.deepEqual(splitSentences(text).map((s) => s.text), expected));
  }
  it('reports absolute offsets', () => {
    const [, second] = splitSentences('One. Two.', 100);
    assert.deepEqual(second!.range, { start: 105, end: 109 });
  });
});
